"""The validated configuration, as typed immutable values."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Term:
    """A word, a stem (``negotiat*``) or a multi-word phrase that marks a storyline."""

    text: str
    weight: float

    @property
    def is_stem(self) -> bool:
        return self.text.endswith("*")


@dataclass(frozen=True, slots=True)
class StorylineSpec:
    key: str
    title: str
    terms: tuple[Term, ...]
    negative: tuple[Term, ...] = ()
    min_score: float = 2.0


@dataclass(frozen=True, slots=True)
class DedupConfig:
    # per cent of the shorter story text's five-word runs the longer must hold for a copy
    article_threshold: float = 60.0
    # copies are published at most this many days apart
    max_days_apart: int = 2
    # token_set-style similarity (0-100) above which two sentences are the same claim
    claim_threshold: float = 72.0
    # word shingle size used for candidate blocking
    shingle: int = 5


@dataclass(frozen=True, slots=True)
class SummaryConfig:
    # words of summary points per storyline (at least MIN_POINTS points)
    words: int = 200


@dataclass(frozen=True, slots=True)
class QuotesConfig:
    # key quotes listed per storyline, best first
    key_per_storyline: int = 8


@dataclass(frozen=True, slots=True)
class ExportConfig:
    folder: Path = Path("briefs")
    format: str = "md"


@dataclass(frozen=True, slots=True)
class Config:
    sources: tuple[str, ...]
    storylines: tuple[StorylineSpec, ...]
    dedup: DedupConfig = DedupConfig()
    export: ExportConfig = ExportConfig()
    summary: SummaryConfig = SummaryConfig()
    quotes: QuotesConfig = QuotesConfig()
    boilerplate: tuple[re.Pattern[str], ...] = ()
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    max_file_mb: float = 5.0
    feed_timeout: float = 10.0  # seconds to wait for a feed or page address
    follow_links: bool = False  # fetch the page a teaser-only feed entry links to
    theme: str = "textual-dark"
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    path: Path | None = None  # the file it came from, None for built-in defaults
    base_dir: Path = Path(".")  # relative sources and export folder resolve against this

    def resolve(self, p: str | Path) -> Path:
        """A configured path (not an address) made absolute against the config's folder."""
        p = Path(p).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)
