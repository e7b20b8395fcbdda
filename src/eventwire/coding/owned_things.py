"""The owner a possessive pronoun names for a thing or place an act is done to (issue 14, no target): "coalition jets
pounded their bunkers", "a drone that entered its airspace", "militias marching on his home province". The owner of
what an act of force, coercion or protest hits is its target (roles.Roles._directed_at, role "owner"); a phrase that
names its owner by a name ("an Israeli village", "the army's sites") resolves by itself, but one whose owner is a
pronoun names none until the pronoun is linked (knowledge/coref.py: `owner` for "its"/"their", a country or body;
`pronoun` for "his"/"her", a person).

Only for a noun of a thing or ground owned (roles.tsv `owned-thing`, the place and ground nouns) with no name of its own
in the phrase ("their bunkers", not "their Kandahar base"): never a person ("their prisoners", "her father": the person is
the one acted on), nor a noun that is itself a party ("their allies", "its sponsor": relational.py), a group's part
("its branch": resolve._part_of_owner) or an abstract thing ("their activities", "its way"). The doer's own things ("withdrew its troops", "sealed its borders") are dropped by the
coder, which never takes the source as the target.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.context import PLACE_HEADS
from eventwire.coding.roles import victim_words
from eventwire.knowledge.coref_sets import party_kind
from eventwire.model import Actor

OWNER_PRONOUNS = ("its", "their")
PERSON_PRONOUNS = ("his", "her")


def possessor_owner(h, ctx, sent) -> Optional[Actor]:
    """The actor the possessive pronoun on `h` stands for, as the owner of the thing `h` names, or None."""
    if h.pos_ != "NOUN" or ctx.coref is None or not owned_noun(h):
        return None
    poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS + PERSON_PRONOUNS), None)
    if poss is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
        return None
    if any(t.pos_ == "PROPN" for t in h.subtree if t.i != h.i):
        return None     # "their Raqqa base": the phrase names its own place
    got = [a for a in (ctx.coref.pronoun(poss, sent) or []) if a is not None]
    if not got and poss.lower_ in OWNER_PRONOUNS:
        owner = ctx.coref.owner(poss, sent)
        got = [owner] if owner is not None else []
    # (not a nationality the pronoun was linked to: "their house" after "Syrians" is private people's, no state's)
    got = [a for a in got if a.code and (a.country or a.entity) and "demonym" not in (a.why or "")]
    if len(got) != 1:
        return None
    owner = got[0]
    return replace(owner, text=f"{poss.text} {h.text}", start=poss.idx, end=h.idx + len(h.text),
                   why=(owner.why or "") + f"; the owner of '{poss.text} {h.text}', which '{poss.text}' stands for "
                                           f"('{owner.text}')")


def owned_noun(h) -> bool:
    """Whether a noun names a thing or ground a party owns (roles.tsv `owned-thing`, a place or ground noun)."""
    lemma = h.lemma_.lower()
    if lemma in role_words().get("unowned-place", frozenset()) or party_kind(lemma) is not None:
        return False        # "moved its frontier east", "their neighbouring states" (a party itself)
    return lemma in role_words().get("owned-thing", frozenset()) or lemma in PLACE_HEADS \
        or lemma in victim_words().get("ground", frozenset())
