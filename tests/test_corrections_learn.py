"""Corrections survive re-coding, become gold and teach (issue 18), through the CLI on sentences written for this
test: `db recode` puts each correction back on its trigger and reports the unmatched ones; `corrections export`
writes gold that `eventwire eval` reads; `corrections suggest` proposes an actor alias, a lexicon row and
non-event phrases with the corrections behind them, writes one only on --accept, and a re-code shows its effect."""
from __future__ import annotations

import json

import pytest

from eventwire import config
from eventwire.cli import main
from eventwire.store import Store

ARTICLES = [
    {"id": "p1", "date": "2024-03-04", "text": "The Iraqi politician praised Turkey for its help on Monday."},
    {"id": "p2", "date": "2024-03-05", "text": "Kenya's president praised Uganda for its help with the refugees."},
    {"id": "p3", "date": "2024-03-06", "text": "Ghana's foreign minister praised Togo for its help at the border."},
    {"id": "q1", "date": "2024-03-07", "text": "The Kenyan runner beat the Ethiopian champion in the final."},
]


@pytest.fixture()
def ws(tmp_path, monkeypatch):
    """A team's folder: eventwire.toml naming the database and the team's own actor and lexicon files."""
    (tmp_path / "eventwire.toml").write_text('db = "ew.duckdb"\nactors = ["mine/actors.tsv"]\n'
                                             'lexicon = ["mine/lexicon.tsv"]\n')
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVENTWIRE_CONFIG", str(tmp_path / "eventwire.toml"))
    config.load.cache_clear()
    assert main(["code", "in.jsonl", "--workers", "1", "-q", "-o", "out.jsonl"]) == 0
    yield tmp_path
    config.load.cache_clear()


def mentions(path):
    with Store(str(path / "ew.duckdb"), read_only=True) as s:
        return {r["evidence_text"] + "@" + r["doc_id"]: r for r in s.query_events()}


def test_recode_reapplies_reports_and_learns(ws, capsys):
    m = mentions(ws)
    assert m["praised@p1"]["source_code"] == "IRQPTY" and m["praised@p2"]["cameo"] == "051"
    assert m["beat@q1"]["cameo"].startswith("18")
    ids = {k: v["mention_id"] for k, v in m.items()}
    assert main(["correct", ids["praised@p1"], "--source", "IRQGOV", "--note", "a minister", "--by", "ann"]) == 0
    assert main(["correct", ids["praised@p2"], "--cameo", "052", "--by", "ann"]) == 0
    assert main(["correct", ids["praised@p3"], "--cameo", "052", "--by", "bob"]) == 0
    assert main(["correct", ids["beat@q1"], "--not-an-event", "--note", "sport"]) == 0
    capsys.readouterr()

    # gold for eventwire eval
    assert main(["corrections", "export", "--output", "gold.jsonl"]) == 0
    gold = {r["id"]: r for r in map(json.loads, (ws / "gold.jsonl").read_text().splitlines())}
    assert gold["q1#0"]["events"] == [] and gold["q1#0"]["text"] == ARTICLES[3]["text"]
    assert gold["p2#0"]["events"] == [{"source": "KENGOV", "target": "UGA", "cameo": "052"}]
    assert gold["p1#0"]["events"][0]["source"] == "IRQGOV" and gold["p1#0"]["corrections"] == [1]
    from eventwire.evaluate.readers import read_gold
    gs = read_gold(str(ws / "gold.jsonl"))
    assert len(gs.records) == 4 and not gs.warnings

    # a re-code with unchanged files: every correction back on its trigger, none unmatched
    capsys.readouterr()
    assert main(["db", "recode"]) == 0
    err = capsys.readouterr().err
    assert "4 documents" in err and "4 re-applied (0 of them now coded so by the coder itself), 0 unmatched" in err
    m = mentions(ws)
    assert m["praised@p2"]["cameo"] == "052" and m["praised@p2"]["corrected"] and "beat@q1" not in m

    # suggestions: nothing is written without --accept
    assert main(["corrections", "suggest"]) == 0
    out = capsys.readouterr().out
    assert "1. actor alias: 'Iraqi politician' is IRQGOV (1 correction); corrections 1" in out
    assert "2. lexicon row: 051.praise (051) corrected to 052 2 times; corrections 2, 3" in out
    assert "3. non-event phrase: 'beat + champion' is not an event (1 correction); corrections 4" in out
    assert not (ws / "mine").exists()
    assert main(["corrections", "suggest", "--accept", "9"]) == 2
    assert "no suggestion 9" in capsys.readouterr().err

    # accept all three; the team's files get the rows, a re-code shows the coder now agrees
    assert main(["corrections", "suggest", "--accept", "1", "--accept", "2", "--accept", "3"]) == 0
    actors = (ws / "mine" / "actors.tsv").read_text()
    lexicon = (ws / "mine" / "lexicon.tsv").read_text()
    assert "user.iraqi-politician\tIRQGOV\tIraqi politician\t-\tIRQ\tGOV" in actors
    assert "052.praise\tV\tpraise\t-\t-\t-\tdobj\t052" in lexicon and "x.beat-champion\tV\tbeat\t-\tchampion" in lexicon
    capsys.readouterr()
    assert main(["corrections", "suggest"]) == 0
    assert capsys.readouterr().out == ""                     # what is in the files is not offered again
    assert main(["db", "recode"]) == 0
    err = capsys.readouterr().err
    assert "3 re-applied (3 of them now coded so by the coder itself), 1 unmatched" in err
    assert "correction 4 (not an event): the coder no longer codes 'beat' in q1" in err
    with Store(str(ws / "ew.duckdb"), read_only=True) as s:
        coded = {r[0]: r[1:] for r in s.con.execute(
            "SELECT doc_id, source_code, cameo, pattern FROM mentions ORDER BY doc_id").fetchall()}
        status = dict(s.con.execute("SELECT correction_id, status FROM corrections").fetchall())
    assert coded["p1"] == ("IRQGOV", "052", "052.praise") and "q1" not in coded
    assert status == {1: "applied", 2: "applied", 3: "applied", 4: "unmatched"}
    # the not-an-event verdict stays gold after the re-code
    assert main(["corrections", "export", "-o", "gold2.jsonl"]) == 0
    gold = {r["id"]: r for r in map(json.loads, (ws / "gold2.jsonl").read_text().splitlines())}
    assert gold["q1#0"]["events"] == [] and gold["q1#0"]["corrections"] == [4]


def test_recode_filters_and_bad_dates(ws, capsys):
    assert main(["db", "recode", "--doc-id", "p1,p2"]) == 0
    assert "2 documents" in capsys.readouterr().err
    assert main(["db", "recode", "--start", "2024-13-01"]) == 2
    assert "bad start" in capsys.readouterr().err
    assert main(["db", "recode", "--corrected"]) == 0
    assert "no stored document matches" in capsys.readouterr().err
