"""Each quotation case of issue #5, on articles the tests write."""

from __future__ import annotations

import pytest

from briefing.model import Quote
from briefing.quotes.extract import extract_quotes


@pytest.fixture
def quotes(make, repo_config):  # type: ignore[no-untyped-def]
    def _quotes(text: str, title: str = "A headline") -> list[Quote]:
        return extract_quotes([make(text, title=title)], repo_config)

    return _quotes


def speakers(qs: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in qs]


LAVROV = "Russian Foreign Minister Sergey Lavrov spoke in Moscow on Tuesday.\n\n"


def test_curly_and_straight_double_quotes(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(LAVROV + "“We will not move an inch,” Lavrov said. \"Nothing at all has changed,\" Lavrov added.")
    assert speakers(qs) == [("We will not move an inch", "Sergey Lavrov"), ("Nothing at all has changed", "Sergey Lavrov")]
    assert [q.verb for q in qs] == ["said", "added"]
    assert all(q.key for q in qs)


def test_a_quote_of_several_sentences_is_one_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(LAVROV + "“We are ready. We have always been ready. The ball is in their court,” Lavrov said.")
    assert speakers(qs) == [("We are ready. We have always been ready. The ball is in their court", "Sergey Lavrov")]


def test_split_quote_around_its_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(LAVROV + "“Our position has not changed,” Lavrov said. “It remains exactly what it was in Alaska.”")
    assert [q.speaker for q in qs] == ["Sergey Lavrov", "Sergey Lavrov"]
    assert qs[1].text == "It remains exactly what it was in Alaska."


def test_split_quote_does_not_cross_to_another_person(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(LAVROV + "“Our position has not changed,” Lavrov said. Marco Rubio, the secretary of state, disagreed. "
                "“That is simply not what we heard.”")
    assert qs[1].speaker != "Sergey Lavrov"


def test_continuation_paragraph_inherits_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(LAVROV + "“We remain faithful to this formula,” Lavrov said.\n\n"
                "“Nothing will change that, whatever Washington decides next.”")
    assert [q.speaker for q in qs] == ["Sergey Lavrov", "Sergey Lavrov"]
    assert qs[1].paragraph == qs[0].paragraph + 1


def test_a_quote_running_over_paragraphs_newsroom_style(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(LAVROV + "Lavrov said: “We have been patient for a very long time.\n\n"
                "“But patience has its limits, and they have been reached.”")
    assert speakers(qs) == [("We have been patient for a very long time.", "Sergey Lavrov"),
                            ("But patience has its limits, and they have been reached.", "Sergey Lavrov")]


def test_a_new_paragraph_about_someone_else_does_not_inherit(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(LAVROV + "“We remain faithful to this formula,” Lavrov said. Then US President Donald Trump spoke.\n\n"
                "“It was a very good call with many good points.”")
    assert qs[1].speaker != "Sergey Lavrov"


@pytest.mark.parametrize("text, speaker, verb", [
    ("Lavrov said: “The talks are over for now, it seems.”", "Sergey Lavrov", "said"),
    ("In an interview, Lavrov answered the question, stating, “The talks are over for now, it seems.”",
     "Sergey Lavrov", "stating"),
    ("“The talks are over for now, it seems,” he stated.", "Sergey Lavrov", "stated"),
    ("“The talks are over for now, it seems,” said Lavrov.", "Sergey Lavrov", "said"),
    ("“The talks are over for now, it seems,” Foreign Minister Lavrov added.", "Sergey Lavrov", "added"),
    ("“The talks are over for now, it seems,” Mr. Lavrov remarked on Tuesday.", "Sergey Lavrov", "remarked"),
    ("Lavrov told reporters that “the talks are over for now, it seems.”", "Sergey Lavrov", "told"),
])
def test_attribution_before_and_after(quotes, text: str, speaker: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(LAVROV + text)
    assert [(q.speaker, q.verb) for q in qs] == [(speaker, verb)]
    assert qs[0].role == "Russian Foreign Minister"


@pytest.mark.parametrize("verb", ["said", "told reporters", "stated", "added", "remarked", "emphasized", "warned",
                                  "insisted", "tweeted", "wrote", "declared", "stressed", "argued", "noted"])
def test_broad_speech_verbs(quotes, verb: str) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(f"“There will be no deal without real security guarantees,” Ukrainian President Volodymyr Zelensky {verb}.")
    assert qs[0].speaker == "Volodymyr Zelensky"
    assert qs[0].verb == verb.split()[0]
    assert qs[0].role == "Ukrainian President"


def test_pronoun_resolves_to_the_person_of_the_paragraph_before(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Russian President Vladimir Putin spoke after meeting the envoy.\n\n"
                "Mr. Putin praised his American counterpart, citing Mr. Trump’s recent offer of talks.\n\n"
                "“It is more sensible for us to meet and to talk calmly,” he stated.")
    assert qs[0].speaker == "Vladimir Putin"


def test_pronoun_in_the_same_sentence(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("In a statement from Kremlin spokesman Dmitry Peskov, reported by TASS, he emphasized that there is "
                "“no need” for a summit, and “no reason to hurry at all.”")
    assert [q.speaker for q in qs] == ["Dmitry Peskov", "Dmitry Peskov"]
    assert [q.key for q in qs] == [False, False]  # a scare quote and a fragment of the sentence


def test_it_resolves_to_an_organisation(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("The Kremlin issued a statement late on Friday.\n\n“The summit is postponed, not cancelled,” it said.")
    assert qs[0].speaker == "Kremlin"


@pytest.mark.parametrize("who, canonical", [
    ("Mr. Putin", "Vladimir Putin"), ("President Putin", "Vladimir Putin"), ("Putin", "Vladimir Putin"),
    ("Secretary of State Rubio", "Marco Rubio"), ("Mr. Rubio", "Marco Rubio"),
])
def test_titles_and_honorifics_give_the_full_name(quotes, who: str, canonical: str) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Russian President Vladimir Putin and US Secretary of State Marco Rubio both spoke.\n\n"
                f"“We are not in a hurry to meet anyone,” {who} said.")
    assert qs[0].speaker == canonical


@pytest.mark.parametrize("who, speaker", [
    ("the White House", "White House"), ("the Kremlin", "Kremlin"),
    ("Russia's Defence Ministry", "Russia's Defence Ministry"), ("the Pentagon", "Pentagon"),
])
def test_organisations_as_speakers(quotes, who: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(f"“Six drones were shot down over the region overnight,” {who} said.")
    assert qs[0].speaker == speaker
    assert qs[0].key


def test_defence_ministry_spellings_are_one_organisation(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Russia’s Defence Ministry reported an attack.\n\n"
                "“Six drones were shot down over the region,” the Russian Defense Ministry said.")
    assert qs[0].speaker == "Russia’s Defence Ministry"


@pytest.mark.parametrize("text, role", [
    ("Trump “was not impressed with their position,” FT quoted one source as saying.", "source quoted by FT"),
    ("“The meeting would have been a waste of time,” a senior official told Reuters.", "senior official"),
    ("“The meeting would have been a waste of time,” one source said.", "source"),
    ("“The meeting would have been a waste of time,” said a Kremlin official.", "Kremlin official"),
])
def test_reported_sources_are_unnamed_sources(quotes, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(text)
    assert qs[0].speaker == "unnamed source"
    assert qs[0].role == role
    assert qs[0].key is qs[0].text[:1].isupper()  # a whole sentence is key; “was not impressed …” a fragment


def test_according_to(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("According to the White House, following the call, Washington decided that “there are no plans for "
                "a meeting in the near future.”")
    assert qs[0].speaker == "White House"
    assert qs[0].verb == "according to"
    qs = quotes("“There are no plans for a meeting in the near future,” according to the White House.")
    assert qs[0].speaker == "White House"


def test_sentence_final_attribution_after_other_words(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Ukraine has acknowledged the “catastrophic situation” faced by its troops, the Russian Defence "
                "Ministry has said.")
    assert qs[0].speaker == "Russian Defence Ministry"


def test_two_quotes_share_the_attribution_of_their_sentence(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Ukrainian Foreign Ministry spokesman Georgy Tikhy spoke on Thursday.\n\n"
                "Going there would be “a violation of our own legislation” that would have “long-term reputational "
                "and legal consequences,” Tikhy said.")
    assert [q.speaker for q in qs] == ["Georgy Tikhy", "Georgy Tikhy"]
    assert qs[0].role == "Ukrainian Foreign Ministry spokesman"


def test_scare_quotes_and_fragments_are_kept_but_not_key(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Moscow wants to address the “root causes” of the war. Trump called it a “wasted meeting.” "
                "The report says this 'annoyed' the president.")
    assert [q.text for q in qs] == ["root causes", "wasted meeting.", "annoyed"]
    assert not any(q.key for q in qs)


def test_an_unattributed_long_quote_is_not_key(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("The city is famously known as the “Gateway to the whole of Alaska and beyond.”")
    assert qs[0].speaker is None and not qs[0].key


def test_a_new_sentence_after_a_quote_is_not_its_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("“We will never accept a frozen conflict on these terms.” Donald Trump then left for Asia.")
    assert qs[0].speaker is None


def test_a_participle_clause_breaks_the_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Officials said Russia would not compromise, leading Trump to postpone the summit, labelling it a "
                "“wasted meeting.”")
    assert qs[0].speaker is None


def test_owned_speech_noun(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("President Donald Trump left Alaska without concessions, despite his declaration that Russian "
                "President Vladimir Putin “wants peace.”")
    assert qs[0].speaker == "Donald Trump"


def test_role_anaphora(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Ukrainian President Volodymyr Zelensky visited Washington on Friday.\n\n"
                "“We need the missiles before winter comes,” the Ukrainian leader said.")
    assert qs[0].speaker == "Volodymyr Zelensky"


def test_headline_and_heading_quotes_are_not_quotes(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    art = make("Russia Rejects “Peace Signals” from Washington\n\n"
               "Lavrov spoke to reporters in Moscow on Tuesday about the summit.\n\n"
               "Russia Rejects “Peace Signals” from Washington\n\n"
               "Talks Stall As Kremlin Says “No Need” For Summit\n\n"
               "The minister left soon after.",
               title="Russia Rejects “Peace Signals” from Washington")
    assert any(b.kind == "heading" for b in art.blocks)
    assert extract_quotes([art], repo_config) == []


@pytest.mark.parametrize("text", [
    "He shouldn't have said it; the country's leaders weren't there, nor were the boys' teams.",
    "Kyiv has long been the centre of Kyivan Rus’ and of the region's culture.",
    "The guard is 5'11\" tall and carries a 12\" baton.",
    "The talks began in the '90s and stalled in the 2010s' last years.",
    "The unbalanced “quote never ends in this paragraph at all.",
    "Another unbalanced quote ends” here without ever opening.",
    "A stray \" straight mark sits here alone.",
])
def test_things_that_are_not_quotations(quotes, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(text) == []


def test_nested_single_quotes_stay_inside_their_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("“They called it a ‘special operation’ for years, and still do,” Lavrov said.")
    assert [q.text for q in qs] == ["They called it a ‘special operation’ for years, and still do"]


def test_british_single_quotes(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("‘We are ready to talk at any time,’ said Sir Keir Starmer, the prime minister.")
    assert speakers(qs) == [("We are ready to talk at any time", "Keir Starmer")]


def test_text_is_exact_and_unsafe_characters_never_come_from_elsewhere(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("“Drones hit [bold]the port[/bold] <b>again</b> overnight,” the governor said.")
    assert qs[0].text == "Drones hit [bold]the port[/bold] <b>again</b> overnight"


def test_name_particles_and_asides(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("“This is a strong signal to Moscow,” European Commission President Ursula von der Leyen told "
                "reporters.\n\n"
                "Von der Leyen later added: “The reparations loan is the most effective way to help.”\n\n"
                "A senior EU diplomat, speaking on condition of anonymity, said talks were stuck in “endless haggling "
                "over every single word.”\n\n"
                "The head of NATO, Mark Rutte, said in a statement that the alliance “stands shoulder to shoulder "
                "with Ukraine.”\n\n"
                "Friedrich Merz, who attended in person, said: “We cannot wait any longer for Washington.”")
    assert [(q.speaker, q.role) for q in qs] == [
        ("Ursula von der Leyen", "European Commission President"),
        ("Ursula von der Leyen", "European Commission President"),
        ("unnamed source", "senior EU diplomat"),
        ("Mark Rutte", None),
        ("Friedrich Merz", None),
    ]


def test_plural_sources_at_a_sentence_start_and_appositive_roles(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Analysts said the strikes were “starting to bite into the budget.”\n\n"
                "Col. Viktor Trehubov, a spokesman for Ukrainian forces in the east, told reporters that the "
                "situation was “difficult but fully under control.”")
    assert [(q.speaker, q.role) for q in qs] == [
        ("unnamed source", "Analysts"),
        ("Viktor Trehubov", "spokesman for Ukrainian forces in the east"),
    ]


@pytest.mark.parametrize("text, speaker, role", [
    ("“The talks were frank and useful for both sides,” a statement from the Kremlin said.", "Kremlin", None),
    ("“It is a disgrace and a provocation by the West,” Maria Zakharova, the Russian foreign ministry "
     "spokeswoman, said.", "Maria Zakharova", "Russian foreign ministry spokeswoman"),
    ("“We are close,” Lavrov said, “but we are not there yet at all.”", "Lavrov", None),
])
def test_statements_asides_and_a_quote_split_mid_sentence(quotes, text: str, speaker: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    qs = quotes(text)
    assert {q.speaker for q in qs} == {speaker}
    assert qs[0].role == role


def test_a_name_never_seen_with_a_title_is_kept_as_printed(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("“Anything is possible in principle, at any moment,” Kallas said.")
    assert qs[0].speaker == "Kallas" and qs[0].key


def _q(text: str, speaker: str | None, score: float) -> Quote:
    return Quote(text=text, speaker=speaker, article="a", paragraph=0, key=True, score=score)


def test_key_quotes_are_capped_diverse_and_one_per_wording() -> None:
    from briefing.quotes.extract import choose_key_quotes

    quotes = [
        _q("We will never accept a deal that abandons our farms to the market.", "Lina Hart", 9),
        _q("we will never accept a deal that abandons our farms to the market", "Lina Hart", 8.9),  # another outlet
        _q("The budget is a betrayal of every family in this state.", "Lina Hart", 8),
        _q("Nobody here has read the bill, and nobody will until the vote.", "Lina Hart", 7),
        _q("The council will publish every line of the budget by Friday.", "Ben Cole", 6),
        _q("Farmers are angry and they have every reason to be angry.", "Ana Ruiz", 5),
        _q("I think the vote will be close, closer than anyone expects.", "Tom Reyes", 4),
    ]
    ranked = list(range(len(quotes)))
    chosen = choose_key_quotes(quotes, ranked, 4)
    assert chosen == [0, 2, 4, 5]  # the copy dropped, Hart's third quote waits for the other speakers
    assert choose_key_quotes(quotes, ranked, 10) == [0, 2, 3, 4, 5, 6]  # room for all: her third comes back


def test_a_title_is_not_a_key_quote() -> None:
    from briefing.quotes.extract import is_key

    assert not is_key(_q("The Nightly Show with Larry Wilmore", "Josh Earnest", 1))
    assert is_key(_q("The Nightly Show was the best thing on television", "Josh Earnest", 1))


def test_a_short_fragment_of_a_sentence_is_not_a_key_quote() -> None:
    from briefing.quotes.extract import is_key

    assert not is_key(_q("showing no willingness to negotiate", "Lina Hart", 1))
    assert not is_key(_q("when and where he thinks there can be progress.", "Lina Hart", 1))
    assert is_key(_q("Showing no willingness to negotiate is a choice.", "Lina Hart", 1))  # a sentence
    # a long run of someone's words is substantive, however it opens
    assert is_key(_q("conceal the real state of affairs on the front line and deceive the whole country", "Ben Cole", 1))


def test_key_quotes_read_only_as_far_down_the_ranking_as_they_need() -> None:
    from briefing.quotes.extract import choose_key_quotes

    quotes = [_q(f"Speaker number {n} said the council will vote on the budget by Friday.", f"Person {n}", 1)
              for n in range(10_000)]

    class Ranked(list[int]):
        furthest = -1

        def __iter__(self):  # type: ignore[no-untyped-def]
            for k, v in enumerate(list.__iter__(self)):
                Ranked.furthest = k
                yield v

    # every quote has its own speaker but all say nearly the same: only the first is kept, and the
    # search for seven more distinct wordings must not compare all 10,000 with each other
    chosen = choose_key_quotes(quotes, Ranked(range(10_000)), 8)
    assert chosen == [0]
    assert Ranked.furthest == 9_999  # (it does read them all once: each against one chosen quote)
    said = ["The budget leaves every school in the county short of teachers.",
            "Nobody asked the farmers before the tariffs went up in March.",
            "We will publish every contract the ministry signed last year.",
            "Our drivers waited four days at the crossing without water.",
            "I have never seen the harbour this empty in thirty years.",
            "The police were told to stand down an hour before the march.",
            "If the bridge closes, half of the town loses its only hospital.",
            "Prices at the pump doubled while wages stayed where they were.",
            "The court gave the families no reason for the delay.",
            "Three of the four reactors have been offline since the storm."]
    distinct = [_q(said[n % 10], f"P{n}", 1) for n in range(10_000)]
    Ranked.furthest = -1
    assert len(choose_key_quotes(distinct, Ranked(range(10_000)), 8)) == 8
    assert Ranked.furthest < 50


def test_where_words_are_posted_or_a_home_state_never_speaks(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("Dana Pell wrote in a now-deleted Facebook post on Friday that the minister should \"try showing "
                "a little respect\" to the farmers.")
    assert [q.speaker for q in qs] == ["Dana Pell"]
    qs = quotes("The aide, Dana Pell, who was a spokeswoman for a congressman from Tennessee, wrote on her page "
                "that they should “try showing a little respect for the office.”")
    assert all(q.speaker not in ("Tennessee", "Facebook") for q in qs)


def test_a_congressman_before_his_name_is_his_role(quotes) -> None:  # type: ignore[no-untyped-def]
    qs = quotes("\"The way he's been acting now shows why he has no support from his colleagues,\" said former "
                "Massachusetts congressman Barney Frank.")
    assert [q.speaker for q in qs] == ["Barney Frank"]
