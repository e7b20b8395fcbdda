"""Doers the sentence names on another word (issue 14, no source): a "by" agent shared by coordinated passive
participles and a "by" agent cut at its stacked modifiers (coding/passive_agents.py), the other side of a copula
whose predicate noun or placeholder subject does the act (coding/copular_other.py), and the copula's
subject for a gerund after "instrumental in" (coding/clause_args.py subject_of). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-06-02")


def test_coordinated_passive_participles_share_the_by_agent():
    evs = events_of("A militia in the south, trained and funded by Iran, now controls the border crossing.")
    trained = at(evs, "trained")
    assert trained and trained[0].source is not None and trained[0].source.country == "IRN", dump(evs)
    assert "shared by coordination" in trained[0].rule


def test_conjunct_with_its_own_subject_keeps_its_agent():
    evs = events_of("The reporter was arrested in Basra and his office was searched by the Iraqi police.")
    arrested = at(evs, "arrested")
    assert arrested, dump(evs)
    assert all(e.source is None or e.source.country != "IRQ" or "shared" not in e.rule for e in arrested), dump(evs)


def test_by_agent_cut_at_a_comma_takes_the_name_after_it():
    evs = events_of("The families were later evicted from the camp by the rival, Iranian-backed Iraqi militias.")
    evicted = at(evs, "evicted")
    assert evicted and evicted[0].source is not None and evicted[0].source.country == "IRQ", dump(evs)
    assert evicted[0].source.text.endswith("militias"), dump(evs)


def test_predicate_noun_of_a_copula_is_its_subject():
    evs = events_of("Russia was the country that protected the Iraqi president.")
    protected = at(evs, "protected")
    assert protected and protected[0].source is not None and protected[0].source.code == "RUS", dump(evs)
    assert "subject of 'was'" in protected[0].rule


def test_placeholder_subject_of_a_copula_is_its_predicate():
    evs = events_of("One of the first to condemn Iran was France's president, Emmanuel Macron.")
    condemn = at(evs, "condemn")
    assert condemn and condemn[0].source is not None and condemn[0].source.country == "FRA", dump(evs)
    assert condemn[0].target is not None and condemn[0].target.country == "IRN", dump(evs)


def test_named_relative_head_keeps_its_own_actor():
    evs = events_of("The winner was the Iraqi army, which defeated Islamic State in Mosul.")
    defeated = at(evs, "defeated")
    assert defeated and defeated[0].source is not None and defeated[0].source.code == "IRQMIL", dump(evs)
    assert "doer: the" not in defeated[0].rule


def test_gerund_after_instrumental_in_is_the_copula_subjects_act():
    evs = events_of("Iraqi troops were instrumental in leading the fight against the jihadists last year.")
    lead = at(evs, "leading")
    assert lead and lead[0].source is not None and lead[0].source.country == "IRQ", dump(evs)


def test_gerund_after_an_adjective_of_wish_takes_no_doer_from_the_copula():
    evs = events_of("Iraqi officials are interested in attacking Iran.")
    attacking = at(evs, "attacking")
    assert all(e.source is None or e.source.country != "IRQ" for e in attacking), dump(evs)


def test_participle_on_a_predicate_noun_is_not_the_subjects_act():
    evs = events_of("Iraq has become a battlefield pitting rival powers against each other in a struggle.")
    assert all(e.source is None or e.source.country != "IRQ" for e in evs), dump(evs)


def test_gerund_read_as_the_object_of_a_harm_verb_is_its_subjects_act():
    # (fighting alongside an armed group is joining it, no event: coding/joining.py)
    evs = events_of("He was the third Canadian volunteer killed fighting the jihadists in northern Iraq.")
    fighting = at(evs, "fighting")
    assert fighting and fighting[0].source is not None and fighting[0].source.country == "CAN", dump(evs)
    killed = at(evs, "killed")
    assert all(e.source is None or e.source.country != "CAN" for e in killed), dump(evs)


def test_custody_passive_takes_the_captor_of_the_capture_it_followed():
    evs = events_of("The two men were held for a month after being kidnapped by Iraqi militiamen.")
    held = [e for e in at(evs, "held") if e.cameo.startswith("173")]
    assert held and held[0].source is not None and held[0].source.country == "IRQ", dump(evs)
    assert "captor" in held[0].rule


def test_custody_passive_after_a_rescue_takes_no_captor():
    evs = events_of("The two men were held for a month after being rescued by Iraqi soldiers.")
    held = [e for e in at(evs, "held") if e.cameo.startswith("173")]
    assert all(e.source is None for e in held), dump(evs)


def test_noun_of_emerge_as_is_the_subject_of_the_verb():
    evs = events_of("Qatar now looks certain to emerge as the power that protected the Sudanese president.")
    protected = at(evs, "protected")
    assert protected and protected[0].source is not None and protected[0].source.code == "QAT", dump(evs)
    assert "emerge as" in protected[0].rule


def test_infinitive_on_a_predicate_noun_may_have_it_as_object():
    evs = events_of("Ministers want Peru to be a calm and welcoming country to visit.")
    assert all(e.source is None or e.source.country != "PER" for e in evs), dump(evs)


def test_relative_pronoun_after_the_nouns_own_phrase_is_not_the_predicates():
    evs = events_of("British troops have acted as a buffer between the militias and Iran, which has threatened "
                    "an offensive to crush them.")
    assert all(e.source is None or e.source.country != "GBR" for e in evs), dump(evs)


def test_contrasted_passives_do_not_share_the_by_agent():
    evs = events_of("The bombing was blamed on Kurdish militants but claimed by Islamic State.")
    blamed = at(evs, "blamed")
    assert all(e.source is None or e.source.code != "IMGINSISI" for e in blamed), dump(evs)


def test_noun_of_emerge_as_takes_the_subject_shared_by_coordination():
    evs = events_of("Iran has been active in the region and now seems likely to emerge as the power that protected "
                    "the Iraqi president.")
    protected = at(evs, "protected")
    assert protected and protected[0].source is not None and protected[0].source.code == "IRN", dump(evs)
