"""Building a brief in a child process, for the dashboard.

The dashboard must stay responsive while a brief is built, and the build should use every
core as the command line does.  Forking helpers from a thread of a running app is unsafe
(other threads may hold locks the children inherit), and a pool of fresh interpreters would
have to be sent every article.  So the app starts one fresh Python process
(``python -m briefing.pipeline.child``: a fork and exec, safe from any thread) that runs the
command line's own path in its main thread, forking helpers as the command line does, and
streams back what it does:

* ``Stage(name, fraction)`` as it reads files and goes through the stages;
* ``Preview(storylines)``: each storyline's title, article count and dates, as soon as they
  are known, before the summaries;
* ``Built(payload, warnings, stored)``: the brief in its stored JSON form (a brief reopened
  from the cache is handed on as stored, never decoded in the child), or ``Failed(message)``.

Frames on the child's stdout are a one-byte kind, an eight-byte length and a UTF-8 JSON
payload.  Anything else the child prints goes to its stderr, which the parent keeps in a
temporary file and reports when the child fails.  ``cancel()`` kills the child.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import pickle
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

from ..config.schema import Config
from ..errors import BriefingError, ConfigError, SourceError
from ..model import Problem, Storyline

_HEAD = struct.Struct("<cQ")
MAX_FRAME = 1 << 34  # 16 GiB: a length beyond it is a broken stream, not a brief


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    fraction: float


@dataclass(frozen=True, slots=True)
class StorylinePreview:
    key: str
    title: str
    articles: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True, slots=True)
class Preview:
    storylines: tuple[StorylinePreview, ...]


@dataclass(frozen=True, slots=True)
class Built:
    payload: str  # the brief as briefing.pipeline.codec encodes it
    warnings: tuple[Problem, ...]
    stored: bool  # reopened from the cache as it was stored


@dataclass(frozen=True, slots=True)
class Failed:
    message: str
    kind: str  # "source", "config" or "internal"


Event = Stage | Preview | Built | Failed


@dataclass(frozen=True, slots=True)
class BuildRequest:
    sources: tuple[str, ...] | None
    config: Config
    use_cache: bool = True
    fresh: bool = False  # build even if a brief is stored (the stored one could not be read)


# ---- the request, across the process boundary ----------------------------------------------
def _config_state(config: Config) -> dict[str, Any]:
    """The config's fields, read-only mappings as plain dicts (a mapping proxy does not pickle)."""
    state = {}
    for f in dataclasses.fields(config):
        value = getattr(config, f.name)
        state[f.name] = dict(value) if isinstance(value, MappingProxyType) else value
    return state


def _config_from_state(state: dict[str, Any]) -> Config:
    values: dict[str, Any] = {k: MappingProxyType(v) if isinstance(v, dict) else v for k, v in state.items()}
    return Config(**values)


def encode_request(request: BuildRequest) -> bytes:
    return pickle.dumps((request.sources, _config_state(request.config), request.use_cache, request.fresh),
                        protocol=pickle.HIGHEST_PROTOCOL)


def decode_request(data: bytes) -> BuildRequest:
    sources, state, use_cache, fresh = pickle.loads(data)  # from our own parent, through a private pipe
    return BuildRequest(sources, _config_from_state(state), use_cache, fresh)


# ---- the parent's side ----------------------------------------------------------------------
class BuildProcess:
    """One build in a child process.  ``start()`` raises OSError when no child can be started;
    ``events()`` then yields what it does, ending with :class:`Built` or :class:`Failed`."""

    def __init__(self, request: BuildRequest, python: str | None = None) -> None:
        self.request = request
        self.python = python or sys.executable
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self.cancelled = False
        self.cancelled_by_caller = False

    def command(self) -> list[str]:
        """An isolated interpreter (``-I``: the working folder, PYTHON* variables and user
        site-packages are not on its path, so no file where the user happens to stand can be
        imported) running this very copy of briefing."""
        here = str(Path(__file__).resolve().parent.parent)
        return [self.python, "-I", "-c",
                f"import sys; sys.path.insert(0, {here!r}); from briefing.pipeline.child import child_main; "
                "raise SystemExit(child_main())"]

    def start(self) -> None:
        if not self.python:
            raise OSError("no Python interpreter to run the build in")
        self._stderr = tempfile.TemporaryFile()
        try:
            self._proc = subprocess.Popen(self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=self._stderr, close_fds=True, start_new_session=True)
        except BaseException:
            self._stderr.close()
            raise
        assert self._proc.stdin is not None
        try:
            self._proc.stdin.write(encode_request(self.request))
            self._proc.stdin.close()
        except OSError:
            pass  # the child died at once: its stderr says why, events() reports it

    def events(self) -> Iterator[Event]:
        proc = self._proc
        if proc is None or proc.stdout is None:
            raise RuntimeError("start() the build first")
        try:
            for event in _events_with_built(_frames(proc.stdout)):
                yield event
                if isinstance(event, (Built, Failed)):
                    return
            try:  # the stream ended: the child has stopped, or it sent something that is no frame
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self.cancel(by_caller=False)
                proc.wait()
                if not self.cancelled_by_caller:
                    yield Failed("the build process sent something that is not a report, and was stopped", "internal")
                return
            if not self.cancelled_by_caller:
                yield Failed(self._why_died(proc.returncode), "internal")
        finally:
            self._close()

    def _why_died(self, code: int | None) -> str:
        tail = ""
        if self._stderr is not None:
            try:
                self._stderr.seek(0)
                lines = self._stderr.read()[-4000:].decode("utf-8", "replace").strip().splitlines()
                tail = lines[-1] if lines else ""
            except (OSError, ValueError):
                pass
        how = f"exit status {code}" if code is not None and code >= 0 else f"signal {-(code or 0)}"
        return f"the build process stopped ({how})" + (f": {tail}" if tail else "")

    def cancel(self, *, by_caller: bool = True) -> None:
        """Stop the child (a newer request replaced this one, or the app is closing)."""
        self.cancelled = True
        self.cancelled_by_caller = self.cancelled_by_caller or by_caller
        proc = self._proc
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, 9)
            except OSError:
                try:
                    proc.kill()
                except OSError:
                    pass

    def _close(self) -> None:
        proc = self._proc
        if proc is not None:
            if proc.poll() is None:
                self.cancel(by_caller=False)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            if proc.stdout is not None:
                proc.stdout.close()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None


def _read_exact(stream: IO[bytes], n: int) -> bytes | None:
    chunks: list[bytes] = []
    while n:
        chunk = stream.read(min(n, 1 << 24))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _frames(stream: IO[bytes]) -> Iterator[tuple[bytes, Any]]:
    """The frames until the stream ends or breaks (a broken frame ends it: the child is then
    reported by how it stopped)."""
    while True:
        try:
            frame = _read_frame(stream)
        except (ValueError, KeyError, TypeError, OSError):
            return
        if frame is None:
            return
        yield frame


def _read_frame(stream: IO[bytes]) -> tuple[bytes, Any] | None:
    head = _read_exact(stream, _HEAD.size)
    if head is None:
        return None
    kind, length = _HEAD.unpack(head)
    if length > MAX_FRAME:
        return None
    body = _read_exact(stream, length)
    if body is None:
        return None
    if kind == b"B":  # the brief: its JSON is handed on undecoded
        return kind, body.decode("utf-8", "surrogatepass")
    return kind, json.loads(body)


def _event(kind: bytes, data: Any) -> Event:
    if kind == b"S":
        return Stage(str(data["name"]), float(data["fraction"]))
    if kind == b"P":
        return Preview(tuple(
            StorylinePreview(s["key"], s["title"], int(s["articles"]),
                             dt.date.fromisoformat(s["first"]) if s["first"] else None,
                             dt.date.fromisoformat(s["last"]) if s["last"] else None)
            for s in data))
    if kind == b"E":
        return Failed(str(data["message"]), str(data["kind"]))
    return Failed(f"the build process sent an unknown frame {kind!r}", "internal")


class _Frames:
    """The child's side of the stream: on a private copy of fd 1, while fd 1 itself goes to stderr."""

    def __init__(self) -> None:
        sys.stdout.flush()
        self._out = os.fdopen(os.dup(1), "wb")
        os.dup2(2, 1)  # a stray print must never break a frame

    def send(self, kind: bytes, body: bytes) -> None:
        self._out.write(_HEAD.pack(kind, len(body)))
        self._out.write(body)
        self._out.flush()

    def send_json(self, kind: bytes, value: Any) -> None:
        self.send(kind, json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def _preview_json(storylines: Sequence[Storyline]) -> list[dict[str, Any]]:
    return [{"key": s.key, "title": s.title, "articles": len(s.articles),
             "first": s.first.isoformat() if s.first else None, "last": s.last.isoformat() if s.last else None}
            for s in storylines]


# ---- the child's side -----------------------------------------------------------------------
def _die_with_parent() -> None:
    """On Linux, have the kernel stop this process when the app that started it dies (even by
    SIGKILL, when nothing could stop us); elsewhere the next frame we write fails instead."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def child_main() -> int:
    from .reopen import open_encoded
    from .runner import ForkRunner

    _die_with_parent()
    frames = _Frames()
    try:
        request = decode_request(sys.stdin.buffer.read())
    except Exception as exc:
        frames.send_json(b"E", {"kind": "internal", "message": f"could not read the build request: {exc}"})
        return 1
    last = [-1.0]

    def stage(name: str, fraction: float) -> None:
        if fraction - last[0] >= 0.005 or fraction >= 1.0 or not name.startswith("reading"):
            last[0] = fraction
            frames.send_json(b"S", {"name": name, "fraction": fraction})

    try:
        opened = open_encoded(request.sources, request.config, use_cache=request.use_cache, fresh=request.fresh,
                              progress=stage, preview=lambda ss: frames.send_json(b"P", _preview_json(ss)),
                              runner=ForkRunner())  # this process's main thread: it may fork
    except (SourceError, ConfigError, BriefingError) as exc:
        kind = "source" if isinstance(exc, SourceError) else "config" if isinstance(exc, ConfigError) else "internal"
        frames.send_json(b"E", {"kind": kind, "message": str(exc)})
        return 1
    except Exception as exc:
        import traceback

        traceback.print_exc()  # to stderr, which the parent reports
        frames.send_json(b"E", {"kind": "internal", "message": f"{type(exc).__name__}: {exc}"})
        return 1
    frames.send_json(b"W", {"warnings": [[p.path, p.reason, p.severity] for p in opened.warnings],
                            "stored": opened.stored})
    frames.send(b"B", opened.payload.encode("utf-8", "surrogatepass"))
    return 0


def _built_from(report: Any, payload: str) -> Built:
    problems = tuple(Problem(str(path), str(reason), "warning" if severity == "warning" else "error")
                     for path, reason, severity in report.get("warnings", ()))
    return Built(payload, problems, bool(report.get("stored")))


def _events_with_built(frames: Iterator[tuple[bytes, Any]]) -> Iterator[Event]:
    warnings: Any = {}
    for kind, data in frames:
        if kind == b"W":
            warnings = data if isinstance(data, dict) else {}
        elif kind == b"B":
            yield _built_from(warnings, data)
            return
        else:
            yield _event(kind, data)


if __name__ == "__main__":
    raise SystemExit(child_main())
