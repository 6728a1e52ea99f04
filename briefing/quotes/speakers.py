"""From a speaker phrase to a canonical speaker: names, pronouns, "who", roles.

``ArticleContext`` keeps, for one article, the people and organisations its paragraphs mention (outside
quotations, computed only for paragraphs that are needed), so that "he stated" resolves to the most recent
fitting person: in the pronoun's own sentence the nearest one, in earlier sentences the subject (the first
one named, a possessive "Trump's" only when nothing else is)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..model import Article, Block
from ..people.appositions import age_after
from ..people.mentions import Mention, after_outlet_noun, find_mentions
from ..people.name_words import BODY_AFTER_NAME, GENERIC_BODIES, OUTLET_NOUNS, QUANTIFIERS, ROLE_MODIFIERS
from ..people.namebook import NameBook
from ..people.names import UNNAMED, NamePhrase, parse_name, strip_possessive, surname_like_place
from ..text.quote_marks import Span, find_quotes
from .attribution import SpeakerRef
from .mentioned import SUBJECT_PRONOUN, Seen, before_a_role, bisect_pos, named_mid_sentence, reports, sentence_of, sentence_starts
from .oblique import is_oblique
from .who import PRONOUN_GENDER, Who, gender_of, honorific_gender, indefinite_source, party_clash, unnamed_before

LOOKBACK = 3  # paragraphs searched for a pronoun's antecedent
ROLE_LOOKBACK = 30  # paragraphs searched for the one person given a role ("the president")
MAX_SCAN = 40  # mentions looked at before a pronoun, per paragraph
_ROLE_MATCH = {
    "leader": ("president", "prime minister", "leader", "chancellor", "premier"), "president": ("president",),
    "minister": ("minister",), "diplomat": ("minister", "secretary of state", "envoy"), "senator": ("senator", "sen."),
    "governor": ("governor", "gov."), "congressman": ("rep.", "congressman"), "congresswoman": ("rep.", "congresswoman"),
    "representative": ("rep.", "representative")}


_OFFICES = frozenset("president senator governor mayor minister secretary representative congressman "
                     "congresswoman chancellor judge justice speaker ambassador".split())


def _other_office(who: Who, head: str) -> bool:
    """Whether ``who`` holds an office other than ``head`` ("Senator" for "the governor"); a role
    that is no office ("candidate") does not rule them out."""
    if head not in _OFFICES or not who.role:
        return False
    held = {w.strip(".,").lower() for w in who.role.split()} & _OFFICES
    return bool(held) and head not in held


# prepositions before an outlet where something was said or to whom ("in a Wall Street Journal op-ed",
# "told the Post"): not "of" ("the editorial board of the Post was blunt" is the Post speaking)
_LEAD_IN = frozenset("in on to at for from by with via told tells telling".split())


def _after_preposition(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` follows a preposition, with at most a determiner between ("in
    a Wall Street Journal op-ed", "on CNN"), or a determiner and an outlet's description ("told the
    Paris daily Libération")."""
    raw = text[max(0, pos - 40):pos].split()[-5:]
    if raw and raw[-1].lower() in OUTLET_NOUNS:
        raw.pop()
        while raw and raw[-1][:1].isupper():
            raw.pop()  # ("the Paris daily", "the New York tabloid")
    words = [w.lower() for w in raw[-2:]]
    return bool(words) and (words[-1] in _LEAD_IN or (len(words) == 2 and words[0] in _LEAD_IN
                                                      and words[1] in ("a", "an", "the")))


def _after_relative(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is "who" or "whom" ("Reid, who he said", "Clinton, whom he called")."""
    before = text[max(0, pos - 8):pos].rstrip().lower()
    for word in ("whom", "who"):
        if before.endswith(word):
            return len(before) == len(word) or not before[-len(word) - 1].isalpha()
    return False


class ArticleContext:
    def __init__(self, article: Article, book: NameBook) -> None:
        self.article = article
        self.book = book
        self._order = {b.index: i for i, b in enumerate(article.blocks)}
        self._seen: dict[int, tuple[list[Seen], list[int]]] = {}
        self._spans: dict[int, Sequence[Span]] = {}
        self._speakers: set[str] = set()  # people the article says speak ("DuVernay explained"), named so

    def remember(self, block: Block, spans: Sequence[Span]) -> None:
        """The quotations already found in a paragraph (its mentions are read lazily)."""
        self._spans[block.index] = spans

    def known(self, who: Who) -> bool:
        """Whether a speaker is someone the brief's name book knows: a person it has seen named
        as one, an organisation it has seen, or an unnamed source or role as printed."""
        if who.kind == "person":  # (a surname shared by people the brief names in full counts: "Clinton")
            return self.book.person(who.name.split(), self.article.id) is not None or self.book.has_surname(who.name)
        if who.kind == "organisation":  # ("the Clinton campaign": known when Clinton is)
            owner, _, body = who.name.rpartition(" ")
            return self.book.prominence(who.name) > 0 or (body in BODY_AFTER_NAME and self.book.has_surname(owner))
        return who.kind == "unnamed"

    def with_role(self, who: Who | None) -> Who | None:
        """The person with the role this article gives them (else the brief, else the mention's)."""
        if who is None or who.kind != "person":
            return who
        role = self.book.role(who.name, self.article.id) or who.role
        return who if role == who.role else Who(who.name, who.kind, role)

    def who_of_mention(self, m: Mention, paragraph: int | None = None, gender: str | None = None) -> Who | None:
        if m.kind == "place" and len(m.phrase.name) == 1 and surname_like_place(m.phrase.name[0]) and (
                self.book.has_surname(m.phrase.name[0])):
            m = replace(m, phrase=NamePhrase("person", m.phrase.name, None))  # "Cuban" after "Mark Cuban"
        if m.kind == "person":
            name = self.book.person(m.phrase.name, self.article.id, paragraph, m.phrase.role, gender=gender)
            if name is None:
                name = " ".join(self.book.aliased(m.phrase.name))
                if not m.evidence and name not in self._speakers:
                    return None  # (a name the article has had speak is a person: "DuVernay said she …")
            return Who(name, "person", m.phrase.role)
        if m.kind == "organisation":
            return Who(self.book.org(m.phrase.name), "organisation")
        return Who(strip_possessive(" ".join(m.phrase.name))[0], "place")

    def seen(self, block: Block, spans: Sequence[Span] | None = None) -> tuple[list[Seen], list[int]]:
        """Who a paragraph names outside its quotations, with its sentence starts."""
        hit = self._seen.get(block.index)
        if hit is not None:
            return hit
        if spans is None:
            spans = self._spans.get(block.index)
        if spans is None:
            spans = find_quotes(block.text)
        starts = sentence_starts(block.text)
        out = []
        text = block.text
        pronouns = [m.start() for m in SUBJECT_PRONOUN.finditer(text)]  # read once, not once per mention
        for m in find_mentions(text, skip=[(s.start, s.end) for s in spans]):
            gender = honorific_gender(text, m.start)
            w = self.who_of_mention(m, block.index, gender)
            if w is not None:
                sentence = sentence_of(starts, m.start)
                opens = starts[sentence] if sentence < len(starts) else 0
                oblique = is_oblique(text, m.start, m.end, opens, w.kind)
                k = bisect_left(pronouns, opens)
                out.append(Seen(m.start, sentence, w, m.possessive, m.after_determiner, oblique,
                                 k < len(pronouns) and pronouns[k] < m.start, gender, reports(text, m.start, m.end)))
        self._seen[block.index] = (out, starts)
        return out, starts

    def _earlier_blocks(self, block: Block) -> list[Block]:
        i = self._order.get(block.index, 0)
        out = []
        for b in reversed(self.article.blocks[max(0, i - LOOKBACK): i]):
            if b.kind == "heading":
                break
            out.append(b)
        return out

    def antecedent(self, block: Block, pos: int, kinds: tuple[str, ...], role_nouns: tuple[str, ...] = (),
                   gender: str | None = None, sentence_only: bool = False, described: Sequence[str] = ()) -> Who | None:
        """The most recent fitting person (or organisation) before ``pos``; with ``gender``
        ("female", "male": the pronoun's), never one the article shows is of the other; with
        ``role_nouns``, one whose role holds one of them and is of no other party than ``described``."""
        def fits(s: Seen) -> bool:
            if s.who.kind not in kinds or s.determiner or s.oblique:
                return False
            if gender is not None:
                known = gender_of(self.with_role(s.who) or s.who)
                if s.gender is not None and known not in (None, s.gender):
                    return False  # "Ms. Sanders" read as Bernie Sanders: the wrong namesake
                if (s.gender or known) not in (None, gender):
                    return False
            if not role_nouns:
                return True
            role = (self.with_role(s.who) or s.who).role or ""
            return any(r in role.lower() for r in role_nouns) and not party_clash(described, role)

        seen, starts = self.seen(block)
        here = sentence_of(starts, pos)
        k = bisect_pos(seen, pos)
        same = [x for x in seen[max(0, k - MAX_SCAN):k] if x.sentence == here and fits(x)]
        if same and _after_relative(block.text, pos) and seen[k - 1] is same[-1]:
            # "Harry Reid, who he said …": the one "who" stands for is not "he" (when that one
            # does not fit anyway, "Clinton, whom he called …", the one before stays)
            same = same[:-1]
        if same:
            plain = [x for x in same if not x.possessive]
            return (plain or same)[-1].who
        if sentence_only:
            return None
        groups: list[list[Seen]] = []
        before = [x for x in seen[max(0, k - MAX_SCAN):k] if x.sentence < here]
        # in earlier sentences, a name after the sentence's pronoun subject ("He said Obama …") is
        # not who the pronoun chain is about
        for sentence in sorted({x.sentence for x in before}, reverse=True):
            groups.append([x for x in before if x.sentence == sentence and fits(x) and not x.after_pronoun])
        for blk in self._earlier_blocks(block):
            bseen, _ = self.seen(blk)
            tail = bseen[-MAX_SCAN:]
            for sentence in sorted({x.sentence for x in tail}, reverse=True):
                groups.append([x for x in tail if x.sentence == sentence and fits(x) and not x.after_pronoun])
        for g in groups:
            if g:
                # the one who reports the sentence ("Wragge and Hill's growth …, McManus said."), else its subject
                plain = [x for x in g if x.reports] or [x for x in g if not x.possessive]
                return (plain or g)[0].who
        return None

    def _relative(self, block: Block, pos: int) -> Who | None:
        """The last person the sentence names before a relative "who" at ``pos``, named as someone (not
        as a modifier: "an Occupy LA organizer"), after a preposition or not."""
        seen, starts = self.seen(block)
        here = sentence_of(starts, pos)
        k = bisect_pos(seen, pos)
        for x in reversed(seen[max(0, k - MAX_SCAN):k]):
            if x.sentence != here:
                break
            if x.determiner or x.possessive or x.who.kind == "place" or before_a_role(block.text, x.pos):
                continue  # a modifier ("an Occupy LA organizer", "the Senate majority leader"), an owner, a place
            # the nearest one named as someone: a person, or an organisation ("met with Amnesty
            # International, who said": Amnesty; the caller looks for it)
            return x.who if x.who.kind == "person" else None
        return None

    def _role(self, ref: SpeakerRef, block: Block) -> Who | None:
        """Who "the Florida senator" or "the Republican presidential candidate" is: the latest
        person given that role; else, for a definite role, the latest person named before (as a
        pronoun would be read); else the role itself, as printed."""
        words = [w for w in ref.words if w.lower() not in ("the", "a", "an")]
        head = words[-1].lower() if words else ""
        printed = ref.role or " ".join(words)
        nouns = _ROLE_MATCH.get(head, (head,))
        found = self.antecedent(block, ref.pos, ("person",), nouns, described=words)
        definite = bool(ref.words) and ref.words[0].lower() == "the" or block.text[ref.pos: ref.pos + 4].lower() == "the "
        # "the county prosecutor", "the inspector general": a role of its own kind is no one named
        # before unless given that role; a plain "the senator" may be the latest person named
        plain = all(w.lower() in ROLE_MODIFIERS or not w.islower() for w in words[:-1])
        if found is None and definite:
            introduced = self._introduced(block, ref.pos, head)
            if introduced is not None:  # "A senior U.S. Treasury official poured cold water ... “…,” the official said."
                # (the fuller of the two descriptions: "one analyst ... the coffee analyst said")
                return Who(UNNAMED, "unnamed", max(introduced, printed, key=lambda r: len(r.split())))
            found = self._given_role(block, ref.pos, nouns, words) or (
                self.antecedent(block, ref.pos, ("person",)) if plain else None)
            held = self.with_role(found) or found if found is not None else None
            if held is not None and (_other_office(held, head) or party_clash(words, held.role)):
                found = None  # "the Oregon governor" is not the senator named before, nor "the GOP …" a Democrat
        if found is not None:
            who = self.with_role(found) or found
            return who if who.role else Who(who.name, who.kind, printed)
        return Who(printed, "role", printed) if printed else None

    def _introduced(self, block: Block, pos: int, head: str) -> str | None:
        """The description of someone introduced without a name as ``head`` before ``pos``, in this
        paragraph or the one before ("..., a KLM spokeswoman said. // “…,” the spokeswoman added")."""
        here = self._order.get(block.index, 0)
        introduced = unnamed_before(block.text, pos, head)
        if introduced is None and here > 0:
            before = self.article.blocks[here - 1]
            introduced = unnamed_before(before.text, len(before.text), head)
        return introduced

    def _unnamed_antecedent(self, block: Block, pos: int, gender: str) -> str | None:
        """The source a "he" or "she" at ``pos`` stands for when the paragraph introduced it without a
        name after the last person it names ("However, one dealer … advised caution. “…,” he said"), or,
        when the paragraph names no one before, the paragraph before did."""
        seen, _ = self.seen(block)
        named = [x.pos for x in seen if x.pos < pos and x.who.kind == "person"]
        found = indefinite_source(block.text, named[-1] if named else 0, pos, self._quoted(block), gender)
        here = self._order.get(block.index, 0)
        if found is None and not named and here > 0:
            before = self.article.blocks[here - 1]
            bseen, _ = self.seen(before)
            found = indefinite_source(before.text, max((x.pos for x in bseen if x.who.kind == "person"), default=0),
                                      len(before.text), self._quoted(before), gender)
        return found

    def _quoted(self, block: Block) -> list[tuple[int, int]]:
        spans = self._spans.get(block.index)
        return [(s.start, s.end) for s in (spans if spans is not None else find_quotes(block.text))]

    def _given_role(self, block: Block, pos: int, nouns: tuple[str, ...], described: Sequence[str]) -> Who | None:
        """The person the article, up to ``pos``, most often names with a role holding one of
        ``nouns`` ("the president" paragraphs after "President Obama"), when only one fits."""
        counts: dict[str, int] = {}
        whos: dict[str, Who] = {}
        here = self._order.get(block.index, 0)
        for b in self.article.blocks[max(0, here - ROLE_LOOKBACK): here + 1]:
            seen, _ = self.seen(b)
            for x in seen:
                if b.index == block.index and x.pos >= pos:
                    break
                if x.who.kind != "person":
                    continue
                role = (x.who.role or "").lower()
                if any(n in role for n in nouns) and not party_clash(described, role):
                    counts[x.who.name] = counts.get(x.who.name, 0) + 1
                    whos[x.who.name] = x.who
        return whos[next(iter(counts))] if len(counts) == 1 else None

    def others_between(self, block: Block, lo: int, hi: int, speaker: str) -> bool:
        """Whether text between two offsets names someone other than ``speaker``."""
        seen, _ = self.seen(block)
        k = bisect_pos(seen, lo)
        for x in seen[k:]:
            if x.pos >= hi:
                return False
            if x.who.name != speaker and x.who.kind != "place" and not x.oblique and not (
                    x.who.kind == "organisation" and (self.book.is_news_org(x.who.name) or after_outlet_noun(block.text, x.pos))
                    and _after_preposition(block.text, x.pos)):
                # (told CNBC, in the video on Clinton's site, in a Wall Street Journal op-ed:
                # no one else speaking; "The Washington Post's editorial board was blunt" is)
                return True
        return False

    def resolve(self, ref: SpeakerRef, block: Block, earlier: Sequence[tuple[int, Who | None]] = ()) -> Who | None:
        """The speaker a phrase names; ``earlier``: (offset, speaker) of the paragraph's earlier quotes."""
        if ref.kind == "unnamed":
            return Who(UNNAMED, "unnamed", ref.role)
        if ref.kind == "pronoun":
            word = ref.words[0]
            if word in ("he", "she"):
                introduced = self._unnamed_antecedent(block, ref.pos, PRONOUN_GENDER[word])
                if introduced is not None:
                    return Who(UNNAMED, "unnamed", introduced)
                return self.with_role(self.antecedent(block, ref.pos, ("person",), gender=PRONOUN_GENDER[word]))
            if word == "it":
                return self.antecedent(block, ref.pos, ("organisation",))
            return None
        if ref.kind == "relative":
            for off, who in reversed(earlier[-10:]):
                if off < ref.pos and who is not None:
                    return who
            # "Braynard, a native who writes": someone the sentence names (an earlier sentence's
            # "White House" is not whom "who" stands for); a person before an organisation ("Carl Vell,
            # an Occupy LA organizer, who said": the organiser, not Occupy LA), even after a preposition
            # ("a frosty relationship with McConnell, now the Senate leader, who in 2010 said")
            return self.with_role(self._relative(block, ref.pos)
                                  or self.antecedent(block, ref.pos, ("person", "organisation"), sentence_only=True))
        if ref.kind == "role":
            return self._role(ref, block)
        phrase = parse_name(ref.words)
        if (phrase is None or phrase.kind != "person") and "of" in ref.words[1:]:
            # "Sen. Tammy Baldwin of Wisconsin", "Meenakshi Ganguly of Human Rights Watch": the
            # person before where they are from (an organisation's own "of" stays: "Bank of England")
            before = parse_name(ref.words[: ref.words.index("of", 1)])
            if before is not None and before.kind == "person":
                phrase = before
            elif before is not None and before.kind == "organisation":
                return Who(self.book.org(ref.words), "organisation", ref.role)  # "the American Federation of Teachers"
        if phrase is None:
            return None
        if phrase.kind == "place" and len(phrase.name) == 1 and surname_like_place(phrase.name[0]) and (
                self.book.has_surname(phrase.name[0])):
            phrase = NamePhrase("person", phrase.name, None)  # "Cuban said" after "Mark Cuban"
        if phrase.kind == "role":
            opener = (ref.role or "").split()[:1] or [ref.words[0] if ref.words else ""]
            if opener[0].lower() in QUANTIFIERS:
                # "another New Hampshire Republican": a description, no one named before
                return Who(phrase.role, "role", phrase.role) if phrase.role else None
            words = tuple((phrase.role or "").split())
            if ref.words and ref.words[0].lower() == "the":
                words = ("the", *words)  # "the Texas governor": a definite role is someone named before
            return self._role(SpeakerRef("role", words, ref.pos, ref.verb, phrase.role), block)
        if phrase.kind == "person":
            at = block.text.find(phrase.name[0], ref.pos) if len(phrase.name) == 1 else -1
            new = at >= 0 and age_after(block.text, at + len(phrase.name[0]))  # "Clintock, 35, said": someone new?
            name = self.book.person(phrase.name, self.article.id, block.index, phrase.role, introduced=new,
                                    gender=honorific_gender(block.text, ref.pos)) \
                or " ".join(self.book.aliased(phrase.name))
            if ref.verb and named_mid_sentence(block.text, ref.pos) and not name.isupper():
                self._speakers.add(name)  # (not "Audiences can expect …" or a "PREVIOUSLY:" label)
            return Who(name, "person", self.book.role(name, self.article.id) or phrase.role or ref.role)
        if phrase.kind == "organisation":
            head = strip_possessive(phrase.name[0])[0].lower()
            if len(phrase.name) == 1 and head in GENERIC_BODIES:  # "the Bank said": the bank named before
                return self._named_body(block, ref.pos, head)
            return Who(self.book.org(phrase.name), "organisation", ref.role)
        return Who(strip_possessive(" ".join(phrase.name))[0], "place")

    def _named_body(self, block: Block, pos: int, head: str) -> Who | None:
        """The latest organisation named before ``pos`` (in this paragraph or the article's earlier
        ones) whose name holds ``head`` ("the Export-Import Bank ... the Bank said"), else no one."""
        here = self._order.get(block.index, 0)
        for blk in [block, *reversed(self.article.blocks[max(0, here - ROLE_LOOKBACK): here])]:
            for x in reversed(self.seen(blk)[0]):
                words = x.who.name.lower().replace("’s", "").replace("'s", "").replace("-", " ").split()
                if (blk is not block or x.pos < pos) and x.who.kind == "organisation" and len(words) > 1 and head in words:
                    return x.who
        return None
