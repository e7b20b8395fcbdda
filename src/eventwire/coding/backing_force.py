"""Roles stage: an act of force that backed another side's act of force is aimed at that act's foe (issue 14, no
target on force).

"The Somali army, backed by US airstrikes, flushed al-Shabaab from the south": the airstrikes are named only as the
support the army had, and strike the one the army fought. An act noun of force (CAMEO 18-20) in the "by"/"with"
phrase of a participle of backing (data/coding/roles.tsv `support`: "backed", "supported", "assisted") that describes
a noun (", backed by ...,"), where that noun is the subject of an active verb whose object names a party (an armed
group, a named body, a sector; not a place, country or capital, whose own people need not be the foe), is aimed at
that object's party. Never the act's own doer nor the backed side.

    found = backed_foe(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.same_party import is_source

_CODES = ("18", "19", "20")
_PLACE_KINDS = ("country", "capital")


def _backing_participle(noun):
    """The participle of backing whose "by"/"with" phrase holds the act noun `noun`, or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("by", "with"):
        return None
    part = noun.head.head
    if part.tag_ != "VBN" or part.lower_ not in role_words().get("support", ()):
        return None
    return part


def backed_foe(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the foe of the side an act of force backed (module doc), or None."""
    if cl.kind != "noun" or not code.startswith(_CODES) or not sources:
        return None
    part = _backing_participle(cl.pred)
    if part is None or part.dep_ not in ("acl", "advcl"):
        return None
    backed = part.head
    if backed.dep_ != "nsubj":
        return None
    verb = backed.head      # (also a verb the parser tagged an adjective, with an object of its own: "had flushed X")
    if verb.pos_ not in ("VERB", "AUX", "ADJ") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None or obj.i < verb.i:
        return None
    sides = coder.actors_for(subj, ctx, sent, role="source")
    found = [a for a in coder.actors_for(obj, ctx, sent, role="target") if a is not None and a.code
             and a.kind not in _PLACE_KINDS and (a.entity or a.sector) and not is_source(a, sources)
             and not any(a.code == s.code for s in sides)]
    if not found:
        return None
    return found, f"'{obj.text}', the foe of '{subj.text}' that the '{cl.pred.text}' backed ('{verb.text}')"
