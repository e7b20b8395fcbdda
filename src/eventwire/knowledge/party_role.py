"""The country of an office with no country in its words, from the party word its holder's description gives (issue
14, no source: doers the actor lists do not know, described by the story).

"Mac Harlan, the Republican chair of the House armed services committee, said ...": the role's words name a
legislature's committee (data/actors/sectors.tsv: LEG) and no country; "Republican" is the adjective of a party the
actor lists know (data/actors/parties.tsv, "Republican Party" -> USAPTY), so the office is that party's country's:
USALEG, with the sector the office gives, not the party's (a member of a chamber acts as a legislator, "the
Conservative chair of the defence select committee" is GBRLEG; a role phrase the lists read as the party itself,
"Labour MP X", keeps the party's code as knowledge/people.py gives it). Only a capitalised word before the role's head noun, read as
"<word> Party" and resolved by the actor lists to a party with a country (with the story's countries, as a name
several countries' parties share is resolved), counts, and only where no other country the story is about has a
party of the actor lists named "<word> Party ..." ("Conservative MP X" in a story about Canada, whose "Conservative
Party of Canada" the lists know, is not the UK's; Turkey's "Republican People's Party" is no "Republican Party");
a people ("Kurdish") or a word that is no party's name says nothing, and a role with a country of its own keeps it.

    ra = party_office(ra, role_span, role_head, kb, ctx)    # an Actor, or None; asked by knowledge/people.py
"""
from __future__ import annotations

from typing import Optional

from eventwire.model import Actor


def _party_of(tok, kb, ctx) -> Optional[Actor]:
    """The party (with a country) whose name is `tok`'s word with "Party" after it, or None."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN") or not tok.is_alpha:
        return None
    countries = tuple(getattr(ctx, "countries", ()) or ())
    a = kb.resolve_phrase(f"{tok.text} Party", tok.idx, ctx.date, countries)
    if a is None or a.kind != "party" or not a.country or not a.code:
        return None
    word = tok.lower_
    if any(o.kind == "party" and o.country and o.country != a.country and o.country in countries
           and o.name.lower().startswith(f"{word} party") for o in kb.orgs.values()):
        return None       # ("Conservative MP X" in a story about Canada, whose own party bears the word: not the UK's)
    return a


def party_office(ra, role_span, role_head, kb, ctx) -> Optional[Actor]:
    """`ra` (a sector with no country, read from `role_span`) given the country of the one party a word before
    `role_head` names, or None (module doc)."""
    if ra is None or not ra.code or ra.country or not ra.sector or ra.kind in ("person", "group", "party", "igo") \
            or role_head is None:
        return None
    found = [(t, p) for t in role_span if t.i < role_head.i and (p := _party_of(t, kb, ctx)) is not None]
    if len({p.country for _, p in found}) != 1:
        return None
    tok, party = found[0]
    return Actor.national(party.country, ra.sector, kind="country",
                          why=f"{ra.why}; country {party.country} from the party word '{tok.text}' in the "
                              f"description ({party.name}, {party.code})")
