"""A person's home place, as the story gives it in the clause the person's name is the subject of (issue 14, item 3,
bare sectors; read by knowledge/unknown_origin.py for a person the actor lists do not know).

    found = home_countries(name_token, ctx)      # [(country, phrase)]

"Alsankari and Srihini fled from their home in Hama, Syria", "Maria Lopez left her home in Leeds", "Srihini's home
in Hama": the home (a `home-noun` of data/coding/actor_country.tsv) that the name's own possessive, or a personal
possessive pronoun ("his", "her", "their") in the clause whose subject the name is (or is coordinated in), places "in"
a town or country is where the person is from: SYRCVL. Only a place the gazetteer puts in one country, the most
populous of its name there (knowledge/people_origin.likeliest_country), never a place the home merely is near."""
from __future__ import annotations

_PRONOUNS = {"his", "her", "their"}


def _home_words() -> frozenset:
    from eventwire.knowledge.actor_where import word_kinds
    return word_kinds().get("home-noun", frozenset())


def _place_in(home, ctx):
    """(country, phrase) of the place in the home's "in" phrase, or None."""
    from eventwire.knowledge.people_origin import likeliest_country
    for c in home.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        obj = next((x for x in c.children if x.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            return None
        place = next((p for p in ctx.places_in(obj.left_edge.idx, obj.idx + len(obj.text))
                      if p.country and p.end >= obj.idx + len(obj.text) and not p.demonym), None)
        if place is None or likeliest_country(place.text) != place.country:
            return None
        return place.country, home.doc[home.left_edge.i:obj.i + 1].text
    return None


def _homes_of(verb, words):
    """The home nouns a verb takes as its object or as the object of its preposition ("fled from their home")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in words:
            yield c
        elif c.dep_ == "prep":
            yield from (x for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() in words)


def home_countries(n, ctx) -> list:
    """[(country, phrase)]: the home places the story gives the person whose name ends at token `n`."""
    words = _home_words()
    if not words:
        return []
    out = []
    # "Srihini's home in Hama"
    if n.dep_ == "poss" and n.head.lemma_.lower() in words:
        got = _place_in(n.head, ctx)
        if got is not None:
            out.append(got)
    # "Alsankari and Srihini fled from their home in Hama": the name is (coordinated in) the clause's subject
    t = n
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        for home in _homes_of(t.head, words):
            if any(c.dep_ == "poss" and c.lower_ in _PRONOUNS for c in home.children):
                got = _place_in(home, ctx)
                if got is not None:
                    out.append(got)
    return out
