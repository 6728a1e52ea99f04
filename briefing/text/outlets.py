"""Who first reported it: the news outlet or agency a sentence takes its report from.

"According to the Financial Times, ...", "reported by state-run TASS news agency", "four
industry sources confirmed to Reuters", "The FT report says ...": a point such a sentence
makes is cited "via" that outlet, and two stories retelling one outlet's report are one
original report, not two (:mod:`briefing.summaries.points`).  Outlets are the well-known
wires, papers and broadcasters by name (aliases merged: "FT" is the Financial Times) and any
"X news agency"; a sentence naming an outlet without saying it took the report from it ("the
BBC's building") has no "via".
"""

from __future__ import annotations

import re
from functools import lru_cache

# display name: the names a sentence may use for it (longest are tried first)
OUTLETS: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters",),
    "AP": ("Associated Press", "AP"),
    "AFP": ("Agence France-Presse", "AFP"),
    "TASS": ("TASS", "Tass"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Xinhua": ("Xinhua",),
    "Bloomberg": ("Bloomberg News", "Bloomberg"),
    "Financial Times": ("Financial Times", "FT"),
    "The New York Times": ("New York Times", "NYT"),
    "The Washington Post": ("Washington Post",),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ"),
    "BBC": ("BBC News", "BBC"),
    "CNN": ("CNN",),
    "Fox News": ("Fox News",),
    "NBC News": ("NBC News", "NBC"),
    "CBS News": ("CBS News", "CBS"),
    "ABC News": ("ABC News",),
    "NPR": ("NPR",),
    "The Guardian": ("Guardian",),
    "The Times": ("The Times of London",),
    "The Telegraph": ("Telegraph",),
    "Axios": ("Axios",),
    "Politico": ("Politico", "POLITICO"),
    "Al Jazeera": ("Al Jazeera",),
    "Kyodo": ("Kyodo News", "Kyodo"),
    "Yonhap": ("Yonhap",),
    "Der Spiegel": ("Der Spiegel", "Spiegel"),
    "Le Monde": ("Le Monde",),
    "Kommersant": ("Kommersant",),
    "Ukrinform": ("Ukrinform",),
    "The Economist": ("Economist",),
    "Forbes": ("Forbes",),
    "CNBC": ("CNBC",),
    "HuffPost": ("Huffington Post", "HuffPost"),
    "USA Today": ("USA Today", "USA TODAY"),
    "Los Angeles Times": ("Los Angeles Times", "LA Times", "L.A. Times"),
    "The Moscow Times": ("Moscow Times",),
    "The Kyiv Independent": ("Kyiv Independent",),
    "DW": ("Deutsche Welle", "DW"),
    "France 24": ("France 24",),
    "Euronews": ("Euronews",),
}
_BY_NAME = {name: shown for shown, names in OUTLETS.items() for name in names}
# every name of every known outlet, lower-cased ("ft", "financial times", "the new york times")
OUTLET_NAMES = frozenset(n.lower() for shown, names in OUTLETS.items() for n in (shown, *names))
_NAMES = "|".join(sorted((re.escape(n) for n in _BY_NAME), key=len, reverse=True))
_AGENCY = r"[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,2} news agency"
_OUTLET = rf"(?:the )?(?:state-run |state-owned |state |official |daily |newspaper |broadcaster )?({_AGENCY}|(?:{_NAMES})\b)"
_VIA = re.compile(
    rf"\b[Aa]ccording to (?:a |an |the )?(?:new |latest )?(?:reports? (?:from|by|in) |reporting (?:from|by) )?{_OUTLET}"
    rf"|\b(?:reported|cited|quoted|published|first reported|as cited|as reported) (?:by|in) {_OUTLET}"
    rf"|\b(?:told|confirmed to|said to|in an interview with|speaking to) {_OUTLET}"
    rf"|\b{_OUTLET}(?:'s|’s)?(?: news agency| newspaper| report| reporting)? (?:reported|reports|said|says|quoted|cited"
    rf"|wrote|writes|is out with|has reported|learned|found)\b"
)


# the web addresses of well-known outlets (any subdomain): the outlet an article's URL names
DOMAINS: dict[str, str] = {
    "reuters.com": "Reuters", "apnews.com": "AP", "afp.com": "AFP", "tass.com": "TASS", "tass.ru": "TASS",
    "interfax.com": "Interfax", "xinhuanet.com": "Xinhua", "bloomberg.com": "Bloomberg", "ft.com": "Financial Times",
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal",
    "bbc.co.uk": "BBC", "bbc.com": "BBC", "cnn.com": "CNN", "foxnews.com": "Fox News", "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "npr.org": "NPR", "theguardian.com": "The Guardian",
    "thetimes.co.uk": "The Times", "telegraph.co.uk": "The Telegraph", "axios.com": "Axios", "politico.com": "Politico",
    "politico.eu": "Politico", "aljazeera.com": "Al Jazeera", "kyodonews.net": "Kyodo", "yna.co.kr": "Yonhap",
    "spiegel.de": "Der Spiegel", "lemonde.fr": "Le Monde", "kommersant.ru": "Kommersant", "ukrinform.net": "Ukrinform",
    "economist.com": "The Economist", "forbes.com": "Forbes", "cnbc.com": "CNBC", "huffpost.com": "HuffPost",
    "huffingtonpost.com": "HuffPost", "usatoday.com": "USA Today", "latimes.com": "Los Angeles Times",
    "independent.co.uk": "The Independent", "dw.com": "DW", "france24.com": "France 24", "euronews.com": "Euronews",
    "rferl.org": "RFE/RL", "kyivindependent.com": "The Kyiv Independent", "themoscowtimes.com": "The Moscow Times",
}
_HOST = re.compile(r"^[a-z][a-z0-9+.-]{0,20}://(?:[^/@\s]{0,200}@)?([^/:?#\s]{1,253})", re.I)


def outlet_of_url(url: str | None) -> str | None:
    """The outlet an article's web address names: a well-known outlet by its domain, else the
    domain itself ("www.example-news.com/..." -> "example-news.com"); None without a host."""
    m = _HOST.match(url or "")
    if m is None:
        return None
    host = m.group(1).lower().rstrip(".")
    labels = host.split(".")
    for k in range(len(labels) - 1):
        known = DOMAINS.get(".".join(labels[k:]))
        if known:
            return known
    if len(labels) < 2 or host.replace(".", "").isdigit():
        return None
    return host.removeprefix("www.").removeprefix("m.").removeprefix("amp.")


_PERSON_BEFORE = re.compile(r"([A-Z][a-z’'-]{1,20}) $")  # "Michael Bloomberg said": a person, not the outlet
_SURNAMES = frozenset({"Bloomberg", "Forbes"})  # outlets named after people: "Michael Bloomberg said"
_NOT_A_FIRST_NAME = frozenset("The A An And But As In On At By To Of For From With According Earlier Later Meanwhile "
                              "Also Yet So Then When While After Before Since".split())


@lru_cache(maxsize=4096)
def via(sentence: str) -> str | None:
    """The outlet a sentence says its report comes from ("Financial Times"), or None."""
    for m in _VIA.finditer(sentence):
        k = next(i for i, g in enumerate(m.groups(), 1) if g)
        if m.group(k) in _SURNAMES:
            before = _PERSON_BEFORE.search(sentence, max(0, m.start(k) - 22), m.start(k))
            if before is not None and before.group(1) not in _NOT_A_FIRST_NAME:
                continue
        return _shown(m.group(k))
    return None


def _shown(name: str) -> str:
    if name.endswith(" news agency"):
        return name[: -len(" news agency")].removeprefix("state ").removeprefix("State ")
    return _BY_NAME.get(name, name)


def known_outlet(name: str) -> str | None:
    """A well-known outlet's shown name for one of its names ("FT" -> "Financial Times", "The
    Guardian", "CNN Business" -> "CNN"), or None."""
    name = name.strip().removeprefix("The ")
    return _BY_NAME.get(name) or _BY_NAME.get(name.split(" ", 1)[0])


_BY_LOWER = {name.lower(): shown for shown, names in OUTLETS.items() for name in (shown, *names)}


def exact_outlet(name: str) -> str | None:
    """A well-known outlet's shown name for exactly one of its names, in any case ("ASSOCIATED
    PRESS" -> "AP", "The Guardian"), or None ("CNN Business", "Reuters Ltd")."""
    name = name.strip().lower()
    return _BY_LOWER.get(name) or _BY_LOWER.get(name.removeprefix("the "))


def outlet_key(name: str) -> str:
    """One key for one outlet under its names ("FT", "Financial Times"; "The BBC", "BBC News")."""
    x = _BY_NAME.get(name, name)
    return x.lower().removeprefix("the ").replace(" news", "")


def same_outlet(a: str | None, b: str | None) -> bool:
    """Whether two outlet names are one outlet ("FT" and "Financial Times", "The BBC" and "BBC")."""
    return bool(a and b) and outlet_key(a or "") == outlet_key(b or "")
