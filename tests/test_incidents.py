"""Incidents (issue 15): one act told in several clauses or sentences is one incident, and its toll is counted
once. Articles written for these tests."""
from __future__ import annotations

from coded_sentences import result_on


coded = result_on("2024-03-05")


def test_one_act_in_several_sentences_is_one_incident_with_one_toll():
    res = coded("Government aircraft bombed a market in Idlib on Tuesday, killing at least 12 civilians and wounding "
                "30. Rebels shelled Aleppo on Wednesday, killing five people. The death toll from the market strike "
                "rose to 15 on Thursday, a monitor said.")
    by_place = {i.place.name if i.place else None: i for i in res.incidents}
    assert set(by_place) >= {"Idlib", "Aleppo"}
    idlib, aleppo = by_place["Idlib"], by_place["Aleppo"]
    # the later toll updates the market strike's toll (it shares 'market' with it), it is not a new death toll
    assert idlib.tolls == {"killed": 15, "injured": 30}
    assert aleppo.tolls == {"killed": 5}
    assert any("toll" in w and "15" in w for w in idlib.why)
    # tolls summed over incidents: every dead person once
    assert sum(i.tolls.get("killed", 0) for i in res.incidents) == 20


def test_coordinated_acts_and_a_later_definite_mention_join_the_first_incident():
    res = coded("Gunmen attacked a police checkpoint in Peshawar on Monday and killed three officers. Police said the "
                "attack also wounded two passers-by. Separately, a roadside bomb killed a soldier in Quetta.")
    first = res.events[0].incident
    peshawar = next(i for i in res.incidents if i.id == first)
    assert len(peshawar.events) >= 2 and peshawar.tolls == {"killed": 3, "injured": 2}
    assert any("refers back" in w or "toll 'wounded two'" in w for w in peshawar.why)
    quetta = [e for e in res.events if e.location is not None and e.location.name == "Quetta"]
    assert quetta and all(e.incident != first for e in quetta)


def test_acts_in_different_places_are_different_incidents():
    res = coded("Troops raided a village near Kandahar and arrested 15 men. In Herat, troops raided a market and "
                "arrested four traders.")
    places = {e.location.text: e.incident for e in res.events if e.location is not None}
    assert places.get("Kandahar") and places.get("Herat") and places["Kandahar"] != places["Herat"]


def test_output_record_carries_incidents():
    res = coded("Israeli jets struck Gaza City overnight, killing 20 people, health officials said. The strikes on "
                "Gaza City also destroyed a school.")
    d = res.to_dict()
    ids = {e["incident"] for e in d["events"] if e["cameo"][:2] in ("17", "18", "19", "20")}
    assert len(ids) == 1
    (inc,) = [i for i in d["incidents"] if i["id"] in ids]
    assert inc["killed"] == 20 and inc["kind"] == "force" and inc["location"]["name"] in ("Gaza", "Gaza City")
    assert len(inc["events"]) >= 2 and len(inc["why"]) == len(inc["events"])


def test_no_incident_for_talks():
    res = coded("The foreign ministers of Chile and Peru met in Lima on Monday and praised the new trade deal.")
    assert res.events and res.incidents == [] and all(e.incident is None for e in res.events)


def test_store_and_command_count_each_toll_once(tmp_path, capsys):
    import json

    from eventwire import cli
    from eventwire.export.incidents import incident_rows, toll_totals
    story = ("Government aircraft bombed a market in Idlib on Tuesday, killing at least 12 civilians and wounding 30. "
             "The death toll from the market strike rose to 15 on Thursday, a monitor said.")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": story, "date": "2024-03-07"},
        # the same story carried by a second outlet, slightly edited: one story, one incident
        {"id": "b", "text": story.replace("a monitor said", "the monitor said"), "date": "2024-03-07"},
        {"id": "c", "text": "Rebels shelled Aleppo on Wednesday, killing five people.", "date": "2024-03-07"},
    ]) + "\n")
    db = tmp_path / "t.duckdb"
    assert cli.main(["code", str(src), "--db", str(db), "-q", "-o", str(tmp_path / "out.jsonl")]) == 0
    rows = incident_rows(str(db))
    idlib = [r for r in rows if r["location_name"] == "Idlib"]
    assert len(idlib) == 1 and idlib[0]["killed"] == 15 and idlib[0]["injured"] == 30 and idlib[0]["n_documents"] == 2
    totals = {r["country"]: r for r in toll_totals(str(db), by="country")}
    assert totals["SYR"]["killed"] == 20 and totals["SYR"]["incidents"] == 2
    # a resumed run gives back the same output lines, incidents included
    first = (tmp_path / "out.jsonl").read_text()
    assert cli.main(["code", str(src), "--db", str(db), "-q", "-o", str(tmp_path / "again.jsonl")]) == 0
    assert (tmp_path / "again.jsonl").read_text() == first
    capsys.readouterr()
    assert cli.main(["incidents", "--db", str(db), "--by", "place", "--json"]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {"place": "Idlib", "incidents": 1, "killed": 15, "injured": 30, "without_toll": 0} in out
    assert cli.main(["incidents", "--db", str(db), "--country", "SYRIA"]) == 2


def test_an_act_in_a_clause_of_what_was_said_is_not_the_same_incident():
    res = coded("A suicide bomber killed six soldiers at a base in Kunduz on Sunday, days after the governor said "
                "the army had crushed the militants in the province.")
    kill = next(e for e in res.events if e.trigger_text.startswith("killed"))
    others = [e for e in res.events if e is not kill and e.incident is not None]
    assert all(e.incident != kill.incident for e in others)
