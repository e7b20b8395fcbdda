"""One event per act across an article (coding/retold.py): a later telling of an act already coded is a mention of
it, not a new event. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import result_on
from eventwire.coding.retold import codes_agree


coded = result_on("2024-03-05")


def test_a_later_definite_mention_is_a_mention_of_the_act_not_a_new_event():
    res = coded("Israeli jets bombed an Iranian drone base near Homs on Sunday. Seven Iranian guards were killed in the "
                "strike, state media said.")
    force = [e for e in res.events if e.cameo[:2] in ("18", "19", "20")]
    assert len(force) == 1
    (ev,) = force
    assert ev.source.code.startswith("ISR") and ev.target.code.startswith("IRN") and ev.sentence == 0
    # the toll of the later mention is the act's
    assert [(c.type, c.value) for c in ev.counts] == [("killed", 7)]
    (m,) = ev.mentions
    assert m["sentence"] == 1 and m["evidence"]["text"] == "killed" and "refers back" in m["link"]
    # the incident lists the one event; its toll is counted once
    (inc,) = [i for i in res.incidents if i.id == ev.incident]
    assert inc.events == [res.events.index(ev)] and inc.tolls == {"killed": 7}


def test_a_number_of_victims_is_no_other_side_of_the_act():
    res = coded("Turkish troops attacked Kurdish fighters in Afrin, killing 12 and wounding 20.")
    (ev,) = [e for e in res.events if e.cameo[:2] == "19"]
    assert ev.target.text == "Kurdish fighters"
    assert sorted((c.type, c.value) for c in ev.counts) == [("injured", 20), ("killed", 12)]
    assert ev.mentions and ev.mentions[0]["target"]["text"] == "12"


def test_named_victims_of_another_side_stay_an_event_of_their_own():
    res = coded("Troops attacked rebels near Hama, killing 12 civilians.")
    targets = {e.target.sector for e in res.events if e.cameo[:2] == "19" and e.target is not None}
    assert targets == {"REB", "CVL"}
    assert all(not e.mentions for e in res.events)


def test_two_strikes_by_the_same_actors_are_two_events():
    res = coded("Russian jets bombed a hospital in Idlib. Hours later, Russian jets bombed a school in Idlib.")
    strikes = [e for e in res.events if e.cameo.startswith("19")]
    assert len(strikes) == 2 and all(not e.mentions for e in strikes)


def test_a_meeting_and_a_statement_after_it_are_two_events():
    res = coded("Putin met Erdogan in Sochi on Monday. After the meeting, Putin praised Erdogan.")
    roots = sorted(e.cameo[:2] for e in res.events)
    assert "04" in roots and "05" in roots and all(not e.mentions for e in res.events)


def test_an_act_after_another_by_the_same_troops_is_an_act_of_its_own():
    res = coded("Turkish troops shelled Kurdish positions in Afrin on Monday. After the shelling, Turkish troops "
                "stormed the town.")
    acts = [e for e in res.events if e.cameo[:2] == "19"]
    assert len(acts) == 2 and all(not e.mentions for e in acts)


def test_an_act_of_another_year_is_no_later_mention_of_it():
    res = coded("In 2016 Turkey shot down a Russian jet over Syria. This week Russia allowed the Turkish strikes on "
                "Afrin.")
    acts = [e for e in res.events if e.cameo[:2] == "19"]
    assert len(acts) == 2 and all(not e.mentions for e in acts)


def test_an_act_going_on_now_is_no_later_mention_of_an_act_done():
    # "the bombings" refers back to the attack's incident, but the killing going on now is not the killing done
    res = coded("A suicide bomber attacked a concert in Leeds. Many innocent people were killed, she said. But "
                "families in Hajin are being killed right now by the bombings.")
    killed = [e for e in res.events if e.trigger_text == "killed"]
    assert sorted(e.sentence for e in killed) == [1, 2] and all(not e.mentions for e in killed)


def test_a_present_perfect_may_tell_a_past_act_again():
    res = coded("Israeli jets bombed an Iranian drone base near Homs on Sunday. Seven Iranian guards have been killed "
                "in the strike, state media said.")
    (ev,) = [e for e in res.events if e.cameo[:2] in ("18", "19", "20")]
    assert ev.sentence == 0 and [m["sentence"] for m in ev.mentions] == [1]


def test_two_verbs_of_one_act_in_a_clause_are_one_event_with_evidence_spanning_both():
    res = coded("Police arrested and charged two men in Izmir.")
    (ev,) = [e for e in res.events if e.cameo.startswith("17")]
    assert ev.trigger_text == "arrested and charged" and ev.mentions[0]["evidence"]["text"] == "charged"


def test_coordinated_verbs_with_objects_of_their_own_are_two_acts():
    res = coded("The Turkish army sent armoured columns to the border and deployed tanks near Kilis.")
    acts = [e for e in res.events if e.cameo[:2] == "15"]
    assert len(acts) == 2 and all(not e.mentions for e in acts)


def test_coordinated_clauses_with_doers_of_their_own_are_two_acts():
    res = coded("Jordanian farmers clashed near a border village on Friday and armed groups fired on an army patrol "
                "near Irbid.")
    acts = [e for e in res.events if e.cameo[:2] == "19"]
    assert sorted(e.trigger_text for e in acts) == ["clashed", "fired"] and all(not e.mentions for e in acts)


def test_an_act_in_a_clause_of_another_time_stays_an_event():
    # (the act of the "after" clause has a doer of its own: the Taliban were attacked, they did not attack)
    res = coded("The Taliban regained territory after being attacked by US forces.")
    acts = [e for e in res.events if e.cameo[:2] == "19"]
    assert len(acts) == 2 and all(not e.mentions for e in acts)


def test_which_codes_may_name_one_act():
    assert codes_agree("190", "195")            # an attack and an air strike
    assert codes_agree("182", "1822")           # assault and torture
    assert codes_agree("183", "190", harm_b=True)       # a bombing and the killing it did
    assert not codes_agree("183", "190")                 # a bombing and a capture
    assert not codes_agree("181", "190", harm_b=True)   # an abduction and a killing
    assert not codes_agree("1822", "1823")      # torture and killing: two acts
    assert not codes_agree("191", "194")        # a siege and a shelling
    assert not codes_agree("173", "190")        # an arrest and a killing


def test_output_store_and_document_carry_the_mentions(tmp_path):
    import json

    from eventwire import cli
    from eventwire.store import Store
    story = ("Israeli jets bombed an Iranian drone base near Homs on Sunday. Seven Iranian guards were killed in the "
             "strike, state media said.")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": story, "date": "2024-03-05"}) + "\n")
    db = tmp_path / "t.duckdb"
    assert cli.main(["code", str(src), "--db", str(db), "-q", "-o", str(tmp_path / "out.jsonl")]) == 0
    rec = json.loads((tmp_path / "out.jsonl").read_text())
    (ev,) = [e for e in rec["events"] if e["mentions"]]
    assert ev["mentions"][0]["sentence"] == 1 and ev["mentions"][0]["evidence"]["text"] == "killed"
    assert all(e["mentions"] == [] for e in rec["events"] if e is not ev)
    store = Store(str(db), read_only=True)
    try:
        (row,) = store.con.execute("SELECT told_again, dead FROM mentions WHERE told_again IS NOT NULL").fetchall()
        assert json.loads(row[0])[0]["evidence"]["text"] == "killed" and row[1] == 7
        # the incident's mentions: the event and the telling folded into it
        assert store.con.execute("SELECT n_mentions FROM incidents WHERE killed = 7").fetchone()[0] == 2
        doc = store.result_record("a")
    finally:
        store.close()
    assert [e["mentions"] for e in doc["events"]] == [e["mentions"] for e in rec["events"]]
