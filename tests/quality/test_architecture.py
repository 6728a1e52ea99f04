"""The headless core never imports Textual; the brief is immutable."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import model

PKG = Path(__file__).resolve().parents[2] / "briefing"


def core_modules() -> list[Path]:
    return [p for p in PKG.rglob("*.py") if "tui" not in p.relative_to(PKG).parts]


def test_core_source_has_no_textual_import() -> None:
    offenders = []
    for path in core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            if any(n == "textual" or n.startswith("textual.") for n in names):
                offenders.append(str(path.relative_to(PKG)))
        for node in tree.body:  # the CLI may start the app lazily, inside a function
            if isinstance(node, ast.ImportFrom) and node.module and "tui" in node.module.split("."):
                offenders.append(str(path.relative_to(PKG)) + " (imports briefing.tui at module level)")
    assert core_modules() and not offenders


def test_importing_the_whole_core_loads_no_textual() -> None:
    mods = sorted(
        "briefing." + ".".join(p.relative_to(PKG).with_suffix("").parts).replace(".__init__", "")
        for p in core_modules() if p.name != "__main__.py"
    )
    code = "import sys\n" + "".join(f"import {m.rstrip('.')}\n" for m in mods) + \
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\nprint(bad)\nraise SystemExit(1 if bad else 0)\n"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("cls", [c for c in vars(model).values() if dataclasses.is_dataclass(c)])
def test_model_records_are_frozen(cls: type) -> None:
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    for f in dataclasses.fields(cls):
        t = str(f.type).replace("frozenset[", "")  # a frozenset is as fixed as a tuple
        assert "list" not in t and "set[" not in t and "dict[" not in t, f"{cls.__name__}.{f.name} is mutable"


def test_brief_cannot_be_changed(seed_articles, repo_config) -> None:  # type: ignore[no-untyped-def]
    from briefing import build_brief

    brief = build_brief(seed_articles, repo_config)
    with pytest.raises(dataclasses.FrozenInstanceError):
        brief.articles = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        brief._by_id["x"] = brief.articles[0]  # type: ignore[index]
