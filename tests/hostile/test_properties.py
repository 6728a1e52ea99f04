"""Property-based tests: arbitrary text, files and config never crash the core, and
every loaded article reaches the brief."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.config.load import parse_config
from briefing.config.schema import Config
from briefing.errors import ConfigError
from briefing.export import RENDERERS, render
from briefing.ingest.load import load_articles
from briefing.pipeline.build import build_brief
from tests.hostile.conftest import COUNTS
from tests.hostile.strategies import any_char, article_text, yaml_value

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _write(folder: Path, i: int, text: str, kind: int) -> None:
    if kind == 0:
        (folder / f"{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    elif kind == 1:
        (folder / f"{i}.md").write_text(f"---\ntitle: {json.dumps(text[:40])}\n---\n{text}", encoding="utf-8")
    elif kind == 2:
        (folder / f"{i}.json").write_text(json.dumps({"title": text[:40], "text": text, "date": text[:12]}), encoding="utf-8")
    else:
        (folder / f"{i}.jsonl").write_text(json.dumps({"text": text}) + "\n" + text + "\n", encoding="utf-8")


@FAST
@given(texts=st.lists(st.tuples(article_text, st.integers(0, 3)), min_size=1, max_size=4))
def test_pipeline_never_crashes_and_loses_nothing(texts: list[tuple[str, int]], repo_config: Config) -> None:
    COUNTS["cases"] += 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, (text, kind) in enumerate(texts):
            _write(folder, i, text, kind)
        articles, problems = load_articles([tmp], repo_config)
        for p in problems:
            assert p.reason and "Traceback" not in p.reason
        brief = build_brief(articles, repo_config, problems=problems)
        COUNTS["articles"] += len(articles)
        brief_ids = {a.id for a in brief.articles}
        lost = [a.id for a in articles if a.id not in brief_ids]
        COUNTS["lost"] += len(lost)
        assert not lost
        for a in brief.articles:
            assert not _TERMINAL_UNSAFE.search(a.title + a.text + (a.outlet or ""))
        for q in brief.quotes:
            assert not _TERMINAL_UNSAFE.search(q.text + (q.speaker or ""))
        data = json.loads(render(brief, "json"))
        assert len(data["articles"]) == len(articles)
        for fmt in RENDERERS:
            out = render(brief, fmt)
            assert "\x1b" not in out and "\x07" not in out
            if fmt == "html":
                assert "<script>" not in out


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl"]))
def test_arbitrary_bytes_are_loaded_or_reported(data: bytes, suffix: str, repo_config: Config) -> None:
    COUNTS["cases"] += 1
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / f"x{suffix}").write_bytes(data)
        articles, problems = load_articles([tmp], repo_config)
        assert articles or [p for p in problems if p.severity == "error"]
        COUNTS["articles"] += len(articles)


@FAST
@given(value=st.dictionaries(st.sampled_from(["sources", "storylines", "dedup", "export", "boilerplate", "aliases",
                                               "limits", "theme", "keys", "other"]), yaml_value, max_size=4))
def test_arbitrary_config_values_give_config_errors_only(value: dict, repo_config: Config) -> None:  # type: ignore[type-arg]
    COUNTS["cases"] += 1
    text = json.dumps(value, default=str)  # JSON is YAML
    try:
        parse_config(text, source="c.yaml", base_dir=Path("."))
    except ConfigError as exc:
        assert "\n" not in str(exc)


@FAST
@given(text=st.text(any_char, max_size=300))
def test_arbitrary_config_text_gives_config_errors_only(text: str) -> None:
    COUNTS["cases"] += 1
    try:
        parse_config(text, source="c.yaml", base_dir=Path("."))
    except ConfigError as exc:
        assert "\n" not in str(exc)
