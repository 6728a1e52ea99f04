"""Key players of a storyline: people and organisations, merged names, roles, no places."""

from __future__ import annotations

from briefing.model import Passage, Storyline
from briefing.people.namebook import NameBook
from briefing.people.players import MAX_PLAYERS, key_players
from briefing.quotes.extract import extract_quotes
from tests.story_helpers import storyline_of

TEXTS = [
    "Russian Foreign Minister Sergey Lavrov spoke to US Secretary of State Marco Rubio by phone on Monday. "
    "The Kremlin said the call was useful. Lavrov said Moscow’s demands were unchanged.\n\n"
    "“Our position has not changed at all since Alaska,” Lavrov said in Moscow.\n\n"
    "The Cold War is long over, and The Trump-Putin summit in Budapest is off, Reuters and TASS reported.",
    "Foreign Minister Sergei Lavrov said Russia’s Defence Ministry had shot down drones over Moscow. "
    "Mr. Lavrov also spoke of Ukraine. Rubio made no comment. The Kremlin declined to comment further.\n\n"
    "Russia’s Defence Ministry said six drones were downed near Moscow and in the Bryansk region.",
]


def _story(make, repo_config):  # type: ignore[no-untyped-def]
    return storyline_of(make, repo_config, TEXTS, key="diplomacy", title="Diplomacy", score=3.0)


def test_people_and_organisations_with_merged_names_and_roles(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts, story, quotes, book = _story(make, repo_config)
    players = {p.name: p for p in key_players(story, {a.id: a for a in arts}, quotes, names=book)}
    lavrov = players["Sergey Lavrov"]
    assert lavrov.kind == "person" and lavrov.role == "Russian Foreign Minister"
    assert lavrov.mentions >= 5 and set(lavrov.articles) == {a.id for a in arts}
    assert players["Marco Rubio"].role == "US Secretary of State"
    assert players["Kremlin"].kind == "organisation"
    assert players["Russia’s Defence Ministry"].kind == "organisation"
    assert not any("Sergei" in n for n in players)


def test_places_generic_phrases_and_news_agencies_are_not_players(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts, story, quotes, book = _story(make, repo_config)
    names = {p.name for p in key_players(story, {a.id: a for a in arts}, quotes, names=book)}
    for not_a_player in ("Moscow", "Ukraine", "Budapest", "Alaska", "Bryansk", "Cold War", "Trump-Putin",
                         "The Trump-Putin", "Reuters", "TASS", "Russia", "US"):
        assert not_a_player not in names


def test_ranked_by_weight_and_capped(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts, story, quotes, book = _story(make, repo_config)
    players = key_players(story, {a.id: a for a in arts}, quotes, names=book)
    assert players[0].name == "Sergey Lavrov"
    assert len(players) <= MAX_PLAYERS
    many = " ".join(f"Minister Person{chr(65 + i)}ov spoke twice; Person{chr(65 + i)}ov left." for i in range(20))
    art = make(many, title="Headline")
    s = Storyline("x", "X", (art.id,), tuple(Passage(art.id, b.index, b.text, 1.0) for b in art.blocks))
    assert len(key_players(s, {art.id: art}, [], names=NameBook.build([art]))) == MAX_PLAYERS


def test_works_without_a_book_given(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts, story, quotes, _ = _story(make, repo_config)
    extract_quotes(arts, repo_config)  # as the pipeline does: builds and keeps the book for the players
    players = key_players(story, {a.id: a for a in arts}, quotes)
    assert players[0].name == "Sergey Lavrov"


def test_a_storyline_without_names_has_no_players(make) -> None:  # type: ignore[no-untyped-def]
    art = make("Oil prices rose on Monday as markets weighed the news from the region.", title="Headline")
    s = Storyline("x", "X", (art.id,), tuple(Passage(art.id, b.index, b.text, 1.0) for b in art.blocks))
    assert key_players(s, {art.id: art}, []) == ()


def test_a_storyline_tallied_in_runs_gives_the_players_of_one_tally(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    from briefing.people.players import Tally, tally

    arts, story, quotes, book = _story(make, repo_config)
    by_id = {a.id: a for a in arts}
    whole = key_players(story, by_id, quotes, names=book)
    for cut in range(1, len(story.passages)):
        runs: Tally = tally(book, story.passages[:cut])
        runs.add(tally(book, story.passages[cut:]))
        assert key_players(story, by_id, quotes, names=book, counted=runs) == whole
    assert whole and whole[0].mentions >= 2


def test_an_acronym_is_the_organisation_the_brief_spells_out() -> None:
    from briefing.people.mentions import find_mentions
    from briefing.people.namebook import NameBook

    book = NameBook()
    for n, text in enumerate(["The European Union said on Monday it would act. The European Union again.",
                              "The EU has said so before.",
                              "The Democratic National Committee met. The DNC apologised.",
                              "The North Atlantic Treaty Organization met. NATO said so. NATO again.",
                              "Officials in Pa said the Port Authority would act."]):
        for m in find_mentions(text, skip=[]):
            book.add(m, f"a{n}")
    assert book.org(["EU"]) == book.org(["European", "Union"]) == "European Union"
    assert book.prominence("European Union") == 2  # named in two articles, once spelled out
    assert book.org(["DNC"]) == "Democratic National Committee"
    assert book.org(["NATO"]) == book.org(["North", "Atlantic", "Treaty", "Organization"]) == "NATO"  # as most printed
    assert book.prominence("NATO") == book.prominence("North Atlantic Treaty Organization") == 1
    assert book.org(["Pa"]) != "Port Authority"  # not printed in capitals: no acronym


def test_every_known_outlet_is_a_news_organisation_not_a_player() -> None:
    from briefing.people.namebook import NameBook

    book = NameBook()
    for outlet in ("Fox News", "NBC News", "The Guardian", "Kyodo", "Reuters", "Financial Times", "FT"):
        assert book.is_news_org(outlet), outlet
    assert not book.is_news_org("Gazprom")


WIRE = [
    "DALLAS, March 3 - General Electric Co said it agreed to buy the unit from Chrysler Finance Corp for "
    "120 mln dlrs. The Bank said the price was fair, and the Ministry and the Commission agreed.\n\n"
    "General Electric Co said West Germany and South Africa would supply parts. Analyst Kevin Murphy of "
    "Morgan Stanley and Co said GDP and LIBOR at 1200 GMT told him little.\n\n"
    "NOTE: Company reported an extraordinary gain. The Bank of England said. Kevin Murphy said so.",
    "BOSTON, March 4 - General Electric Co and Chrysler Finance Corp signed the deal, the Bank of England "
    "said. Jefferies and Co advised. Morgan Stanley and Co advised too, Kevin Murphy said.",
]


def test_wire_debris_is_no_player(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    """Kinds of error read off a brief of 2,000 Reuters stories: datelines, table notes, measures,
    countries, a body's bare head, and a company whose name opens with a title word."""
    arts, story, quotes, book = storyline_of(make, repo_config, WIRE, key="deals", title="Deals", score=3.0)
    players = {p.name: p for p in key_players(story, {a.id: a for a in arts}, quotes, names=book)}
    assert players["General Electric Co"].kind == "organisation"  # not "Electric Co", a person titled "General"
    assert players["Kevin Murphy"].kind == "person"  # not "Kevin Murphy of Morgan Stanley and Co", a firm
    for firm in ("Chrysler Finance Corp", "Morgan Stanley and Co", "Bank of England"):
        assert players[firm].kind == "organisation", firm
    for debris in ("DALLAS", "BOSTON", "NOTE", "Company", "Bank", "Ministry", "Commission", "GDP", "LIBOR", "GMT",
                   "West Germany", "South Africa", "Co", "Electric Co"):
        assert debris not in players, debris


def test_a_company_read_as_a_titled_person_is_the_company(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    """"General Motors said" reads as a General called Motors; the brief that writes "General Motors
    Corp" elsewhere names the company."""
    texts = ["General Motors Corp said car sales fell 8.6 pct in February, and General Electric Co said orders rose.",
             "General Motors said it would buy back shares. General Motors said sales would improve. "
             "General Electric said it agreed. General Petraeus said the plan would work."]
    arts, story, quotes, book = storyline_of(make, repo_config, texts, key="deals", title="Deals", score=3.0)
    players = {p.name: p for p in key_players(story, {a.id: a for a in arts}, quotes, names=book)}
    assert players["General Motors Corp"].kind == "organisation" and players["General Motors Corp"].mentions == 3
    assert players["General Electric Co"].mentions == 2
    assert "Motors" not in players and "Electric" not in players
    assert book.company(["General", "Petraeus"]) is None
