"""A bare V-ing of a `side` verb on a party ("rebel forces opposing the regime") names the side the party takes, not
an act (coding/described.py `_side`); the acts around it stay."""
from tests.coded_sentences import at, dump, events_of


def test_rebels_opposing_a_government_is_no_disapproval():
    evs = events_of("Kenyan troops are preparing to cross into Somalia to support militias opposing both the "
                    "government in Mogadishu and the jihadist insurgents, the minister said.")
    assert not at(evs, "opposing"), dump(evs)


def test_forces_backing_a_president_is_no_act_of_support():
    evs = events_of("An offensive by Sudanese and Chadian militias backing the president has killed dozens of "
                    "villagers in Darfur.")
    assert not at(evs, "backing"), dump(evs)
    assert at(evs, "killed"), dump(evs)


def test_a_statement_opposing_a_plan_stays():
    evs = events_of("Egypt issued a statement opposing Ethiopia's plan to fill the dam.")
    assert at(evs, "statement") or at(evs, "opposing"), dump(evs)


def test_members_opposing_in_a_vote_after_with_stay():
    evs = events_of("The Libyan national council chose to stay away from the Geneva conference, with 20 of its 30 "
                    "delegates opposing participation.")
    assert at(evs, "opposing"), dump(evs)
