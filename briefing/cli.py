"""The ``briefing`` command: the app by default, ``briefing export`` for a brief file."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .config import load_config
from .config_model import Config
from .errors import BriefingError, ConfigError
from .export import EXTENSIONS, render
from .export.files import export_brief
from .export.writer import WriteError
from .loader import load_articles
from .pipeline import build_brief

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml, then "
                        "$XDG_CONFIG_HOME/briefing/config.yaml, then built-in defaults)")
    common.add_argument("--sources", nargs="+", metavar="PATH", help="folders, files or globs to read instead of the configured sources")

    p = _Parser(prog="briefing", parents=[common],
                description="Turn a folder of news articles into a morning brief. With no command, opens the dashboard.")
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    p.add_argument("--theme", help="Textual theme for the dashboard (overrides the config's theme)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("app", parents=[common], help="open the dashboard (the default)",
                   description="Open the dashboard.").add_argument("--theme", help="Textual theme")
    ex = sub.add_parser("export", parents=[common], help="write the daily brief to a file or stdout",
                        description="Write the daily brief. Exit codes: 0 ok, 1 nothing to brief, 2 bad usage or config.")
    ex.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="keep only the articles published that day")
    ex.add_argument("--include-undated", action="store_true", help="with --date, keep undated articles too")
    ex.add_argument("--format", choices=sorted(EXTENSIONS), help="output format (default: the config's export.format)")
    ex.add_argument("--out", metavar="FILE|-", help="file to write, or - for stdout "
                    "(default: <export.folder>/brief-YYYY-MM-DD.<ext>)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"briefing: config error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "export":
            return _export(args, config)
        return _app(args, config)
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _export(args: argparse.Namespace, config: Config) -> int:
    fmt = args.format or config.export.format
    articles, problems = load_articles(args.sources, config)
    for p in problems:
        print(f"briefing: {p.severity}: {p.path}: {p.reason}", file=sys.stderr)
    brief = build_brief(articles, config, problems=problems, date=args.date, include_undated=args.include_undated)
    if not brief.articles:
        what = f"published on {args.date}" if args.date else "in the sources"
        print(f"briefing: nothing to brief: no articles {what}", file=sys.stderr)
        return EXIT_NOTHING
    text = render(brief, fmt)
    if args.out == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    try:
        out = export_brief(brief, config, fmt=fmt, out=Path(args.out) if args.out else None)
    except WriteError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"briefing: wrote {out}", file=sys.stderr)
    return EXIT_OK


def _app(args: argparse.Namespace, config: Config) -> int:
    from .tui.app import run_app

    return run_app(config, sources=args.sources, theme=args.theme)
