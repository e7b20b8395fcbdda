"""A country for every actor the article places, and the implicit agents of state acts (issue 14, items 2 and 3).

    fill_countries(sources, targets, anchor_token, sent, ctx, cameo, lemma)   # sector-only actors, in place
    agent = implicit_agent(cameo, lemma, anchor_token, sent, ctx, targets, patient)   # knowledge/implicit_agents.py

A sector-only actor ("the police", "rebels", "residents", "the government") takes a country from, in order:
  1. its own modifiers: a place or country named in its own phrase ("Idlib residents", "residents of Homs",
     "the regime in Tehran"); forces sent take the sender's ("Iran sent advisers");
  2. the clause's place: where the event happened by its own clause (event_location.py, precision "clause");
  3. the only country the sentence names (places and actor mentions), not counting a supporter ("Turkish-backed"),
     a destination ("pushed into Syria"), a topic ("a dossier on Iraq"), a meeting's venue, nor, in an act of
     force, the other party's own country when that party comes from outside the story ("Russian warplanes bombed
     rebels"; a police force or a court shares its country: "Kenyan police arrested protesters"; a doer found later,
     borrowed or from another telling, is set aside the same way: knowledge/victim_country.py);
  4. the story's country: the dateline's, or the one country the story is about (DocContext.home, where the
     story's places agree; else the country most of its places name, for the ones acts are done to only: a story's
     places say where its victims are, not whose its doers are). Not the country the story is about where the
     other party's own country, set aside, is one whose towns the story names (a story about Britons: "clinics
     hit by Russian and Syrian jets", after "Idlib", are no British clinics).
A sentence that names two or more countries leaves the actor as it is: no country is plain, except for a target
named afresh whose doer has no country, where the sentence names the story's country and the others only as actors,
by no place ("to shield clinics hit by Russian and Syrian jets": SYRHLH). The one an act of support is
done to ("militias backed by Kigali and Kampala") is placed with its backers set aside, and by a backer unnamed or of no
known country only from its clause's place. An actor whose phrase
says it is foreign to its place ("foreign fighters", "coalition warplanes", "peacekeepers", "the embassy"), and
refugees and aid or rights groups, take a country only from their own origin ("Syrian refugees"). The one an act of
aid (root 07, or an intent to give it, 033) is done to never takes its giver's own country: the giver's mentions are
set aside, and the story's country, where it is the giver's ("Turkey armed the rebels" in a story about Turkey), is not
given; "its citizens" keep their possessor's, and a police force or a court its state's. The parties of a meeting noun ("talks between the regime and the
opposition in Vienna") take no country from the place on them, which is where they meet. The word lists
are in data/coding/actor_country.tsv. Each filled actor's `why` says where its country came from.

In an act of force, a party from outside the story keeps its country to itself; the places the sentence names then
give the other side theirs when they lie in one country ("Russian jets pounded Idlib, killing four farmers").
"The coalition" and "coalition jets" are the coalition named in their own phrase or the one coalition the story names
("the US-led coalition"). A body of a people without a state ("Kurdish forces", KURMIL) takes a country only from its
own modifiers or named places, the homeland of the story's named bodies of the people or the story's own country or
places, and only one of its people's homelands (data/actors/peoples.tsv): SYRKURMIL; the people as a whole ("the
Kurds", "Kurdish custody") the same way (knowledge/people_country.py), or any country its own origin modifier names
("British Kurds": GBRKUR). Titles,
"the regime", peoples' bodies, and rebels or the opposition ("Syrian rebels" elsewhere in the story) also take what the
whole story says of them (knowledge/actor_story.py); a relative
clause's antecedent owns "whose"/"its" bodies, and a legislature, a bare office or the police that nothing else places
take the story's own country or its earlier police's (knowledge/actor_owner.py).

The sentence's frame places some more (data/coding/actor_country.tsv: conflict, conflict-side, home-force, leave-body):
a side of the one country's internal conflict the sentence names ("in the crowded Syrian conflict, Russia is backing
the government": SYRGOV), and a rebel or opposition actor of the one conflict the story names (both in
actor_conflict.py); "government troops" act at home (no `abroad` sector); one who resigns from a body is one of it ("resigned from a UN commission":
IGOUNOJUD, actor_conflict.py); in an act of force, the one acted on is where the act that did it was, named as the
verb's subject or the noun its relative clause hangs on ("a gas
attack in Douma, which killed 40 people": SYRCVL; a capital or a country named there too, "the attack in Damascus,
which killed": knowledge/act_place.py). "Government forces" fighting a foe backed from abroad take the one country their
sentence names besides the backers ("clashes between army units and Russia-backed rebels ... Kiev":
UKRMIL), and a backer's country, the only one a sentence names, is given to no one (knowledge/home_force.py).

An arrest, detention, sentence, deportation, ban or curfew with no named doer (a passive or an event noun: "three
journalists were arrested in Cairo") is done by the state where it happened: its police, courts or government, by
the act (data/coding/implicit_agents.tsv); the country comes from steps 2-4 (of step 4 only the dateline: the
country a story is about is not where each of its arrests happened), never from the victims' own country.

The places and country mentions of each sentence, what each name is to its clause, and the story's country are
indexed once per document (`Where`); each event looks only at its own sentence. Steps 2-4 (the country of where
it happened) are read in knowledge/happened_country.py.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.clause_its import its_owner
from eventwire.knowledge import actor_bodies, actor_doer, actor_groups, actor_owner, actor_story, backed_home, \
    home_force, foe_group, kin_country, people_country, region_owner, speaker_side, story_ground, story_group
from eventwire.knowledge import local_actor
from eventwire.knowledge.backed_group import backed_group
from eventwire.knowledge.home_repression import repressed_at_home
from eventwire.knowledge.held_forces import holder_country
from eventwire.knowledge.homecomers import home_of
from eventwire.knowledge.visit_place import visited_place
from eventwire.knowledge.epithet_person import epithet_person
from eventwire.knowledge.fuller_mentions import fuller_mention
from eventwire.knowledge.story_origin import story_origin
from eventwire.knowledge.coup_doers import coup_country
from eventwire.knowledge.called_home import called_home
from eventwire.knowledge.people_hung import hung_place, hung_spans
from eventwire.knowledge.prior_place import prior_place
from eventwire.model import Actor
from eventwire.doc_index import span_root
# the document's index and the shared word kinds (re-exported: other actor stages import them from here)
from eventwire.knowledge.actor_where import (  # noqa: F401
    PLACES_STORY, _phrase_tokens, _table, negated_at, partisan_at, sector_only, supporter_at, where_of, word_kinds)
from eventwire.knowledge.community_country import shared_owner
from eventwire.knowledge.counterpart_office import actor_named_only, counterpart_spans
from eventwire.knowledge.actor_conflict import _conflict_side, _member_of_body_left, _story_conflict_side
from eventwire.knowledge.writer_country import writer_owned
from eventwire.knowledge.act_place import act_place as _act_place, foe_words
from eventwire.knowledge.place_standing import listed_with_others
from eventwire.knowledge.actor_phrases import led_irregular
# steps 2-4, the country of where it happened (re-exported: other actor stages import them from here)
from eventwire.knowledge.happened_country import (  # noqa: F401
    _clause_place, _inside, _party_spans, _where_it_happened)


# ---------------------------------------------------------------------- steps
_ORIGIN_DEPS = {"compound", "amod", "nmod", "poss"}
_ORIGIN_PREPS = {"of", "from"}


def _head_token(doc, a):
    return span_root(doc, a.start, a.end)


def _relation(tok, head) -> str:
    """How a place token hangs on the actor's head: 'origin' ("Idlib residents", "residents of Idlib", "fighters from
    Tunisia") or 'location' ("civilians in Aleppo")."""
    t = tok
    for _ in range(8):
        if t.i == head.i or t.head.i == t.i:
            break
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            if t.head.head.i == head.i or t.head.head.dep_ in _ORIGIN_DEPS:
                return "origin" if t.head.lower_ in _ORIGIN_PREPS else "location"
        if t.head.i == head.i:
            if t.lower_ == "based":
                return "location"     # ("the Baghdad-based coalition": where it sits, not whose it is)
            return "origin" if t.dep_ in _ORIGIN_DEPS else "location"
        t = t.head
    return "location"


def _own_modifier(doc, a, head, where, origin_only: bool) -> Optional[tuple]:
    """(country, why) from a place or a country's name in the actor's own phrase, when they name one country."""
    toks = _phrase_tokens(head)
    ids = {t.i for t in toks}
    lo, hi = min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
    found: dict[str, list] = {"origin": [], "location": []}
    for it in where.in_sentence(head.sent):
        if not (lo <= it[1] < hi) or negated_at(where.doc_text, it[1]) or partisan_at(where.doc_text, it[1]) \
                or led_irregular(a.sector, where.doc_text, it[1], it[2]):     # (not "the US-led militia")
            continue                  # (places and names: "Idlib residents", "the regime in Tehran"; not "non-Iraqi")
        span = doc.char_span(it[1], it[2], alignment_mode="expand")
        if span is None or not any(t.i in ids for t in span):
            continue
        found[_relation(span.root, head)].append(it)
    for rel in (("origin",) if origin_only else ("origin", "location")):
        cs = {it[0] for it in found[rel]}
        if len(cs) == 1:
            it = found[rel][0]
            return it[0], (f"from its own modifier '{it[3]}'" if rel == "origin" else f"from where it is: '{it[3]}'")
    return None


def _aid(cameo: str) -> bool:
    """An act of aid, or an intent to give it (`aid` codes of actor_country.tsv: "07", "033")."""
    aid = word_kinds().get("aid", frozenset())
    return bool(cameo) and (cameo[:2] in aid or cameo[:3] in aid)


def _meeting_party(head) -> bool:
    """Whether the actor is named as a party of a meeting noun ("talks between the regime and the opposition in
    Vienna", "a meeting with the government in Geneva"): a place on it is where they meet, not where it sits."""
    t = head
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t.dep_ == "pobj" and t.head.dep_ == "prep" \
        and t.head.head.lemma_.lower() in word_kinds().get("venue-noun", frozenset())


def people_body(a) -> bool:
    """A body of a people without a state ("Kurdish forces" KURMIL, "Kurdish officials" KURGOV), not yet placed: it
    takes the country the article places it in beside its ethnic code (SYRKURMIL), when that is one of the people's
    homelands (the people as a whole, "the Kurds", KUR: knowledge/people_country.py)."""
    return a is not None and a.kind == "people" and not a.country and bool(a.sector) and bool(a.code)


def _place_people_body(a: Actor, anchor, sent, ctx, head, others, cameo: str, source_side: bool = True) -> None:
    """A people's body takes a country only from named places, never from an actor or a nationality the sentence
    names (the state it fights is often the only one: "Kurdish families fled as Ankara's campaign went on") nor from a
    place it acts on ("Kurdish militias shelled Kilis"), and only one of its people's homelands. The one acted on is
    where its own clause's place is, also a place the doer acts on ("the militants lost Raqqa to Kurdish
    paramilitaries backed by the US": SYRKURMIL)."""
    home = actor_bodies.homelands().get((a.code or "")[:3], frozenset())
    if not home:
        return
    doc = sent.doc
    where = where_of(ctx, doc)
    got = _own_modifier(doc, a, head, where, origin_only=False) if head is not None else None
    if got is None or got[0] not in home:
        # ("hosted Kurdish leaders from northern Syria", the parser's "from" on the verb: SYRKURGOV; also over a
        # venue the parser made a modifier: "inviting to the Elysee Kurdish leaders under attack in northern Syria")
        got = hung_place(head, where, home) or got
    if got is None and not source_side:
        loc = _clause_place(anchor, ctx)
        if loc is not None and where.role(loc.start, loc.end) is None and not listed_with_others(doc, loc, where, sent):
            country = where.named.get((loc.start, loc.end), loc.country)
            if country in home:
                got = country, f"from the clause's place '{loc.text}' (where the one acted on is)"
    if got is None:
        skip = _party_spans(others, cameo, where.story[0] if where.story else None)
        got = _where_it_happened(anchor, sent, ctx, skip, abroad=True, places_only=True)
    placed_out = got is not None and got[0] not in home and not (
        where.story is not None and got[1] == f"from {where.story[1]}")   # ("Kurdish exiles marched in Berlin")
    if not source_side and not placed_out and (got is None or where.story is not None and got[1] == f"from {where.story[1]}"):
        got = repressed_at_home(a, others, cameo, home) or got    # ("police detained Kurdish activists": home's)
    if got is None or got[0] not in home:
        got = actor_story.people_homeland((a.code or "")[:3], home, ctx)    # ("the YPG" and "the SDF": Syria)
    if got is None and not placed_out and people_country.homelands_named(sent, where, home, ctx) < 2:
        got = people_country.story_homeland(home, ctx, where) \
            or people_country.sentence_homeland(sent, where, home, ctx) \
            or people_country.people_story_homeland((a.code or "")[:3], home, ctx, where) \
            or (people_country.lead_homeland(home, ctx) if head is not None else None)
    if got is not None and got[0] in home:
        _set_country(a, *got)


def people_whole(a) -> bool:
    """A people as a whole ("the Kurds", KUR), not yet placed: it takes the homeland the article places it in ("the
    Iraqi Kurds", "Kurds from Turkey", "the Kurds" of a story of Syria's war: IRQKUR, TURKUR, SYRKUR;
    knowledge/people_country.py)."""
    return a is not None and a.kind == "people" and not a.country and not a.sector and bool(a.code)


def _set_country(a: Actor, country: str, why: str) -> None:
    # (a people's body keeps its ethnic code after the country: "Kurdish forces" in Syria are SYRKURMIL; a community
    # coded as its state's own people takes the state's sectors, its people as a whole private people: IRQCVL)
    if (people_body(a) or people_whole(a)) and (a.code or "")[:3] in actor_bodies.state_members():
        a.sector = a.sector or "CVL"
        a.code = country + a.sector
    else:
        a.code = country + (a.code if people_body(a) or people_whole(a) else (a.sector or ""))
    a.country = country
    a.why = (a.why or "") + f"; country {country} {why}"


def _take_fuller(a: Actor, m, phrase: str) -> None:
    """The actor of the story's fuller mention `m` of the same noun ('phrase'): a named group's own code ("the
    militia Kata'ib Hezbollah"), else its country before the actor's own sector ("the Iraqi government")."""
    why = f"the story's earlier '{phrase}'"
    if m.entity and m.kind in ("group", "party"):
        a.code, a.country, a.entity, a.name = m.code, m.country, m.entity, m.name
        a.sector = m.sector or a.sector
        a.why = (a.why or "") + f"; {why} -> {m.code}"
    else:
        _set_country(a, m.country, f"from {why}")


def place_actor(a: Actor, others, anchor, sent, ctx, source_side: bool, cameo: str = "", backed: bool = False,
                doer: tuple = ()) -> None:
    """Give one sector-only actor the country the article places it in (see the module doc); in place. `backed`: the
    actor is the one an act of support is done to ("forces backed by Moscow"): its backers' countries are set aside.
    `doer`: character spans of the doer of the verb the actor is the object of, when no event says who the other
    party is (coreference's mentions): their countries, but the story's own, are no country of the actor's."""
    if people_whole(a):
        # "the Iraqi Kurds": IRQKUR; "the Kurds" in a story of Syria's war: SYRKUR (knowledge/people_country.py)
        coref = "coreference" in (a.why or "")
        head = None if coref else _head_token(sent.doc, a)
        joined = not coref and a.start and where_of(ctx, sent.doc).doc_text[a.start - 1] in "/-\u2010\u2011\u2013"
        if not joined:                  # (not "the US/Kurdish alliance": two partners)
            ante = people_country.antecedent_head(sent.doc, a) if coref else None    # ("..., all of whom")
            people_country.place_people_whole(a, anchor, sent, ctx, head, others, cameo, source_side, ante)
            if people_whole(a) and (got := people_country.only_homeland(a)) is not None:
                _set_country(a, *got)   # ("the Yazidis" in a story set in Syria: IRQCVL)
        return
    if not (sector_only(a) or people_body(a)) or (a.kind == "person" and a.name):
        return          # (a named individual the lists do not know: where a story happens says nothing of whose he is)
    kinds = word_kinds()
    doc = sent.doc
    coref = "coreference" in (a.why or "")
    head = None if coref else _head_token(doc, a)
    if head is not None and head.lower_ in kinds.get("community", frozenset()) \
            and (got := shared_owner(head, ctx)) is not None:
        _set_country(a, *got)           # "Iraq's Kurds and Shias" (knowledge/community_country.py)
        return
    if people_body(a):
        _place_people_body(a, anchor, sent, ctx, head, others, cameo, source_side)
        if people_body(a) and (got := people_country.only_homeland(a)) is not None:
            _set_country(a, *got)       # ("Yazidi women held in Baghuz": IRQCVL)
        return
    # (the phrase's own words, not names: "the Foreign Office" is no foreigner)
    words = {t.lower_ for t in _phrase_tokens(head) if t.pos_ != "PROPN"} if head is not None else \
        {w.lower() for w in (a.text or "").split()}
    foreign = bool(words & kinds.get("foreign", frozenset())) and not actor_owner.foreign_office(head) \
        or region_owner.region_owned(a, head)       # ("Europe's agency", "European forces": knowledge/region_owner.py)
    placed = a.sector in kinds.get("placed", frozenset()) or bool(words & kinds.get("local", frozenset()))
    meeting = head is not None and _meeting_party(head)
    aid_act = _aid(cameo)
    # (a meeting's place is no party's; an intent to give aid is no meeting: "ready to deliver aid to people in Afrin")
    venue = cameo[:2] in kinds.get("venue", frozenset()) and not aid_act or meeting
    if head is not None and story_group.adjacent_group(a, head, sent, ctx, others):
        return          # "fought extremists in the hills." + "The Isis fighters ...": whose they are, not where
    if head is not None and backed_group(a, head, sent, ctx, others):
        return          # "US-backed forces" in a story of the US-backed SDF: the SDF (knowledge/backed_group.py)
    if head is not None:
        # (at a meeting, "the rebels in Havana" may be where they met; "the regime in Tehran" is where it sits, but
        # not the parties of "talks between the regime and the opposition in Vienna": where they meet)
        if (got := holder_country(a, head, ctx)) is not None:
            _set_country(a, *got)       # "France has special forces in Syria": France's (knowledge/held_forces.py)
            return
        if (got := home_of(head, sent, ctx)) is not None:
            _set_country(a, *got)       # "foreign fighters returning to the UK": GBRUAF (knowledge/homecomers.py)
            return
        got = _own_modifier(doc, a, head, where_of(ctx, doc),
                            origin_only=foreign or not placed
                            or venue and a.sector not in kinds.get("seat", frozenset()) or meeting)
        if not source_side and (p := epithet_person(a, head, sent, ctx, others, got[0] if got else (
                loc.country if (loc := _clause_place(anchor, ctx)) is not None else None))) is not None:
            a.code, a.country, a.sector, a.entity, a.name = p.code, p.country, p.sector, p.entity, p.name
            a.kind = "person"       # "backing a suspected war criminal in Syria, ... Assad": Assad (epithet_person.py)
            a.why = (a.why or "") + f"; an epithet for the one person of {p.country} its sentence names: '{p.text}'"
            return
        if got is not None:
            _set_country(a, *got)
            actor_story.mark_people(a, head, actor_bodies.homelands())   # "authorities in Syria's Kurdish region"
            return
        if actor_groups.group_member(a, head, sent, ctx, others):      # "the group's leader": the group's own code
            return
        if actor_groups.force_owner(a, head, sent, ctx, others):       # "his fighters" after a rebel commander
            return
        if actor_groups.sentence_group(a, head, sent, ctx, others) or (not source_side and foe_group.foe_group(
                a, head, sent, ctx, others, cameo)) or story_group.story_group(a, head, sent, ctx, others):
            return      # "(the) militants" where it names Isis; fighters "the coalition against Isis" killed
        got = actor_owner.clause_owner(a, head, sent, ctx) or actor_story.possessor_country(a, head, sent, ctx) \
            or actor_story.title_country(a, head, ctx) or kin_country.kin_owner(a, head, sent, ctx, anchor) \
            or kin_country.spouse_owner(a, head, sent, ctx) or speaker_side.speaker_country(a, head, sent, ctx) \
            or (its_owner(a, head, sent, ctx, kinds.get("owned", frozenset())) if source_side else None)
        if got is not None:             # "the secretary of state, Mike Pompeo"; "the foreign secretary" the story names
            _set_country(a, *got)
            return
    # ("the coalition of anti-Isis forces": forces named as a coalition's members stand for the coalition)
    coal = actor_bodies.coalition_of(head, kinds.get("coalition", frozenset())) if head is not None else None
    if (words & kinds.get("coalition", frozenset()) or coal is not None) and a.sector == "MIL":
        # (a military coalition: "the coalition government" of a parliament is no alliance's)
        head = coal if coal is not None else head
        toks = _phrase_tokens(head) if head is not None else []
        lo = min((t.idx for t in toks), default=a.start or 0)
        hi = max((t.idx + len(t.text) for t in toks), default=a.end or 0)
        got = actor_bodies.coalition_for(where_of(ctx, doc).coalitions, lo, hi)
        indefinite = head is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                              for c in head.children)
        if got is not None and (got[2] or not indefinite):
            # "the coalition", "coalition jets": the coalition named in the phrase ("a coalition led by France"),
            # else the one coalition the story names ("the US-led coalition"); not "a coalition" named afresh
            phrase, led, own = got
            why = f"the coalition {'named in its phrase' if own else 'the story names'}: '{phrase}'"
            if led.entity:
                a.code, a.country, a.sector, a.entity, a.name = led.code, led.country, led.sector, led.entity, led.name
                a.why = (a.why or "") + f"; {why} -> {led.code}"
            else:
                _set_country(a, led.country, f"from {why}")
            return
        against = None if got is not None or where_of(ctx, doc).coalitions else actor_bodies.coalition_against(
            head, ctx, lo, hi, kinds.get("coalition-member", frozenset()))
        if against is not None and (against[3] or not indefinite):
            # "the coalition to defeat Isis", "coalition jets" in a story of the war on Isis that names
            # no coalition with a leader: the leader's (data/coding/coalitions.tsv)
            leader, sector, foe, own = against
            a.code, a.country, a.sector = leader + sector, leader, sector
            a.why = (a.why or "") + (f"; country {leader} from the coalition against '{foe}' "
                                     f"{'its phrase names' if own else 'the story tells'} (led by {leader})")
            return
    # "the government" after "the Iraqi government", "the militia" after "the militia Kata'ib Hezbollah": the story's
    # fuller mention of the same noun before it; the clause's or the sentence's own place still rules ("aid agencies
    # in Bhutan are paying the state" after "the British government"); another body's mention does not ("Cabinet
    # agreed that the Tehran regime lied" after "the Dutch cabinet": knowledge/counterpart_office.actor_named_only)
    if not foreign and (got := local_actor.local_country(a, head, others, sent, ctx)) is not None:
        _set_country(a, *got)           # "local fighters", "local officials": of where they are (local_actor.py)
        return
    fuller = fuller_mention(a, head, ctx) if head is not None else None
    if foreign or not placed:
        if fuller is not None:
            _take_fuller(a, *fuller)
        elif (got := story_origin(a, head, ctx)) is not None:
            _set_country(a, *got)       # "accept more refugees" in a story of Syrian refugees (story_origin.py)
        return
    regime = actor_story.is_regime(head)   # (a regime rules where it acts: "the regime's attacks on Idlib")
    # ("government troops shelled Idlib": a government's own forces fight at home, where they act)
    abroad = source_side and a.sector in kinds.get("abroad", frozenset()) and not regime \
        and not (a.sector != "GOV" and words & kinds.get("home-force", frozenset()))
    where = where_of(ctx, doc)
    skip = _party_spans(others, cameo, where.story[0] if where.story else None, source_side)
    # (the doer of an act of force done to this actor told in its sentence is no country of its: "Israeli jets struck
    # a column of pro-Iranian fighters crossing the border": the fighters crossing are not Israeli)
    skip = skip + foe_words(head, where.in_sentence(sent))
    if source_side:     # ("the prime minister offered condolences to the Peruvian government": not PERGOV)
        skip = skip + counterpart_spans(a, others)
        # ("the chancellor hosted Kurdish leaders from northern Iraq": where they come from, not the host's)
        skip = skip + hung_spans(others, sent)
    if not source_side and not backed and (cameo[:2] in kinds.get("force", frozenset()) or aid_act):
        # the doer's own words name the doer's country, not the victim's or the aided's ("civilians rescued by the
        # Spanish coastguard", "hospitals hit by Russian jets"), also when the coder kept no actor for them
        skip = skip + actor_doer.doer_words(anchor, where.in_sentence(sent), where.story[0] if where.story else None,
                                            others, kinds.get("domestic", frozenset()))
        if not aid_act and not any(o is not None and o.sector in kinds.get("domestic", frozenset()) for o in others):
            # ("killed in Turkey's offensive on a town in northern Syria", "a missile from Syria struck a Turkish town")
            skip = skip + actor_doer.force_noun_doers(sent, where.in_sentence(sent),
                                                      where.story[0] if where.story else None, where.named)
        elif aid_act:       # ("rescued civilians from Russian airstrikes": the harm's doer is no country of theirs)
            skip = skip + actor_doer.harm_doers(sent, where.in_sentence(sent), where.story[0] if where.story else None,
                                                where.named)
    aid = not source_side and not backed and aid_act \
        and not (head is not None and any(c.dep_ == "poss" for c in head.children))
    # (a state, its government or army, gives abroad; rebels protecting civilians from the regime are at home)
    states = [o for o in others if o is not None and o.country
              and (not o.sector or o.sector in kinds.get("abroad", frozenset()))] if aid else []
    givers = {o.country for o in states}
    # (nor is the giver's own name: "Turkey sought to train the rebels, providing them with arms")
    skip = skip + [(o.start, o.end) for o in states if o.start is not None and o.end is not None]
    if doer:            # ("Turkey sought to organise the rebels": no Turkish rebels for that alone)
        skip = skip + [(it[1], it[2]) for it in where.in_sentence(sent)
                       if _inside(it[1], doer) and not (where.story and it[0] == where.story[0])]
    if backed:          # (a backer's country is not the backed's: "gangs funded by the Russians")
        skip = [(o.start, o.end) for o in others if o is not None and o.start is not None and o.end is not None]
    if not source_side and not backed and not venue and _clause_place(anchor, ctx) is None \
            and (got := visited_place(anchor, sent, ctx)) is not None:
        _set_country(a, *got)           # "When Erdogan went to Washington, his guards assaulted protesters": USA
        return
    got = _where_it_happened(anchor, sent, ctx, skip, abroad, venue, party_blocks=not backed,
                             own_clause=True, complement=not source_side,   # (the one urged acts where it is urged to)
                             home_body=a.sector in kinds.get("domestic", frozenset()) and a.sector != "LEG",
                             # (a target whose doer has no country, named afresh: "the boys", "her family" are
                             # someone met before, whose country the story's need not be; a doer of the story's
                             # country makes it the story's: "the U.S. Treasury removed sanctions on companies")
                             story_among_actors=not source_side and not backed and head is not None and not any(
                                 c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")
                                 for c in head.children) and all(
                                 o is None or not o.country for o in others))
    if got is not None and backed and not any(o is not None and o.country for o in others) \
            and not got[1].startswith("from the clause's place"):
        got = None          # a backer unnamed or unknown may be the country the sentence or story names ("2,000
                            # US troops are in the country, training local forces")
    if got is not None and got[0] in givers and where.story is not None and got[1] == f"from {where.story[1]}" \
            and a.sector not in kinds.get("domestic", frozenset()):
        got = None          # the one aided is not plainly of the giver's own country, the story's ("Turkey armed the
                            # rebels" in a story about Turkey; "its citizens" keep their possessor's, a state's police
                            # and courts are its own, and a place the sentence names still counts)
    if home_force.backer_only(got, sent, ctx) and a.sector not in kinds.get("domestic", frozenset()):
        got = None          # ("government soldiers fought Iranian-backed gunmen, Iran's foreign ministry said")
    if head is not None and head.lower_ in kinds.get("community", frozenset()) and actor_named_only(got, sent, where):
        got = None          # a faith's community is not of the state another party's name gives ("offered an olive
                            # branch to Sunnis, who asked American troops to stay"): its place or the story's
    if got is not None and backed and skip:
        got = (got[0], got[1] + " (its backer set aside)")
    if got is not None and source_side and where.story is not None and where.story[1] == PLACES_STORY \
            and got[1] == f"from {PLACES_STORY}":
        got = None          # a story's places say where its victims are, not whose its doers are ("special forces
                            # operations have intensified" in a story whose places are Syria's: not Syria's forces)
    if fuller is not None and (got is None or where.story is not None and got[1] == f"from {where.story[1]}"
                               or actor_named_only(got, sent, where)):
        _take_fuller(a, *fuller)        # (before the story's own country: "the regime" after "the Iranian regime")
        return
    if got is None and not backed or got is None and any(o is not None and o.country for o in others):
        # "in the Syrian conflict, Russia is backing the government": a side of the one conflict the sentence names
        got = _conflict_side(a, head, sent, ctx)
    if got is None:     # "clashes between government troops and Moscow-backed rebels, Kiev said": Ukraine's troops
        got = home_force.home_force_country(a, words, others, sent, ctx)
    if got is None and not source_side and cameo[:2] in kinds.get("force", frozenset()):
        got = _act_place(anchor, sent, ctx)     # "a chemical attack in Douma which killed 40 people": SYRCVL
    if got is None and actor_story.of_regime(head):     # "the regime", "regime forces", "anti-regime rebels": the
        # regime the story names ("the Assad regime"), else where the story is
        got = actor_story.regime_country(ctx) or actor_story.leading_place(ctx)
    if got is None and not backed:      # "parliament", "the defence secretary": the story's own country's; "police"
        got = actor_owner.home_office(a, head, sent, ctx) or actor_owner.earlier_body(a, sent, ctx)
    if got is None:     # "the rebels", "the opposition": the one country the story names with the word ("Syrian rebels")
        got = actor_story.side_country(a, head, ctx)
    if got is None:     # "the southern rebels" in a story of "Syria's civil war"
        got = _story_conflict_side(a, head, sent, ctx)
    if got is None and not source_side and not backed and (cameo[:2] in kinds.get("force", frozenset()) or aid_act):
        # "shells hit schools sheltering families" in a story whose towns all lie in Syria (knowledge/story_ground.py)
        got = story_ground.ground_country(a, head, sent, ctx, skip)
    if got is None and not backed:  # "Residents have condemned ..." after a sentence naming Douma (prior_place.py)
        got = prior_place(a, head, sent, ctx)
    if got is None and backed:      # "forces backed by Washington" in Afrin, near the Turkish border (backed_home.py)
        got = backed_home.story_home(a, others, sent, ctx)
    if got is None and not backed and head is not None and (sup := backed_home.phrase_backers(head, ctx)):
        got = backed_home.story_home(a, sup, sent, ctx, named=True)     # "Russian backed forces" in Syria's war
    if got is not None:
        _set_country(a, *got)


def fill_countries(sources: list, targets: list, anchor, sent, ctx, cameo: str = "", lemma: str = "",
                   backed: bool = False, doer: tuple = ()) -> None:
    """Sector-only sources and targets of an act coded `cameo` (its lexicon lemma `lemma`) take the country the
    article places them in (module doc); in place. `backed`: an act of support ("backed", "sponsored"): only its
    targets are placed, never from their backers' countries ("army units backed by Moscow", Idlib: SYR)."""
    kinds = word_kinds()
    if backed:
        for a in targets:
            place_actor(a, sources, anchor, sent, ctx, source_side=False, cameo=cameo, backed=True)
        for a in sources:   # (a supporter takes no country from the one it backs; the story's rebels are still theirs)
            if sector_only(a) and not (a.kind == "person" and a.name):
                head = None if "coreference" in (a.why or "") else _head_token(sent.doc, a)
                got = holder_country(a, head, ctx) or actor_story.side_country(a, head, ctx) \
                    or writer_owned(a, head, sent, ctx)       # ("France has forces in Iraq training ...": France's)
                if got is not None:     # ("our government supports Turkey" in a letter: the writer's country's)
                    _set_country(a, *got)
        return
    for a in sources:
        if a is not None and (a.why or "").startswith("implicit agent"):
            continue        # placed by implicit_agent, never from the victims' own country ("Syrians were detained")
        if _member_of_body_left(a, targets, anchor, sent, lemma):
            continue
        place_actor(a, targets, anchor, sent, ctx, source_side=True, cameo=cameo, doer=doer)
        if sector_only(a) and (got := coup_country(a, targets, lemma, cameo)) is not None:
            _set_country(a, *got)       # "Morsi was ousted by a military junta": EGYMIL (knowledge/coup_doers.py)
    from eventwire.knowledge.nationality import place_national
    place_national(targets, anchor, ctx, cameo, lemma, sources)     # "Ahmed was stripped of his UK nationality": GBR
    senders = {s.country for s in sources if s is not None and s.country}
    for a in targets:
        if a is not None and (got := called_home(a, _head_token(sent.doc, a), anchor, sources)) is not None:
            _set_country(a, *got)   # "Trump's call for troops to return home": USAMIL (knowledge/called_home.py)
            continue
        if len(senders) == 1 and sector_only(a) and (lemma or "").lower() in kinds.get("dispatch", frozenset()) \
                and a.sector in kinds.get("abroad", frozenset()) | kinds.get("domestic", frozenset()):
            # "Iran sent advisers", "Russia deployed troops": the forces sent are the sender's
            sender = next(s for s in sources if s is not None and s.country)
            _set_country(a, sender.country, f"from who sent them ('{sender.text}')")
            continue
        place_actor(a, sources, anchor, sent, ctx, source_side=False, cameo=cameo)
    actor_owner.note_bodies(list(sources) + list(targets), sent, ctx)
