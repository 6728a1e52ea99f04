"""Found storylines: what no configured storyline holds, grouped by subject and named
from its own words; with no storyline configured, the brief is made of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config.load import parse_config
from briefing.config.schema import Config
from briefing.model import Article, Storyline
from briefing.storylines.assign import OTHER_KEY, assign_storylines
from briefing.storylines.emergent import FOUND_PREFIX
from tests.conftest import make_article

# three subjects of the kind a wire carries, three reports each (other companies, places
# and figures), and one report on nothing else in the brief
SUBJECTS = {
    "crude": [
        "Texaco Canada said it lowered the contract price it will pay for crude oil by 1.50 dlrs a barrel, "
        "effective today.\n\nThe company said its posted price for West Texas Intermediate crude is now 16.50 dlrs "
        "a barrel.\n\nCrude oil postings have fallen across the industry since OPEC output rose.",
        "Sun Company said it raised its crude oil posted prices by 50 cts a barrel, effective March 4.\n\nThe "
        "increase brings its posting for West Texas Intermediate crude oil to 17.00 dlrs a barrel.\n\nSun said "
        "the crude oil price change followed similar moves by other refiners.",
        "Unocal Corp said its unit cut crude oil posted prices by one dlr a barrel.\n\nThe new posting for West "
        "Texas Intermediate crude oil is 16.00 dlrs a barrel, the company said.\n\nRefiners have cut crude "
        "postings twice this month as OPEC oil output climbed.",
    ],
    "wheat": [
        "Egypt bought 200,000 tonnes of wheat from the United States under the export bonus programme, "
        "agriculture officials said.\n\nThe wheat is for shipment in April and May, the officials said.\n\n"
        "Egypt is one of the largest buyers of wheat in the world.",
        "Pakistan's wheat harvest is expected to reach 14 mln tonnes this year, the farm ministry said.\n\n"
        "Favourable rains helped the wheat crop in Punjab, the ministry said.\n\nLast year's wheat harvest "
        "was 13.9 mln tonnes.",
        "The Soviet Union bought 1.5 mln tonnes of wheat from Canada, grain traders said.\n\nThe wheat sale "
        "includes durum wheat for delivery this summer, the traders said.\n\nCanada's wheat board declined "
        "to comment on the grain sale.",
    ],
    "takeover": [
        "Hanson Trust said it agreed to acquire Kaiser Cement for 250 mln dlrs in cash.\n\nShareholders of "
        "Kaiser will receive 17 dlrs a share under the takeover, Hanson said.\n\nThe acquisition is subject "
        "to approval by Kaiser shareholders.",
        "GenCorp said it would fight the hostile takeover bid from General Partners.\n\nThe bid values "
        "GenCorp shares at 100 dlrs each, and shareholders were urged to reject the takeover offer.\n\n"
        "GenCorp's board said the acquisition bid was inadequate.",
        "Allegheny International said it received a takeover offer for its shares from First Boston.\n\n"
        "The offer would give shareholders 24.60 dlrs a share, the company said.\n\nAllegheny said its board "
        "would study the acquisition proposal with advisers.",
    ],
}
STRAY = "The city zoo in Ashby welcomed a baby giraffe on Tuesday, its keepers said.\n\nThe calf stood within hours."


def articles(cfg: Config) -> list[Article]:
    out = [make_article(text, cfg, name=f"{subject}-{i}.txt", title=f"Report {subject} {i}", date="1987-03-04")
           for subject, texts in SUBJECTS.items() for i, text in enumerate(texts)]
    return out + [make_article(STRAY, cfg, name="stray.txt", title="Zoo news", date="1987-03-04")]


def subject_of(a: Article) -> str:
    return Path(a.path).name.split("-")[0]


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> Config:
    return parse_config("storylines: {}\n", source="<test>", base_dir=tmp_path_factory.mktemp("c"))


def by_subject(out: tuple[Storyline, ...], arts: list[Article]) -> dict[str, set[str]]:
    name = {a.id: subject_of(a) for a in arts}
    return {s.key: {name[a] for a in s.articles} for s in out}


def test_with_no_storylines_configured_the_brief_is_found_storylines(bare: Config) -> None:
    arts = articles(bare)
    out = assign_storylines(arts, bare)
    found = [s for s in out if s.found]
    assert sorted(sorted(v) for k, v in by_subject(out, arts).items() if k != OTHER_KEY) == [
        ["crude"], ["takeover"], ["wheat"]]
    assert all(len(s.articles) == 3 and s.key.startswith(FOUND_PREFIX) for s in found)
    assert out[-1].key == OTHER_KEY and by_subject(out, arts)[OTHER_KEY] == {"stray.txt"}
    assert not out[-1].found


def test_found_storylines_are_named_from_their_words(bare: Config) -> None:
    out = assign_storylines(articles(bare), bare)
    titles = {s.title for s in out if s.found}
    assert len(titles) == 3 and all(t[:1].isupper() and 0 < len(t) <= 48 for t in titles)
    words = " ".join(titles).lower()
    assert "crude" in words and "wheat" in words and ("takeover" in words or "acquisition" in words or "bid" in words)
    assert len({s.key for s in out}) == len(out)


def test_found_storylines_come_after_the_configured_ones(tmp_path: Path) -> None:
    cfg = parse_config("storylines:\n  grain:\n    title: Grain\n    terms: {wheat: 2, grain: 2, tonnes: 1}\n",
                       source="<test>", base_dir=tmp_path)
    arts = articles(cfg)
    out = assign_storylines(arts, cfg)
    assert out[0].key == "grain" and not out[0].found
    assert by_subject(out, arts)["grain"] == {"wheat"}
    assert [s.found for s in out[1:-1]] == [True, True] and out[-1].key == OTHER_KEY
    assert {frozenset(v) for k, v in by_subject(out, arts).items() if k.startswith(FOUND_PREFIX)} == {
        frozenset({"crude"}), frozenset({"takeover"})}


def test_two_reports_are_not_a_storyline(bare: Config) -> None:
    arts = [a for a in articles(bare) if subject_of(a) == "crude"][:2]
    out = assign_storylines(arts, bare)
    assert [s.key for s in out] == [OTHER_KEY]


def test_a_report_that_names_a_found_storyline_in_words_of_its_own_joins_it() -> None:
    from briefing.model import Passage
    from briefing.storylines.emergent import find_storylines
    from briefing.storylines.vocabulary import Vocabulary

    # the association's statement shares none of its heaviest words with the three reports of
    # the nomination, so no pair of it is compared; it is like them on average all the same
    nomination = [
        ["President Obama nominated Regina Benjamin, a rural Alabama doctor, as surgeon general on Monday.",
         "Benjamin runs a clinic in Bayou La Batre that she rebuilt after Hurricane Katrina.",
         "The White House said Benjamin would bring frontline experience to the post."],
        ["Regina Benjamin, who founded a clinic in Bayou La Batre, is Obama's pick for surgeon general.",
         "Benjamin rebuilt the clinic twice, after Hurricane Georges and Hurricane Katrina.",
         "Obama announced the nomination in the Rose Garden."],
        ["Obama named Regina Benjamin surgeon general, praising her clinic in Bayou La Batre.",
         "The Senate must confirm Benjamin, a MacArthur fellow.",
         "Benjamin said the nomination honoured the patients of Bayou La Batre."],
    ]
    statement = [
        "The American Medical Association celebrated the choice of Regina Benjamin.",
        "Association trustees praised Benjamin for her integrity, compassion, expertise and dedication to "
        "underserved communities.",
        "Delegates will honour her commitment to equity and social justice at the June meeting in Chicago, "
        "the association said."]
    wire = [["Texaco Canada cut its posted crude price by 1.50 dlrs a barrel.", "Refiners followed the cut."],
            ["Egypt bought 200,000 tonnes of wheat from the United States.", "Wheat ships in April."],
            ["Sun Company raised crude postings by 50 cts.", "Crude rose after OPEC met."],
            ["Pakistan expects a wheat harvest of 14 mln tonnes.", "Rains helped the wheat crop."],
            ["Unocal cut crude postings by one dlr.", "Crude postings fell twice this month."],
            ["Canada sold durum wheat to the Soviet Union.", "Wheat traders said so."]]
    texts = [*nomination, statement, *wire]
    ps = [Passage(f"a{i}", j, t, 1.0) for i, a in enumerate(texts) for j, t in enumerate(a)]
    found, left = find_storylines(ps, Vocabulary([p.text for p in ps]))
    groups = {tuple(sorted({p.article for p in f.passages})) for f in found}
    assert ("a0", "a1", "a2", "a3") in groups
    assert not left


def test_a_subject_split_by_the_first_pass_is_one_found_storyline(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.model import Passage
    from briefing.storylines import clusters
    from briefing.storylines.emergent import find_storylines
    from briefing.storylines.vocabulary import Vocabulary

    # each article is compared with one other only (as in a brief of thousands, with a few of
    # the hundreds alike): the first pass finds two groups of price cuts, which are one subject
    monkeypatch.setattr(clusters, "CANDIDATES", 1)
    rows = [f"{name} said its crude oil posted price fell {cents} cts a barrel from March {day}."
            for name, cents, day in [("Texaco", 50, 2), ("Sun", 40, 3), ("Unocal", 30, 4), ("Mobil", 25, 5),
                                     ("Amoco", 45, 6), ("Exxon", 35, 7), ("Chevron", 20, 9), ("Shell", 15, 10)]]
    rows += [f"{who} bought {n} tonnes of wheat under the export bonus, traders in {where} said."
             for who, n, where in [("Egypt", 200, "Cairo"), ("Iraq", 150, "Baghdad"), ("Yemen", 100, "Aden"),
                                   ("Jordan", 90, "Amman")]]
    rows += [f"{who} sold {n} ounces of gold bullion to the {bank} central bank, dealers said."
             for who, n, bank in [("Anglo", 300, "Swiss"), ("Newmont", 250, "Dutch"), ("Placer", 120, "Belgian"),
                                  ("Homestake", 80, "Austrian")]]
    rows += [f"Rain fell in {town} on day {i}." for i, town in enumerate(["Leeds", "York", "Hull", "Bath"])]
    ps = [Passage(f"a{i}", 0, t, 1.0) for i, t in enumerate(rows)]
    found, _ = find_storylines(ps, Vocabulary(rows))
    groups = {tuple(sorted({p.article for p in f.passages}, key=lambda a: int(a[1:]))) for f in found}
    assert groups == {tuple(f"a{i}" for i in range(8)), ("a8", "a9", "a10", "a11"), ("a12", "a13", "a14", "a15")}
