"""Acts named only as a backdrop, a prospect, a norm, a need, an accident or a standing tie are no events (issue 14
item 6, nonevent30b; coding/backdrop_acts.py, data/coding/backdrop_acts.tsv): sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_an_act_awaited_in_a_time_clause_is_no_assault():
    evs = events_of("The dams are central to what happens after the militants are finally driven from Mosul.")
    assert not at(evs, "driven"), dump(evs)


def test_an_act_done_in_a_time_clause_stays():
    evs = events_of("Troops withdrew from the town after the militants were driven out on Monday.")
    assert at(evs, "driven"), dump(evs)


def test_an_absolute_with_state_is_no_assault():
    evs = events_of("With the militia crushed and the opposition in retreat, the three powers will meet in Ankara "
                    "on Friday.")
    assert not at(evs, "crushed"), dump(evs)


def test_with_help_told_stays():
    evs = events_of("With the help of Russian jets, Syrian forces captured the town.")
    assert at(evs, "captured"), dump(evs)


def test_an_offensive_that_endangers_a_town_makes_no_threat():
    evs = events_of("A Syrian offensive has taken Saraqeb, and now threatens Ariha, where Turkish troops are based.")
    assert not at(evs, "threatens"), dump(evs)


def test_a_threat_made_by_a_party_stays():
    evs = events_of("The president threatened Turkey with sanctions on Tuesday.")
    assert at(evs, "threatened"), dump(evs)


def test_fires_caused_by_stoves_kill_by_no_one_s_act():
    evs = events_of("The overcrowded tents have led to fires caused by heating stoves, which have killed at least "
                    "three children this month.")
    assert not at(evs, "killed"), dump(evs)


def test_an_airstrike_that_kills_stays():
    evs = events_of("An airstrike killed five civilians in Idlib on Sunday.")
    assert at(evs, "killed"), dump(evs)


def test_what_defences_are_needed_for_is_no_protection():
    evs = events_of("Air defences were needed, the commander said, to protect clinics bombed by Russian jets last "
                    "week.")
    assert not at(evs, "protect"), dump(evs)
    assert at(evs, "bombed"), dump(evs)


def test_a_revolt_not_beyond_possibility_is_no_dissent():
    evs = events_of("A wider Arab uprising against the government is not beyond the realms of possibility.")
    assert not at(evs, "uprising"), dump(evs)


def test_reporters_killed_across_countries_is_no_killing():
    evs = events_of("In Somalia, as in Yemen and above all in Iraq, reporters are killed simply for doing their "
                    "jobs.")
    assert not at(evs, "killed"), dump(evs)


def test_protesters_killed_in_one_city_stays():
    evs = events_of("Protesters are killed in Baghdad as police open fire.")
    assert at(evs, "killed"), dump(evs)


def test_ending_bloodshed_as_an_imperative_is_no_mass_killing():
    evs = events_of("For European leaders, ending the Yemeni bloodshed is a moral imperative they cannot ignore.")
    assert not at(evs, "bloodshed"), dump(evs)


def test_a_class_with_a_right_is_no_detention():
    evs = events_of("Australia's government maintains that nationals detained in Syria have the right to return "
                    "home.")
    assert not at(evs, "detained"), dump(evs)


def test_officials_invested_in_a_partnership_is_no_cooperation():
    evs = events_of("Many of the generals were invested in an ongoing partnership with the Kurdish militia.")
    assert not at(evs, "partnership"), dump(evs)


def test_a_ban_on_an_activity_is_no_sanction():
    evs = events_of("Costa Rica became the first country to impose a total ban on oil drilling.")
    assert not at(evs, "impose"), dump(evs)


def test_a_ban_on_a_country_s_goods_stays():
    evs = events_of("The EU imposed a ban on Iranian oil imports.")
    assert at(evs, "imposed"), dump(evs)


def test_a_private_killing_told_as_background_is_no_force():
    evs = events_of("She was jailed because she threatened to kill a man who had killed her brother.")
    assert not at(evs, "killed"), dump(evs)


def test_gunmen_who_killed_stay():
    evs = events_of("Gunmen who had killed her husband were arrested by police.")
    assert at(evs, "killed"), dump(evs)


def test_an_airstrike_that_killed_a_mother_stays():
    evs = events_of("Burned by an airstrike that killed their mother in January, the children were taken to a camp.")
    assert at(evs, "killed"), dump(evs)


def test_an_announcement_likely_to_embolden_stays():
    evs = events_of("The president's announcement that troops will withdraw is likely to embolden the militia.")
    assert at(evs, "announcement"), dump(evs)


def test_a_stance_likely_to_prove_a_block_stays():
    evs = events_of("Turkish opposition to any role for the Kurdish forces is likely to prove a stumbling block.")
    assert at(evs, "opposition"), dump(evs)


def test_a_class_with_a_right_misparsed_is_no_capture():
    evs = events_of("Unlike other European countries, Norway's government maintains that nationals captured in Isis "
                    "territory in Syria and Iraq have the right to return home to face trial.")
    assert not at(evs, "captured"), dump(evs)
