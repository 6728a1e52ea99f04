"""Promoting a found storyline to ``config.yaml``: its terms written there as a user would.

:func:`suggest_terms` reads the found storyline's own words against the whole brief, article
by article: the names at least half its articles write and the content words a third of
them do, when almost none of the brief's other articles write them, ranked by the share of
its articles that write them times how seldom the others do.  A term (almost) only its
articles write weighs 2 and reaches ``min_score`` 2 alone (the heaviest :data:`STRONG` at
most); the others weigh 1, so two of them are needed.

:func:`add_storyline` inserts the storyline at the end of the config's ``storylines:``
block, leaving every other line (and comment) as it was, and checks that the result is a
valid config before anything is written; :func:`promote` writes it atomically, to the
config the brief was made with, or to the user's config file when the built-in defaults
were in use.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from pathlib import Path

from ..config.load import default_config_text, parse_config
from ..config.schema import Config
from ..errors import ConfigError
from ..model import Brief, Storyline
from ..storylines.emergent import FOUND_PREFIX
from ..storylines.vocabulary import Vocabulary, name_key, word_key
from .writer import write_atomic

MAX_TERMS = 12
STRONG = 4
NAME_SHARE = 0.5  # a name at least this share of the storyline's articles write becomes a term
MIN_INSIDE = 0.3  # ...a word, at least this share
MAX_OUTSIDE = 0.03  # ...and at most this share of the brief's other articles write it
EXCLUSIVE = 0.005  # a term at most this share of the others write weighs 2 (the heaviest four only)
_TOP_KEY = re.compile(r"^storylines:[ \t]*(?:#.*)?$", re.M)
_FLOW_EMPTY = re.compile(r"^storylines:[ \t]*(?:\{\s*\}|null|~)?[ \t]*(?:#.*)?$", re.M)
_KEY_CHARS = re.compile(r"[^a-z0-9_-]+")


def suggest_terms(storyline: Storyline, brief: Brief) -> list[tuple[str, float]]:
    """(term, weight) for a storyline, heaviest first: what at least :data:`MIN_INSIDE` of its
    articles write and at most :data:`MAX_OUTSIDE` of the brief's other articles do."""
    vocab = Vocabulary(p.text for s in brief.storylines for p in s.passages)
    keys_of: dict[str, set[str]] = {}  # article -> the keys its passages write
    spelled: dict[str, str] = {}
    mine = set(storyline.articles)
    for s in brief.storylines:
        for p in s.passages:
            f = vocab.features(p.text)
            keys = keys_of.setdefault(p.article, set())
            keys.update(name_key(k) for k in f.names)
            keys.update(word_key(k) for k in f.words)
            if p.article in mine:
                for k, span in f.names.items():
                    spelled.setdefault(name_key(k), span)
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for article, keys in keys_of.items():
        (inside if article in mine else outside).update(keys)
    n_in = max(1, len(mine))
    n_out = max(1, len(keys_of) - len(mine))
    scored: list[tuple[float, float, str]] = []
    for key, count in inside.items():
        share_in, share_out = count / n_in, outside[key] / n_out
        if share_in < (NAME_SHARE if key.startswith("N:") else MIN_INSIDE) or share_out > MAX_OUTSIDE:
            continue
        scored.append((share_in * math.log(1 / (share_out + 1 / n_out)), share_out, key))
    scored.sort(key=lambda t: (-t[0], t[2]))
    out: list[tuple[str, float]] = []
    taken: set[str] = set()
    for _, share_out, key in scored:
        term = (spelled[key] if key.startswith("N:") else key[2:]).lower().strip()
        if not term or term in taken or any(term in t.split() for t in taken):
            continue
        taken.add(term)
        # a term (almost) only this storyline's articles write reaches min_score alone
        out.append((term, 2.0 if len(out) < STRONG and share_out <= EXCLUSIVE else 1.0))
        if len(out) == MAX_TERMS:
            break
    return out


def storyline_key(storyline: Storyline, taken: set[str]) -> str:
    """A config key for a found storyline: its key without ``found-``, made unique."""
    base = _KEY_CHARS.sub("-", storyline.key.removeprefix(FOUND_PREFIX).lower()).strip("-_")[:36] or "storyline"
    if not base[0].isalnum():
        base = "s" + base
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def add_storyline(config_text: str, key: str, title: str, terms: list[tuple[str, float]],
                  min_score: float = 2.0) -> str:
    """``config_text`` with the storyline added at the end of its ``storylines:`` block (in
    the block's own indentation and line endings)."""
    newline = "\r\n" if "\r\n" in config_text else "\n"
    lines = config_text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    text = "\n".join(lines) + "\n"
    empty = _FLOW_EMPTY.search(text)
    top = _TOP_KEY.search(text)
    step = "  "
    if top is not None:
        start = text[:top.start()].count("\n")
        child = next((ln for ln in lines[start + 1:] if ln.strip() and not ln.lstrip().startswith("#")), "")
        if child[:1] in (" ", "\t"):
            step = child[:len(child) - len(child.lstrip())]
    inner = step + (step if step.strip(" ") == "" else "  ")
    block = [f"{step}{_quoted(key)}:", f"{inner}title: {_quoted(title)}",
             f"{inner}# promoted from a found storyline: tune with `briefing explain`", f"{inner}terms:"]
    block += [f"{inner}{step}{_quoted(t)}: {w:g}" for t, w in terms]
    block.append(f"{inner}min_score: {min_score:g}")
    if top is not None:
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or lines[end][:1] in (" ", "\t", "#")):
            end += 1
        # the blank lines and top-level comments before the next key belong to that key
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
            end -= 1
        lines[end:end] = block
    elif empty is not None:
        at = text[:empty.start()].count("\n")
        lines[at:at + 1] = ["storylines:", *block]
    elif re.search(r"^storylines\s*:", text, re.M):
        raise ConfigError("storylines is not written as a block (one storyline a line, indented): "
                          "add the storyline by hand")
    else:
        lines += ["", "storylines:", *block]
    return newline.join(lines) + newline


def _default_storylines() -> str:
    """The built-in ``storylines:`` block, as config.yaml shows it: what a config file that leaves the
    key out stands for."""
    lines = default_config_text().split("\n")
    start = next(i for i, ln in enumerate(lines) if _TOP_KEY.fullmatch(ln))
    end = next((i for i in range(start + 1, len(lines)) if lines[i][:1] not in ("", " ", "\t", "#")), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return "\n".join(lines[start:end]) + "\n"


def _configured_keys(text: str, path: Path) -> set[str]:
    try:
        return {spec.key for spec in parse_config(text, source=str(path), base_dir=path.parent).storylines}
    except ConfigError:
        return set()


def promote(storyline: Storyline, brief: Brief, config: Config) -> tuple[Path, str]:
    """Writes ``storyline`` (a found one) into the config file; returns the file and the new key.
    Raises :class:`ConfigError` when the file cannot be read or the result would not be valid."""
    if not storyline.found:
        raise ConfigError(f"{storyline.title} is not a found storyline: it is configured already")
    path = config.path
    if path is None:  # the built-in defaults: the user's config file, made from them the first time
        xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        path = Path(xdg) / "briefing" / "config.yaml"
    if path.exists():  # read again: another promote may have written it since the brief was made
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read it to add the storyline: {exc}", path=str(path)) from None
    else:
        text = default_config_text()
    if not re.search(r"^storylines\s*:", text, re.M):
        text = text.rstrip("\n") + "\n\n" + _default_storylines()  # the beats it stood for, kept
    taken = _configured_keys(text, path) | {s.key for s in config.storylines} | {"other"}  # "other" is reserved
    key = storyline_key(storyline, taken)
    terms = suggest_terms(storyline, brief)
    if not terms:
        raise ConfigError(f"{storyline.title}: no words to make terms of")
    new = add_storyline(text, key, storyline.title, terms)
    parse_config(new, source=str(path), base_dir=path.parent)  # raises ConfigError: nothing written
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, new)
    return path, key
