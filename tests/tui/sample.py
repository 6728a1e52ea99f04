"""A small hand-built brief, so the pane tests do not depend on the analysis stages."""

from __future__ import annotations

import datetime as dt

from briefing.model import (
    Article,
    Block,
    Brief,
    Passage,
    Player,
    Problem,
    Quote,
    Storyline,
    SummaryPoint,
    TimelineEvent,
)

D1, D2 = dt.date(2025, 11, 1), dt.date(2025, 11, 3)


def article(aid: str, title: str, paragraphs: list[str], *, published: dt.date | None = D2,
            outlet: str | None = "Wire", duplicate_of: str | None = None, copies: tuple[str, ...] = ()) -> Article:
    blocks = tuple(Block(i, "paragraph", t) for i, t in enumerate(paragraphs))
    return Article(aid, f"{aid}.txt", title, published, outlet, None, blocks,
                   sum(len(t.split()) for t in paragraphs), aid * 2, duplicate_of, copies)


def sample_brief(*, problems: tuple[Problem, ...] = ()) -> Brief:
    a1 = article("a1", "Summit in Budapest called off", [
        "The summit between the two presidents in Budapest was called off on Tuesday.",
        "Foreign Minister Sergei Lavrov said: \"We remain faithful to the formula agreed in Alaska.\"",
        "Officials said talks could resume later in the year.",
    ], copies=("a4",))
    a2 = article("a2", "New sanctions on oil companies", [
        "New sanctions target the two largest oil companies and their exports.",
        "\"This will hurt their war chest,\" said Treasury Secretary Scott Bessent.",
    ], outlet="Daily [bold]Ledger[/bold]", published=D1)
    a3 = article("a3", "Drone strikes hit a port", [
        "Drone strikes set a port ablaze overnight, officials said.",
        "The summit collapse came as strikes continued.",
    ], published=None, outlet=None)
    a4 = article("a4", "Summit in Budapest called off (copy)", list(b.text for b in a1.blocks), duplicate_of="a1")
    quotes = (
        Quote("We remain faithful to the formula agreed in Alaska.", "Sergey Lavrov", "a1", 1,
              role="Foreign Minister", verb="said", key=True, storylines=("diplomacy",)),
        Quote("This will hurt their war chest,", "Scott Bessent", "a2", 1, role="Treasury Secretary",
              verb="said", key=True, storylines=("sanctions",)),
    )
    diplomacy = Storyline(
        "diplomacy", "Diplomacy", ("a1", "a3"),
        (Passage("a1", 0, a1.blocks[0].text, 3.0), Passage("a1", 1, a1.blocks[1].text, 2.0),
         Passage("a3", 1, a3.blocks[1].text, 1.0)),
        summary=(
            SummaryPoint("The summit in Budapest was called off.", ("a1", "a4"), "a1", 0, 1),
            SummaryPoint("The summit collapse came as strikes continued.", ("a3",), "a3", 1, 1),
        ),
        quotes=(0,),
        timeline=(TimelineEvent(D2, "The summit was called off on Tuesday.", "a1", 0),),
        players=(Player("Sergey Lavrov", "person", "Foreign Minister", 2, ("a1",)),),
        first=D2, last=D2,
    )
    sanctions = Storyline(
        "sanctions", "Sanctions", ("a2",),
        (Passage("a2", 0, a2.blocks[0].text, 3.0), Passage("a2", 1, a2.blocks[1].text, 1.0)),
        summary=(SummaryPoint("New sanctions target the two largest oil companies.", ("a2",), "a2", 0, 1),),
        quotes=(1,), first=D1, last=D1,
    )
    other = Storyline(
        "other", "Other", ("a3",), (Passage("a3", 0, a3.blocks[0].text, 0.0),),
        summary=(SummaryPoint("Drone strikes set a port ablaze overnight.", ("a3",), "a3", 0, 1),),
    )
    return Brief(D2, dt.datetime(2025, 11, 3, 7, 0, tzinfo=dt.timezone.utc), (a1, a2, a3, a4),
                 (diplomacy, sanctions, other), quotes, (), problems)


def rebuilt(brief: Brief, **changes: object) -> Brief:
    """A copy of ``brief`` with some fields changed (its article lookup rebuilt)."""
    fields = dict(date=brief.date, generated_at=brief.generated_at, articles=brief.articles,
                  storylines=brief.storylines, quotes=brief.quotes, claims=brief.claims,
                  problems=brief.problems, left_out_undated=brief.left_out_undated)
    fields.update(changes)
    return Brief(**fields)  # type: ignore[arg-type]
