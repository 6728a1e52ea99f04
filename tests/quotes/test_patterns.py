"""One test per kind of attribution that real political news uses and the speaker finder
once missed (issue #23).  The sentences are written for these tests after the kinds the
PolNeAR and BASIL corpora show; no corpus text is copied."""

from __future__ import annotations

import pytest

from briefing.quotes.extract import extract_quotes

CASES = [
    # an unnamed source whose head has nouns before it ("administration", "campaign") is still a source
    ("“We are not going after the existing stock of rifles,” said a senior administration official.",
     "existing stock", "unnamed source"),
    ("“The numbers in Ohio are moving our way,” two campaign aides said on Sunday.", "moving our way", "unnamed source"),
    ("“It was just sit and wait today,” one sterling market source said.", "sit and wait", "unnamed source"),
    ("“We will not back down,” said an unnamed source.", "back down", "unnamed source"),
    ("“We are leaving now for good,” two unidentified officials said.", "leaving now", "unnamed source"),
    ("“We see no change at all here,” a human rights expert said.", "no change", "unnamed source"),
    ("“The market is thin today,” a customs source said.", "market is thin", "unnamed source"),
    ("“We have heard nothing at all,” a highly placed source said.", "heard nothing", "unnamed source"),
    ("“The talks are stuck for now,” an arms control expert said.", "talks are stuck", "unnamed source"),
    # a verb before a singular noun is no modifier ("A video shows resident volunteers chanting")
    ("A video shows resident volunteers chanting “we will not leave this town at all.”", "not leave", None),
    # ... but a whole phrase and its verb are not a longer source ("A spokeswoman reminded voters")
    ("A spokeswoman reminded voters that “polls close at eight in the evening.”", "polls close", "unnamed source"),
    ("A photo shows supporters holding a sign reading “the economy is bad for all of us.”", "economy is bad", None),
    # a capitalised preposition opening a sentence is no part of a name ("Alongside BLM" is no one)
    ("Black Lives Matter wrote to the senator.\n\nAlongside BLM calls for action, even a top Democratic strategist said "
     "the senator will have to choose, saying, “At some point she is going to have to come out on this.”",
     "come out on this", "unnamed source"),
    # a party tag and then a role between the name and its verb
    ("Rep. Tom Marsh, R-Ohio, the top Republican on the Oversight Committee, said: “We will not stop asking "
     "questions about this.”", "stop asking", "Tom Marsh"),
    ("Rep. Tom Marsh, R-Ohio, chairman of the committee, said: “The report leaves too many questions open.”",
     "leaves too many", "Tom Marsh"),
    # a name after a preposition is inside the aside, never the speaker ("the House" is no one who speaks)
    ("Rep. Tom Marsh, R-Ohio, Jordan's closest ally in the House, said: “We will keep asking for the papers.”",
     "keep asking", "Tom Marsh"),
    ("Sen. Ann Reyes, R-Texas, who on Thursday unveiled her own pension plan, said Friday that the union has "
     "marked “a huge shift in the debate on pensions.”", "huge shift", "Ann Reyes"),
    # a participle's subject is the sentence's, not the object of its verb
    ("Sen. Dana Whitfield spoke in Ohio.\n\nWhitfield also attacked Governor Ruth Alden, calling her budget "
     "“a reckless gamble with the pensions of teachers.”", "reckless gamble", "Dana Whitfield"),
    # ... but after a paraphrase the inverted "said X, calling" is X's
    ("Lawmakers met.\n\nThe bill passed, said Ann Reyes, calling it “a victory for working families across "
     "the country.”", "victory for working", "Ann Reyes"),
    # organisations named with a preposition stay whole
    ("Lawmakers met.\n\nMothers Against Drunk Driving said in a statement: “Every one of these deaths could "
     "have been prevented.”", "could have been", "Mothers Against Drunk Driving"),
    # ... also when a phrase with no comma of its own opens the sentence and a role is the subject
    ("Sen. Dana Whitfield spoke in Ohio.\n\nIn Wednesday's speech the senator also took a swipe at Governor Ruth "
     "Alden, calling her tenure “ineffective at best and reckless at worst.”", "ineffective at best", "Dana Whitfield"),
    ("At the memorial on Friday Governor Ruth Alden thanked the volunteers, calling the evening “a celebration of "
     "everyone who kept this town going.”", "celebration of everyone", "Ruth Alden"),
    # a sentence adverb opening a sentence ("Instead,", "Now") is no one a later "he" stands for
    ("Senator Ben Sandler spoke in Nashua. Instead, the Vermont senator is sticking to his message.\n\n"
     "“We have come a long way in the last nine months,” he told cheering supporters.", "come a long way",
     "Ben Sandler"),
    # a party-and-state tag is no one's name, so never a speaker: the name before it is
    ("Rep. Tom Marsh, D-Md., questioned the reading of the “amended” charter.", "amended", "Tom Marsh"),
    ("Sen. Ann Reyes, R-Wis., said in an op-ed, “The department failed to honor repeated requests for security.”",
     "failed to honor", "Ann Reyes"),
    # a name set off after the role that follows the verb is the speaker, not an earlier name
    ("The statement by a spokesman for the special counsel challenged what Mr. Cohen told prosecutors.\n\n"
     "“The description of specific statements regarding Michael Cohen’s testimony is not accurate,” said the "
     "spokesman, Peter Carr.", "description of specific", "Peter Carr"),
    ("“The figures are wrong,” said the company spokesman, Ann Reyes, on Monday.", "figures are wrong", "Ann Reyes"),
    # an exclamation or question ends the quote, the attribution goes on in lower case
    ("“This is our little town!” said Dora Lange, 41, a cook at the harbour diner.", "little town", "Dora Lange"),
    ("“Out!” the crowd yelled at Senator Ruth Alden.", "Out", None),
    # a party-and-state tag or a bracketed aside after the name
    ("“It reminds us what is at stake,” Sen. Mark Tolan (R-Ohio) said on Saturday night.", "reminds us", "Mark Tolan"),
    ("“Our assumption is that the veto will fail,” Senate leader Anna Voss, D-Ore., said on Tuesday.", "assumption", "Anna Voss"),
    # a role in lower case between the verb and the name
    ("“I am not going to apologise,” said retired surgeon Paul Okafor, asked about his claims.", "apologise", "Paul Okafor"),
    ("“If they want to argue, fine,” Harlan campaign manager Jeff Wendt said.", "argue", "Jeff Wendt"),
    ("“It is about time,” exhorted Harlan’s introducer, actress Jane Lee Curtis.", "about time", "Jane Lee Curtis"),
    # a long apposition holding commas of its own
    ("“The plans will not solve this,” Anne Rudd, assistant secretary for population, refugees, and migration, said.",
     "will not solve", "Anne Rudd"),
    # the attribution after a clause at the end of the sentence, verb first
    ("Pair exposure with a “candidate who is a lightning rod” and residents get nervous, said Clara Link, the "
     "director of the civic group.", "lightning rod", "Clara Link"),
    # a credit line under the quote, and a label before it
    ("“No sympathy, no preparedness, a real fiasco.” ― Oscar Quinn", "real fiasco", "Oscar Quinn"),
    ("Harlan: “Our goal is not to contain the group but to defeat it.”", "defeat it", "Harlan"),
    # a verb that characterises someone in the quote's words
    ("Governor Chris Dale called the president a “petulant child” on Sunday.", "petulant child", "Chris Dale"),
    ("Actress Kerry Moss thanked Obama for “taking these steps to make us all safer.”", "taking these steps", "Kerry Moss"),
    # the subject of the main clause, not the nearest name, speaks in a participle clause
    ("Senator Lina Hart acknowledged Ramon Ortiz’s success, saying she applauded him for “challenging us all.”",
     "challenging us", "Lina Hart"),
    ("Mayor Ben Cole, celebrating a win in the Democratic primary in his home state, is pledging to “win many "
     "more seats” next year.", "many more seats", "Ben Cole"),
    # a name in "the United States" or "the Washington Post" is no verb
    ("Governor Tom Reyes told the Washington Post, “I like him, but these are hard times for the country.”",
     "hard times", "Tom Reyes"),
    ("Governor Tom Reyes also said at the time that the United States has become a “dumping ground for problems.”",
     "dumping ground", "Tom Reyes"),
    # a reply "shot back" / "fired back", with or without a phrase after it
    ("“They are only here for the free lunch,” Hal Brennan shot back with a laugh.", "free lunch", "Hal Brennan"),
    ("Senator Lina Hart fired back in March, attacking Cole for “the greed and the showing off” of his campaign.",
     "showing off", "Lina Hart"),
    # where the speaker is from, after the name
    ("“It was the least bad outcome,” Mr. Dorn of the Prairie Club said.", "least bad", "Dorn"),
    ("“I would like to see the party be as open as possible,” said Sen. Tammy Lowell of Wisconsin.",
     "as open as", "Tammy Lowell"),
    # where the speaker is from, before the verb and a colon or comma
    ("However, as Archbishop Elias Varno of the Coastal Patriarchate of Tyre told reporters, “We have suffered "
     "the same fate as our neighbours.”", "same fate", "Elias Varno"),
    # a day between the speaker and the verb
    ("Priest later Thursday told reporters: “Both of them are meeting next week to talk about it.”",
     "meeting next week", "Priest"),
    # "Town, State" inside an aside is not the speaker
    ("Senator Lina Hart, during a town hall in Columbus, Ohio, said she was “going to put coal companies out of "
     "business.”", "coal companies", "Lina Hart"),
    # a name after "on" or "to" is where or to whom it was said
    ("Senator Lina Hart answered the question on Facebook writing, “Yes, I will. That was a poor choice of words.”",
     "poor choice", "Lina Hart"),
    # an owner ("America's") is not a name after its role
    ("Governor Tom Reyes bemoaned America's standing in the world, saying that foreigners “look at us and laugh.”",
     "look at us", "Tom Reyes"),
    # a sentence's subject, after an opening phrase, when nothing else attributes the quote
    ("Senator Lina Hart spoke on Monday.\n\nIn selling the plan, Hart released a video that said, “We are going "
     "to have the best teachers in the state.”", "best teachers", "Lina Hart"),
    # a name ending in "-ly" is no adverb between a speaker and the verb
    ("The debate was moderated by host Anne Kelly.\n\nKelly responded pointedly, with a smile: “That can happen at any age.”",
     "any age", "Anne Kelly"),
    # an abbreviated title in a role before the name
    ("“The governor will have the role the mayor had four years ago,” said former Oregon Gov. Jim Dalton.",
     "four years ago", "Jim Dalton"),
    # a long apposition after a quote that ends in a question mark
    ("“How do we win the county?” Will Santos, the chairman for the river district, said of the meeting.",
     "win the county", "Will Santos"),
    # "as X said" after the quote
    ("The fact that the race “is a dead heat right now,” as Hart said on a radio show, only raises the stakes.",
     "dead heat", "Hart"),
    # "as X put it"
    ("As Ben Cole, the No. 2 in the council, put it: “This budget will not be passed.”", "will not be passed",
     "Ben Cole"),
    # a person named after an organisation's possessive
    ("As The Herald's Dana Whitcomb puts it, “Council members are unmoved, and the activists are uninspired.”",
     "unmoved", "Dana Whitcomb"),
    # a quote that is a sentence of its own, after a sentence about its speaker
    ("Harbor College's Dianne Brost agreed. “Mainstream candidates are running out of time to find a rival.”",
     "running out of time", "Dianne Brost"),
    # ... but not when the quote's own sentence goes on with someone else's words
    ("Mayor Ben Cole called Lina Hart onto the stage. “The mayor is not a cynic, friends,” Hart assured the "
     "crowd.", "not a cynic", "Hart"),
    # an owner in "Hughes’ comments" is no speaker of the participle clause that follows
    ("Campaign manager Jo Weller didn’t seem impressed with Hughes’ comments on Tuesday, telling reporters, “A lot "
     "of people said the mayor should step down.”", "step down", "Jo Weller"),
    # the one who asks, in the passive
    ("Hughes was asked by host Bill Marr, who backs Hughes, “Now, you said you were tired of hearing about it, did "
     "you not?”", "tired of hearing", "Bill Marr"),
    # a conjunction is no role before a name
    ("Simms says he was “kind of riding the fence” until Hale said she backed the senator.", "riding the fence",
     "Simms"),
    # a participle after "X added" is X's
    ("Dorn cannot say that “from his point of view,” Lewinski added, saying it should be “up to the prosecutor "
     "to decide.”", "up to the prosecutor", "Lewinski"),
    # a surname that is also a modal verb
    ("Columnist George Will wrote on Sunday.\n\n“This might, and should, hasten the eclipse of the outsiders,” Will "
     "wrote.", "hasten the eclipse", "George Will"),
    # the verb first, as a sentence opens
    ("The bureau made a mistake. Said Corey, “The thought that our error is connected to this is painful to us.”",
     "painful to us", "Corey"),
    ("The house is a museum now. Said Dora Pointer, who grew up with him on the street, “We were all so proud.”",
     "so proud", "Dora Pointer"),
    # a reaction is said
    ("“Is the mayor profiling anyone at all?” reacted Hale.", "profiling", "Hale"),
    # an apposition that is not closed before the verb
    ("Anton Berg, president and CEO of the Harbor Restaurant Association stated, “It is not a political problem; "
     "it is a math problem.”", "math problem", "Anton Berg"),
    ("Mike Mull, president of the United Federation of Teachers, which represents the city's teachers, said he "
     "hopes the day sends a message that “communities are standing up for their schools.”", "standing up",
     "Mike Mull"),
    # an organisation whose name holds "of"
    ("Unions backed Lina Hart early, with the American Federation of Teachers calling her “the champion working "
     "families need.”", "champion", "American Federation of Teachers"),
    # a participle after the statement it comes in
    ("Mayor Tom Reyes spoke on Monday.\n\nCivic Bridge President Jessica Marr issued a statement saying his "
     "comment “has absolutely no place in our "
     "town.”", "no place in our town", "Jessica Marr"),
    # a given name ending in -ly or -ing opens a sentence as its subject, not as an adverb
    ("Carly Fenn threw her support behind Mayor Ted Cole (R) on Wednesday, saying it is time for a “real "
     "conservative in the town hall.”", "real conservative", "Carly Fenn"),
    # a short aside before a long one
    ("Senator Dan Shore, meanwhile, who sits at zero endorsements, said that speaks volumes about who is "
     "“prepared to take on the establishment.”", "take on the establishment", "Dan Shore"),
    # a second verb of the subject
    ("Mayor Ben Cole spoke last.\n\nCole gestured as if to stop the noise, then leaned in and boomed: “Let’s win "
     "in November.”",
     "win in November", "Ben Cole"),
    # a verb after a name is no role before the next name
    ("Mayor Ben Cole met Lina Hart, saying “we agree on the harbour at last.”", "harbour at last", "Ben Cole"),
    # a relative or an aide named after "his"/"her"
    ("“He had so many plans for the harbour,” his friend Mahamat Saleh Ouda told the website.", "so many plans",
     "Mahamat Saleh Ouda"),
    # a conjunction opens the sentence, the subject follows at once
    ("But Sen. Pat Toome (R-Pa.) refused to campaign alongside Cole, responding that he is “not going to go into "
     "what my campaign is doing.”", "not going to go into", "Pat Toome"),
    # a participle after an inverted attribution
    ("“Having the file is valuable,” said Skelton, explaining he worked with analyst Ivo Chrab, who ran the data: “Vito is outstanding "
     "with data.”", "outstanding with data", "Skelton"),
    # a participle after "by"
    ("Mayor Ben Cole spoke first.\n\nOn the eve of the vote, Hale rallied supporters by warning that “the "
     "harbour is in danger.”", "harbour is in danger", "Hale"),
    # a participle after a quote whose last mark is a comma
    ("Hale needled the TV “reporter,” saying, “A reporter who tweets on request!”", "tweets on request", "Hale"),
    # phrase after phrase before the subject
    ("On Thursday, after staying neutral through the primary, Senator Ann Warne endorsed Cole, saying, “Having a "
     "fighter in the lead is what this town needs.”", "fighter in the lead", "Ann Warne"),
    # a name inside a role before the name ("former George W. Bush speechwriter")
    ("“These are the darkest days for us,” former Ben Cole speechwriter Noam Neuman wrote in a column.",
     "darkest days", "Noam Neuman"),
    # two appositions, the first naming a role of a place
    ("Jean-Marc Arlot, the foreign minister of France, a permanent member of the council, said the latest test "
     "“cannot be left without consequences.”", "without consequences", "Jean-Marc Arlot"),
    # a coordinated verb inside a relative clause belongs to the relative's subject, not the sentence's
    ("Hale “was handled so lightly,” said a former official who oversaw the case and described the affair as “a "
     "lesser set of circumstances.”", "lesser set", "unnamed source"),
    # a verb with a doubled consonant
    ("Ed Krall may have said it best when he blogged: “The mayor is as close to a chosen one as it gets.”",
     "chosen one", "Ed Krall"),
    # a role before the subject's name, then its verb
    ("Band member Flea shared the news last week, writing “Feels great to support someone I believe in.”",
     "Feels great", "Flea"),
    # a role, then the name in a long apposition, then the verb
    ("On Friday, the aide, Ellen Lauder, 31, who has many followers online and at the time was a spokeswoman for a "
     "congressman, wrote an open letter, saying they should “try showing a little class.”", "little class",
     "Ellen Lauder"),
    # a name used as a modifier ("the Obama daughters") is no one speaking between two quotes
    ("Aide Ellen Lauder wrote to the family of Mayor Ben Cole.\n\n“You are in those awful teen years, but show a little class,” she "
     "wrote above a picture of the bored Cole daughters. “At least respect the part you play.”", "respect the part",
     "Ellen Lauder"),
    # a long opening phrase before the subject
    ("Mayor Ben Nathan spoke first.\n\nOn the eve of his historic election to a fourth term as mayor of the city "
     "in March, Nathan rallied supporters by warning that “the rule of the right is in danger.”", "rule of the right",
     "Ben Nathan"),
    # a speech verb of temper
    ("Comedian John Olivo hosts the show.\n\n“OK, for a start, his wife has explained why she chose not to "
     "speak,” Olivo barked.", "for a start", "John Olivo"),
    # a short quoted title inside the apposition after the quote
    ("“We have had better conventions than this one,” Texas delegate Bill Eastman, wearing a cowboy hat and “Ted "
     "Cole” pins, said as confetti fell.", "better conventions", "Bill Eastman"),
    # two sentences run together without a space
    ("“The council has complete control over the harbour,” Hale said.Hale claimed he learned this from traders.",
     "complete control", "Hale"),
    # two names as a label
    ("VOTERS CARE MORE - Frank Newell and Jim Hart: “We found that, across candidates, inspiring ones win.”",
     "inspiring ones win", "Frank Newell"),
    # a role before the name, in a clause closing the quote's sentence
    ("“If the office obtains more records, it will search them” that answer requests from the club, city senior "
     "trial counsel Caroline Wolton wrote in a filing.", "search them", "Caroline Wolton"),
    # the sentence before, an unclosed apposition and a verb
    ("Sam Laud, the communications director for the Harbor Party said in a statement. “There are no paper ballots "
     "to recount.”", "paper ballots", "Sam Laud"),
    # a preposition in -ing inside the clause is no participle
    ("Mayor Ben Cole said he holds Hart, during her tenure as treasurer, as being responsible for a crisis that led "
     "to “hundreds of thousands or maybe millions” in losses.", "hundreds of thousands", "Ben Cole"),
    # an owned reply, then "was"
    ("Senator Lina Hart was told of the loss by an aide. Hart’s response was: “Is the store in Oregon or Ohio?”",
     "store in Oregon", "Lina Hart"),
    # citing someone's qualities in their words
    ("On Tuesday, Gov. Jerry Browne endorsed her, citing her “long experience,” “firm grasp of the issues” and "
     "preparedness.", "firm grasp", "Jerry Browne"),
    # a given name that is also a name particle elsewhere ("ben", "al")
    ("One candidate, Scott Hale, the mayor of Mesa, said the bill “gives carte blanche to anybody.”\n\n"
     "The magazine's editor, Ben Hale, later tweeted that “we stand by our reporting and our sources.”",
     "stand by our reporting", "Ben Hale"),
    # "Here's X (when):" before the quote
    ("Here’s Harlan in March 2004: “Our new course must rest on the new facts of the world economy.”",
     "new course", "Harlan"),
    # "As X explained," opening the sentence, the quote later in it
    ("As city press secretary Lena Ortiz explained, two fees were dropped, “which sounds like a lot of money to lose.”",
     "a lot of money", "Lena Ortiz"),
    ("As Ada Frey said last week in Lisbon, “Portugal is the center of the digital future for us.”", "digital future",
     "Ada Frey"),
    ("As Mayor Tom Reed put it, the levy is “a tax on the people who can least afford it,” and few disagreed.",
     "least afford", "Tom Reed"),
    # "as X spoke" is a time, not what X said: the quote is someone else's words
    ("As Senator Ruth Alden spoke, the gun lobby was whipping votes against “any and all new limits on rifles.”",
     "new limits", None),
    # when or where between the subject and the verb
    ("Voss on Sunday said “we will win this state by a mile.”", "win this state", "Voss"),
    ("It is such a presence that Voss during a rally thanked its members “for their support in my campaign.”",
     "their support", "Voss"),
    ("The report on Sunday said “we will win this state by a mile.”", "win this state", None),
    # a name, then an owned role in apposition: the name (and "In Boston," is where, not who)
    ("Tad Dwyer, Marsh's chief strategist, said, “The contest will be decided by the free delegates.”",
     "free delegates", "Tad Dwyer"),
    ("In Boston, a top aide said “we are ready for the count.”", "ready for the count", "unnamed source"),
    ("On Sunday, Tad Dwyer, Marsh's chief strategist, said: “The contest will be decided by the free delegates.”",
     "free delegates", "Tad Dwyer"),
    # "expressed" and "welcomed" introduce the subject's own words
    ("In an interview, Voss expressed confidence that the server would not be an issue “that is going to affect "
     "either the campaign or my presidency.”", "my presidency", "Voss"),
    ("Ted Norton, co-founder of the Breakthrough Institute, welcomed “the recognition that we do not have all the "
     "technology we need.”", "the technology we need", "Ted Norton"),
    # a comma-aside role speaks when no name opens the sentence before it
    ("The police arrested Smith, a spokesman said, “after a brief chase through the park.”", "brief chase",
     "unnamed source"),
    ("Indeed, a senior aide said “we will win the state by a mile.”", "by a mile", "unnamed source"),
    # "in Berlin and said": a second verb of the subject, not a phrase after the name before it
    ("Mayor Tom Reed met with Angela Merkel in Berlin and said “we are allies in this fight.”", "allies", "Tom Reed"),
    # a name "and" cuts short is no one
    ("“The scheme was a fraud on investors,” according to a complaint filed by the federal Securities and Exchange "
     "Commission.", "fraud on investors", None),
    # a participle after the quote names no speaker after it
    ("Boreing said the club will still meet, but said, “It’s time we change how we do it,” promising the Friends "
     "of Abe will return to its roots.", "time we change", "Boreing"),
    # a role holding a date written with a slash
    ("“They are 100 percent wrong,” said 9/11 widow Terry Strand.", "percent wrong", "Terry Strand"),
    # "according to" a paper and its author
    ("“The evidence cannot prove all the required elements of the crime alleged,” according to a court document "
     "filed by state attorney Dan Meyer.", "required elements", "Dan Meyer"),
    # page-label words that are surnames or end an organisation's name
    ("“We believe this merger is a great deal for our shareholders,” Read said on Monday.", "great deal", "Read"),
    ("“Both sides have committed abuses against civilians in the region,” Human Rights Watch said.",
     "committed abuses", "Human Rights Watch"),
    # a publication named with its article, in an "as" clause after a conjunction or a clause's comma
    ("But as Senator Ann Ledger pointed out, “the mayor has so far declined to release any of his tax returns.”",
     "tax returns", "Ann Ledger"),
    ("But at the time, as prosecutor Marc Tolin put it, “there was not much to complain about in strict terms.”",
     "not much to complain", "Marc Tolin"),
    # a campaign or an administration speaking as one
    ("“This income funded construction projects at several developments,” the Harlan campaign explained.",
     "construction projects", "Harlan campaign"),
    ("“We will review every one of these contracts,” said the Voss administration.", "review every one",
     "Voss administration"),
    # nested quotes that close with a space between the single and the double mark
    ('"The state has favored some beliefs, telling others \'they are outsiders,\' " Judge Carl Reeves wrote. '
     '"And the Equal Protection Clause is violated by the law."', "Equal Protection", "Carl Reeves"),
    # a campaign's role before a name: the name speaks, not the campaign
    ("“She will be out there campaigning as hard as ever,” Harlan campaign spokesman Ben Fallow said on Monday.",
     "campaigning as hard", "Ben Fallow"),
    # a role, then the name it has in commas, then the verb (not whoever held the role before)
    ("Governor Ann Bell met the press. “We will win this state by a large margin,” the Ohio senator, John Kasich, "
     "said Sunday.", "large margin", "John Kasich"),
    ("“Will he finally say the words? If he does not he should resign!” the presumptive GOP presidential nominee, "
     "Don Harlan, tweeted Sunday.", "finally say", "Don Harlan"),
    # an abbreviated month or weekday that is a name ("Jun"), in full and then alone
    ("“Many of his ideas are far from heartwarming,” columnist Li Jun wrote in the paper. “The people have had "
     "enough of deeds betraying words,” Jun wrote.", "deeds betraying", "Li Jun"),
    # an officer's title, a spokesman: then the name in commas
    ("“We had a strong quarter and expect more of the same,” the company’s CEO, Tim Cook, said.", "strong quarter",
     "Tim Cook"),
    ("“We will not comment on the matter at this time,” a spokesman, Ahmed Ali, said.", "not comment", "Ahmed Ali"),
    # ...but an outlet in commas after a role is no name of the role
    ("“We will not comment on the matter at this time,” the official, Reuters, said.", "not comment", "official"),
    # officials of an administration are unnamed; "the other GOP senator" is no one named before
    ("“We will not comment on the matter at this time,” said Obama administration officials.", "not comment",
     "unnamed source"),
    ("Sen. Mark Rubin spoke in Miami on Monday. “We will win this state by a mile,” the other GOP senator said.",
     "by a mile", None),
    # a time clause opening the sentence after a conjunction: the main clause's subject speaks
    ("But as Tom Harlan spoke, a protester yelled, “You will lose this state in November!”", "lose this state", None),
    # a relative's age does not make her the one a bare surname stands for
    ("The convention is a second chance for Donald Harlan. “This was an attack on our country,” Harlan said on "
     "Monday. His daughter, Ivy Harlan, 34, could be a bridge.", "attack on our country", "Harlan"),
    # a superscript figure after a name is no age (and no crash)
    ("The study was led by Jane Doe, ², and colleagues. “We found the effect in mice and in men,” Doe said.",
     "effect in mice", "Doe"),
    # a body describing the speaker ("a University of South Florida biologist", "a student at the", "director of
    # the", "analyst at Prescott, Ball and Turben Inc") comes between no quote and the one the speaker goes on with
    ("With Caihong, “who knows what the functions of this large, wide tail were?” says National Geographic "
     "explorer Ryan Carney, a University of South Florida biologist who studies Archaeopteryx. “Perhaps it "
     "was held up as a dark background to provide contrast against the iridescent head during displays?”",
     "dark background", "Ryan Carney"),
    ("“We came because we care,” said Cynthia Burgiss, 22, a student at the University of Dayton in Ohio. "
     "“People of every race should be here.”", "every race", "Cynthia Burgiss"),
    ("“We have a deficit problem,” said Jack Lew, director of the Office of Management and Budget. “We do have "
     "a challenge ahead of us.”", "challenge ahead", "Jack Lew"),
    ("“It is cheap,” said Elliott Schlang, analyst at Prescott, Ball and Turben Inc. “Any company would want it.”",
     "Any company", "Elliott Schlang"),
    # ... but a clause after a time and "and" has its own subject (the config's spelling of Lavrov)
    ("“We will keep pressing for a ceasefire,” said Secretary of State John Kerry. The talks resumed in Geneva "
     "on Tuesday, and Sergei Lavrov said they had failed. “The American side is not serious,” he said.",
     "not serious", "Sergey Lavrov"),
    # a firm the speaker's role names ("Acme Futures International analyst") and a body a speaker is "for"
    # or "with" ("at the Center for Policy and International Affairs") come between no quote and the next
    ("“Prices barely moved this week,” said Harlow Futures International analyst Dana Pruitt. “We are still "
     "stuck in a narrow range.”", "narrow range", "Dana Pruitt"),
    ("“The report settles nothing,” said Oren Kessler, a fellow at the Center for Policy and International "
     "Affairs. “Both sides will read it as they like.”", "read it as", "Oren Kessler"),
    ("“Tests will go on,” said Mira Holt, a physicist at the Endowment for International Peace. “The trend "
     "is clear enough.”", "trend is clear", "Mira Holt"),
    # a definite role after an indefinite one the paragraph gave no name is that unnamed source
    ("Mark Ellison of Dorrit Securities Inc said the plan was dead. A senior Treasury official poured cold "
     "water on it too. “We will not forgive any of this debt,” the official said.", "forgive any", "unnamed source"),
    # a given name "of" a firm is a person, the one a later "he" stands for
    ("“Copper will not go much higher,” said Ivan Rusk of Hale Brokers Inc. But Nick Tavener of Lomax Bache "
     "Securities Inc prefers gold miners. “We would rather bet on gold,” he said.", "bet on gold", "Nick Tavener"),
    # a title "of State for" a region is no place the person is "of"; a firm's plural possessive is part of a role
    ("Assistant Secretary of State for East Asian Affairs Daniel Russel told reporters on Monday the talks "
     "went well. “We expect China to comply,” he said.", "comply", "East Asian Affairs Daniel Russel"),
    ("“We like the deal,” said Pedro Hall, Acme Airlines’ chief executive officer. “Prices will rise.”",
     "Prices will rise", "Pedro Hall"),
    # a body's bare head is the body of that kind named before ("the Bank said"), else no one
    ("The Export-Import Bank approved new credits on Monday.\n\n“The credits will help the expansion,” the "
     "Bank said.", "help the expansion", "Export-Import Bank"),
    ("Exports rose in March.\n\n“We see no change in the trend,” the Ministry said.", "no change", None),
    # whom a speaker calls or thanks is no new speaker ("called National Nurses United “…”")
    ("Harkin thanked its members “for their support in my campaign” and called Nurses United Alliance “one of "
     "the sponsors of my campaign and I appreciate that.”", "sponsors of my campaign", "Harkin"),
    # final review: a surname that reads like a nationality, a bare head, a thing "called" so, a relative clause
    ("Investor Mark Cuban spoke on Sunday.\n\n“There are so many variables,” Cuban said.", "variables", "Mark Cuban"),
    ("The European Community imposed tariffs.\n\n“We will retaliate,” the Community said.", "retaliate",
     "European Community"),
    ("A group called Human Rights Watch criticised the arrests. “They are illegal,” it said.", "illegal",
     "Human Rights Watch"),
    ("Obama praised Chancellor Angela Merkel, who said: “We stand together on this.”", "stand together",
     "Angela Merkel"),
    # a name given after a form of "be" is no one speaking ("it is known as", "was dubbed")
    ("Fairbanks grew as a supply depot for the Tanana Valley Railroad, and it is famously known as the “Golden Heart "
     "of the North” to this day.", "Golden Heart", None),
    # a full name after "said" and before a stop is a person, whom the surname alone later means
    ("“We have never had this much attention,” said Daniel Gorsky, president of the host committee.\n\n"
     "“The barbers are busy every week,” Gorsky said.", "barbers are busy", "Daniel Gorsky"),
    # a name inside a participle phrase the sentence opens with is not its subject
    ("Mayor Tom Reyes landed in Phoenix.\n\nPreceded at the lectern by Joe Harpaio, the state governor and a "
     "hard-liner, Reyes launched into a long speech.\n\n“We will build a new bridge!” he said to a cheer.",
     "new bridge", "Tom Reyes"),
    # police and county ranks are titles, not part of the name
    ("“We stand here yet again,” Harford County Sheriff Jeffrey Gahlen said on Thursday.", "yet again", "Jeffrey Gahlen"),
    ("“She had phone contact with her daughter,” said Sgt. Diana Freeson of the sheriff's office.", "phone contact",
     "Diana Freeson"),
    # an age after a name shows a person, whom "he" then stands for
    ("Mayor Tom Reyes spoke first.\n\nDewayne Smithy, 33, of Baldwin, dismisses the idea that a ballot makes a "
     "difference. “I can't really find a candidate that I like,” he said in a phone interview.",
     "candidate that I like", "Dewayne Smithy"),
    # ", the X said" after a lone word opens a new clause: no apposition ("Face the Nation" is no person)
    ("Appearing on Face the Nation, the GOP front-runner said Democratic front-runner Hillary Clintock “caused "
     "tremendous death” as secretary of state.", "tremendous death", "GOP front-runner"),
    # a role of one party is no one the article gives the other party's role
    ("Hillary Clintock, the Democratic front-runner, spoke on Monday.\n\nThe GOP front-runner blasted the plan as "
     "“a total disaster for the whole country,” in an interview.", "total disaster", "GOP front-runner"),
    # namesakes: the one named in full in the quote's own paragraph ...
    ("Former President George Bash spoke on Monday.\n\nLast Monday, Jeb Bash told an Iowa audience that the group "
     "is spreading. “Libya today is completely chaotic,” Bash said.", "completely chaotic", "Jeb Bash"),
    # ... else the one whose title the mention gives ...
    ("Chief of Staff Howard Baxter joined the talks.\n\nTreasury Secretary James Baxter spoke on Monday.\n\n"
     "“The dollar is stable at these levels,” Treasury Secretary Baxter said.", "dollar is stable", "James Baxter"),
    # ... else one of the honorific's gender ("Mrs. Clintock" is not Bill, however often the article names him)
    ("Senator Hillary Clintock unveiled her plan on Monday.\n\nHer husband, former President Bill Clintock, "
     "campaigned in Ohio. Former President Bill Clintock spoke twice.\n\nLater, Mrs. Clintock shared her worry at "
     "a fundraiser: “I do not know which rival will show up.”", "which rival", "Hillary Clintock"),
    # a relative named in passing ("Melania Trump's speech") or introduced with an age takes no bare surname
    ("Republican candidate Donald Trumbull said on Tuesday that the convention was a success.\n\nTrumbull's campaign "
     "manager defended Melania Trumbull's speech on Tuesday. “It was a great speech,” Trumbull said.", "great speech",
     "Donald Trumbull"),
    ("The parents of Krystle Campell, 29, were first told that she had survived.\n\nPatty Campell said she is still "
     "struggling to believe it. “This is just a waste,” she said.\n\n“She loved pets and she loved people,” Campell "
     "said.", "loved pets", "Patty Campell"),
    # "another" opens an apposition too, and the article's own namesake beats one from elsewhere
    ("Army veteran Tom Younger, 30, lay down on the tracks.\n\nGrant Younger, another Iowa Republican strategist, "
     "praised the tour. “It is a good day for the campaign,” Younger said.", "good day", "Grant Younger"),
    # two full names the article gives a surname: the bare surname is neither guessed
    ("While Ammon Bundt and Ryan Bundt led the occupation, Santillo filmed it. In one video, Santillo marches with "
     "Ammon Bundt. “Go to the refuge now,” Bundt says.", "refuge now", "Bundt"),
    # a relative named once in passing leaves the bare surname to the one named in other articles too
    ("O.J. Simson told the parole board on Thursday: “I have done my time.”\n\nO.J. Simson will learn on Thursday "
     "whether he is paroled. He was acquitted of killing his ex-wife, Nicole Brown Simson. “I wish I had never "
     "gone into that room,” Simson said.", "that room", "O.J. Simson"),
    # the name set off after a described source and the body it is of is the speaker
    ("“We make no secret of our tactics,” said one leader of the land reform movement, Joao Peres. “The solution "
     "is to occupy the land.”", "occupy the land", "Joao Peres"),
    # "He" after a name word is a name ("Vice Premier Wang He"), alone the pronoun
    ("“The talks were constructive and candid,” Chinese Vice Premier Wang He told reporters.", "constructive",
     "Wang He"),
    ("Wang Lin spoke first. “We will respond firmly,” He said.", "respond firmly", "Wang Lin"),
    # a bare surname the brief knows no one by is the one full name the article gave it ...
    ("Don't look for Amy Schumann in any Super Bowl commercials this time around.\n\n“Hitting the league with the "
     "advertisers is the only way to hurt them,” Schumann wrote of her ban.", "only way to hurt", "Amy Schumann"),
    # ... but not when the article used the surname alone before it, nor when the surname is someone known
    ("Obamo spoke on Monday.\n\nMichelle Obamo joined him later.\n\n“We have to do better as a nation,” Obamo "
     "said.", "do better", "Obamo"),
    ("President Obamo spoke on Monday.\n\nMichelle Obamo joined him later.\n\n“We have to do better as a "
     "nation,” Obamo said.", "do better", "Obamo"),
    # an opening phrase names the source when it is "from" (or "by") someone: "he" is that one
    ("In a statement from Kremlin spokesman Dmitri Peskin, reported by the state news agency, he emphasized that "
     "there is “no need for a hastily arranged summit at this time.”", "hastily arranged", "Dmitri Peskin"),
    # a title-case headline is no full name ("Hillary Clinton Slams Donald Trump")
    ("Hillary Clintock Slams Donald Trumbull Over Abortion\n\nDonald Trumbull spoke in March.\n\n“There has to be "
     "some form of punishment,” Trumbull said at a town hall.", "form of punishment", "Donald Trumbull"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES, ids=[c[1] for c in CASES])
def test_attribution_pattern(speaker_of, text: str, fragment: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(text, fragment).speaker == speaker


def test_a_paragraph_ending_in_a_colon_hands_over_to_the_quote(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("The city council published its answer on Friday, and Mayor Ben Cole responded:\n\n"
            "“If there are people in this town who believe the budget is secret, the answer is to read it.”")
    assert speaker_of(text, "read it").speaker == "Ben Cole"


def test_a_credit_paragraph_under_the_quote(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("“Voters are worried about the future of their kids, and almost all new income goes to the top.”\n\n"
            "- Senator Lina Hart.\n\nThe senator relies on an outdated statistic.")
    assert speaker_of(text, "new income").speaker == "Lina Hart"


def test_an_unresolved_role_is_the_speaker_as_printed(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("“There is hatred like nobody has ever seen,” the Republican candidate said in an interview.",
                   "hatred")
    assert q.speaker == "Republican candidate" and q.role == "Republican candidate"


def test_an_unnamed_sources_role_is_the_one_the_paragraph_gave_it(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("A senior U.S. Treasury official poured cold water on the plan. “We will not forgive this "
                   "debt,” the official said.", "forgive this")
    assert (q.speaker, q.role) == ("unnamed source", "senior U.S. Treasury official")


def test_an_unnamed_source_introduced_in_the_paragraph_before_keeps_its_role(speaker_of) -> None:  # type: ignore[no-untyped-def]
    # a full name just before ", a … spokeswoman said" at the end of a sentence is the clause's object,
    # not the spokeswoman; "the spokeswoman added" in the next paragraph is the one introduced there
    text = ("ROTTERDAM, May 4 - Nordair is not negotiating a takeover of regional carrier Coast Express, a "
            "Nordair spokeswoman said in a comment on a newspaper article.\n\n“The law requires that most shares "
            "of an airline be owned at home,” the spokeswoman added.")
    q = speaker_of(text, "owned at home")
    assert (q.speaker, q.role) == ("unnamed source", "Nordair spokeswoman")
    text = ("The failure of the talks in London means the bill is not needed now, one analyst said.\n\n“You are going "
            "to have a hard time convincing Congress this is urgent,” the coffee analyst said.")
    q = speaker_of(text, "hard time")
    assert (q.speaker, q.role) == ("unnamed source", "coffee analyst")  # the fuller description


def test_a_full_name_that_opens_its_sentence_keeps_its_apposition_without_the_closing_comma(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("Sam Laud, the communications director for the Harbor Party said in a statement. “There are no "
                   "paper ballots to recount.”\n\n“We will appeal,” the communications director said.", "appeal")
    assert q.speaker == "Sam Laud"


def test_the_hosts_of_an_interview_are_not_the_role_that_speaks(speaker_of) -> None:  # type: ignore[no-untyped-def]
    # the names inside an opening prepositional phrase are no subject: the role is someone named before
    text = ("Hillary Clintock spoke about her rival on Friday.\n\nIn an interview with Morning Show hosts Joe "
            "Scarbrook and Mika Brzenska, the Democratic presidential candidate stated that his “divisive” comments "
            "do not “fit with what I thought I knew about him.”")
    assert speaker_of(text, "what I thought").speaker == "Hillary Clintock"


def test_a_name_in_an_opening_phrase_is_not_the_speaker_after_it(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Glen Beckett, who campaigns for Texas Senator Ted Cruse, blasted the website.\n\nAt a rally for Ted Cruse at the State Fair Grounds "
            "yesterday, Beckett said, “Ted and I were just driving in, and he is laughing on his phone.”\n\n"
            "He explained the headline by saying: “It was because last night I did something that is not controversial.”")
    assert speaker_of(text, "not controversial").speaker == "Glen Beckett"


def test_he_in_the_next_paragraph_is_who_reported_the_sentence_before(speaker_of) -> None:  # type: ignore[no-untyped-def]
    # in an earlier sentence the one who reports it ("…, McMahan said.") is whom "he" stands for, not the
    # first person it names; "said Trump continued …" reports nothing
    text = ("Network president Sean McMahan said he expects no quick change in the ratings, and praised anchors "
            "Chris Wragg and Erica Hull.\n\nWragg and Hull's growth as a team has been evident on Saturday mornings, "
            "and they have proven adept at shifting between hard news and lighter fare, McMahan said.\n\n"
            "“They're uniquely suited to each other and to the morning show genre,” he said.")
    assert speaker_of(text, "uniquely suited").speaker == "Sean McMahan"
    text = ("Brian Murfy, the chairman of the county party, for example, said Donald Trumbull continued to hurt his "
            "cause locally. “I don't think it's cut well for him,” he said.")
    assert speaker_of(text, "cut well").speaker == "Brian Murfy"


UNNAMED_CASES = [
    # "he" after a source the paragraph introduced without a name, as a sentence's subject
    ("However, one dealer, although seeing no reason to be bullish, advised caution. “Everybody's bearish now, "
     "just as they were bullish last month,” he said.", "bearish now", "dealer"),
    ("Donald Trumbull spoke on Friday.\n\nA spokesman for Airbus confirmed those terms. “We will own the aircraft "
     "and they will be leasing them from us,” he said.", "own the aircraft", "spokesman for Airbus"),
    # a description after the head: "close to", "familiar with", "at …", "for …" (and a relative clause)
    ("“The association doesn't even have an office here,” a source close to the industry said.", "an office here",
     "source close to the industry"),
    ("A grain dealer at one member co-op said the futures arm “was a convenience, something that saved us a "
     "little bit of money.”", "a convenience", "grain dealer at one member co-op"),
    ("A spokesman for state holding company IRI, which controls SME, said the talks were centered on “possible "
     "swaps of minority stakes and production collaboration.”", "possible swaps", "spokesman for state holding company IRI"),
    # one of a group
    ("“The missile option is on hold now and no decision has been made,” said one of the Pentagon officials, who "
     "asked not to be identified.", "missile option", "Pentagon official"),
]


@pytest.mark.parametrize(("text", "fragment", "role"), UNNAMED_CASES, ids=[c[1] for c in UNNAMED_CASES])
def test_an_unnamed_source_and_its_description(speaker_of, text: str, fragment: str, role: str) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of(text, fragment)
    assert (q.speaker, q.role) == ("unnamed source", role)


REVIEWED_CASES = [
    # a pronoun stays with the named person when the unnamed one is no source by trade, or of the other gender
    ("Sen. Jo Smithers took questions from voters in Ames. One voter asked about farm subsidies.\n\n“We will "
     "protect them,” she said.", "protect them", "Jo Smithers"),
    ("Gov. Tom Leeson toured the flood zone on Monday. One resident showed him a ruined basement.\n\n“We will "
     "rebuild every home,” he said.", "rebuild every home", "Tom Leeson"),
    ("Mayor Ann Leeson defended the budget on Monday. A spokesman for the union criticized it. “It is fair,” she said.",
     "It is fair", "Ann Leeson"),
    # an opening phrase with no comma before the verb: the name is the subject
    ("In a statement Tuesday Sen. Jo Smithers praised the ruling.\n\n“This is a great day,” she said.", "great day",
     "Jo Smithers"),
    # a short adverbial before the subject and its apposition
    ("Yesterday, Jo Smithers, a KLM spokeswoman said the airline would wait.\n\n“We will not comment,” she said.",
     "not comment", "Jo Smithers"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), REVIEWED_CASES, ids=[c[1] for c in REVIEWED_CASES])
def test_a_named_speaker_a_review_found_lost(speaker_of, text: str, fragment: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(text, fragment).speaker == speaker


def test_an_unnamed_sources_body_is_whole_or_left_out(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("A spokesman for Gov. Chris Christie's office said the bridge was closed.\n\n“It was a traffic "
                   "study,” the spokesman said.", "traffic study")
    assert (q.speaker, q.role) == ("unnamed source", "spokesman")
    q = speaker_of("A spokesperson at Arthur de Soultrait's fashion company confirmed it. “We are proud,” she said.",
                   "We are proud")
    assert (q.speaker, q.role) == ("unnamed source", "spokesperson")


def test_an_outlet_told_between_two_quotes_keeps_the_speaker_when_described(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("“We have to get over partisan divides,” French Prime Minister Manuel Vallet told the Paris daily "
            "Liberté. “My roots are on the left, but on the big issues we can perfectly well get together.”")
    assert speaker_of(text, "My roots").speaker == "Manuel Vallet"


def test_what_is_no_unnamed_source(speaker_of) -> None:  # type: ignore[no-untyped-def]
    # an insult inside a quotation, a description of a name, an apposition: not the source "he" stands for
    text = ("Donald Trumbull, the Republican candidate, also took swipes at Jeb Bushell.\n\n“Everybody is laughing "
            "at Jeb. A pathetic figure!” he wrote.")
    assert speaker_of(text, "pathetic figure").speaker == "Donald Trumbull"
    text = ("A rumpled figure with short gray whiskers, Bob Smithers said he arrived in the city in December.\n\n"
            "“These guys were heroes,” he said.")
    assert speaker_of(text, "were heroes").speaker == "Bob Smithers"
    text = "Brian Fallow, a spokesman for the campaign, said the department had “a preexisting process in place.”"
    assert speaker_of(text, "preexisting process").speaker == "Brian Fallow"


def test_a_definite_role_is_the_person_named_before(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("Senator Lina Hart still believes the nominee is unfit.\n\n“I stand by everything I said,” the "
                   "Oregon senator told reporters on Thursday.", "stand by")
    assert q.speaker == "Lina Hart"


def test_an_unclear_participle_chain_attributes_nothing(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("Officials said the council would not compromise, leading Cole to postpone the vote, labelling "
                   "it a “wasted meeting.”", "wasted meeting")
    assert q.speaker is None


def test_a_sentence_subject_that_names_no_one_is_not_a_speaker(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("Last week, the council also called for an “expedited review” of the pipes.", "expedited review")
    assert q.speaker is None


def test_a_quote_ending_a_sentence_that_began_before_it_keeps_that_sentence_speaker(speaker_of) -> None:  # type: ignore[no-untyped-def]
    # "He added" after the full stop opens the next sentence: it attributes the next quote, not this one
    text = ("Senator Lina Hart met the judge on Monday.\n\nBrafton said, “The zeal with which this case was brought "
            "is uncharacteristic of any case we have found.” He added, “Things happened here that are not ordinary.”")
    assert speaker_of(text, "zeal").speaker == "Brafton"


def test_a_headline_printed_longer_than_its_title_has_no_quotes(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    # the title is cut at the comma; the headline paragraph is still the headline
    article = make("Reyes: Hart Has ‘To Come a Long Way’ On Water, He Is For Oil Because ‘Oil Pays Him a Lot.’\n\n"
                   "Governor Tom Reyes argued that Senator Lina Hart has “got to come a long way” on water policy.")
    assert article.title == "Reyes: Hart Has ‘To Come a Long Way’ On Water" and article.blocks[0].kind == "paragraph"
    quotes = extract_quotes([article], repo_config)
    assert [q.text for q in quotes] == ["got to come a long way"]
    assert quotes[0].speaker == "Tom Reyes"


def test_a_pronoun_skips_a_name_after_an_earlier_pronoun_subject(speaker_of) -> None:  # type: ignore[no-untyped-def]
    # "he" chains back past "He said Cole …" and "the Cole administration" to the one who acts
    text = ("Mayor Ben Cole spoke to the council on Monday.\n\n"
            "“I am only interested in the port if we get the oil,” Hal Brennan said. He said Cole “has no plan at "
            "all.”\n\nIn a statement on Tuesday, he decried the Cole administration’s choice.\n\n"
            "Of Cole, he said, “I want him to do well, but this town is going downhill.”")
    assert speaker_of(text, "downhill").speaker == "Hal Brennan"


def test_a_definite_role_after_the_quote_is_the_person_named_before(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("“I am not ashamed to say it,” says Lina Hart, the party's candidate.\n\n"
            "“As governor, I will end this war on our farms,” the Oregon governor continues.")
    assert speaker_of(text, "war on our farms").speaker == "Lina Hart"
    other = ("“I am not ashamed to say it,” says Senator Lina Hart.\n\n"
             "“As governor, I will end this war on our farms,” the Oregon governor continues.")
    assert speaker_of(other, "war on our farms").speaker != "Lina Hart"  # a senator is not the governor


def test_an_outlet_told_between_two_quotes_does_not_change_the_speaker(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = "“We will not pay a single cent for that wall!” Mr. Carlos Ortega told CNBC. “And it is useless.”"
    assert speaker_of(text, "it is useless").speaker == "Carlos Ortega"


def test_a_name_of_a_firm_is_the_speaker_not_the_firm(speaker_of) -> None:  # type: ignore[no-untyped-def]
    """An analyst named with the firm ("said Vahid Fathi of Prescott Ball and Turben Inc"): the name is no
    role of the firm's, and the firm named beside it does not come between the quote and "he"."""
    text = ("“The stock can go to the mid 30s,” Roling said.\n\n“Their costs are so low, they don't need copper "
            "prices higher than 70 cts,” said Vahid Fathi of Prescott Ball and Turben Inc. “The shares will "
            "outperform the market over the next 18 months,” he said.")
    first = speaker_of(text, "costs are so low")
    assert (first.speaker, first.role) == ("Vahid Fathi", None)
    assert speaker_of(text, "outperform the market").speaker == "Vahid Fathi"
    # (a role of lower-case words before "of" is still a role: "master of ceremonies Asab Al-Tabchi")
    assert speaker_of("“Thanks for welcoming these refugees,” said master of ceremonies Asab Al-Tabchi.",
                      "welcoming").speaker == "Asab Al-Tabchi"


def test_the_president_is_the_one_person_the_article_calls_president(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("President Ben Cole endorsed Lina Hart on Thursday.\n\nThe video was posted by her campaign.\n\n"
            "Supporters gathered in the square.\n\nVolunteers handed out leaflets.\n\n"
            "“I know how hard this job can be,” the president said.")
    assert speaker_of(text, "how hard this job").speaker == "Ben Cole"


def test_a_state_and_party_is_a_description_not_a_name() -> None:
    from briefing.people.names import parse_name

    phrase = parse_name(("the", "Wisconsin", "Republican"))
    assert phrase is not None and phrase.kind == "role"


def test_a_lead_sentence_the_title_was_taken_from_keeps_its_quotes(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("Mayor Ben Cole said on Monday that the budget “will not pass without the farmers’ votes.”",
                   "will not pass")
    assert q.speaker == "Ben Cole"


def test_a_bullet_that_is_a_sentence_of_its_own_credits_nothing(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("“Voters are worried about the future of their kids and their farms.”\n\n"
            "- Ben Cole, the mayor, resigned on Friday after the vote.")
    assert speaker_of(text, "future of their kids").speaker is None


def test_an_outlet_named_between_two_quotes_does_not_change_the_speaker(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Governor Mike Dorsey defended the law. “I abhor discrimination,” Dorsey wrote in a Wall Street Journal "
            "op-ed. “If I saw a restaurant refuse to serve a couple, I would not eat there.”")
    assert speaker_of(text, "would not eat there").speaker == "Mike Dorsey"


def test_a_title_in_quotes_does_not_take_over_the_next_quote(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Senator Lina Hart spoke on Monday. “I want to see the papers,” said Hart in an interview on the "
            "“Today” show, according to TIME. “How come nobody knows where they are?”")
    assert speaker_of(text, "How come nobody").speaker == "Lina Hart"


def test_an_indefinite_description_is_not_a_person_named_before(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Republican candidate Donald Hale spoke in Concord.\n\n“There are more candidates competing here than "
            "ever before,” added another New Hampshire Republican.")
    q = speaker_of(text, "more candidates")
    assert q.speaker == "New Hampshire Republican"


def test_he_added_after_a_quote_is_the_one_just_quoted(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Columnist Ivan Toller wrote about the vote.\n\nAs Archbishop Aram Sevan of the Coastal Patriarchate of "
            "Tyre told the agency, “We have suffered the same fate.” He added, “So the city should have been the "
            "first to recognise it.”")
    assert speaker_of(text, "first to recognise").speaker == "Aram Sevan"


def test_she_is_never_a_man_the_article_named_before(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Justice Ruth Alder has criticised President Donald Hale before.\n\nHale answered on Monday.\n\n"
            "The liberal justice had begun it with comments to a newspaper. “I can’t imagine what the country "
            "would be with him as our president,” she said.")
    assert speaker_of(text, "imagine what the country").speaker == "Ruth Alder"


def test_he_added_is_not_a_woman_just_quoted(speaker_of) -> None:  # type: ignore[no-untyped-def]
    from briefing.quotes.who import Who, gender_of

    assert gender_of(Who("Ruth Alder", "person")) == "female"
    assert gender_of(Who("Donald Hale", "person")) == "male"
    assert gender_of(Who("Sam Reyes", "person", "congresswoman")) == "female"
    assert gender_of(Who("Quinn Reyes", "person")) is None  # a name that tells nothing
    text = ("Senator Mark Dorn spoke first.\n\n“We will vote no,” Senator Ruth Alder told reporters. He added, "
            "“The bill is dead.”")
    assert speaker_of(text, "bill is dead").speaker != "Ruth Alder"


def test_a_participle_after_a_statement_is_the_clause_subjects() -> None:
    from briefing.quotes.attribution import attribute
    from briefing.text.quote_marks import find_quotes

    text = "Civic Bridge President Jessica Marr issued a statement saying his comment “has no place in our town.”"
    found = attribute(text, find_quotes(text), 0)
    assert found is not None and found.ref.words[-2:] == ("Jessica", "Marr") and found.ref.verb == "saying"


def test_the_definite_role_is_the_governor_of_somewhere_named_before(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Gov. Mark Penn of Indiana, moving to address a growing storm over a law, said he would seek a fix.\n\n"
            "“I support religious liberty, and I support this law,” the governor said.")
    assert speaker_of(text, "support this law").speaker == "Mark Penn"


def test_a_titled_person_of_an_organisation_is_a_person(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Supreme Court Justice Ruth Bader Gold faced a backlash on Wednesday.\n\n"
            "Even editorial writers said her comments were out of line.\n\n"
            "And Mayor Sam Hale lashed out on Twitter, saying:\n\n"
            "Justice Gold of the U.S. Supreme Court has said many things about me. Her mind is shot!\n\n"
            "The liberal justice had begun it in an interview. “I can’t imagine what the country would be with "
            "him as our president,” she said.")
    assert speaker_of(text, "imagine what the country").speaker == "Ruth Bader Gold"


def test_a_role_with_a_modifier_is_the_person_given_the_role(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Rep. Blake Farrow (R-Texas) is resigning, he announced Friday.\n\n"
            "His former aide, Lauren Greer, accused him of “sexual fantasies” about her.\n\n"
            "“I had no idea how to run an office,” the four-term congressman said in December.")
    assert speaker_of(text, "how to run an office").speaker == "Blake Farrow"


def test_he_after_who_is_not_the_one_who_stands_for(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Mayor Donald Hale spoke in Ohio on Monday.\n\n"
            "He also took aim at former council leader Harry Reed, who he said “was right in 1993, before he went "
            "insane.”")
    assert speaker_of(text, "was right in 1993").speaker == "Donald Hale"


def test_a_credit_after_a_dash_and_a_no_break_space(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("“No sympathy, no preparedness, a real fiasco.” ―\xa0Oscar Quinn\n"
            "“I just hope this campaign gets the community out to vote.” ―\xa0Jorge Falco")
    assert speaker_of(text, "community out to vote").speaker == "Jorge Falco"


def test_a_name_after_a_verb_with_an_object_is_not_an_inverted_speaker(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Mayor Ben Cole spoke.\n\nKerry Wash, star of television’s “Scandal,” thanked Cole for “taking these "
            "steps to make us all safer.”")
    assert speaker_of(text, "Scandal").speaker is None  # Cole is thanked; no one says “Scandal”
    assert speaker_of(text, "taking these steps").speaker == "Kerry Wash"  # the one before the apposition


def test_an_owner_in_s_apostrophe_is_not_a_subject(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("Senator Ann Sanders spoke.\n\nThe timing of Sanders’ surge does not surprise pollster Dan Shaw: "
                   "“Lesser-known candidates beating establishment ones early get the biggest boost.”", "biggest boost")
    assert q.speaker == "Dan Shaw"  # not Ann Sanders: the pollster whose name closes the clause before the colon


def test_a_headline_longer_than_the_shown_title_has_no_quotes(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    head = ("OK Gov Fallow: Hale Is ‘Trying To Campaign As A Racial Healer,’ ‘That Has Been Part of His Message For "
            "Many Months Now And It Shows In Every Speech He Gives’")
    article = make(head + "\n\nGovernor Mary Fallow said on Sunday that Hale is “trying to campaign as a racial healer.”")
    assert article.title.endswith("…")  # shown cut
    quotes = extract_quotes([article], repo_config)
    assert [q.text for q in quotes] == ["trying to campaign as a racial healer."]
    assert quotes[0].speaker == "Mary Fallow"


def test_a_dateline_before_the_subject(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("WASHINGTON, Dec. 8 (UPI) — In response to the mayor’s proposal, Senator Lina Hart’s right-hand woman "
            "rallied supporters, saying: “We have to be ready to stop him.”")
    assert speaker_of(text, "ready to stop him").speaker == "Senator Lina Hart’s right-hand woman"


WRONG_PERSON_GUARDS = [
    # an outlet one tells something is no one else speaking
    ("Mayor Tom Hale spoke.\n\n“We will not pay for it,” Hale told the Washington Post on Monday. “It is useless.”",
     "It is useless", "Tom Hale"),
    # a relative clause's passive is not the main clause's
    ("Senator Ann Cole, who was elected by a wide margin, spoke to reporters. “We will keep every promise.”",
     "every promise", "Ann Cole"),
    # a dateline with the agency in brackets, and a connective before an unclosed apposition
    ("WASHINGTON (Reuters) — In response, Senator Lina Hart rallied supporters, saying: “We have to be ready.”",
     "have to be ready", "Lina Hart"),
    ("However, Anton Berg, president and CEO of the Harbor Restaurant Association stated, “It is a math problem.”",
     "math problem", "Anton Berg"),
    # an outlet that is itself the subject is someone else speaking between two quotes
    ("“We will build the wall,” Mayor Tom Hale said on Monday. The Washington Post’s editorial board was blunt. “This "
     "is a fantasy that will never ever be built.”", "fantasy", None),
    # a short quote with a speaker of its own hands on its speaker
    ("Mayor Tom Hale and Senator Ann Cole debated.\n\n“We will win every county in this state,” Hale said. She "
     "replied: “No way.” “You will lose every county that matters.”", "lose every county", "Ann Cole"),
    # an opening phrase's name is not the speaker of "a spokesman for X said"
    ("Responding to Mayor Tom Hale, a spokesman for Senator Cole said, “We disagree with every word.”",
     "disagree with every word", "unnamed source"),
    # "the county prosecutor" is not the last person named
    ("Businessman John Mills was charged on Monday with fraud.\n\n“We have strong evidence of a pattern of "
     "fraud,” the county prosecutor said.", "strong evidence", "county prosecutor"),
    # a platform before "post" is not a speaker
    ("Mayor Tom Hale spoke.\n\nIt was his first “Crooked Cole” Twitter post of the year.", "Crooked Cole", None),
    # a sentence in the passive with an agent does not hand over to the next quote
    ("Senator Ann Cole spoke on Monday.\n\nCole was then challenged by Rep. Tom Hale. “Why did you vote against "
     "the bill twice last year?”", "Why did you vote", None),
    # a subject that received something does not hand on to the next quote
    ("Senator Ann Cole spoke on Monday.\n\nCole received a letter from the ethics committee. “We regret to inform "
     "you of our findings.”", "We regret", None),
    # a surname the brief names two people by is still someone the brief knows, as a bare surname
    ("Former President Bill Clintock and candidate Hillary Clintock watched.\n\nClintock, 35, the daughter of both, "
     "said on Twitter on Monday, in reference to her child, “Next summer, she is going to be a big sister!”",
     "big sister", "Clintock"),
    # a capitalised adverb opening a participle phrase is not a subject
    ("Long considered a moderate, Senator Ann Cole voted for the bill, calling it “a reasonable compromise for all.”",
     "reasonable compromise", "Ann Cole"),
    # "Jean" opens a man's name too: the pronoun is not sent further back
    ("Mayor Boris Hale spoke first.\n\nFrench Prime Minister Jean Castel spoke on Monday. “We will not yield to "
     "pressure from anyone,” he said.", "not yield", "Jean Castel"),
    # an honorific says who "she" is, whatever namesake the brief knows: the one the paragraph names in full
    ("Senator Bernie Sanders spoke first.\n\nPress secretary Sarah Sanders met reporters. Ms. Sanders was brief. "
     "“We have nothing more to add today,” she told reporters.", "nothing more to add", "Sarah Sanders"),  # not Bernie
    # a label is no speaker
    ("Watch: “The mayor has lost the plot and everyone knows it.”", "lost the plot", None),
    # an inverted attribution with "urged"
    ("“Get out and vote on Tuesday, every one of you,” urged Sen. Ann Cole.", "Get out and vote", "Ann Cole"),
    # an all-capitals acronym before an aside is not a dateline
    ("FBI Director James Combe — fired by the mayor last year — told reporters he felt “mildly nauseous about it.”",
     "mildly nauseous", "James Combe"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), WRONG_PERSON_GUARDS,
                         ids=[c[1] for c in WRONG_PERSON_GUARDS])
def test_no_wrong_person(speaker_of, text: str, fragment: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(text, fragment).speaker == speaker


def test_a_place_after_of_is_no_person_and_a_particle_name_keeps_its_person(make) -> None:  # type: ignore[no-untyped-def]
    from briefing.people.mentions import find_mentions
    from briefing.people.namebook import NameBook

    assert [m.phrase.kind for m in find_mentions("Pirates in the Gulf of Aden attacked a ship.")
            if m.phrase.text == "Gulf"] == []
    one = make("General Charles de Gaulle spoke on Friday.", name="one.txt")
    two = make("De Gaulle said he would never return.", name="two.txt")
    book = NameBook.build([one, two])
    assert book.person(["De", "Gaulle"], two.id) == "Charles de Gaulle"
    gore = make("Vice President Al Gore spoke on Monday.", name="gore.txt")
    tipper = [make(f"Mrs. Tipper Gore spoke at event {n}.", name=f"t{n}.txt") for n in range(3)]
    book = NameBook.build([gore, *tipper])
    assert book.person(["Gore"], gore.id) == "Al Gore"  # "Al" is a given name; this article's Gore


def test_an_apposition_about_someone_else_is_no_evidence_of_a_person() -> None:
    from briefing.people.mentions import find_mentions

    found = find_mentions("It was Watergate, the man their editor dubbed Deep Throat, who said so.")
    assert not any(m.phrase.text == "Watergate" and m.evidence for m in found)
    assert any(m.phrase.text == "Pavel Malkov" and m.evidence
               for m in find_mentions("It was Pavel Malkov, the editor of the paper, who said so."))


def test_he_after_whom_standing_for_a_woman_is_the_man_named_before(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("“I no longer recognize my party,” Holt wrote.\n\n"
            "With a vote for Garrison ruled out, Holt said he is left with two options: vote for Maria Lopez, whom he "
            "called “the most divisive political figure in the past 25 years,” or stay home.")
    assert speaker_of(text, "most divisive").speaker == "Holt"


def test_a_name_the_article_has_speak_is_a_person_for_a_pronoun(speaker_of) -> None:  # type: ignore[no-untyped-def]
    """A name with no given name the brief knows ("DuVernay") is a person once the article has them speak."""
    text = ("“The clause is a criminality clause,” DuVernay explained in an interview.\n\n"
            "DuVernay said she felt the 13th Amendment was worth examining because “most people don’t know about "
            "that loop-hole,” she said.")
    assert speaker_of(text, "loop-hole").speaker == "DuVernay"


def test_who_stands_for_someone_its_own_sentence_names(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Vale posted photos of himself with the mayor at a White House party. Kerr, a native of Ohio who writes "
            "fiction on the side, has a story on a cooking contest “where the loser becomes the main course.”")
    assert speaker_of(text, "main course").speaker is None  # Kerr has no evidence of a person; never the White House


def test_a_label_or_a_sentence_opening_word_is_no_person_for_a_pronoun(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = "PREVIOUSLY:\n\n“I am a free American,” he told reporters on Monday."
    assert speaker_of(text, "free American").speaker is None
    text = ("Audiences can expect him to sing “maybe one song from the old days.”\n\n"
            "“It's straight from the heart,” he said.")
    assert speaker_of(text, "straight from the heart").speaker != "Audiences"


def test_an_unnamed_source_keeps_its_whole_description(speaker_of) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of("“We are not going after the existing stock of rifles,” said a senior administration official.",
                   "existing stock")
    assert (q.speaker, q.role) == ("unnamed source", "senior administration official")


@pytest.mark.parametrize("text, fragment, wrong", [
    # a clause that opens the sentence has a subject of its own
    ("After Ruth Alden won the nomination Tom Marsh endorsed her, calling her “the best candidate we have had "
     "in years.”", "best candidate", "Ruth Alden"),
    # a name inside the opening phrase, before a plural noun ("conservatives" is no verb)
    ("In a speech to Tea Party conservatives in Columbus, Ohio, Tom Marsh dismissed his politics as based on “some "
     "phony theology of the worst kind.”", "phony theology", "Tea Party"),
    ("During a visit to Texas Tom Marsh criticized the governor, calling him “a disgrace to the office he holds.”",
     "disgrace", "Texas Tom Marsh"),
])
def test_a_name_in_an_opening_phrase_or_clause_is_not_the_speaker(speaker_of, text: str, fragment: str,  # type: ignore[no-untyped-def]
                                                                  wrong: str) -> None:
    assert speaker_of("Lawmakers met.\n\n" + text, fragment).speaker != wrong


@pytest.mark.parametrize("text, fragment, role", [
    ("A spokeswoman reminded voters that “polls close at eight in the evening.”", "polls close", "spokeswoman"),
    ("A judge ordered officials to “stop the deportations at once and for good.”", "deportations", "judge"),
])
def test_an_unnamed_source_is_not_stretched_over_its_verb(speaker_of, text: str, fragment: str,  # type: ignore[no-untyped-def]
                                                          role: str) -> None:
    assert speaker_of(text, fragment).role == role


@pytest.mark.parametrize("text", ["“We are not going to stop now,” one of two officials said.",
                                  "“We are not going to stop here,” a week later officials said."])
def test_no_role_is_made_of_a_preposition_or_a_time(speaker_of, text: str) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of(text, "not going to stop")
    assert q.role is None or not q.role.startswith(("of ", "week"))
