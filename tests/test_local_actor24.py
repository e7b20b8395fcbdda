"""An actor its own phrase calls local ("local fighters", "local officials") is of the place where it is (issue 14,
bare sectors): knowledge/local_actor.py, asked by actor_country.place_actor. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of

# a story whose towns all lie in Mozambique, naming no country itself
STORY = ("Insurgents raided the towns of Montepuez and Mueda overnight, aid workers said. Thousands fled Nampula "
         "and Mocimboa da Praia for the coast. ")


def _target_of(evs, word):
    return [e for e in evs if e.target is not None and e.target.text and word in e.target.text]


def test_local_fighters_take_the_country_of_the_place_their_sentence_names():
    evs = events_of("Kenyan troops are training local fighters in Kismayo.")
    got = _target_of(evs, "fighters")
    assert got and got[0].target.code == "SOMUAF", dump(evs)
    assert "local" in got[0].target.why, got[0].target.why


def test_local_fighters_helped_by_foreign_soldiers_take_the_storys_country_not_the_helpers():
    evs = events_of(STORY + "Two Rwandan soldiers were wounded while assisting the local fighters.")
    got = _target_of(evs, "fighters")
    assert got and got[0].target.code == "MOZUAF", dump(evs)
    assert got[0].source is not None and got[0].source.country == "RWA", dump(evs)


def test_local_officials_attacked_by_insurgents_take_the_storys_country():
    evs = events_of(STORY + "Insurgents attacked local officials and shopkeepers.")
    got = _target_of(evs, "officials")
    assert got and got[0].target.code == "MOZGOV", dump(evs)


def test_local_militias_in_a_sentence_naming_two_countries_stay_without_one():
    evs = events_of("Ugandan and Congolese troops attacked local militias near the border.")
    got = _target_of(evs, "militias")
    assert got and all(e.target.country is None for e in got), dump(evs)


def test_fighters_not_called_local_take_no_country_from_the_story_by_this_rule():
    evs = events_of(STORY + "Two Rwandan soldiers were wounded while assisting the fighters.")
    assert all("'local'" not in (e.target.why or "") for e in evs if e.target is not None), dump(evs)
