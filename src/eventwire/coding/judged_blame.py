"""A responsibility the writer judges another to bear is no acknowledgment by that party (issue 14, not an event).

"It should come as no surprise that Moscow bears much of the responsibility": the writer's judgement; Moscow
acknowledges nothing (015 is the bearer's own word: "we bear responsibility", "the Kremlin said it bears
responsibility"). A speaker who says another bears it accuses that party (coding/speech_acts.py `blamed_by`, 112);
with no speaker, the clause yields no event. Only the lexicon's 015 rows of "bear" read so: "took responsibility",
"admitted responsibility" are acts of their subject.
"""
from __future__ import annotations


def judged_bearer(coder, cl, entry) -> bool:
    """Whether a 015 "X bears responsibility" clause is a judgement about X, not X's acknowledgment: X is a noun or
    a name (not "we", "it"), and no speaker is told saying it (`blamed_by` codes a speaker's accusation)."""
    if entry.cameo != "015" or cl.kind != "verb" or cl.pred.lemma_.lower() != "bear" or cl.negated:
        return False
    subj = cl.subj
    if subj is None or subj.pos_ == "PRON":
        return False
    return coder.blamed_by(cl, entry) is None
