"""Where a people's body is, told by a phrase the parser hung on the verb beside it (issue 14, item 3: "a sector or
role with no country takes one from its own modifiers"; asked by actor_country._place_people_body where the
phrase's own words name no country).

    got = hung_place(head, where, home)      # (country, why) or None
    skip = hung_spans(others, sent)          # spans of the others' hung "from" phrases, no doer's country

"Macron hosted Kurdish leaders from northern Syria", "inviting to the Elysee Kurdish commanders under attack in
northern Syria": the parser often hangs the phrase that follows the people's noun on the verb, yet it is the noun's
own: where they come from, or where the attack they are under is. It places them (SYRKURGOV), as their own "from
Syria" would, only where:
  - the phrase follows the noun's own words at once (nothing between);
  - it is a "from" phrase (`from-prep`), or an "under" phrase whose noun is an attack (`under-attack`:
    "under attack", "under fire", "under siege") with its own "in" place ("under attack from Turkey in northern
    Syria": the attacker's "from Turkey" is never theirs);
  - its places lie in one country, one of the people's homelands (data/actors/peoples.tsv).
The place of the visit ("to the Elysee", "in Berlin") is never theirs (peoples.tsv: such leaders stay KURGOV).
The hung "from" phrase of another party is no country of the doer either ("the chancellor hosted Kurdish leaders
from northern Iraq": not Iraq's chancellor; asked by actor_country.place_actor for a source). Words are
data/coding/actor_country.tsv rows.
"""
from __future__ import annotations

from typing import Optional


def _places_in(tok, where) -> dict:
    """{country: text} of the sentence's named places inside `tok`'s subtree (a country's name too, not a
    nationality), but for a phrase of its own other than "of" ("officials from Qamishli in Brussels": not Brussels,
    where the parser hung the venue on the town)."""
    lo = tok.left_edge.idx
    hi = tok.right_edge.idx + len(tok.right_edge.text)
    cut = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.children
           if c.dep_ == "prep" and c.lower_ != "of"]
    return {it[0]: it[3] for it in where.in_sentence(tok.sent)
            if (it[4] == "place" and not it[5] or (it[1], it[2]) in where.named) and lo <= it[1] and it[2] <= hi
            and not any(s <= it[1] < e for s, e in cut)}


def _hung_prep(head):
    """The preposition the parser hung on the verb right after the noun `head`'s own words, or None."""
    if head is None or head.dep_ not in ("dobj", "pobj"):
        return None
    nxt = head.right_edge.i + 1
    if nxt >= head.sent.end:
        return None
    p = head.doc[nxt]
    if p.dep_ != "prep" or p.head.i == head.i or p.head.i != (head.head.head.i if head.dep_ == "pobj" else head.head.i):
        return None
    return p


def hung_spans(others, sent) -> list:
    """Character spans of the "from" phrases the parser hung on the verb right after the other parties' nouns: where
    they come from, no country of the doer ("the chancellor hosted Kurdish leaders from northern Iraq": not Iraq's)."""
    from eventwire.knowledge.actor_where import word_kinds
    from eventwire.doc_index import span_root
    froms = word_kinds().get("from-prep", frozenset())
    out = []
    for o in others:
        if o is None or o.start is None or o.end is None or not (sent.start_char <= o.start < sent.end_char):
            continue
        p = _hung_prep(span_root(sent.doc, o.start, o.end))
        if p is not None and p.lower_ in froms:
            out.append((p.idx, p.right_edge.idx + len(p.right_edge.text)))
    return out


def hung_place(head, where, home: frozenset) -> Optional[tuple]:
    """(country, why) from the phrase the parser hung on the verb right after the people's noun `head` (module doc)."""
    from eventwire.knowledge.actor_where import word_kinds
    kinds = word_kinds()
    p = _hung_prep(head)
    if p is None:
        return None
    pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if p.lower_ in kinds.get("from-prep", frozenset()):
        found, how = _places_in(pobj, where), f"'{p.text} ...'"
    elif p.lower_ == "under" and pobj.lemma_.lower() in kinds.get("under-attack", frozenset()):
        found = {}
        for c in pobj.children:      # (only the attack's "in" place: "under attack from Turkey in northern Syria")
            if c.dep_ == "prep" and c.lower_ in kinds.get("location-prep", frozenset()):
                for g in c.children:
                    if g.dep_ == "pobj":
                        found.update(_places_in(g, where))
        how = f"'under {pobj.text} in ...'"
    else:
        return None
    if len(found) != 1:
        return None
    country, text = next(iter(found.items()))
    if country not in home:
        return None
    return country, f"from the phrase after it that the parser hung on the verb, {how}: '{text}' (one of the " \
                     f"people's homelands)"
