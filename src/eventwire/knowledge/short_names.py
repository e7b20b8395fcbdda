"""An organisation named again by the end of its name in lower case: after "a UN security council resolution",
"the security council" and "the security council resolution" are the UN Security Council, not a council of the
story's country. The actor matcher does not take a two-word name in lower case on its own ("security council" is
any state's as well), so the body is the one the story named before in full whose name ends with those words.

Indexed once per document (the tails of its group, party and international body mentions), then one look-up per
phrase.
"""
from __future__ import annotations

import bisect
from typing import Optional

from eventwire.knowledge.coref_choice import link
from eventwire.model import Actor

_ORG_KINDS = ("igo", "group", "party")
_DETS = ("the", "this", "that", "its")


def _words(text: str) -> list:
    return [w for w in text.lower().replace("’", "'").split() if w]


def _index(ctx) -> dict:
    """{tail words: ([starts], [mentions])} of the document's organisation mentions of three words or more."""
    cached = getattr(ctx, "_short_name_index", None)
    if cached is not None and cached[0] is ctx.mentions:
        return cached[1]
    index: dict = {}
    for m in ctx.mentions:
        if m.start is None or not m.code or m.kind not in _ORG_KINDS:
            continue
        ws = _words(m.text or "")
        for k in range(2, len(ws)):
            starts, ms = index.setdefault(" ".join(ws[-k:]), ([], []))
            starts.append(m.start)
            ms.append(m)
    for starts, ms in index.values():
        order = sorted(range(len(starts)), key=lambda i: starts[i])
        starts[:], ms[:] = [starts[i] for i in order], [ms[i] for i in order]
    ctx._short_name_index = (ctx.mentions, index)
    return index


def named_before(h, phrase, ctx, names_body: bool = True) -> Optional[Actor]:
    """The organisation the phrase of head `h` names by the end of its full name, named before it in the story, or
    None. The phrase is a determiner (or none) and two lower-case words or more ("the security council") whose head
    names a body (`names_body`: a sector word, not "atomic energy" of the International Atomic Energy
    Agency)."""
    if not names_body:
        return None
    toks = [t for t in phrase if not (t.dep_ in ("case", "punct") or t.tag_ == "POS")]
    while toks and toks[0].lower_ in _DETS and toks[0].i != h.i:
        toks = toks[1:]
    if len(toks) < 2 or toks[-1].i != h.i or any(not t.is_lower or not t.is_alpha for t in toks):
        return None
    got = _index(ctx).get(" ".join(t.lower_ for t in toks))
    if not got:
        return None
    starts, ms = got
    k = bisect.bisect_left(starts, phrase.start_char) - 1
    if k < 0:
        return None
    m = ms[k]
    if len({x.code for x in ms[:k + 1]}) > 1:
        return None                      # two bodies of that name before it: say neither
    span = h.doc[toks[0].i: h.i + 1]
    return link(m, span, f"'{span.text}': the end of the name of '{m.text}', named before ({m.code})")


def renamed(a: Optional[Actor], doc, ctx) -> Optional[Actor]:
    """A sector-only actor a phrase resolver found inside a longer phrase ("the motion adopted by the security
    council": 'council' GOV) that is the end of an organisation's name named before: that organisation; else `a`."""
    if a is None or a.country or a.entity or not a.sector or a.start is None or a.end is None:
        return a
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return a
    h = span.root
    return named_before(h, doc[h.left_edge.i: h.i + 1], ctx) or a
