"""benchmarks/audit.py: the paired audit draws the same sentences from two outputs (outputs written here)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import audit  # noqa: E402


def _event(sentence, trigger, cameo="190"):
    return {"sentence": sentence, "sentence_text": f"Sentence {sentence}.", "evidence": {"text": trigger},
            "cameo": cameo, "source": {"code": "SYRMIL", "text": "the army"}, "target": None}


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_paired_sheets_hold_the_same_sentences_from_both_versions_and_tally_per_version(tmp_path, capsys):
    before, after = tmp_path / "b.jsonl", tmp_path / "a.jsonl"
    _write(before, [{"id": "a1", "events": [_event(0, "shelled"), _event(2, "arrested", "173")]},
                    {"id": "a2", "events": [_event(1, "met", "040")]}])
    # the new version drops one event and adds one in a sentence the old one left alone
    _write(after, [{"id": "a1", "events": [_event(0, "shelled"), _event(3, "bombed")]},
                   {"id": "a2", "events": [_event(1, "met", "040")]}])
    audit.paired(before, after, "articles.jsonl", tmp_path / "audit", n=10, parts=1, seed=3)
    key = json.loads((tmp_path / "audit" / "key.json").read_text())
    assert sorted(key.values()) == ["after", "before"]
    sheets = {v: (tmp_path / "audit" / f"sheet_{k}.md").read_text() for k, v in key.items()}
    assert "'arrested'" in sheets["before"] and "'arrested'" not in sheets["after"]
    assert "'bombed'" in sheets["after"] and "'bombed'" not in sheets["before"]
    assert sheets["before"].count("## key") == 3 and sheets["after"].count("## key") == 3
    for k, v in key.items():
        n = 3
        rows = [{"key": f"x{i}", "real": True, "root": True, "source": True, "target": v == "after"}
                for i in range(n)]
        (tmp_path / "audit" / f"answers_{k}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    audit.tally(tmp_path / "audit")
    out = capsys.readouterr().out
    assert "before: events=3 real=100% root=100% dyad=0%" in out
    assert "after: events=3 real=100% root=100% dyad=100%" in out


def test_paired_sheets_of_changed_sentences_leave_out_what_both_versions_coded_alike(tmp_path):
    before, after = tmp_path / "b.jsonl", tmp_path / "a.jsonl"
    _write(before, [{"id": "a1", "events": [_event(0, "shelled"), _event(2, "arrested", "173")]}])
    _write(after, [{"id": "a1", "events": [_event(0, "shelled"), _event(2, "arrested", "172")]}])
    audit.paired(before, after, "articles.jsonl", tmp_path / "audit", n=10, parts=1, seed=3, changed=True)
    key = json.loads((tmp_path / "audit" / "key.json").read_text())
    for k in key:
        sheet = (tmp_path / "audit" / f"sheet_{k}.md").read_text()
        assert "'arrested'" in sheet and "'shelled'" not in sheet
