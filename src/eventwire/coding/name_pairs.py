"""Two full names joined by "and" that the parser read as one name (issue 14, no target).

"Donald Trump and Angela Merkel discussed trade tariffs": the parser hangs the first name ("Donald Trump") on the
last word of the second ("Merkel") as a name modifier, with "and" and the second name's first word ("Angela") under
it, so the subject phrase reads as one name and its first name is taken for the whole. Read as the
two names it is: each a party of its own, so that a mutual act ("discussed", "met", "spoke") is done by each towards
the other (coding/reciprocal.py), and an act of both has both doers. Asked by `Resolver.actors_for` (coding/resolve.py).
"""
from __future__ import annotations

from typing import Optional

_JOINERS = frozenset({"and", "&"})


def _all_names(toks) -> bool:
    return bool(toks) and all(t.pos_ == "PROPN" or (t.tag_ == "HYPH" or t.lower_ in (".", "-")) for t in toks)


def misread_pair(tok) -> Optional[tuple]:
    """(first name, second name) as two spans, where `tok` is the last word of a name whose name modifier holds an
    "and" and the first word of the name `tok` ends ("Donald Trump and Angela Merkel", with "Trump" a modifier of
    "Merkel"), and every word of both names is a proper noun; else None."""
    if tok.pos_ != "PROPN" or tok.dep_ == "conj":
        return None
    for first in tok.children:
        if first.dep_ not in ("nmod", "compound") or first.pos_ != "PROPN" or first.i >= tok.i:
            continue
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ in _JOINERS and c.i > first.i), None)
        second = next((c for c in first.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > first.i), None)
        if cc is None or second is None or not cc.i == first.i + 1 or second.i <= cc.i or second.i >= tok.i:
            continue
        doc = tok.doc
        # (the first name's words may hang on either: "Donald[nmod of Merkel] Trump[nmod of Merkel] and Angela Merkel")
        start = min(first.left_edge.i, tok.left_edge.i)
        while start < first.i and doc[start].pos_ == "DET":
            start += 1
        left, right = doc[start: first.i + 1], doc[cc.i + 1: tok.i + 1]
        # (both names whole: "Donald Trump", "Angela Merkel"; nothing but names between the "and" and the head)
        if len(left) < 2 or len(right) < 2 or not _all_names(left) or not _all_names(right):
            continue
        if any(c.dep_ not in ("cc", "conj", "compound", "nmod", "punct") for c in first.children) \
                or any(c.dep_ not in ("compound", "nmod", "conj", "cc", "punct") for c in second.children):
            continue
        return left, right
    return None


def named_pair(resolver, tok, pair, ctx) -> list:
    """The two parties of a misread pair of names, each resolved as a name of its own, or [] where either names no
    known actor (then the phrase is read as the parser gave it)."""
    from dataclasses import replace
    got = []
    for span in pair:
        a = resolver.kb.resolve_phrase(span.text, span.start_char, ctx.date, ctx.countries)
        if a is None or not a.code or a.start is None or ctx.in_junk(a.start, a.end):
            return []
        got.append(replace(a, why=(a.why or "") + f" ('{pair[0].text}' and '{pair[1].text}': two names the parser "
                                                    f"read as one)"))
    if got[0].start == got[1].start:
        return []
    if ctx.coref is not None:
        ctx.coref.note(tok, got)
    return got
