"""A town or a building owns no army and no government (issue 14, wrong actors; read by Coref.owner).

    ground_owner(m, sector, words)   # True: mention `m` is a stretch of ground or a building that cannot own a body
                                     # of `sector`, so "its"/"their" on that body stands for someone else

"The Libyan port, held by militants until 2017, is under pressure from Egypt after its armed forces began an
offensive": the demonym names where the port is, and "its" there is no state's; the port's country is no owner of
"its armed forces" (LBYMIL was wrong), so the next actor that can own them is (Egypt). Likewise "a speech from the
pulpit of an old mosque in Sirte by its leader": a mosque has no government, and its place's country is no leader's.
A town's residents, police or mayor stay the town's (only the sectors data/coding/coref.tsv `ground` names for the
noun are refused: a town or a region owns no MIL; a building owns neither GOV nor MIL).
"""
from __future__ import annotations


def _ground_words(m) -> list:
    """The nouns mention `m` is read from: the noun a demonym or a place name is on ("the Libyan port": port), and the
    last word of a sector-only phrase ("mosque")."""
    out = []
    tok = getattr(m, "token", None)
    if tok is not None:
        out.append(tok.lemma_.lower())
        out.append(tok.lower_)
    text = (m.actor.text or "").split()
    if text and m.actor.sector and not m.actor.entity:
        out.append(text[-1].lower())
    return out


def ground_owner(m, sector, words: dict) -> bool:
    """Whether mention `m` stands for a stretch of ground or a building (coref.tsv `ground`) whose row refuses
    `sector`: then it owns no body of that sector. Named bodies (an entity: a group, a party) are never ground."""
    if not sector or m.actor is None or m.actor.entity:
        return False
    if m.actor.kind == "country" and "demonym" not in (m.actor.why or ""):
        return False            # ("Egypt ... its armed forces": a country named as such owns them)
    for w in _ground_words(m):
        cls, value = words.get(w, ("", None))
        if cls == "ground" and sector in (value or "").split():
            return True
    return False
