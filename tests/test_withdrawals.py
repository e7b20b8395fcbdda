"""A state's withdrawal told with no place takes the country the story's other tellings of that state's withdrawal
leave (coding/withdrawals.py), in stories written for these tests: "the Portuguese pullout" after "Portugal will pull
its soldiers out of Mozambique"; never another leader's withdrawal from another war, never a withdrawal from talks,
never a place of the story for one."""
from __future__ import annotations

from coded_sentences import dump, events_of, at


def _wd(evs, word):
    e = [x for x in at(evs, word) if x.cameo.startswith(("087", "03")) and x.sentence == 1]
    assert len(e) == 1, dump(evs)
    return e[0]


def test_a_later_pullout_naming_no_place_leaves_the_country_told_before():
    evs = events_of("Portugal will pull its 400 soldiers out of Mozambique by June, the defence ministry said. "
                    "The Portuguese pullout has emboldened insurgents in the northern province, local officials said.")
    e = _wd(evs, "pullout")
    assert e.target is not None and e.target.code == "MOZ", dump(evs)
    assert "target from the story's withdrawal" in e.rule


def test_a_decision_to_withdraw_takes_the_place_its_story_names_first():
    evs = events_of("The Dutch government has begun withdrawing its troops from Afghanistan. "
                    "Opposition leaders in The Hague questioned the cabinet's decision to withdraw.")
    e = _wd(evs, "withdraw")
    assert e.target is not None and e.target.code == "AFG", dump(evs)
    assert "target from the story's withdrawal" in e.rule


def test_another_leader_s_withdrawal_from_another_war_gives_nothing():
    evs = events_of("Nixon withdrew US troops from Vietnam in 1973. Biden's decision to withdraw has divided his party.")
    e = [x for x in at(evs, "withdraw") if x.sentence == 1]
    assert e, dump(evs)
    for x in e:
        assert x.target is None or x.target.country != "VNM", dump(evs)


def test_a_withdrawal_from_talks_takes_no_place_of_the_story():
    evs = events_of("Spain withdrew its warships from Libyan waters last month. "
                    "Madrid then pulled back from the talks on a new naval mission.")
    e = at(evs, "pulled")
    assert e, dump(evs)
    for x in e:
        assert x.target is None or x.target.country != "LBY", dump(evs)
