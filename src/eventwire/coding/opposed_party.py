"""Targets stage: a protest by a crowd written "anti-X" is aimed at X (issue 14, the anti-X crowd).

"Anti-Bush protesters marched through London", "anti-American demonstrators rallied in Islamabad": the name after
"anti-" before the doer's head names whom the crowd is against, not whose it is (knowledge/phrase_sides.py gives the
crowd its country from the place or the story). A protest (CAMEO root 14) with no target named by any slot is aimed
at that one: the person or the state the name stands for (a known actor of the KB, not a sector: "anti-government"
names no one). Asked by coding/target_chain.py when no slot or fallback named a target.
"""
from __future__ import annotations

import re

from eventwire.model import Actor

# "anti-Bush ", "anti-American ": the partisan name right before the doer's head (at most one word between)
_ANTI = re.compile(r"(?:^|[\s(\"'\u201c])anti\s?[-\u2010\u2011]\s?([A-Z][\w'.\u2019-]*(?:\s[A-Z][\w'.\u2019-]*){0,2})"
                   r"\s+(?:[a-z-]+\s+)?$", re.I)


def _opposed(coder, text: str, s, date):
    """The one known actor named after "anti-" just before the doer's span starting at offset `s`, or None."""
    m = _ANTI.search(text[max(0, s - 60):s])
    if m is None or not m.group(1)[:1].isupper():
        return None
    found = [a for a in coder.kb.find(m.group(1), date) if a.code and a.kind in ("person", "country", "igo", "group")]
    if len({a.code for a in found}) != 1:
        return None
    return found[0], m.group(1)


def opposed_target(coder, cl, code: str, sources: list, ctx, sent):
    """([actor], how) for the one an "anti-X" crowd protests against (module doc), or None."""
    if code[:2] != "14" or len(sources) != 1 or sources[0].start is None:
        return None
    src = sources[0]
    text = sent.doc.text
    got = _opposed(coder, text, src.start, ctx.date)
    if got is None:
        return None
    a, name = got
    if src.country and a.code == src.code:
        return None
    off = text.rfind(name, max(0, src.start - 60), src.start)
    how = f"the one the 'anti-{name}' crowd protests against"
    actor = Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=a.entity, text=name,
                  start=off, end=off + len(name), why=f"{how}: {a.why or a.code}", kind=a.kind)
    return [actor], how
