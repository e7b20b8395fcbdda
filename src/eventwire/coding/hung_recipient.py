"""Roles stage: the recipient of a gift whose "to" phrase the parser hung inside the gift's own phrase.

"Sweden will ship blankets alongside winter assistance to Armenia", "the ministry delivered fuel in two convoys of
tankers to Gaza": the act of giving (CAMEO 07, a
return of property 0842) names its recipient in a "to" phrase, which the parser attached not to the verb but to a
noun of what is given (the object, a noun of its "of" phrase, or the noun of another phrase of the verb:
"alongside aid", "in two convoys"). That phrase's actor is the act's target. Only nouns of the gift's phrase count,
never a clause inside it ("crates that had been flown to Lima": the relative clause's own act), nor the subject's
phrase; never the doer itself. But a second "to" phrase the parser hung on a clause inside the gift's phrase, after
the clause's own ("returned 30 masks that date back to 1700 to Ghana"), is the gift's: a verb takes one.

    found = hung_recipient(coder, cl, entry, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.same_party import other_parties

_GIFT_CODES = ("07", "0842")
_NOUN_TAGS = ("NOUN", "PROPN")
_INNER_PREPS = ("of", "in", "alongside", "with", "worth", "including")
_DEPTH = 3


def _gift_nouns(cl) -> list:
    """The nouns of what is given: the object and the nouns of its phrases, and those of the verb's own phrases
    (not "to"), down to _DEPTH prepositions; no clause inside them."""
    starts = [cl.obj] if cl.obj is not None and not cl.passive and cl.obj.pos_ in _NOUN_TAGS else []
    starts += [g for c in cl.pred.children if c.dep_ == "prep" and c.lower_ != "to"
               for g in c.children if g.dep_ == "pobj" and g.pos_ in _NOUN_TAGS]
    out, todo = [], [(t, 0) for t in starts]
    while todo:
        tok, depth = todo.pop(0)
        out.append(tok)
        if depth >= _DEPTH:
            continue
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ in _NOUN_TAGS:
                todo.append((c, depth))
            if c.dep_ == "prep" and c.lower_ in _INNER_PREPS:
                todo.extend((g, depth + 1) for g in c.children if g.dep_ == "pobj" and g.pos_ in _NOUN_TAGS)
    return out


def hung_recipient(coder, cl, entry, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the recipient named in a "to" phrase hung on a noun of the gift (module doc), or None."""
    if cl.kind != "verb" or not entry.cameo.startswith(_GIFT_CODES) or "to" in cl.preps:
        return None
    for noun in _gift_nouns(cl):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i):
            who = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in _NOUN_TAGS), None)
            if who is None:
                continue
            found = other_parties(coder, who, sources, ctx, sent)
            if found:
                return found, f"the recipient 'to {who.text}' hung on '{noun.text}', a noun of what is given"
    for noun in _gift_nouns(cl):
        for rel in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")):
            # (its own "to" may hang on its particle or adverb: "date back to 1700")
            heads = [rel] + [c for c in rel.children if c.dep_ in ("advmod", "prt")]
            tos = sorted((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > rel.i
                          for g in c.children if g.dep_ == "pobj"), key=lambda t: t.i)
            if len(tos) < 2 or tos[-1].pos_ not in _NOUN_TAGS:
                continue     # (one "to" phrase is the clause's own: "crates that had been flown to Lima")
            found = other_parties(coder, tos[-1], sources, ctx, sent)
            if found:
                return found, (f"the recipient 'to {tos[-1].text}', the second 'to' phrase the parser hung on "
                               f"'{rel.text}' inside what is given")
    return None
