"""Threats of force against held ground (issue 14, no target / place-only target of threats, session 27).

A threat, a vow or a warning of force (CAMEO 13) whose act names only ground is aimed at the side that holds that
ground, as the article names it (coding/held_memory.py: "Manbij, a stronghold of the SDF", "rebel-held Douma",
"Tal Abyad, controlled by the YPG"):

- an act of force, capture or siege told as intended, threatened or vowed, so coded 13x ("vowed to retake Manbij"),
  or a force readied for it, a posture (150, coding/force_readied.py: "troops are poised to storm Douma"): the act itself is read as remembered_holder_target reads it for an act done
  (the object, the "on"/"into"/"towards" phrase, "the siege of X");
- a threat or vow whose complement moves force towards ground ("threatened to extend its operation towards Manbij",
  "vowed to push its troops into Tal Abyad", "threatened Manbij"): the complement's verbs (to + verb, down a chain
  of them) and their objects, with their "to"/"towards"/"into"/"on"/"against" phrases, and the threat's own object;
- a threat or vow of force whose means clause ("including by removing any Kurdish force", "by driving out the
  rebels") names the party it removes or fights: that party.

Never the doer's own side (same_party.other_parties; held_memory already drops a holder that is the doer or of a
state doer's own state). The target's `why` says which ground and holder, or which means clause, gave it.
"""
from __future__ import annotations

from functools import cache
from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.coding.context import PLACE_TARGET_ROOTS
from eventwire.coding.tables import word_kind_sets

# phrases that carry a threatened move of force to its ground
TOWARDS = ("to", "towards", "toward", "into", "on", "upon", "against")
_COMPLEMENTS = ("xcomp", "ccomp")


@cache
def _words() -> dict:
    return word_kind_sets("threatened_ground.tsv")


def _complement_verbs(pred, depth: int = 3) -> list:
    """The verbs of the threat's complement ("threatened to extend ...", "vowed that it would push ..."), down a
    chain of complements, and their coordinated verbs."""
    out, todo = [], [(pred, 0)]
    while todo:
        tok, d = todo.pop(0)
        if d >= depth:
            continue
        for c in tok.children:
            if c.dep_ in _COMPLEMENTS and c.pos_ in ("VERB", "AUX"):
                out.append(c)
                out += [x for x in c.conjuncts if x.pos_ == "VERB" and x.i > c.i]
                todo.append((c, d + 1))
    return out


def _ground_slots(pred, verbs) -> list:
    """The words that may name ground a threatened move goes to: each complement verb's object and its directed
    phrases (also those on the object: "extend its operation towards X"), and the threat's own object."""
    slots = []
    own = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if own is not None:
        slots.append(own)
    for v in verbs:
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        got = preps_of(v)
        slots += [got[p] for p in TOWARDS if p in got]
        if obj is not None:
            slots.append(obj)
            inner = preps_of(obj)
            slots += [inner[p] for p in TOWARDS if p in inner]
    return slots


def _means_parties(coder, pred, verbs, sources, ctx, sent) -> Optional[tuple]:
    """(parties, how) for a means clause of the threatened act ("including by removing any Kurdish force", "by driving
    out the rebels") whose verb is one of removing or fighting (threatened_ground.tsv `means-verb`), or None."""
    from eventwire.coding.same_party import other_parties
    means = _words().get("means-verb", frozenset())
    for v in [pred] + verbs:
        # ("including by removing X": the "by" phrase under "including")
        heads = [v] + [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("including", "even")]
        for by in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "by"):
            for act in (g for g in by.children if g.dep_ == "pcomp" and g.lemma_.lower() in means):
                obj = next((c for c in act.children if c.dep_ == "dobj"), None)
                if obj is None:
                    continue
                found = [a for a in other_parties(coder, obj, sources, ctx, sent) if a.code]
                if found:
                    return found, f"the party its means clause '{by.text} {act.text}' acts on ('{obj.text}')"
    return None


def _comes_to_help(pred) -> bool:
    """Whether the act's purpose clause is one of helping (threatened_ground.tsv `ally-verb`: "would enter Afrin to
    assist the Kurdish militias"): the ground's holder is then the side helped, not the one threatened."""
    allies = _words().get("ally-verb", frozenset())
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in allies
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in pred.children)


def threatened_target(coder, cl, entry, code: str, sources: list, tgt_tok, ctx, sent) -> Optional[tuple]:
    """([target], how) for a threat of force whose act names only ground or a means clause (module doc), or None."""
    readied = code[:2] == "15" and entry.cameo[:2] in PLACE_TARGET_ROOTS    # (coding/force_readied.py)
    if (code[:2] != "13" and not readied) or not sources or cl.kind != "verb" or _comes_to_help(cl.pred):
        return None
    from eventwire.coding.held_memory import remembered_holder_target
    if entry.cameo[:2] in PLACE_TARGET_ROOTS:
        # an act of force told as intended or threatened, or a force readied for it: read as the act itself
        # ("poised to storm Douma")
        got = remembered_holder_target(coder, cl, entry.cameo, sources, tgt_tok, ctx, sent)
        if got is not None:
            return [got[0]], got[1]
    if readied:
        return None
    verbs = _complement_verbs(cl.pred)
    if (means := _means_parties(coder, cl.pred, verbs, sources, ctx, sent)) is not None:
        return means
    from eventwire.coding.held_memory import _keys, _places_of, holders
    memory = holders(coder, ctx, sent.doc)
    if not memory:
        return None
    from dataclasses import replace
    from eventwire.coding.same_party import is_source
    from eventwire.coding.context import STATE_SECTORS
    for slot in _ground_slots(cl.pred, verbs):
        for p in _places_of(ctx, slot, memory):
            named = getattr(p, "stands_for", None) or p
            hit = next((memory[k] for k in _keys(named) if k in memory), None)
            if hit is None:
                continue
            actor, cue, _, past = hit
            if past or is_source(actor, sources) or any(s.entity and s.entity == actor.entity for s in sources) \
                    or (not actor.entity and (actor.sector or "GOV") in STATE_SECTORS - {"OPP"}
                        and any(s.country == actor.country for s in sources)):
                continue
            went = f"'{slot.head.text} {slot.text}'" if slot.dep_ == "pobj" else f"'{slot.text}'"
            why = f"the threatened act goes to {went}, '{p.text}' held by {actor.code} as the article names it " \
                  f"('{cue}'): its holder is the target"
            return [replace(actor, text=p.text, start=p.start, end=p.end, why=why)], \
                f"the holder of the ground the threatened act goes to ('{named.text}')"
    return None
