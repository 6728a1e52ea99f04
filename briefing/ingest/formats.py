"""The four article formats, read into raw records before text structure is parsed."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..safe import yaml_loader as safeyaml
from .decode import Skip

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
TEXT_KEYS = ("text", "body", "content", "article", "description")
TITLE_KEYS = ("title", "headline", "name")
DATE_KEYS = ("date", "published", "published_at", "publishedAt", "pubDate", "datePublished", "time")
OUTLET_KEYS = ("source", "outlet", "publisher", "site", "site_name", "author_org")
URL_KEYS = ("url", "link", "href", "canonical")
MAX_RECORDS = 200_000
MAX_FRONT_NODES = 2_000  # values in one article's front matter


@dataclass(slots=True)
class Record:
    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    markdown: bool = False
    index: int | None = None  # position inside a .json list or .jsonl file
    cleaned: bool = False  # the text is already :func:`briefing.text.words.clean`'s (read straight from the file)
    warning: str | None = None  # loaded, but something in it was refused (front matter)


def _pick(obj: dict[str, Any], keys: tuple[str, ...], what: str) -> str | None:
    for k in keys:
        if k in obj and obj[k] is not None:
            v = obj[k]
            if isinstance(v, dict):  # {"source": {"name": "Reuters"}}
                v = v.get("name") or v.get("title")
            if isinstance(v, (int, float)) and not isinstance(v, bool) and what == "date":
                return str(v)
            if not isinstance(v, str):
                raise Skip(f"field '{k}' should be text, not {type(v).__name__}")
            return v
    return None


def _optional(obj: dict[str, Any], keys: tuple[str, ...], what: str, notes: list[str]) -> str | None:
    """An optional field: a number or a date is read as text; any other wrong type is left
    out with a note (the article still loads: its text matters more than its title)."""
    try:
        return _pick(obj, keys, what)
    except Skip as exc:
        for k in keys:
            v = obj.get(k)
            if isinstance(v, (int, float, dt.date)) and not isinstance(v, bool):
                return str(v)
        notes.append(f"{exc}; ignored")
        return None


def _record(text: str, obj: dict[str, Any], *, markdown: bool = False, index: int | None = None) -> Record:
    """A record of ``text`` with the optional fields ``obj`` holds (see :func:`_optional`)."""
    notes: list[str] = []
    return Record(text=text, title=_optional(obj, TITLE_KEYS, "title", notes), date=_optional(obj, DATE_KEYS, "date", notes),
                  outlet=_optional(obj, OUTLET_KEYS, "outlet", notes), url=_optional(obj, URL_KEYS, "url", notes),
                  markdown=markdown, index=index, warning="; ".join(notes) or None)


def _from_object(obj: Any, index: int | None) -> Record:
    if not isinstance(obj, dict):
        raise Skip(f"expected an article object, found {type(obj).__name__}")
    text = _pick(obj, TEXT_KEYS, "text")
    if text is None or not text.strip():
        raise Skip(f"no article text (one of the fields {', '.join(TEXT_KEYS)})")
    return _record(text, obj, index=index)


def read_json(text: str) -> list[Record | tuple[int, str]]:
    """Records, or (index, reason) for entries of a list that cannot be used."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Skip(f"bad JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise Skip("bad JSON: nested too deeply") from None
    except ValueError as exc:  # a number of more digits than Python reads, say
        raise Skip(f"bad JSON: {' '.join(str(exc).split())[:120]}") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, list):
        if not data:
            raise Skip("empty JSON list: no articles")
        out: list[Record | tuple[int, str]] = []
        for i, item in enumerate(data[:MAX_RECORDS]):
            try:
                out.append(_from_object(item, i))
            except Skip as exc:
                out.append((i, str(exc)))
        return out
    return [_from_object(data, None)]


def read_jsonl(text: str) -> list[Record | tuple[int, str]]:
    out: list[Record | tuple[int, str]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if len(out) >= MAX_RECORDS:
            break
        try:
            obj = json.loads(line)
            out.append(_from_object(obj, lineno))
        except json.JSONDecodeError as exc:
            out.append((lineno, f"bad JSON: {exc.msg}"))
        except RecursionError:
            out.append((lineno, "bad JSON: nested too deeply"))
        except Skip as exc:
            out.append((lineno, str(exc)))
        except ValueError as exc:  # a number of more digits than Python reads, say
            out.append((lineno, f"bad JSON: {' '.join(str(exc).split())[:120]}"))
    if not out:
        raise Skip("no JSON lines in the file")
    return out


def read_markdown(text: str) -> Record:
    m = _FRONT.match(text)
    if not m:
        return Record(text=text, markdown=True)
    body = text[m.end():]
    try:
        meta = safeyaml.load(m.group(1) or "", MAX_FRONT_NODES) or {}
        problem = None if isinstance(meta, dict) else "bad front matter: expected 'key: value' lines"
    except safeyaml.YamlRefused as exc:  # untrusted input: refused by name
        problem = f"front matter refused{f' at line {exc.line + 1}' if exc.line else ''} ({exc})"
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        problem = f"bad front matter{where}: {getattr(exc, 'problem', None) or str(exc).splitlines()[0]}"
    except RecursionError:
        problem = "bad front matter: nested too deeply"
    if problem is not None:  # the article loads without it: losing the text would lose more
        if not body.strip():
            raise Skip(f"{problem}, and no article text")
        return Record(text=body, markdown=True, warning=f"{problem}; the article is read without it")
    if not body.strip():
        raise Skip("front matter but no article text")
    return _record(body, meta, markdown=True)
