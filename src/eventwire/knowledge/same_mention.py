"""One mention, one actor (issue 14, bare sectors): a sector-only actor ("forces", "the schools", "the family") that
another event of the same article placed at the very same words takes that country too.

    events = same_mention_countries(events)     # called from pipeline.py after the stages that fill sides

The actor stages place each event's sides from that event's own frame (its clause's place, its party's country), so
one phrase that two acts share can come out placed in one and bare in the other: "Turkish forces fired on a convoy of
pro-regime forces entering the Afrin region" gives SYRMIL for those fired on and bare MIL for those entering. The words
are one mention of one actor: the bare side takes the placed one's code, where every placed reading of those words
(same start, end, text and sector) agrees on one code; the `why` names the act whose reading it takes.
"""
from __future__ import annotations

from dataclasses import replace


def _bare(a) -> bool:
    return a is not None and not a.country and not a.entity and bool(a.sector) and a.start is not None


def same_mention_countries(events: list) -> list:
    placed: dict = {}
    for e in events:
        for a in (e.source, e.target):
            if a is not None and a.country and a.sector and a.start is not None and a.end is not None:
                placed.setdefault((a.start, a.end, a.text, a.sector), []).append((a, e))
    if not placed:
        return events
    for e in events:
        for side in ("source", "target"):
            a = getattr(e, side)
            if not _bare(a):
                continue
            got = placed.get((a.start, a.end, a.text, a.sector))
            if not got or len({x.code for x, _ in got}) != 1:
                continue
            other, ev = got[0]
            setattr(e, side, replace(a, code=other.code, country=other.country,
                                     why=(a.why or "") + f"; country {other.country} as the same words read in the "
                                                         f"act '{ev.trigger_text}' ({other.why or other.code})"))
    return events
