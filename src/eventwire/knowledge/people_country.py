"""A country for a people without a state when the article places it (issue 14, item 3: "a country for every actor
the article places").

    place_people_whole(a, anchor, sent, ctx, head, others, cameo, source_side)   # in place
    story_homeland(home, ctx, where)                                              # (country, why) or None

A people as a whole ("the Kurds", "Kurdish custody", "a Kurdish assault", KUR) lives across borders, but a story
about Syria's war that says "the Kurds pushed on towards the river" means Syria's Kurds (SYRKUR). Such an actor, with
no country of its own, takes one, in order, only among its people's homelands (data/actors/peoples.tsv `homelands`):
  1. its own phrase: "the Kurds of Iraq", "Syria's Kurds", "Kurds in Qamishli" (a country the phrase gives outside
     the homelands, "Kurds in Germany", stands: nothing more is tried); a pronoun standing for the people reads the
     phrase it stands for (`antecedent_head`: "Iraq's Kurds ... when they rose"); a phrase that names two homelands'
     people ("the Syrian and Iraqi Kurds") leaves the whole people: no one country, and nothing below is guessed;
  2. the places its sentence names, when they lie in one country (not a nationality nor an actor named beside it: "as
     Ankara's campaign went on" names no place; nor a destination, a topic or a venue; nor a place an actor acts on);
     places in one country outside the homelands ("Kurdish exiles marched in Berlin") leave it as it is;
  3. the homeland the story's named bodies of the people lie in ("the YPG", "the SDF": Syria);
  4. the story's own country (its dateline's, or the one it is about), else the country most of its places lie in,
     when that is a homeland;
  5. the one homeland all the places its sentence names lie in, also where someone went or left ("captured by
     Kurdish forces after leaving Raqqa");
  6. the homeland the places lie in that the story names in its sentences about the people ("surrendered to Kurdish
     forces in eastern Syria" ... "a camp run by Kurdish forces": Syria), when one is the only one or clearly leads
     (`people_story_homeland`), for a story set elsewhere ("a British woman who joined Isis").
  7. the homeland the story's places name most, counting only the homelands (`lead_homeland`: at least three, twice
     any other), for a story with no country of its own ("the Kurds" of a story told from Washington on Syria's war);
  8. a community coded as its state's own people (peoples.tsv `members` "state"), with one homeland, that nothing
     above placed: that homeland ("Yazidi women held in Baghuz" in a story set in Syria are Iraq's: IRQCVL;
     `only_homeland`; also where the text placed it outside that homeland: "Yazidi exiles in Germany" are of Iraq
     too, its people's origin).
The same last steps places a people's body ("Kurdish forces", KURMIL) that nothing else placed (actor_country.
_place_people_body). Each placed actor's `why` says which step gave its country.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from eventwire.knowledge import actor_bodies, actor_story
from eventwire.knowledge.home_repression import repressed_at_home


def _places_named(sent, where, ctx) -> dict:
    """{country: first text} of the places the sentence names, whatever they are to their clause (a country's name is
    a place too; a capital standing for its government, "Bolton visited Ankara", "Ankara accused", is the state, no
    place of it)."""
    capitals = {(m.start, m.end) for m in ctx.mentions if m.kind == "capital"}
    out: dict = {}
    for it in where.in_sentence(sent):
        if it[4] == "place" and not it[5] or (it[1], it[2]) in where.named and (it[1], it[2]) not in capitals \
                and _after_preposition(sent.doc, it[1], it[2]):
            out.setdefault(it[0], it[3])
    return out


def homelands_named(sent, where, home: frozenset, ctx) -> int:
    """How many of the people's homelands the places the sentence names lie in."""
    return len(set(_places_named(sent, where, ctx)) & home)


def sentence_homeland(sent, where, home: frozenset, ctx) -> Optional[tuple]:
    """(country, why) where all the places the sentence names, also where someone went or left ("captured by Kurdish
    forces after leaving Raqqa", "detained by Kurdish forces after she travelled to Syria"), lie in one homeland."""
    named = _places_named(sent, where, ctx)
    if len(named) == 1:
        c, text = next(iter(named.items()))
        if c in home:
            return c, f"the only country of the places the sentence names ('{text}'; one of the people's homelands)"
    return None


def people_story_homeland(code: str, home: frozenset, ctx, where, least: int = 1) -> Optional[tuple]:
    """(country, why): the homeland the places lie in that the story's sentences naming the people `code` name
    (module doc, step 6): named at least `least` times, and the only one or named twice as often as any other (the
    people as a whole asks for two: "The Kurds have long demanded autonomy" beside one sentence on Iraq's Kurds stays
    the whole people)."""
    store = actor_story._store(ctx).setdefault("people_sentences", {})
    if code not in store:
        starts = where.sent_starts
        sents: set = set()
        for m in ctx.mentions:
            c = m.code or ""
            if m.start is not None and (c[:3] == code or c[3:6] == code):
                k = bisect.bisect_right(starts, m.start) - 1
                if k >= 0:
                    sents.add(starts[k])
        counts: dict = {}
        names: dict = {}
        for sent in where.doc.sents:
            if sent.start_char not in sents:
                continue
            for c, text in _places_named(sent, where, ctx).items():
                if c in home:
                    counts[c] = counts.get(c, 0) + 1
                    names.setdefault(c, text)
        store[code] = (sorted(counts.items(), key=lambda kv: -kv[1]), names)
    ranked, names = store[code]
    if not ranked or ranked[0][1] < least or len(ranked) > 1 and not (
            ranked[0][1] >= 2 and ranked[0][1] >= 2 * ranked[1][1]):
        return None
    c = ranked[0][0]
    return c, (f"the homeland of the places the story's sentences about the people name ('{names[c]}', "
               f"{ranked[0][1]} of {sum(n for _, n in ranked)}; one of the people's homelands)")


def only_homeland(a) -> Optional[tuple]:
    """(country, why) for a people coded as its state's own (module doc, step 8) that has one homeland, or None."""
    code = (a.code or "")[:3]
    home = actor_bodies.homelands().get(code, frozenset())
    if a.country or len(home) != 1 or code not in actor_bodies.state_members():
        return None
    c = next(iter(home))
    return c, "the people's one homeland (its people coded as that state's own)"


def state_person(ra):
    """The actor a person's role phrase resolved to, with a community coded as its state's own ("Nadia Kalo, a Yazidi
    woman": YZD + CVL) made that state's (IRQCVL); any other actor as it is."""
    if ra is None or ra.kind != "people" or ra.country or (got := only_homeland(ra)) is None:
        return ra
    from dataclasses import replace
    sector = ra.sector or "CVL"
    return replace(ra, code=got[0] + sector, country=got[0], sector=sector, kind="country",
                   why=f"{ra.why}; country {got[0]} {got[1]}")


def _after_preposition(doc, start: int, end: int) -> bool:
    """A country's name as a place ("in Syria and Iraq", "from Iraq"), not as the state that acts or is acted on
    ("giving Turkey more leverage", "Turkey's border")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    t = span.root
    while t.dep_ in ("conj", "compound", "appos") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj"


def story_homeland(home: frozenset, ctx, where) -> Optional[tuple]:
    """(country, why): the story's own country, else the country most of its places lie in, when it is one of the
    people's homelands `home`."""
    if where.story is not None and where.story[0] in home:
        return where.story[0], f"from {where.story[1]} (one of the people's homelands)"
    lead = actor_story.leading_place(ctx)
    if lead is not None and lead[0] in home:
        return lead[0], f"from {lead[1]} (one of the people's homelands)"
    return None


def lead_homeland(home: frozenset, ctx) -> Optional[tuple]:
    """(country, why): the homeland the story's places name most, counting only the people's homelands (step 7): at
    least three places, twice as many as any other homeland. A story told from Washington or London about Syria's war
    has no country of its own nor one leading place, but "the Kurds" it names are Syria's when its places in the
    people's homelands are mostly Syria's."""
    s = actor_story._store(ctx).setdefault("lead_homeland", {})
    if home not in s:
        counts: dict = {}
        for p in getattr(ctx, "places", None) or ():
            if p.demonym or p.country not in home or p.start is None or ctx.in_junk(p.start, p.end):
                continue
            counts[p.country] = counts.get(p.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        s[home] = None
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            s[home] = (ranked[0][0], f"from the homeland the story's places name most ({ranked[0][1]} of "
                                     f"{sum(n for _, n in ranked)} in the people's homelands)")
    return s[home]


def _sibling_origin(head, where) -> Optional[tuple]:
    """(country, why) from a country's word beside a people's word on the same noun, when the people's word is a bare
    modifier ("the Syrian Kurdish groups": 'Syrian' and 'Kurdish' both modify 'groups'): the phrase's own nationality
    wins over any place the sentence names. None unless exactly one country is named so."""
    if head.dep_ not in ("amod", "compound") or head.head.i == head.i or head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = head.head
    sibs = {c.i for c in noun.children if c.dep_ in ("amod", "compound") and c.i != head.i and c.i < noun.i}
    if not sibs:
        return None
    doc = head.doc
    found = {}
    for it in where.in_sentence(head.sent):
        span = doc.char_span(it[1], it[2], alignment_mode="expand")
        if span is not None and span.root.i in sibs:
            found.setdefault(it[0], it[3])
    if len(found) != 1:
        return None
    iso, text = next(iter(found.items()))
    return iso, f"from its own phrase's modifier '{text}' beside it on '{noun.text}'"


def antecedent_head(doc, a):
    """The head token of the phrase a pronoun standing for a people was resolved to ("the Syrian and Iraqi Kurds, all
    of whom he denounces", "Iraq's Kurds ... when they rose"): the nearest word before it, in its own sentence or the
    one before, that is the antecedent its coreference names; None where none is found."""
    m = _ANTECEDENT.search(a.why or "")
    if m is None or a.start is None:
        return None
    word = m.group(1).strip().lower()
    at = doc.char_span(a.start, a.end, alignment_mode="expand")
    if at is None or len(at) == 0:
        return None
    sent = at[0].sent
    lo = sent.start
    if lo > 0:
        lo = doc[lo - 1].sent.start
    for i in range(at[-1].i, lo - 1, -1):      # (its own span, where the copy kept the antecedent's offsets)
        t = doc[i]
        if t.lower_ == word and t.pos_ in ("NOUN", "PROPN", "ADJ"):
            return t
    return None


_ANTECEDENT = re.compile(r"-> '?([^'(),;]+?)'?(?: \(|,|;|$| \(coreference)")


def place_people_whole(a, anchor, sent, ctx, head, others, cameo: str, source_side: bool, antecedent=None) -> None:
    """Give a people as a whole (KUR, no sector, no country) the homeland the article places it in (module doc).
    `antecedent`: for a pronoun (no `head`), the head of the phrase it stands for: that phrase's own words (step 1)
    place it, or, where they name several countries ("the Syrian and Iraqi Kurds"), leave it the whole people."""
    from eventwire.knowledge.actor_country import (
        _own_modifier, _party_spans, _phrase_tokens, _set_country, _where_it_happened, where_of)
    code = (a.code or "")[:3]
    home = actor_bodies.homelands().get(code, frozenset())
    if not home:
        return
    doc = sent.doc
    where = where_of(ctx, doc)
    own = head if head is not None else antecedent
    if own is not None:
        first = min(t.idx for t in _phrase_tokens(own))
        if own.dep_ == "conj" and own.head.i < own.i and own.head.tag_ in ("JJ", "NNP") and any(
                m.start == own.head.idx and (m.why or "").startswith("demonym") for m in ctx.mentions):
            first = min(first, own.head.idx)    # ("the Syrian (and Iraqi) Kurds" parsed as 'Syrian' and 'Kurds')
        pre = {it[0] for it in where.in_sentence(own.sent) if first <= it[1] < own.idx} & home
        if len(pre) > 1:
            return              # ("the Syrian (and Iraqi) Kurds", "Iran's and Turkey's Kurds": no one country)
        got = _sibling_origin(own, where)
        if got is not None:
            _set_country(a, *got)       # ("the main Syrian Kurdish groups": SYRKUR, as the text says)
            return
        got = _own_modifier(doc, a, own, where, origin_only=True) \
            or _own_modifier(doc, a, own, where, origin_only=False)
        if got is not None:
            if got[0] in home or got[1].startswith("from its own modifier"):
                _set_country(a, *got)   # ("the Iraqi Kurds": IRQKUR; "British Kurds": GBRKUR, as the text says)
            return              # ("Kurds in Germany": the text gives a country outside the homelands)
        toks = _phrase_tokens(own)
        lo, hi = min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
        if any(lo <= it[1] < hi for it in where.in_sentence(own.sent)):
            return              # ("the Kurds of Syria and Iraq": its own phrase names several countries)
    story = where.story[0] if where.story else None
    skip = _party_spans(others, cameo, story, source_side)
    # (a place the doer acts on is no doer's: "Kurdish fighters shelled Kilis"; the one acted on is there: "Turkish
    # forces besieged the Kurdish city of Afrin")
    got = _where_it_happened(anchor, sent, ctx, skip, abroad=source_side, places_only=True)
    from_story = got is not None and where.story is not None and got[1] == f"from {where.story[1]}"
    if got is not None and not from_story:
        if got[0] in home:
            _set_country(a, got[0], got[1] + " (one of the people's homelands)")
        return                  # (places in one country outside the homelands: the text places it there)
    if got is None and homelands_named(sent, where, home, ctx) > 1:
        return                  # ("Turkey struck Kurdish fighters in Syria and Iraq", "a threat from Syria and Iraq":
                                # no one homeland is plain)
    if not source_side and (got := repressed_at_home(a, others, cameo, home)) is not None:
        _set_country(a, *got)   # ("Turkey has jailed thousands of Kurds": Turkey's, whatever the story's homeland)
        return
    got = actor_story.people_homeland(code, home, ctx) or story_homeland(home, ctx, where) \
        or sentence_homeland(sent, where, home, ctx) or people_story_homeland(code, home, ctx, where, least=2) \
        or (lead_homeland(home, ctx) if head is not None else None)   # (not a pronoun: its antecedent may say whose)
    if got is not None and got[0] in home:
        _set_country(a, *got)
