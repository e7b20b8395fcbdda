"""A past participle the parser hung on the tail of a fixed name "N prep TAIL" ("crimes against humanity committed by
Turkish forces", "weapons of mass destruction held by the regime"): it describes N, the head of the name, which is
the participle's patient (issue 14, wrong root: "committed" with the crimes as its object is an atrocity, not a
bare commitment, 030). The names are data/coding/fixed_phrases.tsv; read by clause_args.object_of."""
from __future__ import annotations

from functools import lru_cache

from eventwire.coding.tables import coding_table


@lru_cache(maxsize=1)
def _tails() -> frozenset:
    return frozenset((prep.lower(), tail.lower()) for prep, tail, *_ in coding_table("fixed_phrases.tsv"))


def _tail_key(tok) -> str:
    mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    return "-".join(mods + [tok.lower_])


def name_head(noun):
    """The head of the fixed name `noun` ends ("humanity" in "crimes against humanity" -> "crimes"), or `noun`."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return noun
    if (prep.lower_, _tail_key(noun)) in _tails() or (prep.lower_, noun.lower_) in _tails():
        return prep.head
    return noun
