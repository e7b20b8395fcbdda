"""Targets stage: a plea for access is made of the side the story tells besieging (issue 14 item 4, no target).

    events = access_asked_targets(sdoc, events)    # a document stage, after city_gathering_parties

"The enclave has been besieged by regime forces since 2013. ... Relief agencies' pleas for access have gone
unanswered": an appeal or demand (data/coding/access_asked.tsv `ask-root`) for access or passage (`access-noun`, its
object or "for" phrase) that names no target asks it of whoever keeps the access shut: the doer of the siege or
blockade (`siege-code`: 191) the story told in its sentence or the BACK sentences before, the nearest one. None where
the sieges told there are by two sides, where the siege's doer is the asker's own side, or where no siege is told.

The target's `why` begins "the side besieging, told N sentence(s) before ('<trigger>')" and the event's rule ends
with "; target: " and the same words.
"""
from __future__ import annotations

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.tables import kind_sets
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

BACK = 12          # sentences before the plea in which the story may tell the siege

_KINDS = kind_sets("access_asked.tsv")
_ROOTS = tuple(_KINDS.get("ask-root", ()))
_ACCESS = _KINDS.get("access-noun", frozenset())
_SIEGES = tuple(_KINDS.get("siege-code", ()))


def _asks_access(t) -> bool:
    """Whether the act's word takes an access noun as its object or "for" phrase ("pleas for access", "demanded
    access")."""
    for c in t.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _ACCESS:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _ACCESS for g in c.children):
            return True
    return False


def access_asked_targets(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a plea for access that names no target aimed at the side the story tells besieging (module
    doc)."""
    if sdoc is None or not events or not _ROOTS or not _SIEGES:
        return events
    sieges = [x for x in events if (x.cameo or "").startswith(_SIEGES) and is_named(x.source)]
    if not sieges:
        return events
    out = list(events)
    for i, e in enumerate(events):
        if e.target is not None or e.source is None or not (e.cameo or "").startswith(_ROOTS) \
                or e.trigger_token is None or e.trigger_token >= len(sdoc) or not _asks_access(sdoc[e.trigger_token]):
            continue
        told = [x for x in sieges if e.sentence - BACK <= x.sentence <= e.sentence
                and (x.sentence < e.sentence or (x.trigger_token or 0) < e.trigger_token)]
        if not told:
            continue
        near = max(told, key=lambda x: (x.sentence, x.trigger_token or 0))
        if any(not same_side(x.source, near.source) for x in told) or same_side(near.source, e.source):
            continue
        back = e.sentence - near.sentence
        where = f"{back} sentence(s) before" if back else "earlier in its sentence"
        out[i] = with_target(e, near.source, f"the side besieging, told {where} ('{near.trigger_text}')")
    return out
