"""eventwire eval: gold readers, metrics, report and command, on small gold files written here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import metrics as M
from eventwire.evaluate.readers import GoldFormatError, guess_format, read_gold
from eventwire.evaluate.report import render, summary_line

GOLD_DIR = Path(__file__).parent / "gold"

PETR_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Sentences>
<Environment><Verbfile>project.verbs</Verbfile></Environment>
<Sentence date = "20190612" id ="T-01" source = "test" sentence = "True">
<EventCoding sourcecode = "JPNGOV" targetcode = "IRNGOV" eventcode = "042" />
<Text>
The Japanese prime minister arrived in Tehran on Wednesday,
the first such visit in four decades.
</Text>
</Sentence>
<Sentence date="2017-06-05" id="T-02">
<EventCoding sourcecode="SAU" targetcode="QAT" eventcode="161"/>
<EventCoding sourcecode="BHR" targetcode="QAT" eventcode="161"/>
<Text>Saudi Arabia and Bahrain severed ties with Qatar.</Text>
</Sentence>
<Sentence date="20200101" id="T-03">
<EventCoding noevents="True"/>
<Text>Stocks in Seoul were flat in thin holiday trading.</Text>
</Sentence>
<Sentence id="T-04" noevents="True"><Text>Rain &amp; wind lashed the coast.</Text></Sentence>
</Sentences>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def ev(src, tgt, cameo, ptype=None, conf=0.5, **kw):
    d = {"source": {"code": src} if src else None, "target": {"code": tgt} if tgt else None,
         "cameo": cameo, "plover": {"type": ptype, "mode": None}, "confidence": conf}
    d.update(kw)
    return d


# ------------------------------------------------------------------------------------------- readers
def test_petrarch_xml(tmp_path):
    g = read_gold(write(tmp_path, "val.xml", PETR_XML))
    assert g.format == "petrarch" and len(g) == 4
    r1, r2, r3, r4 = g.records
    assert r1.id == "T-01" and r1.date == "2019-06-12"
    assert r1.text.startswith("The Japanese prime minister arrived in Tehran") and "\n" not in r1.text
    assert [e.triple() for e in r1.events] == [("JPNGOV", "IRNGOV", "042")]
    assert r1.events[0].plover == "CONSULT"            # derived from the ontology
    assert {e.triple() for e in r2.events} == {("SAU", "QAT", "161"), ("BHR", "QAT", "161")}
    assert r3.events == [] and r4.events == [] and r4.text == "Rain & wind lashed the coast."


def test_petrarch_broken_xml_is_repaired(tmp_path):
    raw = ('<Sentence id="a" date="20200304"><Text>Police & troops raided a camp.</Text>'
           '<EventCoding sourcecode="NGACOP" targetcode="---" eventcode="173"/></Sentence>\n'
           '<Sentence id="b"><Text>No coding here.</Text><EventCoding sourcecode="X" targetcode="Y" eventcode="abc"/></Sentence>')
    g = read_gold(write(tmp_path, "bad.xml", raw))
    assert g.format == "petrarch"
    assert g.records[0].text == "Police & troops raided a camp."
    assert g.records[0].events[0].triple() == ("NGACOP", "---", "173")
    assert g.records[1].events == [] and any("eventcode" in w for w in g.warnings)


def test_plover_list_and_jsonl(tmp_path):
    recs = [{"id": "p1", "text": "Syrian troops shelled a village, killing three.", "date": "2016-02-01",
             "event": "ASSAULT", "mode": "aerial", "source": [{"code": "SYRMIL", "sector": "MIL"}],
             "target": [{"code": "SYRCVL"}], "dead": 3},
            {"id": "p2", "text": "Greece and Cyprus protested to Ankara.", "event": "PROTEST",
             "source": [{"code": "GRC"}, {"code": "CYP"}], "target": [{"code": "TURGOV"}]},
            {"id": "p3", "text": "Officials met.", "event": "CONSULT", "source": "USAGOV", "target": []}]
    for name, raw in (("a.json", json.dumps(recs)), ("a.jsonl", "\n".join(json.dumps(r) for r in recs))):
        g = read_gold(write(tmp_path, name, raw))
        assert g.format == "plover" and len(g) == 3
        p1, p2, p3 = g.records
        assert p1.events[0].plover == "ASSAULT" and p1.events[0].cameo is None and p1.counts == {"dead": 3}
        assert p2.events[0].sources == ["GRC", "CYP"] and p2.events[0].targets == ["TURGOV"]
        assert p3.events[0].sources == ["USAGOV"] and p3.events[0].targets == []


# A validation file as PETRARCH's own suites are written: a header comment with "--" inside (not well-formed
# XML), an <Environment> block, a commented-out record, parse trees, stray text between records.
PETR_SUITE = """<Validation>
<!--
#####  UNIT TEST RECORDS -- run them all -- every change  #####
-->
<Environment>
    <Verbfile>my.verbs.txt</Verbfile>
    <Include>valid DEMO</Include>
</Environment>
<Sentences>
<!--Stop></Stop-->
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<!-- simple coding -- a first-light record -->
<EventCoding sourcecode="FRA" targetcode="DEU" eventcode="042"></EventCoding>
<Text>
France's foreign minister flew to Berlin on Monday
for talks &amp; a dinner.
</Text>
<Parse>(ROOT (S (NP (NNP France)) (VP (VBD flew)) (. .)))</Parse>
</Sentence>
left over from an edit
<!--
<Sentence date="19950101" id="DEMO-99"><Text>Commented out.</Text></Sentence>
-->
<Sentence date="19950102" id="DEMO-02" sentence="true">
<EventCoding sourcecode="ESP" targetcode="PRT" eventcode="zz"/>
<EventCoding sourcecode="ESP" targetcode="PRT" eventcode="051"/>
<Text>Spain praised Portugal & its leaders.</Text>
</Sentence>
<Sentence id="DEMO-03"><EventCoding noevents="True"/></Sentence>
</Sentences>
</Validation>
"""


def test_petrarch_suite_read_record_by_record(tmp_path):
    g = read_gold(write(tmp_path, "PETR.UnitTest.records.xml", PETR_SUITE))
    assert g.format == "petrarch"
    assert [r.id for r in g.records] == ["DEMO-01", "DEMO-02"]          # the commented-out record is not read
    r1, r2 = g.records
    assert r1.text == "France's foreign minister flew to Berlin on Monday for talks & a dinner."
    assert r1.date == "1995-01-01" and [e.triple() for e in r1.events] == [("FRA", "DEU", "042")]
    assert [e.triple() for e in r2.events] == [("ESP", "PRT", "051")]
    # what was skipped is named with its line
    assert any(w.startswith("line 25: record DEMO-02") and "eventcode" in w for w in g.warnings)
    assert any("DEMO-03" in w and "no <Text>" in w for w in g.warnings)
    assert any("outside any <Sentence>" in w and "line 20" in w for w in g.warnings)


GEO_XML = """<articles>
<article docid="41">
<title>Flooding</title>
<text>Floodwaters reached Baton Rouge on Monday. Officials in Baton Rouge and Lafayette opened shelters.</text>
<toponyms>
<toponym><start>20</start><end>30</end><phrase>Baton Rouge</phrase>
  <gaztag geonameid="4315588"><name>Baton Rouge</name><lat>30.4507</lat><lon>-91.1545</lon></gaztag></toponym>
<toponym><phrase>Lafayette</phrase><gaztag><lat>30.2241</lat><lon>-92.0198</lon></gaztag></toponym>
<toponym><phrase>Nowhere Town</phrase><lat>1</lat><lon>2</lon></toponym>
<toponym><start>55</start><end>66</end><phrase>Baton Rouge</phrase></toponym>
</toponyms>
</article>
<article id="42"><text>Snow in Boise.</text>
<toponym name="Boise" position="8" lat="43.6135" lon="-116.2035"/></article>
</articles>"""


def test_geo_xml(tmp_path):
    g = read_gold(write(tmp_path, "lgl.xml", GEO_XML))
    assert g.format == "geo" and [r.id for r in g.records] == ["41", "42"]
    a, b = g.records
    assert not a.has_events and a.has_places
    # the first Baton Rouge as given (offsets 20-30 are off by one: kept as given); Lafayette found by name;
    # the unresolved toponym (no coordinates) and the one not in the text are dropped
    names = [(p.text, a.text[p.start:p.end]) for p in a.places]
    assert ("Lafayette", "Lafayette") in names and len(a.places) == 2
    assert any("Nowhere Town" in w for w in g.warnings)
    assert b.places[0].start == 8 and b.text[b.places[0].start:b.places[0].end] == "Boise"
    assert b.places[0].lat == pytest.approx(43.6135)


def test_geo_jsonl_with_sibling_input(tmp_path):
    write(tmp_path, "town.input.jsonl", json.dumps({"id": "d1", "text": "A fire in Tulsa closed Main Street."}) + "\n")
    gp = write(tmp_path, "town.gold.jsonl", json.dumps(
        {"id": "d1", "places": [{"start": 10, "end": 15, "text": "Tulsa", "lat": 36.15, "lon": -95.99}]}) + "\n")
    g = read_gold(gp)
    assert g.format == "geo" and g.records[0].text.startswith("A fire in Tulsa")
    assert g.records[0].places[0].start == 10


def test_eventwire_jsonl_and_triples(tmp_path):
    lines = [{"id": "e1", "text": "Kenya praised Uganda.", "date": "2020-01-02",
              "events": [{"source": "KENGOV", "target": "UGA", "cameo": "051"}],
              "places": [{"text": "Uganda", "lat": 1.25, "lon": 32.5}]},
             {"id": "e2", "text": "Prices rose.", "events": []},
             {"id": "e3", "text": "Chad accused Sudan.", "events": [["CHD", "SDN", "112"]]},
             {"id": "e4", "text": "Bad.", "events": [{"source": "X", "cameo": "xx"}]}]
    p = write(tmp_path, "g.jsonl", "\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    g = read_gold(p)
    assert g.format == "jsonl" and len(g) == 4
    e1, e2, e3, e4 = g.records
    assert e1.events[0].triple() == ("KENGOV", "UGA", "051") and e1.events[0].plover == "SUPPORT"
    assert e1.places[0].start == 14 and e1.places[0].end == 20
    assert e2.events == [] and e2.has_events
    assert e3.events[0].triple() == ("CHD", "SDN", "112")
    assert e4.events == [] and any("bad CAMEO" in w for w in g.warnings) and any("not JSON" in w for w in g.warnings)


def test_guess_and_errors(tmp_path):
    assert guess_format(PETR_XML) == "petrarch" and guess_format(GEO_XML) == "geo"
    assert guess_format('{"id": 1, "text": "x", "events": []}') == "jsonl"
    assert guess_format('[{"id": 1, "text": "x", "event": "AID"}]') == "plover"
    with pytest.raises(GoldFormatError):
        read_gold(tmp_path / "missing.jsonl")
    with pytest.raises(GoldFormatError):
        read_gold(write(tmp_path, "empty.jsonl", "  \n"))
    with pytest.raises(GoldFormatError):
        read_gold(write(tmp_path, "odd.jsonl", '{"id": 1, "foo": 2}\n'))
    with pytest.raises(GoldFormatError):
        read_gold(write(tmp_path, "x.xml", "<html><body>hi</body></html>"))
    with pytest.raises(GoldFormatError):
        read_gold(write(tmp_path, "g.jsonl", '{"id": 1, "text": "x", "events": []}\n'), fmt="petrarch")


# ------------------------------------------------------------------------------------------- metrics
def _gold(tmp_path, lines):
    return read_gold(write(tmp_path, "g.jsonl", "\n".join(json.dumps(x) for x in lines)))


def test_cameo_levels_by_hand(tmp_path):
    g = _gold(tmp_path, [
        {"id": "a", "text": "t", "events": [{"source": "USAGOV", "target": "RUSGOV", "cameo": "042"},
                                             {"source": "RUSGOV", "target": "USAGOV", "cameo": "043"}]},
        {"id": "b", "text": "t", "events": [{"source": "ISRMIL", "target": "LBN", "cameo": "195"}]},
        {"id": "c", "text": "t", "events": []},
        {"id": "d", "text": "t", "events": [{"source": "IRN", "target": None, "cameo": "016"}]},
    ])
    pred = {
        "a": {"id": "a", "events": [ev("USAGOV", "RUSGOV", "042"), ev("RUS", "USAGOV", "040")]},
        "b": {"id": "b", "events": [ev("ISRMIL", "LBNGOV", "190")]},
        "c": {"id": "c", "events": [ev("KOR", "JPN", "111")]},
        "d": {"id": "d", "events": [ev("IRN", None, "016")]},
    }
    c = M.cameo_scores(g.records, pred)
    # exact: gold {a1, a2, b} (d has no target), pred {a1, a2', b', c'} -> tp 1, fp 3, fn 2
    assert (c["exact_tp"], c["exact_fp"], c["exact_fn"]) == (1, 3, 2)
    # root: a2 (RUSGOV,USAGOV,04) vs (RUS,USAGOV,04) still differs; b (ISRMIL,LBN,19) vs (ISRMIL,LBNGOV,19) differs
    assert (c["root_tp"], c["root_fp"], c["root_fn"]) == (1, 3, 2)
    # country+root: a2 and b now match; a1 and a2 collapse to two distinct triples
    assert (c["country_root_tp"], c["country_root_fp"], c["country_root_fn"]) == (3, 1, 0)
    assert c["country_root_p"] == pytest.approx(0.75) and c["country_root_r"] == pytest.approx(1.0)
    # code alone: per record root sets: a {04} vs {04}; b {19} vs {19}; c {} vs {11}; d {01} vs {01}
    assert (c["code_only_tp"], c["code_only_fp"], c["code_only_fn"]) == (3, 1, 0)
    # record exact: only d (the no-target event is part of the record set)
    assert c["record_exact"] == pytest.approx(0.25)


def test_plover_scores_with_no_event_records(tmp_path):
    g = _gold(tmp_path, [
        {"id": "a", "text": "t", "events": [{"source": "SYRMIL", "target": "SYRCVL", "cameo": "195"}]},
        {"id": "b", "text": "t", "events": [{"source": "KEN", "target": "UGA", "cameo": "051"},
                                             {"source": "KEN", "target": "UGA", "cameo": "042"}]},
        {"id": "c", "text": "t", "events": []},
    ])
    pred = {"a": {"events": [ev("SYRMIL", "SYR", "190", "ASSAULT", 0.4), ev("SYR", None, "010", "", 0.9)]},
            "b": {"events": [ev("KENGOV", "UGAGOV", "042", "CONSULT")]},
            "c": {"events": [ev("TUR", "GRC", "111", "ACCUSE")]}}
    p = M.plover_scores(g.records, pred)
    assert p["gold_events"] == 3
    assert p["type_recall"] == pytest.approx(2 / 3)            # ASSAULT, CONSULT found; SUPPORT not
    assert p["primary_type_acc"] == pytest.approx(0.5)        # a's primary is the 0.9 statement
    assert p["spurious_per_record"] == pytest.approx(2 / 3)   # a: the statement; c: the accusation
    # dyads: gold {SYR,SYR,ASSAULT},{KEN,UGA,SUPPORT},{KEN,UGA,CONSULT}; pred {SYR,SYR,ASSAULT},{KEN,UGA,CONSULT},{TUR,GRC,ACCUSE}
    assert p["dyad_type_p"] == pytest.approx(2 / 3) and p["dyad_type_r"] == pytest.approx(2 / 3)


def test_geo_scores_by_hand(tmp_path):
    g = _gold(tmp_path, [{"id": "a", "text": "From Paris to Lyon and Nice.", "events": [],
                          "places": [{"text": "Paris", "lat": 48.8534, "lon": 2.3488},
                                     {"text": "Lyon", "lat": 45.7485, "lon": 4.8467},
                                     {"text": "Nice", "lat": 43.7031, "lon": 7.2661}]}])
    pred = {"a": {"places": [{"start": 5, "end": 10, "lat": 48.86, "lon": 2.35},          # Paris, right
                             {"start": 14, "end": 18, "lat": 33.58, "lon": -85.08},      # a Lyon far away
                             {"start": 0, "end": 4, "lat": 1.0, "lon": 1.0},             # 'From': not a gold place
                             {"start": 23, "end": 27, "lat": None, "lon": None}]}}       # unresolved: not counted
    s = M.geo_scores(g.records, pred)
    assert s["gold_places"] == 3 and s["recall"] == pytest.approx(2 / 3)
    assert s["precision"] == pytest.approx(2 / 3)
    assert s["acc161_matched"] == pytest.approx(0.5) and s["acc161_end_to_end"] == pytest.approx(1 / 3)
    assert s["median_km"] > 161


def test_confusion_and_misses(tmp_path):
    g = _gold(tmp_path, [
        {"id": "a", "text": "Moscow expelled Polish diplomats.", "events": [{"source": "RUSGOV", "target": "POLGOV", "cameo": "166"}]},
        {"id": "b", "text": "Police arrested activists.", "events": [{"source": "HKGCOP", "target": "HKGOPP", "cameo": "173"}]},
        {"id": "c", "text": "Oil prices fell.", "events": []},
        {"id": "d", "text": "Kenya praised Uganda.", "events": [{"source": "KEN", "target": "UGA", "cameo": "051"}]},
    ])
    pred = {"a": {"status": "coded", "events": [ev("RUSGOV", "POLGOV", "174", pattern="174.expel", rule="svo")]},
            "b": {"status": "coded", "events": []},
            "c": {"status": "coded", "events": [ev("---", None, "190", pattern="190.fall", rule="intransitive")]},
            "d": {"status": "coded", "events": [ev("KEN", "UGA", "051")]}}
    conf = M.confusion(g.records, pred)
    assert conf[("16", "17")] == 1 and conf[("17", "none")] == 1 and conf[("none", "19")] == 1 and conf[("05", "05")] == 1
    ms = M.misses(g.records, pred, n=10)
    assert [m["id"] for m in ms][:2] == ["a", "b"]              # 2 country+root errors each; c's spurious has no actors
    assert {m["id"] for m in ms} == {"a", "b", "c"}              # d is right: not a miss
    a = ms[0]
    assert a["coded"][0]["pattern"] == "174.expel" and a["coded"][0]["rule"] == "svo"
    assert a["missed"] == ["RUS/POL/16"] and a["spurious"] == ["RUS/POL/17"]
    res = M.evaluate(g, pred, worst=5)
    text = render(res)
    assert "country+root" in text and "174.expel" in text and "Moscow expelled Polish diplomats." in text
    md = render(res, markdown=True)
    assert md.startswith("# ") and "| level | P | R | F1 |" in md and "`a`" in md
    assert "code_only_f1=" in summary_line(res)


# ------------------------------------------------------------------------------------------- command
def test_eval_command_with_predictions(tmp_path, capsys):
    from eventwire.cli import main
    gold = write(tmp_path, "val.xml", PETR_XML)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(r) for r in [
        {"id": "T-01", "status": "coded", "events": [ev("JPNGOV", "IRNGOV", "042", "CONSULT")], "places": [], "counts": []},
        {"id": "T-02", "status": "coded", "events": [ev("SAU", "QAT", "161", "REJECT")], "places": [], "counts": []},
        {"id": "T-03", "status": "coded", "events": [], "places": [], "counts": []},
    ]) + "\n")
    report = tmp_path / "r.md"
    rc = main(["eval", str(gold), "--pred", str(pred), "--report", str(report), "--json"])
    assert rc == 0
    res = json.loads(capsys.readouterr().out)
    assert res["cameo"]["exact_tp"] == 2 and res["cameo"]["exact_fn"] == 1 and res["cameo"]["exact_fp"] == 0
    assert res["status"] == {"coded": 3, "missing": 1}
    assert res["cameo"]["record_exact"] == pytest.approx(0.75)    # T-01, T-03 right; T-02 half; T-04: no output and no gold event -> right
    md = report.read_text()
    assert "BHR/QAT/16" in md


def test_eval_command_bad_gold(tmp_path, capsys):
    from eventwire.cli import main
    rc = main(["eval", str(write(tmp_path, "x.txt", "just some words"))])
    assert rc == 2 and "eventwire eval:" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------- the project's gold set
def test_project_gold_set_is_well_formed():
    from eventwire import ontology
    g = read_gold(GOLD_DIR / "eventwire_gold.jsonl")
    assert g.format == "jsonl" and not g.warnings
    assert len(g) >= 150
    roots = {e.cameo[:2] for r in g.records for e in r.events}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert sum(1 for r in g.records if not r.events) >= 20
    assert all(r.date for r in g.records)
    tags = {t for r in g.records for t in r.tags}
    assert {"passive", "coordination", "negation", "reported-speech", "intention", "pronoun", "metonymy",
            "dated-role", "no-event"} <= tags
    for r in g.records:
        for e in r.events:
            assert ontology.lookup(e.cameo) is not None, (r.id, e.cameo)
            for c in (e.source, e.target):
                assert c == "---" or (c.isalpha() and c.isupper() and len(c) >= 3), (r.id, c)
        for p in r.places:
            assert r.text[p.start:p.end] == p.text and -90 <= p.lat <= 90 and -180 <= p.lon <= 180
    assert sum(1 for r in g.records if r.has_places) >= 10


def test_example_gold_files_read_in_every_format():
    ex = GOLD_DIR / "examples"
    p = read_gold(ex / "petrarch_sample.xml")
    assert p.format == "petrarch" and [len(r.events) for r in p.records] == [1, 2, 0]
    pl = read_gold(ex / "plover_sample.jsonl")
    assert pl.format == "plover" and pl.records[0].counts == {"dead": 12, "injured": 30}
    assert pl.records[1].events[0].sources == ["GRC", "CYP"]
    g = read_gold(ex / "geo_sample.xml")
    assert g.format == "geo" and not g.warnings
    assert [g.records[0].text[x.start:x.end] for x in g.records[0].places] == ["Baton Rouge", "Lafayette", "Lake Charles"]


def test_plover_gold_gets_plover_misses(tmp_path):
    recs = [{"id": "p1", "text": "Troops shelled a village.", "event": "ASSAULT", "source": [{"code": "SYRMIL"}],
             "target": [{"code": "SYRCVL"}]},
            {"id": "p2", "text": "Kenya hosted Uganda.", "event": "CONSULT", "source": "KENGOV", "target": "UGAGOV"}]
    g = read_gold(write(tmp_path, "p.jsonl", "\n".join(json.dumps(r) for r in recs)))
    pred = {"p1": {"status": "coded", "events": [ev("SYRMIL", None, "190", "ASSAULT", pattern="190.shell")]},
            "p2": {"status": "coded", "events": [ev("KENGOV", "UGAGOV", "043", "CONSULT")]}}
    res = M.evaluate(g, pred)
    assert "cameo" not in res and res["misses_by"] == "plover"
    assert [m["id"] for m in res["misses"]] == ["p1"] and res["misses"][0]["missed"] == ["SYR/SYR/ASSAULT"]
    assert "190.shell" in render(res) and "country+type" in render(res)


def test_eval_command_output_and_unwritable_report(tmp_path, capsys):
    from eventwire.cli import main
    gold = write(tmp_path, "val.xml", PETR_XML)
    pred = write(tmp_path, "pred.jsonl", json.dumps({"id": "T-02", "status": "coded", "events": []}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["eval", str(gold), "--pred", str(pred), "--output", str(out)]) == 0
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in recs] == ["T-01", "T-02", "T-03", "T-04"]
    assert recs[0]["status"] == "skipped" and recs[0]["reason"] == "not in the predictions" and recs[1]["status"] == "coded"
    capsys.readouterr()
    assert main(["eval", str(gold), "--pred", str(pred), "--report", str(tmp_path / "no" / "dir" / "r.md")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_figures_by_tag(tmp_path):
    g = _gold(tmp_path, [
        {"id": "a", "text": "t", "tags": ["passive"], "events": [{"source": "RUSMIL", "target": "UKR", "cameo": "195"}]},
        {"id": "b", "text": "t", "tags": ["passive", "dated-role"], "events": [{"source": "BRAGOV", "target": "RUSGOV", "cameo": "043"}]},
        {"id": "c", "text": "t", "tags": ["no-event"], "events": []},
        {"id": "d", "text": "t", "events": [{"source": "KEN", "target": "UGA", "cameo": "051"}]},
    ])
    pred = {"a": {"events": [ev("UKR", "RUSMIL", "195")]},                 # passive read backwards
            "b": {"events": [ev("BRAGOV", "RUSGOV", "043")]},
            "c": {"events": [ev("PER", "CHL", "190"), ev("CHL", "PER", "190")]},
            "d": {"events": []}}
    bt = M.evaluate(g, pred)["by_tag"]
    assert set(bt) == {"passive", "dated-role", "no-event"}
    assert bt["passive"]["records"] == 2 and bt["passive"]["record_exact"] == 0.5
    assert bt["passive"]["country_root_r"] == 0.5 and bt["dated-role"]["country_root_f1"] == 1.0
    assert bt["no-event"]["record_exact"] == 0.0 and bt["no-event"]["coded_per_record"] == 2.0
    assert "By case (gold tags)" in render(M.evaluate(g, pred))
