"""Doers given in another sentence (issue 14 item 2, event coreference by the victim): an act of force told with no
doer ("Lopez was killed while evacuating the wounded", "nine civilians were killed in Saraqib") takes the doer of an
earlier act the article told, with its doer, against the same victim.

    events = victim_doers(sdoc, events, ctx)     # late: after retold_doers and the other doer stages

coding/doers.py borrows a doer from the act its own clause names or from the sentences just before (BACK_TOLL);
coding/sides.py gives the article's one doer of a kind of act told in two sentences or more. A death told again
further on, with nothing in between that names its doer, is missed by both; the article's first telling names the
doer once ("Maria Lopez was killed by a Turkish missile" ... four sentences on, "Lopez was killed while ..."). This
stage keeps an index of the article's acts, each with its doer, victim and place (acts of force, roots 18-20, told
as done, with a doer the article gave: not one inferred from other acts), and gives an act with none the doer of an
earlier act of the index done to the SAME victim:

- the same person: the victim is a person named in both (the same name, or one name the other's surname: "Maria
  Lopez" ... "Lopez"; a name in apposition with the earlier victim counts: "Ahmed Darwish, a Syrian journalist"),
  by an act of force of the same custody phase (a capture lends no doer to a shooting: custody_phases.tsv);
- the same place and kind: victims of no armed side (civilians, hospitals, a town: their country, or else the
  place's, and their sector the same) at the same town (place_within.place_key, not a country), by an act of the
  same CAMEO root; the earlier act's town is one its own clause or sentence names, the event's may also be the
  story's town where its sentence names none ("There have been up to 500 civilians killed.").

The event: a doerless act of force (doers.doerless_force) whose clause has no subject the coder could not resolve (a
passive or clause with no subject, or an act noun with no doer of its own: the rule says "subject by none" or codes
an event noun with no agent or modifier). Never: where the earlier acts against that victim were done by two sides
(which one is meant is not plain), or the name is the surname of two people named before; where the doer is the
victim's own side (doers.own_forces, side_key) or the victim; an earlier act in another quotation than the event's
(the narrative lends to a quotation, a quotation to nothing outside it); an act denied, planned or imagined (only
asserted or reported acts are read); the event's own sentence (doers.py reads it). The source's `why` begins "the
doer of the act against the same victim told in sentence N ..." and the rule ends with "; implicit agent (same
victim before): ...".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.doers import FORCE, SIDES, TOLD, doerless_force, own_forces
from eventwire.coding.sides import _phase, side_key
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.knowledge.place_within import place_key
from eventwire.model import Actor, Event

OWN_PLACE = frozenset({"clause", "sentence"})        # a place the act's own words name (not the article's focus)
TOLL_PLACE = OWN_PLACE | {"article", "dateline"}    # a toll whose sentence names no place: the story's town
# doers a stage inferred from other acts (sides.py, retold_doers.py, this stage): not a first telling to lend from
INFERRED = ("from the article", "act told again", "the doer of the act against the same victim")
NOUN_AGENT = ("with actor modifier", "with its agent")


def _names(sdoc, a: Optional[Actor]) -> frozenset:
    """The person an actor names, as lower-case names: its own name where it is a person, and the name of a person
    its mention stands in apposition with ("Ahmed Darwish, a local journalist": the journalist is Ahmed Darwish)."""
    if a is None:
        return frozenset()
    name = (a.name or "").strip().lower()
    # (its own words name it: "Lopez" for Maria Lopez; not "British", a person of the United Kingdom)
    out = {name} if a.kind == "person" and name and name.split()[-1] in (a.text or "").lower().split() else set()
    span = sdoc.char_span(a.start, a.end, alignment_mode="expand") if a.start is not None and a.end is not None \
        else None
    if span is not None and len(span):
        root = span.root
        near = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        for tok in near:
            if tok.ent_type_ == "PERSON":
                ent = next((x for x in sdoc.ents if x.start <= tok.i < x.end), None)
                if ent is not None:
                    out.add(ent.text.strip().lower())
    return frozenset(out)


def _same_person(sdoc, a: Actor, b: Actor) -> bool:
    """Whether two victims are one person: the same known entity, the same name, or one name the other's surname
    ("Maria Lopez" ... "Lopez")."""
    if a.kind == "person" and b.kind == "person" and a.entity and a.entity == b.entity:
        return True
    for na in _names(sdoc, a):
        for nb in _names(sdoc, b):
            wa, wb = na.split(), nb.split()
            if na == nb or (wa and wb and (len(wa) == 1 or len(wb) == 1) and wa[-1] == wb[-1]):
                return True
    return False


def two_people(sdoc, victims) -> bool:
    """Whether the victims matched by name are of two full names ("Shamima Begum", "Sharmeena Begum" ... "Begum"):
    which one a surname means is not plain."""
    full = {n for a in victims for n in _names(sdoc, a) if " " in n}
    return len(full) > 1


def _open(e: Event) -> bool:
    """Whether the event's clause left its doer open: no subject, or an act noun naming none."""
    rule = e.rule or ""
    if "subject by none" in rule:
        return True
    head = rule.split(";")[0]
    return head.startswith("event noun") and not any(w in head for w in NOUN_AGENT)


def _lender(x: Event) -> bool:
    """Whether event x is a first telling of an act with the doer the article gave it."""
    return x.source is not None and bool(x.source.code) and x.target is not None and (x.cameo or "")[:2] in FORCE \
        and x.modality in TOLD and not (x.source.why or "").startswith(INFERRED)


def _own_place(e: Event, kinds=OWN_PLACE) -> Optional[str]:
    """The town (not a country) of the event's place, where its precision is one of `kinds`."""
    p = e.location
    if p is None or p.precision not in kinds:
        return None
    return place_key(p, ("country",))


def _bystanders(e: Event) -> Optional[tuple]:
    """(country, sector) of an act's victims where they are people or things that are no armed side (civilians,
    hospitals, a town), of their own country or else the country of the act's place; None for an armed side or group,
    which is fought by many ("ousting Isis from Raqqa" after "the Pentagon's drive to oust Isis")."""
    t = e.target
    country = t.country or (e.location.country if e.location is not None else None)
    if not country or t.sector in SIDES or t.kind in ("group", "igo", "party") \
            or (t.code or "").startswith(("IMG", "IGO", "NGO")):
        return None
    return country, t.sector


def victim_doers(sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a doerless act of force taking the doer of an earlier act against the same victim (module
    doc)."""
    if sdoc is None or not events:
        return events
    acts = [x for x in events if _lender(x)]
    if not acts:
        return events
    quote = quote_index(ctx)
    out: list[Event] = []
    for e in events:
        got = None
        if doerless_force(e, sdoc) and _open(e):
            got = _earlier_doer(sdoc, e, acts, quote)
        if got is None:
            out.append(e)
            continue
        doer, why = got
        src = replace(doer, why=f"the doer of the act against the same victim told in {why}; " + (doer.why or ""))
        out.append(replace(e, source=src, rule=e.rule + f"; implicit agent (same victim before): {why}",
                           counts=list(e.counts)))
    return out


def _earlier_doer(sdoc, e: Event, acts: list, quote):
    """(doer, why) of the earlier acts against the same victim as `e`, where they name one side; else None."""
    here = quote(e.trigger_start)
    victim = side_key(e.target)
    hurt = _bystanders(e)
    place = _own_place(e, TOLL_PLACE) if hurt is not None and not _names(sdoc, e.target) else None
    phase = _phase(e.pattern)
    same, how = [], None
    for x in acts:
        if x.sentence >= e.sentence or quote(x.trigger_start) not in (-1, here) or _phase(x.pattern) != phase:
            continue              # (a capture and a shooting of one person are two acts, maybe by two doers)
        if _same_person(sdoc, e.target, x.target):
            if how != "person":
                same, how = [], "person"          # the same person wins over the same place
            same.append(x)
        elif how != "person" and place is not None and _own_place(x) == place \
                and _bystanders(x) == hurt and x.cameo[:2] == e.cameo[:2]:
            same.append(x)
            how = "place"
    if not same or (how == "person" and two_people(sdoc, [x.target for x in same])):
        return None
    if len({side_key(x.source) for x in same}) != 1:
        return None                               # two sides did it: which one is meant is not plain
    x = max(same, key=lambda x: (x.sentence, x.trigger_start))
    d = x.source
    t = e.target
    if d.code == t.code or (d.entity and d.entity == t.entity) or own_forces(d, t) or side_key(d) == victim:
        return None
    what = f"the same person ('{x.target.text}')" if how == "person" \
        else f"the same side at the same place ('{x.target.text}', {x.location.name or x.location.text})"
    return d, f"sentence {x.sentence} ('{x.trigger_text}', done by '{d.text}' to {what})"
