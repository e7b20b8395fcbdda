"""Issue 14, item 4 (support30): who receives support, aid and protection. Support a bolstering verb says
strengthened its patient backs that patient (coding/act_args.bolstered_party, roles.tsv `bolstering-verb`); aid done
with a helper's help is the helper's aid to the one helped (coding/helped_aid.py, roles.tsv `aid-helper`); a general
target whose comma aside names which one it is takes that name (coding/case_apposed.py, roles.tsv `instance-mark`).
Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def dyads(text, date="2021-05-04"):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in code_text(text, date=date).events]


def sides(text, trigger, date="2021-05-04"):
    return [(e.source and e.source.code, e.target and e.target.code)
            for e in code_text(text, date=date).events if e.trigger_text == trigger]


def test_support_that_emboldened_a_side_backs_that_side():
    got = sides("After the fall of the town, the Houthi rebels had been emboldened by renewed Iranian support, "
                "officials said.", "support")
    assert got and all(s == "IRN" and t == "YEMREB" for s, t in got), got


def test_support_that_strengthened_a_side_backs_that_side():
    got = sides("The Libyan National Army was strengthened by Egyptian military support last year.", "support")
    assert got and all(s and s.startswith("EGY") and t == "LBYREB" for s, t in got), got


def test_backing_as_the_subject_of_a_bolstering_verb_backs_its_object():
    got = sides("Iranian backing has bolstered the Houthi rebels in their war against the Saudi-led coalition.",
                "backing")
    assert got and all(s == "IRN" and t == "YEMREB" for s, t in got), got


def test_support_beside_an_unrelated_passive_agent_names_no_target():
    # (a "by" agent of a verb that strengthens nothing: no party read as the one backed)
    got = sides("The plan was announced by the minister with Iranian support.", "support")
    assert all(t != "GOV" for _, t in got), got


def test_training_done_with_a_helpers_help_is_the_helpers_aid_to_the_helped():
    got = dyads("Syrian rebel commanders say Qatar has helped them train hundreds of fighters in camps near the "
                "border.")
    assert ("072", "QAT", "SYRREB") in got, got
    assert not any(s == "SYRREB" for _, s, _ in got), got


def test_training_with_an_infinitive_after_the_helped():
    got = dyads("Opposition leaders said Jordan had helped the Syrian rebels to train new recruits at a desert base.")
    assert got and all(s == "JOR" and t == "SYRREB" for _, s, t in got), got


def test_a_helped_act_that_is_no_aid_stays_with_its_doer():
    got = dyads("Aid workers helped residents rebuild their homes after the floods.")
    assert not any(s == "NGO" and t == "CVL" for _, s, t in got) or got == [], got


def test_a_general_object_named_by_an_in_this_case_aside():
    got = sides("It was the first war in which American drones were used to support a group, in this case the "
                "Kurds, on the ground.", "support")
    assert got and all(t == "KUR" for _, t in got), got


def test_a_general_object_named_by_an_aside_in_any_act():
    got = dyads("Moscow has supported a party, in this case the Syrian government, throughout the war.")
    assert ("051", "RUSGOV", "SYRGOV") in got, got
    got = dyads("Turkish jets bombed a group, in this case the Kurdish militia, near the border.")
    assert got and got[0][2] == "KURUAF", got


def test_an_aside_that_names_no_actor_leaves_the_target():
    got = dyads("Moscow has supported a party, in this case a small one, throughout the war.")
    assert all(t in (None, "PTY") for _, _, t in got), got


def test_the_helpers_country_is_not_lent_to_the_helped():
    got = dyads("Rebel commanders say Qatar has helped them train thousands of fighters.")
    assert got and all(s == "QAT" and t == "REB" for _, s, t in got), got


def test_forces_entering_a_country_to_keep_its_government_standing_protect_it():
    got = dyads("Iranian troops entered Iraq in 2014 and have stayed ever since, ensuring the Iraqi government's "
                "survival.")
    assert got == [("074", "IRNMIL", "IRQGOV")], got


def test_an_intervention_that_saved_a_side_protects_it():
    got = dyads("Russia's military intervention saved the Syrian government from collapse.")
    assert got == [("074", "RUS", "SYRGOV")], got
    got = sides("On a visit to the base he embraced the Libyan commander Khalifa Haftar, whose hold on power "
                "Egypt's military intervention has all but saved.", "intervention")
    assert got == [("EGY", "LBYMIL")], got


def test_force_at_others_that_ensured_a_sides_survival_stays_an_attack():
    got = dyads("Russian airstrikes killed 20 rebels near Idlib, ensuring the Syrian government's survival.")
    assert got and got[0][0].startswith("19") and got[0][2] == "SYRREB", got


def test_a_strike_that_saved_a_side_from_a_threat_is_aimed_at_the_threat():
    got = dyads("Only American airstrikes saved the city of Erbil from an Islamic State incursion.")
    assert got == [("195", "USA", "IMGINSISI")], got


def test_force_backing_the_one_an_assault_hit_strikes_the_assaults_doer():
    got = sides("Dozens of Wagner mercenaries were killed after a failed assault on a Kurdish base backed by US "
                "airpower.", "airpower")
    assert got == [("USA", "RUSUAF")], got
    got = sides("Islamic State fighters launched an attack on an Iraqi army post backed by American air strikes, "
                "officials said.", "strikes")
    assert got == [("USA", "IMGINSISI")], got


def test_whose_owner_is_the_name_before_the_comma_when_the_parser_cut_the_relative():
    # a parse as the parser gives it in running news text: "saved" hung on the main verb, not on the name
    from spacy.tokens import Doc
    import spacy
    from eventwire.coding.saving_force import _saved
    words = ["he", "embraced", "the", "president", "Fayez", "Sarraj", ",", "whose", "hold", "on", "power",
             "Turkey", "'s", "intervention", "has", "saved", "."]
    heads = [1, 1, 3, 1, 5, 3, 5, 8, 15, 8, 9, 13, 11, 15, 15, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "compound", "appos", "punct", "poss", "dobj", "prep", "pobj", "poss",
            "case", "nsubj", "aux", "advcl", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PROPN", "PART",
           "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words[:15]] + ["save", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    got = _saved(doc[15])
    assert got is not None and got.text == "Sarraj", got
