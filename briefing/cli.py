"""The ``briefing`` command: the app by default, ``briefing export`` for a brief file."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .config.load import did_you_mean, load_config
from .config.schema import Config
from .errors import BriefingError, ConfigError
from .export import FORMATS, render_bytes
from .export.files import choose_format, export_brief, known_suffix
from .export.progress import StageTimes, progress_bar, wants_progress
from .export.writer import WriteError
from .ingest.discover import check_sources
from .ingest.fetch import is_address
from .ingest.load import discover
from .model import Problem
from .pipeline.reopen import open_brief
from .pipeline.runner import ForkRunner
from .text.clean import shown

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):  # (exit code 2 with one line, for every usage error)
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {shown(message)}\n")  # it may echo an argument


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _common(in_subcommand: bool) -> _Parser:
    """--config and --sources, accepted before or after the command.  In a subcommand they
    default to "not given" so they never erase a value given before the command."""
    default = argparse.SUPPRESS if in_subcommand else None
    common = _Parser(add_help=False)
    common.add_argument("--config", metavar="FILE", default=default, help="config file (default: ./config.yaml, "
                        "then $XDG_CONFIG_HOME/briefing/config.yaml, then built-in defaults)")
    common.add_argument("--sources", nargs="+", metavar="PATH", default=default,
                        help="folders, files or globs to read instead of the configured sources")
    common.add_argument("--no-cache", action="store_true", default=default,
                        help="parse every file again instead of using the article cache "
                        "($XDG_CACHE_HOME/briefing/articles.sqlite)")
    return common


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="briefing", parents=[_common(False)],
                description="Turn a folder of news articles into a morning brief. With no command, opens the dashboard.")
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    p.add_argument("--theme", help="Textual theme for the dashboard (overrides the config's theme)")
    p.add_argument("--watch", action="store_true", help="rebuild the dashboard's brief when files come or change "
                   "(and fetch feeds again every 5 minutes)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("app", parents=[_common(True)], help="open the dashboard (the default)",
                   description="Open the dashboard.").add_argument("--theme", default=argparse.SUPPRESS,
                                                                   help="Textual theme")
    sub.choices["app"].add_argument("--watch", action="store_true", default=argparse.SUPPRESS,
                                    help="rebuild when the sources change")
    ex = sub.add_parser("export", parents=[_common(True)], help="write the daily brief to a file or stdout",
                        description="Write the daily brief. Exit codes: 0 ok, 1 nothing to brief, 2 bad usage or config.")
    ex.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="keep only the articles published that day")
    ex.add_argument("--include-undated", action="store_true", help="with --date, keep undated articles too")
    ex.add_argument("--format", choices=FORMATS, help="output format (default: the extension of --out, "
                    "then the config's export.format)")
    ex.add_argument("--out", metavar="FILE|-", help="file to write, or - for stdout "
                    "(default: <export.folder>/brief-YYYY-MM-DD.<ext>)")
    ex.add_argument("--timings", action="store_true", help="print how long each stage took, on stderr")
    why = sub.add_parser("explain", parents=[_common(True)], help="say why each paragraph went to its storylines",
                         description="For each article and paragraph: the storylines it went to, the terms it "
                         "matched with their weights, its score against min_score, and the near misses.")
    why.add_argument("--article", metavar="FILE", help="only this article (its file name or path)")
    why.add_argument("--storyline", metavar="NAME",
                     help="only the paragraphs that went to this storyline (key or title) or nearly did")
    srv = sub.add_parser("serve", parents=[_common(True)], help="serve the dashboard in a web browser",
                         description="Serve the dashboard to a web browser (each browser tab runs its own "
                         "dashboard). Bound to this machine only unless --host says otherwise.")
    srv.add_argument("--host", default="localhost", help="address to listen on (default: localhost)")
    srv.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    srv.add_argument("--theme", default=argparse.SUPPRESS, help="Textual theme")
    srv.add_argument("--watch", action="store_true", default=argparse.SUPPRESS, help="rebuild when the sources change")
    return p


def problem_line(p: Problem) -> str:
    """A load problem as the command reports it: "skipped: a.txt: empty file" for a file left
    out (the rest goes on; a reason that already ends in "skipped" does not say it twice), else
    "warning: ..." with its reason."""
    if p.severity != "error":
        return f"{p.severity}: {p.path}: {p.reason}"
    reason = p.reason
    for tail in (": skipped", ", skipped", "; skipped", " skipped"):
        if reason.endswith(tail) and len(reason) > len(tail):
            reason = reason[: -len(tail)]
            break
    return f"skipped: {p.path}: {reason}"


def say(message: str) -> None:
    """One line on stderr.  Everything the command prints goes through here, escaped
    (:func:`briefing.text.words.shown`): a path, pattern or option the user gave may hold escape
    sequences, and they must not reach the terminal."""
    try:
        print(f"briefing: {shown(message)}", file=sys.stderr)
    except (OSError, ValueError, AttributeError):
        pass  # no stderr to say it on


def _options(parser: argparse.ArgumentParser, command: str | None = None) -> list[str]:
    """The long options the parser takes, and ``command``'s when one is given."""
    out: set[str] = set()
    for action in parser._actions:
        out.update(o for o in action.option_strings if o.startswith("--"))
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            out.update(_options(action.choices[command]))
    return sorted(out)


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    return [c for a in parser._actions if isinstance(a, argparse._SubParsersAction) for c in a.choices]


def _unknown_option(argv: Sequence[str], known: list[str]) -> str | None:
    """The first long option ``known`` does not hold (argparse would blame the word after it),
    unless help or the version is asked for first."""
    for token in argv:
        if token in ("--", "-h", "--help", "--version"):
            return None
        name = token.split("=", 1)[0]
        if name.startswith("--") and not any(k.startswith(name) for k in known):  # (a unique prefix is fine)
            return name
    return None


def _is_sources(token: str) -> bool:
    """``--sources``, or a prefix of it argparse takes for it (``--sour``)."""
    return len(token) > 3 and "--sources".startswith(token)


def _command_first(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """The arguments with the command first when it was written after --sources' paths
    (``--sources seeds export``), where it would be read as one more path."""
    args = list(argv)
    values = -1  # paths read after --sources so far (-1: not in --sources)
    for i, token in enumerate(args):
        if token == "--" or (token in commands and values < 0):
            break
        if token.startswith("-") and token != "-":
            values = 0 if _is_sources(token) else -1
        elif values >= 0:
            if token in commands and values > 0 and not Path(token).exists():
                return [token, *args[:i], *args[i + 1:]]
            values += 1
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    commands = _commands(parser)
    given = _command_first(sys.argv[1:] if argv is None else argv, commands)
    command = next((t for t in given if t in commands), None)  # (a path named like one is a rare guess)
    known = _options(parser, command)
    unknown = _unknown_option(given, known)
    if unknown is not None:
        where = f"briefing {command} --help" if command else "briefing --help"
        say(f"unknown option {unknown}{did_you_mean(unknown, known)}; see {where}")
        return EXIT_USAGE
    args = parser.parse_args(given)
    if args.sources is not None:  # relative to where the command runs, not to the config's folder
        args.sources = [_from_here(s) for s in args.sources]
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        say(f"config error: {exc}")
        return EXIT_USAGE
    try:
        if args.command == "export":
            return _export(args, config)
        if args.command == "explain":
            return _explain(args, config)
        if args.command == "serve":
            return _serve(args, config)
        return _app(args, config)
    except BriefingError as exc:
        say(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _from_here(source: str) -> str:
    if is_address(source):
        return source
    expanded = os.path.expanduser(source)
    return expanded if os.path.isabs(expanded) else os.path.join(os.getcwd(), expanded)


STDOUT_NAMES = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")  # all mean: the standard output


def _export(args: argparse.Namespace, config: Config) -> int:
    if args.out == "":
        say("--out needs a file name (or - for the standard output)")
        return EXIT_USAGE
    to_stdout = args.out in STDOUT_NAMES
    out = None if args.out is None or to_stdout else Path(args.out)
    try:
        is_folder = out is not None and (args.out.endswith(("/", os.sep)) or out.is_dir())
    except OSError:  # a name the system cannot even look up (too long): writing will say why
        is_folder = False
    if is_folder:
        say(f"--out {args.out} is a folder; give a file name")
        return EXIT_USAGE
    if out is not None and args.format is None and out.suffix and not known_suffix(out):
        say(f"--out {args.out}: briefing does not write {out.suffix} files; name it .md, .html, .json or .txt, "
            "or give --format to write one of those under this name")
        return EXIT_USAGE
    fmt = choose_format(config, args.format, out)
    timer = StageTimes() if args.timings else None
    if timer:
        timer.mark("finding files")
    found = discover(args.sources if args.sources is not None else config.sources, config)
    files = len(found[0])
    with progress_bar(sys.stderr, wants_progress(sys.stderr, files)) as bar:
        progress = timer.passing_to(bar) if timer else bar
        brief = open_brief(args.sources, config, use_cache=not args.no_cache, date=args.date,
                           include_undated=args.include_undated, progress=progress, runner=ForkRunner(),
                           found=found)
    for p in brief.problems:
        say(problem_line(p))
    if not brief.articles:
        filtered = 1 if args.date else 0  # with a date filter, "none that day" is the honest reason
        say(f"nothing to brief: {_why_empty(args, brief.left_out_undated, filtered)}")
        return EXIT_NOTHING
    if brief.left_out_undated:
        say(f"{brief.left_out_undated} undated article(s) left out; add --include-undated to keep them")
    if brief.left_out_other_days:
        say(f"{brief.left_out_other_days} article(s) of other days left out by --date")
    if timer:
        timer.mark("writing")
    if to_stdout:
        code = _to_stdout(render_bytes(brief, fmt))
    else:
        try:
            written = export_brief(brief, config, fmt=fmt, out=out)
        except WriteError as exc:
            say(str(exc))
            return EXIT_USAGE
        say(f"wrote {written}")
        code = EXIT_OK
    if timer:
        say(timer.report())
    return code


def _why_empty(args: argparse.Namespace, undated_out: int, loaded: int) -> str:
    if not loaded:
        return "no articles in the sources"
    why = f"no articles published on {args.date}"
    if undated_out:
        why += f" ({undated_out} undated left out; add --include-undated to keep them)"
    return why


def _to_stdout(data: bytes) -> int:
    """Write UTF-8 whatever the locale; a closed pipe (``| head``) is not an error, but a
    full disk (``>/dev/full``) or a closed stdout (``>&-``) is: one line, exit code 1."""
    if sys.stdout is None:
        say("cannot write the brief: standard output is closed")
        return EXIT_NOTHING
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()
    except (OSError, ValueError) as exc:
        _drop_stdout()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        say(f"cannot write the brief to standard output: {reason}")
        return EXIT_NOTHING
    return EXIT_OK


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _explain(args: argparse.Namespace, config: Config) -> int:
    from .dedup.copies import find_duplicates
    from .ingest.load import load_articles
    from .storylines.explain import explain, explain_text

    articles, problems = load_articles(args.sources, config, runner=ForkRunner())
    for p in problems:
        say(problem_line(p))
    articles = find_duplicates(articles, config.dedup)
    whys = explain(articles, config)
    if args.article:
        wanted = Path(_from_here(args.article)).resolve()
        whys = tuple(w for w in whys if Path(w.path).resolve() == wanted or Path(w.path).name == args.article)
        if not whys:
            say(f"--article {args.article}: no such article among the sources")
            return EXIT_NOTHING
    if args.storyline:
        known = {name.casefold() for w in whys for p in w.paragraphs for k, t, _ in p.went for name in (k, t)}
        known |= {name.casefold() for s in config.storylines for name in (s.key, s.title)}
        if args.storyline.casefold() not in known:
            names = ", ".join(s.key for s in config.storylines) or "none configured"
            say(f"--storyline {args.storyline}: no such storyline (configured: {names}; found storylines and Other "
                "go by their key or title)")
            return EXIT_USAGE
    text = explain_text(whys, args.storyline)
    if not text.strip():
        say(f"no paragraph went to {args.storyline} or nearly did" if args.storyline else "nothing to explain")
        return EXIT_NOTHING
    return _to_stdout(text.encode("utf-8"))


def _app(args: argparse.Namespace, config: Config) -> int:
    check_sources(args.sources if args.sources is not None else config.sources, config)  # exit 2 before any screen
    from .tui.app import run_app

    return run_app(config, sources=args.sources, theme=args.theme, use_cache=not args.no_cache,
                   watch=getattr(args, "watch", False))


def serve_command(args: argparse.Namespace) -> str:
    """The command each browser tab runs: this dashboard, with the options given."""
    cmd = [sys.executable, "-m", "briefing"]
    if args.config:
        cmd += ["--config", _from_here(args.config)]
    cmd.append("app")
    if args.sources is not None:
        cmd += ["--sources", *args.sources]
    if getattr(args, "no_cache", False):
        cmd.append("--no-cache")
    if getattr(args, "theme", None):
        cmd += ["--theme", args.theme]
    if getattr(args, "watch", False):
        cmd.append("--watch")
    return shlex.join(cmd)


def _serve(args: argparse.Namespace, config: Config) -> int:
    check_sources(args.sources if args.sources is not None else config.sources, config)
    if not 0 < args.port < 65536:
        say(f"--port {args.port}: not a port number (1-65535)")
        return EXIT_USAGE
    if args.host not in ("localhost", "127.0.0.1", "::1"):
        say(f"serving on {args.host}: anyone who can reach this address can read the brief")
    say(f"serving the dashboard at http://{args.host}:{args.port} (Ctrl+C stops)")
    from .tui.serve import guarded_server  # the web server belongs to the app side: loaded only to serve

    guarded_server(serve_command(args), args.host, args.port).serve()
    return EXIT_OK
