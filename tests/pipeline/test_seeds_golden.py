"""The JSON brief of the seeds, byte for byte: a change meant to keep the brief the same
(a restructure, a speed-up) must leave it so.  After an intended change to the brief, regenerate
with ``BRIEFING_UPDATE_GOLDEN=1 pytest tests/pipeline/test_seeds_golden.py`` and read the diff."""

from __future__ import annotations

import os
import re
from pathlib import Path

from briefing.config.schema import Config
from briefing.export import render
from briefing.ingest.load import load_articles
from briefing.pipeline.build import build_brief

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "seeds.json"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seeds_json(config: Config) -> str:
    articles, problems = load_articles([str(SEEDS)], config)
    text = render(build_brief(articles, config, problems=problems), "json")
    return re.sub(r'"generated_at": "[^"]*"', '"generated_at": ""', text)


def test_the_seeds_brief_is_unchanged(repo_config: Config) -> None:
    text = seeds_json(repo_config)
    if os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8", newline="\n")
    assert text == GOLDEN.read_text(encoding="utf-8"), "the seeds' brief changed; if intended, regenerate (see the docstring)"
