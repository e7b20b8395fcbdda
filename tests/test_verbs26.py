"""Acts the coder left uncoded (issue 14 recall; branch verbs26): an armed vessel or military aircraft acts for its
forces, so a patrol or attack by "warships" or "gunboats" has a doer (data/actors/sectors.tsv); harassing someone is
coercion (lexicon 170.harass); a portion word in a comma aside is no subject ("demonstrators, many carrying flags,
marched": coding/portions.aside_portion). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _dyads(evs, word):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in at(evs, word)]


def test_warships_patrolling_are_the_navy():
    evs = events_of("Chinese warships patrolled the disputed waters near the reef on Monday.")
    assert any(s == "CHNMIL" and c[:2] == "15" for c, s, _ in _dyads(evs, "patrolled")), dump(evs)


def test_warships_with_no_country_still_act():
    evs = events_of("Foreign warships have been patrolling the shipping lanes off the Horn of Africa since spring.")
    assert any(s == "MIL" for _, s, _ in _dyads(evs, "patrolling")), dump(evs)


def test_gunboats_shelling_are_military():
    evs = events_of("Government gunboats shelled rebel positions along the river on Tuesday.")
    assert any(s and s.endswith("MIL") and c[:2] == "19" for c, s, _ in _dyads(evs, "shelled")), dump(evs)


def test_a_destroyer_fired_on_is_a_military_target():
    evs = events_of("Houthi fighters fired a missile at an American destroyer in the Red Sea.")
    assert any(t == "USAMIL" for _, _, t in _dyads(evs, "fired")), dump(evs)


def test_helicopter_gunships_attacking():
    evs = events_of("Turkish helicopter gunships attacked villages near the Iraqi border overnight.")
    assert any(s == "TURMIL" for _, s, _ in _dyads(evs, "attacked")), dump(evs)


def test_a_bare_helicopter_is_no_military():
    evs = events_of("A helicopter flew the injured climbers to the hospital in Chamonix.")
    assert not any(e.source is not None and e.source.code.endswith("MIL") for e in evs), dump(evs)


def test_harassing_is_coercion():
    evs = events_of("Iranian naval vessels harassed a British tanker in the Strait of Hormuz on Thursday.")
    got = _dyads(evs, "harassed")
    assert got and got[0][0] == "170" and got[0][1] == "IRNMIL", dump(evs)


def test_security_agents_harassing_activists():
    evs = events_of("Egyptian security agents harassed opposition activists outside the court in Cairo.")
    got = _dyads(evs, "harassed")
    assert got and got[0][0] == "170" and got[0][1] == "EGYCOP", dump(evs)


def test_portion_aside_is_no_subject():
    evs = events_of("Two days later, protesters, many wearing yellow vests, marched in Lyon, Lille and other cities.")
    got = _dyads(evs, "marched")
    assert got and got[0][1] == "FRAOPP", dump(evs)


def test_portion_with_its_own_noun_stays_the_subject():
    evs = events_of("Several of the soldiers, exhausted after the march, attacked the checkpoint at dawn.")
    got = _dyads(evs, "attacked")
    assert got and got[0][1] is not None and got[0][1].endswith("MIL"), dump(evs)


def test_a_us_navy_ship_named_by_its_prefix():
    evs = events_of("The USS Laboon, a guided missile destroyer, was deployed to the Red Sea last week after a stop in Crete.")
    assert any(e.source is not None and e.source.code == "USAMIL" or e.target is not None and e.target.code == "USAMIL"
               for e in at(evs, "deployed")), dump(evs)


def test_a_royal_navy_ship_named_by_its_prefix():
    evs = events_of("Iranian speedboats harassed HMS Montrose in the Gulf on Friday.")
    assert any(e.target is not None and e.target.code == "GBRMIL" for e in at(evs, "harassed")), dump(evs)


def test_warships_sent_somewhere_are_no_target():
    evs = events_of("Britain sent two warships to the Gulf on Monday.")
    got = at(evs, "sent")
    assert got and all(e.target is None or not e.target.code.startswith("GBR") for e in got), dump(evs)


def test_arms_sent_to_a_party_still_target_it():
    evs = events_of("The United States sent weapons to the Kurdish fighters in the north.")
    assert any(e.target is not None and e.target.code == "KURUAF" for e in at(evs, "sent")), dump(evs)
