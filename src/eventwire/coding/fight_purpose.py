"""Roles stage: a fight whose purpose names the foe (issue 14, no target on force).

"Forces fighting to defeat al-Shabaab", "rebels fighting to overthrow the president", "the militia is battling to
drive out the insurgents": a verb of fighting with no object of its own whose "to" complement is a verb of beating
or removing a foe (data/coding/roles.tsv `fight-purpose`: "defeat", "overthrow", "topple", "oust", ...) with an
object: that object is the one fought, and the target of the fight (CAMEO 18-20), never its own doer. Not a
complement of defending, taking or freeing ground ("fought to retake the town", "fighting to protect the
villages"), whose object is ground or the defended, not the foe.

    found = purpose_foe(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.same_party import is_source
from eventwire.doc_index import to_infinitive

_CODES = ("18", "19", "20")


def _purpose(verb):
    """The "to" complement of `verb` that names beating or removing a foe, with its object, or (None, None)."""
    words = role_words().get("fight-purpose", ())
    doc = verb.doc
    # (why: also the "to V" right after the verb that the parser hung elsewhere, "forces fighting to defeat X" read
    # with "defeat" on a noun before)
    after = [doc[verb.i + 2]] if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "to" \
        and doc[verb.i + 1].head.i == verb.i + 2 else []
    for c in [c for c in verb.children if c.dep_ in ("xcomp", "advcl")] + after:
        if c.pos_ != "VERB" or not to_infinitive(c):
            continue
        prt = next((p.lower_ for p in c.children if p.dep_ == "prt"), None)
        lemma = c.lemma_.lower()
        if lemma in words or (prt is not None and f"{lemma} {prt}" in words):
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is not None:
                return c, obj
    return None, None


def purpose_foe(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the foe the purpose of a fight names (module doc), or None."""
    if cl.kind != "verb" or not code.startswith(_CODES) or cl.obj is not None \
            or cl.pred.lemma_.lower() not in role_words().get("fight-verb", ()):
        return None
    aim, foe = _purpose(cl.pred)
    if foe is None:
        return None
    found = [a for a in coder.actors_for(foe, ctx, sent, role="target") if a is not None and a.code
             and not is_source(a, sources)]
    if not found:
        return None
    return found, f"'{foe.text}', the foe the fight is to '{aim.text}'"
