"""Sub-stories: the events a storyline's articles report, labelled from their own words."""

from __future__ import annotations

import random
import time

import pytest

from briefing.model import Passage
from briefing.storylines.substories import MAX_SUBSTORIES, MORE_LABEL, thread_substories
from briefing.storylines.vocabulary import Vocabulary, is_demonym, without_label

PORT = [
    ("p1", 0, "Drone attacks hit the Marlow port overnight, setting a tanker ablaze, officials said."),
    ("p1", 1, "Firefighters worked until dawn at the Marlow port, where two cranes collapsed."),
    ("p2", 3, "The Marlow port will stay closed for a week after the drone attack, the harbour master said."),
]
REFINERY = [
    ("r1", 4, "Missiles struck the Kestrel refinery near Dunmore, starting a large fire."),
    ("r2", 0, "Smoke rose over the Kestrel refinery on Sunday as crews fought the fire in Dunmore."),
    ("r3", 2, "Output at the Kestrel refinery fell by a third, the operator told reporters in Dunmore."),
]


def passages(rows: list[tuple[str, int, str]]) -> list[Passage]:
    return [Passage(a, i, t, 1.0) for a, i, t in rows]


def storyline_order(ps: list[Passage]) -> list[Passage]:
    return sorted(ps, key=lambda p: (p.article, p.paragraph))


def test_two_threads_are_told_apart_and_labelled_by_their_names() -> None:
    ps = storyline_order(passages(PORT + REFINERY))
    subs = thread_substories(ps)
    by_label = {s.label: {(p.article, p.paragraph) for p in s.passages} for s in subs}
    assert len(subs) == 2, by_label
    port = next(s for s in subs if "Marlow" in s.label)
    refinery = next(s for s in subs if "Kestrel" in s.label)
    assert {(p.article, p.paragraph) for p in port.passages} == {(a, i) for a, i, _ in PORT}
    assert {(p.article, p.paragraph) for p in refinery.passages} == {(a, i) for a, i, _ in REFINERY}
    assert port.label == "Marlow port" and refinery.label.startswith("Kestrel") and "refinery" in refinery.label
    assert refinery.articles == ("r1", "r2", "r3")


def test_every_passage_is_in_exactly_one_substory_in_storyline_order() -> None:
    ps = storyline_order(passages(PORT + REFINERY))
    subs = thread_substories(ps)
    seen = [p for s in subs for p in s.passages]
    assert sorted(seen, key=ps.index) == ps
    for s in subs:
        assert list(s.passages) == sorted(s.passages, key=ps.index)


def test_an_article_lends_all_its_passages_to_its_event() -> None:
    rows = [("a1", 0, "Missiles struck the Kestrel refinery near Dunmore overnight."),
            ("a1", 1, "The blaze burned for hours and the sky turned black."),
            ("a1", 2, "Crews from Ashby joined the firefighters at the plant, the council said.")]
    subs = thread_substories(passages(rows))
    assert len(subs) == 1 and [p.paragraph for p in subs[0].passages] == [0, 1, 2]


# two earthquakes of one kind: the same words ("quake", "magnitude", "rescuers"), other
# places, other figures (the kind of pair ECB+ holds: sentences written after its reports)
QUAKES = [
    ("q1", 0, "A magnitude 6.1 earthquake struck the island of Qeshm on Sunday, killing 3 people, officials said."),
    ("q2", 0, "The 6.1 quake on Qeshm island destroyed homes in 7 villages, the Red Crescent said."),
    ("q3", 0, "Rescuers searched the rubble on Qeshm after the 6.1 magnitude earthquake, state media said."),
    ("k1", 0, "A magnitude 5.4 earthquake hit near the port of Kaveh on Tuesday, injuring 40 people."),
    ("k2", 0, "Rescuers in Kaveh pulled 12 people from collapsed buildings after the 5.4 quake."),
    ("k3", 0, "The Kaveh earthquake of magnitude 5.4 damaged the port's cranes, the governor said."),
]


def test_two_events_of_one_kind_are_two_substories() -> None:
    subs = thread_substories(passages(QUAKES))
    groups = sorted(sorted(s.articles) for s in subs)
    assert groups == [["k1", "k2", "k3"], ["q1", "q2", "q3"]], [(s.label, s.articles) for s in subs]
    assert any("Qeshm" in s.label for s in subs) and any("Kaveh" in s.label for s in subs)


def test_an_articles_title_leads_its_event() -> None:
    rows = [("t1", 0, "Officials said the damage was severe."),
            ("t2", 0, "Rescuers were still at work in the villages, officials said.")]
    apart = thread_substories(passages(rows), titles={"t1": "Quake on Qeshm island", "t2": "Floods in Brill"})
    together = thread_substories(passages(rows), titles={"t1": "Quake on Qeshm island", "t2": "Qeshm island quake"})
    assert len(apart) == 2 and len(together) == 1


def test_biggest_first_and_small_ones_gathered_beyond_the_cap() -> None:
    rng = random.Random(3)
    places = [f"Town{chr(65 + i)}ville" for i in range(MAX_SUBSTORIES + 6)]
    rows = []
    for k, place in enumerate(places):
        for j in range(1 + (k == 3) * 4):
            rows.append((f"x{k}-{j}", 0, f"Flooding hit {place} on day {rng.randint(1, 9)}, closing the {place} bridge and school."))
    subs = thread_substories(passages(rows))
    assert len(subs) == MAX_SUBSTORIES and subs[-1].label == MORE_LABEL
    assert "TownDville" in subs[0].label and len(subs[0].passages) == 5
    assert sum(len(s.passages) for s in subs) == len(rows)


def test_labels_are_plain_words_only() -> None:
    rows = [("a", 0, "[bold red]Flash[/] \x1b[31m<script>Zorba</script> said the [link=x]Zorba[/link] pier burned."),
            ("b", 0, "The Zorba pier burned again; <b>Zorba</b> officials said [i]nothing[/i].")]
    for s in thread_substories(passages(rows)):
        assert all(ch.isalnum() or ch in " ,'’-" for ch in s.label), s.label
        assert 0 < len(s.label) <= 48


def test_labels_are_distinct() -> None:
    rows = [("a", 0, "Flooding hit Ashby, closing the bridge."), ("b", 0, "Flooding hit Ashby, closing the bridge again.")]
    rows += [("c", 0, "Flooding hit Ashby, closing the bridge today."), ("d", 0, "Voters in Brill elected a mayor.")]
    labels = [s.label for s in thread_substories(passages(rows))]
    assert len(labels) == len(set(labels))


def test_empty_storyline_has_no_substories() -> None:
    assert thread_substories([]) == ()


def test_names_and_openers() -> None:
    v = Vocabulary(["Drones were shot down near Kestrel.", "The drones hit Kestrel and Dunmore.", "Kestrel burned."])
    f = v.features("Drones hit Kestrel. Dunmore was calm.")
    assert set(f.names) == {"kestrel", "dunmore"}  # "Drones" opens a sentence and is written in lower case elsewhere
    assert f.names["dunmore"] == "Dunmore"  # a name run ends at a full stop
    assert set(f.words) == {"calm"}
    assert without_label("Sanctions as Pressure Tool: Targeting the banks.") == "Targeting the banks."
    assert without_label("Lavrov said: no.") == "Lavrov said: no."
    assert is_demonym("russian", {"russia"}) and is_demonym("ukrainian", {"ukraine"}) and not is_demonym("ryazan", {"russia"})


def test_threading_is_bounded_on_big_storylines() -> None:
    rng = random.Random(7)
    names = [f"Place{i}" for i in range(400)]
    words = "port bridge refinery school strike fire flood market vote court".split()
    ps = [Passage(f"a{i // 5}", i % 5, f"Officials in {rng.choice(names)} said the {rng.choice(words)} and "
                  f"the {rng.choice(words)} near {rng.choice(names)} were hit on day {i}.", 1.0) for i in range(6000)]
    t = time.perf_counter()
    subs = thread_substories(ps)
    assert time.perf_counter() - t < 6.0
    assert sum(len(s.passages) for s in subs) == len(ps) and len(subs) <= MAX_SUBSTORIES



def test_a_storylines_vocabulary_counts_rarity_over_its_own_texts_and_reads_each_text_once() -> None:
    brief = Vocabulary(["Drones struck Kestrel overnight.", "The Kestrel refinery burned.",
                        "Talks in Lisk stalled.", "Crews in Marlow fought fires."])
    texts = ["Drones struck Kestrel overnight.", "The Kestrel refinery burned.", "Officials said Dunmore was calm."]
    local = brief.within(texts)
    assert local.n == 3
    assert local.df["N:kestrel"] == 2 and local.df["W:refinery"] == 1
    assert local.idf("N:kestrel") < local.idf("N:dunmore")
    # a text the brief had not read is read once, by the brief, and remembered
    assert local.features(texts[2]) is brief.features(texts[2])
    assert brief.df["N:dunmore"] == 0  # the brief's rarity is its own


def test_a_storylines_vocabulary_knows_what_its_own_texts_write_only_in_lower_case() -> None:
    brief = Vocabulary(["The Strike Committee met in Lisk.", "A strike closed the port."])
    local = brief.within(["A strike closed the port of Lisk.", "The strike went on."])
    assert brief.sentence_case("Strike Closed The Port") == "Strike closed the port"  # "Strike" is a name there
    assert local.sentence_case("Strike Closed The Port") == "strike closed the port"
    assert local.sentence_case("Lisk Port Closed") == "Lisk port closed"


def test_texts_read_as_one_give_their_names_and_words_together() -> None:
    v = Vocabulary(["Crews in Kestrel fought fires.", "The refinery in Marlow burned."])
    f = v.joined(["Crews in Kestrel fought fires.", "The refinery in Marlow burned."])
    assert set(f.names) == {"kestrel", "marlow"}
    assert f.words["refinery"] == 1 and f.words["fire"] == 1


def test_a_report_worded_apart_joins_the_event_it_names_and_a_same_kind_one_stays_apart() -> None:
    rows = QUAKES + [
        ("q4", 0, "Families on Qeshm slept outdoors for a second night as aftershocks rattled the coast."),
        ("b1", 0, "A magnitude 4.9 earthquake struck near Bandar Lengeh on Monday, rescuers said."),
    ]
    by_articles = {s.articles for s in thread_substories(storyline_order(passages(rows)))}
    assert by_articles == {("q1", "q2", "q3", "q4"), ("k1", "k2", "k3"), ("b1",)}


@pytest.mark.parametrize(("span", "texts", "shown"), [
    ("Volkswagen AG", ["Volkswagen AG said output rose."], "Volkswagen"),
    ("Co Inc", ["Smith Co Inc said."], ""),
    ("Exchange Commission", ["It filed with the Securities and Exchange Commission on Monday."],
     "Securities and Exchange Commission"),
    ("Wireless Plc", ["Cable and Wireless Plc said its unit would expand."], "Cable and Wireless"),
    ("Kestrel refinery", ["Kestrel refinery and Ashby port."], "Kestrel refinery"),
    ("Reagan", ["Shultz and Reagan met."], "Reagan"),  # two people joined by "and" stay two
])
def test_a_name_in_a_label_drops_its_legal_form_and_keeps_its_and(span: str, texts: list[str], shown: str) -> None:
    from briefing.storylines.substories import _as_named

    assert _as_named(span, texts) == shown


@pytest.mark.parametrize(("a", "b", "shared"), [
    ({"N:qeshm": 0.4, "W:quake": 0.3}, {"N:qeshm": 0.2, "W:rubble": 0.5}, True),
    ({"N:corp": 0.4, "W:qtr": 0.3}, {"N:corp": 0.3, "W:net": 0.5}, False),  # "Corp": many companies
    ({"N:international": 0.4, "N:feb": 0.2}, {"N:international": 0.3, "N:feb": 0.5}, False),
    ({"W:quake": 0.4}, {"W:quake": 0.4}, False),  # the kind's words alone
])
def test_a_small_event_joins_only_through_a_name_of_its_own(a: dict[str, float], b: dict[str, float], shared: bool) -> None:
    from briefing.storylines.substories import _names

    assert bool(_names(a) & _names(b)) is shared


def test_a_small_event_joins_by_its_likeness_to_the_reports_it_shares_a_name_with() -> None:
    from briefing.storylines.substories import _join_small

    # reports 0-2 are one event; the follow-up names it (Qeshm) in other words than their
    # heaviest ones, so the first pass never compared it with them: it joins all the same
    event = [{"N:qeshm": 0.6, "W:aftershock": 0.6, "F:6.1": 0.53}, {"N:qeshm": 0.7, "W:rubble": 0.71},
             {"N:qeshm": 0.5, "N:bandar": 0.3, "W:tent": 0.81}]  # the last mentions Bandar in passing
    follow_up = {"N:qeshm": 0.3, "W:school": 0.95}
    # another quake, in Bandar: like the first report through the kind's word, but it shares a
    # name with the last one only, and is not like that one enough
    elsewhere = {"N:bandar": 0.7, "W:aftershock": 0.71}
    unlike = {"N:qeshm": 0.05, "W:budget": 0.99}  # names it in passing
    groups = _join_small([[0, 1, 2], [3], [4], [5]], [*event, follow_up, elsewhere, unlike])
    assert groups == [[0, 1, 2, 3], [4], [5]]


def test_a_thread_whose_words_give_no_label_is_never_called_like_the_gathered_rest() -> None:
    from briefing.storylines.substories import UNLABELLED, label_for

    vocab = Vocabulary(["the and of"])
    first = label_for([], vocab, set(), [])
    second = label_for([], vocab, {first.casefold()}, [])
    assert first == UNLABELLED and second != first and MORE_LABEL not in (first, second)


def test_a_label_is_never_made_of_the_words_of_figures_and_dates() -> None:
    from briefing.storylines.substories import label_for

    texts = ["Quarterly results rose 3 billion dlrs this year, an increase, the company said.",
             "Results for the year rose to 2 billion dlrs, up from last year.",
             "The results beat forecasts: sales rose a billion dlrs in the year."]
    background = texts + [f"Rain fell in town {i} on the coast." for i in range(6)]
    vocab = Vocabulary(background)
    label = label_for([vocab.features(t) for t in texts], vocab, set(), texts, name_share=0.5)
    assert "result" in label.casefold()
    assert not {"year", "billion", "rose", "increase"} & set(label.casefold().split())


def test_a_thread_of_figures_words_alone_is_still_named_by_them() -> None:
    from briefing.storylines.substories import UNLABELLED

    texts = ["Totals rose in the year.", "The total for the year rose.", "A year of rising totals."]
    label = _storyline_label(texts)
    assert label != UNLABELLED and label.strip()


def test_a_label_of_two_words_keeps_the_order_the_reports_write_them_in() -> None:

    texts = ["Mobil raised its pump prices in Singapore on Monday, traders said.",
             "Shell followed and set new pump prices from Tuesday; the prices apply to all grades.",
             "Caltex said its pump prices would rise by two cents."]
    label = _storyline_label(texts)
    assert label.casefold() == "pump prices"


def test_a_label_in_the_written_order_that_another_thread_has_gives_way_to_the_next_word() -> None:
    from briefing.storylines.substories import label_for

    texts = ["mobil raised its pump prices in singapore on monday, the company said.",
             "shell set new pump prices from tuesday; the prices apply to all grades, the company said.",
             "caltex said its pump prices for diesel would rise, the company said."]
    vocab = Vocabulary(texts + [f"Rain fell in town {i} on the coast." for i in range(6)])
    features = [vocab.features(t) for t in texts]
    first = label_for(features, vocab, set(), texts)
    again = label_for(features, vocab, {first.casefold()}, texts)
    assert first.casefold() == "pump prices"
    assert again.casefold() != first.casefold() and not again[-1].isdigit()  # another word, not "Pump prices 2"


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_name_cut_short_by_its_possessive_is_labelled_whole(apostrophe: str) -> None:
    from briefing.storylines.substories import _as_named

    texts = [t.replace("'", apostrophe) for t in (
        "Standard and Poor's Corp said it downgraded the debt of Texaco Inc.",
        "Ratings agency Standard and Poor's said it may downgrade the debt of Allegheny International.",
        "Standard and Poor's Corp affirmed the debt ratings of Chrysler Corp.")]
    label = _storyline_label(texts)
    assert label.startswith(f"Standard and Poor{apostrophe}s"), label
    # either half of the name, whichever leads
    vocab = Vocabulary(texts + [f"Rain fell in town {i} on the coast." for i in range(6)])
    assert _as_named("Poor", texts, vocab.names_seen) == f"Standard and Poor{apostrophe}s"
    assert _as_named("Standard", texts, vocab.names_seen) == f"Standard and Poor{apostrophe}s"


def test_a_name_written_alone_as_often_is_not_joined_to_a_neighbour() -> None:

    texts = ["China raised its steel production by a fifth, officials said.",
             "Iran and China's production of steel rose in the year.",
             "China said production at its steel plants would rise again."]
    label = _storyline_label(texts)
    assert label.startswith("China"), label



def test_a_common_noun_opening_a_sentence_is_not_made_part_of_a_name() -> None:

    texts = ["Unions and Boeing's managers agreed a new contract for machinists on Monday.",
             "Unions and Boeing's managers will put the pay deal to a vote on Wednesday.",
             "Machinists at Boeing will vote on the contract offer on Wednesday."]
    label = _storyline_label(texts)
    assert "Unions" not in label and label.startswith("Boeing"), label


def _storyline_label(texts: list[str]) -> str:
    """A found storyline's label for ``texts``, among six reports of something else."""
    from briefing.storylines.substories import label_for

    vocab = Vocabulary(texts + [f"Rain fell in town {i} on the coast." for i in range(6)])
    return label_for([vocab.features(t) for t in texts], vocab, set(), texts, name_share=0.5)
