"""Incidents: one act of violence or coercion told in several clauses or sentences of an article is one incident.

A researcher sums tolls and counts events per place and period; an article that says "aircraft bombed a market,
killing 12 ... The dead included four children ... The toll from the market strike rose to 15" tells one incident
with one toll (15), not three. This stage runs after the events of a document are coded, placed and dated, and
after counts are attached to them (pipeline.attach_counts). It:

- groups the document's material-conflict events (protest, force posture, reduced relations, and acts of force:
  coercion, assault, fight, mass violence) into incidents, each link with its reason:
    * the same kind of act in the same sentence by the same doer (or with no doer on one side), told together
      (not one in a clause of what was said or of another time): "raided the camp and arrested 15", "struck the
      city, killing 20", not "killed four soldiers weeks after Trump said the group was defeated";
    * a later definite mention of an act ("the attack", "this strike", "the strikes also destroyed a school",
      "the attackers also wounded two", "were killed in the strike", "the incident, in which seven were killed")
      whose doer does not disagree: the latest compatible incident of the five sentences before (its victims may
      be new ones);
    * the same source, target and place as an earlier incident's act;
  two acts are never one incident when their places (both known) or their days (both given by the text) differ;
- gives each incident its tolls, counted once: per event, the counts of one type are summed (different victims
  of one act: "killed five soldiers and three civilians"); over the events and toll sentences of an incident the
  largest figure is kept (later mentions repeat or update the toll, they do not add to it). A count in a
  sentence with no act ("The dead included four children", "the toll rose to 15") joins the incident of the
  five sentences before it that shares the most words with it (the latest on a tie).

Every event of an incident carries its id (``Event.incident``); ``Result.incidents`` lists them.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Optional

from eventwire.coding.toll_acts import takes_toll
from eventwire.model import Count, Event, Place
from eventwire.knowledge.place_within import one_ground, place_key

TOLL_TYPES = ("killed", "injured")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_FAMILY = {"14": "protest", "15": "posture", "16": "relations", "17": "force",
           "18": "force", "19": "force", "20": "force"}
_STOP = frozenset("the a an of in on at to for from by with and or but was were is are be been has have had it its "
                  "this that these those they their he she his her said says say after before over under into than "
                  "as least more about up people".split())
ACT_PREPS = frozenset({"in", "during", "by"})
BACK = 5          # sentences a toll without an act may look back for its incident


@dataclass
class Incident:
    id: str
    kind: str                              # protest, posture, relations, force (coercion, assault, fight, mass violence)
    events: list[int] = field(default_factory=list)      # indexes into Result.events
    why: list[str] = field(default_factory=list)         # how each event (in order) and each toll joined it
    sentences: list[int] = field(default_factory=list)
    place: Optional[Place] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    source: Optional[str] = None
    target: Optional[str] = None
    tolls: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "events": list(self.events), "sentences": sorted(set(self.sentences)),
                "location": self.place.to_dict() if self.place else None, "date": self.date,
                "date_precision": self.date_precision, "source": self.source, "target": self.target,
                "killed": self.tolls.get("killed"), "injured": self.tolls.get("injured"),
                "tolls": dict(self.tolls), "why": list(self.why)}


def _code(actor) -> Optional[str]:
    return actor.code if actor is not None and actor.code else None


def _place_key(p: Optional[Place]):
    return place_key(p)


def _same_ground(inc: Incident, e: Event) -> bool:
    """Two different places that are still one ground: a country and a town in it; across sentences, a town and the
    province the gazetteer puts it in (knowledge/place_within.py)."""
    p, q = inc.place, e.location
    if p.feature == "country" or q.feature == "country":
        return not (p.country and q.country and p.country != q.country)
    return e.sentence not in inc.sentences and one_ground(p, q)


def _compatible(inc: Incident, e: Event, story_date: Optional[str]) -> bool:
    if _FAMILY.get(e.cameo[:2]) != inc.kind:
        return False
    a, b = _place_key(inc.place), _place_key(e.location)
    if a is not None and b is not None and a != b and not _same_ground(inc, e):
        return False
    # an event with no date of its own carries the story's: only two dates the text gives can disagree
    if inc.date and e.date and inc.date_precision == "day" and e.date_precision == "day" and inc.date != e.date \
            and story_date not in (inc.date, e.date):
        return False
    return True


def _definite(sdoc, e: Event, act_noun) -> Optional[str]:
    """The definite noun phrase by which an act is told as one the reader already knows: the trigger itself ("the
    attack", "this strike") or an act or weapon noun as its subject or agent ("the strikes also destroyed a
    school", "the blast also wounded two"); None when there is none ("the government", "the town" are no acts)."""
    ti = e.trigger_token
    if sdoc is None or ti is None or ti >= len(sdoc):
        return None
    t = sdoc[ti]
    heads = [t] if t.pos_ == "NOUN" else []
    heads += [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and act_noun(c)]
    heads += [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" and act_noun(g)]
    # "were killed in the strike", "died during the raid": the act in its phrase
    heads += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ACT_PREPS for g in c.children
              if g.dep_ == "pobj" and act_noun(g)]
    if t.dep_ == "relcl" and act_noun(t.head):          # "the incident, in which seven guards were killed"
        heads.append(t.head)
    for h in heads:
        if h.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in h.children):
            det = next(c for c in h.children if c.dep_ == "det" and c.lower_ in DEFINITE)
            return f"{det.text} {h.text}"
    return None


_APART = ("ccomp", "parataxis", "csubj")


def _path_ok(tok, stop) -> bool:
    """Whether the way up from tok to its ancestor stop stays inside one telling of one act: no clause of what was
    said or thought ("after Trump said the group was defeated") and no clause of another time ("after", "before",
    "since", "when" + clause)."""
    while tok.i != stop.i:
        if tok.dep_ in _APART or (tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children)):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _joined(sdoc, e: Event, others: list[Event]) -> bool:
    """Whether an act of a sentence is told together with one of ``others`` of the same sentence: their triggers
    meet in the parse without passing through a reported or a time clause ("bombed a market, killing 12",
    "raided the camp and arrested 15", "US attacks have targeted areas")."""
    if sdoc is None or e.trigger_token is None:
        return True
    a = sdoc[e.trigger_token]
    up_a = [a] + list(a.ancestors)
    for o in others:
        if o.sentence != e.sentence or o.trigger_token is None:
            continue
        b = sdoc[o.trigger_token]
        ids_b = {b.i} | {x.i for x in b.ancestors}
        lca = next((x for x in up_a if x.i in ids_b), None)
        if lca is not None and _path_ok(a, lca) and _path_ok(b, lca):
            return True
    return False


def _words(text: str) -> set[str]:
    return {w for w in (x.strip(".,;:'\"()“”‘’").lower() for x in (text or "").split()) if len(w) > 2 and w not in _STOP
            and not w.isdigit()}


def _event_tolls(e: Event) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in e.counts:
        if c.type in TOLL_TYPES and c.value:
            out[c.type] = out.get(c.type, 0) + int(c.value)
    return out


def _add(inc: Incident, i: int, e: Event, why: str, story_date: Optional[str]) -> None:
    inc.events.append(i)
    inc.why.append(why)
    inc.sentences.append(e.sentence)
    if inc.place is None or (inc.place.feature == "country" and e.location is not None and e.location.feature != "country"):
        inc.place = e.location if e.location is not None else inc.place
    if e.date and (inc.date is None or inc.date == story_date
                   or (inc.date_precision != "day" and e.date_precision == "day")):
        inc.date, inc.date_precision = e.date, e.date_precision
    inc.source = inc.source or _code(e.source)
    inc.target = inc.target or _code(e.target)
    for k, v in _event_tolls(e).items():
        if v > inc.tolls.get(k, 0):
            inc.tolls[k] = v
    e.incident = inc.id


def link_incidents(sdoc, events: list[Event], counts: list[Count], sentence_texts: Optional[list[str]] = None,
                   story_date: Optional[str] = None, act_noun=None) -> list[Incident]:
    """Group ``events`` (in document order) into incidents, set ``Event.incident`` and return the incidents.
    ``act_noun(token)``: whether a noun names an act or a weapon (the coder's lexicon); none: no noun does."""
    act_noun = act_noun or (lambda tok: False)
    incidents: list[Incident] = []
    order = sorted((i for i, e in enumerate(events) if _FAMILY.get((e.cameo or "")[:2])),
                   key=lambda i: (events[i].sentence, events[i].trigger_start))
    # events come in sentence order, so an incident's last sentence is its latest; its events by sentence are kept
    # aside, so that a long record (thousands of acts in one incident) is not read again for each new act
    told: dict[str, dict[int, list[Event]]] = {}
    # an act can only join an incident told in its own sentence or the BACK before it, or one with its own source,
    # target and place: those are indexed (by the sentence of each act added, and by (source, target, place) as
    # an incident's are set), so that a document of thousands of acts does not try every incident for each act
    recent: deque = deque()                       # (sentence, incident number) of each act added, oldest first
    by_dyad: dict[tuple, list[int]] = {}          # (source, target, place key) -> incident numbers, ascending
    dyad_of: dict[int, tuple] = {}
    for i in order:
        e = events[i]
        src, tgt, here = _code(e.source), _code(e.target), _place_key(e.location)
        while recent and recent[0][0] < e.sentence - BACK:
            recent.popleft()
        near = {k for _, k in recent}
        if src and tgt and here:
            near.update(by_dyad.get((src, tgt, here), ()))
        found, why = None, ""
        # the same incidents, latest first, as a pass over all of them would try: any other one fails all three tests
        for inc in (incidents[k] for k in sorted(near, reverse=True)):
            if not _compatible(inc, e, story_date):
                continue
            same_doer = src is None or inc.source is None or src == inc.source
            latest = inc.sentences[-1]
            if latest == e.sentence and same_doer and _joined(sdoc, e, told[inc.id][e.sentence]):
                found, why = inc, "the same act told again in its sentence"
            elif same_doer and 0 < e.sentence - latest <= BACK and (back := _definite(sdoc, e, act_noun)):
                found, why = inc, f"'{back}' refers back to it"
            elif src and tgt and here and src == inc.source and tgt == inc.target and here == _place_key(inc.place):
                found, why = inc, "the same actors and place"
            if found is not None:
                break
        if found is None:
            found = Incident(id=f"i{len(incidents) + 1}", kind=_FAMILY[e.cameo[:2]])
            incidents.append(found)
            why = "first mention"
            k = len(incidents) - 1
        else:
            k = int(found.id[1:]) - 1
        _add(found, i, e, why, story_date)
        told.setdefault(found.id, {}).setdefault(e.sentence, []).append(e)
        recent.append((e.sentence, k))
        dyad = (found.source, found.target, _place_key(found.place))
        if dyad_of.get(k) != dyad and all(dyad):
            dyad_of[k] = dyad
            by_dyad.setdefault(dyad, []).append(k)
    if incidents and counts:
        _tolls_without_act(incidents, events, counts, sentence_texts)
    return incidents


def _tolls_without_act(incidents: list[Incident], events: list[Event], counts: list[Count],
                       sentence_texts: Optional[list[str]]) -> None:
    attached = {id(c) for e in events for c in e.counts}
    # (a sentence whose acts take no toll, an arrest beside a shooting no act was coded for, is read as a sentence
    # with no act: coding/toll_acts.py)
    act_sentences = {events[i].sentence for inc in incidents for i in inc.events if takes_toll(events[i].cameo)}
    # the incidents of the force family told in each sentence (kept up to date as tolls join them), and the words of
    # each sentence read once: a document of many tolls and incidents is not read again for each toll
    force_at: dict[int, set[int]] = {}
    beside: dict[int, list[int]] = {}     # sentence -> the incidents of its acts that take no toll (arrests ...)
    for k, inc in enumerate(incidents):
        if inc.kind == "force" and any(takes_toll(events[i].cameo) for i in inc.events):
            for s in inc.sentences:
                force_at.setdefault(s, set()).add(k)
        elif inc.kind == "force":
            for s in inc.sentences:
                beside.setdefault(s, []).append(k)
    sent_words: dict[int, set[str]] = {}

    def words_of(s: int) -> set[str]:
        if s not in sent_words:
            sent_words[s] = _words(sentence_texts[s])
        return sent_words[s]

    for c in counts:
        if c.type not in TOLL_TYPES or id(c) in attached or c.sentence is None or c.sentence in act_sentences \
                or not c.value:
            continue
        near: set[int] = set()
        # (a toll told beside an arrest may be of a harm told in the sentences after it too: "police arrested a man
        # after a shooting left one dead ... the suspect fired at two men, killing one")
        ahead = BACK if c.sentence in beside else 0
        for s in range(c.sentence - BACK, c.sentence + ahead + 1):
            if s != c.sentence:
                near |= force_at.get(s, set())
        cands = sorted(near)                 # (in the incidents' order, as a pass over all of them would find them)
        if not cands:
            cands = beside.get(c.sentence, [])[:1]     # no harm told near: the arrest's incident keeps the toll
        if not cands:
            continue
        words = _words(sentence_texts[c.sentence]) if sentence_texts and c.sentence < len(sentence_texts) else set()

        def overlap(inc: Incident) -> int:
            if not words or not sentence_texts:
                return 0
            return sum(len(words & words_of(s)) for s in set(inc.sentences) if s < len(sentence_texts))

        best_k = max(cands, key=lambda k: (overlap(incidents[k]), max(incidents[k].sentences)))
        best = incidents[best_k]
        if c.value > best.tolls.get(c.type, 0):
            best.tolls[c.type] = int(c.value)
        best.sentences.append(c.sentence)
        if best_k in near:
            force_at.setdefault(c.sentence, set()).add(best_k)
        best.why.append(f"toll '{c.text}' in sentence {c.sentence} read as this incident's")
