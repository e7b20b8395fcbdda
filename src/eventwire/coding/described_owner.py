"""Roles stage: the owner a definite description names of the thing an act of force is done to.

"Al-Shabaab lost its leader in March. Kenyan troops destroyed the group's training camps": the object names no actor
of its own, and the owner fallback reads the object's phrase for a name, which "the group's" is not. A possessor that
is a definite description ("the group's", "the militia's", "the regime's"; not a pronoun, "its camps", which may be
the doer's own) stands for the party the article named before, and that party is the target, as "al-Shabaab's
camps" names al-Shabaab. Not an act the object names ("led the coalition's campaign": its owner is a side
of the doer's, no target). Only for acts of coercion, assault and force (CAMEO 17-20) whose doer is known ("the
group's capital was liberated" names no side that did it: no event of its own), never the doer itself.

    found = described_owner(coder, cl, code, tgt_tok, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.act_args import act_noun
from eventwire.coding.same_party import other_parties

_CODES = ("17", "18", "19", "20")


def _described_possessor(tok):
    """The possessor of `tok` that is a noun with "the" ("the group's camps"), or None."""
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)


def described_owner(coder, cl, code: str, tgt_tok, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the party a definite possessor of the act's object stands for (module doc), or None."""
    obj = tgt_tok if tgt_tok is not None else cl.obj
    if not code.startswith(_CODES) or cl.kind != "verb" or not sources or obj is None or obj.pos_ != "NOUN" \
            or coder._is_event_noun(obj) or act_noun(obj, coder.event_noun, lambda t: coder._sector_of(t, ctx)):
        return None     # (an act the object names is its owner's own: "spearheaded the coalition's campaign")
    owner = _described_possessor(obj)
    if owner is None:
        return None
    found = other_parties(coder, owner, sources, ctx, sent)
    if not found:
        return None
    return found, f"the owner '{owner.text}' of '{obj.text}' it is done to"
