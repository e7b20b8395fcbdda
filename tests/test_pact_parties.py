"""The other party of a pact left (coding/pact_parties.py) and the author of a finding answered (the
`authored-noun` class of data/coding/roles.tsv, coding/act_args.py story_doer), on sentences written for these
tests (issue 14, no target: the owner or party of the object noun)."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _pairs(evs, word):
    return [(e.source and e.source.code, e.target and e.target.code) for e in at(evs, word)]


def test_withdrawing_from_a_pact_named_after_a_country_targets_that_country():
    evs = events_of("The United States is withdrawing from the Iran nuclear deal, the White House said on Tuesday.")
    assert any(s and s.startswith("USA") and t == "IRN" for s, t in _pairs(evs, "withdraw")), dump(evs)


def test_quitting_a_pact_with_a_named_party_targets_that_party():
    evs = events_of("Britain withdrew from its 1998 fisheries treaty with Norway last spring.")
    assert any(s == "GBR" and t == "NOR" for s, t in _pairs(evs, "withdrew")), dump(evs)
    evs = events_of("Ankara has pulled out of its migration pact with the European Union, officials in Brussels said.")
    assert any(s and s.startswith("TUR") and t and t.startswith("IGOEU") for s, t in _pairs(evs, "pulled")), dump(evs)


def test_a_promised_exit_from_a_countrys_accord_targets_that_country():
    evs = events_of("The new Colombian president vowed to withdraw from the Venezuela border accord within a year.")
    assert any(t == "VEN" for _, t in _pairs(evs, "withdraw")), dump(evs)


def test_a_pact_named_after_a_city_names_no_party():
    # "the Paris agreement", "the Minsk accords": a city a pact is named after is no party to it
    evs = events_of("Washington pulled out of the Paris climate agreement in 2017.")
    assert not any(t and t.startswith("FRA") for _, t in _pairs(evs, "pulled")), dump(evs)
    evs = events_of("Kyiv withdrew from the Minsk accords after the invasion began.")
    assert not any(t and t.startswith("BLR") for _, t in _pairs(evs, "withdrew")), dump(evs)


def test_the_doer_is_never_the_other_party():
    evs = events_of("Iran said it was withdrawing from the Iranian-Saudi security pact.")
    assert not any(t and t.startswith("IRN") for _, t in _pairs(evs, "withdraw")), dump(evs)


def test_findings_welcomed_answer_the_party_that_issued_them_earlier():
    evs = events_of("The findings issued by the OPCW on Friday blamed the air force for the strike. Relatives of the "
                    "victims gathered in the square. The findings were praised by the Canadian prime minister.")
    assert any(s == "CANGOV" and t == "IGOOPCW" for s, t in _pairs(evs, "praised")), dump(evs)


def test_a_report_rejected_answers_its_author_named_before():
    evs = events_of("A report compiled by Amnesty International accuses the police of torture in three provinces. "
                    "Egypt rejected the report as biased on Sunday.")
    assert any(s == "EGY" and t and t.startswith("NGO") for s, t in _pairs(evs, "rejected")), dump(evs)


def test_a_finding_with_no_author_in_the_story_names_none():
    evs = events_of("The report was welcomed by the Swedish foreign minister.")
    assert all(t is None for _, t in _pairs(evs, "welcomed")), dump(evs)


def test_a_ruling_welcomed_answers_the_court_that_issued_it():
    evs = events_of("A Lima court issued a ruling against the mining company on Friday. The ruling was welcomed by "
                    "the Chilean environment minister.")
    assert any(s and s.startswith("CHL") and t and t.endswith("JUD") for s, t in _pairs(evs, "welcomed")), dump(evs)


def test_a_claim_disputed_in_its_own_sentence_answers_the_one_who_declared_it():
    # (coding/claim_author.py)
    evs = events_of("Tehran proclaimed on Sunday that the drought was over, but the claim was questioned by Iraqi "
                    "water officials.")
    assert any(t and t.startswith("IRN") for _, t in _pairs(evs, "questioned")), dump(evs)
    evs = events_of("Beijing said the vessels were fishing boats, but the Philippine coast guard dismissed the claim.")
    assert any(s and s.startswith("PHL") and t and t.startswith("CHN") for s, t in _pairs(evs, "dismissed")), dump(evs)


def test_an_assertion_rejected_in_apposition_answers_its_speaker():
    evs = events_of("Ankara insisted that its strikes had hit only militants, an assertion rejected by the Iraqi "
                    "foreign ministry.")
    assert any(s == "IRQGOV" and t and t.startswith("TUR") for s, t in _pairs(evs, "rejected")), dump(evs)


def test_a_claim_of_the_responders_own_side_names_no_target():
    evs = events_of("The Kenyan police said the protest was peaceful, but the claim was disputed by the Kenyan "
                    "interior ministry.")
    assert not any(t and t.startswith("KEN") for _, t in _pairs(evs, "disputed")), dump(evs)
