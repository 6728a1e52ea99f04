"""The writer's judgement is analysis, not a reported fact; a judgement someone is reported to
make stays a report."""

from __future__ import annotations

import pytest

from briefing.text.opinion import is_analysis


@pytest.mark.parametrize(
    "sentence",
    [
        "Lisk knows it is in the driver's seat on the ground, despite the raids on its depots.",
        "No one will be happier at this news than the former envoy, who opposed the treaty.",
        "The cancellation reveals persistent tensions between the two capitals over the border.",
        "Valdoria wants to signal to Castria that its defences are close to collapse.",
        "The real question is whether the truce survives the winter.",
        "Ironically, the port that was attacked had just reopened to grain ships.",
        "The ministry will almost certainly extend the ban into next year.",
        "Lisk seems to want to keep dialogue with Castria as positive as possible, while downplaying disagreements.",
    ],
)
def test_the_writers_judgement_is_analysis(sentence: str) -> None:
    assert is_analysis(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # reports of events
        "Police arrested two men in Tesk on Sunday after the warehouse fire.",
        "Markings on the missile were clearly visible in photographs from the site.",
        "Exports of grain fell by 40 percent in September, the trade ministry said.",
        # judgements someone is reported to make
        "Lisk knows it is in the driver's seat, a senior diplomat said.",
        "According to analysts, the cancellation reveals persistent tensions in the region.",
        "Finance Minister Anna Vetrova was quoted as saying growth will probably be about two pct.",
        "The minister seems to want a deal, an aide told reporters.",
        # someone's words
        "“There is no doubt they could be used against shipping,” he told reporters.",
    ],
)
def test_reports_and_attributed_judgements_are_not(sentence: str) -> None:
    assert not is_analysis(sentence)
