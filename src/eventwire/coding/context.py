"""Word tables and per-document state the coding stages share: lexicon-side lists from data/coding/, the sector and
pronoun word sets, datelines and agency stubs, DocContext.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Optional

from eventwire.coding.clauses import BOUND_PRONOUNS, SUPPORT_NOUNS, SUPPORT_WORDS
from eventwire.coding.tables import coding_table
from eventwire.knowledge import actor_country
from eventwire.model import Actor


# --- intentions: what an announced act is coded as (CAMEO 03x / 13x) --------------------------------
_coding_table = coding_table      # (the name the stages and other modules use)


@functools.cache
def modality_codes() -> dict:
    """{(modality, code or root): new code or None} from data/coding/modality_codes.tsv."""
    return {(mod, src): (None if dst == "-" else dst) for mod, src, dst, *_ in _coding_table("modality_codes.tsv")}


def purpose_dropped(cameo: str) -> bool:
    """Whether an act named only as the purpose of another ("sent troops to fight Isis") is left uncoded: a
    `purpose` row for its code or root in data/coding/modality_codes.tsv."""
    table = modality_codes()
    return ("purpose", cameo[:3]) in table or ("purpose", cameo[:2]) in table


def modal_code(modality: str, cameo: str, entry_id: Optional[str] = None) -> Optional[str]:
    """The code an act gets under a modality (intent, demand, refusal), or None when it is not coded. A row for the
    lexicon row that coded the act (`entry_id`, "010.issue-document") wins over its code and root rows."""
    table = modality_codes()
    if entry_id is not None and (modality, entry_id) in table:
        return table[(modality, entry_id)]       # "will issue an update": a publication announced is a statement
    if (modality, cameo[:3]) in table:
        return table[(modality, cameo[:3])]      # a code row wins over its root row, "-" (None) too
    return table.get((modality, cameo[:2]))


@functools.cache
def private_acts() -> dict:
    """{code or root: (sectors, unless)} from data/coding/private_acts.tsv: acts that are everyday life, not
    political, when done by an actor of those sectors (`unless` "state": not when a target is a state body or a
    country)."""
    return {code: (frozenset(secs.upper().split("|")), unless.lower())
            for code, secs, unless, *_ in _coding_table("private_acts.tsv")}


@functools.cache
def agent_codes() -> dict:
    """{agent lemma: CAMEO code} from data/coding/agent_nouns.tsv."""
    return {agent.lower(): cameo for agent, cameo, *_ in _coding_table("agent_nouns.tsv")}


GENERIC_HARM = {"18", "180", "19", "190"}


@functools.cache
def noun_classes() -> dict:
    """{class: frozenset of words} from data/coding/nouns.tsv (role, country, group, igo, container, wrapper)."""
    classes: dict = {}
    for word, cls, *_ in _coding_table("nouns.tsv"):
        classes.setdefault(cls, set()).add(word.lower())
    return {k: frozenset(v) for k, v in classes.items()}


_NOUNS = noun_classes()
ROLE_NOUNS, COUNTRY_NOUNS, GROUP_NOUNS = _NOUNS["role"], _NOUNS["country"], _NOUNS["group"]
IGO_NOUNS, CONTAINER_NOUNS, WRAPPER_NOUNS = _NOUNS["igo"], _NOUNS["container"], _NOUNS["wrapper"]
FIGURATIVE_NOUNS = _NOUNS.get("figurative", frozenset())
# the purpose of an offensive ("launched an offensive to capture X") is an aim: coded as an intention (13x) for
# acts of force; other purposes ("marched to protest", "travelled to meet") stay the act they name
PURPOSE_INTENT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
MEDIUM_NOUNS, LANDSCAPE_NOUNS = _NOUNS.get("medium", frozenset()), _NOUNS.get("landscape", frozenset())
TEAM_NOUNS, SPORT_WORDS = _NOUNS.get("team", frozenset()), _NOUNS.get("sport", frozenset())
# event nouns that also name a state of affairs or a group, and the prepositions that direct one at a party
STATE_NOUNS, STATE_PREPS = _NOUNS.get("state", frozenset()), _NOUNS.get("state-prep", frozenset())

OBJECT_PRONOUNS = BOUND_PRONOUNS
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
OTHER_PRONOUNS = {"they", "them", "their", "it", "its", "itself", "themselves"}
# verbs besides the reporting verbs whose complement is someone's words or belief ("warned that the US would strike")
SPEECH_HEADS = frozenset({"warn", "predict", "expect", "fear", "believe", "think", "claim", "allege", "suggest", "estimate",
                          "insist", "argue", "declare", "tell", "write", "tweet"})
# pronouns that name nobody in particular: never an actor ("anyone who travels to Syria", "nobody attempted to")
INDEFINITE_PRONOUNS = frozenset({"anyone", "anybody", "anything", "someone", "somebody", "something", "everyone",
                                 "everybody", "everything", "nobody", "nothing", "no-one", "noone", "whoever",
                                 "whomever", "whatever", "what"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "19"}
# acts that answer another's act (deny 016, praise/endorse 05, demand 10, disapprove 11, reject 12): with no actor in
# their own slot, the author of the act they answer is their target ("rejected Erdogan's calls")
RESPONSE_ROOTS = frozenset({"05", "10", "11", "12"})
# acts done to a thing or place: its owner is their target ("attacked an Israeli village", "seized Iranian assets")
OWNER_ROOTS = frozenset({"08", "14", "16", "17", "18", "19", "20"})
# acts of force done to a named place: the state that holds the place is their target ("captured towns in Iraq")
PLACE_TARGET_ROOTS = frozenset({"18", "19", "20"})
# force posture and peacekeeping (codes or their first digits): a foreign place they are sent to, into or posted in
# names the state they are directed at ("sent 200 troops in Syria", "peacekeepers in South Sudan")
POSTED_CODES = ("15", "074")
# nouns a place name is compounded with to name the place ("Idlib province", "Mosul city")
from eventwire.knowledge.place_words import _PLACE_HEADS, _PROVINCE_WORDS, _SETTLEMENT_NOUNS  # noqa: E402
PLACE_HEADS = frozenset(_PLACE_HEADS | _PROVINCE_WORDS | _SETTLEMENT_NOUNS)
# acts of protest, force posture and force whose "in" phrase is where they happened, whatever their lexicon row says
LOCATIVE_IN_ROOTS = frozenset({"14", "15", "18", "19", "20"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "SPY"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "during",
                  "after", "before", "since", "into", "onto", "along", "off", "over", "amid", "beyond", "between"}
DROP_PHRASE_DEPS = {"conj", "cc", "relcl", "acl", "appos", "advcl", "punct", "prep_skip"}
DASHES = re.compile("[-\u2013\u2014]")
# a line holding only a wire code; [^\S\n] (spaces but not line breaks): with \s a text of 200,000 line breaks made
# this search quadratic (each line start ran to the end of the blank lines and back; 20,000 of them took 37 s)
WIRE_CODE = re.compile(r"(?m)^[^\S\n]*[A-Z]?\d{2,}(?:/[A-Z0-9]{1,6}){1,5}/?[^\S\n]*$")
DATELINE = re.compile(
    r"^\s*(?:(?:[A-Z][A-Za-z.'\- ]{1,30})(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*)?"
    r"(?:\((?:[A-Za-z][A-Za-z .\-]{1,24})\)\s*)?(?:-{1,2}|–|—)\s+")


def _backing(tok) -> bool:
    """A participle of backing on a noun: "Iranian-backed" (amod), "backed by Iran" (acl), data/coding/roles.tsv."""
    if tok.lower_ not in SUPPORT_WORDS:
        return False
    # ("US–backed Kurds": a participle joined to a name by a dash, which the tagger may read as a past tense)
    return tok.dep_ in ("amod", "acl") and (tok.tag_ == "VBN" or tok.dep_ == "amod" and dash_joined(tok))


def dash_joined(tok) -> bool:
    """Whether a word is joined to the word before it by a dash with no space ("US–backed", "Iran-commanded")."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010", "\u2011", "\u2013", "\u2014") \
        and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_


def supporter_tokens(sent) -> frozenset:
    """Indexes of the tokens that name a supporter in a sentence ("Iranian" in "Iranian-backed militias", "Turkey"
    in "rebels backed by Turkey", "the US" in "with the support of the US"), cached per sentence."""
    cache = sent.doc.user_data.setdefault("eventwire.supporters", {})
    got = cache.get(sent.start)
    if got is None:
        idx = set()
        from eventwire.doc_index import lemma_lowers, word_lowers
        doc, lemmas, lows = sent.doc, lemma_lowers(sent.doc), word_lowers(sent.doc)
        # (only words of backing or support can name a supporter: no Token made for the others)
        for t in [doc[i] for i in range(sent.start, sent.end)
                  if lows[i] in SUPPORT_WORDS or lemmas[i] in SUPPORT_WORDS or lemmas[i] in SUPPORT_NOUNS]:
            if _backing(t):
                if t.dep_ == "amod":
                    idx.update(x.i for x in t.subtree)
                else:
                    for c in t.children:
                        if c.dep_ == "agent":
                            idx.update(x.i for x in c.subtree)
            elif t.dep_ == "relcl" and t.pos_ == "VERB" and t.lemma_.lower() in SUPPORT_WORDS and _backs_antecedent(t):
                # ("an opposition that Egypt backed", "the militias Iran funds": the subject backs the antecedent)
                for c in t.children:
                    if c.dep_ == "nsubj":
                        idx.update(x.i for x in c.subtree)
            elif t.lemma_.lower() in SUPPORT_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "with":
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is not None:
                    idx.update(x.i for x in of.subtree)
                # ("with Turkish air support": the modifiers before the noun)
                idx.update(x.i for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < t.i
                           for x in c.subtree)
        got = cache[sent.start] = frozenset(idx)
    return got


def _backs_antecedent(verb) -> bool:
    """Whether a relative clause of backing is done to the noun it hangs on: its object is the relative pronoun or
    left out ("the force that Egypt backed", "the rebels Iran armed"), not a passive ("the group that is backed by")
    nor an object of its own ("the state that backed the rebels")."""
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return all(c.tag_ in ("WDT", "WP") or c.lower_ in ("that", "which", "whom") for c in objs) \
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.lower_ not in ("that", "which", "who")
                for c in verb.children)


def _past(verb) -> bool:
    """A complement that reports what was done ("that the army had fired", "that it attacked"), not what is wanted."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("had", "'d"))
                                     for c in verb.children)


_sector_only = actor_country.sector_only       # a sector with no country and no known entity ("protesters")


@functools.cache
def load_non_agents() -> tuple[frozenset, frozenset]:
    """(nouns, verbs): what can kill or destroy without being an actor, and the accident verbs
    whose -ing clauses report a toll (data/coding/non_agents.tsv)."""
    nouns, verbs = set(), set()
    for lemma, kind, *_ in _coding_table("non_agents.tsv"):
        if kind in ("incident", "burst", "vehicle", "obstacle"):
            continue      # (read by the coder itself: nouns that need a hazard modifier, verbs that need an accident
                          # subject, vehicles that collide)
        (verbs if kind.endswith("-verb") else nouns).add(lemma.lower())
    return frozenset(nouns), frozenset(verbs)


@functools.cache
def load_attack_cues() -> dict:
    """{kind: words} from data/coding/attack_cues.tsv: weapon modifiers, ambiguous hazard nouns (blast,
    explosion), and the sentence words that tell an attack ("bomb", "militants") from an accident ("gas")."""
    kinds: dict = {}
    for word, kind, *_ in _coding_table("attack_cues.tsv"):
        kinds.setdefault(kind, set()).add(word.lower())
    return {k: frozenset(v) for k, v in kinds.items()}


@functools.cache
def occurrence_verbs() -> dict:
    """{(lemma, particle or None): [(objects or None, complement words or None, kind)]} from
    data/coding/occurrence_verbs.tsv: "clashes erupted", "the raid left 20 dead", "seven died in an attack"."""
    out: dict = {}
    for lemma, particle, obj, comp, kind, *_ in _coding_table("occurrence_verbs.tsv"):
        key = (lemma.lower(), None if particle == "-" else particle.lower())
        out.setdefault(key, []).append((None if obj == "-" else frozenset(obj.lower().split("|")),
                                        None if comp == "-" else frozenset(comp.lower().split("|")), kind))
    return out


# the noun rules of noun_clause that find the event's own source ("an attack by X", "Iran's offensive")
OWN_SOURCE_RULES = ("'by' phrase", "possessor", "actor modifier", "first party of 'between'", "parties of 'between'",
                     "first party of 'among'", "first party of a hyphenated pair")
# heads whose participle or passive-infinitive complement is the same asserted clause ("was found murdered",
# "were reported to have been killed", "appeared to have been shot")
RAISING_HEADS = frozenset({"find", "seem", "appear", "know", "believe", "think", "fear", "confirm", "report", "say"})
TENSED_TAGS = ("VBD", "VBZ", "VBP")
# verbs a bomb does by itself ("the bomb detonated"): the parser often reads them as a participle of the bomb
SELF_ACTING_BLAST_VERBS = frozenset({"detonate", "explode"})
CROWD_NOUNS = frozenset({"million", "thousand", "hundred", "ten", "dozen", "score", "crowd", "throng", "multitude",
                         "mass", "masses"})
NAMING_VERBS = frozenset({"describe", "call", "term", "label", "dub", "characterize", "characterise", "brand", "see",
                          "appear", "seem", "believe", "suspect"})
VICTIM_PREPS = ("in", "after", "during", "following", "amid", "from", "under")
MEASURE_ENTS = ("DATE", "TIME", "QUANTITY", "CARDINAL")
MEASURE_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "minute", "hour", "day",
                           "week", "month", "year", "metre", "meter", "kilometre", "kilometer", "mile", "yard"})
QUANTITY_HEADS = frozenset({"dozen", "score", "group", "number", "handful", "couple", "band", "team", "unit", "batch",
                            "total"})
PARTITIVES = frozenset({"most", "much", "many", "some", "all", "one", "several", "half", "part", "each"})


def dateline_span(text: str) -> Optional[tuple[int, int]]:
    """The dateline or agency stub at the start of the story ("TEHRAN, June 26 (IRNA) - ", "RNA - "),
    also when a headline line comes first. None when there is none."""
    starts = [0]
    nl = text.find("\n")
    if 0 < nl < 200 and not text[:nl].rstrip().endswith((".", "!", "?", '"')):
        starts.append(nl + 1)           # a headline, then the dateline
    for st in starts:
        if not DASHES.search(text, st, st + 82):
            continue                    # no dash, no dateline (and no need for the slower pattern)
        m = DATELINE.match(text[st: st + 120])
        if m and m.end() <= 80:
            head = m.group(0)
            # a real dateline/stub: an all-caps word (TEHRAN, RNA) or an agency in parentheses
            if re.search(r"\b[A-Z]{2,}\b", head) or "(" in head:
                return (st + m.start(), st + m.end())
    return None


def junk_spans(text: str) -> list[tuple[int, int]]:
    """Character spans that carry no events or actors: a leading dateline/agency stub, wire codes."""
    spans = []
    d = dateline_span(text)
    if d:
        spans.append(d)
    for w in WIRE_CODE.finditer(text):
        spans.append((w.start(), w.end()))
    return spans


@dataclass
class DocContext:
    """Per-document state: actor mentions found by the knowledge base, and what was said before (salience)."""
    text: str
    date: Optional[str]
    mentions: list = field(default_factory=list)          # Actor, sorted by start
    countries: tuple = ()                                  # ISO3 codes the article is about, most mentioned first
    place_countries: tuple = ()                            # the same, without cities standing for their governments
    home: Optional[str] = None                             # the one country the story is about, when clear
    junk: list = field(default_factory=list)
    count_sentences: set = field(default_factory=set)      # sentence indexes that report a toll
    disaster_story: bool = False                           # the story tells a natural disaster or an accident
    places: list = field(default_factory=list)             # the document's places (knowledge/places.py), when found
    dateline_place: Optional[object] = None                # the dateline's place
    where: Optional[object] = None                         # knowledge/actor_where.Where, built on first use
    coref: object = None                                   # knowledge.coref.Coref: salience, quotes, people by role
    deadline: float = float("inf")                         # time.perf_counter() past which coding gives up (timeout)
    stopped_at: Optional[tuple] = None                     # (sentence, sentences) where coding stopped at the deadline
    _place_index: Optional[tuple] = field(default=None, repr=False)   # (places, starts, places by start): places_in
    _mention_index: Optional[tuple] = field(default=None, repr=False)  # (mentions, starts, longest): mentions_from


    def has_count(self, sent_i: int) -> bool:
        return sent_i in self.count_sentences

    def in_junk(self, start: int, end: int) -> bool:
        for s, e in self.junk:        # (a loop, not any() over a generator: asked thousands of times a document)
            if s <= start and end <= e:
                return True
        return False

    def places_in(self, lo: int, hi: int) -> list:
        """The document's places that start in [lo, hi), in text order (indexed once per place list)."""
        import bisect
        if self._place_index is None or self._place_index[0] is not self.places:
            ordered = sorted((p for p in self.places or () if p.start is not None), key=lambda p: p.start)
            self._place_index = (self.places, [p.start for p in ordered], ordered)
        _, starts, ordered = self._place_index
        return ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def _mentions_indexed(self) -> Optional[tuple]:
        """(starts, longest mention) of ``mentions`` when they are in start order with both offsets (as
        ``Coder.context`` and ``people.py`` leave them), indexed once per mention list; None otherwise."""
        if self._mention_index is None or self._mention_index[0] is not self.mentions:
            ms = self.mentions
            ok = all(m.start is not None and m.end is not None and m.end >= m.start for m in ms) and \
                all(ms[k].start <= ms[k + 1].start for k in range(len(ms) - 1))
            index = ([m.start for m in ms], max((m.end - m.start for m in ms), default=0)) if ok else None
            self._mention_index = (ms, index)
        return self._mention_index[1]

    def mention_starts(self) -> Optional[list]:
        """The start offsets of ``mentions`` (in start order), built once per mention list; None when they are not
        in start order or lack an offset."""
        index = self._mentions_indexed()
        return index[0] if index is not None else None

    def mentions_from(self, lo: int, hi: int) -> list:
        """The actor mentions that start in [lo, hi], in the order of ``mentions`` (the same as a pass over them all
        that keeps those; by bisection when they are in start order)."""
        import bisect
        index = self._mentions_indexed()
        if index is None:
            return [m for m in self.mentions if m.start is not None and lo <= m.start <= hi]
        starts = index[0]
        return self.mentions[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)]

    def mentions_at(self, i: int) -> list:
        """The actor mentions whose span holds character ``i`` (start <= i < end), in the order of ``mentions``."""
        index = self._mentions_indexed()
        if index is None:
            return [m for m in self.mentions if m.start is not None and m.start <= i < m.end]
        return [m for m in self.mentions_from(i - index[1], i) if m.start <= i < m.end]


class DocTimeout(Exception):
    """Coding one document took longer than its time limit (pipeline.doc_timeout)."""


def _kind(actor: Actor) -> str:
    if actor.kind:
        return actor.kind
    code = actor.code or ""
    if actor.entity and actor.sector and len(code) >= 6 and (actor.why or "").lower().find("person") >= 0:
        return "person"
    if len(code) == 3 and actor.country == code:
        return "country"
    return "other"


def story_countries(ctx: DocContext) -> None:
    """The countries the story is about from its actor mentions (ctx.countries, most named first; ctx.home, the one
    clearly ahead; ctx.place_countries for the places stage). Again after the places stage has read a capital's name
    as a namesake town ("Paris" of a Texas story: pipeline.py)."""
    from eventwire.coding import media      # (lazy: the media stage imports the clause stage, as this module does)
    counts: dict[str, int] = {}
    by_places: dict[str, int] = {}
    for m in ctx.mentions:
        if m.country and not media.is_outlet(m):      # ("told the Guardian": no British story)
            counts[m.country] = counts.get(m.country, 0) + 1
            if m.kind != "capital":
                by_places[m.country] = by_places.get(m.country, 0) + 1
    ctx.countries = tuple(sorted(counts, key=lambda c: -counts[c])[:4])
    # for the places stage: "Paris" read as France's government is no evidence that the "Paris" of a Texas story
    # is in France (the places stage weighs the city's own name itself)
    ctx.place_countries = tuple(sorted(by_places, key=lambda c: -by_places[c])[:4])
    ctx.home = None
    if ctx.countries:
        top = counts[ctx.countries[0]]
        second = counts[ctx.countries[1]] if len(ctx.countries) > 1 else 0
        if top >= 2 and top >= 2 * second:
            ctx.home = ctx.countries[0]
