"""A state's withdrawal whose phrase names no country leaves the country of the place it plainly means
(coding/withdrawal_places.py), in sentences written for these tests: "out of the area" after a sentence placed in
Mali, "troops stationed in Mali's north", forces pulled back after a sentence placed in Chad; never from talks or a
deal, never the doer's own country, never for what is not forces."""
from __future__ import annotations

from coded_sentences import dump, events_of, at


def _wd(evs, word, sentence=1):
    e = [x for x in at(evs, word) if x.cameo.startswith(("087", "03")) and x.sentence == sentence]
    assert len(e) == 1, dump(evs)
    return e[0]


def test_out_of_the_area_takes_the_country_the_previous_sentence_is_placed_in():
    evs = events_of("France deployed 3,000 soldiers to Mali in 2013 to fight jihadists. Paris announced on Tuesday "
                    "that it would pull its troops out of the area by the end of the year.")
    e = _wd(evs, "pull")
    assert e.target is not None and e.target.code == "MLI", dump(evs)
    assert "target from the withdrawal's place" in e.rule


def test_troops_stationed_in_a_country_are_withdrawn_from_it():
    evs = events_of("President Macron's decision to withdraw the 3,000 French troops stationed in Mali's desert "
                    "north has angered the opposition.", )
    e = _wd(evs, "withdraw", 0)
    assert e.target is not None and e.target.code == "MLI", dump(evs)
    assert "where the forces are posted" in e.rule


def test_forces_pulled_back_with_no_place_take_the_previous_sentence_s_country():
    evs = events_of("Boko Haram fighters attacked a village in Chad on Monday. "
                    "Nigeria has pulled back its soldiers to avoid clashes with the rebels.")
    e = _wd(evs, "pulled")
    assert e.target is not None and e.target.code == "TCD", dump(evs)


def test_a_withdrawal_from_a_deal_takes_no_place_of_the_story():
    evs = events_of("Chinese warships patrolled near the Philippines on Monday. "
                    "Beijing later pulled out of the fisheries agreement.")
    for x in at(evs, "pulled"):
        assert x.target is None or x.target.country != "PHL", dump(evs)


def test_a_withdrawal_of_something_other_than_forces_takes_no_place():
    evs = events_of("Chinese warships patrolled near the Philippines on Monday. "
                    "Beijing withdrew its offer of loans.")
    for x in at(evs, "withdrew"):
        assert x.target is None or x.target.country != "PHL", dump(evs)


def test_troops_brought_back_within_their_own_country_name_no_target():
    evs = events_of("Protesters clashed with police in Lagos on Monday. "
                    "Nigeria has pulled back its soldiers from the area.")
    for x in at(evs, "pulled"):
        assert x.target is None or x.target.country != "NGA", dump(evs)


def test_a_withdrawal_named_by_a_nationality_adjective_takes_no_other_country():
    evs = events_of("Neither the Malian withdrawal nor the prospect of reducing troop numbers in Niger was preceded by "
                    "consultation with the allies.")
    e = at(evs, "withdrawal")
    assert e and e[0].source is not None and e[0].source.code == "MLI", dump(evs)
    for x in e:
        assert x.target is None or x.target.country != "NER", dump(evs)
