"""The document's index for actor countries (knowledge/actor_country.py): each sentence's country-bearing items (places
and actor mentions) and what each name is to its sentence (a destination, a venue, a topic), built once per document
(`where_of`); with the word kinds of data/coding/actor_country.tsv and the supporter test ("Turkish-backed") that the
actor stages share."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Optional

from eventwire.doc_index import per_token, span_root
from eventwire.knowledge import actor_bodies
from eventwire.coding.media import is_outlet
from eventwire.knowledge.titled_names import titled_at

PLACES_STORY = "the country of the story's places"   # step 4 for a story whose actors name no one country: victims only
# sectors of private people: a person of one of these is a national of the country, not a sign of where things happen
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "conj", "cc", "appos", "punct", "parataxis", "ccomp"}
_PRIVATE_PEOPLE = frozenset({"CVL", "NGO", "REF", "MED", "EDU", "BUS", "HLH", "LAB", "AGR"})
_FIGHTERS = frozenset({"INS", "UAF", "RAD"})   # (a foreign fighter's nationality, "the British jihadist X", is no
#                                                 place where the sentence's acts happen)


def _table(name: str):
    from eventwire.coding.coder import _coding_table
    return _coding_table(name)


@functools.cache
def word_kinds() -> dict:
    """{kind: frozenset of words} from data/coding/actor_country.tsv (placed, own, local, domestic, abroad, seat,
    force, venue, foreign, support, destination, motion-prep, motion, dispatch, topic-prep, topic-noun, venue-noun)."""
    kinds: dict = {}
    for word, kind, *_ in _table("actor_country.tsv"):
        kinds.setdefault(kind, set()).add(word if word.isupper() else word.lower())   # (sector codes stay upper case)
    return {k: frozenset(v) for k, v in kinds.items()}


@functools.cache
def _support_re():
    words = "|".join(sorted(word_kinds().get("support", ()), key=len, reverse=True))
    # ("Russian and Iranian-backed": both countries back it)
    # ("US–backed": an en or em dash joins them only with no space, else it opens an aside: "Turkey – backed by")
    return re.compile(r"(?:\s(?:and|&)\s([A-Z][\w.]+))?(?:\s?[-\u2010\u2011]\s?|[\u2013\u2014])(?i:%s)\b" % words) \
        if words else None


def partisan_at(text: str, start: int) -> str:
    from eventwire.knowledge.phrase_sides import partisan_at as _at
    return _at(text, start)


def negated_at(text: str, start: int) -> bool:
    from eventwire.knowledge.phrase_sides import negated_at as _at
    return _at(text, start)      # ("non-Kurdish rebels" name no Kurdish or Syrian-Kurdish place or side)


_BASED = re.compile(r"(?:\s?-\s?|[\u2013\u2014])based\b", re.I)


def based_at(text: str, end: int) -> bool:
    """Whether the name ending at `end` only says where a body is based ("the London-based monitor", "a
    Baghdad-based coalition"): no country of the sentence's events."""
    return _BASED.match(text, end) is not None


@functools.cache
def _people_words() -> frozenset:
    from eventwire.knowledge.actor_bodies import peoples_rows
    return frozenset(w.strip().lower() for r in peoples_rows() for w in (r.get("aliases") or "").split("|") if w.strip())


@functools.cache
def _proxy_re():
    words = "|".join(sorted(word_kinds().get("proxy", ()), key=len, reverse=True))
    # ("Turkey's proxy forces", "Iranian proxy militias", "Iran's proxies": the country backs them, they are not its)
    return re.compile(r"(?:['\u2019]s)?\s+(?i:%s)\b" % words) if words else None


def supporter_at(text: str, end: int) -> bool:
    """Whether the country word ending at `end` is a supporter ("Turkish-backed", "Iran-allied", "Turkey's proxy
    forces"), not the actor."""
    rx = _support_re()
    m = rx.match(text, end) if rx is not None else None
    if m is None and _demonym_spaced(text, end):
        return True               # "Russian backed forces": a demonym cannot do the backing as a subject
    if m is None:
        px = _proxy_re()
        if px is None or px.match(text, end) is None:
            return False
        # (a people's word names who the proxies are, not who backs them: "US Kurdish proxies")
        word = re.search(r"([\w-]+)$", text[:end])
        return not (word and word.group(1).lower() in _people_words())
    # ("US and US-backed forces": the first is an actor beside those it backs)
    return not (m.group(1) and text[:end].endswith(m.group(1)))


_DEMONYM_END = re.compile(r"\b[A-Z][a-z]+(?:an|ish|ese|i)$")


def _demonym_spaced(text: str, end: int) -> bool:
    """Whether the word ending at `end` is a demonym ("Russian", "Saudi") written apart from a `support-apart`
    participle (data/coding/actor_country.tsv) that a noun follows ("Russian backed forces"), as "Russian-backed" is
    written with a hyphen; not "Russian armed forces"."""
    words = word_kinds().get("support-apart", ())
    m = re.match(r" (\w+) [a-z]", text[end:end + 40])
    return bool(m and m.group(1).lower() in words and _DEMONYM_END.search(text[max(0, end - 30):end]))


@functools.cache
def _third_party_re():
    words = "|".join(sorted(word_kinds().get("third-party", ()), key=len, reverse=True))
    # ("backed by Turkey and Qatar": each name of the agent's list)
    return re.compile(r"\b(?i:%s)\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+(?:and|&)\s+(?:the\s+)?|[\w.'’-]+,\s+)?$"
                      % words) if words else None


def third_party_at(text: str, start: int) -> bool:
    """Whether the name starting at `start` is the "by" agent of a backer's, mediator's or host's participle
    ("backed by Turkey", "mediated by Norway"): a third party, whose country is no actor's around it."""
    rx = _third_party_re()
    return rx is not None and rx.search(text, max(0, start - 60), start) is not None


@per_token("eventwire.phrase_tokens")
def _phrase_tokens(head) -> list:
    """The actor's own phrase: the head noun with its modifiers and prepositional phrases, not its clauses,
    coordinated parts or destinations (walked once per head and document: the actor steps ask it of the same head
    several times, and in a chain of "of" phrases each walk takes in the rest of the chain; shared, not to change)."""
    dest = word_kinds().get("destination", frozenset())
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _CLAUSE_DEPS and not (c.dep_ in ("conj", "cc") and t is not head) \
                    or (c.dep_ == "prep" and c.lower_ in dest):
                continue          # (a list inside the phrase stays: "troops in Iraq and Syria")
            stack.append(c)
    return out


def sector_only(a) -> bool:
    return a is not None and not a.country and not a.entity and bool(a.sector)


# ---------------------------------------------------------------------- the document's index
class Where:
    """Per document: each sentence's country-bearing items (places and actor mentions), what each name is to its
    clause (a destination, a meeting's venue, a topic, a country named as a modifier), and the story's country."""

    def __init__(self, doc, ctx):
        self.doc = doc
        self.sent_starts = [s.start_char for s in doc.sents]
        self.items: dict[int, list] = {}          # sentence start char -> [(country, start, end, text, kind)]
        self.roles: dict = {}                     # (start, end) -> what the name is to its clause (`role`)
        self.named: dict = {}                     # (start, end) of a place that is an actor mention -> its country
        self.towns: dict = {}                     # country -> how many of the story's places name no actor
        self.private: set = set()                 # (start, end) of a demonym describing private people
        text = ctx.text
        mentions = [m for m in ctx.mentions if m.start is not None and m.end is not None]
        # armed groups, parties and organisations named in the text ("Isis were expelled": no deportation)
        # (not a news outlet: "Al Jazeera journalists were arrested" is the state's arrest)
        self.groups = sorted((m.start, m.end) for m in mentions if m.kind in ("group", "party", "igo") and not is_outlet(m))
        spans = sorted((m.start, m.end, m.country, m.kind == "person") for m in mentions)
        starts = [x[0] for x in spans]
        place_counts: dict[str, int] = {}
        for p in getattr(ctx, "places", None) or ():
            if p.demonym or not p.country or p.start is None or ctx.in_junk(p.start, p.end):
                continue
            place_counts[p.country] = place_counts.get(p.country, 0) + 1
            k = bisect.bisect_right(starts, p.end - 1) - 1
            if k >= 0 and spans[k][1] > p.start:
                # a place that is also an actor mention ("Damascus said", "calls from Brussels"): the actor
                # knowledge's country stands (a capital's country is surer than a namesake town's)
                if not spans[k][3]:
                    self.named[(p.start, p.end)] = spans[k][2]
                # (a person's name is no capital: "convicted in The Hague" is where the court sits, not William
                # Hague's country)
                continue
            # (the story's places that name no actor: towns and regions, "Idlib", not "Syria" nor "Moscow")
            self.towns[p.country] = self.towns.get(p.country, 0) + 1
            if supporter_at(text, p.end) or third_party_at(text, p.start) or based_at(text, p.end) \
                    or titled_at(doc, p.start, p.end):
                continue      # "Damascus-backed militias", "talks mediated by Norway", 'a "Free Tibet" banner' (titled_names)
            self._add(p.start, p.end, (p.country, p.start, p.end, p.text, "place", bool(p.demonym)))
        # (the last field: whether the item is a nationality, a demonym or an actor, rather than a named place)
        for m in mentions:
            if m.country and not supporter_at(text, m.end) and not third_party_at(text, m.start) \
                    and not based_at(text, m.end) and not (m.kind != "person" and partisan_at(text, m.start)) \
                    and not titled_at(doc, m.start, m.end) \
                    and not is_outlet(m) and not (m.kind == "person" and (m.sector in _PRIVATE_PEOPLE or (
                        m.sector in _FIGHTERS and "(not in the actor lists)" in (m.why or "")))):
                # (an outlet's country is not where its story happens; nor is a private person's or an unlisted
                # fighter's nationality:
                # "Hale, a British aid worker, accused the police of torturing him" names no British police)
                self._add(m.start, m.end, (m.country, m.start, m.end, m.text, "mention", True))
                if self._private_demonym(m) or negated_at(text, m.start):
                    # ("a French man, X, said the police ...", "non-Kurdish rebels"): it still makes the sentence one of several
                    # countries, but is no country to give another actor (`private`)
                    self.private.add((m.start, m.end))
        self.story = self._story(ctx, place_counts)
        self.coalitions = actor_bodies.coalitions(mentions, text, word_kinds().get("coalition", frozenset()))

    def _private_demonym(self, m) -> bool:
        """A demonym that describes private people ("a French man, X, said", "two British women watched"): their
        nationality, no country of the sentence's other actors, though still one of its countries where it names
        several (knowledge/private_nationals.py; knowledge/actor_country._where_it_happened)."""
        if m.kind != "country" or m.sector is not None or not (m.why or "").startswith("demonym"):
            return False
        h = span_root(self.doc, m.start, m.end)
        if h is None:
            return False
        while h.dep_ in ("amod", "compound") and h.head.i > h.i and h.head.pos_ in ("NOUN", "PROPN"):
            h = h.head
        from eventwire.knowledge.private_nationals import private_person
        return private_person(h, m)

    @staticmethod
    def _story(ctx, place_counts: dict) -> Optional[tuple]:
        """(country, why): the dateline's country, or the one country the story is about: the country its actors
        name most (DocContext.home) where its places do not point elsewhere, else the country of most of its
        places, when one clearly leads. None for a story about two or more countries."""
        ranked = sorted(place_counts.items(), key=lambda kv: -kv[1])
        clear = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
        top_place = ranked[0][0] if clear else None
        home = ctx.home
        if home is not None and ranked and ranked[0][1] >= 2 and (
                place_counts.get(home, 0) < ranked[0][1] or len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            home = None                           # a story about Britons in Syria: its events happen elsewhere
        dl = getattr(ctx, "dateline_place", None)
        if dl is not None and dl.country and (home is None or home == dl.country):
            return dl.country, f"the story's dateline '{dl.text}'"
        if home:
            return home, "the country the story is about"
        first_named = ctx.countries[0] if ctx.countries else None
        if top_place and (first_named is None or top_place == first_named):
            return top_place, PLACES_STORY
        return None

    def _add(self, start: int, end: int, item: tuple) -> None:
        k = bisect.bisect_right(self.sent_starts, start) - 1
        if k >= 0:
            self.items.setdefault(self.sent_starts[k], []).append(item)
            role = self.role(start, end)
            if role:
                self.roles[(start, end)] = role

    def role(self, start: int, end: int) -> Optional[str]:
        """What a name is to its clause, when it is no actor's place: "destination" ("pushed into Syria", "extradited
        to Macedonia"; "to" only after a verb or noun of motion, not "protested to Tokyo"), "departure" ("withdraw
        troops from Syria"), "venue" ("a summit in
        Sochi"), "topic" ("his dossier on Iraq", "talks about Syria") or "modifier" (a country's name before a noun:
        "a US drone strike", an actor)."""
        key = (start, end)
        if key in self.roles:
            return self.roles[key]
        from eventwire.knowledge.event_location import _governing_prep, _head_in_span
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        h = _head_in_span(self.doc, span.start, span.end)
        if key in self.named and h.dep_ in ("compound", "amod", "nmod", "poss") and h.head.pos_ == "NOUN":
            return "modifier"         # "a US drone strike", "Russia's bombing": a country named as an actor
        prep = _governing_prep(h)
        kinds = word_kinds()
        if prep is None:
            return None
        p, head = prep.lower_, prep.head
        if p in kinds.get("destination", frozenset()):
            return "destination"
        if p in ("from", "out") and head.lemma_.lower() in kinds.get("dispatch", frozenset()):
            return "departure"        # "withdraw US troops from Syria": where they leave, not whose they are
        if p in kinds.get("topic-prep", frozenset()) \
                or p in ("on", "over") and head.lemma_.lower() in kinds.get("topic-noun", frozenset()):
            return "topic"
        if head.lemma_.lower() in kinds.get("venue-noun", frozenset()):
            return "venue"
        visiting = kinds.get("visiting-noun", frozenset())
        if head.lemma_.lower() in visiting or any(c.dep_ == "compound" and c.lemma_.lower() in visiting
                                                  for c in head.children):
            return "venue"            # "an opposition delegation in Oslo": where a visiting body is, not whose it is
        if p in kinds.get("motion-prep", frozenset()):
            motion = kinds.get("motion", frozenset())
            for _ in range(3):
                if head.lemma_.lower() in motion:
                    return "destination"
                if head.dep_ in ("dobj", "pobj", "prep") and head.head.i != head.i:
                    head = head.head      # "sent further forces to the region"
                    continue
                break
        return None

    @functools.cached_property
    def doc_text(self) -> str:
        """The parsed text (`Doc.text` joins every token's text at each call: here once per document)."""
        from eventwire.nlp import doc_text
        return doc_text(self.doc)

    def in_sentence(self, sent) -> list:
        return self.items.get(sent.start_char, [])


def where_of(ctx, doc) -> Where:
    w = getattr(ctx, "where", None)
    if w is None or w.doc is not doc:
        w = Where(doc, ctx)
        ctx.where = w
    return w



def namesake_capitals(mentions: list, events: list, places: list) -> int:
    """A capital read as its government ("Paris" as FRAGOV, "Paris police" FRACOP) where the places stage placed that
    very name in another country ("Paris" of a Tennessee story, "London residents" in Kentucky) is the town there: its
    country replaces the capital's, the sector stays. Replaces such actor mentions in `mentions` (the pipeline does
    this right after the places stage, before coding reads them and before the story's countries are counted) and
    such sides of `events` (whose phrases the coder resolved itself). Returns how many mentions it replaced."""
    towns = {p.start: p for p in places if p.country and p.feature in ("city", "admin2") and not p.demonym}
    if not towns:
        return 0
    changed = 0
    for i, m in enumerate(mentions):
        town = _as_namesake(m, towns)
        if town is not None:
            mentions[i] = town
            changed += 1
    for e in events:
        e.source = _as_namesake(e.source, towns) or e.source
        e.target = _as_namesake(e.target, towns) or e.target


def _as_namesake(a, towns: dict):
    p = towns.get(a.start) if a is not None and a.kind == "capital" else None
    if p is None or p.country == a.country or a.end is None or p.end > a.end:
        return None
    from dataclasses import replace
    where = ", ".join(x for x in (p.name, p.admin1, p.country) if x)
    return replace(a, country=p.country, code=p.country + (a.sector or ""), name=p.name,
                   why=f"'{p.text}' is {where} here (the places stage), not the capital of {a.country}"
                       + (f"; {a.sector} as its capital reading had it ({a.why})" if a.sector else ""))
