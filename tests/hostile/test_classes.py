"""The classes of fault behind test_faults.py, as properties: whatever file kinds and names,
YAML documents, regular expressions and output targets come, nothing hangs, nothing raises
but the documented errors, nothing that could drive a terminal is echoed, nothing is lost."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.config.load import parse_config
from briefing.config.schema import Config
from briefing.errors import ConfigError
from briefing.export.writer import WriteError, write_atomic
from briefing.ingest.load import load_articles

from .conftest import COUNTS
from .test_faults import within

GOOD = "Talks resume\nThe minister said the talks would resume on Monday, officials confirmed.\n"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

# ---- file kinds and names ---------------------------------------------------------------
NAME = st.text(alphabet=st.sampled_from(list("abz09 -_.é漢") + ["\x1b", "\x07", "\u202e", "[", "]", "*"]),
               min_size=1, max_size=12).filter(lambda s: s not in (".", "..") and "/" not in s)
KINDS = st.sampled_from(["article", "empty", "binary", "fifo", "folder", "link-inside", "link-outside",
                         "broken-link", "bytes-name"])


@given(entries=st.lists(st.tuples(NAME, KINDS), min_size=1, max_size=8, unique_by=lambda e: e[0].lower()))
@SETTINGS
def test_any_file_kinds_and_names_load_or_are_reported(entries: list[tuple[str, str]], repo_config: Config) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "outside").mkdir()
        (base / "outside" / "far.txt").write_text(GOOD.replace("Talks resume", "From outside"))
        top = base / "news"
        top.mkdir()
        expected = 0
        for i, (name, kind) in enumerate(entries):
            path = top / f"{name}.txt"
            if kind == "article":
                path.write_text(GOOD.replace("Talks resume", f"Article {i}"))
                expected += not name.startswith(".")
            elif kind == "empty":
                path.write_bytes(b"")
            elif kind == "binary":
                path.write_bytes(b"\x1f\x8b" + bytes(range(256)))
            elif kind == "fifo" and hasattr(os, "mkfifo"):
                os.mkfifo(path)
            elif kind == "folder":
                (top / name).mkdir(exist_ok=True)
            elif kind == "link-inside":
                (top / f"{name}.txt").symlink_to(top)  # a loop back to the source folder
            elif kind == "link-outside":
                (top / name).symlink_to(base / "outside")
            elif kind == "broken-link":
                path.symlink_to(base / "nowhere")
            elif kind == "bytes-name" and sys.platform.startswith("linux"):
                with open(os.fsencode(str(top)) + b"/\xff" + name.encode() + b".txt", "wb") as fh:
                    fh.write(GOOD.replace("Talks resume", f"Bytes {i}").encode())
                expected += 1  # its name starts with the byte 0xff: never hidden
        articles, problems = within(30, lambda: load_articles([str(top)], repo_config))
        COUNTS["cases"] += 1
        COUNTS["articles"] += len(articles)
        assert len(articles) == expected  # every readable article, nothing from outside
        assert "From outside" not in [a.title for a in articles]
        for text in [a.path for a in articles] + [p.path + p.reason for p in problems]:
            assert text.isprintable(), repr(text)  # escaped: nothing that could drive a terminal
        json.dumps([a.path for a in articles]).encode("utf-8")


# ---- YAML documents -----------------------------------------------------------------------
SCALAR = st.sampled_from(["x", "'q'", "12", "2025-11-03", "!!python/object:os.system {}", "!custom x",
                          "!!binary aGk=", "&a x", "*a", "*b", "null", "[x, *a]", "{k: *a}"])


@st.composite
def yaml_documents(draw: st.DrawFn) -> str:
    lines = []
    for i in range(draw(st.integers(1, 8))):
        indent = "  " * draw(st.integers(0, 2))
        key = draw(st.sampled_from(["sources", "storylines", "boilerplate", "theme", "aliases", "title", f"k{i}"]))
        anchor = draw(st.sampled_from(["", "&a ", "&b "]))
        value = draw(SCALAR)
        lines.append(f"{indent}{key}: {anchor}{value}")
        if draw(st.booleans()):
            lines.append(f"{indent}  - {draw(SCALAR)}")
    return "\n".join(lines) + "\n"


@given(doc=yaml_documents())
@SETTINGS
def test_any_yaml_document_as_config_is_read_or_refused_in_one_line(doc: str) -> None:
    def read() -> None:
        try:
            parse_config(doc, source="config.yaml", base_dir=Path("."))
        except ConfigError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("config.yaml")

    within(5, read)
    COUNTS["cases"] += 1


@given(doc=yaml_documents())
@SETTINGS
def test_any_yaml_front_matter_still_loads_its_article(doc: str, repo_config: Config) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.md").write_text("---\n" + doc + "---\nThe minister said the talks would resume on Monday.\n")
        articles, problems = within(5, lambda: load_articles([tmp], repo_config))
        COUNTS["cases"] += 1
        COUNTS["articles"] += len(articles)
        assert len(articles) == 1, problems


# ---- regular expressions ------------------------------------------------------------------
ATOM = st.sampled_from(["a", ".", r"\w", r"\s", r"\S", "[^,]", "[a-z]", "x", r"\d", "(?:ab|a)", "(a|b)"])
QUANT = st.sampled_from(["", "*", "+", "?", "{2,}", "{25}", "{1,3}", "*?"])


@st.composite
def regexes(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 2 and draw(st.integers(0, 3)) == 0:
            inner = draw(regexes(depth + 1))  # type: ignore[call-arg]
            parts.append(f"({inner}){draw(QUANT)}")
        else:
            parts.append(draw(ATOM) + draw(QUANT))
    return "".join(parts)


PROBE = r"""
import re, sys, json
from briefing.safe.patterns import _probes
for p in json.loads(sys.stdin.read()):
    c = re.compile(p, re.I)
    for probe in _probes(p):
        c.fullmatch(probe)
print("ok")
"""


@given(patterns=st.lists(regexes(), min_size=5, max_size=25))
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_pattern_the_config_accepts_runs_fast_on_lines_built_to_hang_it(patterns: list[str]) -> None:
    accepted = []
    for p in patterns:
        text = "boilerplate:\n  - '" + p.replace("'", "''") + "'\n"
        try:
            within(10, lambda text=text: parse_config(text, source="config.yaml", base_dir=Path(".")))
        except ConfigError:
            continue
        accepted.append(p)
    COUNTS["cases"] += len(patterns)
    # in a child process: a pattern that backtracks holds the interpreter and cannot be stopped here
    out = subprocess.run([sys.executable, "-c", PROBE], input=json.dumps(accepted), capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "ok", out.stderr


# ---- output targets -----------------------------------------------------------------------
TARGETS = st.sampled_from(["new", "new-in-new-folder", "existing", "read-only", "folder", "link-to-file",
                           "file-in-the-way", "long-name", "fifo", "device"])


@given(kinds=st.lists(TARGETS, min_size=1, max_size=5))
@SETTINGS
def test_any_output_target_is_written_whole_or_refused_in_one_line(kinds: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for i, kind in enumerate(kinds):
            target = base / f"t{i}.md"
            if kind == "new-in-new-folder":
                target = base / f"n{i}" / "deeper" / "brief.md"
            elif kind in ("existing", "read-only", "link-to-file"):
                (base / f"real{i}.md").write_text("old\n")
                if kind == "link-to-file":
                    target.symlink_to(base / f"real{i}.md")
                else:
                    shutil.copy(base / f"real{i}.md", target)
                    if kind == "read-only":
                        target.chmod(0o444)
            elif kind == "folder":
                target.mkdir()
            elif kind == "file-in-the-way":
                (base / f"w{i}").write_text("x")
                target = base / f"w{i}" / "brief.md"
            elif kind == "long-name":
                target = base / ("b" * 300 + ".md")
            elif kind == "fifo" and hasattr(os, "mkfifo"):
                os.mkfifo(target)
            elif kind == "device":
                if not os.access("/dev/null", os.W_OK):
                    continue
                target = Path("/dev/null")
            try:
                before: int | None = os.stat(target).st_mode
            except OSError:  # missing, or a name the system refuses to look up
                before = None
            try:
                within(5, lambda target=target, i=i: write_atomic(target, f"brief {i}\n"))
                wrote = True
            except WriteError as exc:
                assert "\n" not in str(exc)
                wrote = False
            COUNTS["cases"] += 1
            if before is not None and not stat.S_ISREG(before):
                assert stat.S_IFMT(os.stat(target).st_mode) == stat.S_IFMT(before)  # never replaced by a file
            elif kind == "read-only":
                assert not wrote and target.read_text() == "old\n"
            elif wrote:
                assert target.read_text() == f"brief {i}\n"
            assert not list(base.rglob(".brief-*.tmp"))  # no temporary file left behind
        for p in base.rglob("*"):
            if p.is_file() and not p.is_symlink():
                p.chmod(0o644)


@pytest.mark.skipif(not os.access("/dev/null", os.W_OK), reason="no writable /dev/null")
def test_dev_null_is_still_a_device_after_the_runs() -> None:
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
