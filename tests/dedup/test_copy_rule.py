"""The copy rule on the kinds of text a real wire carries (fixtures written for these tests
after the kinds the Reuters corpus shows): re-issues and trimmed copies merge; templated
look-alikes, shared paragraphs, the same notice on another day or from another place never do."""

from __future__ import annotations

from dataclasses import replace

from briefing.config.schema import DedupConfig
from briefing.dedup.copies import find_duplicates, fingerprint, is_copy
from briefing.dedup.copy_body import copy_body, headline_words, house_style, lead_place

CFG = DedupConfig()

STORY = [
    "The central bank left its key lending rate unchanged at 3.5 pct on Thursday, saying inflation "
    "had eased faster than it expected over the winter but that wage growth was still too strong.",
    "Governor Elena Marsh told a news conference the board had voted seven to two to hold, with two "
    "members preferring a cut of a quarter point to support exporters hit by the strong currency.",
    "Economists polled last week had expected a hold by a wide margin, and the currency barely moved "
    "after the decision, trading at 1.0842 to the dollar in late afternoon.",
    "The bank said it would publish new forecasts at its March meeting and repeated that it stood "
    "ready to act if the slowdown in lending to small firms deepened.",
]


def render(title: str, date: str, paras: list[str]) -> str:
    return f"{title}\n{date}\n\n" + "\n\n".join(paras) + "\n"


def table(company: str, place: str, day: str, rows: list[str]) -> str:
    return render(f"{company} 4TH QTR NET", f"1987-03-{day} 10:12", [f"{place}, March {int(day)} - {rows[0]}", *rows[1:], "Reuter"])


def merged(make, a_text: str, b_text: str, config: DedupConfig = CFG) -> bool:  # type: ignore[no-untyped-def]
    a, b = make(a_text, name="a.txt"), make(b_text, name="b.txt")
    out = find_duplicates([a, b], config)
    return out[0].duplicate_of == b.id or out[1].duplicate_of == a.id


def test_a_wire_reissue_is_a_copy(make) -> None:
    original = render("CENTRAL BANK HOLDS RATE AT 3.5 PCT", "1987-03-05 09:31", ["FRANKFURT, March 5 - " + STORY[0], *STORY[1:]])
    reissue = render("UPDATE 1-Central Bank Holds Rate, Two Members Wanted Cut", "March 5, 1987",
                     ["FRANKFURT, March 5 (Reuters) - " + STORY[0], *STORY[1:],
                      "(Reporting by the Frankfurt bureau; Editing by the desk)"])
    assert merged(make, original, reissue)


def test_a_trimmed_copy_and_a_house_style_copy_are_copies(make) -> None:
    original = render("Bank holds rate", "2025-03-05", STORY)
    trimmed = render("Bank holds rate", "2025-03-05", STORY[:2] + STORY[3:])
    restyled = render("Bank holds rate", "2025-03-05",
                      [p.replace(" pct", "%").replace("1.0842", "1.0842") for p in STORY[:3]] + [STORY[3].replace("small", "smal")])
    assert merged(make, original, trimmed)
    assert merged(make, original, restyled)
    assert house_style("5 pct, 5% or 5 per cent; 2 mln dlrs = 2 million dollars") == \
        "5 pct 5 pct or 5 pct 2 mln dlrs 2 mln dlrs".split()


def test_earnings_tables_of_two_companies_are_not_copies(make) -> None:
    a = table("ACME TOOL CORP <ACT>", "CLEVELAND", "03", ["Shr 41 cts vs 35 cts", "Net 15.4 mln vs 11.9 mln",
                                                         "Revs 234.4 mln vs 96.6 mln", "Avg shrs 38.0 mln vs 34.4 mln"])
    b = table("BAYLOR FOODS INC <BAYF>", "CLEVELAND", "03", ["Shr 22 cts vs 19 cts", "Net 3.1 mln vs 2.6 mln",
                                                            "Revs 88.0 mln vs 80.7 mln", "Avg shrs 14.1 mln vs 13.9 mln"])
    assert not merged(make, a, b)
    # the rows of a table are its story: none of it is dropped as a heading
    assert "41" in copy_body(make(a, name="t.txt"))


def test_dividend_notices_written_to_one_template_are_not_copies(make) -> None:
    def notice(company: str, place: str, cts: int, pay: str, record: str) -> str:
        return render(f"{company} SETS QUARTERLY", "1987-03-11 12:28",
                      [f"{place}, March 11 - Qtly div {cts} cts vs {cts} cts prior", f"Pay {pay}", f"Record {record}", "Reuter"])

    assert not merged(make, notice("HANDLEY CO <HND>", "TROY, Mich.", 14, "April 10", "March 27"),
                      notice("WESTFIELD SAVINGS <WFS>", "TROY, Mich.", 15, "April 15", "March 30"))
    # the same notice re-issued under another headline is one
    assert merged(make, notice("HANDLEY CO <HND>", "TROY, Mich.", 14, "April 10", "March 27"),
                  notice("HANDLEY CO <HND>", "TROY, Mich.", 14, "April 10", "March 27").replace("SETS QUARTERLY", "DECLARES DIVIDEND"))


def test_the_same_words_on_another_day_or_from_another_place_are_another_story(make) -> None:
    words = ["The bank left credit policies unchanged after today's regular meeting of its council, a "
             "spokesman said in answer to enquiries.", "The discount rate remains at 3.0 pct, and the emergency "
             "financing rate at 5.0 pct."]
    first = render("BANK LEAVES CREDIT POLICIES UNCHANGED", "1987-03-05 07:20", ["FRANKFURT, March 5 - " + words[0], words[1]])
    fortnight = render("BANK LEAVES CREDIT POLICIES UNCHANGED", "1987-03-19 07:20", ["FRANKFURT, March 19 - " + words[0], words[1]])
    elsewhere = render("BANK LEAVES CREDIT POLICIES UNCHANGED", "1987-03-05 07:40", ["VIENNA, March 5 - " + words[0], words[1]])
    assert not merged(make, first, fortnight)
    assert not merged(make, first, elsewhere)


def test_an_undated_copy_does_not_join_two_stories_a_fortnight_apart(make) -> None:
    text = render("Bank holds rate", "2025-03-05", STORY)
    a = make(text, name="a.txt")
    b = make(text.replace("2025-03-05", "2025-03-19"), name="b.txt")
    u = replace(make(text, name="u.txt"), published=None)
    out = find_duplicates([a, u, b], CFG)
    family = {x.id: x.duplicate_of or x.id for x in out}
    assert family[a.id] != family[b.id]
    assert family[u.id] in (family[a.id], family[b.id])


def test_shared_paragraphs_do_not_make_a_copy(make) -> None:
    background = ("The bank raised rates nine times between 2022 and 2024 to fight the fastest inflation "
                  "in four decades, before cutting twice last year as price growth slowed.")
    other = [
        "Exporters said on Friday that the strong currency had cost them orders in Asia for a third month, "
        "and the engineering federation cut its forecast for machinery sales this year.",
        "The federation's chief economist said members were holding off on hiring until the spring.",
        background,
    ]
    footer = "Share this article: Facebook Twitter Email Print. For more business news, subscribe to our daily newsletter."
    assert not merged(make, render("Bank holds rate", "2025-03-05", [*STORY, background]),
                      render("Exporters lose orders", "2025-03-05", other))
    assert not merged(make, render("Bank holds rate", "2025-03-05", [*STORY[:2], footer]),
                      render("Exporters lose orders", "2025-03-05", [*other[:2], footer]))


def test_a_short_item_matches_word_for_word_and_by_headline(make) -> None:
    flash = ["Rent-A-Center Inc said its directors approved a three-for-two stock split payable April 20, record April 3.", "Reuter"]
    typo = [flash[0].replace("payable", "paybale").replace("record", "rceord"), "Reuter"]
    assert merged(make, render("RENT-A-CENTER <RENT> VOTES 3 FOR 2 SPLIT", "1987-03-20 10:24", flash),
                  render("RENT-A-CENTER <RENT> VOTES 3 FOR 2 SPLIT - analysts", "1987-03-20 10:24", typo))
    other = [flash[0].replace("Rent-A-Center Inc", "Kemper Homes Corp"), "Reuter"]
    assert not merged(make, render("RENT-A-CENTER <RENT> VOTES 3 FOR 2 SPLIT", "1987-03-20 10:24", flash),
                      render("KEMPER HOMES <KHC> VOTES STOCK SPLIT", "1987-03-20 10:40", other))


def test_the_rule_compares_fingerprints_cheapest_test_first(make) -> None:
    a = fingerprint(make(render("Bank holds rate", "2025-03-05", STORY), name="a.txt"), CFG)
    far = fingerprint(make(render("Bank holds rate", "2025-04-05", STORY), name="b.txt"), CFG)
    assert is_copy(a, a, CFG)
    assert not is_copy(a, far, CFG)
    assert is_copy(a, far, DedupConfig(max_days_apart=60))


def test_dateline_places_and_headline_words() -> None:
    assert lead_place("NEW YORK, March 3 - Shares rose.") == "new york"
    assert lead_place("LONDON (Reuters) - Shares rose.") == "london"
    assert lead_place("Frankfurt, March 19 - The bank held.") == "frankfurt"
    assert lead_place("St Joseph, April 7 - Hog prices rose.") == "st joseph"
    assert lead_place("NOTE - Company's full name is Acme Tool Corp.") == ""
    assert lead_place("Putin - the Russian leader - said so.") == ""
    assert lead_place("The bank held rates on Thursday.") == ""
    assert headline_words_of("UPDATE 1-ACME TOOL CORP <ACT.N> 4TH QTR NET") == ["acme", "tool", "corp", "4th", "qtr", "net"]


def headline_words_of(title: str) -> list[str]:
    from briefing.model import Article

    return headline_words(Article(id="x", path="x.txt", title=title, published=None, outlet=None, url=None,
                                  blocks=(), words=0, content_hash=""))
