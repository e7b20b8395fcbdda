"""The root of an act read from the act, not from the surface of its trigger (issue 14, wrong root, session 25).
Sentences written for these tests; each construction has a negative test where the plain reading stays."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2018-05-20")


# -- a verb of answering with a "by V-ing" act is that act (coding/characterised.py, complements.tsv `answer-by`)

def test_retaliated_by_imposing_sanctions_is_the_sanctions():
    evs = events_of("Oslo retaliated by imposing travel sanctions on Minsk.")
    assert [e.cameo for e in at(evs, "imposing")] == ["163"], dump(evs)
    assert not at(evs, "retaliated"), dump(evs)


def test_responded_by_expelling_is_the_expulsion():
    evs = events_of("Nairobi responded by expelling the Somali ambassador.")
    assert [e.cameo[:2] for e in at(evs, "expelling")] == ["16"], dump(evs)
    assert not [e for e in evs if e.cameo[:2] == "19"], dump(evs)


def test_retaliation_without_a_means_stays_force():
    evs = events_of("The rebels retaliated against the army near the pass on Sunday.")
    assert [e.cameo for e in at(evs, "retaliated")] == ["190"], dump(evs)


# -- the aim of a done offensive told by a purpose participle is force, not a threat (force_codes.not_intended)

def test_assault_launched_aiming_to_drive_out_is_no_threat():
    evs = events_of("Ethiopia launched the offensive on Tuesday, aiming to drive the rebels out of Mekelle.")
    assert not [e for e in evs if e.cameo[:2] == "13"], dump(evs)
    assert [e for e in evs if e.cameo[:2] == "19" and e.modality == "asserted"], dump(evs)


def test_offensive_still_to_come_aiming_to_drive_out_stays_a_threat():
    evs = events_of("Ethiopia will launch an offensive next week, aiming to drive the rebels out of Mekelle.")
    assert [e for e in evs if e.cameo[:2] == "13"], dump(evs)
    assert not [e for e in evs if e.cameo[:2] == "19" and e.modality == "asserted"], dump(evs)


# -- a plan coordinated with the attack done is the attack done (coding/planned_done.py)

def test_planned_and_carried_out_attacks_are_the_attacks():
    evs = events_of("Al-Shabaab cells have planned and carried out attacks on Kenya since 2011.")
    assert not at(evs, "planned"), dump(evs)
    assert [e.cameo[:2] for e in at(evs, "carried out")] == ["19"], dump(evs)


def test_a_plan_alone_or_beside_another_act_stays():
    evs = events_of("The cell planned attacks on Kenya.")
    assert [e.cameo[:2] for e in at(evs, "planned")] == ["13"], dump(evs)
    evs = events_of("The militants planned the raid and shelled the town.")
    assert [e.cameo[:2] for e in at(evs, "planned")] == ["13"], dump(evs)


# -- a resignation is acceding to a demand (0831) only where one was made (lexicon rows with `protested`)

def test_resigning_over_a_superiors_decision_is_disapproval():
    evs = events_of("The Chilean defence minister resigned on Friday over the president's decision to cut the army budget.")
    assert [e.cameo for e in at(evs, "resigned")] == ["110"], dump(evs)
    evs = events_of("Jorge Araya, the Chilean navy chief who quit last week over Pinera's volte-face, said nothing.")
    assert [e.cameo for e in at(evs, "quit")] == ["110"], dump(evs)
    evs = events_of("The Bolivian mining minister stepped down in protest on Monday.")
    assert [e.cameo for e in at(evs, "stepped")] == ["110"], dump(evs)


def test_leaving_at_the_end_of_a_term_is_no_yield():
    evs = events_of("The Uruguayan envoy steps down at the end of her mandate in March, after five years in Geneva.")
    assert not [e for e in evs if e.cameo.startswith("08")], dump(evs)


def test_resigning_under_protests_stays_a_yield():
    evs = events_of("Evo Morales resigned as president of Bolivia on Sunday after weeks of protests.")
    assert [e.cameo for e in at(evs, "resigned")] == ["0831"], dump(evs)
    evs = events_of("The minister resigned over the weekend.")
    assert [e.cameo for e in at(evs, "resigned")] == ["0831"], dump(evs)


# -- a decision of force dated in the past was carried out (force_codes.decided_in_past)

def test_decision_of_force_dated_in_the_past_is_the_act():
    evs = events_of("Putin wants to leave soon, even after his decision last month to fire rockets at Georgian army bases.")
    assert [e.cameo[:2] for e in at(evs, "fire")] == ["19"], dump(evs)
    evs = events_of("Blair's 2003 decision to invade Iraq was a disaster.")
    assert [(e.cameo[:2], e.modality) for e in at(evs, "invade")] == [("19", "asserted")], dump(evs)


def test_decision_of_force_not_dated_stays_an_intention():
    evs = events_of("Abiy's decision to invade Tigray was criticised.")
    assert [e.cameo[:2] for e in at(evs, "invade")] == ["13"], dump(evs)


# -- backing an act against a party is hostility to it (coding/backed_hostility.py)

def test_backing_an_overthrow_or_removal_is_hostility_to_its_victim():
    evs = events_of("Paris and London, which have backed Maduro's overthrow since 2019, are due to meet.")
    assert {(e.cameo, e.target.code) for e in at(evs, "backed")} == {("110", "VENGOV")}, dump(evs)
    evs = events_of("Kenya supported the removal of the Somali president.")
    assert [(e.cameo, e.target.code) for e in at(evs, "supported")] == [("110", "SOMGOV")], dump(evs)


def test_backing_an_act_with_its_own_doer_or_a_party_stays_support():
    evs = events_of("Kenya backed the Ethiopian offensive against the rebels.")
    assert [(e.cameo[:2], e.target.code) for e in at(evs, "backed")] == [("05", "ETH")], dump(evs)
    evs = events_of("Kenya backed the peace plan.")
    assert [e.cameo for e in at(evs, "backed")] == ["051"], dump(evs)


# -- regretting one's own act is an apology, not disapproval (lexicon row 055.regret-own-act)

def test_regretting_ones_own_act_is_an_apology():
    evs = events_of("The Danish minister said she regretted cancelling the visit to Nairobi.")
    assert [e.cameo for e in at(evs, "regretted")] == ["055"], dump(evs)


def test_regretting_anothers_act_stays_disapproval():
    evs = events_of("Many Kenyan officials regretted the president's feud with the opposition leader.")
    assert [e.cameo for e in at(evs, "regretted")] == ["110"], dump(evs)


# -- removing or lifting eases sanctions (085) only when what is removed is a measure (coding/lifted_measures.py)

def test_removal_of_a_leader_or_of_fighters_eases_no_sanctions():
    evs = events_of("Britain remains committed to Mugabe's removal.")
    assert not [e for e in evs if e.cameo.startswith("085")], dump(evs)
    evs = events_of("The campaign resulted in the removal of the militants from the town.")
    assert not [e for e in evs if e.cameo.startswith("085")], dump(evs)


def test_lifting_a_siege_or_a_measure_still_eases():
    evs = events_of("The lifting of the siege of Mekelle was announced by Ethiopia.")
    assert [e.cameo for e in at(evs, "lifting")] == ["085"], dump(evs)


# -- winning or taking back ground is force, and a vow of it a threat (lexicon rows 190.win_back-town, take_back-town)

def test_vow_to_win_back_control_is_a_threat_not_cooperation():
    evs = events_of("The Ethiopian cabinet vowed on Monday to win back every town in Tigray.")
    assert [e.cameo for e in evs] == ["138"], dump(evs)
    evs = events_of("Chadian troops won back control of the oasis town after a week of fighting.")
    assert [e.cameo for e in at(evs, "won")] == ["190"], dump(evs)


def test_winning_back_voters_is_no_force():
    evs = events_of("The party hopes to win back voters in the north.")
    assert not [e for e in evs if e.cameo[:2] in ("13", "19")], dump(evs)


# -- an official's warning that there will be arrests is a threat (senses._existential_force)

def test_police_warning_there_will_be_arrests_is_a_threat():
    evs = events_of("The Kenyan police chief warned there will be arrests if the students block the road.")
    assert [e.cameo[:2] for e in at(evs, "warned")] == ["13"], dump(evs)


def test_warning_of_others_attacks_or_of_arrests_by_a_charity_is_no_threat():
    evs = events_of("The minister warned there could be more attacks.")
    assert not [e for e in evs if e.cameo[:2] == "13"], dump(evs)
    evs = events_of("Aid agencies warned there could be more arrests in the camps.")
    assert not [e for e in evs if e.cameo[:2] == "13"], dump(evs)


# -- calling or holding an election yields to no demand (x.call-election, x.hold-election)

def test_calling_or_holding_an_election_is_no_accession():
    evs = events_of("Orban called early elections because he feared rising prices.")
    assert not [e for e in evs if e.cameo.startswith("08")], dump(evs)
    evs = events_of("Malawi held a general election on Tuesday.")
    assert not [e for e in evs if e.cameo.startswith("08")], dump(evs)


def test_a_promise_of_elections_stays_a_promise():
    evs = events_of("The Malian junta promised to hold elections next year.")
    assert [e.cameo[:2] for e in at(evs, "promised")] == ["03"], dump(evs)


# -- recognising a fact or a problem is no diplomatic recognition (054 rows want a party or a state's standing)

def test_recognising_a_fact_is_no_diplomatic_recognition():
    evs = events_of("The Ghanaian inspectors recognised that in their March report.")
    assert not [e for e in evs if e.cameo.startswith("054")], dump(evs)
    evs = events_of("Several Ghanaian clinics now recognise the trend.")
    assert not [e for e in evs if e.cameo.startswith("054")], dump(evs)


def test_recognising_a_state_or_its_independence_stays_recognition():
    evs = events_of("Chile recognised Kosovo's independence in 2009.")
    assert [e.cameo for e in at(evs, "recognised")] == ["054"], dump(evs)
    evs = events_of("Japan recognized the opposition council as the legitimate representative.")
    assert [e.cameo for e in at(evs, "recognized")] == ["054"], dump(evs)


# -- a decision made known by its own side performs an act a decision performs (force_codes.declared_own)

def test_announced_withdrawal_from_a_deal_is_the_withdrawal_not_a_threat():
    evs = events_of("Norway announced it would cut its ties with Minsk.")
    assert [e.cameo[:2] for e in at(evs, "cut")] == ["16"], dump(evs)


def test_announcement_still_to_come_or_about_another_is_no_act():
    evs = events_of("Macron will announce that France will leave the treaty.")
    assert not [e for e in evs if e.cameo[:2] == "16"], dump(evs)
    evs = events_of("The Norwegian minister announced that Belarus would leave the treaty.")
    assert not [e for e in evs if e.cameo[:2] == "16"], dump(evs)


# -- "respectively" pairs the parties in order (coding/respectively.py)

def test_respectively_pairs_sources_and_targets_in_order():
    evs = events_of("Moscow and Ankara have backed the Libyan government and the rebels respectively.")
    assert sorted((e.source.code, e.target.code) for e in at(evs, "backed")) == \
        [("RUSGOV", "LBYGOV"), ("TURGOV", "LBYREB")], dump(evs)


def test_without_respectively_each_backs_each():
    evs = events_of("Moscow and Ankara have backed the Libyan government and the rebels.")
    assert len(at(evs, "backed")) == 4, dump(evs)
