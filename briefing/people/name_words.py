"""Word lists behind name, role and speech recognition (general newsroom English).

Everything here is lower-case; callers compare ``token.lower()``.
"""

from __future__ import annotations

from ..text.outlets import OUTLET_NAMES


def _forms(*bases: str) -> frozenset[str]:
    """A verb's regular forms: state -> state, states, stated, stating."""
    out: set[str] = set()
    for b in bases:
        out.add(b)
        if b.endswith("y") and b[-2] not in "aeiou":
            out.update({b[:-1] + "ies", b[:-1] + "ied", b + "ing"})
        elif b.endswith("e"):
            out.update({b + "s", b + "d", b[:-1] + "ing"})
        else:
            out.update({b + ("es" if b.endswith(("s", "sh", "ch", "x")) else "s"), b + "ed", b + "ing"})
    return frozenset(out)


# Verbs that only ever report speech: the quote or a clause may follow with or without "that".
PURE_SPEECH = _forms(
    "state", "add", "remark", "emphasize", "emphasise", "warn", "insist", "tweet", "declare", "announce",
    "claim", "argue", "assert", "affirm", "reiterate", "explain", "stress", "underline", "underscore",
    "reply", "respond", "complain", "predict", "vow", "pledge", "threaten", "recall", "joke", "boast",
    "lament", "caution", "counter", "retort", "charge", "allege", "exclaim", "shout", "whisper", "mutter",
    "comment", "proclaim", "quote", "urge", "demand", "contend", "suggest", "post", "repeat",
    "yell", "scream", "interject", "exhort", "blog", "chide", "muse", "gush", "plead", "opine", "scoff",
    "boom", "bellow", "sneer", "bark", "fume", "growl", "grumble", "gripe", "sigh",
) | frozenset({
    "snap", "snaps", "snapped", "snapping", "blogged", "blogging",
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
    "writing", "written", "quip", "quips", "quipped", "quipping", "admit", "admits", "admitted",
    "admitting", "concede", "concedes", "conceded", "conceding",
})
# Verbs that report speech only with a "that" clause, a colon or comma, a quote or "as".
AMBIGUOUS_SPEECH = _forms(
    "note", "observe", "acknowledge", "confirm", "deny", "mention", "report", "conclude", "continue",
    "maintain", "answer", "ask", "describe", "call", "promise", "concede", "agree", "believe", "hint",
    # verbs that characterise someone or something in the quote's words: "called Obama a “petulant
    # child”", "branded North Korea an “outlaw nation”", "thanked Obama for “taking these steps”"
    "accuse", "praise", "thank", "brand", "label", "dub", "decry", "denounce", "condemn", "hail",
    "criticize", "criticise", "blast", "slam", "mock", "question", "characterize", "characterise",
    "reveal", "propose", "recommend", "encourage", "chime", "assure", "testify", "react", "sing", "laugh", "cite",
    "express", "welcome",
) | frozenset({"speak", "speaks", "spoke", "spoken", "speaking", "echo", "echoes", "echoed", "echoing",
               # never "attack(s)": a noun as often as a verb ("the Paris attacks")
               "attacked", "attacking"})
SPEECH_VERBS = PURE_SPEECH | AMBIGUOUS_SPEECH
# Verbs whose object, not subject, follows them: after a quote ("“Scandal,” thanked Obama for …")
# the name after one is who is spoken of, never the speaker of an inverted attribution.
OBJECT_VERBS = _forms(
    "accuse", "praise", "thank", "brand", "label", "dub", "decry", "denounce", "condemn", "hail",
    "criticize", "criticise", "blast", "slam", "mock", "characterize", "characterise",
    "call", "describe",
) | frozenset({"attacked", "attacking"})

# Nouns of speech that, owned by someone ("his declaration that ..."), attribute a quote.
SPEECH_NOUNS = frozenset(
    "declaration statement statements remarks remark comments comment words claim claims assertion "
    "warning insistence pledge promise vow description message post tweet view argument response reply answer "
    "retort explanation verdict advice mantra motto slogan dictum catchphrase refrain".split()
)

# Words that can stand between a speaker and the verb: "Lavrov has also said".
VERB_FILLERS = frozenset(
    "has have had also later then again further once previously earlier publicly repeatedly reportedly "
    "allegedly separately recently subsequently had been was is were are would will "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
# Modal and auxiliary verbs that may stand between a speaker and the verb in lower case ("Krall may
# have said", "Cole did say"); capitalised, "May" and "Will" are names.
MODAL_FILLERS = frozenset("may might could should must can did does do".split())
# Verbs that report a reply with "back": "Trump shot back", "Romney fired back in March".
BACK_VERBS = frozenset("shot shoots shooting fired fires firing hit hits hitting pushed pushes pushing".split())

# Lower-case words inside names: Ursula von der Leyen, Charles de Gaulle, Mohammed bin Salman.
NAME_PARTICLES = frozenset("von van der den de la le du da di dos das del bin ibn al el ben".split())

PRONOUNS = frozenset({"he", "she", "it", "they"})
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "my", "our", "your"})

HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "prof", "sir", "dame", "madam", "mme."})

# Capitalised words that make a preceding run a title: "Foreign Minister", "Secretary of State".
TITLE_WORDS = frozenset(
    """president vice prime minister ministers secretary chancellor governor mayor senator sen. sen rep. rep
    representative congressman congresswoman gov. gov general gen. gen admiral adm. colonel col. lieutenant lt. major
    maj. captain capt. sergeant commander king queen prince princess crown pope cardinal archbishop bishop
    ambassador envoy spokesman spokeswoman spokesperson chief director chairman chairwoman chair judge justice
    speaker leader premier emir sheikh sultan president-elect deputy foreign defence defense interior finance
    economy energy health justice trade state attorney commissioner commissar marshal ceo founder
    head official officials adviser advisor aide candidate nominee strategist consultant pollster activist
    lawyer professor scientist reporter journalist columnist editor host anchor commentator actress actor singer
    comedian pastor rev. reverend manager treasurer historian author writer blogger organizer organiser
    investor sheriff sgt. sgt detective det. inspector insp. superintendent supt. constable trooper corporal cpl.
    pvt. pfc. spc. cmdr. brig. officer atty. committeeman committeewoman principal headmaster headmistress coach
    rabbi imam chaplain plaintiff defendant""".split()
)
# Lower-case words that build a role before a name: "Kremlin spokesman", "regional head".
ROLE_NOUNS = frozenset(
    """president minister secretary chancellor governor mayor senator general admiral colonel commander
    ambassador envoy spokesman spokeswoman spokesperson chief director chairman chairwoman judge speaker
    leader premier head official adviser advisor aide negotiator diplomat correspondent analyst economist
    commissioner prosecutor lawmaker legislator mp governor-general ceo founder executive officer
    candidate nominee frontrunner front-runner strategist consultant pollster activist lawyer attorney
    professor scientist reporter journalist columnist editor host anchor commentator actress actor singer comedian
    pastor manager treasurer historian author writer blogger organizer organiser congressman congresswoman
    congressmen representative councilman councilwoman councillor councilor assemblyman assemblywoman
    delegate speechwriter co-founder cofounder vp cfo coo sheriff detective sergeant inspector superintendent
    constable trooper coroner headmaster headmistress coach rabbi imam chaplain""".split()
)
ROLE_MODIFIERS = frozenset(
    """foreign defence defense deputy regional press prime state top senior former acting vice interior
    finance economy energy health trade military security national chief presidential special first
    executive general political economic legal communications campaign policy market investment research""".split()
)
# Appositive heads that show a name is a person: "John Bolton, who ..."; "Pavel Malkov, the governor".
PERSON_APPOSITIVE = ROLE_NOUNS | frozenset({"counterpart", "son", "daughter", "wife", "husband", "founder", "investor",
                                           "co-founder", "cofounder", "speechwriter"})

# Jobs only a person holds, set off by commas beside a full name ("its editor, Ben Smith,"): not
# "adviser", "host", "lawyer" or "leader", which a bank, a country or a law firm can be.
PERSON_JOBS = frozenset(
    """editor spokesman spokeswoman spokesperson reporter correspondent columnist journalist chairman chairwoman
    president ceo cfo coo secretary minister director governor mayor senator ambassador envoy aide prosecutor
    judge commissioner professor economist scientist lawmaker congressman congresswoman treasurer historian
    actress actor singer comedian pastor founder co-founder cofounder""".split()
)
# Relatives: a name beside one is often a namesake of the main person ("His daughter, Ivy Harlan,").
RELATIVES = frozenset(
    """daughter son wife husband father mother brother sister sibling cousin nephew niece uncle aunt grandson
    granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother widow widower fiancee
    fiance partner""".split()
)

# Heads of unnamed speakers: "one source", "a senior official", "officials".
UNNAMED_HEADS = frozenset(
    """source sources official officials diplomat diplomats person people insider insiders aide aides
    figure figures spokesman spokeswoman spokesperson analyst analysts observer observers witness witnesses
    resident residents expert experts voter voters supporter supporters member members commenter commenters
    critic critics strategist strategists dealer dealers trader traders banker bankers""".split()
)
QUANTIFIERS = frozenset("a an one two three four several some other another many most multiple".split())

# Last words that make a capitalised run an organisation.
ORG_HEADS = frozenset(
    """ministry department office agency council commission committee parliament government administration
    army navy forces force corps guard police service services bank company corporation corp inc ltd group
    party union organization organisation alliance court senate congress duma assembly institute university
    foundation fund news times post journal herald tribune telegraph guardian press network television tv
    radio agencies authority authorities command staff cabinet secretariat embassy consulate mission
    directorate bureau board house association federation society coalition league chamber caucus watch
    co co. cos corp. inc. ltd. plc llc ag sa nv gmbh kg kgaa lp l.p. ab bv bhd pty holdings industries
    enterprises""".split()
)
# a company's legal form, the last word of its name: alone it names no company
# nouns that introduce an outlet by its name ("the newspaper La Repubblica", "the Paris daily Libération")
OUTLET_NOUNS = frozenset("newspaper newspapers daily weekly magazine tabloid broadsheet paper broadcaster".split())
LEGAL_FORMS = frozenset("co co. cos corp corp. inc inc. ltd ltd. plc llc ag sa nv gmbh kg kgaa lp l.p. ab bv bhd pty".split())
# the last words of a company's name (its legal form, or a word that says it is a firm): a company's
# owner is no part of its name ("Britain's Redland Plc", "Oksuz's Harmony Enterprises"), as a country
# is of its ministry's ("Russia's Defence Ministry")
COMPANY_HEADS = LEGAL_FORMS | frozenset("company corporation holdings industries enterprises".split())
# words that name a firm or a body wherever they stand in a name, and never a person: "Warburg Securities",
# "the Federal Reserve", "New York Stock Exchange", "Banque Paribas", "Yamaichi International" (not the heads
# that open a person's role, "Senate Intelligence Ranking Democrat Dianne Feinstein", "Army Sgt. ..."; nor
# those that are also names, "Emily Post": last in a phrase they still make it a body, see names.is_org)
FIRM_WORDS = frozenset(
    """bank banks corporation company holdings industries enterprises institute securities exchange exchanges
    reserve treasury banque banco banca bancorp inspectorate markets futures foods consolidated international
    applications technologies technology systems products communications electronics airlines airways motors
    partners associates trust savings insurance investors investment investments management resources energy
    petroleum mining chemical chemicals pharmaceutical pharmaceuticals laboratories stores railroad railway
    railways shipping telecom telephone utilities electric financial capital community united""".split())
# a partnership's "and Co": "Jefferies and Co", "Goldman, Sachs and Co", "Morgan Stanley and Company",
# "J. Sainsbury and Sons"
AND_CO = frozenset({"Co", "Co.", "Company", "Cos", "Sons"})
# the heads that name one body where they stand alone ("Congress said", "the Army"); the others, alone,
# name no particular body ("the Bank said", "the Ministry", "Company"): never a key player
INSTITUTION_HEADS = frozenset("parliament senate congress duma army navy police cabinet house caucus treasury".split())
GENERIC_BODIES = (ORG_HEADS | FIRM_WORDS) - INSTITUTION_HEADS - frozenset(
    "times post journal herald tribune telegraph guardian press network television tv radio watch".split())
# Short forms of given names that the same person goes by ("Joe Biden", "Joseph R. Biden Jr.").
NICKNAMES = {
    "joe": "joseph", "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert", "mike": "michael",
    "jim": "james", "jimmy": "james", "tom": "thomas", "dick": "richard", "chuck": "charles", "dan": "daniel",
    "dave": "david", "nick": "nicholas", "chris": "christopher", "tony": "anthony", "ben": "benjamin",
    "sam": "samuel", "alex": "alexander", "liz": "elizabeth", "kate": "katherine", "pat": "patrick",
    "ron": "ronald", "don": "donald", "andy": "andrew", "greg": "gregory", "jeff": "jeffrey", "matt": "matthew",
}
# Organisations known by a bare name.
ORG_PHRASES = frozenset(
    {"kremlin", "white house", "pentagon", "state department", "élysée", "elysee", "downing street", "whitehall",
     "nato", "un", "eu", "imf", "opec", "iaea", "wto", "g7", "g20", "brics", "osce", "reuters", "tass",
     "ria novosti", "interfax", "afp", "ap", "bloomberg", "ft", "financial times", "bbc", "cnn",
     "wall street journal", "new york times", "washington post", "politico", "axios", "al jazeera", "xinhua",
     "ukrinform", "european commission", "european union", "united nations", "hamas", "hezbollah",
     "gazprom", "rosneft", "lukoil", "kyiv independent", "rbc", "ria", "lseg", "kpler", "opec+"}
)
# News organisations (the outlets briefing.text.outlets knows, by every name, and the data
# providers news cites): they report quotes; they are not players in a story.
NEWS_ORGS = OUTLET_NAMES | frozenset({"kyiv independent", "rbc", "lseg", "kpler"})

# Nationality adjectives -> the country they name (organisation keys use the country).
DEMONYMS = {
    "russian": "russia", "ukrainian": "ukraine", "american": "united states", "us": "united states",
    "u.s.": "united states", "british": "united kingdom", "uk": "united kingdom", "u.k.": "united kingdom",
    "chinese": "china", "french": "france", "german": "germany", "israeli": "israel", "iranian": "iran",
    "indian": "india", "turkish": "turkey", "hungarian": "hungary", "polish": "poland", "japanese": "japan",
    "european": "europe", "italian": "italy", "spanish": "spain", "canadian": "canada", "belarusian": "belarus",
    "palestinian": "palestine", "saudi": "saudi arabia", "syrian": "syria", "korean": "korea",
    "north korean": "north korea", "south korean": "south korea", "finnish": "finland", "swedish": "sweden",
    "norwegian": "norway", "dutch": "netherlands", "belgian": "belgium", "austrian": "austria",
    "swiss": "switzerland", "greek": "greece", "romanian": "romania", "moldovan": "moldova",
    "georgian": "georgia", "estonian": "estonia", "latvian": "latvia", "lithuanian": "lithuania",
    "czech": "czech republic", "slovak": "slovakia", "serbian": "serbia", "croatian": "croatia",
    "bulgarian": "bulgaria", "egyptian": "egypt", "qatari": "qatar", "emirati": "united arab emirates",
    "pakistani": "pakistan", "brazilian": "brazil", "mexican": "mexico", "australian": "australia",
    "venezuelan": "venezuela", "lebanese": "lebanon", "iraqi": "iraq", "afghan": "afghanistan",
    "kazakh": "kazakhstan", "armenian": "armenia", "azerbaijani": "azerbaijan", "soviet": "soviet union",
    "western": "west",
}
_COUNTRIES = """afghanistan albania algeria argentina armenia australia austria azerbaijan belarus belgium bolivia
bosnia brazil bulgaria cambodia canada chile china colombia croatia cuba cyprus denmark egypt estonia ethiopia
finland france georgia germany greece hungary iceland india indonesia iran iraq ireland israel italy japan jordan
kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania luxembourg malaysia mexico moldova mongolia
montenegro morocco myanmar nepal netherlands nigeria norway oman pakistan palestine peru philippines poland
portugal qatar romania russia serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria
taiwan thailand tunisia turkey türkiye uganda ukraine uzbekistan venezuela vietnam yemen zimbabwe crimea
andorra angola bahamas bahrain bangladesh barbados belize benin bhutan botswana brunei burundi cameroon congo
djibouti ecuador eritrea eswatini fiji gabon gambia ghana grenada guatemala guinea guyana haiti honduras
jamaica kyrgyzstan laos lesotho liberia liechtenstein macedonia madagascar malawi maldives mali malta
mauritania mauritius monaco mozambique namibia nicaragua niger panama paraguay rwanda samoa senegal seychelles
suriname tajikistan tanzania togo tonga turkmenistan uruguay zambia greenland
donbas donbass gaza europe africa asia america us u.s. usa u.s.a. uk u.k. britain england scotland wales
west east""".split()
COUNTRIES = frozenset(w for w in _COUNTRIES if w not in ("west", "east"))
_CITIES = """moscow kyiv kiev washington london paris berlin beijing budapest warsaw minsk tehran jerusalem
ankara istanbul brussels geneva vienna rome madrid tokyo delhi riyadh doha dubai cairo damascus baghdad
kharkiv odesa odessa lviv dnipro zaporizhzhia kherson donetsk luhansk mariupol bakhmut pokrovsk avdiivka
belgorod bryansk kursk ryazan tuapse novorossiysk novorossiisk primorsk sevastopol anchorage alaska
helsinki stockholm oslo prague bratislava bucharest sofia belgrade tbilisi yerevan baku astana
chicago philadelphia detroit seattle atlanta miami baltimore pittsburgh milwaukee minneapolis cincinnati
sacramento nashville louisville albuquerque tucson honolulu edinburgh dublin belfast lisbon copenhagen munich
frankfurt barcelona zurich toronto montreal vancouver ottawa melbourne mumbai bombay karachi lahore islamabad
kabul kandahar dhaka bangkok jakarta manila seoul pyongyang shanghai taipei hanoi beirut amman tripoli benghazi
khartoum nairobi johannesburg havana caracas bogota brasilia ramallah mosul aleppo""".split() + [
    "los angeles", "san francisco", "san diego", "san antonio", "san jose", "las vegas", "new orleans",
    "des moines", "salt lake city", "kansas city", "st. louis", "oklahoma city", "hong kong", "cape town",
    "mexico city", "buenos aires", "sao paulo", "rio de janeiro", "tel aviv", "new york city"]
# (not cities that are also people's names, whose bare surname would then read as a place: Houston,
# Jackson, Austin, Charlotte, Lincoln, Madison, Cleveland, Orlando, Sydney, Santiago, Boston, Glasgow,
# Lagos, Hamburg, Amsterdam, Portland, Milan, Lima, Athens, Memphis, Naples, Birmingham)
US_STATES = """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin
wyoming""".split() + ["new hampshire", "new jersey", "new mexico", "new york state", "north carolina",
                      "north dakota", "rhode island", "south carolina", "south dakota", "west virginia",
                      "district of columbia"]
# where words are posted, not who says them: "wrote on Facebook", "a Twitter post"
PLATFORMS = frozenset(
    "facebook twitter instagram youtube tiktok telegram snapchat linkedin reddit whatsapp threads bluesky "
    "truth social x.com".split() + ["truth social"])
PLACES = frozenset(_COUNTRIES) | frozenset(_CITIES) | frozenset(US_STATES) | PLATFORMS | frozenset(
    {"united states", "united kingdom", "saudi arabia", "north korea", "south korea", "new york", "new zealand",
     "sri lanka", "costa rica", "el salvador", "ivory coast", "sierra leone", "papua new guinea", "puerto rico",
     "dominican republic", "burkina faso", "cape verde", "east timor", "san marino", "trinidad and tobago",
     "latin america", "west bank", "persian gulf",
     "middle east", "united arab emirates", "soviet union", "czech republic", "eastern europe",
     "western europe", "black sea", "red square"}
)

# A place's part of the compass: "West Germany", "South Africa", "Northern Ireland", "Central Asia".
COMPASS = frozenset("""north south east west northern southern eastern western central northeast northwest
southeast southwest northeastern northwestern southeastern southwestern""".split())
# Abbreviations of measures, times and trade terms, in capitals like an organisation's initials but no
# body: "GDP grew", "at 1200 GMT", "LIBOR fell", "CIF Rotterdam", "the ECU", "its IPO"
MEASURES = frozenset("""gdp gnp gni cpi rpi ppi pmi libor sofr gmt utc est edt cst cdt pst pdt bst cet cif fob ecu
ipo vat mph bpd eps agm egm etf gaap sdr reit lng lpg dna hiv aids covid fy ytd am pm et pt ct mt
net shr shrs qtr qtly avg oper revs sales revenues profit loss exports imports export import""".split())
# the last word of a law, a deal or a plan, which is no one: "the Louvre Agreement", "the Clean Air Act"
DOCUMENT_WORDS = frozenset("agreement agreements accord accords treaty pact act plan protocol amendment declaration "
                           "charter doctrine".split())  # (not "programme", "initiative": the World Food Programme acts)
# the last word of a sea, a strait or a coast, which is a place: "the Gulf", "the Strait of Hormuz"
GEOGRAPHY = frozenset("gulf strait straits sea ocean peninsula island islands coast canal desert".split())

# Capitalised words that open sentences or name times: never part of a name.
COMMON_CAPITALISED = frozenset(
    """the a an this that these those it its he she they we i you his her their our my your in on at by for
    from to of with without after before during while when where if as but and or nor so yet however
    meanwhile moreover furthermore also although though since because still then there here what which who
    whom whose why how all any both each every either neither no not one some such many most more much
    several few other another earlier later today yesterday tomorrow tonight update breaking exclusive
    analysis opinion editorial photo video watch read live january february march april may june july
    august september october november december monday tuesday wednesday thursday friday saturday sunday
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun despite according
    amid following nevertheless currently looming traveling travelling speaking frequently key instead now
    indeed thus hence otherwise likewise similarly besides finally overall recently previously ultimately
    eventually initially additionally specifically notably importantly separately elsewhere partial
    alongside among amongst amidst beside toward towards throughout upon onto unlike note notes""".split()
)

# Lower-case words after a name that make it a body speaking as one: "the Trump campaign said",
# "the Obama administration said".
BODY_AFTER_NAME = frozenset({"campaign", "administration", "government"})

# Page labels ("Watch:", "Read more") that are also surnames or close organisations' names ("Ian
# Read said", "Human Rights Watch said"): a name word after another, or just before a speech verb.
LABEL_NAMES = frozenset({"watch", "read"})
# Abbreviated months that are also common given names ("columnist Ai Jun", "Jan Egeland"): a name
# word after another, or just before a speech verb, as the page labels above ("Sun", "Sat" and
# "Mar" stay no names: "the Vancouver Sun", "Obama Sat Down", "Protests Mar Rally").
DATE_NAMES = frozenset({"jan", "jun"})
PLACED_NAMES = LABEL_NAMES | DATE_NAMES

# Given names common enough in English-language news to tell "she" from "he" (a name not listed
# tells nothing), and the words of a role that say the same ("congresswoman", "his wife").
FEMALE_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
    ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
    cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
    rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria lauren
    christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
    frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly
    isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary melania ivanka nikki
    kamala nancy elizabeth angela theresa ursula kaja christine giorgia marine ilhan alexandria tulsi kirsten
    amy elise liz tammy susan dianne maxine sheila kellyanne sarah huma chelsea michelle valerie janet loretta
    condoleezza madeleine samantha nikki megyn mika rachel katie meredith oprah ruth sonia elena ketanji
    amy carly jill hope sally""".split()
)
MALE_NAMES = frozenset(
    """james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
    patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter
    noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
    russell bobby mason philip louis barack bernie ted marco jeb mitt mike mitch chuck newt rand rick chris
    vladimir sergey sergei dmitry volodymyr emmanuel olaf boris keir rishi viktor recep xi benjamin mohammed
    joe kevin hakeem jim tim bill bob tom dick dan dave nick tony ben sam ron don andy greg jeff
    matt jared eric hunter beto pete cory jay reince sean rudy steve corey paul rex""".split()
)
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
FEMALE_WORDS = frozenset(
    """congresswoman spokeswoman chairwoman businesswoman councilwoman assemblywoman actress wife mother daughter
    sister widow queen princess lady mrs. mrs ms. ms madam dame grandmother aunt niece girlfriend woman""".split()
)
MALE_WORDS = frozenset(
    """congressman spokesman chairman businessman councilman assemblyman actor husband father son brother
    widower king prince lord mr. mr sir grandfather uncle nephew boyfriend man""".split()
)
