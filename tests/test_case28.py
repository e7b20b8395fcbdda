"""case28: text without case (issue 14 item 7): English-word surnames after a given name
(knowledge/truecase_people.py), "the congress" a seat only where the story names its country, South Asian police
units as police (data/actors/sectors.tsv), and the second police probe set (benchmarks/police_probe.py --set case28)."""
import pytest

import eventwire
from eventwire.knowledge import truecase


@pytest.fixture(scope="module")
def tc():
    return truecase.default_truecaser()


def _restore(tc, text):
    return tc.restore(text, truecase.LOWER)


def test_surname_after_given_name_before_a_comma(tc):
    out = _restore(tc, "natalie hall, 24, a volunteer from leeds, was wounded near the border.")
    assert out.startswith("Natalie Hall, 24")


def test_surname_before_a_verb_of_saying_and_its_later_mentions(tc):
    out = _restore(tc, "oliver lock said the convoy had been stopped. the family of lock's driver "
                       "was told on monday. lock told reporters he would return.")
    assert "Oliver Lock said" in out
    assert "of Lock's driver" in out
    assert "Lock told reporters" in out


def test_same_full_name_without_a_cue_elsewhere_in_the_story(tc):
    out = _restore(tc, "ryan stock, 20, was detained in the north. the lawyer for ryan stock and his brother "
                       "appealed on friday.")
    assert "for Ryan Stock and" in out


def test_no_surname_from_a_verb_or_an_adverb(tc):
    out = _restore(tc, "whenever olivia called, she said little. it was in march that olivia died, far from home.")
    assert "Olivia called" in out and "Olivia died" in out
    out = _restore(tc, "the minister rory stewart recently said the talks would go on.")
    assert "Stewart recently" in out


def test_no_surname_after_a_name_of_a_place(tc):
    out = _restore(tc, "families were moved to the ain issa camp, where aid was short.")
    assert "Issa camp" in out


def test_the_congress_without_america_in_the_story_stays_a_word(tc):
    out = _restore(tc, "the ministers met in sochi. they discussed the congress, which the opposition will attend.")
    assert "the congress," in out
    out = _restore(tc, "the american envoy met senators on monday, and the congress will vote on the bill next week.")
    assert "the Congress will" in out


def test_the_pentagon_keeps_its_capital(tc):
    assert "the Pentagon" in _restore(tc, "a spokesman for the pentagon said the strikes would go on.")


def test_lower_cased_person_with_a_role_is_that_person_not_a_people():
    res = eventwire.code_text("karen pierce, the british ambassador to the un, criticised russia over the attack.",
                              date="2020-03-10")
    srcs = {e.source.code for e in res.events if e.source}
    assert "GBRGOV" in srcs and "MMR" not in srcs


@pytest.mark.parametrize("text,unit", [
    ("the economic offences wing arrested a former bank manager in lucknow.", "economic offences wing"),
    ("the cyber crime cell arrested two students in indore on monday.", "cyber crime cell"),
    ("the vigilance bureau arrested two revenue officials in cuttack for taking bribes.", "vigilance bureau"),
])
def test_police_units_arrest(text, unit):
    res = eventwire.code_text(text, date="2020-03-10")
    arrests = [e for e in res.events if e.cameo.startswith("173")]
    assert arrests and arrests[0].source is not None
    assert arrests[0].source.code == "INDCOP" and unit in (arrests[0].source.text or "").lower()


def test_police_probe_second_set_reads():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "police_probe.py"
    spec = importlib.util.spec_from_file_location("police_probe", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = mod.read_probe(mod.SETS["case28"])
    assert len(rows) == 40
    assert sum(1 for labs, _t in rows if not labs) >= 8
    assert all(t == t.lower() for _labs, t in rows)
