"""Validation rules: plain Python data from YAML in, a :class:`Config` out."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError
from ..safe.patterns import risk, timed_once
from .schema import Config, DedupConfig, ExportConfig, QuotesConfig, StorylineSpec, SummaryConfig, Term

LineOf = Callable[[tuple[str, ...]], "int | None"]

TOP_KEYS = ["sources", "storylines", "dedup", "summary", "quotes", "export", "boilerplate", "aliases", "limits", "feeds",
            "theme", "keys"]
QUOTE_KEYS = ["key_per_storyline"]
SUMMARY_KEYS = ["words"]
STORYLINE_KEYS = ["title", "terms", "negative", "min_score"]
DEDUP_KEYS = ["article_threshold", "max_days_apart", "claim_threshold", "shingle"]
EXPORT_KEYS = ["folder", "format"]
LIMIT_KEYS = ["max_file_mb"]
FEED_KEYS = ["timeout", "follow_links"]
FORMATS = ["md", "html", "json", "txt"]
# the dashboard's actions a user may remap (``keys:``) and their keys (Textual key names), which the app's
# bindings are made from; the digits 1-9 go to the storylines
KEY_DEFAULTS = {
    "down": "j,down", "up": "k,up", "top": "g,home", "bottom": "G,end", "page_down": "space,pagedown",
    "page_up": "b,pageup", "next_pane": "tab", "previous_pane": "shift+tab", "open": "enter", "back": "escape",
    "search": "slash", "next_hit": "n", "previous_hit": "N", "all_quotes": "a", "export": "e", "why": "w",
    "promote": "plus", "reload": "r", "since_morning": "t", "problems": "p", "help": "question_mark",
    "command_palette": "ctrl+p", "quit": "q",
}
KEY_ACTIONS = list(KEY_DEFAULTS)
_STORYLINE_DIGITS = {str(n): f"storyline {n}" for n in range(1, 10)}
MAX_PATTERN_LEN = 300
MAX_LIST = 1000
_STORY_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class _Checker:
    def __init__(self, line_of: LineOf, source: str):
        self.line_of = line_of
        self.source = source

    def fail(self, path: tuple[str, ...], message: str) -> ConfigError:
        return ConfigError(message, path=self.source, line=self.line_of(path), key=".".join(path) or None)

    def mapping(self, value: Any, path: tuple[str, ...], allowed: list[str] | None) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"must be a mapping, not {_kind(value)}")
        if allowed is not None:
            for k in value:
                if k not in allowed:
                    close = difflib.get_close_matches(k, allowed, n=1, cutoff=0.6)
                    hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(allowed)})"
                    raise self.fail(path + (k,), "unknown key" + hint)
        return value

    def string(self, value: Any, path: tuple[str, ...], *, nonempty: bool = True, max_len: int = 500) -> str:
        if not isinstance(value, str):
            raise self.fail(path, f"must be text, not {_kind(value)}")
        if nonempty and not value.strip():
            raise self.fail(path, "must not be empty")
        if len(value) > max_len:
            raise self.fail(path, f"is {len(value)} characters long; at most {max_len}")
        return value

    def number(self, value: Any, path: tuple[str, ...], lo: float, hi: float) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(path, f"must be a number, not {_kind(value)}")
        if not (lo <= value <= hi):  # also rejects NaN
            raise self.fail(path, f"must be between {lo:g} and {hi:g}, not {value!r}")
        return float(value)

    def count(self, value: Any, path: tuple[str, ...], lo: int, hi: int) -> int:
        n = self.number(value, path, lo, hi)
        if n != int(n):
            raise self.fail(path, f"must be a whole number, not {value!r}")
        return int(n)

    def str_list(self, value: Any, path: tuple[str, ...], *, allow_scalar: bool = True) -> list[str]:
        if allow_scalar and isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(path, f"must be a list of text, not {_kind(value)}")
        if len(value) > MAX_LIST:
            raise self.fail(path, f"has {len(value)} entries; at most {MAX_LIST}")
        return [self.string(v, path + (str(i),)) for i, v in enumerate(value)]


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__
    )


def _terms(ck: _Checker, value: Any, path: tuple[str, ...]) -> tuple[Term, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(Term(t.strip().lower(), 1.0) for t in ck.str_list(value, path))
    mapping = ck.mapping(value, path, None)
    if len(mapping) > MAX_LIST:
        raise ck.fail(path, f"has {len(mapping)} terms; at most {MAX_LIST}")
    out = []
    for text, weight in mapping.items():
        ck.string(text, path + (text,), max_len=100)
        out.append(Term(text.strip().lower(), ck.number(weight, path + (text,), 0.0, 100.0)))
    return tuple(out)


def compile_pattern(ck: _Checker, pattern: str, path: tuple[str, ...]) -> re.Pattern[str]:
    if len(pattern) > MAX_PATTERN_LEN:
        raise ck.fail(path, f"pattern is {len(pattern)} characters; at most {MAX_PATTERN_LEN}")
    why = risk(pattern, re.IGNORECASE, probe=False)  # the shapes here; the timing of them all below
    if why:
        raise ck.fail(path, f"pattern {pattern!r} {why}")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ck.fail(path, f"bad regular expression {pattern!r}: {exc}") from None


def _check_key_clashes(ck: _Checker, keys: dict[str, str]) -> None:
    """A key the user gives an action must not be another action's too (after the remaps): the second
    would never run."""
    owner: dict[str, str] = dict(_STORYLINE_DIGITS)
    for action in sorted(KEY_DEFAULTS, key=lambda a: a in keys):  # the defaults first, then the user's keys
        for k in (x.strip() for x in keys.get(action, KEY_DEFAULTS[action]).split(",")):
            if not k:
                continue
            other = owner.get(k)
            if other is not None and other != action:
                mine = action if action in keys else other
                raise ck.fail(("keys", mine), f"'{k}' is already the key of {other if mine == action else action}: "
                              "give one of them another key")
            owner[k] = action


def build_config(data: dict[str, Any], line_of: LineOf, *, source: str, base_dir: Path, path: Path | None) -> Config:
    ck = _Checker(line_of, source)
    ck.mapping(data, (), TOP_KEYS)

    sources = tuple(ck.str_list(data.get("sources", ["seeds"]), ("sources",)))
    if not sources:
        raise ck.fail(("sources",), "must name at least one folder, file or glob")

    storylines = []
    raw_story = data.get("storylines", {})
    if raw_story is None:
        raw_story = {}
    for key, spec in ck.mapping(raw_story, ("storylines",), None).items():
        p = ("storylines", key)
        if not _STORY_KEY.match(key):
            raise ck.fail(p, "a storyline key is lower-case letters, digits, '-' or '_' (at most 40)")
        if key == "other":
            raise ck.fail(p, "'other' is reserved for what matches no storyline")
        if spec is None:
            raise ck.fail(p, "empty storyline: give it a title and terms")
        ck.mapping(spec, p, STORYLINE_KEYS)
        title = ck.string(spec.get("title", key.replace("_", " ").title()), p + ("title",), max_len=80)
        terms = _terms(ck, spec.get("terms"), p + ("terms",))
        if not terms:
            raise ck.fail(p + ("terms",), "empty storyline: list at least one word or phrase that marks it")
        negative = _terms(ck, spec.get("negative"), p + ("negative",))
        min_score = ck.number(spec.get("min_score", 2.0), p + ("min_score",), 0.0, 1000.0)
        storylines.append(StorylineSpec(key, title.strip(), terms, negative, min_score))

    d = ck.mapping(data.get("dedup") or {}, ("dedup",), DEDUP_KEYS)
    dd = DedupConfig()
    dedup = DedupConfig(
        article_threshold=ck.number(d.get("article_threshold", dd.article_threshold), ("dedup", "article_threshold"), 50, 100),
        max_days_apart=int(ck.number(d.get("max_days_apart", dd.max_days_apart), ("dedup", "max_days_apart"), 0, 3650)),
        claim_threshold=ck.number(d.get("claim_threshold", dd.claim_threshold), ("dedup", "claim_threshold"), 50, 100),
        shingle=int(ck.number(d.get("shingle", dd.shingle), ("dedup", "shingle"), 2, 12)),
    )

    sm = ck.mapping(data.get("summary") or {}, ("summary",), SUMMARY_KEYS)
    summary = SummaryConfig(words=ck.count(sm.get("words", SummaryConfig().words), ("summary", "words"), 20, 1000))

    q = ck.mapping(data.get("quotes") or {}, ("quotes",), QUOTE_KEYS)
    quotes = QuotesConfig(key_per_storyline=ck.count(
        q.get("key_per_storyline", QuotesConfig().key_per_storyline), ("quotes", "key_per_storyline"), 1, 1000))

    e = ck.mapping(data.get("export") or {}, ("export",), EXPORT_KEYS)
    fmt = ck.string(e.get("format", "md"), ("export", "format"))
    if fmt not in FORMATS:
        raise ck.fail(("export", "format"), f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    export = ExportConfig(folder=Path(ck.string(e.get("folder", "briefs"), ("export", "folder"))), format=fmt)

    patterns = tuple(
        compile_pattern(ck, pat, ("boilerplate", str(i)))
        for i, pat in enumerate(ck.str_list(data.get("boilerplate") or [], ("boilerplate",)))
    )
    for i, why in enumerate(timed_once(tuple((p.pattern, p.flags) for p in patterns))):
        if why:
            raise ck.fail(("boilerplate", str(i)), f"pattern {patterns[i].pattern!r} {why}")

    aliases: dict[str, tuple[str, ...]] = {}
    for name, variants in ck.mapping(data.get("aliases") or {}, ("aliases",), None).items():
        ck.string(name, ("aliases", name), max_len=100)
        aliases[name.strip()] = tuple(v.strip() for v in ck.str_list(variants, ("aliases", name)))

    lim = ck.mapping(data.get("limits") or {}, ("limits",), LIMIT_KEYS)
    max_mb = ck.number(lim.get("max_file_mb", 5.0), ("limits", "max_file_mb"), 0.001, 1024.0)

    fd = ck.mapping(data.get("feeds") or {}, ("feeds",), FEED_KEYS)
    feed_timeout = ck.number(fd.get("timeout", 10.0), ("feeds", "timeout"), 0.5, 300.0)
    follow_links = fd.get("follow_links", False)
    if not isinstance(follow_links, bool):
        raise ck.fail(("feeds", "follow_links"), "should be true or false")

    theme = ck.string(data.get("theme", "textual-dark"), ("theme",), max_len=60)

    keys: dict[str, str] = {}
    for action, key in ck.mapping(data.get("keys") or {}, ("keys",), KEY_ACTIONS).items():
        keys[action] = ",".join(ck.str_list(key, ("keys", action)))
    _check_key_clashes(ck, keys)

    return Config(
        sources=sources,
        storylines=tuple(storylines),
        dedup=dedup,
        summary=summary,
        quotes=quotes,
        export=export,
        boilerplate=patterns,
        aliases=MappingProxyType(aliases),
        max_file_mb=max_mb,
        feed_timeout=feed_timeout,
        follow_links=follow_links,
        theme=theme,
        keys=MappingProxyType(keys),
        path=path,
        base_dir=base_dir,
    )
