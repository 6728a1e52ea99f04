"""Reading a file's bytes safely and turning them into text."""

from __future__ import annotations

import codecs
from pathlib import Path


class Skip(Exception):
    """The file cannot be used; ``str()`` is the reason shown to the user."""


def read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Skip(f"cannot read: {exc.strerror or exc}") from None
    if size > limit:
        raise Skip(f"too large: {_mb(size)} (the limit is {_mb(limit)}; raise limits.max_file_mb to read it)")
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise Skip("is a folder, not a file") from None
    except OSError as exc:
        raise Skip(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise Skip(f"too large: more than {_mb(limit)} (raise limits.max_file_mb to read it)")
    return data


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 100 * 1024 else f"{n / 1024:.1f} KB"


def decode(data: bytes) -> tuple[str, str | None]:
    """(text, warning or None).  Raises :class:`Skip` for empty and binary files."""
    if not data.strip():
        raise Skip("empty file")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "UTF-16 text (with a byte-order mark) decoded"
        except UnicodeDecodeError:
            return data.decode("utf-16", errors="replace"), "broken UTF-16 text; unreadable characters replaced"
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return data.decode("utf-32", errors="replace"), "UTF-32 text decoded"
    head = data[:8192]
    if head.count(b"\x00") > max(2, len(head) // 200) or _control_ratio(head) > 0.10:
        raise Skip("binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data.decode("utf-8-sig", errors="replace"), "truncated UTF-8 at the end of the file; the broken character was replaced"
    utf8 = data.decode("utf-8-sig", errors="replace")
    high = sum(1 for b in data if b >= 0x80)
    if utf8.count("\ufffd") * 10 < high:  # mostly valid UTF-8 with a few bad bytes
        return utf8, "invalid UTF-8 bytes replaced"
    if _cp1252_ok(data):
        return data.decode("cp1252"), "not UTF-8; decoded as Windows-1252"
    return data.decode("latin-1"), "not UTF-8; decoded as Latin-1"


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def _control_ratio(head: bytes) -> float:
    if not head:
        return 0.0
    ctrl = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return ctrl / len(head)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
