"""The event coder: clauses + lexicon + actors -> events.

For every sentence, each verb (and each event noun that has a governor able to give it a
source) is matched against the lexicon; its subject and target phrases are resolved to actors
(known names, demonym + sector noun, capitals for governments, pronouns and role nouns linked
to earlier actors). Coordinated actors give one event each. Negated and hypothetical clauses
give no event; intentions ("will keep up support for", "pledged to send aid") are coded as the
matching 03x (cooperative) or 13x (threat) code; reporting verbs ("said", "noted") are not events.
Every event carries its trigger span, sentence, the lexicon entry id, the clause rule and a confidence.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from eventwire.coding.clauses import (Clause, DEMANDING_HEADS, IMPACT_NOUN_AS_VERB, INTENT_HEADS, NEG_SUBJECTS,
                                      NOT_RECIPROCAL_CODES, OWN_OBJECT_CODES, PARTITIVE_NOUNS, RELATIONAL_NOUNS,
                                      SUPPORT_NOUNS, SUPPORT_WORDS, TALKS_WORDS, _climb_modality, _tensed_past_or_present,
                                      apply_status, between_parties, misread_verb_clause, noun_agent, noun_preps,
                                      noun_clause, preps_of, raised_participle_subject, subject_of, unwrap_quantity, verb_clause, verb_key)
from eventwire.coding.acts import one_event_per_act
from eventwire.coding.modality import asks_question
from eventwire.knowledge import actor_country
from eventwire.model import Actor, Event

# --- intentions: what an announced act is coded as (CAMEO 03x / 13x) --------------------------------
def _coding_table(name: str):
    """Rows (lists of cells) of a TSV file in data/coding/, without comments and the header line."""
    from importlib import resources
    header_seen = False
    with resources.files("eventwire").joinpath("data/coding", name).open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not header_seen:
                header_seen = True
                continue
            yield [c.strip() for c in line.rstrip("\n").split("\t")]


@functools.cache
def modality_codes() -> dict:
    """{(modality, code or root): new code or None} from data/coding/modality_codes.tsv."""
    return {(mod, src): (None if dst == "-" else dst) for mod, src, dst, *_ in _coding_table("modality_codes.tsv")}


def purpose_dropped(cameo: str) -> bool:
    """Whether an act named only as the purpose of another ("sent troops to fight Isis") is left uncoded: a
    `purpose` row for its code or root in data/coding/modality_codes.tsv."""
    table = modality_codes()
    return ("purpose", cameo[:3]) in table or ("purpose", cameo[:2]) in table


def modal_code(modality: str, cameo: str) -> Optional[str]:
    """The code an act gets under a modality (intent, demand, refusal), or None when it is not coded."""
    table = modality_codes()
    return table.get((modality, cameo[:3])) or table.get((modality, cameo[:2]))


@functools.cache
def private_acts() -> dict:
    """{code or root: sectors} from data/coding/private_acts.tsv: acts that are everyday life, not political, when
    done by an actor of those sectors."""
    return {code: frozenset(secs.upper().split("|")) for code, secs, *_ in _coding_table("private_acts.tsv")}


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

OBJECT_PRONOUNS = {"him", "her", "them", "it"}
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
# acts of protest, force posture and force whose "in" phrase is where they happened, whatever their lexicon row says
LOCATIVE_IN_ROOTS = frozenset({"14", "15", "18", "19", "20"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "SPY"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "during",
                  "after", "before", "since", "into", "onto", "along", "off", "over", "amid", "beyond", "between"}
DROP_PHRASE_DEPS = {"conj", "cc", "relcl", "acl", "appos", "advcl", "punct", "prep_skip"}
DASHES = re.compile("[-\u2013\u2014]")
WIRE_CODE = re.compile(r"(?m)^\s*[A-Z]?\d{2,}(?:/[A-Z0-9]{1,6}){1,5}/?\s*$")
DATELINE = re.compile(
    r"^\s*(?:(?:[A-Z][A-Za-z.'\- ]{1,30})(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*)?"
    r"(?:\((?:[A-Za-z][A-Za-z .\-]{1,24})\)\s*)?(?:-{1,2}|–|—)\s+")


def _backing(tok) -> bool:
    """A participle of backing on a noun: "Iranian-backed" (amod), "backed by Iran" (acl), data/coding/roles.tsv."""
    return tok.dep_ in ("amod", "acl") and tok.tag_ == "VBN" and tok.lower_ in SUPPORT_WORDS


def supporter_tokens(sent) -> frozenset:
    """Indexes of the tokens that name a supporter in a sentence ("Iranian" in "Iranian-backed militias", "Turkey"
    in "rebels backed by Turkey", "the US" in "with the support of the US"), cached per sentence."""
    cache = sent.doc.user_data.setdefault("eventwire.supporters", {})
    got = cache.get(sent.start)
    if got is None:
        idx = set()
        for t in sent:
            if _backing(t):
                if t.dep_ == "amod":
                    idx.update(x.i for x in t.subtree)
                else:
                    for c in t.children:
                        if c.dep_ == "agent":
                            idx.update(x.i for x in c.subtree)
            elif t.lemma_.lower() in SUPPORT_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "with":
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is not None:
                    idx.update(x.i for x in of.subtree)
        got = cache[sent.start] = frozenset(idx)
    return got


def _past(verb) -> bool:
    """A complement that reports what was done ("that the army had fired", "that it attacked"), not what is wanted."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("had", "'d"))
                                     for c in verb.children)


def _sector_only(a) -> bool:
    return a is not None and not a.country and not a.entity and bool(a.sector)


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


@functools.cache
def load_non_agents() -> tuple[frozenset, frozenset]:
    """(nouns, verbs): what can kill or destroy without being an actor, and the accident verbs
    whose -ing clauses report a toll (data/coding/non_agents.tsv)."""
    nouns, verbs = set(), set()
    for lemma, kind, *_ in _coding_table("non_agents.tsv"):
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
OWN_SOURCE_RULES = ("'by' phrase", "possessor", "actor modifier", "first party of 'between'", "parties of 'between'")
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
    home: Optional[str] = None                             # the one country the story is about, when clear
    junk: list = field(default_factory=list)
    count_sentences: set = field(default_factory=set)      # sentence indexes that report a toll
    disaster_story: bool = False                           # the story tells a natural disaster or an accident
    places: list = field(default_factory=list)             # the document's places (knowledge/places.py), when found
    dateline_place: Optional[object] = None                # the dateline's place
    where: Optional[object] = None                         # knowledge/actor_country.Where, built on first use
    coref: object = None                                   # knowledge.coref.Coref: salience, quotes, people by role

    def has_count(self, sent_i: int) -> bool:
        return sent_i in self.count_sentences

    def in_junk(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.junk)


def _kind(actor: Actor) -> str:
    if actor.kind:
        return actor.kind
    code = actor.code or ""
    if actor.entity and actor.sector and len(code) >= 6 and (actor.why or "").lower().find("person") >= 0:
        return "person"
    if len(code) == 3 and actor.country == code:
        return "country"
    return "other"


class Coder:
    def __init__(self, lexicon=None, kb=None):
        if lexicon is None:
            from eventwire.coding.lexicon import default_lexicon
            lexicon = default_lexicon()
        if kb is None:
            from eventwire.knowledge.actors import default_kb
            kb = default_kb()
        from eventwire import ontology
        self.lex = lexicon
        self.kb = kb
        self.ontology = ontology
        self.non_agents, self.accident_verbs = load_non_agents()
        self.attack_cues = load_attack_cues()
        self.occurrence = occurrence_verbs()
        self.occurrence_lemmas = frozenset(k[0] for k in self.occurrence)
        # "erupt", "strike", "hit": accident verbs only when their own subject is a hazard
        self.hazard_verbs = frozenset(lemma.lower() for lemma, kind, *_ in _coding_table("non_agents.tsv")
                                      if kind == "hazard-verb")
        self._sector_cache: dict = {}
        self.reporting = frozenset(getattr(lexicon, "reporting_verbs", ()) or ())
        self.light = frozenset(getattr(lexicon, "light_verbs", ()) or ())
        self.light_lemmas = frozenset(v.split()[0] for v in self.light) | frozenset(INTENT_HEADS)

    # ------------------------------------------------------------------ document
    def context(self, doc, date: Optional[str], original_text: Optional[str] = None) -> DocContext:
        """Per-document state. `original_text`: the document's own text when spaCy was given a
        copy with the dateline marked off (same offsets; see pipeline.parse_text)."""
        text = original_text if original_text is not None else doc.text
        ctx = DocContext(text=text, date=date, junk=junk_spans(text))
        mentions = [m for m in self.kb.find(text, date) if m.start is not None and not ctx.in_junk(m.start, m.end)]
        mentions.sort(key=lambda a: a.start)
        ctx.mentions = mentions
        counts: dict[str, int] = {}
        for m in mentions:
            if m.country:
                counts[m.country] = counts.get(m.country, 0) + 1
        ctx.disaster_story = self._disaster_story(doc)
        ctx.countries = tuple(sorted(counts, key=lambda c: -counts[c])[:4])
        if ctx.countries:
            top = counts[ctx.countries[0]]
            second = counts[ctx.countries[1]] if len(ctx.countries) > 1 else 0
            if top >= 2 and top >= 2 * second:
                ctx.home = ctx.countries[0]
        from eventwire.knowledge.coref import Coref
        ctx.coref = Coref(doc, ctx, self)
        return ctx

    def _disaster_story(self, doc) -> bool:
        """Whether a story tells a natural disaster or an accident: it names `disaster` words (attack_cues.tsv:
        earthquake, flood, crash, capsize...) and no more attack cues and weapons than them (one such word with no
        cue at all is enough)."""
        disaster = self.attack_cues.get("disaster", frozenset())
        force = self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())
        n_disaster = n_force = 0
        for t in doc:
            if t.pos_ not in ("NOUN", "VERB", "PROPN"):
                continue
            lemma = t.lemma_.lower()
            if lemma in disaster or t.lower_ in disaster:
                n_disaster += 1
            elif lemma in force or t.lower_ in force:
                n_force += 1
        return (n_disaster >= 1 and n_force == 0) or (n_disaster >= 2 and n_disaster >= n_force)

    def _agentless_harm(self, cl: Clause, entry, sent) -> bool:
        """An act of force or coercion with no agent, no weapon, no act of force in its phrases and no attack cue in
        its sentence ("at least 20 people were killed and 300 were injured"): in a disaster story, not violence."""
        if entry.cameo[:2] not in ("17", "18", "19", "20") or cl.kind != "verb" or cl.weapon is not None:
            return False
        if cl.subj is not None and not self._hazard(cl.subj):
            return False
        if any(self._violent_agent(o) for o in cl.preps.values()):
            return False
        force = self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())
        return not any(t.lemma_.lower() in force or t.lower_ in force for t in sent)

    def code(self, doc, date: Optional[str] = None, ctx: Optional[DocContext] = None) -> list[Event]:
        ctx = ctx or self.context(doc, date)
        events: list[Event] = []
        for sent_i, sent in enumerate(doc.sents):
            if ctx.in_junk(sent.start_char, sent.end_char) or not sent.text.strip():
                continue
            events.extend(self.code_sentence(sent, sent_i, ctx))
            ctx.coref.remember(sent, sent_i)
        return events

    # ------------------------------------------------------------------ sentence
    def event_noun(self, tok) -> Optional[str]:
        """The event lemma a noun token stands for, or None: "talks"; "cease-fire" (hyphenated,
        split by the tokenizer); "a mediation effort" (a generic wrapper noun with an event modifier)."""
        doc = tok.doc
        lemma = tok.lemma_.lower()
        if tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010") and not doc[tok.i - 1].whitespace_ \
                and not doc[tok.i - 2].whitespace_:
            first = doc[tok.i - 2].lemma_.lower()
            for cand in (first + lemma, first + "-" + lemma):
                if self.lex.is_event_noun(cand):
                    return cand
        if lemma in WRAPPER_NOUNS:
            for c in tok.children:
                if c.dep_ in ("compound", "amod") and self.lex.is_event_noun(c.lemma_.lower()):
                    return c.lemma_.lower()
            return None
        if self.lex.is_event_noun(lemma):
            mods = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
            for m in mods:                      # "suicide bombing", "car bomb"
                if self.lex.is_event_noun(m + "-" + lemma):
                    return m + "-" + lemma
            return lemma
        return None

    def _force_of(self, tok) -> bool:
        """Whether a noun names its doer as a state, group or force ("Israeli fire", "the army's fire", "Isis fire"),
        not a name ("Cyclone Idai")."""
        agent = noun_agent(tok)
        return agent is not None and (agent.ent_type_ in ("NORP", "GPE", "ORG") or (
            agent.pos_ == "NOUN" and self._sector_of(agent, None) is not None))

    def _is_event_noun(self, tok) -> bool:
        """Whether a noun names an act (or, with a doer named on it, the fire of a force: "Israeli fire")."""
        if tok.tag_ == "VBG":
            return self.lex.is_event_noun(tok.lower_)      # "shelling", "firing" read as verbs
        if tok.lemma_.lower() in ("fire", "gunfire") and self._force_of(tok):
            return True
        return self.event_noun(unwrap_quantity(tok)) is not None

    def clauses(self, sent) -> list[tuple[Clause, object]]:
        """(clause, lexicon entry) pairs for every predicate the lexicon knows."""
        out = []
        light_done = set()
        occurred = set()          # event nouns already coded at an occurrence verb
        # verbs first, so that a noun a coded verb governs ("sanctions were imposed") is not coded twice
        for tok in sorted(sent, key=lambda t: t.pos_ != "VERB"):
            pos = tok.pos_
            lemma = tok.lemma_.lower()
            if (pos == "VERB" and tok.dep_ == "amod") or (pos == "NOUN" and self.lex.is_event_verb(
                    "shoot" if tok.lower_ == "shot" else lemma)) or (pos == "ADJ" and tok.dep_ == "amod"
                                                                       and tok.lower_.endswith("ing")):
                # a verb the parser misread: "troops are patrolling[amod] markets", "Croat police shot[NN] at"
                cl = misread_verb_clause(tok, self.lex.is_event_verb)
                if cl is not None and tok.lower_ in IMPACT_NOUN_AS_VERB and cl.rule.endswith("coordinated verb") \
                        and not (self._projectile(cl.subj) or self._violent_agent(cl.subj)):
                    cl = None             # "a rocket hit[NN] and destroyed": only a weapon's; not "a box-office hit"
                if cl is not None and tok.dep_ == "compound" and cl.obj is not None and self._sector_of(cl.obj, None):
                    cl = None             # "women aid workers", "army patrol units": a modifier of people after all
                if cl is not None and cl.lemma not in self.reporting:
                    entries = self.lex.match_verb(cl.lemma, cl.particle, cl.obj_lemma, frozenset(cl.preps))
                    if entries and cl.lemma in self.light_lemmas and not entries[0].object:
                        entries = []      # a light verb counts only with its pattern's object ("opened[amod] fire")
                    if entries:
                        out.append((cl, entries[0]))
                        light_done.add(tok.i)
                        continue
            if pos == "VERB":
                if tok.dep_ == "amod":
                    continue          # "the occupied cities" is not an act
                if lemma in self.occurrence_lemmas:
                    occ = self._occurrence_clause(tok)
                    if occ is not None:
                        # "the attack took place ... and comes at a time ...": one event; a toll or victims
                        # ("... and left 10 dead", "died in the attack") still add theirs
                        if occ[0].pred.i not in occurred or occ[0].obj is not None:
                            out.append(occ)
                            light_done.add(occ[0].pred.i)
                            occurred.add(occ[0].pred.i)
                        continue
                if not self.lex.is_event_verb(lemma) and lemma not in self.light_lemmas:
                    continue          # (most verbs: no need to work out their clause)
                if any(raised_participle_subject(c) is not None for c in tok.children):
                    continue          # "were feared killed": what is feared is the act, coded at the participle
                if asks_question(tok):
                    continue          # "asked if anybody was wounded", "asked about the hotline": a question
                cl = verb_clause(tok, self._is_event_noun)
                purpose_of = self._purpose_governor(tok, cl)
                if purpose_of is not None:
                    # "launched an offensive to capture the town", "staged an attack to seize the airport": the
                    # purpose is the launcher's (not the offensive's), and an aim, not an act done: an intention
                    cl.subj, rule = subject_of(purpose_of)
                    cl.subj_rule = (rule + " (purpose of its governor)") if cl.subj is not None else ""
                obj_noun = self.event_noun(cl.obj) if cl.obj is not None and not cl.passive else None
                if obj_noun:
                    cl.obj_lemma = obj_noun
                entries = self.lex.match_verb(lemma, cl.particle, cl.obj_lemma, frozenset(cl.preps))
                oprd = [c for c in tok.children if c.dep_ == "oprd"] \
                    if cl.passive and any(c.dep_ == "auxpass" for c in tok.children) else []
                if (cl.obj is not None or oprd) and not (entries and entries[0].object):
                    # "eased curfew hours", "sent 40 trucks of food": the object's modifier or its "of"
                    # complement can carry the pattern's object word; so can a passive's object predicate
                    # ("12 people had been taken hostage", "were held captive")
                    of = next((c for c in cl.obj.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
                        if cl.obj is not None else None
                    inner = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
                    mods = [c for c in cl.obj.children if c.dep_ == "compound"] if cl.obj is not None else []
                    for mod in mods + inner + oprd:
                        alt = self.lex.match_verb(lemma, cl.particle, mod.lemma_.lower(), frozenset(cl.preps))
                        if alt and alt[0].object:
                            entries = alt
                            break
                if cl.obj is None and not (entries and entries[0].object):
                    # "took to the streets": a pattern whose object word comes in its own preposition's phrase
                    for p, o in cl.preps.items():
                        alt = self.lex.match_verb(lemma, cl.particle, o.lemma_.lower(), frozenset(cl.preps))
                        if alt and alt[0].object and alt[0].prep == p and alt[0].target != "prep":
                            entries = alt
                            break
                        block = self.lex.blocking_row(lemma, cl.particle, o.lemma_.lower(), frozenset(cl.preps)) \
                            if entries else None
                        if block is not None and block.prep == p:
                            entries = []  # "clashed with Trump's assessment": a non-event row for the phrase's noun
                            break
                strike = self._strike_governing(tok) if lemma in self.attack_cues.get("impact", frozenset()) else None
                if strike is not None:
                    cl.weapon = strike    # "launched airstrikes on X, hitting several positions": the strikes hit
                if not entries and lemma in self.attack_cues.get("impact", frozenset()) and cl.obj is not None \
                        and not cl.passive and ((cl.subj is not None and self._violent_agent(cl.subj)) or strike is not None):
                    # "the blast targeted a crowded market", "a bomb hit the fuel market": a non-event reading of
                    # the object ("targeted the consumer market") cannot be what a weapon or an attack did
                    entries = [e for e in self.lex.match_verb(lemma, cl.particle, None, frozenset(cl.preps))
                               if not e.object and int(e.cameo[:2]) >= 18]
                if entries and lemma in self.attack_cues.get("landing", frozenset()) \
                        and not (cl.subj is not None and not cl.passive and self._projectile(cl.subj)
                                 and cl.preps.get(entries[0].prep) is not None
                                 and cl.preps[entries[0].prep].ent_type_ not in ("DATE", "TIME")):
                    # "rockets slammed into the district" is an attack; "the vote fell on a Sunday" is not, nor is
                    # "on 2 June a rocket fell short"
                    entries = [e for e in entries if int(e.cameo[:2]) < 18]
                if entries and lemma in self.attack_cues.get("intrusion", frozenset()) \
                        and int(entries[0].cameo[:2]) >= 18 \
                        and not (cl.subj is not None and (not cl.passive or cl.subj_rule == "passive agent")
                                 and self._armed(cl.subj, ctx=None)):
                    # "gunmen broke into a ranch", "armed men dragged six farmers from their homes" are acts of force;
                    # "thieves broke into a shop", "she broke into tears", "dragged the boat from the river" are not
                    entries = [e for e in entries if int(e.cameo[:2]) < 18]
                if lemma in self.reporting and not (entries and entries[0].object):
                    continue          # "said", "noted": not events; "claimed responsibility" still is
                # a light verb whose object is an event noun is coded by the noun ("held talks with")
                if obj_noun and (verb_key(tok) in self.light or lemma in self.light or not entries) \
                        and not (entries and entries[0].object):
                    continue
                # "pledged to send aid": the intention is coded on the complement, not on "pledge"
                # (unless the complement is no event: "agreed to set up a transit centre")
                if lemma in INTENT_HEADS and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children):
                    xc = next(c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
                    xcl = verb_clause(xc)
                    if self.lex.match_verb(xc.lemma_.lower(), xcl.particle, xcl.obj_lemma, frozenset(xcl.preps)) \
                            or (xcl.obj is not None and self.event_noun(xcl.obj)):
                        continue
                if entries and self._recorded_or_scenery(cl):
                    continue
                if purpose_of is not None and entries and entries[0].cameo[:2] in PURPOSE_INTENT_ROOTS:
                    cl.intent, cl.intent_head = True, purpose_of   # (a protest "to protest X" is the protest)
                if entries:
                    out.append((cl, entries[0]))
                    if cl.obj is not None:
                        light_done.add(cl.obj.i)
            elif pos == "NOUN" and tok.i not in light_done and tok.ent_type_ not in ("ORG", "FAC", "WORK_OF_ART", "LAW"):
                noun = self.event_noun(tok)      # (not inside a name: "Highway Patrol", "High Commission")
                if noun is None:
                    continue
                cl = noun_clause(tok, self.light)
                if cl is None:
                    continue
                cl.lemma = noun
                mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
                # "car bomb" before "bomb"; "rescue operation" is no event at all
                entries = self.lex.match_compound(noun, mods, frozenset(cl.preps)) if noun == tok.lemma_.lower() \
                    else self.lex.match_noun(noun, frozenset(cl.preps))
                if entries and cl.light_verb is None and cl.subj_rule.startswith(("nsubj", "passive", "relative", "object")) \
                        and int(entries[0].cameo[:2]) > 8:
                    continue      # "supporting X in the fight against terrorists" is not a fight by the subject
                if entries:
                    out.append((cl, entries[0]))
        out.extend(self._victims_of_coded_acts(sent, out))
        out.sort(key=lambda ce: ce[0].pred.i)
        return out

    def _victims_of_coded_acts(self, sent, out) -> list:
        """ "five people died when a car bomb exploded", "was shot by a sniper and later died", "killed nine and
        six others sustained wounds": a victim verb (data/coding/occurrence_verbs.tsv) with no event noun of its own,
        coordinated with or joined by when/after/as/while to an act of force coded in the sentence, suffers that act;
        the act is coded again at the victim verb (its place and time), its victims the verb's subject."""
        acts = {}
        for cl, entry in out:
            if entry.cameo[:2] in ("18", "19", "20") and not cl.negated and not cl.hypothetical:
                acts.setdefault(cl.anchor_token.i, (cl, entry))
        if not acts:
            return []
        coded = {cl.anchor_token.i for cl, _ in out}
        found = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.i in coded:
                continue
            rows = self.occurrence.get((tok.lemma_.lower(), None)) or []
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if not any(kind == "victim" and (objs is None or (dobj is not None and dobj.lemma_.lower() in objs))
                       for objs, _, kind in rows):
                continue
            cause = None
            if tok.dep_ in ("conj", "advcl") and tok.head.i in acts and not any(
                    t.dep_ == "cc" and t.lower_ in ("but", "yet") for t in sent.doc[tok.head.i + 1: tok.i]):
                cause = acts[tok.head.i]        # "was shot and later died", "killed nine, while six sustained wounds"
            else:
                # (the clause may hang on a coordinated victim verb: "five died and 20 were wounded when ...")
                for c in [x for v in [tok] + list(tok.conjuncts) for x in v.children]:
                    if c.dep_ == "advcl" and c.i in acts and any(m.dep_ in ("mark", "advmod") and m.lower_ in
                                                                  ("when", "after", "as") for m in c.children):
                        cause = acts[c.i]       # "28 people died when their bus hit a landmine"
                        break
            if cause is None:
                continue
            cl, entry = cause
            # the victim verb's own subject; a coordinated verb without one shares the patient of a passive act
            # ("he was shot and later died": he), never the agent ("... by gunmen and died")
            victim = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if victim is None and tok.dep_ == "conj" and cl.passive:
                victim = cl.obj
            if victim is None or victim.lower_ in ("who", "that", "which") or victim.lower_ in NEG_SUBJECTS \
                    or any(c.dep_ == "det" and c.lower_ == "no" for c in victim.children):
                continue                        # "no one died when ..."
            negated, hyp, intent, intent_head, reported, refused = _climb_modality(tok)
            if negated or hyp:
                continue
            new = replace(cl, anchor=tok, obj=victim, passive=False, intent=intent, intent_head=intent_head,
                          reported=reported, refused=refused,
                          rule=f"'{tok.lemma_.lower()}' suffered the act at '{cl.anchor_token.text}' "
                               f"({entry.id}); '{victim.text}' suffered it")
            found.append((new, entry))
        return found

    @staticmethod
    def _private(actor: Actor, code: str) -> bool:
        """Whether an act is everyday life when this actor does it: a code that data/coding/private_acts.tsv lists
        for the actor's sector (a visit by civilians or refugees is travel, not diplomacy)."""
        sectors = private_acts().get(code[:3]) or private_acts().get(code[:2])
        return bool(sectors) and actor.sector in sectors and not actor.entity

    def _mutual(self, cl: Clause) -> bool:
        """Whether coordinated parties of an act of force act on each other: a `mutual` fighting word ("Russia and
        Ukraine clashed") or "each other"/"one another" in the clause; not "Russian and Syrian airstrikes"."""
        if cl.lemma in self.attack_cues.get("mutual", frozenset()) or cl.pred.lemma_.lower() in self.attack_cues.get("mutual", ()):
            return not cl.subj_rule.startswith(("'by' phrase",))
        return any(t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")
                   for t in cl.pred.subtree)

    def _violent_agent(self, tok) -> bool:
        """Whether a subject is a weapon or an act of force ("the blast", "a car bomb", "the airstrike", "the
        attack"), not a person or a body."""
        tok = unwrap_quantity(tok)
        lemma = tok.lemma_.lower()
        if lemma in agent_codes() or lemma in self.attack_cues.get("ambiguous", frozenset()):
            return True
        noun = self.event_noun(tok)
        return noun is not None and any(int(e.cameo[:2]) >= 18 for e in self.lex.match_noun(noun, frozenset()))

    def _strike_governing(self, verb):
        """The weapon or act of force whose result a participle states ("launched several airstrikes over X, hitting
        the group's positions": airstrikes; "fired rockets at the base, striking a depot": rockets), or None."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
            return None
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if obj is None or not (self._violent_agent(obj) or self._projectile(obj)):
            return None
        return unwrap_quantity(obj)

    ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF"})

    def _armed(self, tok, ctx=None) -> bool:
        """Whether an agent is armed: an armed sector's noun ("gunmen", "troops", "rebels", "militiamen"), or a noun
        with an armed modifier ("armed men", "heavily armed youths", "a group of masked men"); criminals and
        bodies ("robbers", "the ministry") are not."""
        tok = unwrap_quantity(tok)
        if tok.lemma_.lower() in ("group", "band", "gang", "squad", "unit", "team", "dozen", "dozens", "number"):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if inner is not None:
                tok = inner
        sector = self._sector_of(tok, ctx) if tok.pos_ in ("NOUN", "PROPN") else None
        if sector == "CRM" or tok.lemma_.lower() in self.attack_cues.get("crime", frozenset()):
            return False              # "armed robbers broke into a bank": a crime
        if self._modifier_words(tok) & self.attack_cues.get("armed", frozenset()):
            return True
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            return False
        return sector in self.ARMED_SECTORS

    def _projectile(self, tok) -> bool:
        """Whether a subject is something fired or dropped ("Katyusha rockets", "shells", "mortar rounds")."""
        tok = unwrap_quantity(tok)
        words = self.attack_cues.get("projectile", frozenset())
        low = tok.lower_
        forms = {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}   # ("Rockets" tagged a name)
        if "round" in forms:                 # "mortar rounds", not "the second round (of talks)"
            return bool(self._modifier_words(tok) & (words | self.attack_cues.get("weapon", frozenset())))
        return bool(forms & words)

    def _purpose_governor(self, verb, cl: Clause):
        """The verb whose event-noun object a to-infinitive states the purpose of ("launched an offensive to
        capture X": launched), or None. The parser hangs the infinitive on the verb (and then takes the offensive
        for its controller) or on the noun."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or cl.negated or cl.hypothetical:
            return None

        def eventish(n, forceful=False):
            n = unwrap_quantity(n)
            if n.pos_ != "NOUN" or n.lemma_.lower() in INTENT_HEADS:
                return False
            if n.lemma_.lower() in WRAPPER_NOUNS:
                return True                     # "an offensive", "a push", "a campaign"
            name = self.event_noun(n)
            if name is None:
                return False
            return not forceful or any(e.cameo[:2] in PURPOSE_INTENT_ROOTS for e in self.lex.match_noun(name, frozenset()))

        # "launched an offensive to capture X" (the infinitive on the verb whose object is the offensive)
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ in ("advcl", "xcomp") else None
        if obj is not None and eventish(obj, forceful=True):
            return verb.head
        # "staged an attack to seize the airport" (the infinitive on the noun); not "a grant to support refugees" or
        # "calls to change the law", whose infinitive is the aid's or the call's content
        if verb.dep_ in ("acl", "relcl") and eventish(verb.head, forceful=True) and verb.head.dep_ in ("dobj", "nsubjpass") \
                and verb.head.head.pos_ == "VERB":
            return verb.head.head
        return None

    @staticmethod
    def _recorded_or_scenery(cl: Clause) -> bool:
        """Whether a verb only records or describes: "captured on camera", "caught by surveillance cameras" (an
        'on'/'by' phrase naming a recording medium), or "a district surrounded by a Sunni neighbourhood" (a passive
        whose agent is scenery, data/coding/nouns.tsv) -- no act."""
        for p in ("on", "by"):
            o = cl.preps.get(p)
            if o is not None and (o.lemma_.lower() in MEDIUM_NOUNS or o.lower_ in MEDIUM_NOUNS):
                return True
        if cl.passive:
            agent = next((c for c in cl.pred.children if c.dep_ == "agent"), None)
            a = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if a is not None and (a.lemma_.lower() in LANDSCAPE_NOUNS or a.lower_ in LANDSCAPE_NOUNS):
                return True
        return False

    @staticmethod
    def _named_as(prep):
        """The noun a free relative names its event by ("died in what has been described as an attack", "in what
        police called a raid"), or None."""
        comp = next((x for x in prep.children if x.dep_ in ("pcomp", "pobj")), None)
        if comp is not None and comp.lower_ == "what":
            comp = next((x for x in comp.children if x.dep_ == "relcl"), None)
        if comp is None or comp.lemma_.lower() not in NAMING_VERBS:
            return None
        for x in comp.children:
            if x.dep_ == "prep" and x.lower_ == "as":
                n = next((y for y in x.children if y.dep_ == "pobj"), None)
                if n is not None:
                    return n
            if x.dep_ in ("oprd", "attr", "dobj") and x.pos_ == "NOUN":
                return x
        return None

    def _occurrence_clause(self, verb):
        """(clause, entry) for an event noun coded at an occurrence verb ("clashes erupted in the city",
        "the raid left 20 dead", "seven died in an attack"), or None. The clause's anchor is the verb."""
        prt = next((c for c in verb.children if c.dep_ == "prt"
                    or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in ("off", "out", "up"))), None)
        rows = self.occurrence.get((verb.lemma_.lower(), prt.lower_ if prt is not None else None))
        if not rows:
            return None
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is not None and (dobj.ent_type_ in MEASURE_ENTS or dobj.like_num or dobj.lemma_.lower() in MEASURE_WORDS):
            dobj = None               # "occurred hundreds of metres away", "began two hours later"
        subj_tok, subj_rule = subject_of(verb)
        if subj_tok is not None and subj_tok.lower_ in PARTITIVES:
            of = next((c for c in subj_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if inner is not None:
                subj_tok = inner      # "most of the clashes occurred near ..."
        for objs, comps, kind in sorted(rows, key=lambda r: (r[0] is None) + (r[1] is None)):   # most specific first
            if objs is not None and (dobj is None or dobj.lemma_.lower() not in objs):
                continue
            if objs is None and kind == "occur" and (dobj is not None or any(c.dep_ in ("xcomp", "ccomp", "attr", "acomp")
                                                                           for c in verb.children)):
                continue              # "began talks", "continued to fight": the verb's own object is the act
            if comps is not None and not any((t.lemma_.lower() in comps or t.lower_ in comps) and t.i > verb.i
                                             for t in verb.subtree):
                continue
            victim = None
            if kind == "victim":
                noun = None
                # "50 people died and dozens were injured in clashes": the phrase may hang on a coordinated verb
                # ("sustained wounds in the attack", "lost their lives in a raid": or on the constrained object)
                heads = [verb] + [v for v in verb.conjuncts if v.pos_ == "VERB"] + ([dobj] if objs is not None else [])
                for c in [x for v in heads for x in v.children]:
                    if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS:
                        p = next((x for x in c.children if x.dep_ == "pobj"), None)
                        if p is None or p.lower_ == "what":
                            p = self._named_as(c) or p
                        if p is not None and self.event_noun(unwrap_quantity(p)):
                            noun = unwrap_quantity(p)
                            break
                victim = subj_tok
            else:
                if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ") and verb.head.pos_ == "NOUN":
                    subj_tok, subj_rule = verb.head, "nsubj"     # "a raid by gunmen ... left 22 dead", misread
                if subj_tok is None or subj_rule.startswith("object control") or subj_tok.dep_ in ("nsubjpass",):
                    continue
                noun = unwrap_quantity(subj_tok)
                victim = dobj if kind == "result" else None
            if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "LAW"):
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                continue              # "no clashes took place"
            name = self.event_noun(noun)
            if name is None and noun.lemma_.lower() in WRAPPER_NOUNS and self.lex.is_event_noun(noun.lemma_.lower()):
                name = noun.lemma_.lower()           # "the offensive began"
            if name is None or self._hazard(noun):
                continue              # "a fire broke out", "a gas explosion occurred": accidents
            preps = preps_of(noun)
            if kind != "victim":
                for p, o in preps_of(verb).items():
                    if p in ("between", "on", "against", "by") and o.ent_type_ not in ("DATE", "TIME"):
                        preps.setdefault(p, o)       # "clashes erupted on Friday between police and ..."
            mods = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
            entries = self.lex.match_compound(name, mods, frozenset(preps)) if name == noun.lemma_.lower() \
                else self.lex.match_noun(name, frozenset(preps))
            if not entries:
                continue
            if kind == "victim" and entries[0].cameo[:2] not in ("14", "15", "17", "18", "19", "20"):
                continue              # "came under criticism from X" is no harm done to the subject
            cl = noun_clause(noun, self.light)
            if cl is not None and cl.light_verb is not None and cl.light_verb.i != verb.i:
                continue              # "ordered a withdrawal that was to continue": coded by its light verb
            if cl is None or cl.subj_rule not in OWN_SOURCE_RULES:
                cl = Clause(pred=noun, kind="noun", lemma=name, preps=preps)
                parties = between_parties(preps)
                by = preps.get("by")
                if parties is not None:
                    cl.subj, other, cl.subj_rule = parties
                    if other is not None:
                        cl.preps = dict(preps, **{"with": other})
                elif by is not None:
                    cl.subj, cl.subj_rule = by, "'by' phrase"
            cl.lemma = name
            cl.anchor = verb
            cl.light_verb = None
            cl.negated, cl.hypothetical, cl.intent, cl.intent_head, cl.reported, cl.refused = _climb_modality(verb)
            apply_status(cl, verb)
            if victim is not None and victim.i != noun.i:
                cl.obj = victim
            what = {"occur": "as subject of", "result": "as subject of", "victim": "in a phrase of"}[kind]
            cl.rule = f"event noun '{name}' {what} '{verb.lemma_.lower()}{' ' + prt.lower_ if prt is not None else ''}' " \
                      f"(coded at the verb)" + (f"; '{victim.text}' suffered it" if cl.obj is not None else "")
            return cl, entries[0]
        return None

    def code_sentence(self, sent, sent_i: int, ctx: DocContext) -> list[Event]:
        events = []
        for cl, entry in self.clauses(sent):
            if cl.irrealis:
                continue          # "urged Iraq to withdraw", "the ability to strike", "it is illegal to detain"
            if cl.purpose and not cl.intent and purpose_dropped(entry.cameo):
                continue          # "sent troops to fight Isis": an aim, not an act done ("marched to protest" stays)
            if cl.demand_by is not None and not cl.negated:
                events.extend(self._demand(cl, entry, sent, sent_i, ctx))
                continue
            refusal = None
            if cl.negated and cl.refused and not cl.hypothetical:
                refusal = modal_code("refusal", entry.cameo)
            if (cl.negated and refusal is None) or cl.hypothetical:
                continue
            if self._natural_cause(cl):
                continue          # "an earthquake killed 300", "killed in the floods": no actor did it
            if ctx.disaster_story and self._agentless_harm(cl, entry, sent):
                continue          # "20 people were killed and 300 injured" in a story about an earthquake
            code = entry.cameo
            rule = cl.rule
            modality = "asserted"
            if refusal is not None:
                code, modality = refusal, "refused"
                rule += f"; refusal ('{entry.id}' negated) -> {refusal}"
            elif cl.intent and not code.startswith("03") and not code.startswith("13"):
                intent_code = modal_code("intent", code)
                if intent_code is None:
                    continue      # an announced statement/demand is not coded as such
                code, modality = intent_code, "intent"
                rule += f"; intention ({'via ' + cl.intent_head.lemma_ if cl.intent_head is not None else 'future'}) -> {intent_code}"
            elif cl.reported:
                modality = "reported"
            if modality == "asserted" and code in GENERIC_HARM:
                by = cl.subj if cl.subj is not None and self._agent_code(cl.subj) else cl.weapon
                if by is None and entry.prep != "with" and cl.preps.get("with") is not None \
                        and cl.preps["with"].pos_ == "NOUN":
                    by = cl.preps["with"]   # the instrument: "shelled the town with mortars", "attacked it with drones"
                specific = self._agent_code(by) if by is not None else None
                if specific:
                    rule += f"; agent '{by.text}' -> {specific}"
                    code = specific
            info = self.ontology.cameo(code)
            if info is None:
                continue
            sources = self.actors_for(cl.subj, ctx, sent, role="source",
                                      coordinate=not cl.subj_rule.startswith("first party"))
            if modality == "intent" and self._prediction(cl, sources, ctx, sent):
                continue          # "the Kurds said Turkey would attack Afrin": their prediction, not Turkey's intent
            tgt_tok = self._target_token(cl, entry)
            targets = []
            if tgt_tok is not None and tgt_tok.pos_ == "NOUN" and self._is_event_noun(tgt_tok):
                # the slot names an act ("condemned the Israeli attack on Gaza", "demanded the withdrawal of Serbian
                # forces", "lifted the ban on the UK"): the party that act gives, before any name inside it
                for tok, how, role in self._directed_at(tgt_tok, entry.cameo, head_ok=False):
                    targets = [t for t in self.actors_for(tok, ctx, sent, role=role)
                               if not any(t.code == s.code or (t.start is not None and t.start == s.start) for s in sources)]
                    if targets:
                        if how:
                            rule += f"; target: {how}"
                        break
            if tgt_tok is not None and not targets:
                targets = self.actors_for(tgt_tok, ctx, sent, role="target")
            if targets and tgt_tok is not None and tgt_tok.lower_ in OBJECT_PRONOUNS \
                    and any("coreference" in (a.why or "") and any(a.code == s.code for s in sources) for a in targets):
                # "called Morrison to congratulate him": an object pronoun is never its own clause's subject; in a
                # purpose clause it is the governing verb's object
                bound = self._binding_object(cl)
                if bound is not None:
                    alt = self.actors_for(bound, ctx, sent, role="target")
                    if alt:
                        targets = [replace(a, text=tgt_tok.text, start=tgt_tok.idx, end=tgt_tok.idx + len(tgt_tok.text),
                                           why=(a.why or "") + f"; '{tgt_tok.text}' is '{bound.text}', the object of "
                                                               f"'{bound.head.text}' (binding)") for a in alt]
            fallback = False
            if not targets:
                # the pattern's target slot names no actor ("congratulated Iraq on its success",
                # "invaded the country"): take the actor the object or a prepositional phrase names, or the one an act
                # named there is directed at ("called for sanctions on Iran"), or, for a response, its author
                # ("denied the accusations by Japan"); never a theme, topic or place that merely contains a name
                # (by the act the pattern names, not the intention or refusal it is coded as)
                for alt, head_ok in self._fallback_targets(cl, tgt_tok, entry.cameo):
                    for tok, how, role in self._directed_at(alt, entry.cameo, head_ok):
                        # (never the source itself: "an attack by Isis on ..." read as a whole names Isis)
                        targets = [t for t in self.actors_for(tok, ctx, sent, role=role)
                                   if not any(t.code == s.code or (t.start is not None and t.start == s.start) for s in sources)]
                        if targets:
                            fallback = True
                            rule += f"; target from '{alt.dep_}' fallback" + (f" ({how})" if how else "")
                            break
                    if targets:
                        break
            if not targets and len(sources) == 1 and entry.cameo[:2] == "04":
                host = self._host(cl, sources, ctx, sent)
                if host is not None:
                    targets = [host]
                    rule += f"; target: the host of the talks in '{host.text}'"
            # (an object the pattern names is the act's content, not a party: "exchanged fire", "signed a declaration")
            reciprocal_obj = cl.obj is None or cl.passive or bool(entry.object) or self._same_kind_noun(cl.obj, entry.cameo) or \
                any(c.lower_ in ("joint", "mutual", "bilateral") for c in cl.obj.children)
            # (not supporters listed together: "backed by Russia and Iran" says nothing of Russia and Iran)
            if not targets and len(sources) > 1 and code[:2] in RECIPROCAL_ROOTS and reciprocal_obj \
                    and (code[:2] not in ("18", "19", "20") or self._mutual(cl)) \
                    and code[:3] not in NOT_RECIPROCAL_CODES \
                    and cl.pred.lemma_.lower() not in SUPPORT_WORDS and cl.pred.lower_ not in SUPPORT_WORDS:
                # "Russia and Ukraine signed a deal": each party acts towards the other
                pairs = [(s, t) for s in sources for t in sources if s is not t and s.code != t.code]
                rule += "; coordinated parties act towards each other"
            elif cl.subj_rule.startswith("first party of 'between'") and sources and targets and code[:2] in RECIPROCAL_ROOTS:
                # "clashes between X and Y", "talks between X and Y": each party towards the other
                pairs = [(s, t) for s in sources for t in targets] + [(t, s) for s in sources for t in targets]
                rule += "; the parties act towards each other"
            else:
                pairs = None
            if targets and all(_sector_only(t) for t in targets):
                # "extradited two suspects to Uzbekistan", "shared intelligence ... with their Belgian counterparts"
                for alt, _ in self._fallback_targets(cl, tgt_tok, entry.cameo, with_object=False):
                    named = [a for a in self.actors_for(alt, ctx, sent, role="fallback") if not _sector_only(a)]
                    if named:
                        targets, fallback = named, True
                        rule += f"; named actor in '{alt.head.lower_ if alt.dep_ == 'pobj' else alt.dep_}' preferred"
                        break
            if sources and all(self._private(a, code) for a in sources):
                continue          # "Britons travelled to Syria", "refugees arriving in Europe": everyday life
            if not sources and cl.subj is None and (cl.passive or cl.kind == "noun") and modality in ("asserted", "reported"):
                # "three journalists were arrested in Cairo", "the arrest of three journalists": the state where it
                # happened did it (an infinitive or participle with no subject has its doer in the clause above)
                patient = next((c for c in cl.pred.children if c.dep_ == "nsubjpass"), None) if cl.kind == "verb" else \
                    next((g for c in cl.pred.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
                agent = actor_country.implicit_agent(code, entry.lemma, cl.anchor_token, sent, ctx, targets, patient)
                if agent is not None:
                    sources = [agent]
                    rule += "; implicit agent"
            if cl.pred.lemma_.lower() not in SUPPORT_WORDS:
                # (the one backed does not take its backer's country: "rebels backed by Turkey")
                actor_country.fill_countries(sources, targets, cl.anchor_token, sent, ctx, code, entry.lemma)
            wants_target = entry.target != "none"
            if not sources and not targets:
                # no actor at all: only violence and protest, and only as the sentence's main act or with a toll; such an
                # act is no event of the output (issue 14: a researcher counts every row), the pipeline keeps it
                # aside in Result.unattributed
                if int(info.quad_class or 0) < 4 and not code.startswith("14"):
                    continue
                if cl.anchor is not None and cl.pred.lemma_.lower() in FIGURATIVE_NOUNS and not ctx.has_count(sent_i):
                    continue      # "a fight broke out in the stands", "a war of words erupted" (no toll, no actor)
                anchor = cl.anchor_token
                # (", killing the official" after an attack coded in its governing clause is that attack's toll)
                # (or one the parser hung on that act's object: "invaded three villages, killing ...")
                governors = {anchor.head.i} if anchor.dep_ == "advcl" else \
                    {a.i for a in anchor.ancestors} if anchor.dep_ == "acl" and "participle after" in cl.subj_rule else set()
                toll_of_act = code[:2] in ("18", "19", "20") and anchor.tag_ == "VBG" \
                    and any(getattr(e, "trigger_token", None) in governors and (e.quad_class or 0) == 4
                            for e in events)
                # ("the millions who have marched through the streets": a crowd that protested, in a relative clause)
                crowd_protest = code[:2] == "14" and anchor.dep_ == "relcl" and cl.subj is not None \
                    and cl.subj.i == anchor.head.i and (cl.subj.lemma_.lower() in CROWD_NOUNS or cl.subj.like_num) \
                    and self._tensed(anchor)
                if self._clause_depth(anchor) > 0 and not ctx.has_count(sent_i) and not toll_of_act and not crowd_protest \
                        and not (code[:2] in ("17", "18", "19", "20") and self._tensed(anchor)):
                    continue
            start, end = cl.trigger_span
            depth = self._clause_depth(cl.anchor_token)
            base = 0.5
            for s, t in (pairs or [(s, t) for s in (sources or [None]) for t in (targets or [None])]):
                if s is not None and t is not None:
                    if ("coreference" in (t.why or "") and (t.text or "").lower() in OBJECT_PRONOUNS
                            and ((s.entity and s.entity == t.entity) or s.code == t.code)) \
                            or (s.start is not None and s.start == t.start and cl.rule.startswith("verb misread")):
                        # "Hezbollah had captured them": a plain object pronoun is not the subject itself;
                        # in a misread verb ("militants detonate[NN] bombs") the subject inside the object phrase is none
                        if any(e.trigger_start == start and e.source is s for e in events):
                            continue
                        t = None
                    elif s.start is not None and s.start == t.start and len(targets) == 1 and cl.passive \
                            and int(code[:2]) >= 14:
                        # "the sites targeted by the air force": the target phrase, read with its participle,
                        # named the agent; an act of protest or force stands, with no target ("the claims made by
                        # the government" is no accusation)
                        t = None
                    elif (s.entity and s.entity == t.entity) or (s.start is not None and s.start == t.start) or \
                            (s.code == t.code and (s.text or "").lower() == (t.text or "").lower()):
                        continue
                    if t is not None and s.code == t.code:
                        # two different actors with one code ("herders" and "farmers", both AGR):
                        # keep the act, but not a self-directed dyad
                        if any(e.trigger_start == start and e.source is s and e.target is None for e in events):
                            continue
                        t = None
                conf = base
                conf += 0.2 if s is not None and s.code else 0.0
                conf += (0.2 if t is not None and t.code else 0.0) if wants_target else 0.15
                conf += 0.05 if (entry.object or entry.prep not in (None, "-", "")) else 0.0
                conf -= 0.06 * depth       # the sentence's main act beats one in a relative or adverbial clause
                conf -= 0.08 if code.startswith("01") else 0.0   # a bare statement is rarely the story
                conf -= 0.05 if modality == "reported" else 0.0
                conf -= 0.05 if cl.kind == "noun" and cl.light_verb is None and cl.anchor is None else 0.0
                conf -= 0.05 if fallback else 0.0
                events.append(Event(
                    source=s, target=t, cameo=code, plover_type=info.plover_type, plover_mode=info.plover_mode,
                    goldstein=info.goldstein, quad_class=info.quad_class, sentence=sent_i,
                    trigger_text=ctx.text[start:end], trigger_start=start, trigger_end=end,
                    confidence=max(0.05, min(conf, 0.99)), pattern=entry.id,
                    rule=f"{rule}; subject by {cl.subj_rule or 'none'}", modality=modality,
                    sentence_text=ctx.text[sent.start_char:sent.end_char].strip()))
                events[-1].trigger_token = cl.anchor_token.i
                events[-1].act_tokens = tuple({cl.anchor_token.i, cl.pred.i}
                                              | ({cl.light_verb.i} if cl.light_verb is not None else set()))
                if cl.purpose and not cl.intent and cl.governor is not None:
                    events[-1].purpose_of = cl.governor.i
        return self._dedupe(one_event_per_act(events, sent.doc, ctx.text, self.attack_cues.get("harm", frozenset())))

    def _demand(self, cl: Clause, entry, sent, sent_i: int, ctx: DocContext) -> list[Event]:
        """ "Russia says Israel must end attacks on Syria": Russia demands (10x) of Israel."""
        from eventwire.coding.clauses import subject_of
        speaker, _ = subject_of(cl.demand_by)
        sources = self.actors_for(speaker, ctx, sent, role="source")
        targets = self.actors_for(cl.subj, ctx, sent, role="target")
        if not sources or not targets:
            return []
        code = modal_code("demand", entry.cameo)
        if code is None:
            return []             # "X says Y must attack": not a demand we can code
        info = self.ontology.cameo(code)
        if info is None:
            return []
        start = min(cl.demand_by.idx, cl.pred.idx)
        end = max(cl.demand_by.idx + len(cl.demand_by.text), cl.pred.idx + len(cl.pred.text))
        out = []
        for s in sources:
            for t in targets:
                if s.code == t.code:
                    continue
                ev = Event(source=s, target=t, cameo=code, plover_type=info.plover_type, plover_mode=info.plover_mode,
                           goldstein=info.goldstein, quad_class=info.quad_class, sentence=sent_i,
                           trigger_text=ctx.text[start:end], trigger_start=start, trigger_end=end,
                           confidence=0.75 - 0.06 * self._clause_depth(cl.demand_by), pattern=entry.id,
                           rule=f"demand: '{cl.demand_by.lemma_} ... must {cl.pred.lemma_}' ({entry.id}) -> {code}",
                           modality="demand", sentence_text=ctx.text[sent.start_char:sent.end_char].strip())
                ev.trigger_token = cl.demand_by.i
                out.append(ev)
        return out

    @staticmethod
    def _dedupe(events: list[Event]) -> list[Event]:
        """One event per trigger and dyad: the same words never give two events with the same source and target
        (two readings of one predicate keep the more confident)."""
        seen = {}
        for e in events:
            key = (e.source.code if e.source else None, e.target.code if e.target else None, e.trigger_start)
            if key not in seen or seen[key].confidence < e.confidence:
                seen[key] = e
        return [e for e in events if seen.get((e.source.code if e.source else None, e.target.code if e.target else None,
                                               e.trigger_start)) is e]

    @staticmethod
    def _tensed(tok) -> bool:
        """Whether a verb heads a tensed clause of its own that asserts it ("... when their truck hit a mine",
        "the bombs, which were detonated ..."), not an infinitive or a bare participle ("attempt to murder",
        "by storming")."""
        if tok.dep_ == "acl" and (tok.tag_ in ("VBD", "VBZ") or (tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"))):
            return True                          # a finite verb the parser hung on its subject ("a car bomb detonated[acl]")
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in SELF_ACTING_BLAST_VERBS \
                and not any(c.dep_ in ("agent", "dobj") for c in tok.children) \
                and ({tok.head.lemma_.lower()} | Coder._modifier_words(tok.head)) & load_attack_cues().get("weapon", frozenset()):
            return True                          # "another car bomb detonated[acl, VBN] in the district": finite
        if tok.dep_ not in ("relcl", "advcl", "ccomp", "conj", "ROOT"):
            return False
        if tok.tag_ in TENSED_TAGS:
            return True
        return any(c.dep_ in ("aux", "auxpass") and c.tag_ in TENSED_TAGS for c in tok.children)

    def _clause_depth(self, tok) -> int:
        """How many subordinate clauses lie between the trigger and the sentence's main verb
        (coordination and a reporting verb's complement do not count)."""
        depth = 0
        for _ in range(12):
            if tok.dep_ == "ROOT" or tok.head is tok:
                break
            dep = tok.dep_
            if dep in ("relcl", "acl", "advcl", "xcomp", "pcomp", "csubj", "parataxis", "prep", "pobj", "dobj", "nsubj"):
                if dep == "xcomp" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in RAISING_HEADS | self.reporting:
                    pass         # "was found murdered", "were reported to have been killed": the same clause
                elif raised_participle_subject(tok) is not None:
                    pass         # "were feared killed"
                elif dep == "xcomp" and tok.head.lemma_.lower() in RAISING_HEADS | self.reporting \
                        and any(c.dep_ == "auxpass" for c in tok.head.children):
                    pass
                elif dep in ("relcl", "acl", "advcl", "xcomp", "pcomp", "csubj", "parataxis"):
                    depth += 1
            elif dep == "ccomp" and tok.head.lemma_.lower() not in self.reporting:
                depth += 1
            tok = tok.head
        return depth

    @staticmethod
    def _agent_code(subj) -> Optional[str]:
        """A more specific CAMEO code from the agent's own name ("a suicide bomber", "Russian airstrikes")."""
        table = agent_codes()
        subj = unwrap_quantity(subj)
        lemma = subj.lemma_.lower()
        for c in subj.children:
            if c.dep_ == "compound" and c.i == subj.i - 1:
                hit = table.get(c.lemma_.lower() + "-" + lemma)
                if hit:
                    return hit
        if lemma in table or lemma in ("fire", "attack", "strike", "round", "barrage", "salvo", "volley"):
            # the weapon named by a modifier: "sniper fire", "a car bomb explosion", "rocket fire"
            mods = Coder._modifier_words(subj)
            for w in sorted(mods, key=lambda w: -w.count("-")):
                if w in table:
                    return table[w]
        return table.get(lemma)

    def _same_kind_noun(self, tok, code: str) -> bool:
        """Whether an object noun names an event of the same CAMEO root ("signed a deal", "exchanged fire")."""
        noun = self.event_noun(tok)
        if noun is None:
            return False
        return any(e.cameo[:2] == code[:2] for e in self.lex.match_noun(noun, frozenset()))

    @staticmethod
    def _modifier_words(tok) -> set:
        """Lemmas of a noun's pre-modifiers and of its "of" complement, with adjacent compounds joined
        ("a car bomb explosion" -> car, bomb, car-bomb; "the explosion of a land mine" -> land, mine, land-mine)."""
        toks = []
        stack = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            stack += [c for c in of.children if c.dep_ == "pobj"]
        while stack:
            t = stack.pop()
            toks.append(t)
            stack += [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i]
        toks.sort(key=lambda t: t.i)
        words = {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}
        for a, b in zip(toks, toks[1:]):
            if b.i == a.i + 1:
                words.add(a.lemma_.lower() + "-" + b.lemma_.lower())
        return words

    def _attack_context(self, tok) -> bool:
        """Whether a blast or an explosion is told as an attack: a cue in its sentence and no accident
        word; for "the blast", also in the three sentences before."""
        cues, accident = self.attack_cues.get("cue", frozenset()), self.attack_cues.get("accident", frozenset())

        def verdict(span):
            lemmas = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
            nouns = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")} | \
                    {t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")}
            if nouns & accident:
                return False
            if lemmas & cues:
                return True
            return None

        v = verdict(tok.sent)
        if v is not None:
            return v
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children):
            sents = [s for s in tok.doc.sents if s.end <= tok.sent.start][-3:]
            for s in reversed(sents):
                v = verdict(s)
                if v is not None:
                    return v
        # no cue either way: a blast that kills or wounds (a `harm` word in its sentence) is an attack when
        # nothing in the whole story tells an accident ("the blast killed four people", said of a market)
        harm = self.attack_cues.get("harm", frozenset())
        if any(t.lemma_.lower() in harm or t.lower_ in harm for t in tok.sent):
            return verdict(tok.doc[:]) is not False
        return False

    def _hazard(self, tok) -> bool:
        """Whether a noun names what can kill or destroy without an actor (an earthquake, a crash, a gas
        explosion) -- not a weapon ("a bomb blast", "sniper fire") nor a blast told as an attack."""
        if tok is None:
            return False
        tok = unwrap_quantity(tok)               # "a wave of attacks" is the attacks
        lemma = tok.lemma_.lower()
        if self._force_of(tok):
            return False                         # "Israeli fire", "the army's fire": a force's, not a hazard
        words = {lemma, tok.lower_}
        for c in tok.children:
            if c.dep_ == "compound":
                words |= {c.lemma_.lower(), c.lemma_.lower() + "-" + lemma}
        if not words & self.non_agents:
            return False
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None and self.event_noun(inner) and not self._hazard(inner):
            return False                         # "an outbreak of violence", "the collapse of the truce"
        mods = self._modifier_words(tok)
        if mods & self.attack_cues.get("weapon", frozenset()):
            return False
        if mods & self.non_agents - {lemma}:
            return True                          # "a gas explosion", "a mine blast"
        if lemma in self.attack_cues.get("ambiguous", frozenset()) or tok.lower_ in self.attack_cues.get("ambiguous", ()):
            return not self._attack_context(tok)
        return True

    def _natural_cause(self, cl: Clause) -> bool:
        hazard = self._hazard
        if hazard(cl.subj) or (cl.passive and hazard(cl.obj)):
            return True       # (the second: "an earthquake killed ..." misread as a reduced relative)
        # "a plane crashed near the airport, killing all 150 on board"
        head = cl.pred.head
        own_agent = cl.subj is not None and not cl.passive and cl.subj.head.i == cl.pred.i
        if cl.pred.dep_ in ("advcl", "conj", "xcomp") and head.lemma_.lower() in self.accident_verbs \
                and (head.lemma_.lower() not in self.hazard_verbs or hazard(_subject(head))) \
                and not (own_agent and cl.pred.dep_ == "advcl"):
            # (not "buildings collapsed after the rebels shelled the district": that clause has its own agent)
            return True
        if cl.subj is None or cl.passive:
            return any(hazard(cl.preps.get(p)) for p in ("in", "by", "during", "after", "from", "amid"))
        return False

    def _fallback_targets(self, cl: Clause, tried, code: str, with_object: bool = True):
        """(argument head, whether the head itself may be the target) for the arguments that may name the one an act
        is directed at when the pattern's own slot names none: the object (not for an act done with one's own means:
        "mobilised troops", "withdrew its forces"); the one a demand is made of ("demanded that Moscow withdraw"; not
        "warned that Iran is arming", "asked if they worried"); the object of a directed preposition, where "for"
        names a party only for appeals, cooperation and aid ("provided aid for refugees"; "fought for us" is a
        beneficiary, though "mobilised troops for a battle against X" names X through the battle) and "from" never
        does ("sent weapons from Turkey"); never a supporter ("with the support of the US")."""
        out = []
        own = any(code.startswith(c) for c in OWN_OBJECT_CODES)
        if with_object and cl.obj is not None and cl.obj is not tried and cl.obj is not cl.subj and not own:
            out.append((cl.obj, True))
        demand = cl.pred.lemma_.lower() in DEMANDING_HEADS or (
            cl.obj is not None and cl.obj.lemma_.lower() in DEMANDING_HEADS)     # "reiterated its demand ... that Israel"
        if with_object and cl.kind == "verb" and (demand or (code[:2] == "01" and code[:3] != "016")):
            # (a comment is about the one its complement is about: "expressed hope that the new government will help")
            for c in cl.pred.children:
                # (a demand's complement is wanted, not reported: "that X withdraw", "that X is reined back"; not
                # "insisted that the army had not fired")
                if c.dep_ == "ccomp" and (not demand or not _past(c)) \
                        and not any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) \
                        and not any(m.tag_ in ("WRB", "WP", "WDT") for m in c.children):
                    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj is not tried and subj.lower_ not in ("that", "which", "who", "it", "what"):
                        out.append((subj, True))
        for p in ("against", "on", "with", "to", "toward", "towards", "for", "into", "from"):
            t = cl.preps.get(p)
            if t is None or t is tried or any(t is o for o, _ in out) or (p == "with" and t.lemma_.lower() in SUPPORT_NOUNS):
                continue
            if p == "with" and (self._projectile(t) or self._violent_agent(t) or t.lemma_.lower() in self.attack_cues.get("weapon", ())):
                continue               # "attacked the cities with rockets and drones": the instrument
            if p == "into" and code[:2] not in ("09", "15"):
                continue               # ("an investigation into the company", "sent troops into Syria"; not "fled into Turkey")
            if p == "from" and code[:2] != "02":
                continue               # ("pleaded for help from the US"; not "sent weapons from Turkey")
            out.append((t, p != "for" or code[:2] in ("01", "02", "03", "05", "06", "07", "08")))
        if with_object and code[:2] in ("18", "19", "20") and cl.subj is not None and not cl.passive \
                and cl.subj.pos_ == "NOUN" and self.event_noun(unwrap_quantity(cl.subj)) is not None:
            out.append((cl.subj, False))   # "an attack on Kurdish forces killed five": those it was aimed at
        by = cl.preps.get("by")
        if with_object and by is not None and not cl.passive and cl.obj is not None and cl.obj.i < by.i \
                and (code[:3] == "016" or code[:2] in RESPONSE_ROOTS):
            out.append((by, True))     # "denied the accusations by Japan", the parser hanging "by" on the verb
        return out

    def _directed_at(self, tok, code: str, head_ok: bool = True, depth: int = 0):
        """(token, how, role) to try, in order, for the actor a fallback argument names:
        - the head itself, which must name the actor, not merely contain one ("five US goals", "a UN-led
          investigation", "a House of Commons statement" name none);
        - for an act named by a noun, the party it is directed at: its lexicon slot or an on/against/with/to phrase
          ("sanctions on Iran", "lift the ban on the UK", "a battle against the Brotherhood"); for a demand, the one it
          is made of ("its demand that Israel ease restrictions");
        - for an act of force, coercion, protest, yielding or reduced relations, the owner of the thing it is done to
          ("attacked an Israeli village", "captured a Karen guerrilla stronghold", "released a Lebanese
          millionaire's assets");
        - for a response (a denial, praise, criticism, rejection, demand), the author of the act it answers ("denied
          the accusations by Japan", "rejected Erdogan's calls", "welcomed the US decision"), never the actor's own
          ("its demand")."""
        out = [(tok, "", "fallback")] if head_ok else []
        tok = unwrap_quantity(tok)
        if tok.pos_ not in ("NOUN", "NUM", "SYM"):
            return out
        if tok.lemma_.lower() in PARTITIVES or tok.lemma_.lower() in PARTITIVE_NOUNS or tok.like_num \
                or tok.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL"):
            # "some of the peacekeepers", "the remnants of the Brotherhood", "10 million in aid to the Palestinians"
            inner = preps_of(tok)
            inner = inner.get("of") or inner.get("in")
            if inner is None:
                return out
            tok = inner
            if head_ok:
                out.append((tok, "", "fallback"))
        recipient = tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for")
        noun = self.event_noun(tok)
        response = code[:3] == "016" or code[:2] in RESPONSE_ROOTS
        if response or code[:2] == "08":
            # (a yield answers a demand too: "conceded to demands from the association")
            agent = noun_agent(tok) or preps_of(tok).get("from")
            if agent is not None and agent.lower_ not in OWN_POSSESSIVES:
                out.append((agent, f"author of '{tok.lemma_.lower()}'", "fallback"))
        if code[:2] == "02" and preps_of(tok).get("from") is not None and (noun is None or tok.lemma_.lower() in SUPPORT_NOUNS):
            # "pleading for help from the Trump administration"
            out.append((preps_of(tok)["from"], f"the one '{tok.lemma_.lower()}' is asked from", "fallback"))
        if noun is None and tok.lemma_.lower() in WRAPPER_NOUNS:
            # "launched an operation against militants", "a campaign against the rebels"
            wrapped = noun_preps(tok)
            slot = next((wrapped[p] for p in ("against", "on", "with") if p in wrapped), None)
            if slot is not None:
                out.append((slot, f"object of '{tok.lemma_.lower()}'", "fallback"))
        if noun is not None:
            preps = noun_preps(tok)
            if code[:2] in ("02", "10") and preps.get("of") is not None:
                # "called for the withdrawal of Syrian forces", "demanded the release of the hostages"
                out.append((preps["of"], f"party to the '{noun}' asked for", "fallback"))
            entries = self.lex.match_noun(noun, frozenset(preps))
            slot = self._target_token(Clause(pred=tok, kind="noun", lemma=noun, preps=preps), entries[0]) if entries else None
            if slot is None:
                # ("of" last: "a boycott of US products", "the siege of Ghouta"); or the party its participle names
                # ("lifted sanctions imposed on China", "the ban placed on the group")
                slot = next((preps[p] for p in ("on", "against", "with", "to", "toward", "towards", "of") if p in preps), None)
                for c in tok.children:
                    if slot is None and c.dep_ == "acl" and c.tag_ == "VBN":
                        slot = next((o for p, o in preps_of(c).items() if p in ("on", "against", "upon")), None)
            if slot is not None:
                out.append((slot, f"object of '{noun}'", "fallback"))
                if depth == 0:
                    # "restrictions on assistance to North Korea", "a battle against the remnants of the Brotherhood"
                    out.extend((t, h or f"object of '{noun}'", r) for t, h, r in self._directed_at(slot, code, True, 1)[1:])
                if entries and entries[0].cameo[:2] in OWNER_ROOTS and code[:2] not in OWNER_ROOTS:
                    # an act of force named by a noun: the owner of what it hit ("claimed responsibility for an attack
                    # on the army's sites")
                    out.append((slot, f"owner of what the '{noun}' was aimed at", "target"))
        demand = noun in DEMANDING_HEADS or tok.lemma_.lower() in DEMANDING_HEADS
        if demand or (code[:2] == "01" and code[:3] != "016"):
            # "its demand that Israel ease restrictions", "expressed hope that the new government will help" (a
            # pronoun in a comment is most often the speaker: "refugees expressed fears that they would be ...")
            for c in tok.children:
                if c.dep_ in ("acl", "ccomp") and not any(m.tag_ in ("WRB", "WP", "WDT") or m.lower_ in ("if", "whether")
                                                          for m in c.children):
                    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj.lower_ not in ("that", "which", "who", "it", "what") \
                            and (demand or subj.pos_ != "PRON"):
                        out.append((subj, f"the one '{tok.lemma_.lower()}' is about", "fallback"))
        if code[:2] in ("06", "07"):
            # "sent supplies and personnel such as doctors to Nepal": the recipient, wherever the parser hung it
            rec = next((c for c in tok.subtree if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                        and c.head.i != tok.i), None)
            pobj = next((x for x in rec.children if x.dep_ == "pobj"), None) if rec is not None else None
            if pobj is not None:
                out.append((pobj, "recipient", "fallback"))
        if response:
            # what the act answers, read as a whole: "rejected an offer from the Afghan government", "the demands by
            # protesters"
            out.append((tok, f"author of '{tok.lemma_.lower()}'", "target"))
        elif code[:2] in OWNER_ROOTS or (code[:2] in ("06", "07") and recipient):
            if noun is None:
                # the owner of the thing or place it is done to: "attacked an Israeli village", "attacked the cities in
                # Saudi Arabia", "gave $90 million to the UN appeal"
                out.append((tok, f"owner of '{tok.lemma_.lower()}'", "owner"))
            else:
                # an act named by a noun: its party, not its modifiers ("violated South Sudan's ceasefire"; not
                # "reduced military aid": the aid is the actor's own)
                party = noun_agent(tok) or next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                                                 and c.i == tok.i - 1), None)     # "an army convoy came under attack"
                if party is not None and party.lower_ not in OWN_POSSESSIVES:
                    out.append((party, f"party to the '{noun}'", "fallback"))
        return out

    @staticmethod
    def _target_token(cl: Clause, entry):
        if entry.prep == "in" and entry.cameo[:2] in LOCATIVE_IN_ROOTS:
            return None                # "protested in Cairo", "an attack in Kabul": where it happened, not at whom
        if entry.target == "dobj":
            if cl.kind == "noun":
                return cl.preps.get("of") or cl.preps.get("on") or cl.preps.get("against")
            return cl.obj
        if entry.target == "prep":
            if entry.prep and entry.prep in cl.preps:
                return cl.preps[entry.prep]
            return None
        return None

    # ------------------------------------------------------------------ actors
    def _phrase(self, head, drop=DROP_PHRASE_DEPS, inner=("relcl", "acl", "advcl"), locative=False, junk=()):
        """The noun phrase of a head token: its subtree minus coordinated, relative and appositive parts,
        and, for sources, minus locative phrases ("a car bomb in Kiev" is not Kiev's; "people in Syria" are Syria's)."""
        keep = []
        stack = [head]
        backers = -1                   # the last token of an "X-backed" modifier before the head
        while stack:
            t = stack.pop()
            keep.append(t)
            for c in t.children:
                if c.dep_ in drop and t is head:
                    continue
                if c.dep_ in inner:
                    continue
                if not locative and c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS:
                    continue
                if _backing(c):
                    # "Iranian-backed militias", "forces backed by Iran": the backer is not the one acting
                    if c.i < head.i:
                        backers = max(backers, c.right_edge.i)
                    continue
                stack.append(c)
        keep.sort(key=lambda t: t.i)
        if backers >= 0:
            keep = [t for t in keep if t.i > backers]
        if junk:
            keep = [t for t in keep if not any(s <= t.idx < e for s, e in junk)]
        # trim punctuation and conjunctions at the edges
        while keep and keep[0].pos_ in ("PUNCT", "CCONJ"):
            keep.pop(0)
        while keep and keep[-1].pos_ in ("PUNCT", "CCONJ"):
            keep.pop()
        if not keep:
            return None
        return keep[0].doc[keep[0].i: keep[-1].i + 1]

    def actors_for(self, tok, ctx: DocContext, sent, role: str, coordinate: bool = True) -> list[Actor]:
        if tok is None:
            return []
        heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i] if (tok.dep_ != "conj" and coordinate) else [tok]
        out: list[Actor] = []
        for h in heads:
            acts = self._resolve_head(h, ctx, sent, role)
            ctx.coref.note(h, acts)
            for a in acts:
                if a is not None and a.code and not any(a.code == b.code and a.start == b.start for b in out):
                    out.append(a)
        # a list the parser read as an apposition: "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"
        if out and all(_kind(a) in ("country", "capital") for a in out):
            for ap in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                for h in [ap] + [c for c in ap.conjuncts if c.i > ap.i]:
                    for a in self._resolve_head(h, ctx, sent, role):
                        if a and a.code and _kind(a) in ("country", "capital") and all(a.country != b.country for b in out):
                            a.why = (a.why or "") + " (listed with a coordinated actor)"
                            out.append(a)
        return out

    def _resolve_head(self, h, ctx: DocContext, sent, role: str = "source") -> list[Actor]:
        low = h.lower_
        lemma = h.lemma_.lower()
        if low in PARTITIVES:
            # "all of the sites", "most of the rebels": the phrase is its "of" complement, not a pronoun
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if inner is not None:
                return self._resolve_head(inner, ctx, sent, role)
            if h.pos_ == "PRON" or h.pos_ == "DET":
                return []
        if low in INDEFINITE_PRONOUNS:
            return []
        if lemma in TEAM_NOUNS and self._modifier_words(h) & SPORT_WORDS:
            return []             # "the Syrian national football team bowed out": sport, no political actor
        if role == "source" and h.pos_ == "NOUN":
            ev = unwrap_quantity(h)
            if self.event_noun(ev) is not None and self._sector_of(ev, ctx) is None \
                    and not any(c.dep_ == "prep" and c.lower_ == "between" for c in ev.children):
                # an act as the subject ("An attack by Isis on Iraqi troops killed eight", "Israeli shelling killed
                # five"): its doer is the source, never the one it was aimed at ("an attack on Kurdish forces")
                agent = noun_agent(ev)
                if agent is not None and agent.i != h.i:
                    return [replace(a, why=(a.why or "") + f" (doer of '{ev.text}')")
                            for a in self._resolve_head(agent, ctx, sent, role)]
                # its modifiers read together ("Saudi-led coalition air strikes", "army shelling")
                pre = ev.doc[ev.left_edge.i: ev.i]
                a = self.kb.resolve_phrase(pre.text, pre.start_char, ctx.date, ctx.countries) if len(pre) else None
                if a is None or not a.code or a.start is None or ctx.in_junk(a.start, a.end):
                    return []
                return [replace(a, why=(a.why or "") + f" (doer of '{ev.text}')")]
        if h.pos_ == "PRON" or low in PERSONAL_PRONOUNS | OTHER_PRONOUNS:
            local = self._subordinate_antecedent(h, ctx, sent, role) if low == "they" else []
            if local:
                return local
            return ctx.coref.pronoun(h, sent)      # by number, kind, role and salience (knowledge/coref.py)
        if ctx.in_junk(h.idx, h.idx + len(h.text)):
            return []
        # "people in Syria" are Syria's; "an agreement in Juba" is not Juba's
        # ("people in Syria" are Syria's, and so are "the cities in Saudi Arabia" an attack was done to)
        phrase = self._phrase(h, locative=role == "owner" or (role in ("target", "fallback") and self._sector_of(h, ctx) is not None),
                              junk=ctx.junk)
        if phrase is None:
            return []
        det = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in h.children)
        has_proper = any(t.pos_ == "PROPN" for t in phrase)
        # "the governments of Iraq and Syria", "negotiators from Sudan and South Sudan",
        # "Russian and Chinese troops": one actor per country, with the sector of the head noun
        sector = self._sector_of(h, ctx) if (lemma in CONTAINER_NOUNS or h.pos_ == "NOUN") else None
        if sector or lemma in CONTAINER_NOUNS:
            parts = []
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None and (pobj.conjuncts or lemma in CONTAINER_NOUNS):
                parts = [pobj] + [c for c in pobj.conjuncts if c.i > pobj.i]
            else:
                mods = [c for c in h.children if c.dep_ in ("amod", "compound") and c.i < h.i]
                for m in mods:
                    if m.conjuncts:
                        parts = [m] + [c for c in m.conjuncts if c.i > m.i]
                        break
            if parts:
                acts = []
                for p in parts:
                    cands = self._resolve_head(p, ctx, sent, role) if p.pos_ in ("PROPN", "NOUN") else \
                        [m for m in ctx.mentions if m.start == p.idx and m.country]
                    for a in cands:
                        if a and a.country and (a.kind in (None, "country", "capital") or len(a.code or "") <= 6) \
                                and all(a.country != b.country for b in acts):
                            sec = sector or a.sector or ""
                            acts.append(Actor(code=a.country + sec, country=a.country, sector=sec or None, name=a.name,
                                              entity=a.entity, text=p.text, start=p.idx, end=p.idx + len(p.text),
                                              why=f"'{h.text}' of {a.country} (one of coordinated countries)",
                                              kind="country"))
                if len(acts) > 1 or (acts and lemma in CONTAINER_NOUNS):
                    return acts
        # definite role noun / "the country" / "the group": the actor already named
        if det and not has_proper:
            # "the president", "the group", "the two leaders", "the militants": the actor(s) named before
            got = ctx.coref.description(h, phrase, sent, self._demonym_country(phrase, ctx))
            if got:
                return got
        a = ctx.coref.person_at(h)           # named with a role, or the surname of someone named in full
        if a is not None:
            return [a]
        a = self.kb.resolve_phrase(phrase.text, phrase.start_char, ctx.date, ctx.countries)
        if a is None and not (self._violent_agent(h) and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in h.children)):
            # with the apposition ("Head of the council (ISCI) Ammar Hakim") and participle
            # ("the missiles fired by the Israeli military"; not "attacks targeting police": the object of an attack's
            # participle is its target)
            full = self._phrase(h, drop={"conj", "cc", "relcl"}, inner=("relcl", "advcl"), junk=ctx.junk)
            if full is not None and full.text != phrase.text:
                a = self.kb.resolve_phrase(full.text, full.start_char, ctx.date, ctx.countries)
        if a is None:
            # a name the document-level matcher found at the head itself ("ISIS", which a phrase of capitals
            # alone does not resolve)
            # (a modifier standing for its actor, "the US decision", "Israeli shelling", may be a country too)
            # (and a country named by the head word alone: "called on US to lift", an acronym the phrase resolver
            # cannot tell from a capitalised word without its context)
            kinds = ("group", "party", "igo", "person") + (("country", "capital") if h.dep_ in ("compound", "amod", "poss") else ())
            a = next((m for m in ctx.mentions if m.start is not None and m.start <= h.idx < m.end and m.code
                      and (_kind(m) in kinds or (m.start == h.idx and m.end == h.idx + len(h.text)))), None)
            if a is not None:
                a = Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=a.entity, text=a.text,
                          start=a.start, end=a.end, why=(a.why or "") + " (name found in the document)", kind=a.kind)
        if a is None or not a.code:
            return []
        if a.start is None:
            a.start, a.end, a.text = phrase.start_char, phrase.end_char, phrase.text
        if ctx.in_junk(a.start, a.end):
            return []
        if role == "fallback" and not self._names_head(h, a, ctx):
            return []                    # "five US goals", "the Kurdish enclave": a theme or place, not the actor
        if lemma in ROLE_NOUNS and not a.entity and a.kind != "person":
            # "Germany's chancellor", "the Iraqi politician": a person, whom a later "he" can mean
            a = Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=None, text=a.text,
                      start=a.start, end=a.end, why=a.why, kind="person")
        if a.country is None and a.sector in STATE_SECTORS:
            # "its forces", "their government": the country named before, unless the owner named before is a group
            # ("the PYD and its military wing"); other sector-only actors take a country from where the article
            # places them (knowledge/actor_country.py)
            poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            owner = ctx.coref.owner(poss, sent) if poss is not None else None
            if owner is not None and owner.country and _kind(owner) in ("country", "capital"):
                country = owner.country
                a = Actor(code=country + a.sector, country=country, sector=a.sector, name=a.name, entity=a.entity,
                          text=a.text, start=a.start, end=a.end, kind=a.kind,
                          why=(a.why or "") + f"; country {country} from its owner")
        return [a]

    def _speaker(self, tok):
        """The subject of the reporting verb whose words `tok` is in ("'We will fight,' the commander said": the
        commander; "Erdogan said Turkey would ...": Erdogan), or None outside reported speech."""
        t = tok
        for _ in range(10):
            head = t.head
            if head.i == t.i:
                return None
            if t.dep_ in ("ccomp", "parataxis", "xcomp") and (head.lemma_.lower() in self.reporting
                                                              or head.lemma_.lower() in SPEECH_HEADS):
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and not (tok.i in range(t.left_edge.i, t.right_edge.i + 1)
                                             and subj.i in range(t.left_edge.i, t.right_edge.i + 1)):
                    return subj
                return None
            t = head
        return None

    def _prediction(self, cl: Clause, sources: list, ctx: DocContext, sent) -> bool:
        """Whether a future act in someone's words is a prediction about another party, not that party's announced
        intention: "The Kurds said Turkey would attack Afrin", "'Turkey will destroy us,' the commander said" (not
        "Erdogan said Turkey would launch an offensive": the speaker's own side)."""
        if not cl.intent or cl.intent_head is not None or not sources:
            return False
        anchor = cl.light_verb if cl.light_verb is not None else cl.pred
        speaker = self._speaker(anchor)
        if speaker is None or (cl.subj is not None and cl.subj.lower_ in FIRST_PERSON and cl.subj.pos_ == "PRON"):
            return False
        said_by = [a for a in self._resolve_head(speaker, ctx, sent, "source") if a.country or a.entity]
        if not said_by or not all(s.country or s.entity for s in sources):
            return False              # (who spoke, or of whom, is not known well enough to tell)
        return not any((a.country and a.country == s.country) or (a.entity and a.entity == s.entity) or a.code == s.code
                       for a in said_by for s in sources)
    @staticmethod
    def _binding_object(cl: Clause):
        """The object an object pronoun of a purpose clause stands for: the governing verb's object ("called Morrison
        on Wednesday to congratulate him", "invited the president to meet him"), or None."""
        v = cl.pred
        if v.dep_ not in ("advcl", "xcomp", "conj") or "subject control" not in (cl.subj_rule or ""):
            return None
        gov = v.head
        while gov.dep_ in ("advcl", "xcomp", "conj") and gov.head is not gov \
                and not any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN") for c in gov.children):
            gov = gov.head
        return next((c for c in gov.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)

    def _host(self, cl: Clause, sources, ctx: DocContext, sent) -> Optional[Actor]:
        """The government of the country talks or a visit took place in, when no other party is named ("the Iraqi
        prime minister held talks in Tehran" -> IRNGOV): a country or a capital in the clause's "in" phrase that is
        not the visitor's own. A city that is no seat of government names no host ("talks in Geneva")."""
        if cl.lemma not in TALKS_WORDS or "with" in cl.preps or (cl.obj is not None and not self._is_event_noun(cl.obj)):
            return None                # ("gave a press conference in London", "met psychotherapists in Jordan")
        where = cl.preps.get("in")
        own_verb = {cl.pred.i} | ({cl.light_verb.i} if cl.light_verb is not None else set()) | \
            ({cl.anchor.i} if cl.anchor is not None else set()) | \
            ({cl.obj.i} if cl.obj is not None and self._is_event_noun(cl.obj) else set())   # "held talks in Tehran"
        if where is None or where.pos_ != "PROPN" or where.head.head.i not in own_verb:
            return None                # ("discussed developments in Syria": the object's place, not the talks')
        own = {s.country for s in sources if s.country}
        for a in self._resolve_head(where, ctx, sent, "fallback"):
            if _kind(a) not in ("country", "capital") or not a.country or a.country in own or not own:
                continue
            return Actor(code=a.country + "GOV", country=a.country, sector="GOV", name=a.name, entity=None, text=a.text,
                         start=a.start, end=a.end, kind="capital",
                         why=(a.why or "") + f"; the host: {a.country}'s government, where the talks were held")
        return None

    def _names_head(self, h, a: Actor, ctx) -> bool:
        """Whether a resolved actor is what the head word itself names ("Iraqi troops", "Isis fighters", "his Iranian
        counterpart", "the country"), not a name inside a theme or place ("five US goals", "Isis-held areas")."""
        if a.start is not None and a.start <= h.idx < (a.end or 0):
            return True
        lemma = h.lemma_.lower()
        if h.like_num or lemma in CROWD_NOUNS or lemma in PARTITIVES or lemma in QUANTITY_HEADS:
            # "hundreds of Syrian civilians", "a group of soldiers": the "of" phrase names them
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            return inner is not None and self._names_head(inner, a, ctx)
        if lemma in ROLE_NOUNS or lemma in COUNTRY_NOUNS or lemma in GROUP_NOUNS or lemma in IGO_NOUNS \
                or lemma in CONTAINER_NOUNS or lemma in RELATIONAL_NOUNS:
            return True
        if h.pos_ == "PROPN" and a.start is not None and (h.left_edge.idx <= a.start and a.end <= h.idx or any(
                c.dep_ == "appos" and c.left_edge.idx <= a.start and a.end <= c.right_edge.idx + len(c.right_edge.text)
                for c in h.children)):
            # "German journalist Mesale Tolu", "Tantan, the Minister of Interior": a name the knowledge base lacks,
            # with its role
            return True
        # (a sector word that is also an event noun names people only in the plural: "peacekeepers", not "campaign")
        return h.pos_ in ("NOUN", "PROPN") and self._sector_of(h, ctx) is not None \
            and (self.event_noun(h) is None or h.tag_ in ("NNS", "NNPS"))

    def _subordinate_antecedent(self, h, ctx: DocContext, sent, role: str) -> list[Actor]:
        """ "officers escorted demonstrators as they marched": "they", subject of a time clause, is the plural
        object of the clause it hangs on (the nearest antecedent), else that clause's plural subject."""
        verb = h.head
        if h.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("as", "while", "when", "after", "before", "until") for c in verb.children):
            return []
        gov = verb.head
        # an act of force in the time clause is the governing clause's subject's ("gunmen killed six people a day
        # after they opened fire"); anything else, its object's ("escorted demonstrators as they marched")
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        found = self.lex.match_verb(verb.lemma_.lower(), None, obj.lemma_.lower() if obj is not None else None)
        forceful = bool(found) and int(found[0].cameo[:2]) >= 15
        for dep in (("nsubj", "dobj") if forceful else ("dobj", "nsubj")):
            c = next((x for x in gov.children if x.dep_ == dep and x.i < h.i), None)
            if c is None or c.tag_ not in ("NNS", "NNPS") or c.pos_ == "PRON":
                continue
            acts = [a for a in self._resolve_head(c, ctx, sent, role) if a is not None and a.code]
            if acts:
                return [self._linked(a, h, f"pronoun '{h.text}' (the {dep} of '{gov.text}')") for a in acts[:1]]
        return []

    def _sector_of(self, h, ctx) -> Optional[str]:
        """The sector a head noun names on its own ("troops" -> MIL), cached per word."""
        key = h.text
        if key not in self._sector_cache:
            if len(self._sector_cache) > 50_000:
                self._sector_cache.clear()
            a = self.kb.resolve_phrase(h.text, 0, None, ())
            self._sector_cache[key] = a.sector if a is not None else None
        return self._sector_cache[key]

    def _demonym_country(self, phrase, ctx) -> Optional[str]:
        for m in ctx.mentions:
            if phrase.start_char <= m.start and m.end <= phrase.end_char and m.country:
                return m.country
        return None

    @staticmethod
    def _linked(a: Actor, span, why: str) -> Actor:
        from eventwire.knowledge.coref import link
        return link(a, span, why)
