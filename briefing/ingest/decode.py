"""Reading a file's bytes safely and turning them into text."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..safe.files import FileRefused, read_regular


class Skip(Exception):
    """The file cannot be used; ``str()`` is the reason shown to the user."""


def read_bytes(path: Path, limit: int) -> bytes:
    """:func:`briefing.safe.files.read_regular` with every failure as a :class:`Skip` for the load problems."""
    try:
        return read_regular(path, limit)
    except FileRefused as exc:
        raise Skip(str(exc)) from None
    except IsADirectoryError:
        raise Skip("is a folder, not a file") from None
    except OSError as exc:
        raise Skip(f"cannot read: {exc.strerror or exc}") from None


# the first bytes of common binary formats: whatever a file is named, these are not articles
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"RIFF", "a RIFF file (WebP, WAV or AVI)"), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"), (b"BM", "a BMP image"), (b"\x00\x00\x01\x00", "an icon"),
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a zip archive (or a Word, Excel or EPUB file)"),
    (b"PK\x05\x06", "an empty zip archive"), (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"), (b"(\xb5/\xfd", "a zstd archive"), (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"), (b"\x7fELF", "a program (ELF)"), (b"MZ", "a Windows program"),
    (b"\xca\xfe\xba\xbe", "a program (Mach-O or Java class)"), (b"\xcf\xfa\xed\xfe", "a program (Mach-O)"),
    (b"\xfe\xed\xfa\xcf", "a program (Mach-O)"), (b"\xce\xfa\xed\xfe", "a program (Mach-O)"),
    (b"\x00asm", "a WebAssembly module"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio or video file"), (b"ID3", "an MP3 audio file"), (b"fLaC", "a FLAC audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"), (b"wOFF", "a web font"), (b"wOF2", "a web font"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"x\x9c", "zlib data"), (b"x\xda", "zlib data"), (b"x\x01", "zlib data"),
)
_FTYP = (b"ftyp",)  # ISO media (MP4, MOV, HEIC, AVIF) carries it at offset 4


def binary_kind(data: bytes) -> str | None:
    """What a file is when its first bytes say it is a binary format, else None.  A signature
    spelt in plain letters ("ID3", "RIFF", "BZh", "MZ") only counts when the bytes after it are
    not text too: "RIFF between the allies deepened" is an article."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if magic.isascii() and magic.isalnum() or magic in (b"MZ", b"BM", b"%PDF-", b"7z\xbc\xaf\x27\x1c"):
                if _looks_like_text(data[:512]):
                    continue
            return kind
    if data[4:8] in _FTYP and not _looks_like_text(data[:512]):
        return "an MP4, MOV or HEIC file"
    return None


def _looks_like_text(head: bytes) -> bool:
    """No NUL and no control byte but white space, and valid UTF-8 (the last character may be cut)."""
    if b"\x00" in head or len(head) - len(head.translate(None, _CONTROL_BYTES)) > 0:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3
    return True


def decode(data: bytes) -> tuple[str, str | None]:
    """(text, warning or None).  Raises :class:`Skip` for empty and binary files."""
    if not data.strip():
        raise Skip("empty file")
    kind = binary_kind(data)
    if kind is not None:
        raise Skip(f"binary file ({kind}), not text")
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
            return (data.decode("utf-8-sig", errors="replace"),
                    "truncated UTF-8 at the end of the file; the broken character was replaced")
    utf8 = data.decode("utf-8-sig", errors="replace")
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if utf8.count("\ufffd") * 10 < high:  # mostly valid UTF-8 with a few bad bytes
        return utf8, "invalid UTF-8 bytes replaced"
    text, name = (data.decode("cp1252"), "Windows-1252") if _cp1252_ok(data) else (data.decode("latin-1"), "Latin-1")
    if not _mostly_letters(text):
        # in text of an 8-bit encoding the bytes above ASCII are letters (é, ß, ж read as æ);
        # in compressed or encoded data they are anything: symbols, controls, unused codes
        raise Skip("binary file: not UTF-8, and its bytes outside ASCII are not letters in any 8-bit encoding")
    return text, f"not UTF-8; decoded as {name}"


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
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _mostly_letters(text: str) -> bool:
    """Whether the characters above ASCII are mostly letters (or common punctuation: “”–€)."""
    high = [c for c in text if ord(c) >= 0x80]
    if not high:
        return True
    good = sum(1 for c in high if c.isalpha() or c in "“”‘’–—…€£«»°·")
    return good >= 0.7 * len(high)
