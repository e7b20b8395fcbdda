"""Targets stage: the recipient of aid or support told as the object of the verb coordinated just before it (issue 14,
no target).

"US special forces are working to train and advise local partner forces and to provide artillery support", "Ankara
armed the militia and provided air cover for its advance": the act of aid or support (CAMEO 06, 07) names only what
is given ("artillery support", "air cover"); the party it is given to is the object of a verb of building a party up
coordinated before it (data/coding/roles.tsv `helped-object-verb`: train, advise, arm, fund ...), in the same clause
chain, by the same doer. That object's actor is the act's target; never the doer itself, nor an object that is the
doer's own ("trained its own troops"). The nearest such verb before the act wins.

    found = conjoined_recipient(coder, cl, entry, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.same_party import other_parties

_CODES = ("06", "07")
_HELPING = role_words().get("helped-object-verb", frozenset())
_OWN = ("its", "their", "our", "his", "her")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def _chain_before(verb) -> list:
    """The verbs coordinated with `verb` before it, nearest first ("train and advise X and to provide": advise,
    train)."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    out, todo = [first], [first]
    while todo and len(out) < 8:
        v = todo.pop()
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i < verb.i:
                out.append(c)
                todo.append(c)
    return sorted((v for v in out if v.i < verb.i), key=lambda t: -t.i)


def conjoined_recipient(coder, cl, entry, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the party an act of aid or support is given to, the object of a helping verb coordinated
    before it (module doc), or None."""
    if cl.kind != "verb" or cl.passive or not entry.cameo.startswith(_CODES) or cl.pred.dep_ != "conj" \
            or cl.obj is None or not sources:
        return None
    for verb in _chain_before(cl.pred):
        if verb.lemma_.lower() not in _HELPING or any(c.dep_ in _SUBJECTS and c.i > verb.i for c in verb.children) \
                or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ in _SUBJECTS for c in cl.pred.children) \
                or any(s.start is not None and verb.idx < s.start < cl.pred.idx for s in sources):
            return None      # ("the US trained the rebels and Turkey provided arms": two doers)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children):
            continue
        found = other_parties(coder, obj, sources, ctx, sent)
        if found:
            return found, (f"the recipient '{obj.text}', the object of '{verb.text}' coordinated before "
                           f"'{cl.pred.text}'")
        return None
    return None
