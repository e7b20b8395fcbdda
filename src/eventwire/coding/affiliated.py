"""Groups described by their tie to a named group (issue 14, no target): "militants linked to al-Shabaab", "fighters
allied to the Houthis", "groups affiliated with the PKK". The actor phrase leaves out a participle clause on its
noun ("talks brokered by Turkey" are not Turkey's), so such a noun, naming no actor of its own ("militants",
"groups", "Somali gunmen"), resolved to nothing or to a bare sector. A `link` participle of
data/coding/described_actors.tsv with a "to" or "with" object that resolves to a named non-state group makes the
noun that group's. A state, a capital or a person after it ("forces allied to Assad", "rebels aligned with Ankara")
is a patron, not the group: the noun is read as before."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable


def _link_words() -> frozenset:
    from eventwire.coding.resolve import _described_table
    return frozenset(_described_table().get("link", {}))


def affiliated_group(h, acts: list, resolve: Callable) -> list:
    """`acts` (the actors read from the head `h`), or the named group a link participle on `h` ties it to when no
    actor read from `h` names a body of its own (an entity) or a group."""
    from eventwire.coding.people_ties import people_noun
    if people_noun(h):
        return acts               # "citizens linked to Isis": people the tie describes (coding/people_ties.py)
    if h.pos_ != "NOUN" or any(a is not None and (a.entity or a.kind in ("group", "igo", "party", "person"))
                               for a in acts):
        return acts
    words = _link_words()
    for c in h.children:
        if c.dep_ not in ("acl", "amod") or c.i < h.i or not (c.lower_ in words or c.lemma_.lower() in words):
            continue
        for p in c.children:
            if p.dep_ != "prep" or p.lower_ not in ("to", "with"):
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                got = [a for a in resolve(o) if a is not None and a.code and a.kind == "group"]
                if got:
                    span = h.doc[h.left_edge.i: o.i + 1]      # (not its place: "linked to X in Mombasa")
                    return [replace(a, text=span.text, start=span.start_char, end=span.end_char,
                                    why=(a.why or "") + f"; '{h.text}' {c.text} {p.text} '{o.text}': that group's "
                                                        f"(a noun with no actor of its own)") for a in got[:1]]
    return acts
