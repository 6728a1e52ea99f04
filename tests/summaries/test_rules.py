"""The rules behind summary points: filler, labels, leaning sentences, centrality, MMR."""

from __future__ import annotations

import pytest

from briefing.config.schema import StorylineSpec, Term
from briefing.storylines.scoring import compile_storylines
from briefing.summaries.centrality import Centroid, TermRelevance, content_words, stem
from briefing.summaries.mmr import Choice, repeats, select
from briefing.text.filler import (
    is_background,
    is_filler,
    is_headline,
    is_question,
    leans_on_previous,
    point_rejection,
    quote_balance,
    split_label,
)
from briefing.text.signoffs import is_bio, is_sign_off


@pytest.mark.parametrize(
    "sentence",
    [
        "As the situation evolves, the world watches closely.",
        "Explore impacts on sanctions and global energy markets in this detailed analysis.",
        "Stay tuned for more updates as this story develops.",
        "Only time will tell whether the truce holds.",
        "Sign up for our daily newsletter to get the latest updates.",
        "Key Takeaways",
        "Editor’s note: This story was updated with comment from the ministry.",
        "CORRECTION - An earlier version of this story misstated the size of the loan.",
    ],
)
def test_filler(sentence: str) -> None:
    assert is_filler(sentence)


@pytest.mark.parametrize(
    "sentence",
    [  # the writer's sign-off and the outlet's calls to the reader, as pages end
        "Reach her at 442-1400, extension 317, or mara@courier.example.com.",
        "Reach him directly at jvell@sentinel.com.",
        "Piet Amsel may be reached at pamsel@example.org.",
        "Follow him on Twitter @PietAmsel.",
        "For more from Mara, follow her on Twitter @maralind.",
        "Find Courier.com on Facebook.",
        "Email us at desk@courier.com.",
        "Get your slippers on and run down to your local newsagents to pick up this week's issue now.",
        "Remember, you can buy the digital edition of the magazine for your tablet or iPhone.",
        "And don't forget to rate it in iTunes!",
        "And like us on Facebook to get our news right in your feed:",
        "Like KVTA on Facebook and follow @KVTA on Twitter to engage in conversation about this article.",
        "For the latest news and analysis, follow @couriernews.",
        "Add Ilse Marek as an interest to stay up to date on the latest Ilse Marek news, video, and analysis.",
        "If you have witnessed misconduct while working in the industry, we’d like to hear from you.",
        "Send us a secure tip using the instructions at tips.courier.com.",
        # a colleague's credit
        "Associated Press writers Jon Vell and Mara Lind in Lisk contributed to this report.",
        "Piet Amsel contributed reporting.",
        # a press release's legal notice
        "All forward-looking statements in this release are based upon information available to us on this date.",
        "Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995: Certain statements are"
        " forward-looking.",
    ],
)
def test_a_sign_off_is_no_point(sentence: str) -> None:
    assert is_sign_off(sentence) and is_filler(sentence)


@pytest.mark.parametrize(
    "sentence",
    [  # reporting that uses the same words
        "As reports of the shooting circulated, relatives rushed to the area or tried to reach them by phone.",
        "The union said it was hopeful that a settlement can be reached before a strike becomes necessary.",
        "Police asked anyone with information to contact them on 0845 125 222.",
        "Rescuers could not reach her at the bottom of the ravine until Tuesday.",
        "Supporters follow him on every campaign stop, aides said.",
        "Evan Marsh, a reporter for the Courier, was detained at the border on Monday.",
        "The fund contributed $2 million to the relief effort, its director said.",
        "The senator said voters should not forget the 2008 crash.",
        # a year is no phone number; a call to the reader opens its sentence or clause
        "Prosecutors said she tried to contact him on Facebook in 2016.",
        "Officials said a deal may be reached by the end of 2015.",
        "Mara Lind, whose 150 million fans follow her on Instagram, posted a photo on Monday.",
        "The ministry would follow them on trade policy, officials said.",
        "Researchers found that people who like the senator on Facebook were more likely to vote.",
        "More than 200 scientists contributed to the report, which warns of floods.",
        "Starting Friday, you can buy the phone in 40 countries, the company said.",
        "'Don't forget that the army crossed a sovereign border,' the president told lawmakers.",
        "The lawsuit alleges that the company's forward-looking statements were false and misleading.",
        # a biography alone may be news
        "Evan Marsh is a reporter for the Courier.",
        # a call to the reader opens its sentence or clause, after its punctuation
        "Some world leaders, like the senator on Twitter, now bypass the press.",
        "Millions watch her show and follow her on Instagram.",
        "Millions of people follow @ilsemarek every day.",
        "The US regulator said the company's forward-looking statements misled investors.",
    ],
)
def test_reporting_in_the_same_words_is_no_sign_off(sentence: str) -> None:
    assert not is_sign_off(sentence)


@pytest.mark.parametrize("paragraph", [
    "He said it was over.” Follow her on Twitter @maralind.",
    "Reach him\nat jvell@courier.com.",
    "Got a tip?     Follow us on Twitter @courier.",
    "CNN's Ed Payne contributed to this report.",
    # a line break joined into a space hides where the call opens its sentence (a review's case)
    "Jane Doe is a staff writer at the Post\nFollow her on Twitter @jdoe",
])
def test_the_sign_off_prefilter_never_misses_one(paragraph: str) -> None:
    from briefing.text.sentences import split_sentences
    from briefing.text.signoffs import may_hold_sign_off
    assert any(map(is_sign_off, split_sentences(paragraph)))
    assert may_hold_sign_off(paragraph)


def test_a_one_line_biography_is_the_writers_only_beside_a_sign_off() -> None:
    assert is_bio("Mara Lind is a staff writer at the Courier.")
    assert is_bio("Jon Vell is the Second Amendment columnist for the Sentinel and political analyst for Valley Radio.")
    assert not is_bio("Shireen Vell was a veteran correspondent for the Courier.")
    assert point_rejection("Evan Marsh is a reporter for the Courier.") is None


@pytest.mark.parametrize(("sentence", "headline"), [
    # headlines of related stories and links run into a page
    ("Royal Bodyguard Warns: 'Baby Is In Danger!'", True),
    ("Donald Trump Picks Up His First Congressional Endorsements.", True),
    ("Get The Beast In Your Inbox!", True),
    ("One Valley Bancorp of West Virginia Inc.", True),
    # reporting, however many names it holds; a broadcaster's transcript in capitals
    ("Co-managers are Barclays, Baring Brothers Asia Ltd and Mitsubishi Finance (Hong Kong) Ltd.", False),
    ("Anton Vell is Executive Vice President and Special Counsel to Ilse Marek.", False),
    ("President Ilse Marek met Tomas Brann in Lisk on Friday.", False),
    ("A NEWBORN BABY IS NOW IN STATE CUSTODY AFTER POLICE SAY HIS MOTHER REFUSED TO TAKE HIM TO HOSPITAL.", False),
    ("SEOUL, April 8 - THE BANK OF KOREA SAID IT FIXED THE MIDRATE AT 844.30.", False),
])
def test_a_headline_is_no_point(sentence: str, headline: bool) -> None:
    assert is_headline(sentence) is headline
    assert (point_rejection(sentence) == "headline") is headline


def test_reporting_is_not_filler() -> None:
    assert not is_filler("The ministry said exports fell by 40 percent in September as the crisis deepened.")
    assert not is_filler("Notes issued by the central bank fell to 2.1 billion dlrs, the bank said.")
    assert not is_filler("Correction officers walked out at three state prisons on Monday.")
    assert not is_filler("Correction — not collapse — is what most analysts now expect for the market.")


@pytest.mark.parametrize(
    "sentence, label, rest",
    [
        ("UPDATE: The Kremlin has abandoned plans for a meeting.", "UPDATE", "The Kremlin has abandoned plans for a meeting."),
        # a table's note is a label, whatever case its text opens with
        ("Note: figures include losses from discontinued operations.", "Note",
         "Figures include losses from discontinued operations."),
        ("NOTE - Bonus issue of four new shares for every ten held.", "NOTE", "Bonus issue of four new shares for every ten held."),
        ("Summit Failure Highlights Stalemate: The cancellation underscores divisions.", "Summit Failure Highlights Stalemate", "The cancellation underscores divisions."),
        ("KYIV (Reuters) - Drones hit a refinery overnight.", "KYIV (Reuters)", "Drones hit a refinery overnight."),
        ("NEW YORK, March 11 - The bank said reserves fell.", "NEW YORK, March 11", "The bank said reserves fell."),
        ("(CNN) The administration plans new tariffs.", "(CNN)", "The administration plans new tariffs."),
        ("The meeting, March 30 - was brief.", None, "The meeting, March 30 - was brief."),
        ("ALERT, Ukraine 12 - the war goes on.", None, "ALERT, Ukraine 12 - the war goes on."),
        ("Lavrov said: The goals remain unchanged.", None, "Lavrov said: The goals remain unchanged."),
        ("The ratio was 3: 2 in the vote.", None, "The ratio was 3: 2 in the vote."),
    ],
)
def test_labels(sentence: str, label: str | None, rest: str) -> None:
    assert split_label(sentence) == (label, rest)


@pytest.mark.parametrize(
    "sentence, leans",
    [
        ("This marks a departure from earlier commitments.", True),
        ("He's referring to Russia.", True),
        ("However, the ministry denied it.", True),
        ("Such moves are rare.", True),
        ("The move angered Kyiv.", True),
        ("This week the Kremlin said talks were over.", False),
        ("Moreover, in the frontline region, attacks left 60,000 people without power.", False),
        ("There are no plans for a meeting.", False),
        ("Theresa May spoke.", False),
    ],
)
def test_leaning_sentences(sentence: str, leans: bool) -> None:
    assert leans_on_previous(sentence) is leans


@pytest.mark.parametrize(
    "sentence, back",
    [
        # a definite description of the subject the sentence before named: which company?
        ("The company also said 1987 capital spending will be 420 mln dlrs.", True),
        ("The company's implied senior debt rating is B-minus.", True),
        ("The bank said reserves fell by 2 billion.", True),
        ("The Bank of England said it had not operated in the market.", False),  # a name
        ("The company-wide pay freeze ends in June.", False),
        ("The government of Japan said it would cut the rate.", False),  # the phrase names it
        ("The union representing 30,000 nurses voted to strike.", False),
        ("The official death toll rose above 50,000.", False),  # an adjective
        ("The spokesman for IBJ said the bank would not comment.", False),
        ("The company on Tuesday said it would cut 500 jobs.", True),  # when, not which
        ("The board of directors approved the plan on Friday.", True),
        ("The agreement led to a rise in output.", True),
        ("The Russian leader indicated he was open to talks with Mr. Trump.", True),
        ("The president said the tariffs would stay.", True),
        ("The Russian President Vladimir Putin said the talks were over.", False),  # the name follows
    ],
)
def test_sentences_that_refer_back(sentence: str, back: bool) -> None:
    from briefing.text.filler import refers_back

    assert refers_back(sentence) is back


def test_a_back_reference_leans_on_its_sentence_but_an_article_may_open_with_one() -> None:
    from briefing.model import Passage
    from briefing.summaries.candidates import passage_candidates

    lead = "The court ruled on Monday that the new voting maps must be redrawn before the election."
    later = ("Acme Corp said first-quarter profit rose 12 pct on higher sales of its pumps. "
             "The company also said it would open two plants in Texas next year.")
    assert [c.text for c in passage_candidates(Passage("a1", 0, lead, 1.0), 0, (), None)] == [lead]
    points = [c.text for c in passage_candidates(Passage("a1", 3, later, 1.0), 3, (), None)]
    assert points[0].startswith("Acme Corp said") and not any(p.startswith("The company") for p in points)
    alone = "The company also said it would open two plants in Texas next year."
    assert list(passage_candidates(Passage("a1", 4, alone, 1.0), 4, (), None)) == []


def test_a_wire_dateline_in_capitals_with_its_date_is_no_part_of_a_point() -> None:
    from briefing.text.filler import without_dateline

    assert without_dateline("COPENHAGEN, MARCH 23 - A small Danish bank stopped payments.") == (
        "A small Danish bank stopped payments.")
    assert without_dateline("NEW YORK, APRIL 1 - Stocks fell.") == "Stocks fell."
    assert without_dateline("BRIARCLIFF MANOR, N.Y., MARCH 19 - Sales rose.") == "Sales rose."
    assert without_dateline("SANTOS, BRAZIL, MARCH 11 - Coffee fell.") == "Coffee fell."
    assert without_dateline("The EU, MAY 5 - no date line.") == "The EU, MAY 5 - no date line."


def test_point_rejections() -> None:
    assert point_rejection("What caused the cancellation of the summit?") == "question"
    # a call to the reader is no point ("Now, read all the way to the bottom.", "Please follow her …")
    assert point_rejection("Now, read all the way to the bottom of the page.") == "filler"
    assert point_rejection("Please follow her for up to the minute news on the race.") == "filler"
    assert point_rejection("Pleased with the result, Mayor Hale said the bridge would open.") is None
    assert is_question("“Why now?” he asked?")
    assert point_rejection("Too short to say much.") == "fragment"
    assert point_rejection("the sentence starts in the middle of something else entirely.") == "fragment"
    assert point_rejection("A heading with many words but no full stop at all") == "fragment"
    assert point_rejection('He said, “We’re both going to work together on this deal.') == "part of a quotation"
    assert point_rejection("“We are prepared for that and we will meet again soon,” he stated.") == "mostly quotation"
    # ... but a quotation its sentence credits by name is news with its source ("…,” said Inspector-General X.)
    assert point_rejection("“Our finding is that the chemical was a nerve agent,” said police chief Khalid Bakar.") is None
    assert point_rejection("“Our finding is that the chemical was a nerve agent,” a spokesman said.") == "mostly quotation"
    assert point_rejection("“Our finding is that the chemical was a nerve agent and we stand by it.”") == "mostly quotation"
    assert point_rejection("x " * 400 + ".") == "too long"
    assert point_rejection("The ministry said exports fell by 40 percent in September.") is None


@pytest.mark.parametrize(("sentence", "named"), [
    ("“We are expecting people to pack up and go,” said Mark Dolan, a spokesman for the mayor.", True),
    ("“The intention was to make it absolutely clear,” Netanyahu said.", True),
    ("“We will close the plant in June,” Trump tweeted.", True),
    ("“We will close the plant in June,” said Sen. Tammy Baldwin (D-Wis.).", True),
    # review cases: no one named, only a sentence opener, a determiner's noun, a weekday or a pronoun
    ("An insider tells us, “In September, a judge ordered her to pay Silva a monthly sum.”", False),
    ("The company said: “We will close the plant in June and move the jobs.”", False),
    ("“We will close the plant in June,” one banker said.", False),
    ("“We will close the plant in June,” the campaign wrote Wednesday.", False),
    ("Her spokesman said: “We will close the plant in June and move the jobs.”", False),
    ("“We will close the plant in June,” says a Post memo announcing the hire.", False),
    ("“We will close the plant in June,” he said.", False),
])
def test_a_quotation_credited_by_name(sentence: str, named: bool) -> None:
    from briefing.text.quote_marks import named_attribution

    assert named_attribution(sentence) is named


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("FILE - In this April 17, 2018 file photo, the actress arrives at a film premiere in Los Angeles.", "caption"),
        ("FOR MOVEMENT FRIDAY NOV. 15 FILE - This June, 2013 photo released by the family shows the officer.",
         "caption"),
        ("This photo provided by the county sheriff's office shows the suspect's car.", "caption"),
        ("In this image taken from video, rescuers search the rubble in the town centre.", "caption"),
        ("Protesters march through the old town on Saturday (AP Photo/Jae C. Hong).", "caption"),
        ("(When the magazine reached out for comment, her spokesman pointed to the post.)", "aside"),
        # reporting that mentions a photo stays a point
        ("The minister said the photo of the meeting had been doctored.", None),
        ("This image of the flooded square was shared 40,000 times on Monday.", None),
        ("A man who took a photo from the balcony was arrested on Monday.", None),
        ("This combination photo shows the two leaders at the summit.", "caption"),
        ("This still image taken from video released by the ministry shows a drone.", "caption"),
        ("A damaged building is seen in this photo taken on Monday in Lisk.", "caption"),
        ("Jon Vell stands for a portrait in front of an artist's drawing of the new planet.", "caption"),
        ("The two sisters pose for a photo outside the courthouse in Lisk.", "caption"),
        ("The senator refused to pose for a photo with the protesters, aides said.", None),
        ("(Reuters) The central bank raised its main rate by half a point on Tuesday.", None),
        ("A reconstruction of the dinosaur is shown in this October 31, 2016 photo released on Monday.", "caption"),
        ("EMBED More News Videos The suspect heads to the county jail in Eagleville.", "caption"),
        ("Seattle's drink tax nearly doubles prices at Costco Your browser does not support the audio element.",
         "caption"),
        ("Enlarge image Egypt holds a final round of voting as the trial opens.", "caption"),
        ("Viewers of the video shared it 40,000 times, the ministry said.", None),
        # a wire photo's caption dates its picture with the weekday and the full date after a comma
        ("Justice Minister Anton Vell speaks to the media outside the police station in Lisk, Friday, May 2, 2014.",
         "caption"),
        ("Navy divers carry a bag recovered at sea off the coast of Kessel, Saturday, Jan. 3, 2015.", "caption"),
        ("CLOSE Ilse Marek is facing yet another accuser who says the actor grabbed her son in 2016.", "caption"),
        # ...or a scene told in the present, closed by the full date after a comma or "on" and a weekday
        ("The protest camp at Lisk City Park is seen before the midnight deadline passes in Lisk, November 27, 2011.",
         "caption"),
        ("A local news crew reports from a house in the Vell Hills section of Lisk on Tuesday, Jan. 24, 2017.", "caption"),
        ("Navy personnel lay plastic bags containing the bodies of victims off the coast of Kessel, Jan. 3, 2015.",
         "caption"),
        ("The mayor answers questions during a news conference at City Hall in Lisk, February 16, 2017.", "caption"),
        # ...not reporting in the past, nor a present that is not a scene
        ("Senator Ann Lind cast herself as a champion of working people during a speech in Lisk on Thursday, Aug. 11, 2016.",
         None),
        ("Officials said the quake struck the coast on Thursday, March 14, 2013.", None),
        ("The new tax takes effect in Lisk, January 1, 2018.", None),
        ("The verdict came on Friday, and the appeal was filed May 2, 2014, his lawyer said.", None),
        ("CLOSE ties between the two firms were disclosed in filings on Monday.", None),
        # a time to come is written with its weekday and date; a page's words can be reported
        ("The hearing is scheduled for 9 a.m., Tuesday, March 5, 2019, in federal court.", None),
        ("The hearing is scheduled for 9 a.m. ET, Tuesday, March 5, 2019, in federal court.", None),
        ("Hackers could exploit the bug to attack other users' accounts, the company said.", None),
        ("The company said a new report abuse button will appear on every post.", None),
        # what a video player or a comment box prints
        ("Anyone with information about this incident is encouraged to contact the Homicide Bureau at (323) 890-5500.",
         "filler"),
        ("Anyone with information is urged to call the tips hotline.", "filler"),
        ("Police said they had no information about anyone who called the station.", None),
        ("The interactive transcript could not be loaded.", "caption"),
        ("Rating is available when the video has been rented.", "caption"),
        ("Use the \"Report Abuse\" button to make a difference.", "caption"),
        ("Don't attack other readers personally, and keep your language decent.", "caption"),
        ("Please enable JavaScript to view the comments powered by Disqus.", "filler"),  # a call to the reader
        ("The council said it would keep its language on the tax decent and clear.", None),
        ("When you tweet with a location, Twitter stores that location.", "caption"),
        ("Sorry, the page you requested was not found.", "caption"),
        ("If you're having trouble locating a destination on the site, try visiting its home page.", "caption"),
    ],
)
def test_captions_and_asides_are_not_points(sentence: str, why: str | None) -> None:
    assert point_rejection(sentence) == why


def test_quote_balance() -> None:
    assert quote_balance("No quotes in this one.") == (True, 0.0)
    balanced, share = quote_balance('He called it a "wasted meeting" on Friday.')
    assert balanced and 0 < share < 0.5


def test_background() -> None:
    assert is_background("Anchorage is the largest city in Alaska, founded in 1914 as a port.", None)
    assert is_background("Its history dates back over 800 years.", None)
    assert is_background("The treaty of 1997 set the border.", 2025)
    assert not is_background("The deal signed in 2024 set the border.", 2025)
    assert not is_background("A historic agreement was signed on Monday.", 2025)


def test_content_words_and_stems() -> None:
    assert stem("sanctions") == "sanction" and stem("countries") == "country" and stem("press") == "press"
    assert content_words("The sanctions on Rosneft's exports were said to bite.") == ["sanction", "rosneft", "export", "bite"]


def test_centroid_leaves_the_sentence_itself_out() -> None:
    docs = [("a", ["oil", "export", "fell"]), ("b", ["oil", "export", "rose"]), ("c", ["bridge", "paint"])]
    c = Centroid(docs)
    assert c.centrality(0) > c.centrality(2)
    assert Centroid([("a", ["alone", "word"])]).centrality(0) == 0.0  # nothing else to be central to


def test_term_relevance_follows_the_config_terms() -> None:
    spec = StorylineSpec(
        "s", "S", (Term("sanction*", 3), Term("oil exports", 3), Term("barrels", 2), Term("air defen*", 2)), (Term("founded", 2),), 3
    )
    rel = TermRelevance(spec)
    assert rel("Sanctions hit oil exports, now 2 million barrels.") > rel("Sanctions were discussed.") == 0.5
    assert rel("Air defences shot down drones.") == pytest.approx(2 / 5)
    assert rel("The company was founded long ago.") == 0.0
    assert TermRelevance(None)("anything at all") == 1.0


def test_term_relevance_counts_overlapping_terms_once_as_storylines_do() -> None:
    # "peace talks" is one match, not also "peace" and "talks": a sentence that mentions talks
    # in passing ("ahead of potential peace talks") must not outscore one about the talks
    spec = StorylineSpec("d", "D", (Term("peace talks", 3), Term("talks", 2), Term("peace", 1.5)), (), 3)
    rel = TermRelevance(spec)
    text = "The overnight attacks came ahead of potential peace talks."
    assert rel.score(text) == 3.0
    assert rel.score(text) == compile_storylines([spec]).score(text)[0]
    assert rel(text) == 0.5


def test_mmr_skips_repeats_and_stops_at_the_floor() -> None:
    items = [
        (1.0, "valdoria closed kessel border crossing grain tariff"),
        (0.95, "kessel border crossing closed valdoria grain tariff dispute"),
        (0.6, "farmer blocked motorway tractor"),
        (0.1, "bridge painted river"),
    ]
    pick = select(items, lambda it: Choice(it[0], frozenset(it[1].split())), limit=5, minimum=1, floor=0.3)
    assert [p[0] for p in pick] == [1.0, 0.6]
    assert repeats(frozenset(items[0][1].split()), frozenset(items[1][1].split()))


@pytest.mark.parametrize(("sentence", "body"), [
    ("WASHINGTON, March 30 - The Fed left its rates unchanged on Monday.", "The Fed left its rates unchanged on Monday."),
    ("New York, March 18 - GAMCO Investors Inc plans to propose a new provision.",
     "GAMCO Investors Inc plans to propose a new provision."),
    ("He said the deal, signed March 5, was final.", "He said the deal, signed March 5, was final."),
    # a place in any case before a well-known outlet, with or without a dash; a local paper's ">>"
    ("Sycamore, Illinois (CNN) The man convicted in the case was freed.", "The man convicted in the case was freed."),
    ("Washington (CNN) -- A man who jumped the fence was arrested.", "A man who jumped the fence was arrested."),
    ("WOODLAND HILLS >> Homicide detectives are investigating.", "Homicide detectives are investigating."),
    ("Dec 17 (Reuters) - A ticket buying frenzy swelled the jackpot.", "A ticket buying frenzy swelled the jackpot."),
    # a press release wire's dateline; a live blog's time stamp
    ("CHICAGO, Nov. 30, 2018 /PRNewswire/ -- Lisk Air today announced a new route.", "Lisk Air today announced a new route."),
    ("12:39 A.M. The two sides have agreed to a 72-hour ceasefire.", "The two sides have agreed to a 72-hour ceasefire."),
    ("At 12:39 A.M. the two sides agreed to a ceasefire.", "At 12:39 A.M. the two sides agreed to a ceasefire."),
    # a page's box of highlights, its label run into the first of them
    ("Story highlights The radio network suspends all prank calls.", "The radio network suspends all prank calls."),
    ("PARIS, Aug 31 (Reuters) - The far-right leader said she would run.", "The far-right leader said she would run."),
    ("WASHINGTON ― In a stinging blow to the president, the Senate voted to override his veto.",
     "In a stinging blow to the president, the Senate voted to override his veto."),
    # ...or a hyphen, spaced or run into the first word
    ("SYCAMORE, Ill. --A 76-year-old man from Lisk who was wrongly convicted will be released.",
     "A 76-year-old man from Lisk who was wrongly convicted will be released."),
    ("WASHINGTON - The Fed chairman said that debtor nations have made progress.",
     "The Fed chairman said that debtor nations have made progress."),
    ("US - China trade talks resumed on Monday in Lisk.", "US - China trade talks resumed on Monday in Lisk."),
    # an outlet's name spelt out before its initials is the sentence's subject, not a dateline
    ("National Public Radio (NPR) Chief Executive Jon Vell will step down.",
     "National Public Radio (NPR) Chief Executive Jon Vell will step down."),
    # a company's ticker is no outlet
    ("Exxon Mobil (XOM) Chief Executive Darren Woods said the deal was final.",
     "Exxon Mobil (XOM) Chief Executive Darren Woods said the deal was final."),
])
def test_a_wire_dateline_in_any_case_is_no_part_of_the_point(sentence: str, body: str) -> None:
    from briefing.text.filler import split_label

    assert split_label(sentence)[1] == body


def test_an_editors_note_is_never_a_candidate_point_whatever_its_label() -> None:
    from briefing.model import Passage
    from briefing.summaries.candidates import passage_candidates

    text = ("Correction: An earlier version of this story misstated the death toll in the flooding. "
            "Note: figures include losses from discontinued operations of 309,000 dlrs in the quarter. "
            "Rescue teams reached the last flooded villages in the valley on Tuesday morning.")
    points = [c.text for c in passage_candidates(Passage("a1", 0, text, 1.0), 0, (), None)]
    assert not any("earlier version" in p for p in points)
    assert "Figures include losses from discontinued operations of 309,000 dlrs in the quarter." in points
    assert any(p.startswith("Rescue teams") for p in points)


@pytest.mark.parametrize(("text", "kept"), [
    # a transcript's turn is dialogue, not a point; a dateline in capitals before a colon is no turn
    ("Then set up the meeting. RYAN: I know some of them, but I'm sure they're watching right now. Reporters "
     "then asked about trade with Lisk and Kessel.", "Reporters then asked about trade with Lisk and Kessel."),
    ("Are you going to include the caucus and the committee — HALE: Well, I would. Reporters then asked about the "
     "budget and the new tax bill.", "Reporters then asked about the budget and the new tax bill."),
    ("NEW DELHI: Lisk's exports rose 12 percent in March from a year earlier, the trade ministry said on Monday.",
     "Lisk's exports rose 12 percent in March from a year earlier, the trade ministry said on Monday."),
])
def test_a_transcripts_turn_is_no_point(text: str, kept: str) -> None:
    from briefing.model import Passage
    from briefing.summaries.candidates import passage_candidates

    points = [c.text for c in passage_candidates(Passage("a1", 0, text, 1.0), 0, (), None)]
    assert kept in points and not any(":" in p and ("RYAN" in p or "HALE" in p) for p in points)
