"""Event location: the place where an event happened, among the places found in its document (places.py).

    loc = event_location(doc, trigger_token_index, places, dateline_place, article_focus(doc, places))

Every place in the trigger's sentence is scored by how it attaches to the trigger (`_place_score`: its own clause
first, "in/at/near X" strongest, the object of a verb that takes ground; a country that owns an embassy or names
soldiers is an actor, not a place); a place named only to situate another gives way to it and the most specific
of the rest wins (`_most_specific`, `_contained`, `_follows_in`, `_rank`). Places under a reporting verb or in
"according to ..." do not locate the event. Fallbacks: the dateline, then the article's focus (`article_focus`).
The thresholds MIN_ATTACH_CLAUSE, MIN_ATTACH_SENTENCE and SPECIFIC_ATTACH are read at call time from this module.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from eventwire.model import Place
from eventwire.knowledge.place_words import (
    _AREA_WORDS, _ATTACK_NOUNS, _BATTLE_NOUNS, _CALENDAR, _DIRECTION_HEADS, _DWELLINGS, _FACILITY_WORDS,
    _GROUND_ONLY_VERBS, _HELD_VERBS, _NAMED_AFTER, _PART_NOUNS, _PLACE_HEADS, _PROVINCE_WORDS, _SETTLEMENT_NOUNS,
    _STRONG_PREPS, _TERRITORY_VERBS, _WORDS)

_REPORT_LEMMAS = _WORDS["report_lemmas"]
_CLAUSE_BREAK = {"ccomp", "parataxis", "relcl", "csubj", "advcl", "acl"}
_NON_LOCATIVE_PREPS = _WORDS["non_locative_preps"]
_SITE_NOUNS = _WORDS["site_nouns"]
_OF_KINDS = _WORDS["of_kinds"]
_FROM_VERBS = _WORDS["from_verbs"]
_DEVICE_NOUNS = _WORDS["device_nouns"]
_WATER_NAMES = _WORDS["water_names"]
_DWELLING_HEADS = _DWELLINGS | _WORDS["workplaces"]
_AROUND_NOUNS = _WORDS["around_nouns"]
_WAY_HEADS = _WORDS["town_ways"]
_GROUP_NAME_WORDS = _WORDS["group_name_words"]


# a sentence naming more places than this (a list, or a run-on "sentence" of repeated names) gives each event only
# the ones nearest its trigger, so that the pairwise ranking below stays bounded
MAX_CANDIDATES = 16


def _places_by_sentence(doc, places: Sequence[Place]) -> dict:
    """{sentence start token: [(place, first token, end token)]}, built once per document and place list."""
    key = (id(places), len(places))
    cache = doc.user_data.get("eventwire.place_tokens")
    if cache is not None and cache[0] == key:
        return cache[1]
    by_sent: dict = {}
    for p, i, j in _place_tokens_uncached(doc, places):
        by_sent.setdefault(doc[i].sent.start, []).append((p, i, j))
    doc.user_data["eventwire.place_tokens"] = (key, by_sent)
    return by_sent


def _place_tokens_uncached(doc, places: Sequence[Place]) -> list[tuple[Place, int, int]]:
    out = []
    for p in places:
        if p.demonym:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append((p, span.start, span.end))
    return out


def _head_in_span(doc, i: int, j: int):
    for t in doc[i:j]:
        if (not (i <= t.head.i < j) or t.head.i == t.i) and not t.is_punct:
            return t
    for t in doc[i:j]:
        if not (i <= t.head.i < j) or t.head.i == t.i:
            return t
    return doc[i]


def _governing_prep(tok):
    """The preposition a place hangs from (through 'the city of', compounds and appositions), or None."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("compound", "amod", "nmod", "appos", "conj", "poss") and t.head.i != t.i:
            t = t.head
            continue
        if t.head.lower_ in ("called", "named") and t.head.dep_ in ("acl", "relcl") and t.dep_ != "pobj":
            t = t.head.head       # "a peak called Tiger Hill": the peak
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lower_ == "known" \
                and t.head.head.dep_ in ("acl", "relcl"):
            t = t.head.head.head  # "an area known as El Tablazo": the area
            continue
        if t.dep_ == "pobj":
            p = t.head
            if p.lower_ == "of" and p.head.lower_ in _DIRECTION_HEADS and p.head.dep_ in ("advmod", "npadvmod"):
                return p              # "raids north of Baghdad": the direction phrase itself
            if p.lower_ == "of" and (p.head.pos_ in ("NOUN", "PROPN") or p.head.lower_ in ("one", "two", "some",
                                                                                       "many", "most", "all")) \
                    or p.lower_ == "for" and p.head.lemma_.lower() in _BATTLE_NOUNS \
                    or p.lower_ in ("like", "including") and (p.head.lower_ in _SETTLEMENT_NOUNS
                                                              or p.head.lower_ in ("places", "sites")) \
                    and p.head.dep_ == "pobj" and p.head.head.lower_ in _STRONG_PREPS:
                t = p.head            # "the city of X", "the outskirts of X", "in the battle for X"
                continue
            if p.lower_ == "to" and p.head.lower_ in _WAY_NOUNS and p.head.dep_ == "pobj":
                t = p.head            # "at the entrance to Bethlehem", "on the road to Ariel"
                continue
            return p
        return None
    return None


def _is_report(tok) -> bool:
    """Does tok report speech ("said", "claimed")? Not "claimed 37 lives", "reported missing", "a blast was
    reported"."""
    if tok.lemma_.lower() not in _REPORT_LEMMAS:
        return False
    return not any(c.dep_ in ("dobj", "oprd", "acomp") and c.lemma_.lower() in ("life", "live", "lives", "missing",
                                                                                 "dead", "killed", "wounded")
                   or c.dep_ == "nsubjpass" and (c.lemma_.lower() in _DEVICE_NOUNS or c.lemma_.lower() in _BATTLE_NOUNS)
                   for c in tok.children)     # ("an explosion was reported inside X": where it went off)


def _clause_root(trigger):
    """Walk up from the trigger to the verb whose clause it belongs to, stopping below reporting verbs."""
    t = trigger
    for _ in range(8):
        if t.dep_ in ("ROOT", "ccomp", "parataxis", "relcl", "csubj") or t.head.i == t.i:
            return t
        h = t.head
        if _is_report(h) and t.dep_ in ("advcl", "xcomp", "conj", "dobj"):
            return t
        if t.dep_ in ("xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod", "acl",
                      "advcl", "conj", "npadvmod", "agent", "oprd", "acomp", "aux", "auxpass"):
            t = h
            continue
        return t
    return t


def _subtree_ids(tok, stop_deps=_CLAUSE_BREAK, skip=None) -> set[int]:
    """Token indexes under tok, not crossing into other clauses (stop_deps). The plain case is computed once per
    token and document: event places and event dates ask for the same subtrees for every event. Read-only."""
    if stop_deps is _CLAUSE_BREAK and skip is None:
        cache = tok.doc.user_data.setdefault("eventwire.subtrees", {})
        got = cache.get(tok.i)
        if got is None:
            got = cache[tok.i] = frozenset(_subtree_walk(tok, stop_deps, None))
        return got
    return _subtree_walk(tok, stop_deps, skip)


def _subtree_walk(tok, stop_deps, skip) -> set[int]:
    out = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in stop_deps and c.i != tok.i:
                continue
            if skip is not None and c.i == skip:
                continue
            stack.append(c)
    return out


_PERSON_HEADS = _WORDS["person_heads"]


def _subject_ids(trig) -> set[int]:
    out: set[int] = set()
    for c in trig.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out |= {t.i for t in c.subtree}
    return out


def _place_score(doc, trig, h, p, tier, report_ids):
    """How strongly the place whose head token is h locates the event triggered by trig (higher is better)."""
    if h.dep_ == "compound" and h.head.lower_ in _CALENDAR and h.head.i == h.i + 1:
        h = h.head            # "patrolled downtown Caracas Wednesday": the parser made the place a weekday's word
    prep = _governing_prep(h)
    k = h.i - 2 if h.i > 1 and doc[h.i - 1].text == "," else h.i - 1
    if prep is None and k >= 0 and doc[k].lower_ in _NAMED_AFTER and doc[k].dep_ == "pobj" \
            and h.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        prep = _governing_prep(doc[k])    # "demonstrated in the Togolese capital Lome", "in the heart of the capital,
        #                                   Sana" (the name misparsed)
    attach = 0.0
    if prep is not None:
        pl = prep.lower_
        if pl in _STRONG_PREPS:
            attach = 2.0
        elif pl == "to" and prep.head.lower_ in ("close", "next", "near", "adjacent", "nearby") \
                or pl == "from" and prep.head.lower_ == "far" and any(c.lower_ == "not" for c in prep.head.children):
            attach = 2.0      # "close to Jaffna", "not far from Grozny"
        elif pl in ("to", "toward", "towards", "into", "from") and prep.head.i == trig.i \
                and trig.lemma_ in _MOTION_VERBS \
                or pl == "from" and prep.head.i == trig.i and trig.lemma_ in _FROM_VERBS \
                or pl == "from" and tier == 0 and h.dep_ in ("compound", "poss") and h.head.dep_ == "pobj" \
                and h.head.lemma_.lower() in _DWELLING_HEADS:      # "captured ... from their Baghdad house"
            attach = 0.6      # "flew to Basra", "troops were dispatched to Kandahar", "marched from Geneva" (+1 below:
            #                   the trigger's own)
        elif pl in ("including", "like") and trig.lemma_ in _TERRITORY_VERBS and _held_np(prep.head, trig):
            attach = 1.2      # "captured key towns in North Kivu, including Kanyabayonga": the towns themselves
        elif pl in ("on", "against") and prep.head.lemma_ in _ATTACK_NOUNS:
            attach = 2.0      # "an attack on Mbuta village", "airstrikes on Raqqa"
        elif pl in ("on", "over", "across", "through", "inside", "outside", "into", "from", "to", "toward",
                    "towards", "of", "between"):
            attach = 0.6 if pl in ("on", "over", "into", "through") else 0.3
        else:
            attach = 0.0
        ph = prep.head
        if pl not in _NON_LOCATIVE_PREPS and (ph.i == trig.i or ph.i == trig.head.i
                                              and trig.dep_ in ("xcomp", "dobj", "conj")):
            attach += 1.0
        # "Moussa, 28, of Kafr Tsurif": a person's home town, not where the event was
        if pl == "of" and ph.ent_type_ == "PERSON" or pl in ("of", "from") and ph.pos_ == "PROPN":
            attach = 0.1
        if pl == "of" and ph.lower_ in _DIRECTION_HEADS:
            # "north of Baghdad", "on the outskirts of Aleppo"; but "Jolo, 940 kilometers south of Manila": a
            # distance makes the place a landmark to measure from
            attach = 0.3 if any(t.lower_ in _DISTANCE_UNITS for t in doc[max(0, ph.i - 4):ph.i]) else 2.0
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _PERSON_HEADS:
            attach = -1.0     # "the governments of Iraq and Syria", "the people of Gaza": actors
        if h.dep_ in ("compound", "amod") and h.head.lower_ in _PERSON_HEADS and h.head.i > h.i \
                and not any(c.lower_ in _AREA_WORDS and c.dep_ == "amod" for c in h.children):
            attach = -1.0     # "fired at U.S. troops": whose troops, not where
    else:
        t = h
        for _ in range(6):
            if t.dep_ in ("compound", "amod", "nmod", "appos", "conj") and t.head.i != t.i:
                t = t.head
            elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
                t = t.head.head
            else:
                break
        if t.i != h.i and t.lower_ in _OWNED_SITES and p.feature == "country":
            attach = -1.0     # "the US embassy", "British bases": whose, not where
        elif t.i != h.i and (t.lower_ in _PLACE_HEADS or t.lemma_.lower() in _PLACE_HEADS) \
                or (h.i > 0 and doc[h.i - 1].tag_ == "PRP$" and t.i != h.i):
            attach = 1.0      # "her Reshimbagh residence", "a Kabul hotel", "the streets of Srinagar"
        elif h.dep_ in ("npadvmod",) and h.head.i == trig.i:
            attach = 1.5      # "patrolled Harare Saturday" style adverbial place
        elif t.dep_ in ("dobj", "nsubjpass") and trig.lemma_ in _TERRITORY_VERBS and (
                t.head.i == trig.i or t.head.dep_ == "conj" and t.head.head.i == trig.i
                and t.head.lemma_ in _TERRITORY_VERBS):
            # "stormed the town", "Eastern Slavonia was captured", "patrolling Kabul's streets"
            attach = 1.2 if (p.feature or "city") in ("city", "admin2", None) or t.i != h.i else 0.8
        elif t.dep_ in ("dobj", "nsubjpass") and t.head.i != trig.i and t.head.lemma_ in _GROUND_ONLY_VERBS \
                and t.head.lemma_ != "evacuate":
            attach = 1.0      # "captured ... as he tried to flee northern Italy": ground in a linked clause
        elif h.dep_ == "poss" and h.head.dep_ in ("dobj", "pobj") and (
                h.head.head.i == trig.i and trig.lemma_ in _TERRITORY_VERBS
                or h.head.dep_ == "pobj" and h.head.head.lower_ in _STRONG_PREPS):
            attach = 1.0      # "patrolling Iraq's northern skies", "in Congo's east"
        elif h.dep_ == "poss" and trig.lemma_ in _TERRITORY_VERBS and (h.head.lower_ in _PLACE_HEADS | _PART_NOUNS
                                                                        or h.head.lemma_.lower() in _PLACE_HEADS) \
                and _held_np(h.head, trig):
            attach = 1.0      # "patrolled the streets of Freetown's west end", "captured 70 percent of Bosnia's
            #                   territory", "Somalia's waters are patrolled": the ground itself
        elif h.dep_ == "poss" and h.head.lemma_.lower() in _PLACE_HEADS and _held_np(h.head, trig):
            attach = 1.0      # "a bombing destroyed one of Baghdad's main bridges": the town the site is in
        elif h.dep_ == "compound" and h.head.lower_ in _LOCAL_AGENTS and h.head.dep_ in ("nsubj", "nsubjpass") \
                and h.head.head.i == trig.i and p.feature not in ("country", "admin1", "continent", "region"):
            attach = 1.3      # "Dallas police shot ...", "Basra protesters marched": a town's own people acting
            #                   (less the subject's 0.7 below: 0.6, enough only where nothing better is named)
        elif h.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "compound", "amod") and t.i == h.i or \
                h.dep_ in ("compound", "amod") and t.lower_ in _PERSON_HEADS:
            attach = -1.0     # a country or city as an actor: "Iran condemned", "attacked Iraq", "US soldiers"
        else:
            attach = 0.4      # some other attachment (lists, appositions): too weak on its own
    if _in_org_name(h):
        attach = -1.0         # "striking the Islamic State of Iraq": part of a group's name, an actor
    if h.dep_ == "compound" and h.head.lower_ in ("time", "timezone"):
        attach = -1.0         # "at 8 P.M. (Damascus Time)": a clock, not a place
    if prep is not None and attach > 0.3 and prep.lower_ not in _STRONG_PREPS and _under_topic(prep, trig):
        attach = 0.3          # "protested in Berlin against the raids on Yugoslavia": what it was about, not where
    if h.dep_ == "poss" and prep is not None and h.head.lemma_.lower() not in _WAY_HEADS:
        attach -= 0.5         # "in Congo's capital, Kinshasa": the capital is the place (but "took to Sarajevo's
        #                       streets": the streets are the town's)
    top = _np_head(h)
    if top.i != h.i and top.lower_ in _OWNED_SITES and p.feature == "country":
        attach = -1.0         # "outside the US embassy", "at British bases": whose, not where
    # inside the subject of the event: weaker than the event's own modifiers (but "Baghdad was bombed",
    # "Idlib province has been struck": the passive subject of a verb that acts on ground is the place)
    if tier == 0 and h.i in _subject_ids(trig) and not (
            trig.lemma_ in _TERRITORY_VERBS and any(c.dep_ == "nsubjpass" and h.i in {t.i for t in c.subtree}
                                                    and c.lower_ not in _PERSON_HEADS for c in trig.children)
            and attach > 0):
        attach -= 0.7
    feat = {"city": 0.9, "admin2": 0.8, "admin1": 0.5, "country": 0.2, "continent": 0.0, "region": 0.3}.get(
        p.feature or "", 0.9)
    dist = abs(h.i - trig.i)
    return -2.0 * tier + attach + feat - 0.02 * dist, attach


def _in_org_name(h) -> bool:
    """Is the place at h the "of" part of an organisation's name ("the Islamic State of Iraq", "the Army of
    Conquest"), not of a site named that way ("the University of Baghdad")?"""
    if h.ent_type_ != "ORG" or h.ent_iob_ == "B":
        return False
    t = h
    while t.dep_ in ("compound", "flat", "conj") and t.head.i != t.i:
        t = t.head            # (also "... of Iraq and the Levant")
    if not (t.dep_ == "pobj" and t.head.lower_ == "of"):
        return False
    owner = t.head.head
    if owner.ent_type_ != "ORG" or owner.i > h.i or owner.lower_ in _FACILITY_WORDS or owner.lower_ in _SITE_NOUNS:
        return False
    if owner.lower_ in _PLACE_HEADS or owner.lower_ in _OF_KINDS:
        # "the Republic of Congo", "the State of Kuwait" are places; "the Islamic State of Iraq" is a group
        return any(c.dep_ in ("amod", "compound") and c.lower_ in _GROUP_NAME_WORDS for c in owner.children)
    return True


def _in_cause_clause(trig, h) -> bool:
    """Is the place at h inside a "when" clause hung on the trigger or a verb joined to it, the happening that
    caused it ("were killed and 15 wounded when a car bomb went off in X")? ("as", "after" and "while" clauses
    were tried too: as often the victim's errand or an earlier event as where it happened.)"""
    verbs = [trig] + [c for c in trig.children if c.dep_ == "conj"] + ([trig.head] if trig.dep_ == "conj" else [])
    for c in [c for v in verbs for c in v.children]:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children):
            if h.i in {t.i for t in c.subtree}:
                return True
    return False


def _on_the_way(doc, trig, h, clause: set) -> bool:
    """Is the place at h the ground a victim or convoy was crossing when the event happened: "through X" (or
    "along", "across") after a verb of travel in a clause hung on the event's clause ("as he drove through X",
    "while travelling through X", "a man travelling through X was shot")?"""
    prep = _governing_prep(h)
    if prep is None or prep.lower_ not in ("through", "along", "across"):
        return False
    v = prep.head
    if v.pos_ not in ("VERB", "AUX") or v.lemma_ not in _TRAVEL_VERBS or v.dep_ not in ("advcl", "acl", "relcl"):
        return False
    return v.head.i in clause or v.head.head.i in clause and v.head.dep_ in ("nsubj", "nsubjpass", "dobj")


def _is_held(h) -> bool:
    """Is the place at h (or the noun it names) the object, or passive subject, of a verb that takes ground?"""
    t = _np_head(h)
    # (a bare name after a verb that also takes persons may be a man: "captured Qadeer in Gujranwala")
    return t.dep_ == "dobj" and t.head.lemma_ in _TERRITORY_VERBS and (
        t.i != h.i or t.head.lemma_ not in _HELD_VERBS or t.head.lemma_ in _GROUND_ONLY_VERBS)


def _under_topic(prep, trig) -> bool:
    """Does the phrase holding a place hang, below the event, from "against", "over", "about" and the like (what
    a protest or a statement was about)? ("against the air raids on Yugoslavia", "over the genocide in Krajina")"""
    t = prep.head
    for _ in range(8):
        if t.i == trig.i or t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in _TOPIC_PREPS:
            return True
        t = t.head
    return False


def _held_np(tok, trig) -> bool:
    """Is tok (through "of" phrases: "70 percent of X's territory") the object, or passive subject, of trig?"""
    t = tok
    for _ in range(4):
        if t.dep_ in ("dobj", "nsubjpass") and t.head.i == trig.i:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            t = t.head.head
            continue
        return False
    return False


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


def _according_phrases(doc, sent) -> list[set[int]]:
    """Token ids of each "according to ..." phrase in the sentence (computed once per sentence)."""
    cache = doc.user_data.setdefault("eventwire.according", {})
    hit = cache.get(sent.start)
    if hit is None:
        hit = cache[sent.start] = [{x.i for x in t.subtree} for t in sent if t.lower_ == "according"]
    return hit


def event_location(doc, trigger_token_index: int, places: Sequence[Place],
                   dateline_place: Optional[Place] = None, focus: Optional[Place] = None) -> Optional[Place]:
    """The place an event happened: its own clause, then its sentence, then the dateline, then the article's
    focus (see article_focus); else None. The returned place's `precision` says which."""
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
            own = _subtree_ids(trig)
            clause = _subtree_ids(root)
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
            local = []        # "police in Ramadi said the blast killed four": a local source's town, a last resort
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
                tier = 0 if h.i in own else 1 if h.i in clause else 2
                if tier == 2 and _on_the_way(doc, trig, h, clause):
                    tier = 1      # "was shot as he drove through Dobrinja", "a man travelling through X was shot"
                if tier == 2 and _in_cause_clause(trig, h):
                    tier = 1      # "were killed when a car bomb went off in the town of X"
                s, attach = _place_score(doc, trig, h, p, tier, report_ids)
                scored.append((s, tier, attach, p, h))
            # the best-scoring place that locates the event well enough (an actor named in the clause, "Damascus
            # said", scores high but locates nothing)
            for s, tier, attach, p, _h in _most_specific(doc, scored, trig):
                if tier < 2 and attach >= MIN_ATTACH_CLAUSE:
                    return replace(p, precision="clause")
                if tier == 2 and attach >= MIN_ATTACH_SENTENCE:
                    return replace(p, precision="sentence")
            if local:
                return replace(local[0], precision="sentence")
        if dateline_place is not None:
            return replace(dateline_place, precision="dateline")
        if focus is not None:
            return replace(focus, precision="article")
        return None
    except Exception:
        return replace(dateline_place, precision="dateline") if dateline_place else None


_OWNED_SITES = _WORDS["owned_sites"]
_FEATURE_RANK = {"city": 0, None: 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}
_CONTAINER_AFTER = _WORDS["container_after"]


def _np_head(tok):
    t = tok
    for step in range(6):
        if t.dep_ in ("compound", "amod", "nmod", "conj") and t.head.i != t.i:
            t = t.head
        elif (step == 0 or t.dep_ == "conj") and t.dep_ == "pobj" and t.head.lower_ == "of" \
                and t.head.head.lower_ in _SETTLEMENT_NOUNS:
            t = t.head.head       # "the towns of X, Y and Z" (the name itself, not "X state of ...")
        else:
            break
    return t


def _rank(p: Place, h=None) -> float:
    words = p.text.split()
    if words and words[-1].lower() in _WATER_NAMES and len(words) > 1:
        return 3          # "the Tigris River in Baghdad", "the Azov Sea port city of Mariupol": larger than a town
    if h is not None and h.dep_ in ("compound", "poss", "amod") and h.head.lower_ in _AROUND_NOUNS:
        return 1.5        # "the east Homs countryside", "Damascus's suburbs": the land around a town, larger than it
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
            return False        # "in Ranipur Town, Khairpur District": listed beside, not inside
        t = t.head
    t = y_head
    for _ in range(12):
        if t.i == top.i:
            return True
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        if t.i == y_head.i and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == top.i \
                and top.i != x_head.i:
            return False        # "the Los Angeles suburb of Rosemead": the of-phrase names the suburb
        t = t.head
    return False


def _follows_in(doc, x_head, y_head, preps=("in",)) -> bool:
    """Does the "in" phrase holding the place at y_head come right after the noun phrase of the place at x_head
    ("Zamalka in the East Ghouta", "Talacogon town, also in Augusan del Sur"), whatever the parser hung it on?
    (With preps=("near",): "the hillside of Seddana, near the village of Shebaa".)"""
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


_ADMIN_PARTS = _WORDS["admin_parts"]
_HOLD_NOUNS = _WORDS["hold_nouns"]
_DISTANCE_UNITS = _WORDS["distance_units"]
_WAY_NOUNS = _WORDS["way_nouns"]
_TRAVEL_VERBS = _WORDS["travel_verbs"]
_TOPIC_PREPS = _WORDS["topic_preps"]
_LOCAL_AGENTS = _WORDS["local_agents"]
_LOCAL_SOURCES = _WORDS["local_sources"]


def _facility(p: Place, h=None) -> bool:
    """A street or a building: the gold sets and users want the town it stands in. With the name's head token h,
    a name the gazetteer does not know also counts when the noun it names is a site ("the Sadriya market",
    "the Green Zone", "Joseph's Tomb")."""
    words = p.text.split()
    last = words[-1].lower() if words else ""
    if p.feature in ("country", "admin1"):
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
    return None


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
            if _contained(doc, xh, yh) and not (_facility(x[3], xh) and not _facility(y[3], yh)):
                drop.add(b)
                continue
            if _follows_in(doc, xh, yh) and not _facility(x[3], xh) and _rank(x[3], xh) <= _rank(y[3], yh) \
                    and x[2] >= SPECIFIC_ATTACH:
                drop.add(b)       # "patrolling Bayana in Bharatpur district": the parser hung "in" on the verb
                continue
            if _follows_in(doc, xh, yh, ("near",)) and x[2] >= SPECIFIC_ATTACH and y[1] <= x[1]:
                drop.add(b)       # "bombed the hillside of Seddana, near the village of Shebaa": a landmark
                continue
            # "the Los Angeles suburb of Rosemead" (the of-phrase names it) vs "the Arawa area of Gombe" (the
            # name before the noun names it): the smaller one
            top = _np_head(xh)
            if top.i != xh.i and top.lower_ in _SETTLEMENT_NOUNS and yh.dep_ == "pobj" and yh.head.lower_ == "of" \
                    and yh.head.head.i == top.i:
                nxt = doc[yh.i + 1].lower_ if yh.i + 1 < len(doc) else ""
                if nxt in _CONTAINER_AFTER or _rank(y[3], yh) > _rank(x[3], xh):
                    drop.add(b)
                elif _rank(x[3], xh) > _rank(y[3], yh):
                    drop.add(a)           # "the Niger village of Abadam"
                elif (x[3].lat is None) != (y[3].lat is None):
                    # a name the gazetteer does not know is the smaller place: "the Arawa area of Gombe",
                    # "the south Baghdad neighbourhood of Zafaraniya"
                    drop.add(b if x[3].lat is None else a)
                elif top.lower_ in _PART_NOUNS:
                    drop.add(b)
                else:
                    drop.add(a)
                continue
            # "In Dura, south of Baghdad": a direction from a place just named
            prep = _governing_prep(yh)
            if prep is not None and prep.lower_ == "of" and prep.head.lower_ in _DIRECTION_HEADS \
                    and xh.i < prep.head.i and prep.head.i - xh.i <= 4 and x[1] <= y[1] and x[2] >= 1.0:
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
        subj = {t.i for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lemma_.lower() not in _BATTLE_NOUNS and c.lemma_.lower() not in _DEVICE_NOUNS
                for t in c.subtree} if trig is not None else set()
        best = min(strong, key=lambda x: (x[4].i in subj, _rank(x[3], x[4]), not _is_held(x[4]), -x[0]))
        kept.remove(best)
        kept.insert(0, best)
    return kept


SPECIFIC_ATTACH = 1.0
_MOTION_VERBS = _WORDS["motion_verbs"]
MIN_ATTACH_CLAUSE = 0.55
MIN_ATTACH_SENTENCE = 1.0
