"""A tally of what an attack left, written without verbs of its own: "12 dead, 40 wounded and two schools shelled".

The parser reads each piece as a clause with the noun before the participle as its subject, as if the schools had
shelled. A participle in such a list, with no auxiliary, object or "by" phrase, whose list holds a bare count of
people hurt or dead before it ("40 wounded", "12 dead"), is a passive: its noun is what was done to, and nothing in the list
names a doer. coding/misparses.py `participle_read_as_active` asks this before its other shapes."""
from __future__ import annotations

from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, _child

_BARE = ("aux", "auxpass", "dobj", "dative", "agent", "expl")


def _count_piece(t) -> bool:
    """A piece of the tally that counts people: a participle or adjective with no auxiliary whose subject is a bare
    number ("40 wounded", "more than 12 dead")."""
    if t.tag_ not in ("VBN", "VBD", "JJ") or any(c.dep_ in _BARE for c in t.children):
        return False
    subj = _child(t, {"nsubj", "npadvmod"})      # ("over 400[npadvmod] wounded")
    return subj is not None and subj.i < t.i and (subj.like_num or subj.tag_ == "CD")


def _counted(t) -> bool:
    """Whether `t` or a piece hung on it is a count of people: "60 dead", or "over 300 wounded" read as a number with
    the participle on it."""
    return _count_piece(t) or any(c.tag_ == "CD" and any(p.dep_ == "acl" and p.tag_ == "VBN" for p in c.children)
                                  for c in t.children if c.dep_ in ("dep", "conj", "appos"))


def tally_patient(verb):
    """The noun a participle in a verbless tally was done to ("and two schools shelled": the schools), or None."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in _BARE or c.dep_ in PASSIVE_SUBJ_DEPS for c in verb.children):
        return None
    subj = _child(verb, {"nsubj"})
    if subj is None or subj.pos_ != "NOUN" or subj.i > verb.i or subj.like_num:
        return None
    chain = {verb.i: verb}
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    chain[top.i] = top
    for c in top.conjuncts:
        chain[c.i] = c
    if verb.i != top.i and top.dep_ in ("advcl", "ccomp") and top.head.i < top.i \
            and not any(c.dep_ == "mark" for c in top.children):
        chain[top.head.i] = top.head     # "80 dead[ROOT], over 400 wounded[advcl] and six clinics bombed[conj]"
    for t in top.children:
        if t.dep_ in ("advcl", "ccomp") and t.i < top.i:
            chain[t.i] = t      # "40 dead[advcl], 200 wounded[ROOT] and ...", "60 dead[ccomp], ... bombed[ROOT]"
    if not any(t.i < verb.i and _counted(t) for t in chain.values()):     # (the tally opens with its count)
        return None
    return subj
