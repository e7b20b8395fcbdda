"""Roles stage: the party an act of custody or inquiry is done to, where its own slot names none (issue 14, no target).

* A search or raid of a thing or place (roles.tsv `searched-thing`) is aimed at its possessor: "police searched his
  house" (him), "raided the Britons' flat" (the Britons), "searched the home of the editor" (the editor).
* An inquiry (root 09) into "whether"/"if" someone did something is aimed at the subject of that clause: "Scotland
  Yard examined whether the woman had joined Isis", "prosecutors are investigating if the minister took bribes".
* An arrest or questioning someone is "wanted for" is done to the one wanted: "X is wanted for arrest by the
  police", "he is wanted for questioning by Interpol".
* The people counted or described by age before ("the two men", "the pair", "the 24-year-old") are the ones
  questioned or interrogated (root 09), as they are the ones held or captured (Roles._victims).
(The ones held in a custody named by a noun, "the Britons in Kurdish custody", are coding/held_in.py's.)

    found = held_party(coder, cl, code, sources, ctx, sent)   # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.counted_people import aged_before, counted_before
from eventwire.coding.same_party import is_source

_SUBJ = ("nsubj", "nsubjpass")
_NO_PARTY = frozenset({"it", "that", "this", "there", "what", "which", "i", "we", "you", "me", "us"})


def _possessor(tok):
    """The possessor of a thing ("his house", "the Britons' flat") or the party its "of" phrase names ("the home of
    the editor"), or None."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _searched(cl, code: str):
    """(token, how) for the possessor of the thing a search or raid (roots 09, 17) names as its object."""
    if code[:2] not in ("09", "17") or cl.kind != "verb" or cl.obj is None:
        return None
    if cl.obj.lemma_.lower() not in role_words().get("searched-thing", frozenset()):
        return None
    owner = _possessor(cl.obj)
    return (owner, f"whose '{cl.obj.lemma_.lower()}' was searched") if owner is not None else None


def _inquired(cl, code: str):
    """(token, how) for the subject of the "whether"/"if" clause an inquiry (root 09) looks into."""
    if code[:2] != "09" or cl.kind != "verb":
        return None
    for c in cl.pred.children:
        if c.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children):
            continue
        subj = next((x for x in c.children if x.dep_ in _SUBJ), None)
        if subj is not None and subj.lower_ not in _NO_PARTY and subj.pos_ in ("PROPN", "NOUN", "PRON"):
            return subj, "the one the inquiry asks about ('whether ...')"
    return None


def _wanted(cl, code: str):
    """(token, how) for the one "wanted for" the arrest or questioning a noun names ("X was wanted for arrest")."""
    if code[:2] not in ("09", "17") or cl.kind != "noun":
        return None
    noun = cl.pred
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.lemma_.lower() != "want":
        return None
    subj = next((x for x in noun.head.head.children if x.dep_ in _SUBJ), None)
    if subj is None or subj.lower_ in _NO_PARTY:
        return None
    return subj, f"the one wanted for '{noun.lemma_.lower()}'"


def _counted(coder, cl, code: str, ctx) -> list:
    """The people counted before that the patient of a questioning or inquiry counts again ("the two men were
    questioned by ..." after "two Belgian fighters"; "the 24-year-old was interrogated"), as Roles._victims takes
    them for acts of custody and force (coding/counted_people.py)."""
    if code[:2] != "09" or cl.kind != "verb" or cl.obj is None:
        return []
    got = counted_before(cl.obj, lambda t: coder.actors_for(t, ctx, t.sent, role="target"))
    if not got and ctx.coref is not None:
        got = aged_before(cl.obj, ctx.coref.people)
    return got


def held_party(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the party an act of custody or inquiry is done to (module doc), never its own doer; or
    None."""
    counted = _counted(coder, cl, code, ctx)
    if counted:
        return counted, f"the people '{cl.pred.text}' was done to"
    for find in (_searched, _inquired, _wanted):
        got = find(cl, code)
        if got is None:
            continue
        tok, how = got
        if cl.subj is not None and tok.i == cl.subj.i:
            continue
        found = [a for a in coder.actors_for(tok, ctx, sent, role="target")
                 if a is not None and a.code and not is_source(a, sources, apart=False)]
        if not found and tok.pos_ == "PROPN":
            # a name the actor lists do not know ("Haddad is wanted for arrest"): a private individual, as
            # the patient of an arrest is (Roles._victims)
            found = coder._victims(tok, cl, "arrest", ctx, sent)
        if found:
            return found, f"{how} ('{tok.text}')"
    return None
