"""Captives of a custody named by a noun (issue 14): "520 foreign Isis fighters were in Kurdish custody" codes the
custody (173: KUR, no target: the noun has no object of its own); the ones in it are its target.

    events = custody_targets(coder, sdoc, events, ctx)    # after harm_targets (coding/harm_by.py)

An act of detention (CAMEO 173) named by a noun in an "in" phrase ("in Kurdish custody", "in SDF detention") holds
the ones that phrase is said of:
- on a verb: its object where it has one ("the SDF keeps 500 men in custody"), else its passive or active subject
  ("fighters were held in custody", "fighters are in Kurdish custody", "he died in custody"), or, for a "to be"
  that is the complement of a raising verb, that verb's subject ("the boys are thought to be in Ethiopian custody");
- on a noun: that noun and the nouns coordinated with it ("the fighters and women in SDF custody").
The same holds for an act of force or coercion told by a passive participle clause with no subject of its own: it
was done to the subject of the verb it hangs on ("Hundreds of Isis fighters are held in camps, having been captured
by the SDF": IMGINSISI; its `why` begins "the subject of the clause 'captured' hangs on").
The captives are taken where the coder resolves them to one side other than the holder's ("British children" ->
GBRCVL); none where they are of two sides or none is named ("the pair"). The target says so: its `why` begins
"the ones held in the 'custody'", and the event's rule ends with "; target: the ones held in the 'custody'".
"""
from __future__ import annotations

from eventwire.coding.clause_record import RELATIVE_PRONOUNS
from eventwire.coding.counted_people import aged_before, counted_before
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

DETAIN = "173"
HARM = ("17", "18", "19", "20")


def custody_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a detention named by a noun in an "in" phrase taking the ones held as its target, and an act
    told by a passive participle clause the subject of the verb it hangs on (module doc)."""
    if sdoc is None or not events:
        return events
    out = []
    for e in events:
        got = None
        if e.target is None and e.source is not None and e.source.code and (e.cameo or "").startswith(HARM) \
                and e.trigger_token is not None and e.trigger_token < len(sdoc):
            t = sdoc[e.trigger_token]
            if e.cameo.startswith(DETAIN):
                got, said = _captives(coder, t, e, ctx), f"the ones held in the '{t.text}'"
            if got is None:
                got, said = _patient(coder, t, e, ctx), f"the subject of the clause '{t.text}' hangs on"
        if got is None:
            out.append(e)
            continue
        out.append(with_target(e, got, said))
    return out


def _held(n):
    """The token that names the ones held in the custody `n` names (module doc), or None."""
    if n.pos_ != "NOUN" or n.dep_ != "pobj" or n.head.lower_ != "in" or n.head.dep_ != "prep":
        return None
    h = n.head.head
    if h.pos_ in ("NOUN", "PROPN"):
        while h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN"):
            h = h.head
        return h
    if h.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in h.children if c.dep_ == "dobj"), None)
    if h.dep_ == "relcl" and h.head.pos_ in ("NOUN", "PROPN") and (obj is None or obj.lower_ in RELATIVE_PRONOUNS):
        # why: "the ten Britons I met in Kurdish custody", "the Britons who are in Kurdish custody": a relative
        # clause with no object of its own is said of its noun, the ones held (not its subject, the visitor)
        return h.head
    for deps in (("dobj",), ("nsubjpass", "nsubj")):
        got = next((c for c in h.children if c.dep_ in deps), None)
        if got is not None:
            return got
    if h.dep_ == "xcomp" and h.lemma_ == "be":
        return next((c for c in h.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return None


def _captives(coder, n, e: Event, ctx):
    held = _held(n)
    if held is None or held.pos_ == "PRON":
        return None
    return _one_side(coder, held, e, ctx)


def _one_side(coder, held, e: Event, ctx):
    """The one named side other than the doer's that the coder resolves `held` to, or None. (why: "the two men",
    "the pair", "the 24-year-old" are the people counted or aged before, as for an act of custody told by a verb:
    coding/counted_people.py.)"""
    got = [a for a in coder.actors_for(held, ctx, held.sent, role="target") if a.code and (a.country or a.entity)]
    if not got:
        got = counted_before(held, lambda t: coder.actors_for(t, ctx, t.sent, role="target")) or (
            aged_before(held, ctx.coref.people) if ctx.coref is not None else [])
        got = [a for a in got if a.code and (a.country or a.entity)]
    if not got or len({a.country or a.code for a in got}) != 1:
        return None
    a, s = got[0], e.source
    if a.code == s.code or (a.entity and a.entity == s.entity) or (s.country and a.country == s.country
                                                                  and a.sector == s.sector):
        return None
    return a


def _patient(coder, t, e: Event, ctx):
    """The one a passive participle clause with no subject of its own was done to: the subject of the verb it hangs
    on ("Hundreds of Isis fighters are held in camps, having been captured by the SDF")."""
    if t.dep_ != "advcl" or t.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in t.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in t.children) or t.head.pos_ not in ("VERB", "AUX"):
        return None
    held = next((c for c in t.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if held is None or held.pos_ == "PRON":
        return None
    return _one_side(coder, held, e, ctx)
