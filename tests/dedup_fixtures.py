"""A wire story and its re-publications, one per kind of edit outlets make (test data)."""

from __future__ import annotations

import textwrap

HEADLINE = "Port strike halts grain exports as talks stall"
PARAGRAPHS = [
    "Dock workers at the country’s largest grain port walked off the job on Monday, halting "
    "exports of wheat and maize after talks over pay and night-shift safety broke down late on Sunday.",
    "The union said about 4,200 members had joined the stoppage and that loading at all eleven "
    "berths had stopped by mid-morning, leaving at least 19 bulk carriers waiting offshore.",
    "“We did not choose this strike, the operators chose it when they walked away from the "
    "table,” union secretary Maria Okafor told reporters outside the main gate.",
    "The port operator said it had offered a 6 percent raise over two years and new lighting on "
    "the night docks, and called the walkout unlawful because notice had not been given in time.",
    "Traders said the stoppage, if it lasts more than a week, could lift regional wheat prices "
    "already pushed higher by a dry summer and by higher freight insurance in the region.",
    "The labour ministry said a mediator would meet both sides on Wednesday and urged the union "
    "to let ships carrying humanitarian cargo leave while the dispute continues.",
]
EXTRA = (
    "Farmers’ groups warned that silos inland were close to full after a record harvest and that "
    "growers could be forced to sell at a loss if the port stayed shut into next month."
)


def render(title: str, date: str, paragraphs: list[str]) -> str:
    return f"{title}\n{date}\n\n" + "\n\n".join(paragraphs) + "\n"


def original() -> str:
    return render(HEADLINE, "2025-11-03", PARAGRAPHS)


def _swap(paragraphs: list[str], pairs: list[tuple[str, str]]) -> list[str]:
    out = list(paragraphs)
    for old, new in pairs:
        out = [p.replace(old, new, 1) for p in out]
    return out


def republications() -> dict[str, str]:
    """Kind of edit -> the text of a copy with that edit."""
    p = PARAGRAPHS
    return {
        "headline": render("Grain shipments frozen by dockers’ walkout", "2025-11-03", p),
        "update_prefix": render("UPDATE 1-" + HEADLINE, "2025-11-03", p),
        "dateline": render(HEADLINE, "2025-11-03", ["ODESA (Reuters) - " + p[0]] + p[1:]),
        "byline": render(HEADLINE, "2025-11-03", ["By Jonas Whitfield and Priya Raman"] + p),
        "footer": render(HEADLINE, "2025-11-03", p + ["(Reporting by Jonas Whitfield; Editing by Alex Richardson)",
                                                      "© 2025 Harbour Times. Share this article"]),
        "trimmed_last": render(HEADLINE, "2025-11-03", p[:-1]),
        "added_paragraph": render(HEADLINE, "2025-11-04", p[:4] + [EXTRA] + p[4:]),
        "word_swaps": render(HEADLINE, "2025-11-03", _swap(p, [("walked off", "left"), ("halting", "stopping"),
                                                                ("waiting offshore", "idle offshore"),
                                                                ("urged", "asked")])),
        "typos": render(HEADLINE, "2025-11-03", _swap(p, [("exports", "exprots"), ("members", "memebrs"),
                                                           ("reporters", "reporetrs"), ("mediator", "meditaor")])),
        "straight_quotes": render(HEADLINE, "2025-11-03",
                                  [x.replace("“", '"').replace("”", '"').replace("’", "'") for x in p]),
        "rewrapped": render(HEADLINE, "2025-11-03", ["\n".join(textwrap.wrap(x, 64)) for x in p]),
        "everything": render("UPDATE 2-Dockers halt grain exports", "2025-11-04",
                             ["By Priya Raman", "ODESA, Nov 3 (AP) — " + p[0].replace("’", "'")]
                             + ["\n".join(textwrap.wrap(x, 70)) for x in p[1:-1]]
                             + ["Copyright 2025 AP. All rights reserved."]),
    }


# The same strike, written separately: same names, figures and a shared quote, different prose.
SEPARATE = render(
    "Grain port at a standstill",
    "2025-11-03",
    [
        "Nothing moved at the grain terminals on Monday. Some 4,200 dockers stayed away in a dispute "
        "over wages and lighting on the night shift, and by noon 19 ships sat at anchor in the bay.",
        "“We did not choose this strike, the operators chose it when they walked away from the "
        "table,” union secretary Maria Okafor told reporters outside the main gate.",
        "Management says its offer of 6 percent across two years was fair and that the union broke "
        "the law on notice. A government mediator is due to meet the two sides on Wednesday.",
        "Grain merchants expect prices to climb if the dispute drags on, after a drought summer "
        "already squeezed supplies and insurers raised premiums for ships in the area.",
    ],
)
