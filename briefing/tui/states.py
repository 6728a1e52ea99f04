"""What the app says around the brief: the header line and the empty state."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text

from ..config.schema import Config
from ..model import Brief
from .keys import key_display, keys_for
from .render import literal


def subtitle(brief: Brief) -> str:
    n = len(brief.primary_articles)
    parts = [f"brief for {brief.date.isoformat()}" if brief.date else "undated brief",
             f"{n} article{'s' if n != 1 else ''}"]
    if brief.duplicates_merged:
        parts.append(f"{brief.duplicates_merged} copies merged")
    if brief.problems:
        parts.append(f"{len(brief.problems)} load problem{'s' if len(brief.problems) != 1 else ''}")
    return " · ".join(parts)


def empty_text(config: Config, sources: list[str] | None, brief: Brief | None, error: str | None,
               keymap: Mapping[str, str] | None = None) -> Text:
    """The empty state: why there is nothing to show, and what to do about it."""
    keys = keymap or {}
    where = [str(config.resolve(s)) for s in (sources if sources is not None else config.sources)]
    text = Text(end="")
    if error:
        text.append("Could not load the articles\n\n", style="bold")
        text.append_text(literal(error))
        text.append("\n\n")
    else:
        text.append("No articles to brief\n\n", style="bold")
    text.append("briefing reads news articles (.txt, .md, .json, .jsonl, saved .html pages, RSS/Atom feeds and "
                "OPML lists, and feed or page addresses) from:\n")
    for w in where:
        text.append_text(literal(f"  {w}\n", style="bold"))
    text.append("\nTo fill the brief:\n")
    text.append("  • put article files in that folder and start briefing again, or\n")
    text.append("  • start it on another folder:  briefing --sources PATH, or\n")
    config_file = str(config.path) if config.path else "config.yaml"
    text.append_text(literal(f"  • set sources: in {config_file}\n"))
    if brief is not None and brief.problems:
        n = len(brief.problems)
        problems = key_display(keys_for("problems", keys))
        text.append(f"\n{n} file{'s' if n != 1 else ''} could not be loaded: press {problems} to see why.\n", style="yellow")
    quit_key, help_key = key_display(keys_for("quit", keys)), key_display(keys_for("help", keys))
    text.append(f"\nPress {quit_key} to quit, {help_key} for help.", style="dim")
    return text
