"""Roles stage: the recipient an act of aid names in its purpose clause.

"The agency launched an appeal for $5m to help displaced families in Chad", "Norway is sending aid to help Malawi cope
with the floods", "Japan provided $2m to support refugees in Jordan": the act names no recipient in a slot of its own,
but its "to" clause of helping (data/coding/roles.tsv `aid-purpose-verb`) says who the aid is for. The object of that
verb (or the subject of its own clause, "help Malawi cope") is the act's target. Only for aid (CAMEO 07) and appeals
for it (023), by the pattern's own code (a course only weighed, "is considering sending aid", is still aid for
someone); never the doer itself, nor anything "of" the doer's own ("to support its own staff").

    found = aid_recipient(coder, cl, entry, sources, ctx, sent)    # ([actors], how) or None

Where the purpose clause names no one but a place ("gave 40 million euros to promote farming in Malawi", "provided $3m
to fight the cholera outbreak in Haiti"), `purpose_places` gives that place's phrases: the places stage
(coding/place_targets.py, the aid's own place rule) takes the people of the place as the target, as for aid given "in"
it; a ceasefire's purpose clause likewise names where it holds ("announced a truce to halt the fighting in Sudan"). Any "to" clause of purpose counts here, not only one of helping; a place named inside a clause of its own within
it ("to help refugees who fled fighting in Sudan") is not where the aid goes.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words, _child
from eventwire.coding.same_party import other_parties
from eventwire.doc_index import to_infinitive

PURPOSE_VERBS = role_words().get("aid-purpose-verb", frozenset())
_AID_CODES = ("07", "023")
_PURPOSE_DEPS = ("advcl", "xcomp", "acl", "relcl", "ccomp")


def _purpose(tok):
    """The helping verb of a "to" clause on `tok`, or None."""
    return next((c for c in tok.children if c.dep_ in _PURPOSE_DEPS and c.lemma_.lower() in PURPOSE_VERBS
                 and c.i > tok.i and to_infinitive(c)), None)


def _anchors(cl):
    """The act's words a purpose clause may hang on: the verb or noun, its light verb, its object, and the nouns of
    the object's or the act's own phrases ("an appeal for $5m to help", "assistance of 60m euros to help")."""
    out = [t for t in (cl.pred, cl.light_verb, cl.obj) if t is not None]
    for t in list(out):
        for c in t.children:
            if c.dep_ in ("dobj", "attr", "npadvmod"):
                out.append(c)
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def aid_recipient(coder, cl, entry, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the recipient named in the purpose clause of an act of aid (module doc), or None."""
    if not entry.cameo.startswith(_AID_CODES):
        return None
    verb = next((v for v in (_purpose(t) for t in _anchors(cl)) if v is not None), None)
    if verb is None:
        return None
    who = _child(verb, {"dobj"})
    inner = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
    if inner is not None and (s := _child(inner, {"nsubj"})) is not None:
        who = s                          # "to help Malawi cope with the floods"
    if who is None or who.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in who.children):
        return None
    found = other_parties(coder, who, sources, ctx, sent, apart=False)
    if not found:
        return None
    return found, f"the recipient '{who.text}' its purpose names ('{verb.lower_} ...')"


_ARMS = frozenset({"military", "arms", "weapon", "weapons", "ammunition", "defence", "defense", "security"})
_LOCATIVE = ("in", "inside", "across", "throughout")
_OWN_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def _purpose_any(tok):
    """The verb of a "to" clause of purpose on `tok` (after it), whatever the verb, or None."""
    return next((c for c in tok.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB"
                 and c.i > tok.i and to_infinitive(c)), None)


def _armed(cl, verb) -> bool:
    """Whether the aid is arms or help against someone: its object is military ("military aid", "arms"), or its
    purpose acts on a named party ("to fight Islamic State in Iraq"), whose ground is no beneficiary's."""
    obj = cl.obj
    if obj is not None and (obj.lemma_.lower() in _ARMS or any(c.dep_ in ("amod", "compound")
                                                                and c.lemma_.lower() in _ARMS for c in obj.children)):
        return True
    target = _child(verb, {"dobj"})
    return target is not None and (target.pos_ == "PROPN" or target.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"))


def purpose_places(cl) -> list:
    """The objects of the locative phrases ("in Malawi") of an act of aid's "to" clause of purpose, first first, or []
    (module doc): phrases on the purpose verb itself or on the nouns of its own clause, not inside a clause nested in
    it."""
    verb = next((v for v in (_purpose_any(t) for t in _anchors(cl)) if v is not None), None)
    if verb is None or _armed(cl, verb):
        return []
    out = []
    for tok in verb.subtree:
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in _LOCATIVE:
            continue
        up, nested = tok.head.head, False
        while up.i != verb.i:
            if up.dep_ in _OWN_CLAUSE_DEPS:
                nested = True
                break
            up = up.head
        if not nested:
            out.append(tok)
    return out
