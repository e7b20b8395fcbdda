"""eventwire.toml: a team's actor files and database, shared without repeating command-line options."""
import json

from eventwire import config
from eventwire.cli import main

PEOPLE = ("entity\tname\taliases\tcountry\tsector\trole\tstart\tend\tnote\n"
          "zorana-velic\tZorana Velic\tVelic\tSRB\tGOV\tMinister of Foreign Affairs\t2024-01-01\t-\ta made-up minister\n")


def test_config_file_adds_actors_and_sets_the_database(tmp_path, monkeypatch):
    (tmp_path / "extra.tsv").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "eventwire.toml").write_text('db = "team.duckdb"\nactors = ["extra.tsv"]\n', encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({
        "id": "v1", "date": "2024-05-06",
        "text": "Velic met Croatian Prime Minister Andrej Plenkovic in Zagreb on Monday."}) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTWIRE_CONFIG", raising=False)
    config.load.cache_clear()
    try:
        assert main(["code", "in.jsonl", "--output", "out.jsonl", "--quiet"]) == 0
    finally:
        config.load.cache_clear()
    assert (tmp_path / "team.duckdb").exists()
    rec = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    meets = [e for e in rec["events"] if e["cameo"].startswith("04")]
    assert meets and meets[0]["source"]["code"] == "SRBGOV" and meets[0]["source"]["entity"] == "zorana-velic"


def test_broken_config_file_is_a_clear_error(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("actors = [", encoding="utf-8")
    (tmp_path / "in.jsonl").write_text('{"id": "x", "text": "Iran praised Iraq."}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVENTWIRE_CONFIG", str(bad))
    config.load.cache_clear()
    try:
        assert main(["code", "in.jsonl", "--no-db", "--quiet"]) == 2
    finally:
        config.load.cache_clear()
    assert "cannot read config file" in capsys.readouterr().err
