"""Background, debris and filler: found by general rules, kept out of every storyline."""

from __future__ import annotations

import time

import pytest

from briefing.config.schema import Config
from briefing.storylines.assign import assign_storylines
from briefing.storylines.background import background_blocks, check_filler, cue_count, is_debris, is_encyclopedic

NEWS = ("Port workers in Lisbon walked out on Tuesday after talks on pay collapsed, the union said, "
        "and ships queued outside the harbour.")
GLOSSARY = """Lisbon dockers strike over pay

{news}

The harbour authority said it would meet union leaders again next week.

Lisbon

Lisbon is the capital and largest city of Portugal, founded by Phoenician traders around 1200 BC.

Port of Sines

The Port of Sines, or Sines Terminal, is a deep-water port opened in 1978 on the Atlantic coast.

European Union

The European Union (EU) is a political and economic union of member states in Europe.
"""


def test_glossary_entries_are_background(make) -> None:  # type: ignore[no-untyped-def]
    a = make(GLOSSARY.format(news=NEWS), title="Dockers strike", date="2025-06-03")
    kinds = [(b.kind, b.text[:20]) for b in a.blocks]
    assert [k for k, _ in kinds] == ["heading", "paragraph", "paragraph", "heading", "paragraph", "heading", "paragraph", "heading", "paragraph"]
    assert background_blocks(a) == frozenset({4, 6, 8})


def test_glossary_stays_out_of_every_storyline_and_other(make, repo_config: Config) -> None:  # type: ignore[no-untyped-def]
    a = make(GLOSSARY.format(news=NEWS), title="Dockers strike", date="2025-06-03")
    placed = {p.paragraph for s in assign_storylines([a], repo_config) for p in s.passages}
    assert placed == {1, 2}


@pytest.mark.parametrize("text", [
    "Anchorville is the largest city in the province, founded in 1881 as a rail depot.",
    "Grand Harbour was built in 1530 and is famous for its fortifications, with a history dating back centuries.",
    "The Order was established in 1099 and is renowned for its hospitals; its heritage is celebrated for centuries.",
])
def test_encyclopedic_paragraphs_without_a_heading(text: str) -> None:
    assert is_encyclopedic(text, 2025)


@pytest.mark.parametrize("text", [
    "India is the largest buyer of the crude, a trade that grew in 2024.",  # one cue only
    "Oslo is the capital of Norway, and its mayor said on Monday the port founded in 1624 will close.",  # reporting
    "The minister said the city, founded in 1881 and the largest in the region, is ready for the summit.",
    "Trump is the first president to visit since 2019, the White House announced.",
    "\u201cThis city was founded in 1881 and has the largest port in the country, and we will defend it,\u201d the mayor said.",
])
def test_news_that_mentions_history_is_kept(text: str) -> None:
    assert not is_encyclopedic(text, 2025)


def test_a_definition_under_a_heading_that_is_no_name_is_kept(make) -> None:  # type: ignore[no-untyped-def]
    a = make("Dockers strike\n\nWhat happens next?\n\nThe union is the largest in the port, and its leaders met again.\n\nMore text here for the article body.",
             title="T", date="2025-06-03")
    assert background_blocks(a) == frozenset()


def test_old_years_count_against_the_article_year() -> None:
    text = "The bridge dates from 1932 and is known for its towers."
    assert cue_count(text, 2025) == 2  # renown, and a year long before the article
    assert cue_count(text, None) == 1  # no article year: 1932 proves nothing
    assert cue_count(text, 1940) == 1


@pytest.mark.parametrize("text", [
    "Photo: Reuters/Jane Doe", "Image credit: AFP", "Reporting by Jane Doe; Editing by John Roe",
    "Follow us on Twitter for the latest", "Sign up for our morning newsletter", "Tags: politics, Europe",
    "https://example.com/story/123", "Share this article", "Read more: the full timeline",
    "Getty Images", "***", "12:45", "Advertisement",
    # the writer's sign-off, the outlet's calls to the reader
    "Mara Lind is a staff writer at the Courier. Reach her at 442-1400, extension 317, or mara@courier.example.com."
    " Follow her on Twitter @maralind.",
    "So, what are you waiting for? Get your slippers on and run down to your local newsagents to pick up this"
    " week's issue now.",
    # an embedded player's label and its caption
    "EMBED More News Videos A 38-year-old man was killed when his car crashed and caught on fire in Mountain View.",
    "View Images An artist's depiction of a species of theropod dinosaur that lived 160 million years ago.",
    "CLOSE Skip in Skip x Embed x Share Officials say there are no known additional threats.",
    '"EMBED More News Videos The suspect heads to the county jail in Eagleville.',
    "Got a tip?     Follow us on Twitter @courier.",
    # a wire photo's caption, its weekday and full date after a comma, with its credit
    "President Ilse Marek speaks during a news conference in Lisk, Thursday, Feb. 16, 2017. (AP Photo/Jon Vell)",
    "Navy divers carry a bag recovered at sea off the coast of Kessel, Saturday, Jan. 3, 2015.",
    # a press release's legal notice, however long
    "Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995: Certain statements included in"
    " this release are forward-looking and thus reflect the company's current expectations and beliefs with respect"
    " to certain current and future events and financial performance. Such forward-looking statements are and will"
    " be subject to many risks and uncertainties relating to our operations and business environment that may cause"
    " actual results to differ materially from any future results expressed or implied in such forward-looking"
    " statements. All forward-looking statements in this release are based upon information available to us on the"
    " date of this release. We undertake no obligation to publicly update or revise any forward-looking statement.",
])
def test_debris(text: str) -> None:
    assert is_debris(text)


@pytest.mark.parametrize("text", [
    "Follow-up talks are planned for Friday, officials said.",
    "Reporting from the front line was restricted by the army.",
    "He agreed.", "Photographers waited outside the hall for hours.",
    "Police are appealing for witnesses. Anyone with information should contact them on 0845 125 222.",
    "Mara Lind is a staff writer at the Courier. She was arrested in Minsk on Monday, her editor said.",
])
def test_not_debris(text: str) -> None:
    assert not is_debris(text)


@pytest.mark.parametrize("text", [
    # a photo's caption, however it is credited
    "Members of the Kestrel camp remain on site at City Hall into the evening of Nov. 28. "
    "(Dana Orme / Staff Photographer)",
    "A former anchor says the actor abused a relative of hers. (Photo: JANE ROE, AFP/Getty Images)",
    "Lawyer Jeff Marsh holds up a copy of the email. (Valerie Orme/Getty Images)",
    "The president speaks during a news conference in the East Room, Thursday, Feb. 16, 2017. (AP Photo/Evan Roe)",
    "A volunteer rests at the camp on May 15, 2013. (Jane Roe/AP, Pool, file)",
    "Image copyright Getty Images Image caption The spill forced the company to sell assets",
    "Gerard Roe / AFP / Getty Images The pope prays at the cathedral before the shroud.",
])
def test_a_photos_caption_is_debris(text: str) -> None:
    assert is_debris(text)


@pytest.mark.parametrize("text", [
    "The company said on Monday that its profits rose 10 percent. (Reuters)",  # a wire's name, not a credit
    "Shares of Kestrel (NYSE: KES) rose 2 percent on the news.",
    "He said the board approved the plan (a copy was seen by Reuters).",
    # a wire's or a pollster's credit, a bracket about a photographer, a wire's credit first: reporting
    "The suspect was charged with two counts of murder, police said. (CBS/AP)",
    "Approval of the president is down four points since March, the poll found (Reuters/Ipsos).",
    "The victim was identified as John Smith, 34, of Dayton (a freelance wedding photographer).",
    "CBS/AP The suspect, a 24-year-old man, was charged with two counts of murder on Monday.",
    # a long paragraph is reporting, whatever credit a page left in it
    "Officials said the camp would be cleared. " * 12 + "(Jane Roe/Getty Images)",
])
def test_a_bracket_at_the_end_is_no_caption_unless_it_credits_a_photo(text: str) -> None:
    assert not is_debris(text)


def test_stock_filler_without_a_fact_is_filler() -> None:
    f = check_filler("As the situation evolves, the world watches closely. The stakes have rarely been higher for everyone involved.")
    assert f.has_cliche and not f.rest_has_facts
    g = check_filler("It remains to be seen whether the deal holds. Officials said 40 people were injured.")
    assert g.has_cliche and g.rest_has_facts and g.rest == "Officials said 40 people were injured."
    assert not check_filler("The talks resumed.").has_cliche


def test_filler_paragraph_feeds_nothing_but_a_report_with_a_stock_phrase_does(make, repo_config: Config) -> None:  # type: ignore[no-untyped-def]
    text = ("Drone attacks hit the port of Sines overnight, injuring three people, officials said.\n\n"
            "As the situation evolves, the world watches closely. The lack of dialogue only heightens the urgency.\n\n"
            "Only time will tell. Missile strikes also damaged a refinery, the governor said.")
    a = make(text, title="Strikes", date="2025-06-03")
    out = {s.key: s for s in assign_storylines([a], repo_config)}
    placed = {p.paragraph for s in out.values() for p in s.passages}
    assert placed == {0, 2}
    assert 2 in {p.paragraph for p in out["strikes"].passages}


def test_checks_are_bounded_on_hostile_text() -> None:
    huge = ("is the largest " * 5000 + "founded in 1200 " * 5000 + "(" * 10000 + " renowned" * 5000) * 4
    t = time.perf_counter()
    is_encyclopedic(huge, 2025)
    is_debris(huge)
    check_filler("As the situation evolves. " * 40000)
    assert time.perf_counter() - t < 2.0
