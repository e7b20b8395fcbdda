"""Sides the article makes plain (issue 14, item 2): an act told with no source or no target of its own takes the
missing side from the article's other tellings of the same kind of act, when they leave one answer.

    events = fill_sides(coder, sdoc, events, ctx)    # after borrow_doers (coding/doers.py): events coded and placed

A clause names at most what its own words say ("Raqqa is liberated", "the planned meeting", "Turkey offered training",
"he was killed on Saturday"); the article often names the other side elsewhere ("the Syrian Democratic Forces declared
the total liberation of Raqqa", "Putin will meet Erdoğan in Tehran"). coding/doers.py borrows the doer of an act of
force from the act or weapon its own clause names, or from the acts told together with it or just before it; this
stage reads the whole article, once:

- the index: every event of an act family (data/coding/act_families.tsv: force, coercion, meeting, aid, material
  cooperation) that has a side with a country or a known entity (not a bare sector: "fighters", "civilians"), as
  (family, code, place, source, target, sentence, quote), looked up by family and source, family and target, family
  and place, family and code (the last three grouped by side, so that an event reads a few tellings of each side, not
  the whole article) (not an act told as a claim or a thing imagined: "I imagined jets bombing the camp"). It is
  built once per document, before any side is filled, so no filled side is used again.
- a side is one actor code, except that a state's government, forces, police and the state itself are one side
  ("Russian jets", "Russian aircraft", "Russia"; Syria's rebels are not Syria);
- a missing side is taken only where the index leaves ONE candidate side:
    * target, from the participant: the target of the acts of the same family done by the event's own source, told in
      its own sentence (for a meeting, aid or material help, or in the sentence next to it): "Putin
      is due to discuss ..." after "Putin will meet Erdoğan" -> Erdoğan;
    * source, for a fighter (the doer of acts of force told in two sentences or more) killed with no doer: the one it
      fought, where its enemies and the doers of the force done to it are one side ("Hall fought Isis ... Hall was
      killed" -> Isis); a fighter whose enemy is not plain takes none;
    * source, for a named person or group: the doer of the same kind of act done to the same one ("Cantlie was
      captured", after "Isis captured Cantlie"); for an armed group in an act of force, told in two sentences (a
      side of a war is fought by many: "the US targeted Isis areas" does not make the US the one that expelled Isis);
    * source, from the article (never from an act of its own sentence: joining those is doers.py's): the one side that
      does this kind of act in the whole article, told in two sentences, or the article's main doer of it (told in
      four sentences, three times as often as any other side: the coalition in an article on its airstrikes)
      ("Two hospitals have been bombed" in an article whose only bomber is Russia; for force and custody also
      done to a bare sector: "women and children are being held at camps" where the article tells only the SDF
      holding people, in two sentences);
    * source, from the place: where the article has several, the one side that does it at the place its sentence
      names (a town, not a country, and not one of towns it lists together: "Falluja, Tikrit and Mosul remain broken
      years after Isis was driven out"), told there in two sentences; for an act of force done to people or things
      of the place's own country (civilians, hospitals), where its sentence names no place, the same at the
      article's main town ("six shopkeepers died overnight" in a story on one army's siege of a town, where no
      other side is told attacking there).
  The acts of the event's own code are read first where it is a specific one (the one side that bombs from the air,
  told in two sentences, bombed "seven hospitals").
- never: the event's other side itself (nor, for force, a state's forces for its own forces, nor a target of the
  source's own country); an act in another quote than the event's (a quote tells what its speaker saw; the narrative
  is not the quote's), except that harm told in a quote done to the story's people or places (VICTIMS) takes the
  article's one or main doer of such acts from the narrative (coding/quoted_doers.py `narrative_lends`); an act of another place (both known: another town, or another country) or one told only as
  a plan, unless the event is a plan too; an event told as a claim ("Macron's claim that the jihadists had been beaten":
  complements.tsv `claim`); a side for a slot its clause fills with words the coder could not resolve: a source only
  for a clause with no subject (or an act or weapon as its subject: "civilians were killed when airstrikes hit ..."),
  not for a verb whose doer is the subject of the clause it hangs on ("interested in ousting Assad"), a participle of
  another noun ("areas liberated from Isis") or fighting, both sides' act ("the war displaced millions"); with an act
  or weapon in its clause ("killed in an airstrike"), only an act of that code (or, for the article's one or main
  doer, an unspecific act of force of that root); a target only for a clause with no object phrase; a capture or
  arrest no doer from an act of holding (data/coding/custody_phases.tsv: who holds prisoners may have been handed them).
Each side taken says so: its `why` begins "from the article: ..." with the sentence and the words of the act it was
taken from, and the event's rule ends with "; source from the article: ..." (or target).
"""
from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass, replace
from typing import Optional

from eventwire.coding.lexicon_rows import pattern_word
from eventwire.coding.named_description import describes_body
from eventwire.coding.answered import is_named
from eventwire.coding.doers import SIDES, own_forces   # (the armed or state sectors: one list)
from eventwire.coding.quoted_doers import narrative_lends
from eventwire.coding.tables import coding_table
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.knowledge.place_within import place_key
from eventwire.model import Actor, Event

TOLD = ("asserted", "reported")
PLANNED = ("intent",)
OBJECT_PREPS = frozenset({"to", "on", "against", "with", "of", "at", "into", "through", "upon"})
ENEMY_TOLD = 2                 # sentences that must tell a fighter fighting before its death is its enemy's act
DOMINANT, DOMINANT_TOLD = 3, 4     # the article's main doer of an act: told in 4 sentences, 3 times any other side
NEAR = 1                       # sentences apart within which one telling of a dyad is enough to take its target
NAMED_PLACE = ("clause", "sentence")   # the precisions of a place its own sentence names
STATE = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})   # sectors of a state: one side with it
VICTIMS = frozenset({"CVL", "HLH", "EDU", "REL", "REF", "NGO", "MED"})   # harmed where the story is: no side of its own


@functools.cache
def act_families() -> dict:
    """{CAMEO prefix: (family, sides, object)} from data/coding/act_families.tsv."""
    return {p: (fam, sides, obj) for p, fam, sides, obj, *_ in coding_table("act_families.tsv")}


def family_of(code: str) -> Optional[tuple]:
    fams = act_families()
    for k in range(len(code or ""), 1, -1):
        if code[:k] in fams:
            return fams[code[:k]]
    return None


@dataclass
class Act:
    event: Event
    family: str
    code: str
    place: Optional[str]
    sentence: int
    quote: int


def _place_key(p) -> Optional[str]:
    return place_key(p, ("country", "continent", "region"), demonym=True)    # (a country and a town in it: one place)


class ActIndex:
    """The article's acts of the listed families, indexed once (module doc)."""

    def __init__(self, events: list[Event], quote, sdoc=None):
        self.by_source: dict = {}         # (family, source code) -> {target side: acts}
        self.by_target: dict = {}         # (family, target code) -> {source side: acts}
        self.by_place: dict = {}          # (family, place) -> {side: acts}
        self.by_family: dict = {}         # family -> {side: acts}
        self.by_code: dict = {}           # CAMEO code -> {side: acts}
        self.fighters: set = set()          # codes that are the doer of an act of force in the article
        for e in events:
            fam = family_of(e.cameo or "")
            if fam is None or e.modality not in TOLD + PLANNED:
                continue
            if sdoc is not None and e.trigger_token is not None and e.trigger_token < len(sdoc) \
                    and _claimed(sdoc[e.trigger_token]):
                continue        # ("I imagined jets bombing the camp"): no act the article tells
            a = Act(e, fam[0], e.cameo, _place_key(e.location), e.sentence, quote(e.trigger_start))
            trig = sdoc[e.trigger_token] if sdoc is not None and e.trigger_token is not None \
                and e.trigger_token < len(sdoc) else None
            if is_named(e.source):
                if is_named(e.target):
                    self.by_source.setdefault((a.family, e.source.code), {}).setdefault(
                        side_key(e.target), []).append(a)
                if a.family == "force" and e.modality in TOLD:
                    self.fighters.add(e.source.code)
            if is_named(e.target):
                if is_named(e.source):
                    self.by_target.setdefault((a.family, e.target.code), {}).setdefault(
                        side_key(e.source), []).append(a)
            if a.place is not None and is_named(e.source):
                self.by_place.setdefault((a.family, a.place), {}).setdefault(side_key(e.source), []).append(a)
            if is_named(e.source) and e.modality in TOLD and not (trig is not None and describes_body(trig)):
                # (not what a body is described as known for: "al-Shabaab, a group that has fought the army")
                self.by_family.setdefault(a.family, {}).setdefault(side_key(e.source), []).append(a)
                self.by_code.setdefault(a.code, {}).setdefault(side_key(e.source), []).append(a)
        for table in (self.by_source, self.by_target, self.by_place, self.by_family, self.by_code):
            for sides in table.values():
                for acts in sides.values():
                    acts.sort(key=lambda a: (a.sentence, a.event.trigger_start or 0))


def fill_sides(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a missing source or target taken from the article where it is plain (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    quote = quote_index(ctx)
    index = ActIndex(events, quote, sdoc)
    places_in = getattr(ctx, "places_in", None)
    place = (lambda tok: bool(places_in(tok.idx, tok.idx + len(tok.text)))) if places_in is not None \
        else (lambda tok: tok.ent_type_ in ("GPE", "LOC", "FAC"))
    out = []
    for e in events:
        got = None
        fam = family_of(e.cameo or "")
        if fam is not None and e.modality in TOLD + PLANNED and e.trigger_token is not None \
                and e.trigger_token < len(sdoc) and not _claimed(sdoc[e.trigger_token]):
            family, sides, obj = fam
            if e.source is None and is_named(e.target) or (e.source is None and e.target is not None
                                                         and family in ("force", "coerce")):
                # (an act of force or custody done to a bare sector, "civilians were killed", "women are being held
                # at camps", still has the article's one doer of it)
                if sides in ("source", "both") and _subject_open(coder, sdoc[e.trigger_token], e):
                    got = _source(index, e, family, quote, _named_acts(coder, sdoc[e.trigger_token]),
                                  listed=_place_listed(sdoc, e, place))
            elif e.target is None and is_named(e.source) and sides in ("target", "both") \
                    and _object_open(coder, sdoc[e.trigger_token], obj, place):
                got = _target(index, e, family, quote)
        if got is None:
            out.append(e)
            continue
        side, actor, act, how = got
        where = f"sentence {act.sentence} ('{act.event.trigger_text}')"
        why = f"from the article: {how}, {where}"
        taken = replace(actor, why=f"{why}; " + (actor.why or ""))
        if side == "source":
            new = replace(e, source=taken, rule=e.rule + f"; source from the article: {how}, {where}",
                          counts=list(e.counts))
        else:
            new = replace(e, target=taken, rule=e.rule + f"; target from the article: {how}, {where}",
                          counts=list(e.counts))
        out.append(new)
    return _dedupe(out)


def _dedupe(events: list[Event]) -> list[Event]:
    """A filled event that repeats the dyad of another event at the same words is that event."""
    seen = set()
    for e in events:
        if "from the article" not in e.rule:
            seen.add((e.trigger_start, e.source.code if e.source else None, e.target.code if e.target else None))
    out = []
    for e in events:
        key = (e.trigger_start, e.source.code if e.source else None, e.target.code if e.target else None)
        if "from the article" in e.rule:
            if key in seen:
                continue
            seen.add(key)
        out.append(e)
    return out


def _subject_open(coder, t, e: Event) -> bool:
    """Whether the clause leaves its doer unsaid: no subject, or an act or weapon as its subject (also through a
    relative pronoun: "air raids that killed scores"); not a verb whose
    doer is the subject of the clause it hangs on ("interested in ousting Assad", "fresh from ousting Isis"), nor a
    participle that describes a noun other than its target ("areas liberated from Isis"), nor fighting, both sides'
    act ("the war displaced millions")."""
    if t.pos_ == "VERB" and t.dep_ in ("pcomp", "xcomp", "advcl") and t.tag_ in ("VBG", "VB"):
        return False
    if t.dep_ == "acl" and not (e.target is not None and e.target.start is not None
                                and t.head.left_edge.idx <= e.target.start <= t.head.idx):
        return False            # ("areas liberated from Isis"; not "four fighters killed on the front line")
    mutual = coder.attack_cues.get("mutual", frozenset())
    if t.lemma_.lower() in mutual or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "prep") and
                                         (c.lemma_.lower() in mutual or any(g.dep_ == "pobj" and g.lemma_.lower()
                                                                             in mutual for g in c.children))
                                         for c in t.children):
        return False
    if "subject by none" in e.rule:
        return True
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "agent")), None)
    if subj is not None and subj.dep_ == "agent":
        subj = next((g for g in subj.children if g.dep_ == "pobj"), None)
    if subj is not None and subj.lower_ in ("that", "which") and t.dep_ == "relcl":
        subj = t.head           # ("shells that wounded five": the shells, a weapon, did it)
        if subj.lemma_.lower() in mutual:
            return False        # ("a war that has killed thousands": both sides' act)
    return subj is not None and subj.pos_ == "NOUN" and (coder._violent_agent(subj) or coder._projectile(subj))


def _claimed(t) -> bool:
    """Whether an act is told as what someone claimed or argued happened: in the "that" clause of a `claim` verb or
    noun of data/coding/complements.tsv ("Macron's claim that the jihadists had been beaten", "argued that Isis was
    defeated"). Its other side is the claim's, not one the article's other acts make plain."""
    from eventwire.coding.modality import words
    verbs, nouns = words().get(("V", "claim"), frozenset()), words().get(("N", "claim"), frozenset())
    for x in [t] + list(t.ancestors):
        if x.dep_ in ("ccomp", "acl", "xcomp") and x.head.lemma_.lower() in (nouns if x.head.pos_ == "NOUN" else verbs):
            return True
    return False


def _object_open(coder, t, kind: str = "any", place=lambda tok: False, skip=lambda tok: False) -> bool:
    """Whether the clause leaves who it was done to unsaid (`kind`: data/coding/act_families.tsv `object`): no object,
    passive subject or "to/on/against/at/into/with/of" phrase (an act or weapon there is none: "launched airstrikes"),
    nor, for a participle, the noun it describes ("a bomb planted by Isis")."""
    if t.dep_ == "acl":
        return False            # a participle describes its noun ("a bomb planted by Isis"): who it hit is not said
    heads = [t] + [c for c in t.children if c.dep_ == "conj" and c.pos_ == t.pos_]     # ("shot and wounded X")
    heads += [c for h in heads for c in h.children if c.dep_ == "xcomp"]
    slots = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    slots += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
              for g in c.children if g.dep_ == "pobj"]
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
        slots.append(t.head)    # ("the men who were captured": the noun its clause is about)
    for s in slots:
        if skip(s):
            continue            # (for coding/foes.py: a time, "retreated on Thursday")
        if kind == "party" and not ((s.pos_ in ("PROPN", "PRON") and not place(s)) or s.head.lower_ == "with"):
            continue            # ("discuss the future of Idlib", "discuss Idlib": a topic, not a counterpart)
        if s.pos_ == "NOUN" and (coder._violent_agent(s) or coder._projectile(s) or coder.event_noun(s)):
            continue            # an act or weapon ("launched airstrikes"), not who it was done to
        return False
    return True


@functools.cache
def custody_phases() -> dict:
    """{pattern word: 'start' | 'state'} from data/coding/custody_phases.tsv."""
    return {w: phase for w, phase, *_ in coding_table("custody_phases.tsv")}


def _phase(pattern: Optional[str]) -> Optional[str]:
    """The custody phase of an event's lexicon pattern ("173.capture-person": start; "173.n-custody": state)."""
    return custody_phases().get(pattern_word(pattern))


def _usable(e: Event, act: Act, quote, wide: bool = False) -> bool:
    if act.event is e or act.event.trigger_start == e.trigger_start:
        return False
    if _phase(e.pattern) == "start" and _phase(act.event.pattern) == "state":
        return False            # who holds prisoners may have been handed them: no captor (custody_phases.tsv)
    if act.quote != quote(e.trigger_start) and not (wide and narrative_lends(e, act.quote, quote)):
        return False            # a quote's acts are its speaker's telling; a quote tells what its speaker saw (but
        #                         harm to the story's people in a quote has the article's one doer: quoted_doers.py)
    here = _place_key(e.location)
    if here is not None and act.place is not None and here != act.place:
        return False
    there = act.event.location
    if e.location is not None and there is not None and e.location.country and there.country \
            and e.location.country != there.country and e.location.precision in NAMED_PLACE \
            and there.precision in NAMED_PLACE:
        return False            # (another country its sentence names: "the fight against the Taliban" in Afghanistan;
                                # the article's main place is a guess, no place its sentence names)
    if act.event.modality not in TOLD and e.modality not in PLANNED:
        return False
    return True


def side_key(a: Actor) -> str:
    """One side of the article's acts: a state's government, forces, police and the state itself are one side
    ("Russian jets", "Russian aircraft", "Russia"); any other actor is its code (Syria's rebels are not Syria)."""
    if a.country and (a.sector or "GOV") in STATE:
        return a.country
    return a.code


def _one(cands: list, e: Event, support: int = 1, near: Optional[int] = None,
         own_support: int = 2, others: bool = False, dominant: bool = False) -> Optional[tuple]:
    """The one candidate side (side_key) of (actor, act) pairs, read first among the acts of the event's own code
    where it is a specific one (the one side that does airstrikes in the article); the nearest telling of it gives
    the actor. Among the acts of the family, the side must be told in `support` sentences, or (`near`) in one within
    `near` sentences of the event. An act of the event's own sentence competes but gives a side only where `others`
    (a target told with the act). With `dominant`, a side told DOMINANT times as often as any other (and in
    DOMINANT_TOLD sentences) is the one side of the family's acts: the article's main conflict act."""
    own = [c for c in cands if c[1].code == e.cameo] if len(e.cameo) > 2 and e.cameo[2] != "0" else []
    for pool, need in ((own, own_support), (cands, support)):
        keys = {side_key(a) for a, _ in pool}
        if len(keys) > 1 and dominant and pool is cands:
            # the article's main conflict: one side tells DOMINANT times as many of these acts as any other
            told = sorted(((len({c[1].sentence for c in pool if side_key(c[0]) == k}), k) for k in keys), reverse=True)
            if told[0][0] >= DOMINANT_TOLD and told[0][0] >= DOMINANT * told[1][0]:
                pool, keys = [c for c in pool if side_key(c[0]) == told[0][1]], {told[0][1]}
        if len(keys) > 1:
            return None
        if len(keys) == 1:
            if not others:
                # (an act of its own sentence is doers.py's to join with it, told together; one it did not join is
                # another act: "X was shot in 2003, while Y was shot by a former mayor"; it still competes)
                pool = [c for c in pool if c[1].sentence != e.sentence]
                if not pool:
                    return None
            told = {c[1].sentence for c in pool}
            best = min(pool, key=lambda c: (abs(c[1].sentence - e.sentence), c[1].sentence > e.sentence))
            if len(told) >= need or (near is not None and abs(best[1].sentence - e.sentence) <= near):
                return best
    return None


def _not_self(a: Actor, other: Optional[Actor]) -> bool:
    if other is None:
        return True
    if a.code == other.code or (a.entity and a.entity == other.entity):
        return False
    return True


def _same_one(a: Actor, b: Actor) -> bool:
    """Whether two actors of one code are the same one: the same known entity, or people of the same surname."""
    if a.entity or b.entity:
        return a.entity == b.entity
    return a.kind == b.kind == "person" and bool(a.text) and bool(b.text) \
        and a.text.split()[-1].lower() == b.text.split()[-1].lower()


def _armed(a: Optional[Actor]) -> bool:
    """A side that fights: an armed or state sector, or a state."""
    return a is not None and (a.sector in SIDES or (bool(a.country) and not a.sector))


def _target(index: ActIndex, e: Event, family: str, quote) -> Optional[tuple]:
    """The one the event's source did the same kind of act to, told in its sentence or (not force) the next."""
    s = e.source
    cands = _tellings(index.by_source.get((family, s.code), {}), e,
                      lambda d, a: _usable(e, a, quote) and _not_self(d, s)
                      and not (family == "force" and s.country and d.country == s.country), target=True)
    # (an act of force: told in its own sentence; another kind: in its sentence or the one next to it)
    got = _one(cands, e, support=99, near=0 if family == "force" else NEAR, own_support=99, others=True)
    if got is None:
        return None
    actor, act = got
    return "target", actor, act, f"the one '{s.text}' did the same kind of act to"


def _named_acts(coder, t) -> frozenset:
    """The CAMEO codes of the acts or weapons its clause names as what it was done by or in ("killed in an
    airstrike": 195); the act taken from the article must be of one of them."""
    from eventwire.coding.context import agent_codes
    from eventwire.coding.doers import FORCE, _act_nouns
    out = set()
    for n, known, _ in _act_nouns(coder, t):
        if not known or n.i == t.i:
            continue
        code = agent_codes().get(n.lemma_.lower())
        if code is None and (lemma := coder.event_noun(n)) is not None:
            code = next((x.cameo for x in coder.lex.match_noun(lemma, frozenset()) if x.cameo[:2] in FORCE), None)
        out.add(code or "19")
    return frozenset(out)


def _of_named(code: str, named: frozenset, generic: bool = False) -> bool:
    """Whether an act's code may be that of an act its clause names: the same code or a more specific one, or, with
    `generic`, a code of the same root where one of them is the root's generic code ("190": force of some kind may
    be the airstrikes, 195, its clause names)."""
    return any(code.startswith(c) or (generic and code[:2] == c[:2] and "0" in (c[2:3], code[2:3])) for c in named)


def _place_listed(sdoc, e: Event, place) -> bool:
    """Whether the event's place is one of places its sentence lists together ("Falluja, Tikrit, Ramadi and Mosul
    remain broken years after Isis was driven out"): the act was done at each of them, by whoever did it there, and
    the doer of the acts at one of them is not plain for all."""
    loc = e.location
    if loc is None or loc.start is None or loc.end is None:
        return False
    span = sdoc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return (root.dep_ == "conj" and place(root.head)) or any(c.dep_ == "conj" and place(c) for c in root.children)


def _source(index: ActIndex, e: Event, family: str, quote, named: frozenset = frozenset(),
            listed: bool = False) -> Optional[tuple]:
    if named:
        # (the act its clause names: "killed in an airstrike" takes no doer of a capture told elsewhere; among the
        # article's acts of one side, its unspecific acts of force may be those airstrikes)
        return _source_of(index, e, family, quote,
                          lambda e, a, quote: _usable(e, a, quote) and _of_named(a.code, named),
                          lambda e, a, quote: _usable(e, a, quote, True) and _of_named(a.code, named, generic=True),
                          listed)
    return _source_of(index, e, family, quote, _usable, lambda e, a, quote: _usable(e, a, quote, True), listed)


def _source_of(index: ActIndex, e: Event, family: str, quote, usable, usable_wide,
               listed: bool = False) -> Optional[tuple]:
    t = e.target
    # (the doer of violence or coercion is a side that can do it: a state or an armed group, not "civilians" or
    # "activists" the coder read as a subject)
    fit = (lambda d: is_named(d) and _not_self(d, t) and not (family == "force" and own_forces(d, t))
           and (family not in ("force", "coerce") or _armed(d)))
    ok = (lambda d, a: fit(d) and usable(e, a, quote))
    ok_wide = (lambda d, a: fit(d) and usable_wide(e, a, quote))
    if is_named(t):
        if family == "force" and (_armed(t) or t.kind == "person") and t.code in index.fighters \
                and (not t.entity or t.kind == "person"):
            # (a person who fought, a volunteer of one country (GBRCVL) as much as a soldier)
            # the one a fighter (a person or a state's side, not an organisation every side fights: "Isis was
            # defeated") fought, told at least twice ("Hall fought Isis ... Hall was killed"), with the doers of the
            # acts of force done to it
            fought = _tellings(index.by_source.get((family, t.code), {}), e,
                               lambda d, a: _armed(d) and a.event.modality in TOLD and ok(d, a), target=True)
            cands = fought + _tellings(index.by_target.get((family, t.code), {}), e, ok)
            got = _one(cands, e) if len({a.sentence for _, a in fought}) >= ENEMY_TOLD else None
            if got is not None:
                return ("source", got[0], got[1], f"the one '{t.text}' fought"
                        if got[1].event.source is not None and got[1].event.source.code == t.code
                        else f"the doer of the same kind of act to '{t.text}'")
            if _armed(t):
                return None     # a side of the article's fighting with no enemy plain: whose act it is is not said
            #                     (a private person: as any named person, below)
        if t.entity or t.kind == "person":
            # a named person or group: the one who did the same kind of act to them
            cands = _tellings(index.by_target.get((family, t.code), {}), e,
                              lambda d, a: ok(d, a) and _same_one(a.event.target, t))
            # (a group that is a side of the fighting is fought by many: one telling of one doer's act against it
            # is no answer; told in two sentences, it is: "the SDF captured Isis's last stronghold ... Isis fighters
            # were killed")
            got = _one(cands, e, support=2 if family == "force" and _armed(t) and t.kind != "person" else 1)
            if got is not None:
                return "source", got[0], got[1], f"the doer of the same kind of act to '{t.text}'"
            if cands:
                return None
    # the one doer of the article's acts of this kind
    cands = _tellings(index.by_family.get(family, {}), e, ok_wide, enough=DOMINANT_TOLD)
    seen = {id(a) for _, a in cands}
    cands += [c for c in _tellings(index.by_code.get(e.cameo, {}), e, ok_wide) if id(c[1]) not in seen]
    got = _one(cands, e, support=2, dominant=True)
    if got is not None:
        mine = [c for c in cands if side_key(c[0]) == side_key(got[0])]
        if len({side_key(d) for d, _ in cands}) > 1:
            return "source", got[0], got[1], (f"the main doer of the article's acts of this kind ({_told(mine, e)}, "
                                              f"three times as often as any other side)")
        return "source", got[0], got[1], f"the one doer of the article's acts of this kind ({_told(mine, e)})"
    if len({side_key(d) for d, _ in cands}) <= 1:
        return None
    # the one doer of this kind of act at the place its sentence names
    here = _place_key(e.location)
    if here is None or listed or e.location.precision not in NAMED_PLACE and not _story_place(e, family):
        return None             # (the article's main place is a link only for harm told at it to its own people;
        #                         not one of several places listed together)
    cands = _tellings(index.by_place.get((family, here), {}), e,
                      lambda d, a: a.event.location.precision in NAMED_PLACE and ok(d, a))
    got = _one(cands, e, support=2)
    if got is None:
        return None
    story = "" if e.location.precision in NAMED_PLACE else ", the article's place"
    return "source", got[0], got[1], (f"the one doer of this kind of act in {e.location.name or e.location.text}"
                                      f"{story} ({_told(cands, e)})")


def _story_place(e: Event, family: str) -> bool:
    """The article's main town, where the event's sentence names no place, for an act of force done there to people
    or things of its own country ("six shopkeepers died overnight" in a story on one army's siege of a town)."""
    t = e.target
    return family == "force" and e.location.precision == "article" and t is not None and t.country is not None \
        and t.country == e.location.country and (t.sector or "") in VICTIMS


def _tellings(sides: dict, e: Event, ok, enough: int = 3, target: bool = False) -> list:
    """(actor, act) pairs of each side of an index group ({side: acts}) that `ok` accepts (the actor: each act's
    source, or its target): for each side, its first tellings, up to `enough` sentences other than the event's own,
    so that an event reads a few acts per side, not the whole article."""
    out = []
    for acts in sides.values():
        told, seen = set(), set()
        # (the acts in the sentences next to the event's, found by bisection: acts are indexed in document order)
        lo = bisect.bisect_left(acts, e.sentence - NEAR, key=lambda a: a.sentence)
        hi = bisect.bisect_right(acts, e.sentence + NEAR, key=lambda a: a.sentence)
        for a in itertools.chain(acts[lo:hi], acts):
            if len(told) >= enough:
                break
            if id(a) in seen:
                continue
            seen.add(id(a))
            d = a.event.target if target else a.event.source
            if ok(d, a):
                out.append((d, a))
                if a.sentence != e.sentence:
                    told.add(a.sentence)
    return out


def _told(cands: list, e: Event) -> str:
    n = len({a.sentence for _, a in cands if a.sentence != e.sentence})
    return f"told in {n} sentence{'s' if n > 1 else ''}" if n < 3 else "told in 3 sentences or more"
