"""Who a name is: the kinds of apposition that show a name is a person."""

from __future__ import annotations

from briefing.config.schema import Config
from briefing.people.mentions import find_mentions
from briefing.people.namebook import book_for
from tests.conftest import make_article


def test_an_apposition_with_a_possessive_or_a_person_noun_before_a_comma_shows_a_person() -> None:
    """Kinds from real reports: "directed Michael D. Cohen, his longtime lawyer and fixer, to lie";
    "its editor, Ben Smith, said after ...".  The role is someone else's, so none is taken."""
    one = find_mentions("The report said the president had directed Michael D. Cohen, his longtime lawyer and "
                        "fixer, to lie to Congress.")
    two = find_mentions("The site maintained that its report was accurate, its editor, Ben Smith, said on Friday.")
    cohen = next(m for m in one if m.phrase.name[-1] == "Cohen")
    smith = next(m for m in two if m.phrase.name[-1] == "Smith")
    assert cohen.evidence and cohen.phrase.role is None
    assert smith.evidence and smith.phrase.role is None
    # a place or a company in the same shape is no person
    assert all(m.kind != "person" for m in find_mentions("In the capital, Kyiv, sirens sounded on Monday."))
    assert not any(m.evidence for m in find_mentions("The company, Acme Corp, said its profit rose."))
    # a relative is no job, nor a lone word after "Through an attorney, "; an age is a person's
    # (whom a bare surname stands for is the name book's: see tests/quotes "attack on our country")
    assert not any(m.evidence for m in find_mentions("His daughter, Ivy Harlan, could be a bridge."))
    assert any(m.evidence for m in find_mentions("Dewayne Smithy, 33, of Baldwin, Miss., dismisses the idea."))
    assert not any(m.evidence for m in find_mentions("Shares of Acme, 10, rose."))  # a lone word: no one yet
    assert not any(m.evidence for m in find_mentions("Through an attorney, Stahl agreed to repay the funds."))


def test_a_reporting_clause_after_a_name_is_no_apposition_unless_the_name_opens_the_sentence() -> None:
    """"... a takeover of regional carrier Coast Express, a Nordair spokeswoman said": the name is
    the clause's object, the spokeswoman its reporter; "Sam Laud, the party's director said" (the
    closing comma left out) describes Sam Laud."""
    tail = find_mentions("Nordair is not negotiating a takeover of regional carrier Coast Express, a Nordair "
                         "spokeswoman said in a comment on a newspaper article.")
    coast = next(m for m in tail if m.phrase.name[-1] == "Express")
    assert coast.phrase.role is None and not coast.evidence
    lead = find_mentions("Sam Laud, the communications director for the Harbor Party said in a statement.")
    laud = next(m for m in lead if m.phrase.name[-1] == "Laud")
    assert laud.evidence and laud.phrase.role == "communications director for the Harbor Party"


def test_an_appositions_role_is_the_whole_description_and_nothing_after_it() -> None:
    """From real reports: a relative clause, a second description ("and a member of …") and a loose
    preposition where a long phrase is cut are not the role; a long institution's name is kept whole."""
    def role(text: str, surname: str) -> str | None:
        return next(m for m in find_mentions(text) if m.phrase.name[-1] == surname).phrase.role
    assert role("Robert Stovall, a Republican activist who was campaigning himself for tax assessor, joined him.",
                "Stovall") == "Republican activist"
    assert role("Adel Nafzi, a chemistry professor and a member of the local mosque, said it was bad luck.",
                "Nafzi") == "chemistry professor"
    assert role("Eric Wilson, an Iowa Republican strategist and former adviser to Scott Walker, said so.",
                "Wilson") == "Iowa Republican strategist and former adviser to Scott Walker"
    assert role("Dante Scalia, a political scientist at the University of New Hampshire, said so.",
                "Scalia") == "political scientist at the University of New Hampshire"


def test_a_job_without_an_article_after_a_full_name_is_its_role() -> None:
    """Wire style: "Mario Branco Pires, president of the Brazilian Association of Citrus Juice
    Industries, welcomed …", "Kurt Viermann, Worldwide Treasurer of <Morgan Guaranty Trust Co>, told
    …"; not a title before the next name of a list, nor a sentence after an abbreviation's stop."""
    def first(text: str) -> tuple[str | None, bool]:
        m = find_mentions(text)[0]
        return m.phrase.role, m.evidence
    assert first("Mario Branco Pires, president of the Brazilian Association of Citrus Juice Industries, welcomed "
                 "a decision.") == ("president of the Brazilian Association of Citrus Juice Industries", True)
    assert first("Kurt Viermann, Worldwide Treasurer of <Morgan Guaranty Trust Co>, told traders.") == (
        "Worldwide Treasurer", True)
    assert first("Steven Rahls, Danaher chairman and chief executive officer, said.") == (
        "Danaher chairman and chief executive officer", True)
    assert first("Ben Rhodes, former defense secretary Leon Panetti and others signed it.") == (None, False)
    assert first("Frederick Meinke, analyst at E.F. Hutton Co. He thinks the deal could fail.") == (
        "analyst at E.F. Hutton Co.", True)
    assert first("Morgan Stanley, adviser to the company, said.") == (None, False)


def test_a_name_shown_a_person_only_by_such_an_apposition_is_its_full_name_in_the_book(repo_config: Config) -> None:
    text = ("The report said the president had directed Michael D. Cohen, his longtime lawyer, to lie.\n\n"
            "The site said its report was accurate; its editor, Ben Smith, said on Friday.\n\n"
            "Mr. Cohen declined to comment. Mr. Smith said the site stood by its reporting.")
    a = make_article(text, repo_config)
    book = book_for([a])
    assert book.person(["Cohen"], a.id) == "Michael D. Cohen"
    assert book.person(["Smith"], a.id) == "Ben Smith"


def test_a_major_city_is_a_place_not_a_person_and_a_city_that_is_also_a_name_stays_open() -> None:
    from briefing.people.names import parse_name

    for city in (["Chicago"], ["Des", "Moines"], ["Los", "Angeles"], ["St.", "Louis"], ["Seattle"]):
        phrase = parse_name(city)
        assert phrase is not None and phrase.kind == "place", city
    assert parse_name(["Whitney", "Houston"]).kind == "person"  # type: ignore[union-attr]
    for surname in ("Lagos", "Hamburg", "Glasgow", "Houston"):  # "Lagos said" is Ricardo Lagos
        assert parse_name([surname]).kind == "person", surname  # type: ignore[union-attr]
    assert parse_name(["Chicago", "Tribune"]).kind != "place"  # type: ignore[union-attr]


def test_a_relative_with_a_job_or_a_firm_or_country_in_apposition_is_no_evidence() -> None:
    """From a review: "His daughter and senior adviser, Ivanka Trump," must not make the bare
    "Trump" hers; "Morgan Stanley, its financial adviser," and "The summit's host, South Africa,"
    are a bank and a country."""
    assert not any(m.evidence for m in find_mentions(
        "His daughter and senior adviser, Ivanka Tromp, attended the talks."))
    assert not any(m.evidence for m in find_mentions("Ivanka Tromp, his daughter and adviser, attended."))
    assert not any(m.evidence for m in find_mentions("Morgan Stanley, its financial adviser, said the price was fair."))
    assert not any(m.evidence for m in find_mentions("The summit's host, South Africa, said the talks would go on."))
    # a person's lawyer is a person
    assert any(m.evidence for m in find_mentions("Ben Crump, his lawyer, said the family would sue."))


def test_a_bare_surname_stays_the_main_persons_beside_a_relative_with_a_job(repo_config: Config) -> None:
    from briefing.quotes.extract import extract_quotes

    text = ("President Donald Tromp met Japan's prime minister on Monday. His daughter and senior adviser, "
            "Ivanka Tromp, attended the talks.\n\n“It was a great meeting,” Tromp said.")
    a = make_article(text, repo_config)
    quotes = extract_quotes([a], repo_config, names=book_for([a], repo_config.aliases))
    assert [q.speaker for q in quotes] == ["Donald Tromp"]


def _found(text: str) -> list[tuple[str, str]]:
    from briefing.people.mentions import find_mentions

    return [(m.phrase.kind, m.phrase.text) for m in find_mentions(text)]


def test_a_company_named_with_its_legal_form_is_one_organisation() -> None:
    assert _found("General Electric Co said it bought the unit from Chrysler Finance Corp.") == [
        ("organisation", "General Electric Co"), ("organisation", "Chrysler Finance Corp.")]
    assert _found("Blue Circle Industries Plc and Dresdner Bank AG said.") == [
        ("organisation", "Blue Circle Industries Plc"), ("organisation", "Dresdner Bank AG")]
    assert _found("Ford and General Motors Corp said.") == [("person", "Ford"), ("organisation", "General Motors Corp")]
    assert not any(name in ("Co", "Co.") for _, name in _found("Others, and Co. said."))  # a legal form alone


def test_and_co_is_part_of_a_firm_s_name() -> None:
    assert _found("Seemala let Jefferies and Co buy back the stock.") == [
        ("person", "Seemala"), ("organisation", "Jefferies and Co")]
    assert _found("J. Sainsbury and Sons Ltd said.") == [("organisation", "J. Sainsbury and Sons Ltd")]


def test_a_full_name_of_a_firm_is_a_person_then_the_firm() -> None:
    assert _found("Philip Fricke of Goldman Sachs Inc falls in the middle.") == [
        ("person", "Philip Fricke"), ("organisation", "Goldman Sachs Inc")]
    assert _found("said Kevin Murphy of Morgan Stanley and Co.")[:2] == [
        ("person", "Kevin Murphy"), ("organisation", "Morgan Stanley and Co.")]


def test_a_body_s_head_before_of_makes_an_organisation() -> None:
    assert _found("The Bank of Japan, the University of Chicago and the Ministry of Defence said.") == [
        ("organisation", "Bank of Japan"), ("organisation", "University of Chicago"),
        ("organisation", "Ministry of Defence")]
    # a title after it makes a role: the person is who is named
    assert _found("Bank of Japan Governor Satoshi Sumita said.") == [("person", "Satoshi Sumita")]


def test_places_with_a_part_of_the_compass_and_every_country() -> None:
    assert _found("West Germany, South Africa, Northern Ireland and Paraguay agreed, the Soviet Union said.") == [
        ("place", "West Germany"), ("place", "South Africa"), ("place", "Northern Ireland"), ("place", "Paraguay"),
        ("place", "Soviet Union")]
    assert _found("Western Union and the Central Bank said.") == [
        ("organisation", "Western Union"), ("organisation", "Central Bank")]


def test_measures_labels_and_datelines_name_no_one() -> None:
    assert _found("GDP grew 2.1 pct, the RPI rose and LIBOR fell to 6.5 pct at 1200 GMT.") == []
    assert _found("NOTE: figures include a gain.") == []
    assert _found("DALLAS, March 3 - Texas Instruments Inc said it would cut jobs.") == [
        ("organisation", "Texas Instruments Inc")]
    assert _found("MIDLAND, MICH., March 3 - Dow Chemical Co said.") == [("organisation", "Dow Chemical Co")]


def test_a_ticker_or_an_initial_alone_is_no_one() -> None:
    assert _found("Ford Motor Co <F> and Chrysler Corp <C> both posted increases.") == [
        ("organisation", "Ford Motor Co"), ("organisation", "Chrysler Corp")]


def test_review_cases_of_firms_places_and_measures() -> None:
    """Cases a review found on real wire copy (Reuters, PolNeAR, Multi-News)."""
    # a measure's initials inside a name stay in it; alone, or two together, they name no one
    assert _found("Pan Am Corp said. AM International Inc said. CPI Corp said.") == [
        ("organisation", "Pan Am Corp"), ("organisation", "AM International Inc"), ("organisation", "CPI Corp")]
    assert _found("It closed at 12:36 PM ET.") == []
    # a firm named "of" a place is one firm; a given name before "of" is a person, then the firm
    assert _found("Mitsubishi Motor Sales of America Inc said.") == [
        ("organisation", "Mitsubishi Motor Sales of America Inc")]
    assert _found("The Joint Chiefs of Staff met.") == [("organisation", "Joint Chiefs of Staff")]
    # a firm "of" a place is one firm: three utilities "Public Service Co" of three states are three firms
    assert _found("Mitsui and Co Ltd of Japan said.") == [("organisation", "Mitsui and Co Ltd of Japan")]
    assert _found("Public Service Co of New Hampshire said.") == [
        ("organisation", "Public Service Co of New Hampshire")]
    assert _found("said Darwin Beck of First Boston Corp.") == [
        ("person", "Darwin Beck"), ("organisation", "First Boston Corp.")]
    assert ("organisation", "Union") not in _found("The State of the Union was long.")
    # "X of Y" is a body by its head, but not news of something, nor when a person follows
    assert _found("News of Saldanha's death emerged.")[0] != ("organisation", "News of Saldanha's death")
    assert ("person", "Satoshi Sumita") in _found("Bank of Japan Governor Satoshi Sumita said.")
    # a company's owner is no part of its name, as a country is of its ministry's
    assert _found("Michael Smith’s C. V. Starr & Company said.")[0] == ("person", "Michael Smith")
    assert _found("Britain's Redland Plc said.") == [("place", "Britain's"), ("organisation", "Redland Plc")]
    assert _found("Moody’s Investors Service Inc said.") == [("organisation", "Moody’s Investors Service Inc")]
    assert _found("Russia's Defence Ministry said.") == [("organisation", "Russia's Defence Ministry")]
    # "and Company" that makes no firm: two runs again
    assert ("organisation", "Shaw and Company Research") not in _found("Shaw & Company Research found that.")
    assert _found("Kloeckner & Co KGaA said.") == [("organisation", "Kloeckner and Co KGaA")]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.kind, " ".join(m.phrase.name)) for m in find_mentions(text)]


def test_a_word_only_firms_and_bodies_carry_makes_an_organisation_wherever_it_stands() -> None:
    """Real wire names: "Warburg Securities said as lead manager", "the Federal Reserve", "the London
    Stock Exchange", "Banque Paribas", "Nomura International": no person is called so."""
    for text, name in (("The bond was priced at par, Hartwell Securities said as lead manager.", "Hartwell Securities"),
                       ("The Federal Reserve added reserves on Tuesday.", "Federal Reserve"),
                       ("Trading on the London Stock Exchange was light.", "London Stock Exchange"),
                       ("Banque Duvalier sold the notes.", "Banque Duvalier"),
                       ("General Motors said it would buy back shares.", "General Motors")):
        assert ("organisation", name) in _kinds(text), text
    assert ("person", "Lena Morgan") in _kinds("Analyst Lena Morgan said so.")  # (a name with no such word)


def test_and_joins_a_bodys_name_only_where_a_field_pairs_with_its_head() -> None:
    assert ("organisation", "Securities and Exchange Commission") in _kinds(
        "He told the Securities and Exchange Commission he holds 5.1 pct.")
    assert ("organisation", "Food and Drug Administration") in _kinds("The Food and Drug Administration approved it.")
    assert ("organisation", "Standard and Poor's Corp") in _kinds("Standard and Poor's Corp cut the rating.")
    assert ("organisation", "Department of Health and Human Services") in _kinds(
        "The Department of Health and Human Services said so.")
    # two firms, two people, a place and a body stay apart
    assert ("organisation", "General Motors Corp") in _kinds("Ford and General Motors Corp said sales fell.")
    assert ("organisation", "Pennzoil Co") in _kinds("Texaco and Pennzoil Co said talks continue.")
    assert ("organisation", "European Commission") in _kinds("Britain and European Commission officials met.")
    assert [n for _, n in _kinds("Lavrov and Rubio spoke on Monday.")] == ["Lavrov", "Rubio"]


def test_a_given_name_of_a_firm_is_a_person_shown_so() -> None:
    """"David Ashby of Carrow Sachs International said ...": the person, then the firm; "Jo Lane of
    Smith Barney" a person even where the firm reads like a name; "Helen of Troy Corp" one firm."""
    found = find_mentions("David Ashby of Carrow Sachs International said turbulence will rise.")
    assert [(m.kind, " ".join(m.phrase.name), m.evidence) for m in found] == [
        ("person", "David Ashby", True), ("organisation", "Carrow Sachs International", False)]
    assert [(m.kind, m.evidence) for m in find_mentions("John Lane of Smith Barney said so.")] == [("person", True)]
    assert _kinds("Helen of Troy Corp said sales rose.") == [("organisation", "Helen of Troy Corp")]


def test_a_full_name_between_said_and_a_stop_is_a_person() -> None:
    gilbert = find_mentions("“We have never had this much attention,” said Daniel Gorsky, president of the committee.")
    assert gilbert[0].kind == "person" and gilbert[0].evidence
    # not an adjective before the speaker's role, nor a lone word
    lawyer = find_mentions("“It is shortsighted,” explained Los Angeles-based attorney Edgar Marrow.")
    assert [(" ".join(m.phrase.name), m.evidence) for m in lawyer if m.kind == "person"][-2:] == [
        ("Los Angeles-based", False), ("Edgar Marrow", True)]
    assert not find_mentions("“It is over,” said Gorsky.")[0].evidence


def test_review_cases_of_firm_words_titles_and_lists() -> None:
    """Found by review over real wire and political text: a hyphenated title, a given name before a
    firm word, a firm word alone, two firms joined by "and", a reported list after "said", a city."""
    from briefing.people.names import parse_name

    canevi = parse_name("Treasury Under-secretary Yavuz Canevi".split())
    assert canevi is not None and (canevi.kind, canevi.name) == ("person", ("Yavuz", "Canevi"))
    assert parse_name(["Elizabeth", "Banks"]).kind == "person"  # type: ignore[union-attr]
    assert parse_name(["Investors"]).kind == "organisation"  # type: ignore[union-attr]  (a bare head: the body named before)
    assert parse_name(["Atlantic", "City"]).kind == "place"  # type: ignore[union-attr]
    assert ("organisation", "Mobil Corp") in _kinds("Standard and Mobil Corp agreed on the terms.")
    assert ("organisation", "Wood Gundy Inc") in _kinds("Dominion Securities and Wood Gundy Inc led the issue.")
    listed = find_mentions("The company said Merrill Lynch, Pierce, Fenner and Smith Inc will lead the offering.")
    assert not any(m.evidence for m in listed)
    lacy = find_mentions("Screens will open to more firms, said Richard Lacy, Chairman of Exco International.")
    assert [(m.kind, m.evidence) for m in lacy if m.phrase.name[-1] == "Lacy"] == [("person", True)]


def test_a_surname_alone_elsewhere_lends_no_role_to_a_full_name(repo_config: Config) -> None:
    day = make_article("“You are no longer welcome,” said Kristen Day, executive director of the group.", repo_config)
    other = make_article("Senator Day said the bill would pass.\n\nDay voted for it.", repo_config, name="b.txt")
    book = book_for([day, other])
    assert book.person(["Kristen", "Day"], day.id) == "Kristen Day"
    assert book.role("Kristen Day", day.id) != "Senator"


def test_a_surname_left_bare_for_its_namesakes_borrows_no_role_from_another_article(repo_config: Config) -> None:
    """Matt Walshe and Mayor Marty Walshe in other articles: a "Walshe wrote" the brief cannot tell apart
    stays bare, and takes no role another article gave a bare "Walshe"."""
    one = make_article("Walshe, a former labor leader, said the city would pay.\n\nMayor Marty Walshe spoke on "
                       "Monday.", repo_config)
    two = make_article("A blacklist went up on Friday.\n\n“We do this not out of spite,” Walshe wrote.",
                       repo_config, name="b.txt")
    three = make_article("Matt Walshe, a columnist, spoke on the radio.", repo_config, name="c.txt")
    book = book_for([one, two, three])
    assert book.person(["Walshe"], two.id) in (None, "Walshe")
    assert book.role("Walshe", two.id) is None


def test_roles_a_review_found_cut_wrong_and_a_nickname() -> None:
    def first(text: str) -> tuple[tuple[str, ...], str | None]:
        m = find_mentions(text)[0]
        return m.phrase.name, m.phrase.role
    assert first("Robert Foxe, president of Foxe Properties Inc. Bronstein already held the other 20 pct.") == (
        ("Robert", "Foxe"), "president of Foxe Properties Inc.")
    assert first("Boyd Jefferson, chairman and founder of the brokerage firm bearing his name, said.") == (
        ("Boyd", "Jefferson"), "chairman and founder of the brokerage firm")
    assert first("Today, Andy Simpsen, a spokesman for Mountain Rescue England and Wales also urged walkers.") == (
        ("Andy", "Simpsen"), "spokesman for Mountain Rescue England and Wales")
    # a nickname between the names ("William “Mo” Cowan") is no name of its own
    named = find_mentions("Gov. Deval Patrice appointed William “Mo” Cowen to the Senate seat.")
    assert ("William", "Cowen") in [m.phrase.name for m in named]


def test_a_firm_whose_name_holds_a_comma_is_one_firm() -> None:
    """Wire style: "lead manager Goldman, Sachs and Co." is no person called Goldman with the role
    "manager"; a list of names or places stays a list."""
    def kinds(text: str) -> list[tuple[str, str]]:
        return [(m.kind, " ".join(m.phrase.name)) for m in find_mentions(text)]
    assert kinds("The lead manager Goldman, Sachs and Co. said the issue sold out.") == [
        ("organisation", "Goldman Sachs and Co")]
    assert kinds("Smith Barney, Harris Upham and Co Inc said.") == [("organisation", "Smith Barney Harris Upham and Co Inc")]
    assert [k for k, _ in kinds("Paris, London and New York markets fell.")] == ["place", "place", "place"]
    assert all(k != "organisation" for k, _ in kinds("Smithers, Jones and Browne said so."))
    assert kinds("The issue was priced at par, lead manager Kleinworth, Benson Ltd said.") == [
        ("organisation", "Kleinworth Benson Ltd")]
    assert kinds("In London, Barclays Plc said.") == [("place", "London"), ("organisation", "Barclays Plc")]


def test_a_name_after_an_outlet_noun_is_the_outlet() -> None:
    """"the newspaper La Repubblica cited": no person with a speech verb after the name."""
    found = find_mentions("Earlier today the newspaper La Repubblica cited remarks by the central bank.")
    assert [(m.kind, m.evidence) for m in found if m.phrase.name[0] == "La"] == [("organisation", False)]


def test_laws_deals_seas_table_labels_and_bodies_of_a_community() -> None:
    """Read off a brief of 10,000 wire stories: "the Louvre Agreement" and "the Gulf" were people,
    and so were "European Community", a results table's "Net" and "Export Sales", and "Investor
    Sumner Redstone" kept his description in his name."""
    from briefing.people.names import parse_name

    for text in ("Louvre Agreement", "Clean Air Act", "Agreement", "Net", "Export Sales", "Sales"):
        assert parse_name(text.split()) is None, text
    assert parse_name(["Gulf"]).kind == "place"  # type: ignore[union-attr]
    assert parse_name(["Taiwan", "Strait"]).kind == "place"  # type: ignore[union-attr]
    assert parse_name(["European", "Community"]).kind == "organisation"  # type: ignore[union-attr]
    assert parse_name(["Utilicorp", "United"]).kind == "organisation"  # type: ignore[union-attr]
    redstone = parse_name("Investor Sumner Redstone".split())
    assert redstone is not None and (redstone.name, redstone.role) == (("Sumner", "Redstone"), "Investor")
    assert parse_name(["Bill", "Clinton"]).kind == "person"  # type: ignore[union-attr]


def test_a_nationality_by_its_regular_ending_is_no_one() -> None:
    """"Colombian", "Cuban" and "Kenyan" were key players of a wire brief; given names that end
    the same way stay people."""
    from briefing.people.names import is_place

    for word in ("Colombian", "Cuban", "Kenyan", "Brazilian", "Mexican", "Iraqi", "Sudanese", "Jordanian"):
        assert is_place([word]), word
    for name in ("Brian", "Adrian", "Susan", "Nathan", "Christian", "Roman", "Ivan"):
        assert not is_place([name]), name
    assert is_place(["Cuban-Colombian"])


def test_final_review_cases_of_names_kept() -> None:
    """A review of the session's rules over real text: names they had wrongly made places or nothing."""
    from briefing.people.names import is_place, parse_name

    assert ("organisation", "National People's Congress") in _kinds("The National People's Congress opened on Monday.")
    assert ("person", "Jack Reed") in _kinds("Sen. Jack Reed of Rhode Island said the vote would fail.")
    for name in (["George", "Strait"], ["Frank", "Ocean"]):
        assert parse_name(name).kind == "person", name  # type: ignore[union-attr]
    for word in ("Eastman", "Eastern", "Tehrani", "Baghdadi", "Parisi"):
        assert not is_place([word]), word
    assert parse_name("World Food Programme".split()) is not None
