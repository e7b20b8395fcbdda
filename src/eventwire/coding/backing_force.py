"""Roles stage: an act of force that backed another side's act of force is aimed at that act's foe (issue 14, no
target on force).

"The Somali army, backed by US airstrikes, flushed al-Shabaab from the south": the airstrikes are named only as the
support the army had, and strike the one the army fought. An act noun of force (CAMEO 18-20) in the "by"/"with"
phrase of a participle of backing (data/coding/roles.tsv `support`: "backed", "supported", "assisted") that describes
a noun (", backed by ...,"), where that noun is the subject of an active verb whose object names a party (an armed
group, a named body, a sector; not a place, country or capital, whose own people need not be the foe), is aimed at
that object's party. Never the act's own doer nor the backed side.

    found = backed_foe(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None

The same holds where the backed noun is what another act of force was aimed at ("an assault on a Kurdish base backed
by US airpower"): the backing force strikes that assault's doer, as coded for the assault in the same sentence
(``assault_backers_foe``, a pass over the sentence's events).

    events = assault_backers_foe(sdoc, events)     # (pipeline.py, after the assault's doer is found)
"""
from __future__ import annotations

from dataclasses import replace
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


def assault_backers_foe(doc, events: list) -> list:
    """The events of one sentence, with an act of force named as the backing of the one another act of force was
    aimed at ("an assault on a Kurdish base backed by US airpower") aimed at that act's doer (module doc)."""
    if doc is None or len(events) < 2:
        return events
    # (the tokens of each act, and a light verb's act noun: "launched an attack on X" is at "attack" too)
    by_trigger = {i: e for e in events if e.trigger_token is not None and e.cameo.startswith(_CODES)
                  and e.source is not None for i in set(e.act_tokens or ()) | {e.trigger_token}
                  | {c.i for c in doc[e.trigger_token].children if c.dep_ == "dobj" and c.pos_ == "NOUN"}}
    out = []
    for e in events:
        part = _backing_participle(doc[e.trigger_token]) if e.target is None and e.source is not None \
            and e.trigger_token is not None and e.cameo.startswith(_CODES) else None
        backed = part.head if part is not None and part.dep_ == "acl" else None
        hit = backed.head.head if backed is not None and backed.dep_ == "pobj" \
            and backed.head.lower_ in ("on", "against") else None
        other = by_trigger.get(hit.i) if hit is not None and hit.pos_ == "NOUN" else None
        if other is None or other is e or other.source.code == e.source.code \
                or (other.source.country and other.source.country == e.source.country):
            out.append(e)
            continue
        why = (f"; target: the doer of the '{hit.text}' on the '{backed.text}' the '{doc[e.trigger_token].text}' "
               f"backed")
        out.append(replace(e, target=other.source, rule=(e.rule or "") + why))
    return out
