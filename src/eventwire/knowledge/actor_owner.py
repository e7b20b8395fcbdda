"""Whose a sector-only actor is, from a relative clause or from the story (issue 14, item 3; read by
knowledge/actor_country.py).

    got = clause_owner(a, head, sent, ctx) # (country, why) or None: "the council governing Manbij", then:
    got = relative_owner(a, head, ctx)     # (country, why) or None: "Iran, whose militiamen"
    foreign_office(head)                   # "the foreign secretary" is no foreigner
    got = home_office(a, head, sent, ctx)  # "parliament", "the defence secretary", "the president": DocContext.home
    got = earlier_body(a, sent, ctx)       # "police" after "riot police raided the hotel in Bodrum, Turkey"
    note_bodies(actors, sent, ctx)         # (remembers each event's placed police for earlier_body)

A sector-only actor whose possessor is "whose", or "its"/"their" inside a relative clause, belongs to that clause's
antecedent when the antecedent is a country, a capital standing for one, or a state's office-holder or body: "Iran,
whose Revolutionary Guards and proxy militiamen back the Syrian army" (IRNUAF for "militiamen", which shares
the possessor of the title it is coordinated with); "in Iraq, where its military has ousted the group" (IRQMIL); an
antecedent that only describes the name before it is that name's ("Hassan Rouhani, the Iranian leader whose army fought
in Iraq": IRNMIL). The
syntax says whose they are, so this comes before coreference of the pronoun (knowledge/actor_story.possessor_country).
None for a group's, a party's, an international body's or a people's ("Isis, whose fighters"; "four Britons who
tortured their captives"), for an antecedent listed with others ("Russia and Turkey, whose defence ministers met": one
actor per country, `listed_owners`, read by coding/resolve.py), for
"its"/"their" after another named actor in the clause ("Trump, who castigated Russia and its president") or standing
for a person, and for a place that is no country ("Raqqa, where its fighters hid": the town's people are no state's).
"""
from __future__ import annotations

import bisect
from typing import Optional

_RELATIVE_POSS = ("whose", "its", "their")


def _country_places(ctx) -> tuple:
    """(starts, places): the story's named countries as places ("in Iraq"), sorted by start; built once per story."""
    from eventwire.knowledge.actor_story import _store
    s = _store(ctx)
    if "country_places" not in s:
        ps = sorted((p for p in getattr(ctx, "places", None) or ()
                     if p.feature == "country" and p.country and not p.demonym and p.start is not None
                     and p.end is not None), key=lambda p: p.start)
        s["country_places"] = ([p.start for p in ps], ps)
    return s["country_places"]


def _place_at(ctx, idx: int):
    starts, ps = _country_places(ctx)
    k = bisect.bisect_right(starts, idx) - 1
    return ps[k] if k >= 0 and ps[k].start <= idx < ps[k].end else None


def _named_between(ctx, start: int, end: int) -> bool:
    """Whether the story names an actor with a country between two character offsets."""
    from eventwire.knowledge.actor_story import _named
    starts = _named(ctx)[0]
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def _antecedent(poss):
    """The token a relative clause holding `poss` is about ("Iran" in "Iran, whose forces ..."), else None."""
    t = poss
    for _ in range(10):
        if t.dep_ == "relcl":
            return t.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def listed_owners(head) -> list:
    """The coordinated antecedents of a relative clause whose "whose" owns `head` ("Russia and Turkey, whose foreign
    and defence ministers met"): each is a party of its own, read by coding/resolve.py as one actor per country with
    the head's sector (as "ministers from Russia and Turkey" is); [] for one antecedent (relative_owner's)."""
    from eventwire.knowledge.actor_story import _possessor
    got = _possessor(head) if head is not None else None
    if got is None or got[0].lower_ != "whose":
        return []
    poss = got[0]
    ante = _antecedent(poss)
    if ante is None and poss.i >= 2 and poss.doc[poss.i - 1].text == ",":
        # (a relative clause the parser made the main clause, "Russia and Turkey, whose ministers met ..., negotiated",
        # with both subjects on one verb: the names right before ", whose")
        ante = poss.doc[poss.i - 2]
        while ante.dep_ == "conj" and ante.head.i < ante.i:
            ante = ante.head
        if ante.pos_ != "PROPN":
            return []
    if ante is None or ante.i > poss.i or not ante.conjuncts:
        return []
    return [ante] + [c for c in ante.conjuncts if c.i > ante.i]


def clause_owner(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) from the actor's own clause or apposition: the place a ruling body's clause says it rules ("the
    administration governing Manbij"), the nationality its apposition gives ("the commander, a Syrian general":
    knowledge/actor_ruled.py), else a relative clause's antecedent (`relative_owner`)."""
    from eventwire.knowledge.actor_ruled import appos_country, ruled_country
    return ruled_country(a, head, sent, ctx) or appos_country(a, head, sent, ctx) or relative_owner(a, head, ctx)


def relative_owner(a, head, ctx) -> Optional[tuple]:
    """(country, why) for a sector-only actor whose possessor is a relative clause's antecedent (module doc)."""
    from eventwire.knowledge.actor_story import _mention_at, _possessor, _kinds
    if head is None:
        return None
    got = _possessor(head)
    if got is None or got[0].lower_ not in _RELATIVE_POSS:
        return None
    poss, shared = got
    ante = _antecedent(poss)
    if ante is None or ante.i > poss.i or ante.conjuncts:
        return None               # ("France and Italy, whose interior and justice ministers talked": two countries)
    if poss.lower_ != "whose" and _named_between(ctx, ante.idx + len(ante.text), poss.idx):
        return None               # ("Trump, who castigated Russia and its president": its is Russia's)
    owners = _mention_at(ctx, ante.idx)
    if not owners and ante.dep_ == "appos" and ante.head.i < ante.i:
        # "Hassan Rouhani, the Iranian leader whose army fought in Iraq": the antecedent describes the person
        # named before it, whose the clause's actor is (the description itself is no mention of its own)
        owners = _mention_at(ctx, ante.head.idx)
    owned = _kinds().get("owned", frozenset())
    if owners:
        o = owners[0]
        if o.kind not in ("country", "capital", "person") or o.sector and o.sector not in owned \
                or o.kind == "person" and (poss.lower_ != "whose" or not o.sector) \
                or o.kind == "country" and not o.sector and _place_at(ctx, ante.idx) is None:
            return None           # ("Isis, whose fighters"; "four Britons who tortured their captives": a people
                                  # named by a demonym is no state; "its" is never a person's)
        country, name = o.country, o.name or o.text
    else:
        p = _place_at(ctx, ante.idx)
        if p is None:
            return None
        country, name = p.country, p.text
    how = f"'{poss.text}' in a relative clause about '{ante.text}'" + \
        (" (shared with the title it is coordinated with)" if shared else "")
    return country, f"from its possessor {how} -> {name}"


def foreign_office(head) -> bool:
    """Whether "foreign" in the actor's phrase is part of one state's office ("the foreign secretary", "the foreign
    minister", "the trade secretary", "the overseas aid secretary": a `story-title` word,
    singular, with the word right before it or before the nouns compounded with it), not a word that makes the actor
    foreign to its place ("foreign fighters"; "foreign ministers" of several states stay foreign)."""
    from eventwire.knowledge.actor_story import _kinds
    if head is None or head.tag_ not in ("NN", "NNP") or head.lemma_.lower() not in _kinds().get("story-title", ()):
        return False
    doc, office_words = head.doc, _kinds().get("office-word", frozenset())
    # (on the title, or on a noun compounded with it: "overseas[amod of aid] aid secretary")
    mods = list(head.children) + [g for c in head.children if c.dep_ == "compound" and c.i < head.i
                                  for g in c.children if g.dep_ == "amod"]
    for c in mods:
        if c.lower_ in office_words and c.i < head.i:
            between = doc[c.i + 1: head.i]
            # ("international development minister": the nouns between it and the title are compounded with it)
            if all(t.dep_ == "compound" and t.pos_ == "NOUN" for t in between) and len(between) <= 2:
                return True
    return False


def home_office(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) for a legislature ("parliament", "the Senate", "MPs") or a definite singular office of a
    `story-title` or `home-title` word ("the defence secretary", "the president") that no other step places: the country the story's actors name most
    (DocContext.home), where the sentence names no country or names that one among others. A legislature sits at home,
    and a story gives a bare office to its own country ("the defence secretary has said" in a story about Britain's
    government). None for "the government" ("raids on state targets" in a story about Washington's war
    abroad), for a story about no one country, and where the sentence names other countries only."""
    from eventwire.knowledge.actor_country import where_of
    from eventwire.knowledge.actor_story import _kinds, _title_key
    home = getattr(ctx, "home", None)
    if not home or a.country:
        return None
    if a.sector == "LEG":
        what = "a legislature sits at home"
    else:
        key = _title_key(a, head) if head is not None else None
        if key is None or a.sector not in _kinds().get("owned", frozenset()) \
                or not set(key.split()) & (_kinds().get("story-title", frozenset())
                                           | _kinds().get("home-title", frozenset())):
            return None
        what = f"a bare office '{key}' is the story's own country's"
    named = {it[0] for it in where_of(ctx, sent.doc).in_sentence(sent)}
    if named and home not in named:
        return None               # (the sentence is about another country)
    return home, f"from the country the story's actors name most ({what})"


def _home_bodies() -> frozenset:
    from eventwire.knowledge.actor_story import _kinds
    return _kinds().get("story-body", frozenset())


def note_bodies(actors, sent, ctx) -> None:
    """Remember each police force (a `story-body` sector) of an event that has a country, by where its sentence starts
    (read by `earlier_body`)."""
    bodies = _home_bodies()
    got = [a for a in actors if a is not None and a.country and a.sector in bodies and a.kind != "person"
           and not a.entity]
    if not got:
        return
    from eventwire.knowledge.actor_story import _store
    seen = _store(ctx).setdefault("home_bodies", {})
    for a in got:
        seen.setdefault(a.sector, []).append((sent.start_char, a.country, a.text or a.sector))


def earlier_body(a, sent, ctx) -> Optional[tuple]:
    """(country, why) for a police force that no other step places: the country of the ones of that sector the story
    named before, when they were all one country's and the sentence names no country but that one ("armed officers
    stormed the hotel in Bodrum, western Turkey" ... "a dozen police in civilian clothes encircled us": Turkish
    police). A police force acts at home, and a story rarely tells of two countries' without naming whose. Not courts
    and prosecutors, which a story about justice abroad names for several countries and international courts ("courts in
    France, Germany and Sweden", "the chief prosecutor" of the ICC, after Syria's courts)."""
    if a.sector not in _home_bodies() or a.country:
        return None
    from eventwire.knowledge.actor_country import where_of
    from eventwire.knowledge.actor_story import _store
    before = [x for x in _store(ctx).get("home_bodies", {}).get(a.sector, ()) if x[0] < sent.start_char]
    countries = {x[1] for x in before}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    named = {it[0] for it in where_of(ctx, sent.doc).in_sentence(sent)}
    if named - {country}:
        return None               # (the sentence names another country)
    text = before[-1][2]
    return country, f"the country of the story's earlier {a.sector} ('{text}'; all of one country)"
