"""The body a veto is cast in, where the veto names no target (issue 14 item 4, no target).

    events = veto_forums(sdoc, events, ctx)    # a document stage, after stopped_aid_targets

"Once again, the UN is helpless, the security council rendered impotent by Russian vetoes", "Russia's veto at the
United Nations over any countermeasures", "Russia has wielded its UN Security Council veto six times": a veto is
cast in a body whose members vote (data/coding/veto_forums.tsv `forum`: the UN, IGOUNO, with its Security Council),
and blocks what that body was to adopt; a veto (`veto`: 129) with a named doer and no target is aimed at the body of
that kind named in its sentence (the mention nearest its trigger, before it first), else in the sentence before.
An actor mention of the document (DocContext.mentions) names it; none of the doer's own side, and none at all where the
veto noun's own modifier names the body ("has used its UN Security Council veto to protect X": where it is cast,
coding/forum_acts.py, kept no target by tests/test_forum_acts.py).

The target's `why` begins "the body the veto was cast in, named in its sentence" (or "the sentence before"), and the
event's rule ends with "; target: " and the same words.
"""
from __future__ import annotations

from functools import lru_cache

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.forum_acts import forum_act
from eventwire.coding.tables import kind_sets
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

BACK = 1           # sentences before the veto's own that may name its body


@lru_cache(maxsize=1)
def _table() -> tuple:
    """(veto prefixes, forum code prefixes) from data/coding/veto_forums.tsv."""
    sets = kind_sets("veto_forums.tsv")
    return tuple(sets.get("veto", ())), tuple(sets.get("forum", ()))


def _own_phrase(t):
    """(start, end) characters of the forum act noun's modifiers before it ("its UN Security Council veto", also as
    the object of "used", "cast"): the body named there is only where the act is cast (coding/forum_acts.py), and
    tests/test_forum_acts.py keeps it no target; None where the act names no such noun."""
    noun = t if forum_act(t) else next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and forum_act(c)),
                                       None)
    if noun is None:
        return None
    return noun.left_edge.idx, noun.idx


def veto_forums(sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a veto that names no target aimed at the body its sentence (or the one before) names as
    where vetoes are cast (module doc)."""
    if sdoc is None or ctx is None or not events:
        return events
    vetoes, forums = _table()
    if not vetoes or not forums:
        return events
    sents = None
    out = list(events)
    for i, e in enumerate(events):
        if e.target is not None or not (e.cameo or "").startswith(vetoes) or not is_named(e.source) \
                or e.trigger_token is None or e.trigger_token >= len(sdoc):
            continue
        if sents is None:
            sents = list(sdoc.sents)
        here = next((k for k, s in enumerate(sents) if s.start <= e.trigger_token < s.end), None)
        if here is None:
            continue
        t = sdoc[e.trigger_token]
        at = t.idx
        own = _own_phrase(t)
        if own is not None and any(m.code and m.code.startswith(forums) for m in ctx.mentions_from(own[0], own[1])):
            continue               # ("used its UN Security Council veto": the body is only where it was cast)
        for back in range(0, BACK + 1):
            if here - back < 0:
                break
            s = sents[here - back]
            cands = [m for m in ctx.mentions_from(s.start_char, s.end_char - 1)
                     if m.code and m.code.startswith(forums) and not same_side(m, e.source)]
            if not cands:
                continue
            m = min(cands, key=lambda m: (m.start > at, abs(at - m.start)))
            where = "its sentence" if back == 0 else "the sentence before"
            out[i] = with_target(e, m, f"the body the veto was cast in, named in {where} ('{m.text}')")
            break
    return out
