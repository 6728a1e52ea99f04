"""A SQLite cache of parsed articles, so reopening an unchanged corpus is instant.

Entries are keyed by the file's path, size, mtime and content hash, plus a fingerprint
of everything else that changes the parse (the code version and the config's debris
patterns and size limit).  A corrupt or foreign cache file is never trusted: it is
moved aside, rebuilt, and a warning is returned.  Payloads are JSON, never pickle, and each
carries a checksum: a record that was damaged on disk (one flipped bit is enough) is
rebuilt, never used.  A cache that cannot be opened for want of permission is left alone
and the brief is built without it, with a warning that says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..config.schema import Config
from ..model import Article, Block, Problem
from ..safe.files import not_regular
from ..text.clean import shown

CACHE_VERSION = 6  # 5: checksummed payloads; 6: the checksum covers the key too
_APP_ID = 0x42524946  # "BRIF": marks the file as ours
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL, fingerprint TEXT NOT NULL, payload TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS briefs (key TEXT PRIMARY KEY, used REAL NOT NULL, payload TEXT NOT NULL);
"""
KEEP_BRIEFS = 4  # the briefs of the last few corpora or configs opened


def _digest(key: str, payload: str) -> str:
    return hashlib.blake2b(f"{key}\0{payload}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _sealed(payload: str, key: str) -> str:
    """``payload`` with a checksum in front that covers the record's key too: a damaged index
    that finds a record under another key fails it, as a damaged payload does."""
    return _digest(key, payload) + ":" + payload


def _unsealed(stored: object, key: str) -> str | None:
    """The payload when its checksum holds for ``key``, else None (damaged)."""
    if not isinstance(stored, str) or len(stored) < 33 or stored[32] != ":":
        return None
    payload = stored[33:]
    return payload if _digest(key, payload) == stored[:32] else None


def _file_key(path: str, size: int, mtime_ns: int, digest: str, fp: str) -> str:
    return f"{path_key(path)}\0{size}\0{mtime_ns}\0{digest}\0{fp}"


def _not_regular_beside(path: Path) -> str | None:
    """What is wrong when the cache file or a journal SQLite keeps beside it is there but is not
    a regular file (a named pipe, a folder, a device), else None."""
    for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
              path.with_name(path.name + "-shm")):
        try:
            mode = os.stat(p).st_mode
        except OSError:
            continue
        kind = not_regular(mode)
        if kind is not None:
            return f"{shown(p.name)} is {kind}, not a file"
    return None


def path_key(path: str) -> str:
    """A file path as a cache key: a name that is not UTF-8 (a byte os.fsdecode could only
    stand in for) is written with escapes, so SQLite, which stores UTF-8, can hold it."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/briefing/articles.sqlite``; ``~/.cache`` when the variable is unset or not
    an absolute path (which the XDG specification says to ignore)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = str(Path.home() / ".cache")
    return Path(base) / "briefing" / "articles.sqlite"


def _library_versions() -> list[str]:
    """The feed and page readers' versions: a new one may read the same file differently."""
    out = []
    for name in ("feedparser", "trafilatura"):
        try:
            out.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name} -")
    return out


def fingerprint(config: Config) -> str:
    from .version import PARSING, code_version

    parts = [str(CACHE_VERSION), code_version(PARSING), str(config.max_file_bytes), str(config.follow_links),
             *_library_versions()]
    parts += [p.pattern for p in config.boilerplate]
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()[:16]


def _article_to_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "path": a.path, "title": a.title, "published": a.published_iso, "outlet": a.outlet,
        "url": a.url, "blocks": [[b.kind, b.text] for b in a.blocks], "words": a.words, "hash": a.content_hash,
        "author": a.author,
    }


def _article_from_json(d: dict[str, Any]) -> Article:
    return Article(
        id=str(d["id"]), path=str(d["path"]), title=str(d["title"]),
        published=dt.date.fromisoformat(d["published"]) if d["published"] else None,
        outlet=d["outlet"], url=d["url"],
        blocks=tuple(Block(i, k, t) for i, (k, t) in enumerate(d["blocks"])),
        words=int(d["words"]), content_hash=str(d["hash"]), author=d.get("author"),
    )


def _corrupt(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "malformed" in text or "not a database" in text or "corrupt" in text


class ArticleCache:
    """Open with :meth:`open`; ``warnings`` says what was wrong with a file that was rebuilt."""

    def __init__(self, conn: sqlite3.Connection, path: Path, warnings: list[str]):
        self.conn = conn
        self.path = path
        self.warnings = warnings
        self._pending: list[tuple[Any, ...]] = []
        self.damaged = False
        self.bad_records = 0  # records whose checksum did not hold
        self._bad_note = -1  # where the note about them is in the warnings

    @classmethod
    def open(cls, path: Path | None = None) -> ArticleCache | None:
        """The cache at ``path`` (default: the XDG cache folder), or None when no cache can be
        used (see :meth:`try_open`, which also says why)."""
        cache, _ = cls.try_open(path)
        return cache

    @classmethod
    def try_open(cls, path: Path | None = None) -> tuple[ArticleCache | None, list[str]]:
        """The cache and what was wrong with it: a corrupt or foreign file is moved aside and
        rebuilt; a cache that cannot be used at all (no permission, a read-only disk) gives
        None, and the brief is built without one."""
        path = path or default_cache_path()
        where = shown(str(path))
        warnings: list[str] = []
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return None, [f"cannot use the cache folder {shown(str(path.parent))}: {exc.strerror or exc}; "
                          "working without a cache"]
        odd = _not_regular_beside(path)
        if odd is not None:  # SQLite would open it, and a named pipe would block it for good
            return None, [f"cannot use the cache {where}: {odd}; working without it"]
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            return None, [f"cannot use the cache {where}: permission denied; working without it (the file is "
                          "left as it is)"]
        conn, unusable = cls._connect(path)
        if conn is None and unusable:
            return None, [f"cannot use the cache {where}: {unusable}; working without it"]
        if conn is None:
            warnings.append(f"cache {where} was corrupt or not ours; rebuilt")
            try:
                if path.exists():
                    os.replace(path, path.with_suffix(".corrupt"))
            except OSError as exc:
                return None, [f"cannot use the cache {where}: {exc.strerror or exc}; working without it"]
            conn, unusable = cls._connect(path)
            if conn is None:
                return None, warnings + [f"cannot use the cache {where}: {unusable or 'cannot be rebuilt'}; "
                                         "working without it"]
        return cls(conn, path, warnings), warnings

    @staticmethod
    def _connect(path: Path) -> tuple[sqlite3.Connection | None, str | None]:
        """(connection, None); (None, None) for a file that is not our cache or is corrupt;
        (None, reason) when the file cannot be used for another reason (permission, disk)."""
        conn: sqlite3.Connection | None = None
        try:
            fresh = not path.exists() or path.stat().st_size == 0
            conn = sqlite3.connect(str(path), timeout=5)
            if fresh:
                conn.execute(f"PRAGMA application_id = {_APP_ID}")
                conn.executescript(_SCHEMA)
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(CACHE_VERSION),))
                conn.commit()
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != _APP_ID:
                conn.close()
                return None, None
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"meta", "files", "briefs"} <= tables and not fresh:
                conn.close()
                return None, None
            row = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
            if row is None or row[0] != str(CACHE_VERSION):
                conn.executescript("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS briefs;" + _SCHEMA)
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(CACHE_VERSION),))
                conn.commit()
            return conn, None
        except sqlite3.Error as exc:
            if conn is not None:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            return None, (None if _corrupt(exc) else str(exc))
        except OSError as exc:
            return None, exc.strerror or str(exc)

    def _damaged(self, exc: sqlite3.Error) -> None:
        """A query failed on a file that opened fine: stop using it, and set it aside at close
        so the next run starts a fresh one."""
        if not _corrupt(exc):
            return  # locked by another briefing, or a read-only disk: only speed is lost
        if not self.damaged:
            self.damaged = True
            self.warnings.append(f"cache {shown(str(self.path))} is damaged ({exc}); it will be rebuilt")

    @staticmethod
    def fingerprint(config: Config) -> str:
        """What, besides a file, changes its parse: the code version and the config's debris
        patterns and size limit (see :func:`fingerprint`)."""
        return fingerprint(config)

    def _bad_record(self, what: str) -> None:
        self.bad_records += 1
        note = f"{self.bad_records} damaged cache record{'s' if self.bad_records != 1 else ''} ({what}) rebuilt"
        if self._bad_note < 0:
            self._bad_note = len(self.warnings)
            self.warnings.append(note)
        else:
            self.warnings[self._bad_note] = note

    def get(self, path: str, size: int, mtime_ns: int, digest: str, fp: str, *, display: str) -> list[Article | Problem] | None:
        """The parse of an unchanged file, with paths shown as ``display`` (how the user named it this time)."""
        try:
            row = self.conn.execute(
                "SELECT payload FROM files WHERE path=? AND size=? AND mtime_ns=? AND hash=? AND fingerprint=?",
                (path_key(path), size, mtime_ns, digest, fp),
            ).fetchone()
        except sqlite3.Error as exc:
            self._damaged(exc)
            return None
        if row is None:
            return None
        payload = _unsealed(row[0], _file_key(path, size, mtime_ns, digest, fp))
        if payload is None:
            self._bad_record("an article")
            return None  # parsed again, and stored again below
        try:
            items = json.loads(payload)
            return [
                _article_from_json({**d, "path": display}) if d.get("kind") == "article"
                else Problem(display + str(d["where"]), str(d["reason"]), d["severity"])
                for d in items
            ]
        except (ValueError, KeyError, TypeError, IndexError):
            return None  # a damaged entry is re-parsed, and overwritten below

    def put(self, path: str, size: int, mtime_ns: int, digest: str, fp: str, items: Sequence[Article | Problem], *,
            display: str) -> None:
        payload = [
            {"kind": "article", **_article_to_json(i)} if isinstance(i, Article)
            else {"kind": "problem", "where": i.path[len(display):] if i.path.startswith(display) else "",
                  "reason": i.reason, "severity": i.severity}
            for i in items
        ]
        sealed = _sealed(json.dumps(payload, ensure_ascii=False), _file_key(path, size, mtime_ns, digest, fp))
        self._pending.append((path_key(path), size, mtime_ns, digest, fp, sealed))
        if len(self._pending) >= 500:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        try:
            with self.conn:
                self.conn.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?)", self._pending)
        except sqlite3.Error as exc:
            self._damaged(exc)  # a cache that cannot be written only costs speed
        self._pending.clear()

    def get_brief(self, key: str) -> str | None:
        """The stored brief for ``key`` when it is there and undamaged (a damaged one is dropped)."""
        try:
            row = self.conn.execute("SELECT payload FROM briefs WHERE key=?", (key,)).fetchone()
            if row is None:
                return None
            payload = _unsealed(row[0], key)
            with self.conn:
                if payload is None:
                    self.conn.execute("DELETE FROM briefs WHERE key=?", (key,))
                else:
                    self.conn.execute("UPDATE briefs SET used=? WHERE key=?", (time.time(), key))
        except sqlite3.Error as exc:
            self._damaged(exc)
            return None
        if payload is None:
            self._bad_record("the stored brief")
        return payload

    def put_brief(self, key: str, payload: str) -> None:
        try:
            with self.conn:
                self.conn.execute("INSERT OR REPLACE INTO briefs VALUES (?,?,?)", (key, time.time(), _sealed(payload, key)))
                self.conn.execute("DELETE FROM briefs WHERE key NOT IN (SELECT key FROM briefs ORDER BY used DESC LIMIT ?)",
                                  (KEEP_BRIEFS,))
        except sqlite3.Error as exc:
            self._damaged(exc)

    def close(self) -> None:
        self.flush()
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
        if self.damaged:
            try:
                os.replace(self.path, self.path.with_suffix(".corrupt"))
            except OSError:
                pass
