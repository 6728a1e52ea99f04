"""One person, one name: transliteration keys, role splitting, aliases, surnames."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.config.load import load_config
from briefing.people.mentions import find_mentions
from briefing.people.namebook import NameBook
from briefing.people.names import org_key, parse_name, skeleton
from briefing.people.namesakes import best_role
from briefing.quotes.extract import extract_quotes


@pytest.mark.parametrize("a, b", [
    ("Sergey", "Sergei"), ("Zelensky", "Zelenskiy"), ("Zelensky", "Zelenskyy"), ("Dmitry", "Dmitriy"),
    ("Aleksei", "Alexei"), ("Alexey", "Alexei"), ("Fyodor", "Fedor"), ("Yevgeny", "Evgeny"), ("Putin’s", "Putin"),
    ("Erdoğan", "Erdogan"), ("Khodorkovsky", "Hodorkovskiy"),
])
def test_transliterations_share_a_key(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("a, b", [("Mark", "Marc"), ("Lavrov", "Lavrin"), ("Trump", "Truman"), ("Ivan", "Ivana")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize("words, kind, name, role", [
    ("Russian Foreign Minister Sergey Lavrov", "person", "Sergey Lavrov", "Russian Foreign Minister"),
    ("U.S. Secretary of State Marco Rubio", "person", "Marco Rubio", "U.S. Secretary of State"),
    ("Mr. Putin", "person", "Putin", None),
    ("President Vladimir Putin’s", "person", "Vladimir Putin", "President"),
    ("Zaporizhzhia regional head Ivan Fedorov", "person", "Ivan Fedorov", "Zaporizhzhia regional head"),
    ("the White House", "organisation", "White House", None),
    ("Russia’s Defence Ministry", "organisation", "Russia’s Defence Ministry", None),
    ("NATO", "organisation", "NATO", None),
    ("Moscow", "place", "Moscow", None),
    ("US", "place", "US", None),
    ("Russian", "place", "Russian", None),
    ("Foreign Minister", "role", "", "Foreign Minister"),
    # an office about to be held is a role too, not part of the name
    ("Representative-elect Mikie Sherrill", "person", "Mikie Sherrill", "Representative-elect"),
    ("Governor-elect Ron DeSantis", "person", "Ron DeSantis", "Governor-elect"),
    ("Secretary-designate Anton Vell", "person", "Anton Vell", "Secretary-designate"),
    ("Ex-Governor Paul Lenz", "person", "Paul Lenz", "Ex-Governor"),
    # police and military ranks are titles; a party word before a full name is a role
    ("Harford County Sheriff Jeffrey Gahlen", "person", "Jeffrey Gahlen", "Harford County Sheriff"),
    ("Sgt. Diana Freeson", "person", "Diana Freeson", "Sgt."),
    ("Det. Sgt. Mark Jonas", "person", "Mark Jonas", "Det. Sgt."),
    ("Police Officer Jane Dorne", "person", "Jane Dorne", "Police Officer"),
    ("North Dakota Committeeman Curly Haugen", "person", "Curly Haugen", "North Dakota Committeeman"),
    ("Republican Donald Trumbull", "person", "Donald Trumbull", None),
    # others "of" or "for" someone are not that person's role
    ("Representatives of U.S. Treasury Secretary Steven Mnuchel", "person", "Steven Mnuchel", "U.S. Treasury Secretary"),
    ("Joint Chiefs of Staff Chairman Joseph Dunmore", "person", "Joseph Dunmore", "Joint Chiefs of Staff Chairman"),
    ("Chinese Vice Premier Wang He", "person", "Wang He", "Chinese Vice Premier"),
    ("Canadian-born Fabio Sementa", "person", "Fabio Sementa", "Canadian-born"),
    ("Liberal Party", "organisation", "Liberal Party", None),
])
def test_parse_name_splits_role_and_name(words: str, kind: str, name: str, role: str | None) -> None:
    p = parse_name(words.split())
    assert p is not None
    assert (p.kind, p.text, p.role) == (kind, name, role)


def test_spellings_of_one_organisation_share_a_key() -> None:
    keys = {org_key(w.split()) for w in ["Russia’s Defence Ministry", "the Russian Defense Ministry",
                                           "Russia's Ministry of Defence"]}
    assert len(keys) == 1
    assert org_key(["Ukrainian", "Foreign", "Ministry"]) not in keys


def test_mentions_carry_roles_from_around_the_name() -> None:
    text = ("Kremlin spokesman Dmitry Peskov spoke. Pavel Malkov, the governor of Ryazan, replied. "
            "No one was happier than John Bolton, who left. The Cold War and the Trump-Putin summit ended.")
    people = {m.phrase.text: m for m in find_mentions(text) if m.kind == "person"}
    assert people["Dmitry Peskov"].phrase.role == "Kremlin spokesman" and people["Dmitry Peskov"].evidence
    assert people["Pavel Malkov"].phrase.role == "governor of Ryazan" and people["Pavel Malkov"].evidence
    assert people["John Bolton"].evidence
    assert not any(m.evidence for n, m in people.items() if n not in ("Dmitry Peskov", "Pavel Malkov", "John Bolton"))


def _book(make, texts: list[str], aliases: dict[str, tuple[str, ...]] | None = None) -> NameBook:  # type: ignore[no-untyped-def]
    arts = [make(t, name=f"{i}.txt", title=f"Headline {i}") for i, t in enumerate(texts)]
    return NameBook.build(arts, aliases)


def test_surname_and_title_forms_resolve_to_the_full_name(make) -> None:  # type: ignore[no-untyped-def]
    book = _book(make, ["Russian President Vladimir Putin spoke.", "President Putin said no.", "Mr. Putin left."])
    for form in (["Putin"], ["Vladimir", "Putin"], ["Putin’s"]):
        assert book.person(form) == "Vladimir Putin"
    assert book.role("Vladimir Putin") == "Russian President"


def test_transliterated_spellings_merge_automatically(make) -> None:  # type: ignore[no-untyped-def]
    book = _book(make, ["Foreign Minister Sergei Lavrov spoke.", "Foreign Minister Sergei Lavrov met them.",
                        "Russian Foreign Minister Sergey Lavrov said no."])
    assert book.person(["Sergey", "Lavrov"]) == book.person(["Sergei", "Lavrov"]) == book.person(["Lavrov"]) == "Sergei Lavrov"
    assert book.role("Sergei Lavrov") == "Russian Foreign Minister"  # the general form supports the specific one


def test_config_aliases_choose_the_canonical_spelling(make) -> None:  # type: ignore[no-untyped-def]
    aliases = {"Sergey Lavrov": ("Sergei Lavrov",), "Volodymyr Zelensky": ("Zelenskiy", "Wolodymyr Selenskyj")}
    book = _book(make, ["Foreign Minister Sergei Lavrov spoke.", "Foreign Minister Sergei Lavrov met them.",
                        "Ukrainian President Volodymyr Zelenskiy visited.", "President Wolodymyr Selenskyj spoke.",
                        "Zelenskiy left."], aliases)
    assert book.person(["Lavrov"]) == "Sergey Lavrov"
    assert book.person(["Zelenskiy"]) == book.person(["Selenskyj"]) == "Volodymyr Zelensky"
    assert book.person(["Volodymyr", "Zelenskyy"]) == "Volodymyr Zelensky"


def test_a_shared_surname_resolves_within_its_article(make) -> None:  # type: ignore[no-untyped-def]
    texts = ["President Donald Trump spoke. Trump left.", "President Donald Trump spoke again.",
             "First lady Melania Trump, the president's wife, visited. Trump smiled."]
    arts = [make(t, name=f"{i}.txt", title=f"Headline {i}") for i, t in enumerate(texts)]
    book = NameBook.build(arts)
    assert book.person(["Melania", "Trump"]) == "Melania Trump"
    assert book.person(["Trump"]) == "Donald Trump"  # the brief's most mentioned
    assert book.person(["Trump"], arts[0].id) == "Donald Trump"
    assert book.person(["Trump"], arts[2].id) == "Melania Trump"  # the one this article names


def test_unknown_capitalised_words_are_not_people(make) -> None:  # type: ignore[no-untyped-def]
    book = _book(make, ["The Cold War ended. Joint Base Elmendorf-Richardson is big. The Trump-Putin summit failed."])
    assert book.person(["Cold", "War"]) is None
    assert book.person(["Trump-Putin"]) is None
    assert book.person(["Elmendorf-Richardson"]) is None


def test_best_role_prefers_the_specific_supported_form() -> None:
    assert best_role({"Foreign Minister": 3, "Russian Foreign Minister": 1}) == "Russian Foreign Minister"
    assert best_role({"President": 1, "governor of Ryazan": 2}) == "governor of Ryazan"
    assert best_role({}) is None


def test_aliases_from_the_config_file_reach_the_quotes(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "config.yaml").write_text("aliases:\n  Volodymyr Zelensky: [Wolodymyr Selenskyj]\n", encoding="utf-8")
    config = load_config(tmp_path / "config.yaml")
    art = make("Ukrainian President Wolodymyr Selenskyj spoke.\n\n“We will not give up any land,” Selenskyj said.",
               title="Headline")
    assert [q.speaker for q in extract_quotes([art], config)] == ["Volodymyr Zelensky"]
    plain = replace(config, aliases={})
    assert [q.speaker for q in extract_quotes([art], plain)] == ["Wolodymyr Selenskyj"]


def test_repo_config_aliases_cover_the_known_spellings(repo_config) -> None:  # type: ignore[no-untyped-def]
    book = NameBook(repo_config.aliases)
    assert book.aliased(["Zelenskiy"]) == ("Volodymyr", "Zelensky")
    assert book.aliased(["Sergei", "Lavrov"]) == ("Sergey", "Lavrov")


def test_repo_config_alias_for_a_family_name_first(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts = [make("Chinese President Xi Jinping met the delegation.\n\nXi said little.", title="Headline")]
    book = NameBook.build(arts, repo_config.aliases)
    assert book.person(["Xi"]) == "Xi Jinping"
    assert book.person(["President", "Xi"][1:]) == "Xi Jinping"


def test_a_chamber_is_an_organisation_and_a_gerund_is_no_role() -> None:
    from briefing.people.names import parse_name

    assert parse_name(("State", "House")).kind == "organisation"  # type: ignore[union-attr]
    assert parse_name(("House",)).kind == "organisation"  # type: ignore[union-attr]
    phrase = parse_name(("Saying", "President", "Ben", "Cole"))
    assert phrase is not None and phrase.role == "President" and phrase.name == ("Ben", "Cole")


def test_a_short_given_name_is_the_same_person() -> None:
    from briefing.people.names import person_key

    assert person_key(("Joe", "Biden")) == person_key(("Joseph", "R.", "Biden", "Jr."))
    assert person_key(("Bill", "Clinton")) == person_key(("William", "Clinton"))
    assert person_key(("Hillary", "Clinton")) != person_key(("Bill", "Clinton"))


def test_a_surname_alone_is_never_a_guess_between_namesakes(make) -> None:  # type: ignore[no-untyped-def]
    from briefing.people.namebook import NameBook

    one = make("Mayor Scott Hale said the budget would pass.", name="one.txt")
    two = make("Editor Ben Hale said the paper stood by its story.", name="two.txt")
    three = make("Hale said on Twitter that the story was right.", name="three.txt")
    book = NameBook.build([one, two, three])
    assert book.person(["Hale"], one.id) == "Scott Hale"  # the Hale this article names
    assert book.person(["Ben", "Hale"], three.id) == "Ben Hale"  # "Ben" is a given name, not a particle
    assert book.person(["Hale"], three.id) is None or book.person(["Hale"], three.id) == "Hale"  # which one?
    lots = [make(f"President Donald Hale said item {n} would pass.", name=f"d{n}.txt") for n in range(4)]
    book = NameBook.build([one, three, *lots])
    assert book.person(["Hale"], three.id) == "Donald Hale"  # the one the brief names far the most


def test_a_person_of_a_place_is_a_person_then_a_place() -> None:
    from briefing.people.mentions import find_mentions

    found = [(m.phrase.kind, m.phrase.text) for m in find_mentions("Gov. Mark Penn of Indiana, moving fast, said so.")]
    assert found == [("person", "Mark Penn"), ("place", "Indiana")]
    # no person before "of": nothing made up; the body's head before "of" makes it one organisation
    assert [(m.phrase.kind, m.phrase.text) for m in find_mentions("The Bank of England said so.")] == [
        ("organisation", "Bank of England")]



def test_a_full_stop_running_two_sentences_together_is_split() -> None:
    from briefing.people.names import tokenize

    assert [t.text for t in tokenize("Hale said.Hale claimed it.")] == ["Hale", "said", ".", "Hale", "claimed", "it", "."]
    assert [t.text for t in tokenize("U.S.Army and Node.js stay.")][:3] == ["U.S.Army", "and", "Node.js"]


def test_a_capitalised_word_after_an_ordinal_is_no_person() -> None:
    from briefing.people.mentions import find_mentions

    text = "Ava Lund said the 13th Amendment and the First Circuit were worth a film."
    assert [m.phrase.name for m in find_mentions(text) if m.phrase.kind == "person"] == [("Ava", "Lund")]


def test_a_bare_surname_is_someone_written_with_that_very_surname(make) -> None:  # type: ignore[no-untyped-def]
    """Spellings fold together (transliterations) only where a given name confirms the person:
    a bare "Grimm" is not the brief's Ryan Grim, nor "Braynard" its Lael Brainard."""
    from briefing.people.namebook import NameBook

    one = make("Reporter Ryan Grim said the numbers were wrong. Grim said so twice.", name="one.txt")
    two = make("Grimm said the mill was closing and people were losing their jobs.", name="two.txt")
    book = NameBook.build([one, two])
    assert book.person(["Grim"], two.id) == "Ryan Grim"
    assert book.person(["Grimm"], two.id) is None
    assert book.person(["Ryan", "Grim"], two.id) == "Ryan Grim"



def test_a_bare_surname_without_its_accents_is_the_same_person(make) -> None:  # type: ignore[no-untyped-def]
    from briefing.people.namebook import NameBook

    one = make("Mayor José García said the budget would pass.", name="one.txt")
    two = make("“It will pass,” Garcia said on Monday.", name="two.txt")
    assert NameBook.build([one, two]).person(["Garcia"], two.id) == "José García"


def test_an_abbreviated_date_is_a_name_word_only_beside_a_name_and_never_before_a_figure() -> None:
    def names(text: str) -> list[tuple[str, ...]]:
        return [m.phrase.name for m in find_mentions(text) if m.phrase.kind == "person"]

    assert names("The columnist Ai Jun wrote about the election.") == [("Ai", "Jun")]
    assert names("Reuters Jun 5 said the talks had ended.") == []
    assert names("BRUSSELS Jun 5 (Reuters) - The ministry said.") == []


@pytest.mark.parametrize("word", ["CEO", "VP", "CFO"])
def test_an_officers_title_in_capitals_is_a_role_not_an_organisation(word: str) -> None:
    phrase = parse_name((word,))
    assert phrase is not None and phrase.kind == "role"


@pytest.mark.parametrize(("text", "named"), [
    ("Human Rights Watch said the report was accurate.", ("organisation", ("Human", "Rights", "Watch"))),
    ("Pfizer chief executive Ian Read visited London.", ("person", ("Ian", "Read"))),
    ("By John Smith Mon Jun 5, 2017", ("person", ("John", "Smith"))),
    ("Columnist Ai Jun, 45, wrote about it.", ("person", ("Ai", "Jun"))),
])
def test_label_words_and_given_names_like_months_in_mentions(text: str, named: tuple[str, tuple[str, ...]]) -> None:
    assert named in [(m.phrase.kind, m.phrase.name) for m in find_mentions(text)]


@pytest.mark.parametrize("text", ["the Vancouver Sun reported it first.", "Obama Sat Down With Putin"])
def test_a_weekday_or_newspaper_word_is_never_part_of_a_persons_name(text: str) -> None:
    people = [m.phrase.name for m in find_mentions(text) if m.phrase.kind == "person"]
    assert not any(w in ("Sun", "Sat") for name in people for w in name), people


@pytest.mark.parametrize(("words", "name", "role"), [
    ("Morris Hill Principal Ryan Vell", ("Ryan", "Vell"), "Morris Hill Principal"),
    ("Plaintiff Myrna Lind", ("Myrna", "Lind"), "Plaintiff"),
    ("Coach Jon Vell", ("Jon", "Vell"), "Coach"),
    ("Rabbi Rick Lind", ("Rick", "Lind"), "Rabbi"),
])
def test_a_title_before_a_name_is_its_role(words: str, name: tuple[str, ...], role: str) -> None:
    from briefing.people.names import parse_name

    parsed = parse_name(tuple(words.split()))
    assert parsed is not None and parsed.kind == "person" and parsed.name == name and parsed.role == role


def test_prof_without_its_full_stop_is_an_honorific_and_dean_a_given_name() -> None:
    from briefing.people.names import parse_name

    assert parse_name(("Prof", "Brown")) == parse_name(("Prof.", "Brown"))
    dean = parse_name(("Dean", "Baquet"))
    assert dean is not None and dean.name == ("Dean", "Baquet")
