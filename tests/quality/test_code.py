"""The code's own checks, run with the tests (and so by CI): strict types, lint, and the
import contracts that keep the core free of the app and the stages in pipeline order."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
BIN = Path(sys.executable).parent


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = BIN / tool
    if not exe.exists():
        found = shutil.which(tool)
        if found is None:
            pytest.fail(f"{tool} is not installed: install the test extras (pip install -e '.[test]')")
        exe = Path(found)
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_mypy_strict_is_clean() -> None:
    r = run("mypy")  # strict, on briefing/: [tool.mypy] in pyproject.toml
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]


def test_ruff_is_clean() -> None:
    r = run("ruff", "check", "briefing", "tests", "benchmarks")
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]


def test_import_contracts_hold() -> None:
    r = run("lint-imports")  # [tool.importlinter] in pyproject.toml
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]


def test_no_module_is_over_400_lines() -> None:
    big = [(str(p.relative_to(ROOT)), n) for p in (ROOT / "briefing").rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert not big, f"split these by responsibility: {big}"
