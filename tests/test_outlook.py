"""An outlook told by an adjective after a copula is a pessimistic (012) or optimistic (013) comment by the copula's
subject, aimed at the party its "about/of/over" phrase names (coding/outlook.py, pos `A` rows of
data/lexicon/01_statement.tsv), in sentences written for these tests; not when negated or supposed, nor a feeling
of private people."""
from __future__ import annotations

from coded_sentences import all_events_of, dump, events_of, at


def _outlook(evs, word):
    return [e for e in at(evs, word) if e.cameo in ("012", "013")]


def test_said_it_was_pessimistic_about_talks_with_a_state():
    evs = events_of("The Chilean foreign ministry said on Monday it was pessimistic about the border talks with Bolivia.")
    e = _outlook(evs, "pessimistic")
    assert len(e) == 1 and e[0].cameo == "012", dump(evs)
    assert e[0].source.country == "CHL" and e[0].target is not None and e[0].target.code == "BOL", dump(evs)
    assert e[0].pattern == "012.a-pessimistic-about"
    assert "outlook adjective" in e[0].rule


def test_sceptical_of_another_state_s_promises():
    evs = events_of("Peru's president Dina Boluarte is sceptical of Ecuador's promises to close the border crossings.")
    e = _outlook(evs, "sceptical")
    assert len(e) == 1 and e[0].cameo == "012", dump(evs)
    assert e[0].source.country == "PER" and e[0].target is not None and e[0].target.country == "ECU", dump(evs)


def test_remains_optimistic_and_confident_about_are_optimistic_comments():
    evs = events_of("Argentina remains optimistic over its trade dispute with Brazil, the foreign minister said.")
    e = _outlook(evs, "optimistic")
    assert len(e) == 1 and e[0].cameo == "013" and e[0].source.country == "ARG", dump(evs)
    evs = events_of("The Kenyan trade minister said he was confident about the customs deal with Uganda.")
    e = _outlook(evs, "confident")
    assert len(e) == 1 and e[0].cameo == "013" and e[0].source.country == "KEN", dump(evs)
    assert e[0].target is not None and e[0].target.code == "UGA", dump(evs)


def test_confident_that_a_past_act_happened_is_a_belief_not_an_outlook():
    evs = all_events_of("Officials in Nairobi and Kampala are confident that the smuggler was killed.")
    assert not _outlook(evs, "confident"), dump(evs)


def test_an_outlook_of_a_party_with_no_country_is_set_aside():
    evs = all_events_of("We are sceptical about the plan, the diplomats said.")
    assert not [e for e in _outlook(evs, "sceptical") if e in evs], dump(evs)


def test_negated_or_supposed_outlook_is_no_comment():
    evs = all_events_of("Norway's prime minister said he was not optimistic about the ceasefire in Sudan.")
    assert not _outlook(evs, "optimistic"), dump(evs)
    evs = all_events_of("The Polish defence minister would be pessimistic about any deal with Minsk, officials said.")
    assert not _outlook(evs, "pessimistic"), dump(evs)


def test_private_people_and_things_make_no_outlook_event():
    evs = all_events_of("The weather was gloomy on Tuesday and the farmers were hopeful about the harvest.")
    assert not _outlook(evs, "gloomy") and not _outlook(evs, "hopeful"), dump(evs)


def test_an_adjective_before_a_noun_is_no_comment():
    evs = all_events_of("The Senegalese envoy described a hopeful sign in the talks with Gambia.")
    assert not _outlook(evs, "hopeful"), dump(evs)
