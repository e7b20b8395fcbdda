"""A statement whose document carries a stance on someone (data/coding/document_stance.tsv): "issued a letter that was
strongly critical of the president", "released a report critical of the ministry" is disapproval (111) aimed at the
one the adjective names, not a plain statement (010). Asked by the coder for each clause of a statement row."""
from __future__ import annotations

import dataclasses
import functools

from eventwire.coding.tables import coding_table


@functools.cache
def _stances() -> dict:
    """{adjective: (prepositions, cameo)}."""
    return {w: (frozenset(p.split("|")), code) for w, p, code, *_ in coding_table("document_stance.tsv")}


def _stance_of(adj):
    """(cameo, the one the stance is about) of a stance adjective, or None."""
    found = _stances().get(adj.lemma_.lower())
    if found is None or adj.pos_ != "ADJ":
        return None
    preps, code = found
    prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in preps), None)
    about = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return (code, about) if about is not None else None


def document_stance(doc_noun):
    """(cameo, adjective, the one it is about) when a document noun carries a stance: an adjective on it ("a report
    critical of the ministry") or the predicate of a relative clause on it ("a letter that was critical of X")."""
    for c in doc_noun.children:
        if c.dep_ == "amod" and c.i > doc_noun.i and (found := _stance_of(c)) is not None:
            return found[0], c, found[1]
        if c.dep_ == "relcl" and c.lemma_ == "be":
            for a in c.children:
                if a.dep_ == "acomp" and (found := _stance_of(a)) is not None:
                    return found[0], a, found[1]
    return None


def stance_entry(cl, entry):
    """The row a statement of a document with a stance is coded by, or None: the statement row (010 with an object
    word) turned to the stance's code, its target the one the adjective names (put in the clause as the slot
    `stance`). The rule says so."""
    if entry.cameo != "010" or not entry.object or cl.obj is None or cl.passive:
        return None
    found = document_stance(cl.obj)
    if found is None:
        return None
    code, adj, about = found
    cl.preps = dict(cl.preps)
    cl.preps["stance"] = about
    cl.rule += f"; the '{cl.obj.lower_}' is '{adj.lower_}' of '{about.text}' (document_stance.tsv) -> {code}"
    return dataclasses.replace(entry, id=f"{entry.id}>{code}.stance", cameo=code, target="prep", prep="stance")
