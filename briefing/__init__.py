"""briefing: turn a pile of news articles into a morning brief.

Public API (used by the app, the exporters, the benchmarks and outside scripts)::

    config = briefing.load_config()            # or load_config("path/to/config.yaml")
    articles, problems = briefing.load_articles(None, config)   # None: the config's sources
    brief = briefing.build_brief(articles, config, problems=problems)
"""

from __future__ import annotations

from .config.load import load_config
from .config.schema import Config
from .errors import BriefingError, ConfigError, SourceError
from .ingest.load import load_articles
from .model import Article, Brief, Problem, Quote, Storyline, SummaryPoint
from .pipeline.build import build_brief

__version__ = "0.1.0"

__all__ = [
    "Article", "Brief", "BriefingError", "Config", "ConfigError", "Problem", "Quote", "SourceError",
    "Storyline", "SummaryPoint", "build_brief", "load_articles", "load_config",
]
