"""Counts of things a sentence gives ("20 Ukrainian drones"), never amounts, rates, dates or ages."""

from __future__ import annotations

import pytest

from briefing.summaries.counts import counts, differing


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Russia said 20 Ukrainian drones targeted the Ryazan region.", [("20", "drone", "20 Ukrainian drones")]),
        ("The attacks left nearly 60,000 people without power.", [("60000", "people", "60,000 people")]),
        ("Officials claim that five drone strikes were executed.", [("5", "strike", "five drone strikes")]),
        ("At least 12 people were killed and 30 injured.", [("12", "people", "12 people")]),
        ("The quake struck Qeshm island, home to 120, 000 people.", []),  # "000" is no count
        ("It earned 35 mln dlrs, or 1.5 dlrs a share, after Oct 20 talks.", []),  # money, a decimal, a date
        ("Exports were 2.33 million barrels per day, 20 percent more; four industry sources said so.", []),
        ("Fabio Sementilli, 49, was found dead; the 49-year-old lived there in the 20th century.", []),
        ("It will use the money for its planned acquisition of 10 Red Lion hotels.", [("10", "hotel", "10 Red Lion hotels")]),
    ],
)
def test_counts(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(c.value, c.counted, c.shown) for c in counts(text)] == found


def test_differing_needs_the_same_thing_counted_the_same_act_and_not_the_others_number() -> None:
    a = counts("Russia said 20 Ukrainian drones were downed.")
    b = counts("Kyiv said 25 drones were downed overnight.")
    assert differing(a, b) == (a[0], b[0]) and (a[0].act, b[0].said) == ("downed", "downed")
    assert differing(a, counts("Kyiv said 25 missiles were downed.")) is None  # another thing
    assert differing(a, counts("Kyiv said 25 drones were launched.")) is None  # another act
    # one account gives both numbers (20 of 121): the other's 20 is among them
    assert differing(counts("20 drones of 121 drones were downed."), counts("20 drones were downed.")) is None


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("At least 12 people were killed in the blast.", "die"),  # after the count, past auxiliaries
        ("The quake struck the island, killing at least seven people.", "die"),  # before it, past bounds
        ("Fifty-two senators voted for the bill and 48 senators voted against it.", "elect against"),  # (a vote)
        ("Clinton needs 67 delegates to reach the number needed to win.", None),  # no act done to them
        ("The bomb killed 12 people, wounding dozens more.", "die"),  # the act stays within the count's clause
        ("The bomb killed 12 people, including three children.", "die"),
        ("Four soldiers shot 12 protesters in the square.", "shoot"),  # the protesters were shot
        ("Four soldiers shot the protesters in the square.", "by shoot"),  # the soldiers did the shooting
        ("Twelve people are dead after the blast.", "die"),
        ("Rescuers found 40 bodies in the rubble.", "found"),
        ("The bombing left 40 people homeless.", None),  # "left" is no act done to them
        ("12 people died Tuesday when a bus crashed.", "die"),  # a day after the verb is no object
        ("The 12 people killed Tuesday in the market bombing were buried.", "die"),  # a bare participle: done to them
    ],
)
def test_the_act_a_count_goes_with(text: str, act: str | None) -> None:
    assert counts(text)[-1].act == act


def test_a_share_is_no_count() -> None:
    assert counts("Nine in 10 Democratic registered voters say she could win.") == ()
