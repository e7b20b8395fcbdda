"""The patient of an infinitive inside a relative clause whose object is the noun the clause describes (issue 14, no
target): "the refugees it wants to repatriate", "the fishermen Nairobi had promised to free", "the rebels Kampala
plans to attack". The relative clause's verb ("wants", "promised", "plans") has a subject of its own and no object;
its "to" complement (through a chain of such complements: "hopes to be able to free") has no object either, so the
noun the relative clause describes is that complement's object, as it is the verb's in "the city that Iraq retook"
(coding/clause_args.py `object_of`). Only a "to" infinitive (not the bare one of "the force it helped raise", an act
shared with another), and not under a verb of failing or refusing (complements.tsv `failing`: "the concessions it
refused to make", whose refusal is coded on its own verb). Not where a verb of the chain has an object of its own ("the men it asked Kenya
to free": who asked whom is another reading), where the complement ends in a stranded preposition ("the town it
plans to withdraw from": the noun is the preposition's), nor a relative clause of time or place ("the day when it
hopes to leave").
"""
from __future__ import annotations

from eventwire.coding.clause_record import RELATIVE_PRONOUNS, SUBJ_DEPS, _child
from eventwire.doc_index import to_infinitive


def relative_infinitive_patient(verb):
    """The noun a relative clause describes, as the object of the infinitive `verb` that the clause's verb governs
    (module doc), or None."""
    from eventwire.coding.modality import _has     # (complements.tsv; modality imports the clause stage)
    if verb.dep_ != "xcomp" or _child(verb, {"dobj", "dative"}) is not None \
            or not to_infinitive(verb) \
            or any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        return None
    top = verb.head
    while top.dep_ == "xcomp" and _child(top, {"dobj", "dative"}) is None:
        top = top.head
    if any(_has("V", "failing", v.lemma_.lower()) for v in verb.ancestors if v.i in range(top.i, verb.i + 1)):
        return None    # (why: "the concessions it refused to make": the refusal is coded as its own act there)
    if top.dep_ != "relcl" or _child(top, {"dobj", "dative"}) is not None or top.head.pos_ not in ("NOUN", "PROPN") \
            or top.head.i > top.i:
        return None
    subj = _child(top, SUBJ_DEPS)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS \
            or any(t.tag_ in ("WRB", "WDT", "WP") for t in top.subtree if t.i < top.i):
        return None
    return top.head
