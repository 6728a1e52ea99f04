"""The configuration: its schema (typed, immutable values), its rules (validation with the
file, line and key of every error), reading ``config.yaml`` and the built-in defaults."""

from __future__ import annotations

from .load import default_config_text, find_config, load_config, parse_config
from .schema import Config, DedupConfig, ExportConfig, StorylineSpec, Term

__all__ = ["Config", "DedupConfig", "ExportConfig", "StorylineSpec", "Term", "default_config_text", "find_config",
           "load_config", "parse_config"]
