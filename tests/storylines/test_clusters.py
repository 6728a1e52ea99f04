"""Grouping units by similarity: average linkage holds a group together as a whole."""

from __future__ import annotations

from briefing.storylines.clusters import attach, average_linkage, cosine, neighbours, unit_vector
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


def test_marks_keep_two_reports_with_their_own_names_apart() -> None:
    vectors = [{"W:quake": 0.8, "N:qeshm": 0.6}, {"W:quake": 0.8, "N:kaveh": 0.6}, {"W:quake": 1.0}]
    assert (0, 1) in neighbours(vectors)
    marked = neighbours(vectors, [frozenset({"qeshm"}), frozenset({"kaveh"}), frozenset()])
    assert (0, 1) not in marked and (0, 2) in marked and (1, 2) in marked
