"""The state that holds a named place an act of force was done to ("Turkish jets bombed Afrin": Syria), as the
act's target (see coding/coder.py and coding/place_targets.py). ``PlaceHeld`` is a part of ``Coder``."""
from __future__ import annotations

from typing import Optional

from eventwire.coding.context import PLACE_HEADS, STATE_SECTORS, DocContext, supporter_tokens
from eventwire.coding.place_anaphora import place_word_of, said
from eventwire.coding.ousted import freed_place
from eventwire.coding.unrealised import inside_denied_agent
from eventwire.coding.roles import victim_words
from eventwire.model import Actor


class PlaceHeld:
    """The target a place acted on gives (mixed into ``Coder``)."""

    @staticmethod
    def _place_held(obj, sources, ctx: DocContext, where=None) -> Optional[Actor]:
        """The country of a named place an act of force was done to ("Isis captured towns in Iraq", "Turkish jets
        bombed Afrin"): the state that holds it is the one acted against, as CAMEO codes a city by its country. Not
        when the doer is of that country (its own ground: who held it is not said), nor for a continent or region.
        `where`: the "in" phrase of a verb of taking ground, read when the object is ground ("conquered territory in
        Iraq")."""
        if freed_place(obj):
            return None       # ground freed ("liberated Raqqa") is no act against its own state (coding/ousted.py)
        lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
        own = {s.country for s in sources if s.country}
        doc = obj.doc
        backers = supporter_tokens(obj.sent)
        places = list(ctx.places_in(lo, hi))
        if not places and sources and all(s.country or s.entity for s in sources) \
                and (word := place_word_of(ctx, obj)) is not None:
            # "bombed the town", "in the city", "there": the place named before (place_anaphora.py), for an act whose
            # doer and its side are known ("territories surrounding the city" is no act on it; rebels of no country
            # yet may be on their own ground)
            places = [word]
        ground = obj.lemma_.lower() in PLACE_HEADS or obj.lemma_.lower() in victim_words().get("ground", ())
        if where is not None and ground and not places:
            places = [p for p in ctx.places_in(where.idx, where.idx + len(where.text))]
            obj = where if places else obj
        if own and _with_own_ground(places, own, ctx.text):
            return None       # "an assault in Iraq and Syria" by Syrian rebels: partly on their own ground, no state's
        for p in places:
            if not p.country or p.demonym:
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            head = span.root if span is not None and len(span) else None
            # "Idlib province", "villages in Idlib province" ("the town of X" is pobj)
            named = head is not None and head.dep_ == "compound" and head.head.lemma_.lower() in PLACE_HEADS \
                and (head.head.i == obj.i or head.head.dep_ == "pobj")
            if head is not None and head.i != obj.i and any(
                    a.dep_ == "relcl" and a.i != obj.i and any(x.i == obj.i for x in a.ancestors) for a in head.ancestors):
                continue      # a place in a relative clause about the object ("stations on a pipeline which runs from Iraq")
            if head is not None and inside_denied_agent(head, obj):
                continue      # "houses shelled not by Chad": a party denied the act is not the ground (unrealised.py)
            if head is None or head.i in backers or (head.i != obj.i and not named
                                                     and head.dep_ in ("amod", "compound", "poss", "nmod")) \
                    or (head.i + 1 < len(doc) and doc[head.i + 1].text in ("-", "\u2013")) \
                    or (p.country not in (ctx.countries or ()) and set(ctx.countries or ()) - own
                        and not whole_country(p)):
                continue      # a name describing the object ("US-supplied weapons", "Turkey-backed rebels"), or a place
                # resolved to a country the story is not about (a homonym the gazetteer chose wrongly; not the name
                # of a country itself, which no namesake shares: "the Saudi intervention in Bahrain")
            if p.country in own or (p.feature or "") in ("continent", "region"):
                return None
            return Actor.national(p.country, name=p.name, entity=None, text=p.text,
                                  start=p.start, end=p.end, kind="country",
                                  why=f"{said(p)}, the place acted on, is in {p.country}: its state is the target")
        return None


def _with_own_ground(places, own, text) -> bool:
    """Whether the places acted on are coordinated names of which one lies in the doer's own country ("an assault in
    Iraq and Syria" by Syrian rebels): the act is not plainly against the other state."""
    named = sorted((p for p in places if p.country and not p.demonym and p.start is not None), key=lambda p: p.start)
    for a, b in zip(named, named[1:]):
        if text[a.end:b.start] in (" and ", ", ", " or ", ", and ") and (a.country in own) != (b.country in own):
            return True
    return False


def whole_country(p) -> bool:
    """Whether a place mention names a whole country by a name no other place in the gazetteer has ("Bahrain",
    "Yemen"): a country the story names once is still that country, with no homonym the gazetteer could have chosen
    wrongly (knowledge/place_why.py words the reading "the only place called ...")."""
    return (p.feature or "") == "country" and not p.demonym and (p.why or "").startswith("the only place called")


def taken_where(cl):
    """The place a verb of taking ground took it in: its "in" phrase ("conquered territory in Iraq"), or the place a
    relative "where" clause hangs on ("Syria, where Ankara has seized territory"); or None."""
    if cl.preps.get("in") is not None:
        return cl.preps["in"]
    v = cl.pred
    if v.dep_ == "relcl" and v.head.pos_ == "PROPN" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                                            for c in v.children):
        return v.head
    return None


# prepositions whose place says where the sentence's acts are
_WHERE = ("in", "inside", "across", "throughout", "within")


def sentence_ground_country(obj, sources, ctx, sent) -> Optional[Actor]:
    """For bare ground taken or held by force (a `ground` noun of data/coding/victims.tsv: "the land occupied by the
    jihadists", "seized territory") whose phrase names no place and no owner: the one country the sentence places
    what it tells in by a locative phrase on a clause the ground is in ("In northern Mali, French troops pushed
    into the last of the land occupied by the jihadists"), whose state the ground was taken from. None where the
    sentence's places are in two countries, or in the country of a state doer (its own ground: who held it is not
    said)."""
    if obj.lemma_.lower() not in victim_words().get("ground", ()) or freed_place(obj) \
            or any(c.dep_ == "poss" for c in obj.children) \
            or list(ctx.places_in(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))):
        return None
    from eventwire.coding.place_targets import _region_names
    doc = obj.doc
    found = {}
    for p in ctx.places_in(sent.start_char, sent.end_char):
        if not p.country or p.demonym or (p.feature or "") in ("continent", "region") \
                or (p.text or "").lower() in _region_names() or p.country not in (ctx.countries or ()):
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        head = span.root if span is not None and len(span) else None
        # (an adjunct of a clause the ground is in: not "officials in Turkey said")
        if head is not None and head.dep_ == "pobj" and head.head.lower_ in _WHERE \
                and head.head.head.pos_ in ("VERB", "AUX") and head.head.head.is_ancestor(obj):
            found.setdefault(p.country, p)
    own = {s.country for s in sources if s.country and not s.entity and (s.sector or "GOV") in STATE_SECTORS}
    if len(found) != 1 or set(found) & own:
        return None
    p = next(iter(found.values()))
    return Actor.national(p.country, name=p.name, entity=None, text=p.text,
                          start=p.start, end=p.end, kind="country",
                          why=f"the {obj.lemma_.lower()} acted on is in {said(p)}, where the sentence tells it: its state is "
                              f"the target")

