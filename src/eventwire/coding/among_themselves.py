"""Acts the members of one side do to each other (issue 14, no target, session 27): "the rebel factions accused each
other of betrayal", "opposition groups blamed each other for the defeat", "the two militias have been fighting one
another".

Where "each other" / "one another" is the act's object (or its preposition's) and the
act has a single doer named by a plural noun or "we"/"they" (no coordinated parties, whose acts towards each other
reciprocal_pairs gives), the members of that side act on one another: the target is that same side, spanning the words
"each other", with a `why` that says so. The dyad keeps one code on both sides (REB -> REB), as event data codes
infighting within a side; event_rows keeps it (`IN_SIDE_WHY`) where a code shared by both sides would otherwise be
read as an actor acting on itself.

    pairs, how = among_themselves(cl, sources, targets, ctx)     # ([(source, target)], rule text) or (None, "")
"""
from __future__ import annotations

from dataclasses import replace

IN_SIDE_WHY = "each other: "      # the start of the target's why (read by coding/event_rows.py)


def _pair_token(pred):
    """The last token of the "each other"/"one another" the predicate takes (also "one" heading "another", as the
    parser may read "fighting one another")."""
    def pair(t) -> bool:
        return (t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")) or \
            (t.lower_ == "one" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "another")
    for c in pred.children:
        if pair(c):
            return c
        if c.dep_ == "prep":
            got = next((g for g in c.children if pair(g)), None)
            if got is not None:
                return got
    return None


def among_themselves(cl, sources: list, targets: list, ctx):
    """([(source, target)], rule text) for an act one plural side does to its own members (module doc), or (None, "")."""
    if targets or len(sources) != 1 or cl.kind != "verb" or cl.subj is None or not sources[0].code:
        return None, ""
    plural = cl.subj.tag_ in ("NNS", "NNPS") or cl.subj.lower_ in ("we", "they")    # ("we are accusing each other")
    if not plural or any(c.i > cl.subj.i for c in cl.subj.conjuncts):
        return None, ""
    other = _pair_token(cl.pred)
    if other is None:
        return None, ""
    s = sources[0]
    first = other if other.lower_ == "one" else other.doc[other.i - 1]
    start = first.idx
    end = first.idx + len(first.text) + 1 + len(first.doc[first.i + 1].text)
    why = f"{IN_SIDE_WHY}the members of '{cl.subj.text}' ({s.code}) act on one another: its own side is the target"
    t = replace(s, text=ctx.text[start:end], start=start, end=end, why=why)
    return [(s, t)], f"; target: '{t.text}', the members of one side acting on one another"
