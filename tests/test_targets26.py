"""Other sides the article makes plain (issue 14, no target, session 26): the addressee of a letter that carries an
appeal, the side a retaken town was taken from earlier, the foe of the side a person surrendered to. Sentences written
for these tests; each construction has a negative test where the plain reading stays."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2018-09-14")


# -- an appeal, demand, promise or threat carried by a letter or message "to X" is made to X
#    (coding/speech_vehicle.py `ADDRESSED_ROOTS`)

def test_appeal_in_a_letter_is_made_to_its_addressee():
    evs = events_of("In a letter to Boris Johnson, the Labour MP urged an immediate inquiry into the shootings.")
    urged = at(evs, "urged")
    assert [e.target and e.target.code for e in urged] == ["GBRELI"], dump(evs)
    assert "addressee of 'letter'" in urged[0].rule, dump(evs)
    assert not [e for e in evs if e.cameo == "010"], dump(evs)      # one act, not the letter beside it


def test_promise_in_a_message_is_made_to_its_addressee():
    evs = events_of("In a message to Kurdish leaders, the American envoy promised continued support.")
    promised = at(evs, "promised")
    assert [e.target.country for e in promised if e.target] == ["KUR"] or \
        [e.target.code[:3] for e in promised if e.target] == ["KUR"], dump(evs)


def test_appeal_with_its_own_target_keeps_it_and_the_letter():
    evs = events_of("In a letter to Boris Johnson, the Labour MP urged Ankara to halt the offensive.")
    assert [e.target.code[:3] for e in at(evs, "urged") if e.target] == ["TUR"], dump(evs)
    assert [e.target.code for e in evs if e.cameo == "010"] == ["GBRELI"], dump(evs)


def test_speech_audience_is_no_addressee_of_an_appeal():
    evs = events_of("In a speech to the Egyptian parliament, the secretary of state called for a common stand "
                    "against Tehran.")
    assert all(e.target is None or e.target.code != "EGYLEG" for e in at(evs, "called")), dump(evs)


# -- a taking of a place told taken before is done to the side that took it (coding/taken_before.py)

def test_town_that_fell_to_a_group_is_reclaimed_from_it():
    evs = events_of("Islamic State militants executed 40 men in the town of Qaryatain in Homs province. The town "
                    "fell to Isis in 2016. The town was later reclaimed by Syrian troops.")
    got = at(evs, "reclaimed")
    assert [e.target and e.target.code for e in got] == ["IMGINSISI"], dump(evs)
    assert "took the place before" in got[0].rule, dump(evs)


def test_city_seized_earlier_is_recaptured_from_its_taker():
    evs = events_of("Islamic State seized Mosul in June 2014. Three years later Iraqi troops recaptured the city "
                    "after a nine-month battle.")
    assert [e.target and e.target.code for e in at(evs, "recaptured")] == ["IMGINSISI"], dump(evs)


def test_rebels_who_took_a_town_are_the_side_a_retaking_is_aimed_at():
    evs = events_of("Turkish-backed rebels captured Afrin in March. Kurdish fighters vowed to retake the city.")
    assert [e.target and e.target.code for e in at(evs, "retake")] == ["SYRREB"], dump(evs)


def test_doer_who_took_the_town_itself_takes_no_target_from_it():
    evs = events_of("Iraqi troops captured Tal Afar in August. Iraqi troops retook the town again after a raid.")
    got = at(evs, "retook")
    assert got and not [e for e in got if "took the place before" in e.rule], dump(evs)


def test_a_taking_wanted_is_no_taking_told():
    evs = events_of("Islamic State wanted to seize Mosul in 2013. Iraqi troops recaptured the city in 2017.")
    got = at(evs, "recaptured")
    assert got and not [e for e in got if "took the place before" in e.rule], dump(evs)


# -- a person no actor stage coded who surrenders to a side is of that side's one foe (coding/yielded_to.py)

def test_husband_surrendering_to_kurdish_fighters_is_of_their_foe():
    evs = events_of("Kurdish fighters drove Isis out of the village of Hajin last week. The Kurdish fighters also "
                    "pushed Isis back from the river on Monday. Her husband surrendered to the Kurdish fighters on "
                    "Sunday.")
    got = at(evs, "surrendered")
    assert [e.source and e.source.code for e in got] == ["IMGINSISI"], dump(evs)
    assert "foe of" in got[0].rule, dump(evs)


def test_surrender_with_no_foe_told_keeps_no_source():
    evs = events_of("She fled to a camp last month. Her husband surrendered to the Kurdish fighters on Sunday.")
    assert all(e.source is None for e in at(evs, "surrendered")), dump(evs)


# -- a passive participle set off by a comma after a noun is said of that noun (coding/comma_aside.py)

def test_participles_after_a_comma_are_said_of_the_noun_before():
    evs = events_of("The withdrawal is a shocking betrayal of the Kurds, until now armed and supported by the US.")
    assert [e.target and e.target.code for e in at(evs, "supported")] == ["KUR"], dump(evs)


def test_participle_aside_after_the_subject_is_said_of_it():
    evs = events_of("It was a betrayal of the rebels, armed by Ankara, who had fought for years.")
    assert [e.target and e.target.code[-3:] for e in at(evs, "armed")] == ["REB"], dump(evs)


def test_participle_after_a_verb_object_stays_the_subject_side():
    evs = events_of("The rebels attacked the town, backed by Turkish artillery.")
    assert all(e.target is None or e.target.code[-3:] == "REB" for e in at(evs, "backed")), dump(evs)
