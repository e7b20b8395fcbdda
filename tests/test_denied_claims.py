"""A denial of a claim told before takes the claim's teller as its target, also where the claim was told by a verb of
saying that is no event of its own (coding/denied_claims.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _target(evs, word):
    got = at(evs, word)
    assert len(got) == 1, dump(evs)
    return got[0].target


def test_the_claim_told_by_a_verb_of_saying():
    evs = events_of("Greece says Turkish jets violated its airspace on Monday. Ankara denied the claim.")
    t = _target(evs, "denied")
    assert t is not None and t.country == "GRC" and "the teller of the claim it denies ('says'" in t.why, dump(evs)


def test_a_that_clause_denied_after_a_claim_by_officials_of_a_state():
    evs = events_of("Greek officials said Turkish jets had violated the country's airspace. "
                    "Ankara denied that its jets had entered Greek airspace.")
    t = _target(evs, "denied")
    assert t is not None and t.country == "GRC", dump(evs)


def test_allegations_rejected_after_a_government_says_so():
    evs = events_of("The Colombian government says Venezuela shelters guerrilla leaders. Caracas rejects the allegations.")
    t = _target(evs, "rejects")
    assert t is not None and t.code == "COLGOV", dump(evs)


def test_according_to_names_the_teller():
    evs = events_of("According to Seoul, North Korean hackers stole the data. Pyongyang dismissed the accusation.")
    t = _target(evs, "dismissed")
    assert t is not None and t.country == "KOR", dump(evs)


def test_a_coded_accusation_is_a_claim_a_that_clause_denies():
    evs = events_of("Greece accused Turkey of violating its airspace. Ankara denied that its jets had entered Greek "
                    "airspace.")
    t = _target(evs, "denied")
    assert t is not None and t.country == "GRC" and "('accused'" in t.why, dump(evs)


def test_a_claim_about_another_side_is_not_the_one_denied():
    # (Kenya's claim is about Somali troops; Ethiopia denies something else)
    evs = events_of("Kenya claimed that Somali troops had crossed the border. Ethiopia denied the reports.")
    assert _target(evs, "denied") is None, dump(evs)


def test_claims_of_two_tellers_leave_the_denial_unplain():
    evs = events_of("Kenya said Somali troops had crossed the border. Ethiopia claimed that Somali jets had bombed a "
                    "camp. Mogadishu denied the reports.")
    assert _target(evs, "denied") is None, dump(evs)


def test_a_denial_with_nothing_claimed_before_keeps_no_target():
    evs = events_of("Officials met in Nairobi on Monday. The government denied that a deal had been reached.")
    assert _target(evs, "denied") is None, dump(evs)


def test_a_state_that_regards_the_denier_as_something_is_the_teller():
    evs = events_of("Israel considers Hezbollah to be a proxy of Iran. Hezbollah denies the charge.")
    t = _target(evs, "denies")
    assert t is not None and t.country == "ISR" and "('considers'" in t.why, dump(evs)


def test_a_designation_is_a_claim_the_designated_reject():
    evs = events_of("Washington designated the Houthis as a terrorist organisation in January. "
                    "The Houthis rejected the accusation.")
    t = _target(evs, "rejected")
    assert t is not None and t.country == "USA", dump(evs)


def test_the_teller_whose_clause_holds_the_denial_is_no_accuser():
    evs = events_of("Chile said the Peruvian ambassador denied that Peruvian police had fired on the crowd.")
    t = _target(evs, "denied")
    assert t is None or "teller of the claim" not in (t.why or ""), dump(evs)


def test_the_table_is_read_by_kind_and_an_unknown_kind_is_an_error(monkeypatch):
    import pytest
    from eventwire.coding import denied_claims
    words = denied_claims._table()
    assert set(words) == denied_claims.KINDS
    assert "allegation" in words["claim-noun"] and "016" in words["response"]
    monkeypatch.setattr(denied_claims, "kind_sets", lambda name: {"response": frozenset({"016"}),
                                                                   "claim-nuon": frozenset({"charge"})})
    with pytest.raises(ValueError, match="claim-nuon"):
        denied_claims._table()


def test_a_named_party_and_one_side():
    from eventwire.coding.answered import is_named, same_side
    from eventwire.model import Actor
    police, army = Actor.national("CHL", "COP"), Actor.national("CHL", "MIL")
    assert is_named(police) and not is_named(Actor.national(None, "COP")) and not is_named(None)
    assert same_side(police, army) and not same_side(police, Actor.national("ARG", "COP"))
