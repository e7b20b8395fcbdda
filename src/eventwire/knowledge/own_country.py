"""'His country', 'their country': the country of the state office-holder a possessive pronoun stands for.

"Erdogan said his country would not lift the ban", "the ministers said their country was ready to send troops": a
country noun (data/coding/nouns.tsv `country`) with a possessive pronoun names the possessor's own state. The pronoun
is resolved as a title's possessor is ("his foreign minister": knowledge/actor_story.possessor_country): only an
office-holder of a state or a state itself gives its country; a private person's "her country" (a refugee's, a
returning fighter's) gives none, nor "our country" in a quote (the speaker, not a pronoun the article resolves).

    actor = own_country(head, sent, ctx)      # an Actor of kind "country", or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge import actor_story
from eventwire.model import Actor

_PRONOUNS = ("his", "her", "its", "their")


def own_country(h, sent, ctx) -> Optional[Actor]:
    """The possessor's country for "his/her/its/their country" (module doc), or None."""
    coref = getattr(ctx, "coref", None)
    if coref is None or h.pos_ != "NOUN" or h.tag_ != "NN" or h.lemma_.lower() not in coref.country_nouns:
        return None
    poss = [c for c in h.children if c.dep_ == "poss"]
    if len(poss) != 1 or poss[0].lower_ not in _PRONOUNS \
            or any(c.dep_ in ("amod", "compound") and c.lower_ != "own" for c in h.children):
        return None          # ("his adopted country", "their home country": not plainly the state they serve)
    # (resolved as a state body's possessor would be: a stand-in with a state sector)
    got = actor_story.possessor_country(Actor(code="GOV", sector="GOV"), h, sent, ctx)
    if got is None:
        return None
    country, why = got
    start = h.left_edge.idx
    return Actor.national(country, text=h.doc.text[start:h.idx + len(h.text)], start=start,
                          end=h.idx + len(h.text), kind="country", why=f"'{h.text}' of its possessor: country {country} {why}")
