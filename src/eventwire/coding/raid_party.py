"""Roles stage: the party a raid or operation of force is aimed at, where its own slot names only a place (issue 14,
no target: the people arrested and the victims of a raid are its targets).

* Its "to" clause of arresting or capturing (roles.tsv `raid-purpose-verb`) names the one it is for: "police raided a
  farm to arrest the smuggler", "an operation to capture the commander".
* A clause on it saying whom it targeted: "a raid that targeted the banker".
* The owner of the place raided: "a raid on the lawyer's office", "stormed the home of the editor" (roles.tsv
  `searched-thing`), or the one staying there ("raided the hotel in which he was staying", roles.tsv `dwell-verb`).
Only for the acts of roles.tsv `raid-act` coded as force (roots 17-20), and only a person or group, never a country
or the doer itself.

    found = raid_party(coder, cl, code, sources, ctx, sent)   # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.same_party import is_source

_ROOTS = ("17", "18", "19", "20")
_CLAUSE_DEPS = ("advcl", "xcomp", "acl", "relcl")
_NO_PARTY = frozenset({"it", "that", "this", "there", "what", "which", "who", "i", "we", "you", "me", "us"})


def _purpose(tok, words):
    """(object, verb) of a clause on `tok` that names whom the act is for ("to arrest X", "that targeted X")."""
    for c in tok.children:
        if c.dep_ in _CLAUSE_DEPS and c.i > tok.i and c.lemma_.lower() in words:
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None:
                return obj, c
    return None


def _owner(place, words):
    """(token, how) for the owner of a place raided ("the lawyer's office", "the home of the editor") or the one
    staying there ("the hotel in which he was staying")."""
    if place.lemma_.lower() in words.get("searched-thing", frozenset()):
        poss = next((c for c in place.children if c.dep_ == "poss"), None)
        if poss is None:
            poss = next((g for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), None)
        if poss is not None:
            return poss, f"the owner of the '{place.lemma_.lower()}' raided"
    for c in place.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in words.get("dwell-verb", frozenset()):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return subj, f"the one '{c.lemma_.lower()}ing' in the place raided"
    return None


def _places(cl):
    """The place a raid names: the verb's object, or the "on"/"of"/"at" phrase of its noun."""
    if cl.kind == "verb":
        return [cl.obj] if cl.obj is not None else []
    return [g for c in cl.pred.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "at", "into")
            for g in c.children if g.dep_ == "pobj"]


def raid_party(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the party a raid is aimed at (module doc), or None."""
    words = role_words()
    if code[:2] not in _ROOTS or cl.pred.lemma_.lower() not in words.get("raid-act", frozenset()):
        return None
    cands = []
    if (got := _purpose(cl.pred, words.get("raid-purpose-verb", frozenset()))) is not None:
        cands.append((got[0], f"the one its purpose names ('{got[1].lower_} {got[0].text}')"))
    for place in _places(cl):
        if (got := _owner(place, words)) is not None:
            cands.append(got)
    for tok, how in cands:
        if tok.lower_ in _NO_PARTY or tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if cl.subj is not None and tok.i == cl.subj.i:
            continue
        found = [a for a in coder.actors_for(tok, ctx, sent, role="target")
                 if a is not None and a.code and a.kind not in ("country", "capital")
                 and not (a.country and a.code == a.country and not a.entity)
                 and not is_source(a, sources, apart=False)]
        if not found and tok.pos_ in ("PROPN", "NOUN"):
            # a person the actor lists do not know ("a raid on the accountant's home"), as the people arrested are
            found = [a for a in coder._victims(tok, cl, "arrest", ctx, sent) if a.kind not in ("country", "capital")]
        if found:
            return found, f"{how} ('{tok.text}')"
    return None
