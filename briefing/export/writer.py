"""Writing a brief to disk atomically."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from ..text.clean import shown


class WriteError(Exception):
    """The brief cannot be written there; ``str()`` says why in one line."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str | bytes) -> Path:
    """Write ``text`` (str, written as UTF-8, or bytes) to ``path`` through a temporary file in the same folder and a rename,
    so an existing file is only ever replaced by a complete new one (and a failure part-way
    leaves it untouched).  Missing folders are created.  A symlink is followed, so its
    target gets the new text.  A new file gets the usual permissions (0666 less the umask);
    a replaced one keeps its own, and a read-only one is not replaced.  A target that is not a
    regular file (``/dev/null``, a named pipe, a terminal) is written to directly: a rename
    would put a file in its place.  Raises :class:`WriteError` with a one-line reason."""
    path = Path(path)
    if str(path) in ("", "."):
        raise WriteError("no file name given")
    try:
        return _write(path, text)
    except OSError as exc:  # anything the checks below did not foresee (a name too long, say)
        raise WriteError(f"cannot write {shown(str(path))}: {_reason(exc)}") from None
    except RuntimeError as exc:  # Path.resolve on a loop of symbolic links
        raise WriteError(f"cannot write {shown(str(path))}: {exc}") from None


def _write(path: Path, text: str | bytes) -> Path:
    if path.is_symlink():
        path = path.resolve()
    try:
        st: os.stat_result | None = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        st = None  # a new file (or a file in the way of its folder: reported below)
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise WriteError(f"{shown(str(path))} is a folder; give a file name")
    if st is not None and not stat.S_ISREG(st.st_mode):
        return _write_through(path, text)
    if st is not None and (not st.st_mode & 0o222 or not os.access(path, os.W_OK)):
        raise WriteError(f"{shown(str(path))} is read-only: not replaced (make it writable, or choose another --out)")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"cannot create folder {shown(str(folder))}: {_reason(exc)}") from None
    if not folder.is_dir():
        raise WriteError(f"cannot create folder {shown(str(folder))}: a file of that name is in the way")
    mode = st.st_mode & 0o7777 if st is not None else 0o666 & ~_umask()
    try:
        # a short name of its own: the target's name may already be as long as the system allows
        fd, tmp = tempfile.mkstemp(prefix=".brief-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(f"cannot write in {shown(str(folder))}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise WriteError(f"cannot write {shown(str(path))}: {_reason(exc)}") from None
        raise
    _sync_folder(folder)
    return path


def _write_through(path: Path, text: str | bytes) -> Path:
    """Write into a device or a named pipe as it is (never a rename over it); a pipe with no
    reader is an error rather than a wait."""
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise WriteError(f"cannot write {shown(str(path))}: a named pipe with no reader") from None
        raise WriteError(f"cannot write {shown(str(path))}: {_reason(exc)}") from None
    try:
        os.set_blocking(fd, True)
        view = memoryview(text if isinstance(text, bytes) else text.encode("utf-8"))
        while view:
            n = os.write(fd, view)
            view = view[n:]
    except OSError as exc:
        raise WriteError(f"cannot write {shown(str(path))}: {_reason(exc)}") from None
    finally:
        os.close(fd)
    return path


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
