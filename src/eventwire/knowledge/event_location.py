"""Event location: the place where an event happened, among the places found in its document (places.py).

    loc = event_location(doc, trigger_token_index, places, dateline_place, article_focus(doc, places))

Every place in the trigger's sentence is scored by how it attaches to the trigger (`_place_score`: its own clause
first, "in/at/near X" strongest, the object of a verb that takes ground; a country that owns an embassy or names
soldiers is an actor, not a place); a place named only to situate another gives way to it and the most specific
of the rest wins (`_most_specific`, `_contained`, `_follows_in`, `_rank`). Places under a reporting verb or in
"according to ..." do not locate the event. Fallbacks: the dateline, then the article's focus (`article_focus`).
The thresholds MIN_ATTACH_CLAUSE, MIN_ATTACH_SENTENCE and SPECIFIC_ATTACH are read at call time from this module.
The stages: event_clause.py (the trigger's clause and the places its sentence names), event_attach.py
(`_place_score`), event_span.py (the other words telling the act, "launched an offensive in X, targeting Y", whose
places count as its clause's; "launched an offensive to recapture X": the ground it aims at; a place of talks or an
election the sentence tells elsewhere), event_conj.py (a verb joined by "and" that tells another act keeps its
places), place_located.py (a clause that only says where a noun of the act stands, "targeting the camps located near
X", is the act's own), event_scene.py (the ground a relative clause on the happening the act took place in names,
"killed in violence that has gripped X"), and this module (ranking, the fallbacks).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from eventwire.model import Place
from eventwire.knowledge.place_words import (
    _BATTLE_NOUNS, _DIRECTION_HEADS, _FACILITY_WORDS, _GROUND_ONLY_VERBS, _HELD_VERBS, _PART_NOUNS, _PLACE_HEADS,
    _PROVINCE_WORDS, _SETTLEMENT_NOUNS, _STRONG_PREPS, _TERRITORY_VERBS, _WORDS)
# the earlier stages (also re-exported: dates.py, actor_country.py and places.py import helpers from this module)
from eventwire.knowledge.event_clause import (  # noqa: F401
    _CLAUSE_BREAK, _DEVICE_NOUNS, _according_phrases, _clause_root, _governing_prep, _head_in_span,
    _in_cause_clause, _in_scene_clause, _is_report, _np_head, _on_the_way, _place_tokens_uncached, _places_by_sentence,
    _subject_ids, _subtree_ids, _subtree_walk)
from eventwire.knowledge.event_attach import (  # noqa: F401
    _SITE_NOUNS, _held_np, _in_org_name, _place_score, _to_the_side, _under_topic)
from eventwire.knowledge.event_conj import other_acts
from eventwire.knowledge.event_span import elsewhere, purpose_acts, span_acts
from eventwire.knowledge.place_apposed import apposed
from eventwire.knowledge.home_place import beside_place, home_place
from eventwire.knowledge.place_located import located_ids
from eventwire.knowledge.place_described import described_by
from eventwire.knowledge.event_scene import scene_ground
from eventwire.knowledge.other_time import other_time
from eventwire.knowledge.title_place import title_place

_WATER_NAMES = _WORDS["water_names"]
_AROUND_NOUNS = _WORDS["around_nouns"]
_AROUND_WORDS = _WORDS["around_words"]
_HOME_VERBS = _WORDS["home_verbs"]
_HOME_NOUNS = _WORDS["home_nouns"]
_PERSON_HEADS = _WORDS["person_heads"]
_SCENE_PREPS = _STRONG_PREPS | {"on"}


# a sentence naming more places than this (a list, or a run-on "sentence" of repeated names) gives each event only
# the ones nearest its trigger, so that the pairwise ranking below stays bounded
MAX_CANDIDATES = 16


def article_focus(doc, places: Sequence[Place], min_sentences: int = 3) -> Optional[Place]:
    """The place an article is about: the town or region it names most (at least twice, and more than any other),
    in an article of at least min_sentences sentences; None where there is no clear one."""
    try:
        if sum(1 for _ in doc.sents) < min_sentences:
            return None
    except ValueError:
        return None
    counts: dict[str, int] = {}
    first: dict[str, Place] = {}
    for p in places:
        if p.demonym or p.lat is None or p.feature not in ("city", "admin1", "admin2") or not p.geonameid:
            continue
        counts[p.geonameid] = counts.get(p.geonameid, 0) + 1
        first.setdefault(p.geonameid, p)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    gid, n = ranked[0]
    if n < 2 or len(ranked) > 1 and ranked[1][1] == n:
        return None
    return first[gid]


def event_location(doc, trigger_token_index: int, places: Sequence[Place],
                   dateline_place: Optional[Place] = None, focus: Optional[Place] = None,
                   span: Optional[tuple] = None, act_tokens: Sequence[int] = (), apart: bool = True) -> Optional[Place]:
    """The place an event happened: its own clause, then its sentence, then the dateline, then the article's
    focus (see article_focus); else None. The returned place's `precision` says which. With the event's evidence
    span (character offsets) and merged act tokens, the places of the other words telling the act count as its
    clause's (event_span.span_acts). With apart=False, a verb joined by "and" shares the trigger's places and a
    campaign's purpose is not its ground (event_conj.other_acts, event_span.purpose_acts: the places of the act
    alone; actor_country.py reads the clause's place the older way)."""
    try:
        if trigger_token_index is None or not (0 <= trigger_token_index < len(doc)):
            return replace(dateline_place, precision="dateline") if dateline_place else \
                replace(focus, precision="article") if focus else None
        trig = doc[trigger_token_index]
        sent = trig.sent
        in_sent = _places_by_sentence(doc, places).get(sent.start, [])
        if len(in_sent) > MAX_CANDIDATES:
            near = sorted(in_sent, key=lambda x: abs(x[1] - trigger_token_index))[:MAX_CANDIDATES]
            in_sent = sorted(near, key=lambda x: x[1])
        if in_sent:
            root = _clause_root(trig)
            # (with the clauses that only say where a noun of the act stands: "targeting the camps located near
            # X", place_located.py)
            own = _with_located(trig, _subtree_ids(trig))
            clause = own | _with_located(root, _subtree_ids(root))
            # the other words telling the act ("launched an offensive in X, targeting Y"): their places are its own
            acts = [(x, _with_located(x, _subtree_ids(x))) for x in span_acts(doc, trig, span, act_tokens)]
            if apart:
                acts += [(x, _with_located(x, _subtree_ids(x))) for x in purpose_acts(trig)
                         if all(x.i != y.i for y, _ in acts)]
            # a verb joined by "and" that tells another act keeps its places ("attacked posts in X and captured Y")
            joined = other_acts(trig, [x for x, _ in acts]) if apart else frozenset()
            # reporting verbs above the event keep their own places ("said in Tehran")
            report_ids: set[int] = set()
            for anc in [trig] + list(trig.ancestors):
                if _is_report(anc) and anc.i != trig.i:
                    for c in anc.children:
                        if c.dep_ in ("prep", "npadvmod", "nsubj", "agent"):
                            if c.dep_ == "prep" and c.i < anc.i and c.left_edge.i == sent.start:
                                continue      # "In Jericho, officials said soldiers shot ...": the scene, fronted
                            if c.dep_ == "prep" and trig.i < anc.i < c.i and doc[c.i - 1].text == "," \
                                    and c.lower_ in _STRONG_PREPS | {"on"} and anc.i >= 2 and any(
                                        doc[k].text == "," for k in range(max(sent.start, anc.i - 4), anc.i)):
                                continue      # "two men were shot dead, police said, on a road in X": a parenthesis
                            ids = _subtree_ids(c)
                            if trig.i not in ids:      # "said in a meeting in Tehran": the meeting keeps Tehran
                                report_ids |= ids
            for ids in _according_phrases(doc, sent):      # "according to a source in Aleppo"
                if trig.i not in ids:
                    report_ids |= ids
            scored = []
            local = []        # "officers in Tikrit said the explosion left three dead": a local source's town, a last resort
            scene = []        # "shot as he walked out of a bakery on the edge of X": the victim's whereabouts, a last resort
            for p, i, j in in_sent:
                h = _head_in_span(doc, i, j)
                if h.i in report_ids:
                    prep = _governing_prep(h)
                    if prep is not None and prep.lower_ == "in" and prep.head.lower_ in _LOCAL_SOURCES \
                            and prep.head.dep_ in ("nsubj", "appos") and _is_report(prep.head.head) or \
                            prep is not None and prep.head.dep_ == "appos" and prep.head.head.dep_ == "nsubj" \
                            and prep.lower_ == "in" and prep.head.lower_ in _LOCAL_SOURCES:
                        local.append(p)       # (not "according to a source in X": those speak from afar too)
                    continue
                if title_place(h, trig):
                    continue      # "X, the commander of its forces in Raqqa, was killed": his post (title_place.py)
                tier = 2 if h.i in joined else 0 if h.i in own else 1 if h.i in clause else 2
                if tier and described_by(trig, h):
                    tier = 0      # "Western Sahara, captured by Moroccan troops, ...": the noun the act's clause describes
                if tier == 2 and _on_the_way(doc, trig, h, clause):
                    tier = 1      # "was shot as he drove through Dobrinja", "a man travelling through X was shot"
                if tier == 2 and _in_cause_clause(trig, h):
                    tier = 1      # "were killed when a car bomb went off in the town of X"
                if tier == 2 and scene_ground(h, trig, p) > 0:
                    tier = 1      # "were killed in violence that has gripped X" (event_scene.py)
                if tier == 2 and _in_scene_clause(trig, h):
                    s, attach = _place_score(doc, trig, h, p, tier, report_ids)
                    prep = _governing_prep(h)
                    # (where they were, "in/at/near/on X"; not where they were heading, "trying to cross into X")
                    if attach >= MIN_ATTACH_CLAUSE and prep is not None and prep.lower_ in _SCENE_PREPS:
                        scene.append((s, p))
                if tier == 2 and _describes_participant(h, clause):
                    continue      # "a general who had sent troops to X was killed": where the man acted before
                by = next((x for x, ids in acts if h.i in ids), None) if tier == 2 else None
                if by is not None:
                    s, attach = _place_score(doc, by, h, p, 1, report_ids)
                    scored.append((s, 1, attach, p, h))
                    continue
                if tier == 2 and elsewhere(h, trig, clause):
                    continue      # "days before peace talks in Kazakhstan": the talks' place, not the act's
                if tier == 2 and other_time(h, trig, clause):
                    continue      # "killed before the alliance entered X": another time's act (other_time.py)
                s, attach = _place_score(doc, trig, h, p, tier, report_ids)
                scored.append((s, tier, attach, p, h))
            # the best-scoring place that locates the event well enough (an actor named in the clause, "Damascus
            # said", scores high but locates nothing)
            scored = apposed(doc, scored)      # "in Dover, on the coast of England": the town (place_apposed.py)
            for s, tier, attach, p, _h in _most_specific(doc, scored, trig):
                if tier < 2 and attach >= MIN_ATTACH_CLAUSE:
                    return replace(p, precision="clause")
                if tier == 2 and attach >= MIN_ATTACH_SENTENCE:
                    return replace(p, precision="sentence")
            if scene:
                best = max(scene, key=lambda x: x[0])[1]
                wider = dateline_place or focus
                # (a country or province the story's own town lies in says less than that town: "helped evacuate
                # people from the city of X in northern Y", where X is the article's focus)
                if not (wider is not None and best.feature in ("country", "admin1", "region", "continent")
                        and wider.country is not None and wider.country == best.country):
                    return replace(best, precision="sentence")
            if local:
                return replace(local[0], precision="sentence")
            # the place the act's own people are of ("residents of X captured", "Japan's police chief was shot"):
            # home_place.py; not for the actor stages' reading (apart=False)
            home = (home_place(doc, trig, in_sent) or beside_place(doc, trig, in_sent)) if apart else None
            if home is not None:
                p, why = home
                return replace(p, precision="sentence", why=f"{p.why}; {why}" if p.why else why)
        if dateline_place is not None:
            return replace(dateline_place, precision="dateline")
        if focus is not None:
            return replace(focus, precision="article")
        return None
    except Exception:
        return replace(dateline_place, precision="dateline") if dateline_place else None


def _with_located(tok, ids):
    """ids and the tokens of the clauses below its nouns that only say where they stand (place_located.py)."""
    more = located_ids(tok, ids)
    return ids | more if more else ids


def _describes_participant(h, clause) -> bool:
    """Is the place at h where a person or group taking part is based, said in a relative clause or participle
    phrase below the event's own clause ("guarded by soldiers whose camps are in X", "detonated by a brigade based in X")? Only the doer's:
    "withdraw troops stationed in X" and "an assault on troops based in X" happen there. (Not where a victim
    lives either: "a man who lived in X was shot on his driveway" is often at home.) Where a participant is at home is not where the act happened. (Wider readings were tried:
    any relative clause on a participant, "a commander who sent troops to X", also holds the victim's errand or
    the attackers' approach, "an officer walking near his home in X", "rebels who descended upon a village in X":
    as often the event's place as not.)"""
    for a in h.ancestors:
        if a.i in clause:
            return False
        n = a.head
        doer = n.dep_ == "nsubj" or n.dep_ == "pobj" and n.head.lower_ == "by" and n.head.dep_ == "agent"
        if a.dep_ in ("relcl", "acl") and n.pos_ in ("NOUN", "PROPN") and doer and (
                a.lemma_.lower() in _HOME_VERBS or a.lemma_ == "have" and any(
                    c.dep_ == "dobj" and (c.lemma_.lower() in _HOME_NOUNS or c.lower_ in _HOME_NOUNS) for c in a.children)):
            return True       # ("which have their bases in X", "that has its headquarters in X")
    return False


_FEATURE_RANK = {"city": 0, None: 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}
_CONTAINER_AFTER = _WORDS["container_after"]
_VILLAGE_NOUNS = _WORDS["village_nouns"]
_ADMIN_PARTS = _WORDS["admin_parts"]
_HOLD_NOUNS = _WORDS["hold_nouns"]
_LOCAL_SOURCES = _WORDS["local_sources"]


def _rank(p: Place, h=None) -> float:
    words = p.text.split()
    if words and words[-1].lower() in _WATER_NAMES and len(words) > 1:
        return 3          # "the Tigris River in Baghdad", "the Azov Sea port city of Mariupol": larger than a town
    if h is not None and h.dep_ in ("compound", "poss", "amod") and h.head.lower_ in _AROUND_NOUNS:
        return 1.5        # "the east Homs countryside", "Damascus's suburbs": the land around a town, larger than it
    if p.feature in ("city", None) and (len(words) > 1 and words[0].lower() in _AROUND_WORDS or h is not None and any(
            c.dep_ == "amod" and c.lower_ in _AROUND_WORDS for c in h.children)):
        return 2.5        # "rural Damascus", "Greater Damascus": the province around a town, larger than a region in it
    if _facility(p, h):
        return 0.5        # a street or building: after the town it stands in
    if p.lat is None and h is not None:
        guess = _unknown_rank(p, h)
        if guess is not None:
            return guess
        top = _np_head(h)
        if top.lower_ in _SETTLEMENT_NOUNS or h.dep_ == "pobj" and h.head.lower_ == "of" \
                and h.head.head.lower_ in _SETTLEMENT_NOUNS:
            return -1     # "Sontyo village", "the village of Abadam": a village the gazetteer does not know
    if p.lat is not None and p.feature == "city" and h is not None:
        top = _np_head(h)
        if top.lower_ in _VILLAGE_NOUNS or h.dep_ == "pobj" and h.head.lower_ == "of" \
                and h.head.head.lower_ in _VILLAGE_NOUNS:
            return -1     # "the key town of Kinsibba" (a town the gazetteer knows), as specific as an unknown one
    if h is not None and p.feature in ("city", None) and _np_head(h).i != h.i and _np_head(h).lower_ in _PART_NOUNS:
        top = _np_head(h)
        if p.lat is not None and top.lower_ in _ADMIN_PARTS and not any(
                c.dep_ == "prep" and c.lower_ in ("in", "of") for c in top.children):
            return 1      # "Bharatpur district", "the Kailali area": the district a known town names, not a quarter
        return -0.5       # "the Aziziyah district" (of a city named beside it): a part of a town
    return _FEATURE_RANK.get(p.feature, 0)


def _contained(doc, x_head, y_head) -> bool:
    """Is the place at y_head named only to situate the place at x_head? ("Hawija, a town near Kirkuk",
    "Sontyo village in Wukari", "In Dura, south of Baghdad")."""
    top = _np_head(x_head)
    if top.i != x_head.i and top.lower_ not in _SETTLEMENT_NOUNS and top.lower_ not in _PLACE_HEADS:
        return False
    t = x_head
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "conj":
            return False        # "in Sehwan Town, Jamshoro District": listed beside, not inside
        t = t.head
    t = y_head
    for _ in range(12):
        if t.i == top.i:
            return True
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        if t.i == y_head.i and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == top.i \
                and top.i != x_head.i:
            return False        # "the Chicago suburb of Skokie": the of-phrase names the suburb
        t = t.head
    return False


def _follows_in(doc, x_head, y_head, preps=("in",)) -> bool:
    """Does the "in" phrase holding the place at y_head come right after the noun phrase of the place at x_head
    ("Douma in the East Ghouta", "Bayugan town, also in Agusan del Sur"), whatever the parser hung it on?
    (With preps=("near",): "the slopes of Kfarchouba, near the town of Marjayoun".)"""
    prep = _governing_prep(y_head)
    if prep is None or prep.lower_ not in preps or prep.i <= x_head.i:
        return False
    top = _np_head(x_head)
    t = x_head
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ not in _SETTLEMENT_NOUNS | _HOLD_NOUNS:
        return False            # "north of Baghdad in Samarra": Baghdad only measures; "the house of X in Y"
    xp = _governing_prep(x_head)
    if x_head.ent_type_ not in ("GPE", "LOC", "FAC") and top.lower_ not in _SETTLEMENT_NOUNS \
            and not (xp is not None and xp.lower_ in _STRONG_PREPS):
        return False            # "captured Qadeer in Gujranwala": a name that may be a man's
    end = max(top.i, x_head.i)
    k = end + 1
    while k < prep.i and (doc[k].is_punct or doc[k].lower_ in ("also", "town", "city", "village", "area")):
        k += 1
    return k == prep.i and prep.head.i != x_head.i


def _facility(p: Place, h=None) -> bool:
    """A street or a building: the gold sets and users want the town it stands in. With the name's head token h,
    a name the gazetteer does not know also counts when the noun it names is a site ("the Sadriya market",
    "the Green Zone", "Joseph's Tomb")."""
    words = p.text.split()
    last = words[-1].lower() if words else ""
    if p.feature == "country":
        return False
    if h is not None and h.dep_ == "compound" and h.head.lower_ in _FACILITY_WORDS and h.head.i > h.i \
            and p.feature in ("admin1", "admin2", "region"):
        return True       # "on Bagmati bridge in Kathmandu": a province's name given to a bridge or a building (a
        #                   town's, "the Palmasola prison in X", may say where it stands)
    if p.feature == "admin1":
        return False
    if last in _FACILITY_WORDS or p.lat is None and (last in _SITE_NOUNS or words[0].lower() in _SITE_NOUNS):
        return True
    if p.lat is None and h is not None:
        top = _np_head(h)
        return top.i != h.i and (top.lower_ in _FACILITY_WORDS or top.lower_ in _SITE_NOUNS)
    return False


def _unknown_rank(p: Place, h) -> Optional[float]:
    """How large a place the gazetteer does not know is, from its own words: "Bolivar province" and "the region
    of Madgalena" are provinces; None if nothing says."""
    words = p.text.lower().split()
    if words and words[-1] in _PROVINCE_WORDS:
        return 2
    if h is not None and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _PROVINCE_WORDS:
        return 2
    if h is not None and h.dep_ in ("compound", "amod") and h.head.i > h.i and _np_head(h).lower_ in _PROVINCE_WORDS:
        return 2          # "the rebel-held Masisi region": the province word outside the name
    return None


def _is_held(h) -> bool:
    """Is the place at h (or the noun it names) the object, or passive subject, of a verb that takes ground?"""
    t = _np_head(h)
    # (a bare name after a verb that also takes persons may be a man: "captured Qadeer in Gujranwala")
    return t.dep_ == "dobj" and t.head.lemma_ in _TERRITORY_VERBS and (
        t.i != h.i or t.head.lemma_ not in _HELD_VERBS or t.head.lemma_ in _GROUND_ONLY_VERBS)


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def _population(p: Place) -> Optional[int]:
    """The gazetteer's population of a place it knows (by its geonameid), or None."""
    if p.geonameid is None:
        return None
    try:
        from eventwire.knowledge.gazetteer import default_gazetteer
        for c in default_gazetteer().lookup(p.name or p.text):
            if c.geonameid == p.geonameid:
                return c.population or None
    except Exception:
        return None
    return None


def _more_populous(x: Place, y: Place) -> Optional[Place]:
    """Of two towns, the one with at least ten times the other's population (the one that holds the other in "the
    X district of Y"), or None where the gazetteer does not tell them apart so clearly."""
    if x.feature != "city" or y.feature != "city":
        return None
    px, py = _population(x), _population(y)
    if not px or not py:
        return None
    return x if px >= 10 * py else y if py >= 10 * px else None


def _bare_direction(yh):
    """The compass word of a bare "<direction> of" phrase holding the place at yh ("south of Baghdad", "250 km
    northeast of Freetown"), or None: the place only measures where another is. Not "the south of Iraq" (a
    determiner makes it a part of the place)."""
    if yh.dep_ != "pobj" or yh.head.lower_ != "of":
        return None
    way = yh.head.head
    if way.lower_ not in _COMPASS or any(c.dep_ in ("det", "poss") for c in way.children):
        return None
    return way


def _most_specific(doc, scored: list, trig=None) -> list:
    """Order candidate event places best first: a place named to situate another gives way to it, and among the
    places that clearly locate the event in its own clause the most specific (a town before its province) wins."""
    if not scored:
        return scored
    drop = set()
    for a, x in enumerate(scored):
        for b, y in enumerate(scored):
            if a == b or b in drop or a in drop:
                continue
            xh, yh = x[4], y[4]
            if x[2] <= 0:
                continue          # "the US embassy in Dar es Salaam": an owner, not a place that contains
            if _contained(doc, xh, yh) and not (_facility(x[3], xh) and not _facility(y[3], yh)
                                                and y[3].feature != "country"):
                if _rank(x[3], xh) >= 2 and _rank(x[3], xh) > _rank(y[3], yh) and x[3].feature != "country" \
                        and y[3].lat is not None and yh.dep_ == "pobj" and yh.head.lower_ == "in":
                    continue      # "the Tigris River in Baghdad", "the Ghab plain in Hama": the town narrows it
                    #               (not "in Ghouta, a suburb of Damascus": the town only situates it)
                drop.add(b)
                continue
            if _follows_in(doc, xh, yh) and not _facility(x[3], xh) and (
                    _rank(x[3], xh) <= _rank(y[3], yh) or x[3].lat is None and _unknown_rank(x[3], xh) is not None) \
                    and x[2] >= SPECIFIC_ATTACH:
                # (a name the gazetteer does not know is inside the place its "in" names, whatever its own words
                # say of its size: "the Kuttum province in Darfur", "the X silos region in Homs")
                drop.add(b)       # "patrolling Deeg in Alwar district": the parser hung "in" on the verb
                continue
            if _follows_in(doc, xh, yh, ("near",)) and x[2] >= SPECIFIC_ATTACH and y[1] <= x[1]:
                drop.add(b)       # "shelled the slopes of Kfarchouba, near the town of Marjayoun": a landmark
                continue
            # "the Chicago suburb of Skokie" (the of-phrase names it) vs "the Arawa area of Gombe" (the
            # name before the noun names it): the smaller one
            top = _np_head(xh)
            if top.i != xh.i and top.lower_ in _SETTLEMENT_NOUNS and yh.dep_ == "pobj" and yh.head.lower_ == "of" \
                    and yh.head.head.i == top.i:
                nxt = doc[yh.i + 1].lower_ if yh.i + 1 < len(doc) else ""
                if top.lower_ in _CONTAINER_AFTER and x[3].feature in ("admin1", "admin2", "region") \
                        and y[3].feature not in ("admin2", "region", "continent") and xh.i < top.i:
                    drop.add(b)   # "the Rif region of Morocco": a region can be the region the noun names
                elif nxt in _CONTAINER_AFTER or y[3].text.split()[-1].lower() in _CONTAINER_AFTER \
                        or _rank(y[3], yh) > _rank(x[3], xh):
                    # ("the Rampur town of Sitapur district": the of-phrase names the district it lies in)
                    drop.add(b)
                elif _rank(x[3], xh) > _rank(y[3], yh):
                    drop.add(a)           # "the Niger village of Abadam"
                elif (x[3].lat is None) != (y[3].lat is None):
                    # a name the gazetteer does not know is the smaller place: "the Arawa area of Gombe",
                    # "the west Mosul district of Zanjili"
                    drop.add(b if x[3].lat is None else a)
                elif (bigger := _more_populous(x[3], y[3])) is not None:
                    # two towns the gazetteer knows: the larger one holds the other ("the Istanbul district
                    # of Esenyurt", "the Karrada district of Baghdad")
                    drop.add(a if bigger is x[3] else b)
                elif top.lower_ in _PART_NOUNS:
                    drop.add(b)
                else:
                    drop.add(a)
                continue
            # "In Dura, south of Baghdad": a direction from a place just named (also where the parser made the
            # direction a second object of the place's preposition: _bare_direction)
            prep = _governing_prep(yh)
            way = prep.head if prep is not None and prep.lower_ == "of" and prep.head.lower_ in _DIRECTION_HEADS \
                else _bare_direction(yh)
            if way is None and prep is not None:
                way = _to_the_side(prep, yh)      # "in the X province to the west of Y"
            # (set off by a comma right after the place, "in rural Castlemaine, just north of Bendigo", the direction
            # describes that place, whatever clause the parser hung it on)
            aside = way is not None and any(doc[k].text == "," for k in range(xh.i + 1, way.i)) \
                and _bare_direction(yh) is not None
            if way is not None and xh.i < way.i and way.i - xh.i <= 4 and (x[1] <= y[1] or aside) and x[2] >= 1.0:
                drop.add(b)
                continue
            # "Elsewhere north of Baghdad, three soldiers were killed in an attack in X": a bare direction set
            # before the place the act names only measures from a landmark (not a country or a region named there)
            bare = _bare_direction(yh)
            if bare is not None and trig is not None and bare.i < trig.i < xh.i and x[1] <= min(y[1], 1) \
                    and x[2] >= SPECIFIC_ATTACH and _bare_direction(xh) is None and _rank(x[3], xh) <= 2:
                drop.add(b)
    kept = [x for k, x in enumerate(scored) if k not in drop]
    kept.sort(key=lambda x: -x[0])
    # a street or building named with its town ("Tbilisi's Rustaveli Avenue", "the Town Hall in downtown
    # Colombo"): the town
    if kept and _facility(kept[0][3], kept[0][4]):
        fh = kept[0][4]
        top = _np_head(fh)
        sub = {t.i for t in top.subtree}
        towns = [x for x in kept[1:] if not _facility(x[3], x[4]) and x[4].i in sub and x[2] > -0.5
                 and x[3].feature not in ("country",)]
        if towns:
            kept.remove(towns[0])
            kept.insert(0, towns[0])
    strong = [x for x in kept if x[1] <= 1 and x[2] >= SPECIFIC_ATTACH]
    if trig is not None and trig.tag_ == "VBG" and trig.dep_ in ("advcl", "acl") and any(x[1] == 0 for x in strong):
        # "launched an offensive in the Hama countryside, targeting the village of X": what the participle
        # itself names, before the main clause's wider ground
        strong = [x for x in strong if x[1] == 0]
    if len(strong) > 1:
        # ties go to the ground the event takes ("stormed Najarah in eastern Aleppo")
        # and a place the verb itself names before one inside a person's description ("Lindh, from a family in
        # Marin County, was captured in Afghanistan"); a bomb's own place is the event's ("a bomb in X killed")
        # (the passive subject of a verb that takes ground is that ground: "Vukovar was captured ... in the
        # fighting of Croatia's war" is Vukovar)
        subj = {t.i for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lemma_.lower() not in _BATTLE_NOUNS and c.lemma_.lower() not in _DEVICE_NOUNS
                and not (c.dep_ == "nsubjpass" and trig.lemma_ in _TERRITORY_VERBS
                         and c.lower_ not in _PERSON_HEADS and c.ent_type_ != "PERSON"
                         and (c.pos_ == "PROPN" or c.lemma_.lower() in _SETTLEMENT_NOUNS))
                for t in c.subtree} if trig is not None else set()
        best = min(strong, key=lambda x: (x[4].i in subj, _rank(x[3], x[4]), not _is_held(x[4]), -x[0]))
        kept.remove(best)
        kept.insert(0, best)
    return kept


SPECIFIC_ATTACH = 1.0
MIN_ATTACH_CLAUSE = 0.55
MIN_ATTACH_SENTENCE = 1.0
