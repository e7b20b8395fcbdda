"""A reduced relative "held hostage/captive" that the parser reads as the sentence's own verb, with the captives for
its subject and the real verb, a passive, hung on it (coding/held_captive.py): the captives are the patient of both
verbs, never the doer. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def codes(evs, word, side):
    return {(getattr(e, side).code if getattr(e, side) else None) for e in at(evs, word)}


def test_captives_freed_after_a_long_captivity_are_the_target():
    evs = events_of("Twelve Tunisian sailors, held captive in Yemen for more than 80 days, have been freed by "
                    "Yemeni coastguards.")
    freed = at(evs, "freed")
    assert freed and all(e.target is not None and e.target.country == "TUN" for e in freed), dump(evs)
    assert all(e.source is not None and e.source.country == "YEM" for e in freed), dump(evs)
    assert "TUN" not in {e.source.country for e in at(evs, "held") if e.source}, dump(evs)


def test_hostages_released_are_the_patient_not_the_captors():
    evs = events_of("Three Danish engineers, held hostage in Niger for a year, were released on Friday.")
    released = at(evs, "released")
    assert released and all(e.target is not None and e.target.country == "DNK" for e in released), dump(evs)
    assert all(e.source is None or e.source.country != "DNK" for e in evs), dump(evs)


def test_held_captive_by_a_named_group():
    evs = events_of("Kurdish volunteers held captive by the militants were handed over to the Red Cross.")
    held = at(evs, "held")
    assert held and all(e.target is not None and e.target.code.endswith("UAF") or e.target.code.startswith("KUR")
                        for e in held), dump(evs)
    assert all(e.source is None or "KUR" not in e.source.code for e in held), dump(evs)


def test_an_active_held_hostage_names_its_captive():
    evs = events_of("The Houthis kept two Saudi pilots hostage for a month.")
    kept = at(evs, "kept")
    assert kept and all(e.target is not None and e.target.country == "SAU" for e in kept), dump(evs)
    assert all(e.source is not None and e.source.country == "YEM" for e in kept), dump(evs)


def test_held_prisoner_with_the_captives_read_as_a_compound():
    evs = events_of("The rebels held the soldiers prisoner in a cave near Goma for a month.")
    held = at(evs, "held")
    assert held and all(e.target is not None and e.target.code.endswith("MIL") for e in held), dump(evs)
