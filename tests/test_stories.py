"""Exact duplicates, near-duplicate stories, and the aggregation rule (SQL and Python agree)."""
from __future__ import annotations

import pytest

from eventwire.stories import (StoryIndex, aggregate_mentions, content_hash, event_day, event_id, event_key,
                               normalise_text, outlet_of, shingles, tone)
from eventwire.store import Store
from test_store_fixtures import SHELLING, SHELLING_EDITED, TALKS, shelling_result, talks_result, three_copies


def test_content_hash_ignores_case_and_whitespace_only():
    assert content_hash(SHELLING) == content_hash("  " + SHELLING.upper().replace(" ", "  \n") + "\n")
    assert content_hash(SHELLING) != content_hash(SHELLING_EDITED)
    assert content_hash(SHELLING) != content_hash(SHELLING.replace("12", "13"))
    assert content_hash("") is None and content_hash("   \n") is None and content_hash(None) is None
    assert normalise_text("Ｔｕｒｋｅｙ\tSAID") == "turkey said"        # NFKC folds full-width letters


def test_outlet_of_prefers_source_then_host_then_document():
    assert outlet_of(" Levant  Herald ", "https://x.example/a") == "levant herald"
    assert outlet_of(None, "https://WWW.GulfDaily.example/world/778") == "gulfdaily.example"
    assert outlet_of("", "news.example.org/path") == "news.example.org"
    assert outlet_of(None, None, "doc-9") == "doc:doc-9"
    assert outlet_of(None, "not a url at all", "d") == "doc:d"
    assert outlet_of(None, "http://[broken", "d") == "doc:d"


def test_shingles_and_story_index_group_edited_copies_only():
    assert shingles("Troops fired") == {"troops fired"}
    idx = StoryIndex()
    assert idx.assign("levant-001", SHELLING) == "levant-001"
    assert idx.assign("talks-1", TALKS) == "talks-1"
    assert idx.assign("eastwire-42", SHELLING_EDITED) == "levant-001"
    assert idx.assign("eastwire-42", TALKS) == "levant-001"          # an id keeps its first story
    sims = idx.similar(SHELLING_EDITED)
    assert sims[0][0] in ("levant-001", "eastwire-42") and all(s >= 0.5 for _, _, s in sims)
    assert idx.assign("empty", "") == "empty" and idx.similar("") == []
    # a different story on the same topic is not a copy
    other = ("Turkish warplanes struck Kurdish militia targets in northern Iraq on Sunday, the army said, "
             "adding that several shelters and weapons caches were destroyed in the raids near the border.")
    assert idx.assign("iraq-strike", other) == "iraq-strike"


def test_story_index_rows_reload():
    idx = StoryIndex()
    idx.assign("levant-001", SHELLING)
    idx.assign("talks-1", TALKS)
    again = StoryIndex()
    for row in idx.rows():
        again.add(*row)
    assert len(again) == 2 and again.assign("eastwire-42", SHELLING_EDITED) == "levant-001"


@pytest.mark.parametrize("duplicate_coded", [False, True])
def test_three_copies_make_one_story_and_one_event_per_key(tmp_path, duplicate_coded):
    with Store(str(tmp_path / "s.duckdb")) as store:
        store.write_batch(three_copies(duplicate_coded=duplicate_coded) + [talks_result()])
        store.aggregate()
        docs = dict(store.con.execute("SELECT id, story_id FROM documents").fetchall())
        assert docs["levant-001"] == docs["gulf-778"] == docs["eastwire-42"] == "levant-001"
        assert docs["talks-1"] == "talks-1"
        dup = store.con.execute("SELECT duplicate_of FROM documents WHERE id = 'gulf-778'").fetchone()[0]
        assert dup == "levant-001"
        shelling = store.query_events(level="event", cameo="194")
        condemn = store.query_events(level="event", cameo="111")
    for events in (shelling, condemn):
        assert len(events) == 1
        e = events[0]
        assert e["num_articles"] >= 3 and e["num_sources"] >= 3 and e["num_mentions"] == 3
        assert e["num_stories"] == 1 and e["first_seen"] == e["last_seen"] == "2018-03-03"
        assert e["url"] and e["url"].startswith("https://")        # the best mention comes from a page with a URL
    assert shelling[0]["dead"] == 12 and shelling[0]["injured"] == 20 and shelling[0]["is_root"] is True
    assert shelling[0]["goldstein"] == -10.0 and shelling[0]["place_name"] == "Afrin"


def test_events_split_by_day_and_place(tmp_path):
    a = shelling_result("levant-001", source="Levant Herald")
    later = shelling_result("levant-002", source="Levant Herald", date="2018-03-04",
                            text=SHELLING.replace("March 3", "March 4"))
    elsewhere = shelling_result("levant-003", source="Levant Herald", text=SHELLING.replace("Residents", "Villagers"))
    for ev in elsewhere.events:
        ev.location.geonameid = "163345"                       # another town, same day
    with Store(":memory:") as store:
        store.write_batch([a, later, elsewhere])
        store.aggregate()
        rows = store.query_events(level="event", cameo="194")
    assert len(rows) == 3 and all(r["num_articles"] == 1 for r in rows)


def test_sql_aggregation_matches_the_python_rule():
    results = three_copies(duplicate_coded=True) + [talks_result()]
    with Store(":memory:") as store:
        store.write_batch(results)
        store.aggregate()
        sql_events = {r["event_id"]: r for r in store.query_events(level="event")}
        mentions = store._rows("SELECT * FROM mentions ORDER BY mention_id")
        documents = {d["id"]: d for d in store._rows("SELECT * FROM documents")}
    py_events = {g["event_id"]: g for g in aggregate_mentions(
        [{**m, "geonameid": m["location_geonameid"]} for m in mentions], documents)}
    assert set(sql_events) == set(py_events) and len(py_events) == 4
    for eid, g in py_events.items():
        s = sql_events[eid]
        for k in ("num_mentions", "num_articles", "num_sources", "num_stories", "goldstein", "first_seen", "date",
                  "source_code", "target_code", "cameo"):
            assert s[k] == g[k], k


def test_event_key_and_id_are_stable():
    k = event_key("TURMIL", "SYRREB", "194", "2018-03-03", "170017")
    assert k == "TURMIL|SYRREB|194|2018-03-03|170017"
    assert event_key("TURMIL", None, "194", "2018-03-03T10:00:00", None) == "TURMIL||194|2018-03-03|"
    assert event_id(k) == event_id(k) and 0 < event_id(k) < 2 ** 60
    assert event_day("2018-03") == "2018-03-01" and event_day("2018-02-30") is None and event_day("soon") is None


def test_tone_sign_follows_the_words():
    hostile, n = tone("Troops killed protesters and wounded dozens in a violent crackdown.")
    friendly, _ = tone("The two leaders praised the agreement and welcomed the ceasefire.")
    assert hostile < 0 < friendly and n == 10
    assert tone("") == (None, 0)


def test_a_story_with_many_copies_stays_one_story_and_fast():
    idx = StoryIndex(max_indexed_per_story=3)
    stories = {idx.assign(f"copy-{i}", SHELLING + f" Updated at {i % 24:02d}:{i % 60:02d} GMT.") for i in range(40)}
    assert stories == {"copy-0"}
    assert idx._indexed["copy-0"] == 3 and len(idx) == 40
    # reload keeps the cap and the grouping
    again = StoryIndex(max_indexed_per_story=3)
    for row in idx.rows():
        again.add(*row)
    assert again.assign("copy-late", SHELLING_EDITED) == "copy-0"


def test_the_coded_copy_stays_the_original_when_both_are_rewritten(tmp_path):
    a, b, c = three_copies()                     # b: the uncoded exact copy of a
    with Store(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([a, b, c])
        store.write_batch([b, a])                # a rerun that meets the copy first
        assert store.con.execute("SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL"
                                 ).fetchall() == [("gulf-778", "levant-001")]
        store.aggregate()
        assert store.query_events(level="event", cameo="194")[0]["num_articles"] == 3
