"""Indexes built once per document (issue 16) give what the passes over every mention or incident they replace
gave: the same items in the same order."""
from __future__ import annotations

import random

from eventwire.coding import incidents as inc_mod
from eventwire.coding.context import DocContext
from eventwire.model import Actor, Count, Event, Place


def _mentions(rng: random.Random, n: int) -> list[Actor]:
    out = []
    for k in range(n):
        start = rng.randrange(0, 400)
        out.append(Actor(code=rng.choice(["USA", None, "IRQGOV"]), country=rng.choice(["USA", None, "IRQ"]),
                         text=f"m{k}", start=start, end=start + rng.randrange(1, 40), kind=rng.choice(["group", "person", "country"])))
    out.sort(key=lambda m: m.start)                 # as Coder.context leaves them (stable: ties keep their order)
    return out


def test_mentions_from_and_at_match_a_pass_over_every_mention():
    rng = random.Random(16)
    for _ in range(30):
        ctx = DocContext(text="x" * 500, date=None, mentions=_mentions(rng, rng.randrange(0, 60)))
        for _ in range(40):
            lo = rng.randrange(-10, 450)
            hi = lo + rng.randrange(0, 60)
            assert ctx.mentions_from(lo, hi) == [m for m in ctx.mentions if lo <= m.start <= hi]
            i = rng.randrange(-5, 450)
            assert ctx.mentions_at(i) == [m for m in ctx.mentions if m.start <= i < m.end]
        assert ctx.mention_starts() == [m.start for m in ctx.mentions]
    # mentions out of start order: the plain pass, not the index
    ms = _mentions(rng, 20)[::-1]
    ctx = DocContext(text="", date=None, mentions=ms)
    assert ctx.mentions_from(0, 200) == [m for m in ms if 0 <= m.start <= 200]
    assert ctx.mentions_at(30) == [m for m in ms if m.start <= 30 < m.end]
    assert ctx.mention_starts() is None
    # a new mention list (people.py replaces it) is indexed again
    ctx.mentions = _mentions(rng, 10)
    assert ctx.mentions_from(0, 500) == ctx.mentions


def _reference_link(events, counts, sentence_texts, story_date):
    """link_incidents as it was before the index: every earlier incident tried for each act."""
    incidents = []
    order = sorted((i for i, e in enumerate(events) if inc_mod._FAMILY.get((e.cameo or "")[:2])),
                   key=lambda i: (events[i].sentence, events[i].trigger_start))
    told = {}
    for i in order:
        e = events[i]
        src, tgt, here = inc_mod._code(e.source), inc_mod._code(e.target), inc_mod._place_key(e.location)
        found, why = None, ""
        for inc in reversed(incidents):
            if not inc_mod._compatible(inc, e, story_date):
                continue
            same_doer = src is None or inc.source is None or src == inc.source
            latest = inc.sentences[-1]
            if latest == e.sentence and same_doer and inc_mod._joined(None, e, told[inc.id][e.sentence]):
                found, why = inc, "the same act told again in its sentence"
            elif same_doer and 0 < e.sentence - latest <= inc_mod.BACK and (back := inc_mod._definite(None, e, None)):
                found, why = inc, f"'{back}' refers back to it"
            elif src and tgt and here and src == inc.source and tgt == inc.target and here == inc_mod._place_key(inc.place):
                found, why = inc, "the same actors and place"
            if found is not None:
                break
        if found is None:
            found = inc_mod.Incident(id=f"i{len(incidents) + 1}", kind=inc_mod._FAMILY[e.cameo[:2]])
            incidents.append(found)
            why = "first mention"
        inc_mod._add(found, i, e, why, story_date)
        told.setdefault(found.id, {}).setdefault(e.sentence, []).append(e)
    if incidents and counts:       # tolls without an act: every incident tried for each toll
        attached = {id(c) for e in events for c in e.counts}
        # (the sentences of acts that may carry a toll: an arrest's sentence is read as one with no act, toll_acts.py)
        act_sentences = {events[i].sentence for inc in incidents for i in inc.events
                         if inc_mod.takes_toll(events[i].cameo)}
        for c in counts:
            if c.type not in inc_mod.TOLL_TYPES or id(c) in attached or c.sentence in act_sentences or not c.value:
                continue
            besides = [inc for inc in incidents if inc.kind == "force" and c.sentence in inc.sentences
                       and not any(inc_mod.takes_toll(events[i].cameo) for i in inc.events)]
            ahead = inc_mod.BACK if besides else 0
            cands = [inc for inc in incidents if inc.kind == "force"
                     and any(inc_mod.takes_toll(events[i].cameo) for i in inc.events)
                     and any(0 < abs(c.sentence - s) and -ahead <= c.sentence - s <= inc_mod.BACK
                             for s in inc.sentences)]
            if not cands:
                cands = besides[:1]
            if not cands:
                continue
            words = inc_mod._words(sentence_texts[c.sentence])

            def overlap(inc):
                return sum(len(words & inc_mod._words(sentence_texts[s])) for s in set(inc.sentences))

            best = max(cands, key=lambda inc: (overlap(inc), max(inc.sentences)))
            if c.value > best.tolls.get(c.type, 0):
                best.tolls[c.type] = int(c.value)
            best.sentences.append(c.sentence)
            best.why.append(f"toll '{c.text}' in sentence {c.sentence} read as this incident's")
    return incidents


def _events(rng: random.Random, n_sent: int):
    places = [None, Place(text="Kano", start=0, end=4, geonameid="1", feature="city", country="NGA"),
              Place(text="Goma", start=0, end=4, geonameid="2", feature="city", country="COD"),
              Place(text="Nigeria", start=0, end=7, geonameid="3", feature="country", country="NGA")]
    actors = [None, Actor(code="NGAMIL"), Actor(code="NGAREB"), Actor(code="CODMIL")]
    events, counts = [], []
    for s in range(n_sent):
        for k in range(rng.choice([0, 0, 1, 1, 2, 3])):
            e = Event(source=rng.choice(actors), target=rng.choice(actors), cameo=rng.choice(["190", "173", "145", "042", "183"]),
                      sentence=s, trigger_start=10 * s + k, location=rng.choice(places),
                      date=rng.choice([None, "2024-03-04", "2024-03-05"]), date_precision="day",
                      pattern=rng.choice(["def", None]))
            if rng.random() < 0.2:
                e.counts.append(Count(type="killed", value=rng.randrange(1, 9), sentence=s))
            events.append(e)
        if rng.random() < 0.3:
            counts.append(Count(type=rng.choice(["killed", "injured"]), value=rng.randrange(1, 30), text="n", sentence=s))
    texts = [" ".join(rng.sample(["strike", "market", "village", "toll", "rose", "dead", "attack", "town"], 3))
             for _ in range(n_sent)]
    return events, counts, texts


def test_incident_index_links_as_a_pass_over_every_incident(monkeypatch):
    # "the attack" refers back: stands in for the parse (an event with pattern "def" is told by a definite noun)
    monkeypatch.setattr(inc_mod, "_definite", lambda sdoc, e, act_noun: "the attack" if e.pattern == "def" else None)
    rng = random.Random(4000)
    for _ in range(25):
        n = rng.randrange(1, 60)
        seed = rng.random()
        ev1, c1, texts = _events(random.Random(seed), n)
        ev2, c2, _ = _events(random.Random(seed), n)
        got = inc_mod.link_incidents(None, ev1, c1, texts, "2024-03-04")
        want = _reference_link(ev2, c2, texts, "2024-03-04")
        assert [x.to_dict() for x in got] == [x.to_dict() for x in want]
        assert [e.incident for e in ev1] == [e.incident for e in ev2]


def test_span_entities_read_once_match_spacy_span_ents():
    from types import SimpleNamespace

    from eventwire import nlp
    from eventwire.knowledge.people import PeopleIndex
    doc = nlp.load()("The United Nations and the Red Cross met in Geneva on Monday. Reuters said Amnesty International "
                     "and the World Health Organization sent staff to Goma, Kinshasa and Kampala last week.")
    assert len(doc.ents) >= 4
    me = SimpleNamespace(doc=doc, _ents=None)
    for i in range(len(doc)):
        for j in range(i, len(doc) + 1):
            span = doc[i:j]
            assert [(e.start, e.end, e.label_) for e in PeopleIndex._span_ents(me, span)] == \
                [(e.start, e.end, e.label_) for e in span.ents]


def test_anchor_points_give_the_distance_every_anchor_gives():
    from eventwire.knowledge import places
    from eventwire.knowledge.gazetteer import Candidate, km
    rng = random.Random(7)
    import dataclasses
    fields = {f.name for f in dataclasses.fields(Candidate)}
    base = {k: None for k in fields}

    def cand(lat, lon, feature):
        return Candidate(**{**base, "lat": lat, "lon": lon, "feature": feature, "name": "x", "country": "NGA",
                            "population": 1000, "alt": False, "demonym": False})
    pts = [(rng.uniform(-10, 10), rng.uniform(-10, 10)) for _ in range(6)]
    anchors: list = []
    for _ in range(40):
        lat, lon = rng.choice(pts)
        anchors.append(cand(lat, lon, rng.choice(["city", "city", "admin1"])) if rng.random() > 0.1 else cand(None, None, "city"))
        c = cand(rng.uniform(-10, 10), rng.uniform(-10, 10), "city")
        ok = [a for a in anchors if places._point_ok(a) and a.feature == "city"]
        want = min(km(c.lat, c.lon, a.lat, a.lon) for a in ok) if ok else None
        got_pts = places._anchor_points(anchors)
        got = min(km(c.lat, c.lon, la, lo) for la, lo in got_pts) if got_pts else None
        assert got == want
    assert places._anchor_points([]) == []


def test_word_positions_and_capitals_match_a_pass_over_every_token():
    from eventwire import nlp
    from eventwire.coding import accused
    model = nlp.load()
    doc = model("Shelling hit the town of Kafr Salem and the Wadi Rum District on Sunday, officials in Barrow, "
                "Dade and Ware counties said. \u201cÉcole\u201d staff of the village of al-Qasr fled; 12 were hurt.")
    for words in (("of",), ("counties", "parishes"), ("district", "airbase"), ("nowhere",)):
        assert nlp.word_positions(doc, words) == [t.i for t in doc if t.lower_ in words]
    assert nlp.upper_starts(doc) == [t.text[:1].isupper() for t in doc]
    assert nlp.word_positions(model(""), ("of",)) == [] and nlp.upper_starts(model("")) == []
    # misread_claimer, answered once per verb, answers as it did when asked afresh
    doc = model("With witnesses claiming foreign fighters lost a battle near the border, the army withdrew.")
    for t in doc:
        first, again = accused.misread_claimer(t), accused.misread_claimer(t)
        fresh = accused._misread_claimer(t)
        assert (first.i if first is not None else None) == (again.i if again is not None else None) \
            == (fresh.i if fresh is not None else None)
