"""The one way a file is read: regular files only, opened without blocking, size-capped."""

from __future__ import annotations

import os
import stat

_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


class FileRefused(ValueError):
    """The file is not read; ``str()`` says why in one line."""


def not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file ("a named pipe"), else None."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 100 * 1024 else f"{n / 1024:.1f} KB"


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Opening never blocks (``O_NONBLOCK``: a named pipe called ``x.txt`` would otherwise wait
    for a writer forever), and what was opened is checked to be a regular file before a byte
    is read (a file swapped for a pipe or a device after it was listed is refused too).
    Raises :class:`FileRefused` with the reason, or ``OSError`` from the system."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        kind = not_regular(st.st_mode)
        if kind == "a folder":
            raise IsADirectoryError(21, "Is a directory", str(path))
        if kind is not None:
            raise FileRefused(f"not a regular file ({kind}): not read")
        if st.st_size > limit:
            raise FileRefused(f"too large: {size_text(st.st_size)} (the limit is {size_text(limit)}; "
                              "raise limits.max_file_mb to read it)")
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileRefused(f"too large: more than {size_text(limit)} (raise limits.max_file_mb to read it)")
    return data
