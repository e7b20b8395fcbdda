"""Targets, slot stage: the one addressed by a verb of asking, pressing, lobbying or warning.

The person or body asked is the target; what they are asked for or about is the topic. A lexicon row can mark its
slot as the "for" phrase or as none ("lobbied for the rebels", "pressed for talks"), but when the verb also has a
direct object that names a party, that object is the one addressed ("lobbied the minister for the release of
prisoners held by a militia": the minister, not the militia inside the topic). When the verb's own object names no
party ("pressed his case for a buffer zone") and the verb is a purpose clause under a verb of meeting or contacting
whose object does ("met her Chilean counterpart to press her case"), the counterpart is the one addressed; so is the
object of a verb of asking or warning that such a clause hangs on ("warned the junta not to fire, warning that ...").
Words: data/coding/addressing_verbs.tsv.
"""
from __future__ import annotations

import functools

from eventwire.coding.same_party import other_parties
from eventwire.coding.tables import word_kind_sets


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    return word_kind_sets("addressing_verbs.tsv")       # (its words are all lower case)


def _party(coder, tok, sources, ctx, sent):
    if tok is None or tok.pos_ not in ("PROPN", "NOUN") or coder._is_event_noun(tok):
        return []
    # (the phrase's own head names the party, not a name inside what it asks for: "his plan for Peru")
    return [a for a in other_parties(coder, tok, sources, ctx, sent)
            if a.start is None or a.start <= tok.idx < a.end or _same_phrase(tok, a)]


def _same_phrase(tok, actor) -> bool:
    """An actor read from the token's own words before any prepositional phrase or clause on it ("his US
    counterpart, Ann Lee": an apposition names the same one)."""
    lo = tok.left_edge.idx
    cut = min([c.left_edge.idx for c in tok.rights if c.dep_ in ("prep", "acl", "relcl")] + [tok.right_edge.idx + 1])
    return lo <= actor.start < cut


def addressed_object(coder, cl, entry, sources, ctx, sent):
    """(token, how) for the party a verb of asking addresses when its row's slot is not the object; else None."""
    if cl.kind != "verb" or cl.passive or cl.lemma not in _words().get("addresser", ()):
        return None
    obj = next((c for c in cl.pred.children if c.dep_ == "dobj"), None)
    if obj is not None and _party(coder, obj, sources, ctx, sent):
        # (a row whose slot is the object already takes it)
        return None if entry.target == "dobj" else (obj, f"'{obj.text}', the one '{cl.pred.text}' addresses")
    bound = coder._binding_object(cl)
    if bound is None or bound.head.lemma_.lower() not in _words().get("contact", ()) | _words().get("addresser", ()):
        return None
    if _party(coder, bound, sources, ctx, sent):
        return bound, f"'{bound.text}', the one '{bound.head.text}' and addressed by '{cl.pred.text}'"
    return None
