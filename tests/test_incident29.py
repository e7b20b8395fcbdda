"""One incident, one doer (coding/incident_doers.py): a doerless mention of an act of force takes the doer the article
names for that incident elsewhere, far from it: the one claimer of an act its sentence names as known, or the one doer
of force told at its town; never where two sides act there, nor a doer the act's sentence disputes."""
from __future__ import annotations

from coded_sentences import dump, events_of

FILLER = ("Officials in the capital have promised a review of security at public venues. "
          "Shopkeepers said trade in the old market had slowed for months. "
          "The region has seen a rise in unemployment since the oil price fell. "
          "Local elections are due in the autumn. ")


def _force(evs, word):
    return [e for e in evs if word in e.trigger_text and e.cameo[:2] in ("18", "19", "20")]


def test_claimed_attack_told_again_far_away():
    evs = events_of("A car bombing claimed by al-Shabaab killed six Kenyan soldiers in the border town of Mandera "
                    "on Tuesday. " + FILLER +
                    "Confirming the attack, the Kenyan army said: \u201cSix of our soldiers were killed during an "
                    "explosion while on patrol in Kenya.\u201d")
    late = [e for e in _force(evs, "killed") if e.sentence > 1]
    assert late and all(e.source is not None and e.source.code == "SOMINS" for e in late), dump(evs)
    assert all("claimed" in e.source.why and "sentence 0" in e.source.why for e in late), dump(evs)


def test_no_doer_without_a_known_act_noun():
    evs = events_of("A car bombing claimed by al-Shabaab killed six Kenyan soldiers in the border town of Mandera "
                    "on Tuesday. " + FILLER +
                    "Separately, two police officers were killed in Nairobi.")
    late = [e for e in _force(evs, "killed") if e.sentence > 1]
    assert late and all(e.source is None or e.source.code != "SOMINS" for e in late), dump(evs)


def test_one_doer_at_the_town():
    evs = events_of("Dozens of villagers were poisoned by Sunday's gas attack on the town of Kafr Nabl. " + FILLER +
                    "Syrian army helicopters had bombed Kafr Nabl repeatedly that week.")
    first = _force(evs, "poisoned")
    assert first and all(e.source is not None and e.source.code.startswith("SYR") for e in first), dump(evs)
    assert all("the one doer the article names for force at" in e.source.why for e in first), dump(evs)


def test_two_doers_at_the_town_give_nothing():
    evs = events_of("Dozens of villagers were poisoned by Sunday's gas attack on the town of Kafr Nabl. " + FILLER +
                    "Syrian army helicopters had bombed Kafr Nabl repeatedly that week, and rebel fighters shelled "
                    "army posts in Kafr Nabl.")
    first = _force(evs, "poisoned")
    assert first and all(e.source is None for e in first), dump(evs)


def test_no_doer_from_a_disputed_attack():
    evs = events_of("Dozens of villagers were poisoned by Sunday's gas attack on the town of Kafr Nabl. " + FILLER +
                    "Rebels said government helicopters had bombed Kafr Nabl, which the government denied.")
    first = _force(evs, "poisoned")
    assert first and all(e.source is None for e in first), dump(evs)


def test_no_doer_from_another_act_of_the_same_sentence():
    evs = events_of("Dozens of villagers were poisoned by a gas attack on the town of Kafr Nabl last spring, weeks before "
                    "American warships fired missiles at an army airbase near Kafr Nabl. " + FILLER)
    first = _force(evs, "poisoned")
    assert first and all(e.source is None or not e.source.code.startswith("USA") for e in first), dump(evs)


def test_no_doer_for_a_bare_toll_at_the_town():
    evs = events_of("Syrian rebels shelled an army checkpoint in Kafr Nabl on Monday, killing three soldiers. " + FILLER +
                    "Medics said on Thursday that five civilians had been killed in Kafr Nabl.")
    late = [e for e in _force(evs, "killed") if e.sentence > 1]
    assert late and all(e.source is None for e in late), dump(evs)
