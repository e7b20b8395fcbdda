"""Actor countries, steps 2-4 (knowledge/actor_country.py, step 1 being the actor's own modifiers): the country of
where the act happened, for an actor its own phrase does not place: the clause's place (`_clause_place`), the only
country the sentence names with the other party's own set aside (`_party_spans`), the story's country
(`_where_it_happened`, which says why). knowledge/actor_country.py re-exports them (other actor stages import them
from there).
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import PLACES_STORY, where_of, word_kinds
from eventwire.knowledge.earlier_place import earlier_place
from eventwire.knowledge.where_clause import where_clause_place
from eventwire.knowledge.own_clause import place_in_own_clause
from eventwire.knowledge.act_place import _NO_ACTOR_PLACE, demonym_on_ground, named_where as _named_where
from eventwire.knowledge.place_standing import acted_on, listed_with_others, origin_of_someone


def _clause_place(anchor, ctx):
    """The event's own place (event_location without its dateline and article fallbacks), once per trigger."""
    places = getattr(ctx, "places", None)
    if anchor is None or not places:
        return None
    cache = anchor.doc.user_data.setdefault("eventwire.clause_place", {})
    if anchor.i in cache:
        return cache[anchor.i]
    from eventwire.knowledge.event_location import event_location
    loc = event_location(anchor.doc, anchor.i, places, None, None, apart=False)
    if loc is not None and loc.precision != "clause":
        loc = None                    # a place elsewhere in the sentence counts among the sentence's countries
    cache[anchor.i] = loc
    return loc


def _inside(start, spans) -> bool:
    return any(s <= start < e for s, e in spans)


def _party_spans(others, cameo: str, story: Optional[str], source_side: bool = False) -> list:
    """Character spans of the other party's mentions whose country is theirs alone: in an act of force, a party from
    outside the story's country ("Russian jets bombed rebels" in a story about Syria; not a police force or a court,
    which act at home: "Egyptian police shot protesters"). Elsewhere the party's country is the sentence's too
    ("the Nicaraguan government banned the opposition party")."""
    kinds = word_kinds()
    if cameo[:2] not in kinds.get("force", frozenset()):
        # a foreign state named as the one acted on by its own name ("the rebels implored the United States to stay",
        # "the opposition urged Washington to act") is not where the doer is from
        if not source_side or cameo[:2] not in ("02", "03", "04", "05", "06", "07", "08"):
            return []         # (appeals and cooperation, where a foreign state is so often the one addressed)
        return [(o.start, o.end) for o in others
                if o is not None and o.start is not None and o.end is not None and o.country
                and (o.kind == "capital" or o.kind == "country" and o.code == o.country)
                and not (story and o.country == story)]
    home_bodies = kinds.get("domestic", frozenset())
    return [(o.start, o.end) for o in others
            if o is not None and o.start is not None and o.end is not None and o.sector not in home_bodies
            and not (story and o.country == story)]


def _where_it_happened(anchor, sent, ctx, skip: list, abroad: bool = False, venue: bool = False,
                       party_blocks: bool = True, home_body: bool = False, places_only: bool = False,
                       story_among_actors: bool = False, own_clause: bool = False,
                       complement: bool = False) -> Optional[tuple]:
    """(country, why) from steps 2-4: the clause's place, the sentence's place or only country, the story's country.
    None where the sentence names several countries or nothing is known. `venue`: the act's place is where parties
    met ("talks in Geneva"), no party's own: it gives no country and does not count among the sentence's.
    `own_clause`: the clause's place gives its country only from the event's own clause, or with `complement` its
    complement too (the one acted on: "urged residents to leave X"; knowledge/own_clause.py); else it counts as one
    of the sentence's places. An implicit agent is the state where the act was, whatever clause names it.
    `home_body`: a police force or a court, which acts at home: where the sentence names several countries but its
    named places lie in one, that one ("riot police raided the hotel in Bodrum, south-west Turkey, where he stayed
    with his Bulgarian fiancee": Turkish police; a nationality is no place where anything happened)."""
    doc = sent.doc
    where = where_of(ctx, doc)
    loc = _clause_place(anchor, ctx)
    elsewhere = None            # the event's place where it stands in another clause (knowledge/own_clause.py)
    if loc is not None and not venue and where.role(loc.start, loc.end) is None \
            and not (abroad and acted_on(doc, loc.start, loc.end)) and not listed_with_others(doc, loc, where, sent):
        if own_clause and not place_in_own_clause(anchor, doc, loc, complement):
            elsewhere = (loc.start, loc.end)        # (not "MPs urged the premier to act in X")
        elif country := where.named.get((loc.start, loc.end), loc.country):
            return country, f"from the clause's place '{loc.text}'"
    got = None if venue or loc is not None else where_clause_place(anchor, sent, where, _NO_ACTOR_PLACE)
    if got is not None:                 # "a checkpoint in Zakho, where officers searched the lorries"
        return got
    venue_span = (loc.start, loc.end) if venue and loc is not None else None
    from eventwire.coding.coder import supporter_tokens
    backers = {doc[i].idx for i in supporter_tokens(sent)}
    items, party, party_countries = [], False, set()
    for it in where.in_sentence(sent):
        if it[1] in backers:
            continue                  # a backer's country is not the backed's ("separatists backed by Russia")
        is_place = it[4] == "place" or (it[1], it[2]) in where.named      # (a capital named as a place too)
        if where.roles.get((it[1], it[2])) in _NO_ACTOR_PLACE or (it[1], it[2]) == venue_span \
                or is_place and abroad and acted_on(doc, it[1], it[2]):
            continue
        if _inside(it[1], skip):
            party = True              # the other party's own country ("Russian jets bombed rebels") is not this actor's
            party_countries.add(it[0])
            continue
        if places_only and it[5]:
            continue                  # (an actor or a nationality named beside a people's body is no place of it)
        items.append(it)
    countries = {it[0] for it in items}
    if elsewhere is not None and len(countries) > 1 and len({it[0] for it in items if (it[1], it[2]) != elsewhere}) == 1:
        # a place in another clause says where that act is, not whose this actor is: the one other country the
        # sentence names is ("MPs signed a letter to Downing Street urging the premier to act in X": British MPs)
        items = [it for it in items if (it[1], it[2]) != elsewhere]
        countries = {it[0] for it in items}
    if home_body and len(countries) > 1 and not party:
        # (a home town named as where someone is from is no place where anything happened: "Ann Jones, 31, from
        # Bristol, was staying in Bodrum, western Turkey, when armed officers stormed the hotel": Turkish police)
        places = [it for it in items if not it[5] and not origin_of_someone(doc, it[1], it[2])]
        if len({it[0] for it in places}) == 1:
            return places[0][0], f"the only country of the places the sentence names ('{places[0][3]}'; police and courts act at home)"
    if len(countries) == 1 and party and party_blocks:
        # (a capital or a country named where something is counts as a place too: "killed in Russia's offensive
        # against a rebel enclave in southern Syria")
        placeish = [it for it in items if not it[5] or (it[1], it[2]) in where.named and _named_where(doc, it)
                    or demonym_on_ground(doc, it)]          # ("struck the Turkish town of X")
        places = [it for it in placeish if not origin_of_someone(doc, it[1], it[2])]
        if places and len(places) == len(placeish):
            # "Russian jets killed four people in Idlib": with the attacker's own country set aside, the places the
            # sentence names lie in one country, where its victims are (a nationality alone stays too weak: "Russian
            # jets bombed rebels, Iranian media said")
            return places[0][0], (f"the only country of the places the sentence names ('{places[0][3]}'; "
                                  "the other party's own country set aside)")
    if story_among_actors and len(countries) > 1 and not party and where.story is not None \
            and where.story[1] != PLACES_STORY and where.story[0] in countries \
            and all(it[5] and it[4] == "mention" and (it[1], it[2]) not in where.named
                    for it in items if it[0] != where.story[0]):
        # "to shield clinics hit by Russian and Syrian jets" in a story about Syria: the other countries
        # are named only as actors of the sentence, no place ("in Iraq and Syria", "trade with Iran"), and the one
        # acted on is where the story is
        return where.story[0], f"from {where.story[1]}, which the sentence names (the other countries only as actors)"
    if len(countries) > 1 or countries and party and party_blocks:
        return None                   # several countries: none of them is plain
    it = next((it for it in items if (it[1], it[2]) not in where.private), None)
    if it is not None:
        return it[0], f"the only country the sentence names ('{it[3]}')"
    # ("a French man, X, said the police had beaten protesters": his nationality is his own, not the police's)
    if not countries and not party and (got := earlier_place(anchor, sent, ctx)) is not None:
        return got                    # "The students were arrested" after "students near Homs ...": knowledge/earlier_place.py
    if where.story is not None:
        if party and where.story[1] == "the country the story is about" \
                and any(where.towns.get(c, 0) for c in party_countries if c != where.story[0]):
            # a story about Britons whose sentence tells of "clinics hit by Russian and Syrian jets": the
            # other party acts in a country whose towns the story names, and its victims may well be there
            return None
        return where.story[0], f"from {where.story[1]}"
    return None
