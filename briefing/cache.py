"""A SQLite cache of parsed articles, so reopening an unchanged corpus is instant.

Entries are keyed by the file's path, size, mtime and content hash, plus a fingerprint
of everything else that changes the parse (the code version and the config's debris
patterns and size limit).  A corrupt or foreign cache file is never trusted: it is
moved aside, rebuilt, and a warning is returned.  Payloads are JSON, never pickle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Sequence

from .config_model import Config
from .model import Article, Block, Problem

CACHE_VERSION = 4
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


def default_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing" / "articles.sqlite"


def fingerprint(config: Config) -> str:
    from . import __version__

    parts = [str(CACHE_VERSION), __version__, str(config.max_file_bytes)] + [p.pattern for p in config.boilerplate]
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()[:16]


def _article_to_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "path": a.path, "title": a.title, "published": a.published_iso, "outlet": a.outlet,
        "url": a.url, "blocks": [[b.kind, b.text] for b in a.blocks], "words": a.words, "hash": a.content_hash,
    }


def _article_from_json(d: dict[str, Any]) -> Article:
    return Article(
        id=str(d["id"]), path=str(d["path"]), title=str(d["title"]),
        published=dt.date.fromisoformat(d["published"]) if d["published"] else None,
        outlet=d["outlet"], url=d["url"],
        blocks=tuple(Block(i, k, t) for i, (k, t) in enumerate(d["blocks"])),
        words=int(d["words"]), content_hash=str(d["hash"]),
    )


class ArticleCache:
    """Open with :meth:`open`; ``warnings`` says what was wrong with a file that was rebuilt."""

    def __init__(self, conn: sqlite3.Connection, path: Path, warnings: list[str]):
        self.conn = conn
        self.path = path
        self.warnings = warnings
        self._pending: list[tuple[Any, ...]] = []
        self.damaged = False

    @classmethod
    def open(cls, path: Path | None = None) -> "ArticleCache | None":
        """The cache at ``path`` (default: the XDG cache folder), or None when no cache
        can be used at all (read-only disk, say); the app then simply runs uncached."""
        path = path or default_cache_path()
        warnings: list[str] = []
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        conn = cls._connect(path)
        if conn is None:
            warnings.append(f"cache {path} was corrupt or not ours; rebuilt")
            try:
                if path.exists():
                    os.replace(path, path.with_suffix(".corrupt"))
            except OSError:
                return None
            conn = cls._connect(path)
            if conn is None:
                return None
        return cls(conn, path, warnings)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection | None:
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
                return None
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"meta", "files", "briefs"} <= tables and not fresh:
                conn.close()
                return None
            row = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
            if row is None or row[0] != str(CACHE_VERSION):
                conn.executescript("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS briefs;" + _SCHEMA)
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(CACHE_VERSION),))
                conn.commit()
            return conn
        except sqlite3.Error:
            return None

    def _damaged(self, exc: sqlite3.Error) -> None:
        """A query failed on a file that opened fine: stop using it, and set it aside at close
        so the next run starts a fresh one."""
        text = str(exc)
        if not ("malformed" in text or "not a database" in text or "corrupt" in text):
            return  # locked by another briefing, or a read-only disk: only speed is lost
        if not self.damaged:
            self.damaged = True
            self.warnings.append(f"cache {self.path} is damaged ({exc}); it will be rebuilt")

    def get(self, path: str, size: int, mtime_ns: int, digest: str, fp: str, *, display: str) -> list[Article | Problem] | None:
        """The parse of an unchanged file, with paths shown as ``display`` (how the user named it this time)."""
        try:
            row = self.conn.execute(
                "SELECT payload FROM files WHERE path=? AND size=? AND mtime_ns=? AND hash=? AND fingerprint=?",
                (path, size, mtime_ns, digest, fp),
            ).fetchone()
        except sqlite3.Error as exc:
            self._damaged(exc)
            return None
        if row is None:
            return None
        try:
            items = json.loads(row[0])
            return [
                _article_from_json({**d, "path": display}) if d.get("kind") == "article"
                else Problem(display + str(d["where"]), str(d["reason"]), d["severity"])
                for d in items
            ]
        except (ValueError, KeyError, TypeError, IndexError):
            return None  # a damaged entry is re-parsed, and overwritten below

    def put(self, path: str, size: int, mtime_ns: int, digest: str, fp: str, items: Sequence[Article | Problem], *, display: str) -> None:
        payload = [
            {"kind": "article", **_article_to_json(i)} if isinstance(i, Article)
            else {"kind": "problem", "where": i.path[len(display):] if i.path.startswith(display) else "",
                  "reason": i.reason, "severity": i.severity}
            for i in items
        ]
        self._pending.append((path, size, mtime_ns, digest, fp, json.dumps(payload, ensure_ascii=False)))
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
        try:
            row = self.conn.execute("SELECT payload FROM briefs WHERE key=?", (key,)).fetchone()
            if row is not None:
                with self.conn:
                    self.conn.execute("UPDATE briefs SET used=? WHERE key=?", (time.time(), key))
        except sqlite3.Error as exc:
            self._damaged(exc)
            return None
        return None if row is None else str(row[0])

    def put_brief(self, key: str, payload: str) -> None:
        try:
            with self.conn:
                self.conn.execute("INSERT OR REPLACE INTO briefs VALUES (?,?,?)", (key, time.time(), payload))
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
