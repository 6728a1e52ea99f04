"""A hand-made Brief for the exporters' golden files.

Built from model objects, not through the pipeline, so the goldens test the exporters
alone while the analysis changes.  It holds every kind of record an exporter shows: a
dated and an undated article, a merged duplicate, an uncited article, summary points,
quotes (attributed with a role, unattributed), a timeline, key players, an empty
storyline, a load problem, undated articles left out, and hostile text: HTML tags,
Markdown and Obsidian specials, Rich markup and a terminal escape sequence.
"""

from __future__ import annotations

import datetime as dt

from briefing.model import (
    Article,
    Block,
    Brief,
    Dispute,
    DisputeSide,
    Passage,
    Player,
    Problem,
    Quote,
    Storyline,
    SummaryPoint,
    TimelineEvent,
)

GENERATED_AT = dt.datetime(2025, 11, 3, 6, 30, tzinfo=dt.timezone.utc)

HOSTILE = ('<script>alert("x")</script> The minister said *talks* were __over__ [bold]red[/bold] '
           "\x1b[31mALERT\x1b[0m & <b>more</b> | $5 or $10 ==marked== #tag %%hidden%% [[wiki]] `code`")


def _article(id: str, path: str, title: str, published: dt.date | None, outlet: str | None,
             url: str | None, text: str, **kw: object) -> Article:
    blocks = tuple(Block(i, "paragraph", t) for i, t in enumerate(text.split("\n\n")))
    return Article(id=id, path=path, title=title, published=published, outlet=outlet, url=url,
                   blocks=blocks, words=len(text.split()), content_hash=f"h-{id}", **kw)  # type: ignore[arg-type]


def fixture_brief() -> Brief:
    d1, d2, d3 = dt.date(2025, 11, 1), dt.date(2025, 11, 2), dt.date(2025, 11, 3)
    a1 = _article("a1", "news/summit.md", "Summit <em>called off</em> after *call*", d3,
                  "Daily <b>Planet</b>", "https://example.com/news/summit?id=1&lang=en",
                  "Officials cancelled the summit on Monday.\n\n" + HOSTILE)
    a2 = _article("a2", "news/wire.txt", "Ministers [bold]clash[/bold] over ceasefire terms", d2,
                  "Wire_Service", None, "The foreign ministers spoke by phone on 1 November 2025.",
                  copies=("a3",))
    a3 = _article("a3", "mirror/wire-copy.txt", "Ministers clash over ceasefire terms (copy)", d2,
                  "Mirror Site", "javascript:alert(1)", "The foreign ministers spoke by phone on 1 November 2025.",
                  duplicate_of="a2")
    a4 = _article("a4", "news/undated #1.txt", "1. Undated analysis - what next?", None, None, None,
                  "- Analysts expect new sanctions.\n\nThe envoy said “we will not move”, officials reported.")
    a5 = _article("a5", "news/background.txt", "Background: the road to the summit", d1, "Weekly Review",
                  "https://example.org/background", "The first summit took place in August.")
    articles = (a1, a2, a3, a4, a5)

    quotes = (
        Quote(text="“We will not move an inch on our demands,”", speaker="Sergey Lavrov", article="a2",
              paragraph=0, role="Foreign Minister", verb="said", key=True, storylines=("diplomacy",), score=3.0),
        Quote(text="we will not move", speaker=None, article="a4", paragraph=1, key=True,
              storylines=("diplomacy",), score=1.0),
        Quote(text="<i>No comment</i> [bold]at all[/bold]", speaker="Press <Office>", article="a1", paragraph=1,
              role="spokes*person*", key=True, storylines=("diplomacy",), score=0.5),
    )
    diplomacy = Storyline(
        key="diplomacy",
        title="Diplomacy & <Talks>",
        articles=("a5", "a2", "a3", "a1", "a4"),
        passages=(Passage("a1", 0, "Officials cancelled the summit on Monday.", 2.0),),
        summary=(
            SummaryPoint("The foreign ministers spoke by phone on 1 November 2025.", ("a2", "a3", "a1"),
                         "a2", 0, 2),
            SummaryPoint(HOSTILE, ("a1",), "a1", 1, 1),
            SummaryPoint("1. Analysts expect new sanctions - soon.", ("a4",), "a4", 0, 1, via="<FT> & [b]Co[/b]"),
            SummaryPoint("- # > Officials cancelled the summit on Monday.", ("a1", "a4"), "a1", 0, 2),
        ),
        headline="Ministers * call off <b>summit</b> & [bold]talks[/]",
        analysis=(SummaryPoint("Lisk clearly holds all the cards <now> & [i]then[/i].", ("a4",), "a4", 1, 1),),
        disputes=(Dispute((
            DisputeSide("cancelled", "Officials cancelled the summit on Monday.", ("a1", "a2"), "a1", 0),
            DisputeSide("postponed, <i>not</i> cancelled", "The summit was postponed, not cancelled, Peskov said.",
                        ("a3",), "a3", 0, "Peskov [red]x[/]"),
        ), about="<b>summit</b> [red]x[/]"),),
        quotes=(0, 1, 2),
        timeline=(
            TimelineEvent(d1, "The foreign ministers spoke by phone.", "a2", 0),
            TimelineEvent(d3, "Officials cancelled the summit <b>today</b>.", "a1", 0, sources=("a1", "a3")),
            TimelineEvent(dt.date(2025, 11, 21), "Dealings must wind down by the November 21 deadline.", "a2", 0),
        ),
        players=(
            Player("Sergey Lavrov", "person", "Foreign Minister", 4, ("a2", "a3")),
            Player("Daily_Planet*", "organisation", None, 1, ("a1",)),
        ),
        first=d2,
        last=d3,
    )
    quiet = Storyline(key="sanctions", title="Sanctions", articles=("a4",), passages=())
    found = Storyline(key="found-harbour-port", title="Harbour <port> [b]", articles=("a4",), passages=(),
                      found=True)
    return Brief(
        date=d3,
        generated_at=GENERATED_AT,
        articles=articles,
        storylines=(diplomacy, quiet, found),
        quotes=quotes,
        problems=(Problem("news/broken.json", "bad JSON: line 1 <col 2>"),),
        left_out_undated=2,
        left_out_other_days=3,
        stale=("a4",),
    )
