"""A force readied for an act of force is a posture, not a threat (issue 14, wrong root, session 29).

"Troops are poised to storm Idlib", "special forces were preparing to storm the district": an act of force (roots
18-20) under a `posture` head of data/coding/aim_heads.tsv (poised, prepare) whose doer is an armed one is that
force's posture, 150 (demonstrate military power), asserted: the forces stand ready, nobody is threatened in words
(a threat, 138, is what the intention of force gets otherwise).
The act's ground keeps its holder as the target, as a threat's does (coding/threatened_ground.py).

Not for one's own forces ("our troops are poised to strike", "we are preparing to attack": a speaker's warning),
nor for a doer of no armed sector ("the government is preparing to attack the opposition" stays an intention), nor
a negated or hypothetical readiness.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.context import PLACE_TARGET_ROOTS

POSTURE_CODE = "150"
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "my"})


def _armed_doer(coder, subj) -> bool:
    """Whether the doer is an armed one: the subject, or a noun coordinated with it or inside its phrase ("UK, US
    and French special forces", where the parser made "UK" the head), is of an armed sector."""
    from eventwire.coding.senses import subject_kinds
    words = [subj] + [t for t in subj.subtree if t.pos_ in ("NOUN", "PROPN") and t is not subj]
    return any("armed" in subject_kinds(coder, t) for t in words[:8])


def readied_force(coder, cl, code: str) -> Optional[tuple]:
    """(code, modality, why) for an act of force a `posture` head readies an armed doer for, or None."""
    from eventwire.coding.force_codes import aim_heads
    head = cl.intent_head
    if code[:2] not in PLACE_TARGET_ROOTS or head is None or cl.negated or cl.hypothetical or cl.subj is None \
            or head.lemma_.lower() not in aim_heads()["posture"]:
        return None
    if any(t.lower_ in _FIRST_PERSON and t.tag_ in ("PRP", "PRP$") for t in cl.subj.subtree):
        return None        # "our troops are poised to strike": the speaker's own warning
    if not _armed_doer(coder, cl.subj):
        return None
    return POSTURE_CODE, "asserted", f"an armed force readied for the act ('{head.text} to {cl.pred.text}'): " \
                                     f"force posture -> {POSTURE_CODE}, no threat in words"
