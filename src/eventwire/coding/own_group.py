"""Roles stage, actors: the group a person's "his group" stands for (issue 14, no source).

    got = person_group(h, ctx, sent)     # coding/resolve.py, for a head with no "of" phrase: Actor or None

"The al-Shabaab commander said his group attacked the base", "a town seized by her movement's fighters": a word for
a body (data/coding/actor_country.tsv `group-noun`: group, movement, organisation, militia, faction, network) owned
by "his" or "her" is the group of the one the pronoun stands for (coreference, knowledge/coref.py): a named group
itself ("the al-Shabaab leader" read as the group), or a listed person of a non-state side (sector REB, INS, OPP or
UAF) whose listed role names the group ("Leader of al-Shabaab": the group that role's "of" phrase resolves to). Not
the person's own country and sector: a group's leader may be of another country than the group ("his group" after an
Egyptian leader of a group based elsewhere). A person of a state, a private person ("her group" after an aid worker)
or a person with no listed group gives none, and the coder leaves the phrase as it was. A part of such a group (roles.tsv
`group-part`: "his group's affiliate", "her movement's armed wing") acts as the group, as "its branch" does
(coding/resolve_parts._part_of_owner).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.model import Actor


_NON_STATE = frozenset({"REB", "INS", "OPP", "UAF"})


def _listed_group(kb, o: Actor, at: int, date, countries) -> Optional[Actor]:
    """The group a listed person's role names ("Leader of al-Shabaab"), or None."""
    person = getattr(kb, "people", {}).get(o.entity or "")
    if person is None:
        return None
    found = {}
    for r in person.roles:
        if r.sector not in _NON_STATE or " of " not in r.role:
            continue
        g = kb.resolve_phrase(r.role.split(" of ", 1)[1], at, date, countries)
        if g is not None and g.kind in ("group", "party") and g.entity and g.code:
            found[g.entity] = g
    return next(iter(found.values())) if len(found) == 1 else None


def person_group(h, ctx, sent, kb=None) -> Optional[Actor]:
    """The group "his group", "her movement" (or a part of it, "his group's armed wing") at the head `h` stands for,
    from the one its pronoun stands for (module doc), or None."""
    from eventwire.knowledge.actor_country import word_kinds
    from eventwire.coding.clause_record import role_words
    if h.lemma_.lower() in role_words().get("group-part", frozenset()) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
        owner = next((c for c in h.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        got = person_group(owner, ctx, sent, kb) if owner is not None else None
        if got is None:
            return None
        return replace(got, text=h.doc[owner.left_edge.i: h.i + 1].text, end=h.idx + len(h.text),
                       why=got.why + f"; its '{h.text}' acts as the group")
    if h.lemma_.lower() not in word_kinds().get("group-noun", frozenset()) or ctx.coref is None:
        return None
    poss = next((c for c in h.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in ("his", "her") \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
        return None
    owners = ctx.coref.pronoun(poss, sent)
    if len(owners) != 1 or owners[0] is None or not owners[0].code:
        return None
    o = who = owners[0]
    if o.kind == "person" and o.sector in _NON_STATE and kb is not None:
        o = _listed_group(kb, o, h.idx, ctx.date, ctx.countries)
    if o is None or o.kind not in ("group", "party") or not o.entity:
        return None
    return replace(o, text=f"{poss.text} {h.text}", start=poss.idx, end=h.idx + len(h.text), kind=o.kind,
                   why=(o.why or "") + f"; '{poss.text} {h.text}' is the group of the one '{poss.text}' stands for "
                                       f"('{who.name or who.text}', {o.code})")
