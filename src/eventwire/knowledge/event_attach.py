"""Event location, second stage: how strongly each place in the trigger's sentence locates the event
(`_place_score`), read from the words that tie it to the trigger: "in/at/near X" strongest, the object of a verb
that takes ground, a country that owns an embassy or names soldiers an actor, not a place; a place in a group's
name (`_in_org_name`) or in what a protest was about (`_under_topic`) locates nothing. event_location.py ranks
the scored places.
"""
from __future__ import annotations

from eventwire.knowledge.place_words import (
    _AREA_WORDS, _ATTACK_NOUNS, _CALENDAR, _DIRECTION_HEADS, _DWELLINGS, _FACILITY_WORDS, _GROUND_ONLY_VERBS,
    _NAMED_AFTER, _PART_NOUNS, _PLACE_HEADS, _STRONG_PREPS, _TERRITORY_VERBS, _WORDS)
from eventwire.knowledge.event_clause import _governing_prep, _np_head, _subject_ids
from eventwire.knowledge.place_described import described_by
from eventwire.knowledge.event_scene import scene_ground

_NON_LOCATIVE_PREPS = _WORDS["non_locative_preps"]
_SITE_NOUNS = _WORDS["site_nouns"]
_OF_KINDS = _WORDS["of_kinds"]
_FROM_VERBS = _WORDS["from_verbs"]
_DWELLING_HEADS = _DWELLINGS | _WORDS["workplaces"]
_WAY_HEADS = _WORDS["town_ways"]
_GROUP_NAME_WORDS = _WORDS["group_name_words"]
_PERSON_HEADS = _WORDS["person_heads"]
_OWNED_SITES = _WORDS["owned_sites"]
_DISTANCE_UNITS = _WORDS["distance_units"]
_TOPIC_PREPS = _WORDS["topic_preps"]
_LOCAL_AGENTS = _WORDS["local_agents"]
_MOTION_VERBS = _WORDS["motion_verbs"]
_TOPIC_VERBS = _WORDS["topic_verbs"]
_STRONG_TOPIC_PREPS = _WORDS["strong_topic_preps"]
_GROUND_OF_NOUNS = _WORDS["ground_of_nouns"]
_DURING_PREPS = _WORDS["during_preps"]
_ATTACKER_NOUNS = _WORDS["attacker_nouns"]
_BETWEEN_NOUNS = _WORDS["between_nouns"]
_CROWD_GROUNDS = _WORDS["crowd_grounds"]
_SCENE_AFTER_TOPIC = _WORDS["scene_after_topic"]
_BETWEEN_GROUNDS = _WORDS["between_grounds"]
_LOCATED_WORDS = ("located", "situated", "lying", "sitting")
_SOME_WORDS = ("several", "many", "some", "most", "all", "dozens", "scores", "one", "two", "three", "four")
_SETTLEMENT_NOUNS = _WORDS["settlement_nouns"]
# a verb heading a clause (not a noun the tagger read as a verb: "airstrikes against X have killed dozens")
_CLAUSE_DEPS = ("ROOT", "advcl", "xcomp", "ccomp", "conj", "relcl", "acl", "pcomp")


def _crowd_ground(prep, h, trig) -> bool:
    """Is the place h the town whose streets a crowd went out onto, in a "to/into/onto the streets" phrase on the
    event's verb or on the verb the event's purpose hangs from ("took to the streets of X to protest")?"""
    if prep.lower_ not in ("to", "into", "onto"):
        return False
    if prep.head.i != trig.i and not (trig.dep_ in ("xcomp", "advcl") and trig.head.i == prep.head.i):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.i != h.i and obj.lemma_.lower() in _CROWD_GROUNDS \
        and any(t.i == h.i for t in obj.subtree)


def _left_ground(prep, h) -> bool:
    """Whether the place h is the ground an "out of"/"away from" phrase names ("out of Kabul", "out of the town of
    X"), not a word describing something else left ("pull out of the Iran nuclear deal")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.i == h.i or obj.lemma_.lower() in _PLACE_HEADS or obj.lower_ in _PLACE_HEADS)


def _place_score(doc, trig, h, p, tier, report_ids):
    """How strongly the place whose head token is h locates the event triggered by trig (higher is better)."""
    if h.dep_ == "compound" and h.head.lower_ in _CALENDAR and h.head.i == h.i + 1:
        h = h.head            # "guarded central Lagos Friday": the parser made the place a weekday's word
    prep = _governing_prep(h)
    k = h.i - 2 if h.i > 1 and doc[h.i - 1].text == "," else h.i - 1
    if prep is None and k >= 0 and doc[k].lower_ in _NAMED_AFTER and doc[k].dep_ == "pobj" \
            and h.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        prep = _governing_prep(doc[k])    # "marched in the Malian capital Bamako", "in the centre of the capital,
        #                                   Sana" (the name misparsed)
    attach = 0.0
    if prep is not None:
        pl = prep.lower_
        if pl in _STRONG_PREPS:
            attach = 2.0
        elif pl == "to" and prep.head.lower_ in ("close", "next", "near", "adjacent", "nearby") \
                or pl == "from" and prep.head.lower_ == "far" and any(c.lower_ == "not" for c in prep.head.children):
            attach = 2.0      # "close to Jaffna", "not far from Grozny"
        elif _crowd_ground(prep, h, trig):
            attach = 2.0      # "took to the streets of Nairobi", "poured onto Lusaka's streets": where the crowd acted
        elif pl in ("to", "toward", "towards", "into", "from") and prep.head.i == trig.i \
                and trig.lemma_ in _MOTION_VERBS \
                or pl == "from" and prep.head.i == trig.i and trig.lemma_ in _FROM_VERBS \
                or pl in ("of", "from") and prep.head.lower_ in ("out", "away") and prep.head.head.i == trig.i \
                and prep.head.dep_ in ("prep", "prt", "advmod") and _left_ground(prep, h) \
                or pl == "from" and tier == 0 and h.dep_ in ("compound", "poss") and h.head.dep_ == "pobj" \
                and h.head.lemma_.lower() in _DWELLING_HEADS:      # "captured ... from their Baghdad house"
            attach = 0.6      # "flew to Basra", "troops were dispatched to Kandahar", "marched from Geneva" (+1 below:
            #                   the trigger's own); "drove Isis out of Raqqa": the place left (the particle's phrase)
        elif pl in ("including", "like") and trig.lemma_ in _TERRITORY_VERBS and _held_np(prep.head, trig):
            attach = 1.2      # "seized several villages in South Kivu, including Uvira": the towns themselves
        elif _between_ground(prep, trig, p):
            attach = 1.2      # "shelled positions between X and Y": the ground the act took, between two towns
        elif pl in ("on", "against") and prep.head.lemma_ in _ATTACK_NOUNS \
                and not (pl == "against" and prep.head.pos_ in ("VERB", "AUX") and prep.head.dep_ in _CLAUSE_DEPS):
            attach = 2.0      # "an attack on Mbuta village", "airstrikes on Raqqa" (not "marched against X": the
            #                   verb's against-phrase names whom the crowd opposed)
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
        way = _to_the_side(prep, h)
        if pl == "of" and ph.lower_ in _DIRECTION_HEADS or way is not None:
            # "north of Baghdad", "on the outskirts of Aleppo", "the camps to the east of X"; but "Jolo, 940
            # kilometers south of Manila": a distance makes the place a landmark to measure from
            w = way if way is not None else ph
            attach = 0.3 if any(t.lower_ in _DISTANCE_UNITS for t in doc[max(0, w.i - 4):w.i]) else 2.0
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
            elif t.dep_ == "pobj" and t.head.lower_ == "between" and t.head.head.lemma_.lower() in _BETWEEN_NOUNS:
                t = t.head.head       # "patrolling the zone between X and Y": the zone
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
                and (t.head.lemma_ in _TERRITORY_VERBS or t.dep_ == "dobj" and t.head.i > trig.i
                     and not any(c.dep_ == "dobj" for c in trig.children))):
            # "stormed the town", "Eastern Slavonia was captured", "patrolling Kabul's streets" (and the object
            # two verbs share, "captured and razed the centre of the X camp")
            attach = 1.2 if (p.feature or "city") in ("city", "admin2", None) or t.i != h.i else 0.8
        elif t.dep_ in ("dobj", "nsubjpass") and t.head.i != trig.i and t.head.lemma_ in _GROUND_ONLY_VERBS \
                and t.head.lemma_ != "evacuate":
            attach = 1.0      # "seized ... as he tried to leave southern Spain": ground in a linked clause
        elif h.dep_ == "poss" and h.head.dep_ in ("dobj", "pobj") and (
                h.head.head.i == trig.i and trig.lemma_ in _TERRITORY_VERBS
                or h.head.dep_ == "pobj" and h.head.head.lower_ in _STRONG_PREPS):
            attach = 1.0      # "patrolling Iraq's northern skies", "in Congo's east"
        elif h.dep_ == "poss" and trig.lemma_ in _TERRITORY_VERBS and (h.head.lower_ in _PLACE_HEADS | _PART_NOUNS
                                                                        or h.head.lemma_.lower() in _PLACE_HEADS) \
                and _held_np(h.head, trig):
            attach = 1.0      # "patrolled the roads of Monrovia's east side", "seized 60 percent of Croatia's
            #                   territory", "Somalia's waters are patrolled": the ground itself
        elif h.dep_ == "poss" and h.head.lemma_.lower() in _PLACE_HEADS and _held_np(h.head, trig):
            attach = 1.0      # "a blast wrecked one of Mosul's biggest mosques": the town the site is in
        elif h.dep_ == "compound" and h.head.lower_ in _LOCAL_AGENTS and h.head.dep_ in ("nsubj", "nsubjpass") \
                and h.head.head.i == trig.i and p.feature not in ("country", "admin1", "continent", "region"):
            attach = 1.3      # "Dallas police shot ...", "Basra protesters marched": a town's own people acting
            #                   (less the subject's 0.7 below: 0.6, enough only where nothing better is named)
        elif h.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "compound", "amod") and t.i == h.i or \
                h.dep_ in ("compound", "amod") and t.lower_ in _PERSON_HEADS:
            attach = -1.0     # a country or city as an actor: "Iran condemned", "attacked Iraq", "US soldiers"
        else:
            attach = 0.4      # some other attachment (lists, appositions): too weak on its own
    ground = _ground_of_attack(h, trig)
    if ground > attach:
        attach = ground       # "the invasion of X" (the event itself), "captured during the invasion of X"
    ground = scene_ground(h, trig, p)
    if ground > attach:
        attach = ground       # "killed in violence that has gripped X": the ground of the happening (event_scene.py)
    if attach < 1.2 and described_by(trig, h):
        attach = 1.2          # "Western Sahara, captured by Moroccan troops": the ground the participle's act took
    if _in_org_name(h):
        attach = -1.0         # "striking the Islamic State of Iraq": part of a group's name, an actor
    if h.dep_ == "compound" and h.head.lower_ in ("time", "timezone"):
        attach = -1.0         # "at 8 P.M. (Damascus Time)": a clock, not a place
    if prep is not None and attach > 0.3 and prep.lower_ not in _STRONG_PREPS and _under_topic(prep, trig):
        attach = 0.3          # "protested in Berlin against the raids on Yugoslavia": what it was about, not where
    elif prep is not None and attach > 0.3 and trig.lemma_.lower() in _TOPIC_VERBS \
            and _under_topic(prep, trig, _STRONG_TOPIC_PREPS) and not _scene_after_topic(prep, trig, p):
        attach = 0.3          # "protested against the new law on mining in X", "marched to protest against the
        #                       barrier across X": even "in X" there names what the protest was about
    if h.dep_ == "poss" and prep is not None and h.head.lemma_.lower() not in _WAY_HEADS:
        attach -= 0.5         # "in Congo's capital, Kinshasa": the capital is the place (but "took to Sarajevo's
        #                       streets": the streets are the town's)
    top = _np_head(h)
    if (top.i != h.i or h.dep_ == "poss") and (top if top.i != h.i else h.head).lower_ in _OWNED_SITES \
            and p.feature == "country":
        attach = -1.0         # "outside the US embassy", "at British bases", "Canada's embassy": whose, not where
    if h.dep_ in ("compound", "amod", "poss") and h.head.i > h.i and p.feature == "country" \
            and (h.head.lemma_.lower() in _ATTACKER_NOUNS or h.head.lower_ in _ATTACKER_NOUNS):
        attach = -1.0         # "killed in a U.S. airstrike", "Russia's bombardment": who struck, not where (but
        #                       "Turkey's Syria incursion", "the Iraq invasion": ground, not in attacker_nouns)
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


_COMPASS_WORDS = _WORDS["compass_words"]


def _to_the_side(prep, h):
    """The compass word of "to the <direction> of X" holding the place at h ("the villages to the north of X"),
    where its governing preposition is that "to": the phrase tells where, near X, as "north of X" does; else None."""
    if prep.lower_ != "to":
        return None
    t = h
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return None
    way = t.head.head
    if way.lower_ in _COMPASS_WORDS and way.dep_ == "pobj" and way.head.i == prep.i \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in way.children):
        return way
    return None


def _ground_of_attack(h, trig) -> float:
    """How well "of X" after an attack that takes ground ("the invasion of X", "the siege of X") locates the event:
    2.0 where the attack is the event itself, 1.2 where the event happened during or in that attack ("was captured
    during the invasion of X"); else 0. (Not after "against" or "over": "protested against the bombing of X" is
    what the protest was about.)"""
    if h.dep_ != "pobj" or h.head.lower_ != "of":
        return 0.0
    noun = h.head.head
    if noun.lemma_.lower() not in _GROUND_OF_NOUNS and noun.lower_ not in _GROUND_OF_NOUNS:
        return 0.0
    if noun.i == trig.i:
        return 2.0
    if noun.dep_ == "pobj" and noun.head.lower_ in _DURING_PREPS and noun.head.head.i == trig.i:
        return 1.2
    return 0.0


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


def _under_topic(prep, trig, preps=_TOPIC_PREPS) -> bool:
    """Does the phrase holding a place hang, below the event, from "against", "over", "about" and the like (what
    a protest or a statement was about)? ("against the air raids on Yugoslavia", "over the genocide in Krajina")"""
    t = prep.head
    for _ in range(14):      # (deep: "against the signing of a treaty due to take place in X ... in Y")
        if t.i == trig.i or t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in preps:
            return True
        t = t.head
    return False


def _scene_after_topic(prep, trig, p) -> bool:
    """Does "in/at/outside X" close the protest's own against-phrase, X a town or a site ("demonstrated against the
    new tariff in Porto", "marched against the mayor outside Lyon's town hall")? The parser hangs such a phrase on
    the topic noun; a town named right after what the crowd opposed is where it gathered. A country, a province or
    a region there is still what the protest was about ("protested against the war in Yemen"), and so is a town
    one phrase deeper ("against the killing of a student in X")."""
    ph = prep.head
    if prep.lower_ not in _SCENE_AFTER_TOPIC or p.feature not in (None, "city", "admin2") and not (
            ph.ent_type_ == "PERSON" and p.feature in ("admin1", "country")):
        return False      # (a man opposed is no topic a state is part of: "marched against Bush in California")
    if ph.dep_ != "pobj" or ph.head.lower_ not in _STRONG_TOPIC_PREPS:
        return False
    owner = ph.head.head       # the word "against" hangs on: the trigger, or "to protest" below it
    return owner.i == trig.i or owner.lemma_.lower() in _TOPIC_VERBS and owner.dep_ in ("xcomp", "advcl") \
        and owner.head.i == trig.i


def _between_ground(prep, trig, p) -> bool:
    """Does "between X and Y" (X and Y towns, or names the gazetteer does not know) say where the ground the act
    held or struck lies ("shelled rebel positions between X and Y", "attacked the villages between X and Y")? The
    phrase hangs on the act's object, a word for ground or for a settlement. Not two countries ("the border
    between X and Y" is read through its own noun, event_clause._governing_prep), nor people ("the fight between
    X and Y": no ground)."""
    if prep.lower_ != "between" or p.feature not in (None, "city", "admin2"):
        return False
    ground = prep.head
    if ground.lower_ in _LOCATED_WORDS and ground.dep_ in ("acl", "relcl") and ground.i != trig.i:
        ground = ground.head      # "targeting the villages located between X and Y": the villages
    if ground.i == trig.i:
        # (the parser hung the phrase on the verb: "shelled the hills between the villages of X and Y")
        ground = next((c for c in trig.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i), ground)
        if ground.i == trig.i:
            return False
    word = ground.lemma_.lower()
    if word not in _BETWEEN_GROUNDS and ground.lower_ not in _BETWEEN_GROUNDS and word not in _SETTLEMENT_NOUNS \
            and ground.lower_ not in _SETTLEMENT_NOUNS:
        return False
    if ground.dep_ == "pobj" and ground.head.lower_ == "of" and ground.head.head.lower_ in _SOME_WORDS:
        ground = ground.head.head     # "hitting several of the group's positions between X and Y"
    return _held_np(ground, trig)


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
