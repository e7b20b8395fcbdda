"""An act noun kept going by a decision ("its decision to prolong his detention") is done by who decided, the owner
its possessive pronoun stands for, not by the state the sentence names nor nobody (coding/decided_acts.py, roles.tsv
keeping-verb)."""
from coded_sentences import at, dump, events_of


def _src(evs, word):
    return [e.source.code if e.source else None for e in at(evs, word)]


def test_pronoun_owner_of_decision_keeps_detention():
    evs = events_of("Ties between the two countries soured after Belarus's arrest of a Lithuanian blogger last spring. "
                    "Its decision to prolong Tomas Varnas's detention angered Vilnius.")
    assert _src(evs, "detention") == ["BLR"], dump(evs)


def test_court_owner_of_decision_keeps_detention_of_named_person():
    evs = events_of("The appeals court in Kyrgyzstan heard the case on Tuesday. "
                    "Its decision to prolong the detention of the former mayor surprised his lawyers.")
    got = _src(evs, "detention")
    assert got and all(c is not None and c.endswith("JUD") for c in got), dump(evs)


def test_named_owner_of_move_keeps_blockade():
    evs = events_of("Qatar's rivals met in Riyadh on Monday. "
                    "Saudi Arabia's move to prolong the blockade of Qatar drew criticism from Kuwait.")
    got = _src(evs, "blockade")
    assert got and all(c is not None and c.startswith("SAU") for c in got), dump(evs)


def test_its_after_an_act_a_name_owns_is_the_owner():
    # "its" is the state that made the arrest, not the arrested person the act noun's phrase names
    evs = events_of("Ties between the two countries soured after Belarus's arrest of a Lithuanian blogger last spring. "
                    "Its decision to prolong the blogger's detention angered Vilnius.")
    assert _src(evs, "detention") == ["BLR"], dump(evs)


def test_a_verb_that_ends_the_act_does_not_take_the_decision_owner():
    evs = events_of("Belarus's decision to end Tomas Varnas's detention was welcomed in Moscow.")
    assert all("kept going" not in e.rule for e in at(evs, "detention")), dump(evs)


def test_welcomed_move_to_act_is_the_movers_act():
    # the "to V" of a decision noun a name owns is that owner's act, not the purpose of the verb it is the object of
    evs = events_of("The Kenyan leadership has welcomed Britain's move to reimpose sanctions on Sudan.")
    assert _src(evs, "reimpose") == ["GBR"], dump(evs)


def test_condemned_move_to_withdraw_is_the_movers_intention():
    evs = events_of("Senator Jane Miller is condemning the Biden administration's move to withdraw US troops from Somalia.")
    got = _src(evs, "withdraw")
    assert got and all(c == "USAGOV" for c in got), dump(evs)


def test_own_push_to_retake_stays_the_launchers_aim():
    evs = events_of("Russia launched its push to retake the town of Palmyra.")
    assert _src(evs, "retake") == ["RUS"], dump(evs)
