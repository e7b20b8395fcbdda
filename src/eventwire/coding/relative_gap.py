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

The other way round, the noun is the object of the relative clause's own verb when that verb makes its object do what
the "to" complement says (roles.tsv `object-control`): "the rebels Washington trained to fight the insurgents", "Kurds
it had backed to oust the jihadists from the city": the noun does the complement's act, not the verb's subject
(`relative_controller`). Only where the complement has an object of its own, so that the gap can be no one's but the
verb's ("the town Iraq helped to retake" is the complement's patient, above).
"""
from __future__ import annotations

from eventwire.coding.clause_record import OBJECT_CONTROL, RELATIVE_PRONOUNS, SUBJ_DEPS, _child, role_words
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



def _antecedent(top):
    """The noun a relative clause with no relative word describes when its verb `top` has a subject of its own and no
    object: the head of a relative clause ("the rebels Washington trained ..."), or a plural noun the parser hung on
    the verb as an adverbial right before its subject ("said that Kurds it had backed to oust ... would": no time
    word); else None."""
    if _child(top, {"dobj", "dative"}) is not None:
        return None
    subj = _child(top, SUBJ_DEPS)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS \
            or any(t.tag_ in ("WRB", "WDT", "WP") for t in top.subtree if t.i < top.i):
        return None
    if top.dep_ == "relcl":
        # (not a noun the clause tells when, where or how of: "every time they want to kill a fighter", roles.tsv
        # `adjunct-antecedent`)
        return top.head if top.head.pos_ in ("NOUN", "PROPN") and top.head.i < top.i \
            and top.head.lemma_.lower() not in role_words().get("adjunct-antecedent", frozenset()) else None
    ante = next((c for c in top.children if c.dep_ == "npadvmod" and c.i == subj.left_edge.i - 1), None)
    if ante is None or ante.tag_ not in ("NNS", "NNPS") or ante.ent_type_ in ("DATE", "TIME") or ante.like_num \
            or any(c.dep_ not in ("compound", "amod") for c in ante.children):
        return None
    return ante


def _controlled_comp(verb, comp) -> bool:
    """`comp` is the "to" complement of `verb` with an object of its own."""
    return comp is not None and comp.dep_ == "xcomp" and comp.head.i == verb.i and to_infinitive(comp) \
        and _child(comp, {"dobj", "dative"}) is not None


def misread_relative_object(verb):
    """The plural noun the parser hung on `verb` as an adverbial when it is the object a relative clause with no
    relative word leaves out, the verb being one of object control with a "to" complement that has its own object
    ("Kurds it had backed to oust the jihadists": the Kurds were backed), else None."""
    if verb.dep_ == "relcl" or verb.lemma_.lower() not in OBJECT_CONTROL:
        return None
    if not any(_controlled_comp(verb, c) for c in verb.children):
        return None
    return _antecedent(verb)


def relative_controller(verb, comp):
    """(noun, rule) when the object-control `verb` of a relative clause with no relative word has as its object the
    noun the clause describes, which so does what the "to" complement `comp` says (module doc); else None."""
    if verb.lemma_.lower() not in OBJECT_CONTROL or not _controlled_comp(verb, comp):
        return None
    ante = _antecedent(verb)
    if ante is None:
        return None
    return ante, f"object control (the noun the relative clause describes, object of '{verb.lower_}')"
