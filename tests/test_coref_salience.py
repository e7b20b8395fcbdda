"""Coreference by salience and role rather than recency alone (knowledge/coref.py, knowledge/coref_choice.py), on
passages written for these tests: "they" after a speaker who cannot be "they" is the subject of what was reported;
"the official" is the official named just before, not the reported leader; who reports a clause is not in it."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def test_they_after_a_singular_speaker_is_the_subject_of_his_report():
    evs = events_of("Ministers in Baghdad said the pipeline near Kirkuk had been damaged. A local farmer said "
                    "insurgents had planted explosives under it. They also abducted two engineers from the oil "
                    "ministry.")
    e = at(evs, "abducted")
    assert e and e[0].source is not None and e[0].source.sector == "INS", dump(evs)
    assert "no subject of a main clause there could be it" in e[0].source.why


def test_they_after_a_spokesman_reporting_an_ambush_are_the_ambushers():
    evs = events_of("Officials in Ankara confirmed that the convoy was hit near the border. A Kurdish spokesman "
                    "claimed the rebels had ambushed the convoy. They then seized two trucks and abducted the "
                    "drivers.")
    for word in ("seized", "abducted"):
        e = at(evs, word)
        assert e and e[0].source is not None and e[0].source.code == "REB", dump(evs)


def test_they_after_an_uncoded_witness_is_what_the_witness_saw():
    evs = events_of("Soldiers in Mosul reported a loud explosion near the bridge. A taxi driver said Iraqi gunmen had "
                    "attacked a checkpoint. They then kidnapped three engineers.")
    e = at(evs, "kidnapped")
    assert e and e[0].source is not None and e[0].source.code != "IRQMIL", dump(evs)
    assert e[0].source.sector in ("UAF", "INS"), dump(evs)


def test_they_after_officials_who_reported_is_still_the_officials():
    # the main subject fits "they": the embedded subject stays the less salient
    evs = events_of("Iraqi officials said the militants had blown up the bridge. They also accused Iran of arming "
                    "the insurgents.")
    e = at(evs, "accused")
    assert e and e[0].source is not None and e[0].source.code == "IRQGOV", dump(evs)


def test_the_mediator_is_the_mediator_named_before_not_the_leader_he_reported_on():
    evs = events_of("Netanyahu met the envoy in Jerusalem on Tuesday. Afterwards an Egyptian mediator said the "
                    "talks had stalled. Netanyahu had refused to discuss prisoners, the mediator said. The mediator "
                    "also accused Israel of delaying the reopening of the crossing.")
    e = at(evs, "accused")
    assert e and e[0].source is not None and e[0].source.country == "EGY", dump(evs)
    assert "the mediator named" in e[0].source.why


def test_the_official_who_reports_a_clause_is_not_the_president_in_it():
    evs = events_of("The White House said Biden had phoned the Saudi crown prince. A Qatari official said the "
                    "call had been short. Biden did not mention the blockade, the official said. The official also "
                    "denied that Washington had threatened Doha with sanctions.")
    e = at(evs, "denied")
    assert e and e[0].source is not None and e[0].source.country == "QAT", dump(evs)


def test_the_diplomat_after_a_named_president_and_a_french_diplomat():
    evs = events_of("The Kremlin said Putin had spoken to Erdogan for an hour. A French diplomat said the call had "
                    "been tense. The diplomat later criticised Moscow for blocking the inquiry.")
    e = at(evs, "criticised")
    assert e and e[0].source is not None and e[0].source.code == "FRAGOV", dump(evs)


def test_the_president_after_an_official_is_still_the_president_named_before():
    evs = events_of("Erdogan toured the border on Monday. A Turkish official said the army was ready. The "
                    "president later accused Greece of arming the militants.")
    e = at(evs, "accused")
    assert e and e[0].source is not None and e[0].source.code == "TURGOV", dump(evs)
    assert e[0].source.name and "Erdo" in e[0].source.name, dump(evs)


def test_they_after_the_two_leaders_is_both_leaders():
    evs = events_of("The German chancellor spoke to President Macron by phone on Friday. The two leaders condemned "
                    "the missile strikes on Kyiv. They agreed to send more air defence systems to Ukraine.",
                    date="2023-03-01")
    e = at(evs, "send")
    assert {x.source.code for x in e if x.source is not None} == {"DEUGOV", "FRAGOV"}, dump(evs)


def test_they_after_a_pronoun_for_two_people_is_both_of_them():
    evs = events_of("Erdogan received the Iranian president in Ankara on Tuesday. They condemned the Israeli strikes "
                    "on Damascus. Later they promised to send aid to Gaza.")
    e = at(evs, "send")
    assert {x.source.code for x in e if x.source is not None} == {"TURGOV", "IRNGOV"}, dump(evs)


def test_they_after_one_body_stays_that_body():
    evs = events_of("Iraqi forces said they had retaken the village from Isis. They then arrested three suspected "
                    "fighters.")
    e = at(evs, "arrested")
    assert e and [x.source.code for x in e if x.source is not None] == ["IRQMIL"], dump(evs)


def test_they_for_two_leaders_who_work_together_act_towards_each_other():
    evs = events_of("The Spanish prime minister met the Moroccan king in Rabat on Thursday. The two leaders praised "
                    "the new fisheries deal. They promised to cooperate on migration and smuggling.")
    e = at(evs, "cooperate")
    assert {(x.source.code, x.target.code) for x in e if x.source and x.target} == \
        {("ESPGOV", "MARGOV"), ("MARGOV", "ESPGOV")}, dump(evs)


def test_object_of_a_participle_is_the_object_of_the_verb_it_hangs_on():
    evs = events_of("Hezbollah fighters have been accused of abuses in the valley. In Lebanon, the army has continued "
                    "to harass Syrian refugees, denying them access to clinics.")
    e = at(evs, "denying")
    assert e and e[0].target is not None and e[0].target.country == "SYR", dump(evs)
    assert "object of the verb its clause hangs on" in e[0].target.why


def test_object_of_a_participle_after_a_verb_with_a_plain_object():
    evs = events_of("Isis militants were blamed for the ambush on Sunday. In Mali, soldiers rounded up Tuareg "
                    "herders, accusing them of hiding weapons for the rebels.")
    e = at(evs, "accusing")
    assert e and e[0].target is not None and e[0].target.code != "IMGINSISI", dump(evs)
