"""A sum of money written short as a verb's object: "gave £20m to", "donated $2bn", "provided €4m", "USD1 million".

The tokenizer splits "£20m" into a currency sign, a number and a unit ("m"), and the parser then takes the number or
the unit for the object, or hangs the unit on the verb: the object's lemma ("20", "m", "2bn") names no word the
lexicon's money rows list (money, funds, million, ...), so "Britain gave £20m to Sudan" was no aid. A number or unit
that the text marks as money (a currency sign or code next to it, or the tagger's MONEY entity on it) stands for
"money" (`object_lemma`, coding/clauses.py). Words for money ("dollars", "million") keep their own lemma; a bare
number or a unit of length or weight ("a 5m wall", "20 km") is no money.
"""
from __future__ import annotations

import functools
import re

from eventwire.coding.tables import kind_sets

# a number, possibly with an ISO code or currency sign glued before it and a unit letter after it: 20, 2bn, 4.5m, USD1
_SHORT = re.compile(r"^(?:[a-z]{3}|[a-z]{0,2}\$|\W)?\d[\d,.]*(?:[a-z]{1,3})?$", re.I)


@functools.lru_cache(maxsize=None)
def _words() -> dict:
    return kind_sets("money_amounts.tsv")


def _sign(tok) -> bool:
    """A currency sign or code ("£", "$", "US$", "€", "USD", "EUR")."""
    return tok.lower_ in _words().get("sign", frozenset())


def _glued_code(text: str) -> bool:
    """'USD1', 'us$5', '£20m' written as one token: a currency code or sign glued to the number."""
    low = text.lower()
    return any(low.startswith(s) and len(low) > len(s) and low[len(s)].isdigit() for s in _words().get("sign", ()))


def _unit_ok(text: str) -> bool:
    """The letters after the digits, if any, are a unit of money ('m', 'bn', 'k'), not of length or weight."""
    m = re.search(r"\d([a-z]+)$", text.lower())
    return m is None or m.group(1) in _words().get("unit", frozenset())


def money_amount(tok) -> bool:
    """Whether `tok` (an object's head) is a number or money unit that the text marks as a sum of money."""
    if tok is None:
        return False
    text = tok.lower_
    unit = text in _words().get("unit", frozenset())
    if not unit and not (_SHORT.match(text) and _unit_ok(text) and any(ch.isdigit() for ch in text)):
        return False
    if _glued_code(text):
        return True
    doc = tok.doc
    near = [doc[j] for j in range(max(tok.i - 3, 0), tok.i)] + list(tok.children)
    if unit:
        # "m" in "£20m": the number before it (its child or the token just before) carries the sign or entity
        nums = [t for t in near if t.like_num or t.ent_type_ == "MONEY"]
        if not nums:
            return False
        return any(t.ent_type_ == "MONEY" or _sign(t) or _glued_code(t.lower_) for t in near)
    return tok.ent_type_ == "MONEY" and any(_sign(t) or t.ent_type_ == "MONEY" for t in near + [tok]) \
        or any(_sign(t) for t in near)
