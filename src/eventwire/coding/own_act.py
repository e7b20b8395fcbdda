"""An act of force whose object is its own act noun, read as a party that is the doer itself (issue 14, no target).

"The Baloch Liberation Army has waged a bloody insurgency in Pakistan", "the group ran a campaign of terror in Iraq":
the object names the act (an event noun of the lexicon), and the sector its word names ("insurgency": INS), given the country of its "in"
phrase, reads as the doer itself, so that the dyad is dropped as self-directed and the fallbacks that would name
whom the act is aimed at (the state a non-state side fights on its own ground, the holder of ground, the state of a
place acted on: coding/place_targets.py) are never asked. Such a party is none: the fallbacks are asked instead.
Not for an act noun that names another party ("fought the insurgency in Iraq" by US troops: the insurgents).
"""
from __future__ import annotations

from eventwire.coding.context import STATE_SECTORS
from eventwire.coding.same_party import is_source

_FORCE = ("18", "19", "20")


def own_act_party(coder, cl, code: str, tgt_tok, targets: list, sources: list) -> bool:
    """Whether the targets read from the act's slot are only the doers themselves, read from an act noun of force that
    is the act's own object (module doc)."""
    if not targets or not sources or code[:2] not in _FORCE or tgt_tok is None or cl.kind != "verb":
        return False
    if tgt_tok.pos_ != "NOUN" or tgt_tok is not cl.obj or not coder._is_event_noun(tgt_tok):
        return False
    # (a noun the lexicon codes as an act of force itself, "insurgency", "war", "campaign"; not the people an act is
    # done to, "prisoners")
    if not any(e.cameo[:2] in _FORCE for e in coder.lex.match_noun(tgt_tok.lemma_.lower(), frozenset())):
        return False
    if all(is_source(t, sources) for t in targets):
        return True
    # (a non-state side's own insurgency: "the BLA has waged an insurgency in X", read as X's insurgents, is the
    # act's own word, not a second party; a state's forces fighting "the insurgency" fight the insurgents)
    return all(s.sector and s.sector not in STATE_SECTORS for s in sources) and all(
        not t.entity and t.kind in ("sector", None) and t.start is not None
        and t.start <= tgt_tok.idx < (t.end or t.start) for t in targets)
