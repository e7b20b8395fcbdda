"""Targets stage: the "to" of a noun of worth names the one it matters to, not the one spoken to.

"The president dismissed the strategic value of Somalia to Kenya", "stressed the importance of the port to China":
the target fallbacks (coding/roles.py ``_fallback_targets``) read a "to" phrase, whether the parser hung it on the
noun or on the verb, as the one the words were addressed to. When the verb's object is a noun of
worth (data/coding/roles.tsv `worth-noun`: value, importance, significance, relevance ...) and the "to" phrase
comes right after that object's phrase, it belongs to the noun: whom the thing is worth something to, no party
of the act.

    if p == "to" and valued_for(cl, t): continue      # in the fallback loop
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words


WORTH_NOUNS = role_words().get("worth-noun", frozenset())


def valued_for(cl, pobj) -> bool:
    """Whether `pobj`, the object of a "to" read on the clause's verb, is whom the verb's object, a noun of worth,
    matters to ("dismissed the value of Somalia to Kenya")."""
    obj = cl.obj
    if obj is None or pobj is None or obj.lemma_.lower() not in WORTH_NOUNS:
        return False
    prep = pobj.head
    # (hung on the noun itself, or on the verb right after the noun's phrase)
    return prep.lower_ == "to" and (prep.head.i == obj.i or prep.i == obj.right_edge.i + 1)
