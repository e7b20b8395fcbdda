"""A record that runs into its time limit keeps the events of the sentences coded before the limit, with a reason
that says where coding stopped (pipeline.SENTENCE_SHARE, Coder.code); the inputs are generated pathological text:
one construction repeated thousands of times after an ordinary opening."""
from __future__ import annotations

from eventwire.model import Document

OPENING = "Kenya protested to Uganda on Monday over the border closure. Egypt condemned the attack on the embassy in Cairo. "
NOUNS = ["envoy", "minister", "army", "government", "council", "office", "delegation", "commander", "mission"]


def owner_chain(links: int) -> str:
    """"The envoy of the minister of the army of ... condemned Peru." with `links` nouns."""
    return "The " + " of the ".join(NOUNS[i % len(NOUNS)] for i in range(links)) + " condemned Peru."


def name_list(names: int) -> str:
    first = ["Tomas", "Ines", "Rafael", "Lucia", "Mateo", "Elena", "Bruno", "Clara"]
    last = ["Ortega", "Vidal", "Mendes", "Rocha", "Salas", "Paredes", "Ibarra", "Fontes"]
    people = [f"{first[i % 8]} {last[(i // 8) % 8]}" for i in range(names)]
    return ", ".join(people) + " and the Chilean ambassador condemned Peru on Tuesday."


def test_a_record_past_its_limit_keeps_the_events_of_the_sentences_before_it():
    from eventwire.pipeline import code_batch
    code_batch([Document(id="warm", text=OPENING, date="2022-05-02")])      # (tables loaded on first use)
    text = OPENING + " ".join(owner_chain(400) for _ in range(12))
    doc = Document(id="chain", text=text, date="2022-05-02")
    res, = code_batch([doc], doc_timeout=5.0)
    assert res.status == "coded", res.reason
    assert res.reason.startswith("timeout: coding stopped at sentence ")
    assert "5 s limit" in res.reason and "the rest is not coded" in res.reason
    k = int(res.reason.split("stopped at sentence ")[1].split()[0]) - 1     # (1-based in the reason)
    assert 1 <= k < len(res.sentences)
    got = {(e.sentence, e.source.code[:3] if e.source else None, e.target.code[:3] if e.target else None)
           for e in res.events}
    assert (0, "KEN", "UGA") in got                              # the opening's events are kept
    assert k < 2 or any(s == 1 and src == "EGY" for s, src, _ in got)
    assert all(e.sentence < k for e in res.events)               # nothing from the sentences not coded


def test_a_record_stopped_before_its_first_sentence_is_failed():
    from eventwire.pipeline import code_batch
    res, = code_batch([Document(id="none", text=OPENING, date="2022-05-02")], doc_timeout=1e-9)
    assert res.status == "failed" and res.reason.startswith("timeout: coding took over 1e-09 s")
    assert "stopped at sentence 0" in res.reason and res.events == []


def test_a_long_list_of_names_is_coded_whole_within_the_default_limit():
    from eventwire.pipeline import code_batch
    res, = code_batch([Document(id="names", text=OPENING + name_list(600), date="2022-05-02")])
    assert res.status == "coded" and not (res.reason or "").startswith("timeout"), res.reason
    assert {(e.source.code[:3], e.target.code[:3]) for e in res.events if e.source and e.target} >= {("KEN", "UGA")}


def test_events_not_placed_within_the_limit_are_kept_with_the_story_date(monkeypatch):
    """Placing and dating run in what is left of the limit: past it the events left are kept, unplaced."""
    import time

    from eventwire.knowledge import places
    from eventwire.pipeline import code_batch
    doc = Document(id="slow-places", text=OPENING, date="2022-05-02")
    (whole,) = code_batch([doc])
    assert len(whole.events) >= 2
    real = places.event_location

    def slow(*args, **kw):
        time.sleep(3.0)
        return real(*args, **kw)

    monkeypatch.setattr(places, "event_location", slow)
    (res,) = code_batch([doc], doc_timeout=2.0)
    assert res.status == "coded", res.reason
    assert res.reason.startswith(f"timeout: {len(whole.events) - 1} of {len(whole.events)} events not placed")
    assert len(res.events) == len(whole.events)
    assert all(e.date == "2022-05-02" for e in res.events)
