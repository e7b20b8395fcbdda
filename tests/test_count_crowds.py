"""A bare plural count ("thousands", "hundreds", "tens of thousands") with no "of" phrase of its own names people: a
civilian crowd as the subject of a verb of protest, civilians as the ones an act is done to (coding/count_crowds.py).
"Security agents" are police (data/actors/sectors.tsv). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import root_dyads


dyads = root_dyads


def test_a_bare_count_that_protests_is_a_crowd_of_the_place():
    assert dyads("Thousands marched through the centre of Lagos on Saturday.") == [("14", "NGACVL", None)]
    assert ("14", "PERCVL", "PERGOV") in dyads("Tens of thousands rallied in Lima against the government.")
    assert ("14", "MARCVL", None) in dyads("Hundreds demonstrated outside the central station in Rabat.")


def test_a_bare_count_an_act_is_done_to_is_civilians():
    assert dyads("Police fired tear gas at thousands in Khartoum on Monday.") == [("17", "SDNCOP", "SDNCVL")]
    assert dyads("The militia expelled thousands from their villages near Kidal.") == [("20", "MLIUAF", "MLICVL")]


def test_a_count_with_its_own_of_phrase_is_that_phrase():
    # the rockets are no crowd, the officers are police, the homes no party at all
    assert all(s != "ISRCVL" for _, s, _ in dyads("Dozens of rockets struck Ashkelon on Friday."))
    assert ("15", "KENCOP", "KENGOV") in dyads("Hundreds of Kenyan police officers patrolled the streets of Nairobi.")


def test_a_count_that_suffers_or_counts_the_ones_named_before_is_no_crowd():
    # the parser makes the count the subject of a participle it suffers; "dozens more" are more of the soldiers
    got = dyads("Six Malian troops died and dozens more were wounded in a bombing near Gao.")
    assert all(s != "MLICVL" and t != "MLICVL" for _, s, t in got)
    assert all(s != "SDNCVL" for _, s, _ in dyads("In Darfur thousands are dead and millions forced out of the farms they worked."))


def test_security_agents_are_police():
    assert dyads("Security agents detained two students in Tehran.")[:1] == [("17", "IRNCOP", "IRNEDU")]


def test_money_a_forecast_and_a_toll_are_no_party():
    assert all(t is None for _, _, t in dyads("The ministry poured millions into foreign lobbying firms."))
    assert dyads("Analysts fear thousands will be uprooted if the army moves on Idlib.") == []
    # a count killed is the toll of the strikes (the counts), not a party of its own
    assert all(t != "YEMCVL" for _, _, t in dyads("Saudi air strikes on Saada province killed hundreds last month."))
