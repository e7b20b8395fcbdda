"""Targets of acts that answer or are conditioned on another's act (issue 14; coding/answered.py): a demand,
objection, rejection or threat with no party of its own takes the doer of the act its clause names as what it
answers, or the doer of the act a definite act noun refers back to. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-06-14")


def test_a_threat_conditioned_on_another_sides_act_is_aimed_at_its_doer():
    evs = events_of("Tehran has threatened to strike back, especially if Israel pursues its plan to bomb the reactor.")
    hit = [e for e in evs if e.source is not None and e.source.country == "IRN" and e.cameo.startswith("13")]
    assert hit and all(e.target is not None and e.target.code == "ISR" for e in hit), dump(evs)
    assert "conditioned on" in hit[0].rule and hit[0].target.why.startswith("the doer of the act it is conditioned on")


def test_retaliation_if_a_named_party_acts_is_aimed_at_that_party():
    evs = events_of("Pakistan says it will retaliate if the Indians cross the line.")
    got = at(evs, "retaliate")
    assert got and got[0].target is not None and got[0].target.country == "IND", dump(evs)


def test_a_threat_to_act_with_ones_own_forces_takes_no_target_from_its_own_act():
    evs = events_of("Erdogan threatened to destroy all terror nests in Syria.")
    got = [e for e in at(evs, "destroy") if e.cameo.startswith("13")]
    assert got and all(e.target is None or e.target.country != "TUR" for e in got), dump(evs)


def test_an_objection_to_an_act_of_another_side_in_its_phrase_is_aimed_at_its_doer():
    evs = events_of("The talks collapsed over Indian objections to China inviting separatist leaders from Tibet.")
    got = [e for e in evs if e.cameo.startswith("11") and e.source is not None and e.source.country == "IND"]
    assert got and got[0].target is not None and got[0].target.country == "CHN", dump(evs)
    # the coder's own slot reading (act_args.clause_parties: the subject of a clause in the response's "to"
    # phrase) or, when that finds nothing, the answered stage fills it
    assert "answers ('inviting')" in got[0].rule or "target from 'nsubj'" in got[0].rule, got[0].rule


def test_a_plan_opposed_is_the_plan_unveiled_in_the_sentence_before():
    evs = events_of("Washington unveiled a plan on Monday to build a border force in northern Syria. "
                    "Russia likewise opposed the plan, arguing it would split the country.")
    got = at(evs, "opposed")
    assert got and got[0].target is not None and got[0].target.country == "USA", dump(evs)
    assert "named before ('plan'" in got[0].rule or "named with it earlier in the story" in got[0].rule, got[0].rule


def test_a_plan_opposed_with_no_plan_named_before_keeps_no_target():
    evs = events_of("Russia likewise opposed the plan, arguing it would split the country.")
    got = at(evs, "opposed")
    assert got and got[0].target is None, dump(evs)


def test_a_plan_opposed_before_by_another_is_not_its_author():
    evs = events_of("Turkey opposed the plan on Monday. Russia also opposed the plan.")
    got = [e for e in at(evs, "opposed") if e.sentence == 1]
    assert got and (got[0].target is None or got[0].target.country != "TUR"), dump(evs)


def test_that_plan_snubbed_is_the_plan_its_proposer_named_before():
    evs = events_of("In 2016, Qatar proposed restoring ties with Cairo as part of a plan to isolate Tehran. "
                    "That plan was snubbed by the Saudi government.")
    got = at(evs, "snubbed")
    assert got and got[0].target is not None and got[0].target.country == "QAT", dump(evs)


def test_this_move_is_the_decision_named_before():
    evs = events_of("Putin's sudden decision to pull troops out of Syria surprised many. Iran objected to this move.")
    got = at(evs, "objected")
    assert got and got[0].target is not None and got[0].target.country == "RUS", dump(evs)
    assert "named before ('decision'" in got[0].target.why, got[0].target.why


def test_a_plan_named_four_sentences_before_is_still_its_authors():
    # the one plan the story has put forward, however far back (coding/proposal_author.py, session 28; the window of
    # three sentences answered.py keeps is for acts, not for a proposal the story names once)
    evs = events_of("Washington unveiled a plan on Monday to build a border force in northern Syria. "
                    "Kurdish officials welcomed the news. Aid groups said little. Markets were calm. "
                    "Crowds gathered in Qamishli. Russia also opposed the plan.")
    got = at(evs, "opposed")
    assert got and got[0].target is not None and got[0].target.country == "USA", dump(evs)
    assert "earlier in the story" in got[0].rule, got[0].rule


def test_a_plan_presented_the_day_before_is_the_presenters():
    # "presented" is coded as no act; the subject of the noun-maker verb made the plan
    evs = events_of("Egypt presented a peace plan for Sudan on Monday. "
                    "Ethiopia opposed the plan, saying it would divide the country.")
    got = at(evs, "opposed")
    assert got and got[0].target is not None and got[0].target.country == "EGY", dump(evs)


def test_a_decision_announced_before_is_the_announcers():
    evs = events_of("Uganda announced a decision to close its embassy in Juba. Rwanda criticised the decision.")
    got = at(evs, "criticised")
    assert got and got[0].target is not None and got[0].target.country == "UGA", dump(evs)


def test_a_plan_presented_by_the_critics_own_side_is_no_target():
    evs = events_of("Egypt presented a peace plan for Sudan on Monday. Egyptian officials criticised the plan.")
    got = at(evs, "criticised")
    assert got and (got[0].target is None or got[0].target.country != "EGY"), dump(evs)


def test_a_plan_opposed_with_only_another_kind_of_proposal_before_keeps_no_target():
    evs = events_of("Egypt presented a peace plan for Sudan on Monday. Rain fell in Khartoum. Markets were calm. "
                    "Crowds gathered in Omdurman. Ethiopia opposed the resolution.")
    got = at(evs, "opposed")
    assert not got or got[0].target is None, dump(evs)


def test_praise_of_a_plan_presented_before_is_aimed_at_its_presenter():
    evs = events_of("Egypt presented a peace plan for Sudan on Monday. Kenya welcomed the plan on Tuesday.")
    got = at(evs, "welcomed")
    assert got and got[0].target is not None and got[0].target.country == "EGY", dump(evs)


def test_welcoming_ones_own_sides_decision_takes_no_target():
    evs = events_of("Uganda announced a decision to close its embassy in Juba. Ugandan officials welcomed the decision.")
    got = at(evs, "welcomed")
    assert got and (got[0].target is None or got[0].target.country != "UGA"), dump(evs)


def test_a_bare_refusal_answers_the_bid_made_of_its_doer_just_before():
    evs = events_of("Egypt urged Hamas to accept the truce. Hamas refused.")
    got = [e for e in at(evs, "refused") if e.sentence == 1]
    assert got and got[0].target is not None and got[0].target.country == "EGY", dump(evs)
    assert "the bid 'urged' made of it" in got[0].rule, got[0].rule


def test_a_bare_refusal_after_a_bid_made_of_another_keeps_no_target():
    evs = events_of("Egypt urged Israel to accept the truce. Hamas refused.")
    got = [e for e in at(evs, "refused") if e.sentence == 1]
    assert got and got[0].target is None, dump(evs)


def test_a_warning_whose_content_clause_is_conditioned_on_another_sides_act_is_aimed_at_its_doer():
    # the "if" clause hangs on the warning's "that" clause, not on the warning verb itself; the parser also
    # coordinates it with "respond" after "swiftly and firmly"
    evs = events_of("The Kremlin warned on Monday that Russia would respond swiftly and firmly if Georgia sent troops "
                    "into the breakaway region again.")
    got = [e for e in at(evs, "warned") if e.cameo.startswith("13")]
    assert got and got[0].target is not None and got[0].target.code == "GEO", dump(evs)
    assert "conditioned on" in got[0].rule, got[0].rule


def test_a_threat_of_force_conditioned_on_the_last_conjunct_is_aimed_at_the_doer_of_the_condition():
    evs = events_of("The Chinese defence ministry said that China would sink the boats and strike their bases if a "
                    "Japanese raid on Taiwan threatened Chinese sailors.")
    got = [e for e in at(evs, "sink") if e.cameo.startswith("13")]
    assert got and got[0].target is not None and got[0].target.country == "JPN", dump(evs)


def test_a_warning_conditioned_on_its_own_sides_act_takes_no_target_from_it():
    evs = events_of("The Kremlin warned that Russia would respond firmly if Russian troops in the region came under "
                    "fire.")
    got = [e for e in at(evs, "warned") if e.cameo.startswith("13")]
    assert got and (got[0].target is None or got[0].target.country != "RUS"), dump(evs)
