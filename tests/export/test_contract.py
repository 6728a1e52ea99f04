"""The JSON brief is the stable machine contract: keys and types, on the seeds, through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seeds_json() -> dict:  # type: ignore[type-arg]
    r = subprocess.run([sys.executable, "-m", "briefing", "export", "--format", "json", "--out", "-"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def is_str_or_none(v: object) -> bool:
    return v is None or isinstance(v, str)


def test_top_level(seeds_json: dict) -> None:  # type: ignore[type-arg]
    d = seeds_json
    for key, typ in [("schema", str), ("date", str), ("generated_at", str), ("articles", list),
                     ("storylines", list), ("quotes", list), ("problems", list)]:
        assert isinstance(d[key], typ), key
    assert d["schema"].startswith("briefing/")
    assert d["date"] == "2025-11-03"  # the newest article's date


def test_articles(seeds_json: dict) -> None:  # type: ignore[type-arg]
    arts = seeds_json["articles"]
    assert len(arts) == 5
    for a in arts:
        assert isinstance(a["id"], str) and isinstance(a["path"], str) and isinstance(a["title"], str)
        assert isinstance(a["words"], int) and a["words"] > 100
        assert is_str_or_none(a["published"]) and is_str_or_none(a["outlet"]) and is_str_or_none(a["duplicate_of"])
        assert 10 < len(a["title"]) <= 130 and "-" not in a["title"].split()[0]
    assert sorted(a["published"] for a in arts if a["published"]) == ["2025-11-01", "2025-11-03"]


def test_storylines(seeds_json: dict) -> None:  # type: ignore[type-arg]
    ids = {a["id"] for a in seeds_json["articles"]}
    keys = [s["key"] for s in seeds_json["storylines"]]
    assert keys[:3] == ["diplomacy", "sanctions", "strikes"]
    for s in seeds_json["storylines"]:
        assert isinstance(s["title"], str)
        assert set(s["articles"]) <= ids
        for p in s["summary"]:
            assert isinstance(p["text"], str) and p["sources"] and set(p["sources"]) <= ids
        for p in s["passages"]:
            assert p["article"] in ids and isinstance(p["paragraph"], int) and isinstance(p["text"], str)
        for q in s["quotes"]:
            assert isinstance(q["text"], str) and is_str_or_none(q["speaker"]) and q["article"] in ids


def test_quotes(seeds_json: dict) -> None:  # type: ignore[type-arg]
    ids = {a["id"] for a in seeds_json["articles"]}
    keys = {s["key"] for s in seeds_json["storylines"]}
    assert seeds_json["quotes"]
    for q in seeds_json["quotes"]:
        assert isinstance(q["text"], str) and is_str_or_none(q["speaker"]) and q["article"] in ids
        assert isinstance(q["key"], bool) and set(q["storylines"]) <= keys


def test_problems_listed(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Headline\nThe minister said the talks would resume on Monday.\n")
    (tmp_path / "empty.txt").write_text("")
    r = subprocess.run([sys.executable, "-m", "briefing", "export", "--sources", str(tmp_path), "--format", "json", "--out", "-"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0
    d = json.loads(r.stdout)
    assert [p["reason"] for p in d["problems"]] == ["empty file"]
    assert "empty.txt" in d["problems"][0]["path"]
    assert "empty.txt: empty file" in r.stderr


def test_nothing_to_brief_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    r = subprocess.run([sys.executable, "-m", "briefing", "export", "--sources", str(tmp_path), "--out", "-"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 1 and "nothing to brief" in r.stderr and r.stdout == ""


def test_missing_source_exits_2(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "briefing", "export", "--sources", str(tmp_path / "nope"), "--out", "-"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 2 and "nope" in r.stderr and "Traceback" not in r.stderr


def test_the_json_brief_is_the_json_modules_indented_dump_byte_for_byte(seed_articles, repo_config) -> None:  # type: ignore[no-untyped-def]
    """orjson writes it; the text is the same as ``json.dumps(..., ensure_ascii=False, indent=2)``,
    odd characters and a text orjson refuses (a lone surrogate) included."""
    import dataclasses
    import json

    from briefing.export.json_export import brief_to_dict, render_json
    from briefing.pipeline.build import build_brief

    seed_brief = build_brief(seed_articles, repo_config)
    odd = dataclasses.replace(seed_brief, articles=tuple(
        dataclasses.replace(a, title=a.title + t) for a, t in zip(seed_brief.articles, ["\u2028", "é\x7f", "\ud800", "💥", "\\\"x\""])))
    for brief in (seed_brief, odd):
        assert render_json(brief) == json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def test_the_bytes_written_are_the_rendered_text_in_utf8_and_a_lone_surrogate_its_escape(
        seed_articles, repo_config, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import dataclasses
    import json
    from pathlib import Path

    from briefing.export import FORMATS, render_bytes
    from briefing.export.files import export_brief
    from briefing.pipeline.build import build_brief
    from tests.golden.fixture_brief import fixture_brief

    golden = Path(__file__).resolve().parents[1] / "golden"
    for fmt in FORMATS:  # the bytes of the golden files, which the text renderers are checked against
        expected = (golden / f"brief.{fmt}").read_bytes()
        assert render_bytes(fixture_brief(), fmt) == expected
        assert export_brief(fixture_brief(), repo_config, fmt=fmt, out=tmp_path / f"b.{fmt}").read_bytes() == expected
    brief = build_brief(seed_articles, repo_config)
    odd = dataclasses.replace(brief, articles=(dataclasses.replace(brief.articles[0], title="caf\ud800"),)
                              + brief.articles[1:])
    written = render_bytes(odd, "json")
    assert json.loads(written.decode("utf-8"))["articles"][0]["title"] == "caf\ud800"
