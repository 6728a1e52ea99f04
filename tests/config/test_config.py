"""config.yaml: search order, safe loading, and one-line errors naming file, line and key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefing.config.load import default_config_text, find_config, load_config
from briefing.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def error_of(tmp_path: Path, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    msg = str(info.value)
    assert "\n" not in msg
    assert "Traceback" not in msg
    return info.value


def test_repo_config_is_the_builtin_default() -> None:
    assert yaml.safe_load((ROOT / "config.yaml").read_text()) == yaml.safe_load(default_config_text())


def test_defaults_have_three_storylines() -> None:
    cfg = load_config(ROOT / "config.yaml")
    assert [s.key for s in cfg.storylines] == ["diplomacy", "sanctions", "strikes"]
    assert cfg.sources == ("seeds",)
    assert cfg.base_dir == ROOT
    assert cfg.export.format in {"md", "html", "json", "txt"}
    assert cfg.boilerplate and cfg.max_file_mb == 5


def test_search_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    xdg = tmp_path / "xdg"
    (xdg / "briefing").mkdir(parents=True)
    user = xdg / "briefing" / "config.yaml"
    user.write_text("sources: [news]\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    work = tmp_path / "work"
    work.mkdir()
    assert find_config(None, cwd=work) == user
    (work / "config.yaml").write_text("sources: [here]\n")
    assert find_config(None, cwd=work) == work / "config.yaml"
    explicit = tmp_path / "other.yaml"
    assert find_config(explicit, cwd=work) == explicit


def test_builtin_defaults_when_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nothing"))
    cfg = load_config()
    assert cfg.path is None
    assert [s.key for s in cfg.storylines] == ["diplomacy", "sanctions", "strikes"]


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, "sources: [news]\nexport: {folder: out}\n"))
    assert cfg.resolve("news") == tmp_path.resolve() / "news"


def test_unknown_key_did_you_mean(tmp_path: Path) -> None:
    err = error_of(tmp_path, "sources: [a]\nstorylnes:\n  x: {terms: [a]}\n")
    assert err.line == 2 and err.key == "storylnes"
    assert "did you mean 'storylines'" in str(err)
    assert str(err).startswith(str(tmp_path / "config.yaml") + ":2:")


def test_unknown_nested_key(tmp_path: Path) -> None:
    err = error_of(tmp_path, "dedup:\n  article_treshold: 90\n")
    assert err.key == "dedup.article_treshold" and err.line == 2
    assert "did you mean 'article_threshold'" in str(err)


def test_wrong_type_names_key_and_line(tmp_path: Path) -> None:
    err = error_of(tmp_path, "sources: seeds\ndedup:\n  article_threshold: high\n")
    assert err.key == "dedup.article_threshold" and err.line == 3
    assert "must be a number" in str(err)


def test_bad_regex(tmp_path: Path) -> None:
    err = error_of(tmp_path, "boilerplate:\n  - 'ok'\n  - '([unclosed'\n")
    assert err.key == "boilerplate.1" and err.line == 3
    assert "bad regular expression" in str(err)


def test_catastrophic_regex_refused(tmp_path: Path) -> None:
    err = error_of(tmp_path, "boilerplate:\n  - '(a+)+$'\n")
    assert "repeat inside a repeat" in str(err)


def test_empty_storyline(tmp_path: Path) -> None:
    err = error_of(tmp_path, "storylines:\n  sport:\n    title: Sport\n")
    assert err.key == "storylines.sport.terms" and "empty storyline" in str(err)
    err = error_of(tmp_path, "storylines:\n  sport:\n")
    assert err.key == "storylines.sport" and err.line == 2


def test_absurd_numbers(tmp_path: Path) -> None:
    err = error_of(tmp_path, "limits:\n  max_file_mb: 1000000000000\n")
    assert "between" in str(err) and err.key == "limits.max_file_mb"
    err = error_of(tmp_path, "dedup:\n  shingle: .nan\n")
    assert err.key == "dedup.shingle"


def test_bad_export_format(tmp_path: Path) -> None:
    err = error_of(tmp_path, "export:\n  format: pdf\n")
    assert "unknown format" in str(err) and err.line == 2


def test_unsafe_yaml_tag_refused(tmp_path: Path) -> None:
    err = error_of(tmp_path, "theme: !!python/object/apply:os.system ['echo pwned']\n")
    assert err.line == 1


def test_invalid_yaml_has_line(tmp_path: Path) -> None:
    err = error_of(tmp_path, "sources: [a\nstorylines: {}\n")
    assert err.line is not None and "not valid YAML" in str(err)


def test_top_level_must_be_mapping(tmp_path: Path) -> None:
    assert "mapping" in str(error_of(tmp_path, "- a\n- b\n"))


def test_empty_file_is_all_defaults(tmp_path: Path) -> None:
    # a key left out takes the value config.yaml shows: a file that only remaps keys keeps the beats
    for text in ("", "keys:\n  quit: x\n"):
        cfg = load_config(write(tmp_path, text))
        assert cfg.sources == ("seeds",)
        assert [s.key for s in cfg.storylines] == ["diplomacy", "sanctions", "strikes"]
    # ... and an empty mapping asks for found storylines alone
    assert load_config(write(tmp_path, "storylines: {}\n")).storylines == ()


def test_storyline_terms_list_or_weights(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, "storylines:\n  sport:\n    terms: [match, goal]\n  biz:\n    title: Business\n    terms: {merger: 3}\n"))
    sport, biz = cfg.storylines
    assert sport.title == "Sport" and [t.weight for t in sport.terms] == [1.0, 1.0]
    assert biz.title == "Business" and biz.terms[0].weight == 3.0


def test_reserved_other_key(tmp_path: Path) -> None:
    assert "reserved" in str(error_of(tmp_path, "storylines:\n  other:\n    terms: [x]\n"))


def test_duplicate_key(tmp_path: Path) -> None:
    err = error_of(tmp_path, "theme: a\ntheme: b\n")
    assert "duplicate key" in str(err) and err.line == 2


def test_aliases_and_keys(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, "aliases:\n  Jane Doe: [J. Doe, Jane Do]\nkeys:\n  quit: x\n  search: [s, slash]\n"))
    assert cfg.aliases["Jane Doe"] == ("J. Doe", "Jane Do")
    assert cfg.keys["quit"] == "x" and cfg.keys["search"] == "s,slash"
    err = error_of(tmp_path, "keys:\n  qiut: x\n")
    assert "did you mean 'quit'" in str(err)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.yaml")


def test_cli_bad_config_exit_2_no_traceback(tmp_path: Path) -> None:
    cfg = write(tmp_path, "sources: [a]\nstorylnes: {}\n")
    r = subprocess.run([sys.executable, "-m", "briefing", "export", "--config", str(cfg), "--out", "-"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert f"{cfg}:2: storylnes: unknown key (did you mean 'storylines'?)" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("section", "key", "good", "bad", "message"), [
    ("quotes", "key_per_storyline", 3, 2.5, "must be a whole number"),
    ("summary", "words", 120, 5, "must be between 20 and 1000"),
])
def test_counts_are_read_and_checked(tmp_path, section: str, key: str, good: int, bad: float,  # type: ignore[no-untyped-def]
                                     message: str) -> None:
    from briefing.config.load import load_config
    from briefing.errors import ConfigError

    p = tmp_path / "config.yaml"
    p.write_text(f"{section}:\n  {key}: {good}\n")
    assert getattr(getattr(load_config(p), section), key) == good
    p.write_text(f"{section}:\n  {key}: {bad}\n")
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert f"config.yaml:2: {section}.{key}: {message}" in str(e.value)


def test_feed_timeout_is_checked(tmp_path: Path) -> None:
    err = error_of(tmp_path, "feeds:\n  timeout: 0\n")
    assert err.key == "feeds.timeout" and err.line == 2 and "between" in str(err)
    err = error_of(tmp_path, "feeds:\n  wait: 3\n")
    assert "wait" in str(err)
    assert load_config(write(tmp_path, "feeds:\n  timeout: 2.5\n")).feed_timeout == 2.5


def test_follow_links_is_true_or_false(tmp_path: Path) -> None:
    err = error_of(tmp_path, "feeds:\n  follow_links: maybe\n")
    assert err.key == "feeds.follow_links" and err.line == 2
    assert load_config(write(tmp_path, "feeds:\n  follow_links: true\n")).follow_links is True


def test_a_key_two_actions_would_share_is_named_with_its_line(tmp_path: Path) -> None:
    # "quit: j" while j still moves down: one of them would never run
    err = error_of(tmp_path, "sources: [news]\nkeys:\n  quit: j\n")
    assert err.line == 3 and "quit" in str(err) and "'j' is already the key of down" in str(err)
    err = error_of(tmp_path, "keys:\n  export: x\n  reload: x\n")
    assert err.line in (2, 3) and "'x'" in str(err)
    assert "storyline 3" in str(error_of(tmp_path, "keys:\n  why: '3'\n"))
    # a key freed by a remap may be given to another action
    cfg = load_config(write(tmp_path, "keys:\n  down: x\n  quit: j\n"))
    assert cfg.keys["quit"] == "j" and cfg.keys["down"] == "x"

