"""The fighters a side that names its foe kills are that foe's (issue 14, wrong target; read by
knowledge/actor_country.py).

    if foe_group(a, head, sent, ctx, others, cameo): ...   # "the coalition against Isis killed 900 fighters"

In an act of force, a bare armed target ("fighters", "militants", "gunmen": sector UAF, INS, REB or RAD, with no
country, group or person of its own) whose doer's own phrase names the armed group it fights ("the coalition against
Isis", "the anti-Isis alliance", "forces fighting al-Shabaab") is of that group: the group's code, not the country
the story is about (a story about Britons does not make the fighters a coalition killed British). Only one group
named so, and never the doer itself.
"""
from __future__ import annotations

_ARMED = frozenset({"UAF", "INS", "REB", "RAD"})
_GROUP_KINDS = ("group", "party")
_AIM_WORDS = frozenset({"against", "fighting", "fight", "battling", "combating", "combatting", "defeat", "counter"})


def foe_group(a, head, sent, ctx, others, cameo: str) -> bool:
    """Give a bare armed target of an act of force the armed group its doer's phrase says it fights, in place;
    whether it did."""
    if cameo[:2] not in ("18", "19", "20") or a.sector not in _ARMED or a.country or a.entity or head is None:
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return False              # ("its fighters", "the group's militants": their owner's, read elsewhere)
    doc = sent.doc
    foes = {}
    for o in others or ():
        if o is None or o.start is None or o.end is None or o.entity:
            continue
        span = doc.char_span(o.start, o.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge.text)
        for m in ctx.mentions_from(lo, hi - 1):          # (those starting inside the doer's phrase)
            if m.start is None or m.kind not in _GROUP_KINDS or not m.entity \
                    or m.sector not in _ARMED | {"INS"} or o.start <= m.start < o.end and m.end <= o.end:
                continue
            if _aimed(doc, m.start, lo):
                foes.setdefault(m.entity, m)
    if len(foes) != 1:
        return False
    g = next(iter(foes.values()))
    a.code, a.country, a.sector, a.entity, a.name = g.code, g.country, g.sector, g.entity, g.name
    a.why = (a.why or "") + f"; the armed group its doer's phrase says it fights: '{g.text}' ({g.name}) -> {g.code}"
    return True


def _aimed(doc, start: int, lo: int) -> bool:
    """Whether the group mention at `start` is named as what the phrase fights: right after an aim word ("against
    Isis", "fighting Isis", "to defeat Isis") or after "anti-" ("the anti-Isis coalition")."""
    text = doc.text
    before = text[lo:start].rstrip()
    if before.endswith("anti-") or before.lower().endswith("anti"):
        return True
    words = before.split()
    return bool(words) and words[-1].lower().strip("–-") in _AIM_WORDS
