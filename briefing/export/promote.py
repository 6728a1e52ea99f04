"""Promoting a found storyline to ``config.yaml``: its terms written there as a user would.

:func:`suggest_terms` reads the found storyline's own words against the whole brief: the
names that at least half its articles write and the content words most of its articles
use, ranked by the square of the share of its articles that write them times how seldom
the rest of the brief does.  The heaviest
:data:`STRONG` terms weigh 2 (one alone reaches ``min_score`` 2), the rest 1.

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
STRONG = 4  # the heaviest terms weigh 2, the rest 1
NAME_SHARE = 0.5  # a name at least this share of the storyline's articles write becomes a term
_TOP_KEY = re.compile(r"^storylines:[ \t]*(?:#.*)?$", re.M)
_FLOW_EMPTY = re.compile(r"^storylines:[ \t]*(?:\{\s*\}|null|~)?[ \t]*(?:#.*)?$", re.M)
_KEY_CHARS = re.compile(r"[^a-z0-9_-]+")


def suggest_terms(storyline: Storyline, brief: Brief) -> list[tuple[str, float]]:
    """(term, weight) for a storyline, heaviest first."""
    vocab = Vocabulary(p.text for s in brief.storylines for p in s.passages)
    per_article: dict[str, set[str]] = {}
    inside: Counter[str] = Counter()  # paragraphs of the storyline that write each key
    spelled: dict[str, str] = {}
    for p in storyline.passages:
        f = vocab.features(p.text)
        keys = {name_key(k) for k in f.names} | {word_key(k) for k in f.words}
        for k, span in f.names.items():
            spelled.setdefault(name_key(k), span)
        per_article.setdefault(p.article, set()).update(keys)
        inside.update(keys)
    n = max(1, len(per_article))
    outside_n = max(0, vocab.n - len(storyline.passages))
    share: Counter[str] = Counter()
    for seen in per_article.values():
        share.update(seen)
    scored: list[tuple[float, str]] = []
    for key, count in share.items():
        if key.startswith("N:") and count < NAME_SHARE * n or count < 2 and n > 1:
            continue
        outside = max(0, vocab.df.get(key, 0) - inside[key])
        # written by most of its articles and seldom elsewhere in the brief
        scored.append(((count / n) ** 2 * math.log((outside_n + 2) / (outside + 1)), key))
    scored.sort(key=lambda sk: (-sk[0], sk[1]))
    out: list[tuple[str, float]] = []
    taken: set[str] = set()
    for _, key in scored:
        term = (spelled[key] if key.startswith("N:") else key[2:]).lower().strip()
        if not term or term in taken or any(term in t.split() for t in taken):
            continue
        taken.add(term)
        out.append((term, 2.0 if len(out) < STRONG else 1.0))
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
    """``config_text`` with the storyline added at the end of its ``storylines:`` block."""
    block = [f"  {key}:", f"    title: {_quoted(title)}", "    # promoted from a found storyline: tune with `briefing explain`",
             "    terms:"]
    block += [f"      {_quoted(t)}: {w:g}" for t, w in terms]
    block.append(f"    min_score: {min_score:g}")
    lines = config_text.splitlines()
    empty = _FLOW_EMPTY.search(config_text)
    top = _TOP_KEY.search(config_text)
    if top is not None:
        start = config_text[:top.start()].count("\n")
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or lines[end][:1] in (" ", "\t", "#")):
            end += 1
        # the blank lines and top-level comments before the next key belong to that key
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
            end -= 1
        lines[end:end] = block
    elif empty is not None:
        at = config_text[:empty.start()].count("\n")
        lines[at:at + 1] = ["storylines:", *block]
    elif re.search(r"^storylines\s*:", config_text, re.M):
        raise ConfigError("storylines is not written as a block (one storyline a line, indented): "
                          "add the storyline by hand")
    else:
        lines += ["", "storylines:", *block]
    return "\n".join(lines) + "\n"


def promote(storyline: Storyline, brief: Brief, config: Config) -> tuple[Path, str]:
    """Writes ``storyline`` (a found one) into the config file; returns the file and the new key.
    Raises :class:`ConfigError` when the file cannot be read or the result would not be valid."""
    if not storyline.found:
        raise ConfigError(f"{storyline.title} is not a found storyline: it is configured already")
    path = config.path
    if path is None:
        xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        path = Path(xdg) / "briefing" / "config.yaml"
        text = default_config_text()
    else:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read it to add the storyline: {exc}", path=str(path)) from None
    key = storyline_key(storyline, {s.key for s in config.storylines} | {"other"})  # "other" is reserved
    terms = suggest_terms(storyline, brief)
    if not terms:
        raise ConfigError(f"{storyline.title}: no words to make terms of")
    new = add_storyline(text, key, storyline.title, terms)
    parse_config(new, source=str(path), base_dir=path.parent)  # raises ConfigError: nothing written
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, new)
    return path, key
