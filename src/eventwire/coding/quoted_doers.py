"""Doers a speaker names in the same quotation (issue 14, no source): a passive toll with no doer told inside a
quotation takes the doer of the acts of force that quotation tells next to it.

    got = quoted_doers(sdoc, e, acts, quote, mates)     # asked by doers._context_doers for a quoted toll

doers.py step 5 lends a bare passive toll ("Ten civilians were killed") the doer of the acts of force told just
before it, but only outside quotations: a quotation tells what its speaker saw, not the acts the writer told around
it. A speaker, though, often names the doer in the quotation itself, before or right after the toll ('"They shelled
the market all morning. Six people were killed"', '"Two elders were beaten and shot. The gunmen meant to silence
every critic in the valley"'). Such a toll takes the doer (or the doers of one act) of the acts of force
of the nearest sentence of the SAME quotation within QUOTE_NEAR sentences, before or after it (before, where two are
as near), on the same conditions as step 5: the places agree, the act there was not done to another named person,
the doers are one side or the doers of one act, none is of the victims' own side nor with them. Never an act of
another quotation or of the writer's narrative around it, nor where that nearest sentence tells acts of several
doers, nor a doer the speaker names by a pronoun ('"they bombed the hospital. Up to 500 civilians were killed"':
whom "they" stands for in a quotation is coreference's guess, too weak to lend).
"""
from __future__ import annotations

PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WDT"})
QUOTE_NEAR = 2                 # sentences before or after a quoted toll that may name its doer, in its quotation


def quoted_doers(sdoc, e, acts: dict, quote, mates=frozenset()) -> list:
    """[(doer, why)] for a passive toll told in quotation `quote(e.trigger_start)` (module doc), or []."""
    from eventwire.coding.doers import _not_own_side, _other_victim, _place_key, _told_doer, _usable
    here = quote(e.trigger_start)
    if here < 0:
        return []
    a = _place_key(e.location)
    order = sorted((k for k in range(e.sentence - QUOTE_NEAR, e.sentence + QUOTE_NEAR + 1) if k != e.sentence),
                   key=lambda k: (abs(k - e.sentence), k > e.sentence))
    for si in order:
        xs = [x for v in acts.get(si, {}).values() for x in v if _told_doer(x) and quote(x.trigger_start) == here]
        if not xs:
            continue
        if any(_pronoun(sdoc, x.source) for x in xs):
            return []             # ("they bombed the hospital"): whom a speaker's pronoun stands for is a guess
        if a is not None and any(_place_key(x.location) not in (None, a) for x in xs):
            return []
        if any(_other_victim(sdoc, x, e) for x in xs):
            return []
        codes = {x.source.code for x in xs}
        by_act: dict = {}
        for x in xs:
            by_act.setdefault(x.trigger_start, set()).add(x.source.code)
        if len(codes) > 1 and len(by_act) > 1 and any(s != codes for s in by_act.values()):
            return []             # several doers of several acts in that sentence: whose act this is is not plain
        doers = _usable(_not_own_side([x.source for x in xs], e), e)
        if len(doers) != len(codes) or any(d.code in mates for d in doers):
            return []
        where = "before" if si < e.sentence else "after"
        return [(d, f"the doer of '{xs[0].trigger_text}', told in the same quotation in sentence {si}, {where} "
                    f"it ('{d.text}')") for d in doers]
    return []


def _pronoun(sdoc, a) -> bool:
    """Whether an actor was named by a pronoun: in a quotation, "they" may be anyone the speaker has in mind."""
    if a is None or a.start is None or a.end is None:
        return False
    span = sdoc.char_span(a.start, a.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.tag_ in PRONOUN_TAGS


def narrative_lends(e, act_quote: int, quote) -> bool:
    """Whether an act of the writer's narrative (quotation `act_quote` < 0) may lend its doer, as the article's one
    or main doer of such acts (coding/sides.py), to harm told inside a quotation that was done to the story's
    people or places (sides.VICTIMS: "we are seeing civilians killed every day", a doctor says, in a story whose
    one doer of force is told in the narrative): the witness tells of the harm the article names the doer of."""
    from eventwire.coding.sides import VICTIMS
    t = e.target
    return act_quote < 0 and quote(e.trigger_start) >= 0 and t is not None and (t.sector or "") in VICTIMS
