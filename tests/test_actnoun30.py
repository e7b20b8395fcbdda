"""Acts whose subject is an act (issue 14 item 2, no source; session 30): the doer of an act noun of force that did a
harm, from its own sentence: a name the parser reads as modifying the adjective after it ("US military airstrikes",
coding/noun_clauses._armed_nmod, resolve.py), the subject of the light verb whose object the noun is where that verb
gave no event ("waged a bombing campaign that has killed"), the act noun an apposition restates ("an assault on the
town, an offensive that has displaced") (coding/act_noun_doer.py, asked by coding/doers.py), and never the subject of
a verb of resisting the act ("repelled an offensive that killed"). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _sources(evs, word):
    return [e.source for e in at(evs, word) if (e.cameo or "")[:2] in ("18", "19", "20")]


def test_a_name_read_as_the_adjective_s_modifier_is_the_airstrikes_doer():
    evs = events_of("US military airstrikes killed dozens of Taliban fighters in Helmand province on Tuesday.")
    got = _sources(evs, "killed")
    assert got and all(s is not None and s.code.startswith("USA") for s in got), dump(evs)


def test_a_name_before_a_punitive_strike_is_its_doer():
    evs = events_of("UK military strikes destroyed an Isis weapons depot near Mosul overnight, officials said.")
    got = _sources(evs, "destroyed")
    assert got and all(s is not None and s.code.startswith("GBR") for s in got), dump(evs)


def test_the_subject_of_wage_does_the_campaign_that_killed():
    evs = events_of("Russia has waged a bombing campaign that has killed hundreds of civilians in Idlib since May.")
    got = _sources(evs, "killed")
    assert got and all(s is not None and s.code.startswith("RUS") for s in got), dump(evs)
    assert all("wage" in (s.why or "") for s in got), dump(evs)


def test_an_apposition_restating_an_assault_is_that_assault():
    evs = events_of("The Iraqi army launched a fresh assault on the town, an offensive that has displaced 3,000 "
                    "families in a week.")
    got = _sources(evs, "displaced")
    assert got and all(s is not None and s.code.startswith("IRQ") for s in got), dump(evs)


def test_a_verb_of_resisting_gives_no_doer_to_the_offensive():
    evs = events_of("The rebels repelled an offensive that killed 40 civilians near the village of Kafr Nabl.")
    assert not any(s is not None and s.code.endswith("REB") for s in _sources(evs, "killed")), dump(evs)


def test_a_verb_of_resisting_with_a_particle_gives_no_doer():
    evs = events_of("Kurdish fighters beat back an assault that wounded nine villagers in Hasakah.")
    assert not any(s is not None and "KUR" in s.code for s in _sources(evs, "wounded")), dump(evs)


def test_a_light_verb_in_the_passive_names_no_doer():
    evs = events_of("A bombing campaign was waged that has killed hundreds of civilians in Idlib.")
    assert not any(s is not None for s in _sources(evs, "killed")), dump(evs)


def test_an_apposition_after_another_clause_restates_nothing():
    evs = events_of("The army shelled the town on Monday, and rebels said an offensive that killed 12 civilians "
                    "would follow.")
    assert not any(s is not None and s.code.endswith("MIL") for s in _sources(evs, "killed")), dump(evs)


def test_coordinated_nationalities_before_the_act_noun_keep_their_doers():
    evs = events_of("The chemical attack led to joint US, French and British airstrikes on Syrian bases.")
    codes = {s.code[:3] for s in _sources(evs, "airstrikes") if s is not None}
    assert {"FRA", "GBR"} <= codes, dump(evs)


def test_the_offensive_told_again_is_the_one_launched_before():
    evs = events_of("Turkey launched an offensive on Afrin on Saturday. The offensive has killed 40 civilians, "
                    "monitors said.")
    got = _sources(evs, "killed")
    assert got and all(s is not None and s.code.startswith("TUR") for s in got), dump(evs)


def test_the_offensive_repelled_before_is_not_the_repeller_s():
    evs = events_of("Kurdish forces repelled an offensive near Afrin on Saturday. The offensive has killed 40 "
                    "civilians, monitors said.")
    assert not any(s is not None and "KUR" in s.code for s in _sources(evs, "killed")), dump(evs)


def test_a_capital_read_as_the_adjective_s_modifier_only_places_the_attack():
    evs = events_of("Hungary sent condolences to the families of those who perished in the Ankara terrorist attack.")
    assert not any(s is not None and s.code.startswith("TUR") for s in _sources(evs, "perished")), dump(evs)
