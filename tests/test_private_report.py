"""What a private person says another party did is that person's account, not an act the article asserts
(coding/private_report.py); what officials, bodies and witnesses of who struck say stays a report."""
from tests.coded_sentences import at, dump, events_of


def test_parents_allegation_of_a_refusal_is_no_act():
    evs = events_of("Mark Evans and Julie Rowe, a couple from Leeds, said the Home Office has rejected every plea to "
                    "bring their daughter home from a camp in Syria. Rowe, 52, a nurse, said she had written to her MP "
                    "every week.")
    assert not at(evs, "rejected"), dump(evs)


def test_aged_local_woman_on_fighting_with_no_doer_is_no_act():
    evs = events_of("Dilan, 44, a shopkeeper in Kobani, said an insurgency against Iraqi troops continued in the "
                    "hills despite the truce.")
    assert not at(evs, "continued"), dump(evs)


def test_own_wounding_told_to_family_is_no_act():
    evs = events_of("Tom Hale, 23, a student from Leeds, is held by Kurdish forces in Syria. He wrote to his sister "
                    "that he had been hurt by shrapnel from a mortar round before he reached the camp.")
    assert not at(evs, "hurt"), dump(evs)


def test_witnesses_naming_the_attacker_stay():
    evs = events_of("Residents of Saraqib said Russian jets bombed the market on Monday.")
    assert at(evs, "bombed"), dump(evs)


def test_a_spokesman_or_a_ministry_stays():
    evs = events_of("Omar Haddad, a spokesman for the rebel council, said the Syrian army had refused to open "
                    "the corridor.")
    assert [e for e in at(evs, "open") if e.source and e.source.code.startswith("SYR")], dump(evs)
    evs = events_of("The Turkish defence ministry said its jets struck a depot near Qamishli.")
    assert at(evs, "struck"), dump(evs)
