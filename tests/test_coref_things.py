""""it" for a thing, an empty "it" and an "it" after them (knowledge/coref.py, knowledge/coref_mentions.py), on
passages written for these tests: a subject that is a thing about a country ("the plan for Gaza", "the resolution on
Yemen") is what "it" after it stands for, not that country; a doer named before the thing ("Turkey's offensive")
still acts through it; "it" of a passive verb of naming ("It is known as ethnic cleansing") stands for no actor, and
neither does the next "it"; "when it comes to", "it will take more than X to" are empty."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def _sources(evs, word):
    return {e.source.code if e.source is not None else None for e in at(evs, word)}


def test_it_after_a_plan_about_a_country_is_the_plan():
    evs = events_of("Palestinian leaders have rejected the proposal. The plan for Gaza offers billions in investment. "
                    "It also demands that Hamas disarm and condemns the rocket attacks on Israel.")
    assert at(evs, "condemns"), dump(evs)
    assert _sources(evs, "condemns") <= {None}, dump(evs)
    assert all(e.source is None or e.source.country != "PSE" for e in at(evs, "demands")), dump(evs)


def test_it_after_a_resolution_on_a_country_is_not_that_country():
    for text in ("Washington has pressed the UN to act. The draft resolution on Yemen demands an end to the "
                 "fighting. It also condemns the Houthi rebels for attacks on shipping.",
                 "The UN security council met on Friday. Its resolution on Libya demands a ceasefire. It also condemns "
                 "the militias for attacks on civilians."):
        evs = events_of(text)
        e = at(evs, "condemns")
        assert e, dump(evs)
        assert all(x.source is None or x.source.country not in ("YEM", "LBY") for x in e), dump(evs)


def test_it_after_an_offensive_its_doer_named_before_is_still_the_doer():
    evs = events_of("Turkey's offensive against Kurdish fighters began in January. It has since attacked dozens of "
                    "villages near Afrin.")
    e = at(evs, "attacked")
    assert e and e[0].source is not None and e[0].source.country == "TUR", dump(evs)
    evs = events_of("Egypt said on Sunday it would send troops to Libya. It also accused Turkey of arming militias in "
                    "Tripoli.")
    e = at(evs, "accused")
    assert e and e[0].source is not None and e[0].source.code == "EGY", dump(evs)


def test_it_of_a_verb_of_naming_and_the_it_after_it_are_no_actor():
    evs = events_of("Rights groups say Myanmar's army burned Rohingya villages in Rakhine. There is a term for such a "
                    "campaign. It is known as ethnic cleansing, and it threatens the whole region.")
    assert all(e.source is None for e in at(evs, "threatens")), dump(evs)


def test_empty_it_of_come_to_and_take_to():
    from eventwire.knowledge.coref import Coref
    from eventwire.nlp import load
    nlp = load()
    for text in ("When it comes to foreign fighters, the ministry has said little.",
                 "But it will take more than goodwill to persuade Riyadh to negotiate with Tehran.",
                 "It took the rebels three weeks to reach the coast."):
        it = next(t for t in nlp(text) if t.lower_ == "it")
        assert Coref.expletive(it), text
    for text in ("Turkey said it would take control of the border town.", "The army said it came to help."):
        it = next(t for t in nlp(text) if t.lower_ == "it")
        assert not Coref.expletive(it), text


def test_a_possessive_in_a_clause_on_a_noun_is_the_possessor_of_that_noun():
    # "Ankara's readiness to honour its pledge": who honours is who pledged (the possessor controls the clause; a
    # failure to honour it names no act, coding/embedded_acts.py)
    evs = events_of("Moscow and Ankara agreed on a truce in Idlib last year. Russia later welcomed Ankara's readiness "
                    "to honour its pledge to disarm the jihadists.")
    e = at(evs, "disarm")
    assert e and e[0].source is not None and e[0].source.country == "TUR", dump(evs)
    evs = events_of("Britain has welcomed the talks with France. Paris praised London's offer to share its "
                    "intelligence on the militants.")
    e = at(evs, "share")
    assert e and all(x.target is None or x.target.country != "FRA" for x in e), dump(evs)


def test_a_possessive_with_no_possessor_above_keeps_its_antecedent():
    evs = events_of("Tehran has signed a new border deal with Baghdad. Washington condemned the decision to send its "
                    "militias into Iraq.")
    e = at(evs, "send")
    assert all(x.source is None or x.source.country != "USA" for x in e), dump(evs)


def test_the_government_that_an_opposition_or_parliament_acts_on_is_its_own():
    evs = events_of("The Syrian government has denied using chemical weapons in Douma. On Tuesday Jeremy Corbyn, the "
                    "Labour leader, accused the government of ignoring parliament over the air strikes.")
    e = at(evs, "accused")
    assert e and e[0].target is not None and e[0].target.code == "GBRGOV", dump(evs)
    evs = events_of("Russian officials met the Iraqi government in Baghdad. Back in Moscow, the Duma criticised the "
                    "government for raising pension ages.")
    e = at(evs, "criticised")
    assert e and e[0].target is not None and e[0].target.code == "RUSGOV", dump(evs)


def test_the_government_that_a_foreign_government_acts_on_stays_the_one_named():
    evs = events_of("Russian officials met the Iraqi government in Baghdad on Monday. The Kremlin later criticised "
                    "the government for delaying the oil contracts.")
    e = at(evs, "criticised")
    assert e and e[0].target is not None and e[0].target.code == "IRQGOV", dump(evs)


def test_it_in_a_relative_clause_below_a_clause_about_ground_is_the_state_named_before():
    evs = events_of("Ankara insists the northeast is controlled by the PKK militia, against whom it has battled since "
                    "1984.")
    assert _sources(evs, "battled") & {"TUR", "TURGOV"}, dump(evs)
    evs = events_of("Rabat resents the Polisario's grip on the desert town, which lies next to Algeria, with whom it "
                    "has clashed over the frontier for years.")
    assert _sources(evs, "clashed") & {"MAR", "MARGOV"}, dump(evs)
