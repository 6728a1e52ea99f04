"""Promoting a found storyline to config.yaml: terms from its own words, written into the
storylines block with every other line kept, checked before anything is written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from briefing.config.load import load_config, parse_config
from briefing.errors import ConfigError
from briefing.export.promote import add_storyline, promote, suggest_terms
from briefing.model import Brief
from briefing.storylines.assign import assign_storylines
from tests.conftest import make_article
from tests.storylines.test_found import SUBJECTS

CONFIG = """# my beats
sources: [news]

storylines:
  grain:
    title: Grain
    terms: {wheat: 2, grain: 2}   # the farm beat

# how copies are found
dedup:
  max_days_apart: 2
"""


def found_brief(tmp_path: Path) -> Brief:
    bare = parse_config("storylines: {}\n", source="<t>", base_dir=tmp_path)
    arts = [make_article(t, bare, name=f"{k}-{i}.txt", title=f"{k} {i}") for k, ts in SUBJECTS.items()
            for i, t in enumerate(ts)]
    return Brief(date=None, generated_at=None, articles=tuple(arts), storylines=assign_storylines(arts, bare))  # type: ignore[arg-type]


def test_terms_come_from_what_the_storylines_articles_share(tmp_path: Path) -> None:
    brief = found_brief(tmp_path)
    crude = next(s for s in brief.storylines if s.found and "crude" in s.title.lower())
    terms = dict(suggest_terms(crude, brief))
    assert "crude" in terms and terms["crude"] == 2
    assert not {"wheat", "takeover", "tonnes"} & set(terms)
    assert all(w in (1, 2) for w in terms.values()) and len(terms) <= 12


def test_the_storyline_is_added_and_every_other_line_kept() -> None:
    new = add_storyline(CONFIG, "crude", "Crude postings", [("crude", 2), ("west texas intermediate", 1)])
    assert new.startswith(CONFIG.split("\n# how copies")[0])
    assert new.endswith("# how copies are found\ndedup:\n  max_days_apart: 2\n")
    cfg = parse_config(new, source="<t>", base_dir=Path("."))
    assert [s.key for s in cfg.storylines] == ["grain", "crude"]
    crude = cfg.storylines[1]
    assert crude.title == "Crude postings" and [(t.text, t.weight) for t in crude.terms] == [
        ("crude", 2), ("west texas intermediate", 1)] and crude.min_score == 2


def test_an_empty_or_missing_storylines_key_gets_one() -> None:
    for text in ("sources: [news]\nstorylines: {}\n", "sources: [news]\n"):
        cfg = parse_config(add_storyline(text, "k", "T", [("a", 2)]), source="<t>", base_dir=Path("."))
        assert [s.key for s in cfg.storylines] == ["k"]


def test_promote_into_a_file_without_storylines_keeps_the_default_beats(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("keys:\n  quit: x\n")  # a file that only remaps keys: the three default beats
    config = load_config(path)
    found = next(s for s in found_brief(tmp_path).storylines if s.found)
    _, key = promote(found, found_brief(tmp_path), config)
    again = load_config(path)
    assert [s.key for s in again.storylines] == ["diplomacy", "sanctions", "strikes", key]
    assert again.keys == config.keys


def test_promote_writes_the_config_it_came_from(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG)
    config = load_config(path)
    brief = found_brief(tmp_path)
    found = next(s for s in brief.storylines if s.found)
    written, key = promote(found, brief, config)
    assert written == path and not key.startswith("found-")
    again = load_config(path)
    assert [s.key for s in again.storylines] == ["grain", key]
    with pytest.raises(ConfigError):
        promote(brief.storyline("other") if any(s.key == "other" for s in brief.storylines) else
                dataclasses.replace(found, found=False), brief, config)


def test_a_config_it_cannot_add_to_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    text = "storylines: {grain: {title: Grain, terms: {wheat: 2}}}\n"
    path.write_text(text)
    brief = found_brief(tmp_path)
    with pytest.raises(ConfigError, match="by hand"):
        promote(next(s for s in brief.storylines if s.found), brief, load_config(path))
    assert path.read_text() == text


def test_with_the_built_in_defaults_it_writes_the_users_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config.path is None
    brief = found_brief(tmp_path)
    written, key = promote(next(s for s in brief.storylines if s.found), brief, config)
    assert written == tmp_path / "xdg" / "briefing" / "config.yaml"
    assert key in [s.key for s in load_config(written).storylines]
    assert "diplomacy" in [s.key for s in load_config(written).storylines]  # the defaults kept


def test_keys_are_unique_and_never_the_reserved_other() -> None:
    from briefing.export.promote import storyline_key
    from briefing.model import Storyline

    def found(key: str) -> Storyline:
        return Storyline(key=key, title="t", articles=(), passages=(), found=True)

    assert storyline_key(found("found-other"), {"other"}) == "other-2"
    assert storyline_key(found("found-crude"), {"crude", "crude-2"}) == "crude-3"
    assert storyline_key(found("found-"), set()) == "storyline"


def test_a_second_promote_keeps_the_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    config = load_config(None)  # the built-in defaults, never reloaded by the app
    brief = found_brief(tmp_path)
    first, second = [s for s in brief.storylines if s.found][:2]
    path, k1 = promote(first, brief, config)
    _, k2 = promote(second, brief, config)
    _, k3 = promote(first, brief, config)  # the same one again: a new key, not a duplicate
    keys = [s.key for s in load_config(path).storylines]
    assert {k1, k2, k3} <= set(keys) and len({k1, k2, k3}) == 3


def test_the_files_own_indentation_line_endings_and_yaml_words() -> None:
    four = "storylines:\n    grain:\n        title: Grain\n        terms: {wheat: 2}\n"
    cfg = parse_config(add_storyline(four, "yes", "Yes", [("on", 2), ("null", 1)]), source="<t>", base_dir=Path("."))
    assert [s.key for s in cfg.storylines] == ["grain", "yes"]
    assert [t.text for t in cfg.storylines[1].terms] == ["on", "null"]
    crlf = "sources: [news]\r\nstorylines:\r\n  grain:\r\n    title: Grain\r\n    terms: {wheat: 2}\r\n"
    out = add_storyline(crlf, "k", "T", [("a", 2)])
    assert "\r\n" in out and "\n" not in out.replace("\r\n", "")
    assert [s.key for s in parse_config(out, source="<t>", base_dir=Path(".")).storylines] == ["grain", "k"]
