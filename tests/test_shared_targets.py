"""Targets the sentence makes plain although the parser hangs them elsewhere (issue 14, no target): an object two
coordinated verbs share, a yield's "in" phrase that names the act given in to, a relative adverb's clause."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-05-02")


def by_trigger(evs, word):
    return [e for e in evs if e.trigger_text.split()[0] == word]


def test_first_of_two_coordinated_verbs_takes_the_shared_object():
    evs = events_of("Iran armed and trained the Houthi rebels in Yemen for years.")
    armed = by_trigger(evs, "armed")
    assert armed and armed[0].target is not None and armed[0].target.country == "YEM", evs
    assert "the object it shares with 'trained'" in armed[0].rule


def test_or_with_preconjunct_shares_the_object_too():
    evs = events_of("Pakistan either ignored or rejected the Indian proposal.")
    ignored = [e for e in by_trigger(evs, "rejected") + by_trigger(evs, "ignored") if e.cameo.startswith("12")]
    assert ignored and all(e.target is not None and e.target.country == "IND" for e in ignored), evs


def test_first_verb_with_its_own_frame_shares_nothing():
    # "withdrew from the town": the first verb has a preposition of its own, so the town's handover is no withdrawal
    # from the Kurds
    evs = events_of("The Turkish army withdrew from the town and handed over the base to Kurdish fighters.")
    withdrew = by_trigger(evs, "withdrew")
    assert all(e.target is None or e.target.code != "KUR" for e in withdrew), evs
    assert all("shares with" not in e.rule for e in evs)


def test_relative_adverb_clause_is_no_object_relative():
    # "the months when Ankara shunned X": the months were not shunned; with the shared object, Ankara shunned Egypt
    evs = events_of("After months when Ankara shunned or snubbed the Egyptian government, trade resumed.")
    shunned = by_trigger(evs, "shunned")
    assert shunned and shunned[0].target is not None and shunned[0].target.country == "EGY", evs


def test_yield_in_an_act_takes_its_author():
    evs = events_of("In return, Moscow acquiesced in Israel's bombing campaign against Iranian positions.")
    yielded = [e for e in evs if e.cameo.startswith("08")]
    assert yielded and yielded[0].target is not None and yielded[0].target.country == "ISR", evs


def test_in_return_is_no_act_given_in_to():
    evs = events_of("In return, the rebels acquiesced in Aleppo.")
    yielded = [e for e in evs if e.cameo.startswith("08")]
    assert all(e.target is None or "author of" not in e.rule for e in yielded), evs


def test_list_of_three_verbs_shares_the_last_object():
    evs = events_of("Iran has funded, trained and supported the Houthi rebels.")
    funded = [e for e in evs if e.trigger_text.split()[0] in ("funded", "trained")]
    assert len(funded) == 2 and all(e.target is not None and e.target.country == "YEM" for e in funded), evs


def test_act_of_force_done_with_an_attack_takes_the_attack_aim():
    evs = events_of("The army retaliated on Friday with a heavy attack on Hezbollah.")
    hit = by_trigger(evs, "retaliated")
    assert hit and hit[0].target is not None and hit[0].target.country == "LBN", evs
    assert hit[0].target.text == "Hezbollah" and "fallback" in hit[0].rule


def test_instrument_with_stays_no_target():
    evs = events_of("The army shelled the area with rockets.")
    assert all(e.target is None or "rocket" not in (e.target.text or "") for e in evs), evs


def test_forced_yield_gives_way_to_the_coercer():
    evs = events_of("Kurdish fighters forced the jihadists of Isis to withdraw from the village.")
    gone = [e for e in evs if e.cameo.startswith("08")]
    assert gone and gone[0].target is not None and gone[0].target.code.startswith("KUR"), evs
    assert "who forced it" in gone[0].rule


def test_forcing_clause_names_the_one_forced_and_the_coercer():
    evs = events_of("The rebels stormed the capital in March, forcing the president and his cabinet to resign.")
    resigned = [e for e in evs if e.cameo.startswith("08")]
    assert resigned and resigned[0].target is not None and resigned[0].target.code.endswith("REB"), evs
    forcing = by_trigger(evs, "forcing")
    assert forcing and forcing[0].target is not None and forcing[0].target.code.endswith("GOV"), evs


def test_agreed_withdrawal_has_no_coercer():
    evs = events_of("The army agreed to withdraw from the town after the talks.")
    assert all("who forced it" not in e.rule for e in evs), evs


def test_backed_participle_on_a_place_describes_the_subject():
    evs = events_of("Government troops shelled the district, backed by Russian warplanes.")
    backed = by_trigger(evs, "backed")
    assert backed and backed[0].target is not None and backed[0].target.sector == "MIL", evs
    assert "describes" in backed[0].rule


def test_act_done_with_an_act_never_takes_that_acts_doer():
    evs = events_of("The Syrian army retaliated with Russian airstrikes against the town.")
    hit = by_trigger(evs, "retaliated")
    assert hit and all(e.target is None or e.target.country != "RUS" for e in hit), evs
