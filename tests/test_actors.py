"""Actor knowledge: loading, mention finding, phrase resolution at a date, user overrides, CLI."""
from __future__ import annotations

import re

import pytest

from eventwire.knowledge.actors import ActorKB, default_kb, dateline_span, file_kind, _read_tsv, DATA_DIR

# Our own people file, so that these tests do not depend on the packaged people tables
# (a user file's entity replaces the packaged one with the same id).
PEOPLE = """entity\tname\taliases\tcountry\tsector\trole\tstart\tend\tnote
barack-obama\tBarack Obama\tObama\tUSA\tGOV\tPresident\t2009-01-20\t2017-01-20\t-
barack-obama\tBarack Obama\tObama\tUSA\tLEG\tSenator\t2005-01-03\t2008-11-16\t-
benjamin-netanyahu\tBenjamin Netanyahu\tNetanyahu|Bibi\tISR\tGOV\tPrime Minister\t2009-03-31\t2021-06-13\t-
ali-shamkhani\tAli Shamkhani\tShamkhani\tIRN\tGOV\tSecretary of the Supreme National Security Council\t2013-09\t2023-05\t-
ammar-al-hakim\tAmmar al-Hakim\tHakim\tIRQ\tPTY\tHead of the Islamic Supreme Council of Iraq\t2009-08\t2017-07\t-
ammar-al-hakim\tAmmar al-Hakim\tHakim\tIRQ\tPTY\tHead of the National Wisdom Movement\t2017-07\t-\t-
"""


@pytest.fixture(scope="module")
def people_file(tmp_path_factory) -> str:
    p = tmp_path_factory.mktemp("actors") / "people_test.tsv"
    p.write_text(PEOPLE, encoding="utf-8")
    return str(p)


@pytest.fixture(scope="module")
def kb(people_file) -> ActorKB:
    return ActorKB.load(extra_files=[people_file])


def codes(actors):
    return [a.code for a in actors]


def by_text(actors, text):
    return [a for a in actors if a.text == text]


# ----------------------------------------------------------------------------- find()

def test_people_resolved_for_the_story_date(kb):
    text = "Obama met Netanyahu at the White House on Monday."
    found = kb.find(text, "2012-03-05")
    assert by_text(found, "Obama")[0].code == "USAGOV"
    assert by_text(found, "Netanyahu")[0].code == "ISRGOV"
    assert by_text(found, "White House")[0].code == "USAGOV"
    for a in found:                                   # offsets point into the text
        assert text[a.start:a.end] == a.text


def test_former_office_holder_is_not_government(kb):
    found = kb.find("Obama met Netanyahu in Jerusalem.", "2019-06-01")
    obama = by_text(found, "Obama")[0]
    assert obama.code != "USAGOV" and obama.country == "USA"
    assert obama.sector == "ELI" and "no role at 2019-06-01" in obama.why
    # before any known role: the country only
    early = kb.find("Obama spoke in Chicago.", "1999-01-01")[0]
    assert early.code == "USA" and early.sector is None


def test_senator_role_before_presidency(kb):
    a = kb.find("Obama criticised the war.", "2007-05-01")[0]
    assert a.code == "USALEG"


def test_capital_stands_for_government(kb):
    found = kb.find("Tehran said on Sunday that it would not negotiate.", "2016-06-26")
    assert codes(found) == ["IRNGOV"]
    assert found[0].kind == "capital"


def test_groups_parties_igos(kb):
    text = ("Ammar Hakim, leader of ISCI, the Islamic Supreme Council of Iraq, said the Daesh (ISIL) group "
            "and al Qaeda were losing ground, the UN Security Council heard.")
    found = kb.find(text, "2016-06-26")
    assert by_text(found, "ISCI")[0].code == "IRQPTY"
    assert by_text(found, "Islamic Supreme Council of Iraq")[0].code == "IRQPTY"
    assert by_text(found, "Ammar Hakim")[0].code == "IRQPTY"        # 'al-' dropped variant of the name
    isil = by_text(found, "Daesh")[0]
    assert isil.entity == "isil" and isil.kind == "group"
    assert by_text(found, "ISIL")[0].entity == "isil"
    assert by_text(found, "al Qaeda")[0].entity == "alqaeda"
    assert by_text(found, "UN Security Council")[0].code.startswith("IGOUNO")


def test_no_actor_from_agency_stub_or_wire_code(kb):
    text = "RNA - Iran will keep up its support for Iraq.\nR111/108/C/"
    found = kb.find(text)
    assert [a.text for a in found] == ["Iran", "Iraq"]
    stub = "TEHRAN (Reuters) - Iranian officials met Iraqi clerics."
    assert dateline_span(stub) > 0
    assert [a.text for a in kb.find(stub)] == ["Iranian", "Iraqi"]
    assert kb.find("(AFP) -- ") == []


def test_case_rules(kb):
    assert kb.find("Let us go and see.") == []
    assert codes(kb.find("The US and the UK agreed.")) == ["USA", "GBR"]
    assert kb.find("a hanging chad in the ballot") == []
    assert codes(kb.find("Chad closed its border.")) == ["TCD"]
    assert kb.find("Michael Jordan scored 40 points.") == []
    assert codes(kb.find("Jordan closed its border.")) == ["JOR"]
    assert kb.find("CAR BOMB KILLS FIVE IN MARKET") == []
    assert codes(kb.find("Fighting flared in the CAR on Monday.")) == ["CAF"]
    assert kb.find("He lives in Pittsburgh, PA with his family.") == []
    # the bare word "is" never becomes the Islamic State
    assert kb.find("It is what it IS.") == []
    assert by_text(kb.find("Fighters from the IS group attacked."), "IS group")[0].entity == "isil"


def test_phrases_that_name_no_actor(kb):
    assert kb.find("Latin American ministers met in New Mexico near the Persian Gulf coast.") == []
    assert codes(kb.find("Brussels warned London over the Paris agreement.")) == ["IGOEUREEC", "GBRGOV"]
    assert kb.lookup("Latin American") == []


def test_longest_match_and_no_overlap(kb):
    text = "The Islamic Republic of Iran and the Central African Republic signed a deal."
    found = kb.find(text)
    assert [(a.text, a.code) for a in found] == [("Islamic Republic of Iran", "IRN"),
                                                 ("Central African Republic", "CAF")]
    spans = [(a.start, a.end) for a in found]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


def test_accents_and_curly_quotes(kb):
    found = kb.find("The Élysée said Côte d’Ivoire’s president would visit.")
    assert codes(found) == ["FRAGOV", "CIV"]
    assert found[0].text == "Élysée"


# ----------------------------------------------------------------------------- resolve_phrase()

@pytest.mark.parametrize("phrase,code", [
    ("Iraqi troops", "IRQMIL"),
    ("the Iranian official", "IRNGOV"),
    ("Kenyan Interior Minister John Doe", "KENGOV"),
    ("the Syrian Army", "SYRMIL"),
    ("the Baghdad government", "IRQGOV"),
    ("Iraqi religious authorities", "IRQREL"),
    ("a Swiss court", "CHEJUD"),
    ("Nigerian police", "NGACOP"),
    ("the governments of Iraq and Syria", "IRQGOV"),
    ("an army spokesman", "MIL"),
    ("Islamic Supreme Council of Iraq chief", "IRQPTY"),
    ("Saudi Arabia's ambassador to the UN", "SAUGOV"),
    ("Lebanon's Hezbollah", "LBNUAF"),
    ("the Iraqi politician", "IRQPTY"),
    ("the Iranian official in Baghdad", "IRNGOV"),
])
def test_resolve_phrase(kb, phrase, code):
    a = kb.resolve_phrase(phrase, 0, "2016-06-26")
    assert a is not None and a.code == code, (phrase, a)
    assert a.why


def test_resolve_phrase_offsets_are_document_offsets(kb):
    doc = "On Monday, Kenyan Interior Minister John Doe visited Nairobi."
    phrase = "Kenyan Interior Minister John Doe"
    start = doc.index(phrase)
    a = kb.resolve_phrase(phrase, start, "2020-01-01")
    assert a.code == "KENGOV" and doc[a.start:a.end] == a.text == "Kenyan Interior Minister"


def test_bare_sector_and_no_clue(kb):
    police = kb.resolve_phrase("police", 10)
    assert police.code == "COP" and police.country is None and police.start == 10
    assert kb.resolve_phrase("protesters", 0).code == "OPP"
    assert kb.resolve_phrase("the rebel-held town", 0) is None        # a place, not the rebels
    assert kb.resolve_phrase("the weather", 0) is None
    assert kb.resolve_phrase("", 0) is None
    assert kb.resolve_phrase(None, 0) is None                         # bad input: no crash


def test_named_person_beats_title(kb):
    a = kb.resolve_phrase("Israel's Prime Minister Benjamin Netanyahu", 0, "2015-01-01")
    assert a.code == "ISRGOV" and a.entity == "benjamin-netanyahu"
    b = kb.resolve_phrase("Islamic Supreme Council of Iraq chief Ammar Hakim", 0, "2016-06-26")
    assert b.code == "IRQPTY" and b.entity == "ammar-al-hakim"


def test_surname_inside_another_persons_name(kb):
    assert kb.find("Abdul Hakim Murad was questioned.", "2016-01-01") == []
    assert by_text(kb.find("Mr. Hakim said Iraq would win.", "2016-01-01"), "Hakim")[0].entity == "ammar-al-hakim"
    assert kb.resolve_phrase("the Catalan government", 0).code == "ESPGOV"        # regional demonym


def test_surname_that_is_also_a_place(kb, tmp_path):
    f = tmp_path / "p.tsv"
    f.write_text("entity\tname\taliases\tcountry\tsector\trole\tstart\tend\tnote\n"
                 "joseph-muscat\tJoseph Muscat\tMuscat\tMLT\tGOV\tPrime Minister\t2013-03-11\t2020-01-13\t-\n")
    c = tmp_path / "c.tsv"   # both as user files, so that neither overrides the other
    c.write_text("iso3\tname\taliases\tdemonyms\tcapital\tseats\tregion\n"
                 "OMN\tOman\t-\tOmani|Omanis\tMuscat\t-\tMiddle East\n")
    kb2 = ActorKB.load(extra_files=[str(c), str(f)])
    assert codes(kb2.find("Muscat said Oman would mediate.", "2015-01-01")) == ["OMNGOV", "OMN"]
    found = kb2.find("Joseph Muscat won the election. Muscat said Malta would not change course.", "2015-01-01")
    assert codes(found) == ["MLTGOV", "MLTGOV", "MLT"]


def test_context_picks_among_countries_of_a_shared_demonym(kb):
    # (a people without a state is no shared demonym: "Kurdish" is the Kurds' ethnic code, whatever the story's
    # countries; tests/test_phrase_sides.py)
    assert kb.resolve_phrase("Kurdish fighters", 0, None, context=["SYR", "USA"]).code == "KURUAF"
    assert kb.resolve_phrase("Kurdish forces", 0, None, context=["TUR"]).code == "KURMIL"
    assert kb.resolve_phrase("the Korean army", 0, None, context=["PRK"]).code == "PRKMIL"
    assert kb.find("tension on the Korean Peninsula") == []


def test_story_countries_pick_among_same_named_groups(kb):
    lbn = kb.find("The SLA militia shelled villages, Lebanese officials said.")[0]
    sdn = kb.find("The SLA attacked a Sudanese army base in Darfur.")[0]
    assert (lbn.text, lbn.country, sdn.country) == ("SLA", "LBN", "SDN")


def test_context_picks_among_same_named_parties(kb):
    a = kb.resolve_phrase("the Labour Party", 0, None, context=["GBR"])
    assert a.code == "GBRPTY"


def test_split_coordination(kb):
    assert codes(kb.split_coordination("the governments of Iraq and Syria", 0)) == ["IRQGOV", "SYRGOV"]
    assert codes(kb.split_coordination("Syria, Iran and Russia", 0)) == ["SYR", "IRN", "RUS"]
    assert codes(kb.split_coordination("Iraqi troops", 0)) == ["IRQMIL"]


def test_lookup_lists_candidates(kb):
    cands = kb.lookup("Hakim", "2016-06-26")
    assert any(a.entity == "ammar-al-hakim" and a.code == "IRQPTY" for a, _ in cands)
    assert all(expl for _, expl in cands)
    assert kb.lookup("Iraqi troops")[0][0].code == "IRQMIL"
    assert kb.lookup("   ") == []


# ----------------------------------------------------------------------------- user files

def test_user_file_overrides_alias(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("entity\tcode\tname\taliases\tcountry\tkind\tnote\n"
                 "my-isil\tIMGSEPISI\tIslamic State\tDaesh|ISIL\t-\tSEP\tuser scheme\n", encoding="utf-8")
    kb2 = ActorKB.load(extra_files=[str(f)])
    a = kb2.find("Daesh fighters attacked.")[0]
    assert a.entity == "my-isil" and a.code == "IMGSEPISI"
    assert "user" in " ".join(kb2.stats()["files"])


def test_bad_user_file_is_reported_not_raised(tmp_path):
    f = tmp_path / "junk.tsv"
    f.write_text("what\tever\nx\ty\n", encoding="utf-8")
    kb2 = ActorKB.load(extra_files=[str(f), str(tmp_path / "missing.tsv")])
    assert kb2.errors and codes(kb2.find("Iran")) == ["IRN"]


# ----------------------------------------------------------------------------- data tables

def test_tables_are_big_enough_and_consistent():
    kb0 = ActorKB.load()
    s = kb0.stats()
    assert s["countries"] >= 240 and s["igos"] >= 150 and s["groups"] >= 250 and s["parties"] >= 300
    assert len({o.country for o in kb0.orgs.values() if o.kind == "party"}) >= 60
    for o in kb0.orgs.values():
        assert re.fullmatch(r"[A-Z]{3,12}", o.code), o
        if o.country:
            assert o.country in kb0.countries, o
    ids = []
    for name in ("igos.tsv", "groups.tsv", "parties.tsv"):
        header, rows = _read_tsv(DATA_DIR / name)
        assert file_kind(header) == name[:-4]
        ids += [r["entity"] for r in rows]
    assert len(ids) == len(set(ids)), "entity ids must be unique across igos/groups/parties"
    for iso in ("PSE", "XKX", "IRN", "USA"):
        assert iso in kb0.countries


def test_cached_kb_finds_every_mention_of_a_long_text(people_file):
    # (speed is measured in benchmarks/bench_knowledge.py, not asserted here)
    ActorKB.load(extra_files=[people_file])                # warm the cache
    kb2 = ActorKB.load(extra_files=[people_file])
    text = ("Iraqi troops and Kurdish Peshmerga forces pushed into Mosul as the Islamic State retreated, "
            "the Pentagon said, while Tehran and Damascus welcomed the news. ") * 200
    found = kb2.find(text, "2016-10-20")
    assert len(found) >= 200 * 6
    codes_found = {a.code for a in found}
    assert "IRQKURMIL" in codes_found and "IMGINSISI" in codes_found   # the Peshmerga: Iraqi Kurdish forces


def test_default_kb_is_cached():
    assert default_kb() is default_kb()


# ----------------------------------------------------------------------------- CLI

def cli(argv):
    """Run `eventwire ARGV` with only the actors commands registered (other stages may be mid-change)."""
    import argparse
    from eventwire.knowledge import commands
    parser = argparse.ArgumentParser(prog="eventwire")
    commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


DICT = """# a tiny actor dictionary in the PETRARCH/TABARI layout, written for this test
JOHN_QUINCY_EXAMPLE
+QUINCY_EXAMPLE
+J_Q_EXAMPLE
[ZAFGOV 090510-140524]
[ZAFELI >140525]
MARIA_TESTOVA [RUSLEG]   # one-line entry
+TESTOVA
=== a section line that is not an entry ===
"""

AGENTS = """# agents
!CHIEF_WHIP! [~LEG]
HARBOUR_PILOT [~BUS]
"""


def test_import_petrarch(tmp_path, capsys):
    src = tmp_path / "actors.txt"
    src.write_text(DICT, encoding="utf-8")
    out = tmp_path / "imported.tsv"
    assert cli(["actors", "import-petrarch", str(src), "--output", str(out)]) == 0
    header, rows = _read_tsv(out)
    assert file_kind(header) == "people"
    assert {r["entity"] for r in rows} == {"john-quincy-example", "maria-testova"}
    assert "not a dictionary entry" in capsys.readouterr().err
    kb2 = ActorKB.load(extra_files=[str(out)])
    assert codes(kb2.find("Quincy Example spoke.", "2012-01-01")) == ["ZAFGOV"]
    assert codes(kb2.find("Quincy Example spoke.", "2016-01-01")) == ["ZAFELI"]
    assert codes(kb2.find("Testova spoke.", "2016-01-01")) == ["RUSLEG"]

    ag = tmp_path / "agents.txt"
    ag.write_text(AGENTS, encoding="utf-8")
    out2 = tmp_path / "agents.tsv"
    assert cli(["actors", "import-petrarch", str(ag), "--output", str(out2)]) == 0
    header, rows = _read_tsv(out2)
    assert file_kind(header) == "sectors"
    kb3 = ActorKB.load(extra_files=[str(out2)])
    assert kb3.resolve_phrase("the Australian chief whip", 0).code == "AUSLEG"


def test_import_petrarch_missing_file(tmp_path, capsys):
    assert cli(["actors", "import-petrarch", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_lookup_and_stats(people_file, capsys):
    assert cli(["actors", "lookup", "Obama", "--date", "2012-05-01", "--actors", people_file]) == 0
    out = capsys.readouterr().out
    assert "USAGOV" in out and "barack-obama" in out and "2009-01-20" in out
    assert cli(["actors", "lookup", "Obama", "--date", "May 2012"]) == 2
    assert cli(["actors", "lookup", "zzqx"]) == 1
    assert cli(["actors", "stats"]) == 0
    out = capsys.readouterr().out
    assert "groups.tsv" in out and "parties" in out


def test_a_rebel_or_opposition_word_before_a_state_role_noun_names_whose_role_it_is():
    from eventwire.knowledge.actors import default_kb
    kb = default_kb()
    assert kb.resolve_phrase("Syrian rebel commanders").code == "SYRREB"
    assert kb.resolve_phrase("opposition officials").sector == "OPP"
    assert kb.resolve_phrase("Syrian army commanders").code == "SYRMIL"
    assert kb.resolve_phrase("police in rebel-held Idlib").sector == "COP"


def test_a_language_s_speakers_are_no_nation_and_no_legislature():
    from eventwire.knowledge.actors import default_kb
    kb = default_kb()
    assert kb.resolve_phrase("Russian speakers") is None
    assert kb.resolve_phrase("English-speaking fighters").code == "UAF"
    assert kb.resolve_phrase("the Iranian parliament speaker").code == "IRNLEG"
    assert kb.resolve_phrase("Parliament Speakers").sector == "LEG"
