"""The object of an active participle on a noun is that participle's patient, never who the noun is.

"denounced a study pressing the cabinet to act", "rejected a paper blaming the army": read with its participle,
the noun's phrase names the cabinet or the army, which the study presses and the paper blames; neither is the
study or the paper, nor what the denunciation or rejection is aimed at. A name the phrase resolves to there is no
target of the noun (coding/resolve.py, the phrase read with its participle; a subject keeps that reading, which
stands for the doer the participle's clause lacks). A prepositional phrase of the participle still may be ("fighters belonging to the group",
"men working for the ministry").
"""
from __future__ import annotations


def in_participle_object(head, start) -> bool:
    """Whether the character offset `start` lies in the direct object of an active participle ("-ing", tagged VBG)
    that modifies `head`."""
    if start is None:
        return False
    for c in head.children:
        if c.dep_ != "acl" or c.tag_ != "VBG":
            continue
        for o in c.children:
            if o.dep_ in ("dobj", "dative") and o.left_edge.idx <= start <= o.right_edge.idx:
                return True
    return False
