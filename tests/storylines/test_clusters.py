"""Grouping units by similarity: average linkage holds a group together as a whole."""

from __future__ import annotations

from briefing.storylines.clusters import attach, average_linkage, cosine, neighbours, regroup, unit_vector
from briefing.storylines.vocabulary import Vocabulary


def test_average_linkage_does_not_chain() -> None:
    # 0 and 1 are alike, 1 and 2 somewhat; 0 and 2 not at all: 2 is not pulled in through 1
    sims = {(0, 1): 0.9, (1, 2): 0.5}
    assert average_linkage(3, sims, 0.4) == [[0, 1], [2]]
    # a single strong link still joins two units on their own
    assert average_linkage(3, {(1, 2): 0.5}, 0.4) == [[0], [1, 2]]


def test_average_linkage_merges_a_whole_group_and_stops_at_the_threshold() -> None:
    sims = {(0, 1): 0.6, (0, 2): 0.5, (1, 2): 0.55, (2, 3): 0.1, (3, 4): 0.7}
    assert average_linkage(5, sims, 0.3) == [[0, 1, 2], [3, 4]]
    assert average_linkage(5, sims, 0.65) == [[0], [1], [2], [3, 4]]
    assert average_linkage(0, {}, 0.3) == []


def test_attach_joins_small_groups_to_the_big_group_they_are_like() -> None:
    groups = [[0, 1, 2], [3], [4]]
    sims = {(0, 3): 0.3, (1, 3): 0.3, (2, 3): 0.3, (0, 4): 0.01}
    big, left = attach(groups, sims, 3, 0.1)
    assert big == [[0, 1, 2, 3]] and left == [4]


def test_vectors_weigh_rare_names_and_figures() -> None:
    texts = ["A 6.1 quake hit Qeshm island.", "The quake hit Kaveh port.", "A 6.1 quake shook Qeshm again.",
             "Officials said the quake was strong.", "The quake damaged homes, officials said."]
    vocab = Vocabulary(texts)
    v = [unit_vector([t], vocab, lead=1, name_weight=2.0, figures=True) for t in texts]
    assert "N:qeshm" in v[0] and "F:6.1" in v[0]
    assert "W:quake" not in v[0]  # every text says it: it tells nothing apart
    assert cosine(v[0], v[2]) > cosine(v[0], v[1])


def test_only_units_that_share_a_heavy_key_are_compared() -> None:
    vectors = [{"N:qeshm": 0.9, "W:quake": 0.4}, {"N:qeshm": 0.8, "W:rubble": 0.6}, {"N:kaveh": 1.0}]
    sims = neighbours(vectors)
    assert set(sims) == {(0, 1)} and abs(sims[0, 1] - 0.72) < 1e-9


def test_the_briefs_main_actors_mark_no_event() -> None:
    # "Ruritania" is in a third of the brief: rare among a storyline's passages, it still tells
    # one of its events from another no better than "Borduria" does
    brief = Vocabulary([f"Accusations flew on day {i}, Ruritania said." for i in range(10)]
                       + [f"Prices rose in Zenda on day {i}." for i in range(20)])
    local = Vocabulary(["Drones struck Marlow, officials in Ruritania said.", "Crews in Kestrel fought fires.",
                        "Ships left the Marlow port.", "The Kestrel refinery burned."])
    text = ["Drones struck Marlow, officials in Ruritania said."]
    assert "N:ruritania" in unit_vector(text, local, lead=1, name_weight=2.0, background=brief)
    cut = unit_vector(text, local, lead=1, name_weight=2.0, background=brief, actors=0.25)
    assert "N:ruritania" not in cut and "N:marlow" in cut


def test_attach_by_the_nearest_unit_and_in_any_order() -> None:
    groups = [[0, 1, 2], [3], [4]]
    # 4 is far from the group on average but very close to one of its articles
    big, left = attach(groups, {(0, 4): 0.5}, 3, 0.2, nearest=0.4)
    assert big == [[0, 1, 2, 4]] and left == [3]
    assert attach(groups, {(0, 4): 0.5}, 3, 0.2) == ([[0, 1, 2]], [3, 4])
    # whether 3 joins first does not change whether 4 may
    with_3 = attach(groups, {(0, 3): 0.9, (0, 4): 0.16}, 3, 0.05)
    without_3 = attach([[0, 1, 2], [4]], {(0, 4): 0.16}, 3, 0.05)
    assert 4 in with_3[0][0] and 4 in without_3[0][0]


def test_attach_reads_the_mean_from_every_member_when_given_the_vectors() -> None:
    # 3 shares no heading key with the group's members, so no pair of it was compared; its mean
    # likeness to them is high all the same, and is read through the sum of their vectors
    vectors = [{"N:qeshm": 0.8, "W:quake": 0.6}, {"N:qeshm": 0.6, "W:rubble": 0.8}, {"N:qeshm": 1.0},
               {"N:qeshm": 0.5, "W:school": 0.866}, {"W:budget": 1.0}]
    groups = [[0, 1, 2], [3], [4]]
    sims = {(0, 1): 0.48, (0, 2): 0.8, (1, 2): 0.6}
    assert attach(groups, sims, 3, 0.2) == ([[0, 1, 2]], [3, 4])
    assert attach(groups, sims, 3, 0.2, vectors=vectors) == ([[0, 1, 2, 3]], [4])
    assert attach(groups, sims, 3, 0.6, vectors=vectors) == ([[0, 1, 2]], [3, 4])  # mean 0.4: not enough


def test_average_linkage_of_groups_weighs_each_by_its_size() -> None:
    # three groups of 2, 2 and 1 units; summed similarities over their pairs of units
    summed = {(0, 1): 1.2, (1, 2): 0.5}  # means 0.3 and 0.25
    assert average_linkage(3, summed, 0.28, sizes=[2, 2, 1]) == [[0, 1], [2]]
    # once 0 and 1 are one group of 4, 2 is like it 0.5 / 4 on average
    assert average_linkage(3, summed, 0.12, sizes=[2, 2, 1]) == [[0, 1, 2]]


def test_regroup_merges_groups_alike_over_every_pair_of_their_units() -> None:
    results = [{"W:net": 0.8, "W:qtr": 0.6}, {"W:net": 0.6, "W:qtr": 0.8}, {"W:net": 1.0},
               {"W:qtr": 1.0}, {"W:wheat": 1.0}, {"W:wheat": 0.8, "W:tonne": 0.6}, {"W:tonne": 1.0}]
    # the first pass compared few pairs: one subject split in two, each pair alike 0.6 or more
    groups = [[0, 1], [2, 3], [4, 5], [6]]
    assert regroup(groups, results, 0.5) == [[0, 1, 2, 3], [4, 5], [6]]
    assert regroup(groups, results, 0.9) == groups  # not alike enough on average
    assert regroup(groups, results, 0.5, min_size=3) == groups  # only groups of 3 or more
