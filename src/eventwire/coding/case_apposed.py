"""A general noun whose comma aside names which one it stands for (issue 14, who receives support, session 30): "the
first battle in which American air power was deployed to support a group, in this case the Kurds, on the ground",
"Washington sent drones to protect an ally, namely the Iraqi government".

The aside opens with an `instance-mark` (data/coding/roles.tsv: "in this case", "namely", "that is") right after the
noun's phrase and a comma; the phrase after the mark, up to the next comma or the end of the sentence, names the
actor the noun stands for. The parser often hangs that phrase elsewhere ("in this case" read as a prepositional
phrase of the clause, the name as a loose dependent), so the phrase is read from the words, and its head is the one of
its tokens whose head lies outside it. The coder takes it for a target that named no actor, or only a sector ("a
group", "a militia"), with a rule saying so.
"""
from __future__ import annotations

from functools import cache
from typing import Optional

from eventwire.coding.clause_record import role_words


@cache
def _marks() -> tuple:
    """The instance marks as word tuples, longest first."""
    marks = role_words().get("instance-mark", frozenset())
    return tuple(sorted((tuple(m.split()) for m in marks), key=len, reverse=True))


def instance_named(tok) -> Optional[object]:
    """The head token of the phrase an instance aside after the noun `tok` names (module doc), or None."""
    if tok is None or tok.pos_ not in ("NOUN", "PRON"):
        return None
    doc, sent = tok.doc, tok.sent
    end = max(tok.i, max((c.i for c in tok.subtree if c.dep_ in ("det", "amod", "compound")), default=tok.i)) + 1
    if end >= sent.end or doc[end].text != ",":
        return None
    for mark in _marks():
        words = [t.lower_ for t in doc[end + 1: end + 1 + len(mark)]]
        if tuple(words) != mark:
            continue
        start = end + 1 + len(mark)
        if start < sent.end and doc[start].text == ",":
            start += 1                   # "namely, the Kurds"
        stop = next((t.i for t in doc[start: sent.end] if t.text in (",", ";", ":", "(", ")", "–", "—")
                     or t.is_quote), sent.end)
        span = doc[start: stop]
        if not len(span) or len(span) > 8 or not any(t.pos_ in ("PROPN", "NOUN") for t in span):
            return None
        heads = [t for t in span if not (start <= t.head.i < stop) or t.head.i == t.i]
        return heads[0] if len(heads) == 1 and heads[0].pos_ in ("PROPN", "NOUN") else None
    return None
