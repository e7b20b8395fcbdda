"""Issue 19: the time limit per document is an option of the API server and the Python API as of `eventwire code`
(Spark: tests/test_spark.py): past it the sentences coded so far keep their events (a record with a "timeout"
reason), a document stopped before its first sentence is failed, and the others are coded."""
from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from eventwire.model import Document
from eventwire.server import ServerConfig, create_app

SLOW = "Rebels shelled the town of Kidal on Monday. Mali condemned the attack on Kidal."
FAST = "Kenya protested to Uganda on Monday over the border closure."


@pytest.fixture()
def slow_kidal(monkeypatch):
    """The coder lingers 2 s over each sentence naming Kidal: a document that takes long to code, made on purpose."""
    from eventwire.coding.coder import Coder
    real = Coder.code_sentence

    def code_sentence(self, sent, sent_i, ctx):
        if "Kidal" in sent.text:
            time.sleep(2.0)
        return real(self, sent, sent_i, ctx)

    monkeypatch.setattr(Coder, "code_sentence", code_sentence)


def test_api_fails_a_slow_document_with_timeout_and_codes_the_others(tmp_path, slow_kidal, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DOC_TIMEOUT", "120")            # the server's option wins over the variable
    app = create_app(ServerConfig(db=str(tmp_path / "t.duckdb"), api_token="tok", doc_timeout=1.5))
    c = TestClient(app)
    body = [{"id": "slow", "text": SLOW, "date": "2021-03-01"}, {"id": "fast", "text": FAST, "date": "2021-03-01"},
            {"id": "next", "text": "Egypt condemned the attack on the embassy in Cairo.", "date": "2021-03-01"}]
    r = c.post("/api/documents", json=body, headers={"Authorization": "Bearer tok"})
    assert r.status_code == 200, r.text
    slow, fast, after = r.json()["documents"]
    # the first sentence ran past the limit: its events are kept, the second sentence is not coded, the reason says so
    assert slow["status"] == "coded" and slow["reason"].startswith("timeout: coding stopped at sentence 2 of 2")
    assert "1.5 s limit" in slow["reason"] and "the events of the 1 sentences before it are kept" in slow["reason"]
    assert slow["events"] and all(e["sentence"] == 0 for e in slow["events"])
    assert fast["status"] == "coded" and fast["events"][0]["source"]["code"].startswith("KEN")
    assert after["status"] == "coded" and after["events"][0]["source"]["code"].startswith("EGY")
    stored = c.get("/api/documents/slow").json()                  # the partial record is stored with its reason
    assert stored["status"] == "coded" and stored["reason"] == slow["reason"]


def test_python_api_takes_the_limit_as_an_argument(slow_kidal, monkeypatch):
    from eventwire.pipeline import code_batch
    monkeypatch.setenv("EVENTWIRE_DOC_TIMEOUT", "120")
    docs = [Document(id="slow", text=SLOW, date="2021-03-01"), Document(id="fast", text=FAST, date="2021-03-01")]
    slow, fast = code_batch(docs, doc_timeout=1.5)
    assert slow.status == "coded" and slow.reason.startswith("timeout: coding stopped at sentence 2 of 2")
    assert slow.events and {e.sentence for e in slow.events} == {0}
    assert fast.status == "coded" and fast.events


def test_serve_has_the_option_with_the_same_default(monkeypatch):
    import uvicorn

    from eventwire import pipeline
    from eventwire.cli import build_parser
    from eventwire.server import app as server_app

    parser = build_parser()
    assert parser.parse_args(["serve"]).doc_timeout is None       # None: $EVENTWIRE_DOC_TIMEOUT, else 120
    monkeypatch.delenv("EVENTWIRE_DOC_TIMEOUT", raising=False)
    assert pipeline.doc_timeout() == pipeline.DEFAULT_DOC_TIMEOUT == 120
    with pytest.raises(SystemExit) as bad:
        parser.parse_args(["serve", "--doc-timeout", "0"])
    assert bad.value.code == 2
    seen = {}
    real = server_app.create_app

    def create(cfg):
        seen["cfg"] = cfg
        return real(cfg)

    monkeypatch.setattr(server_app, "create_app", create)
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)
    args = parser.parse_args(["serve", "--db", ":memory:", "--doc-timeout", "7.5"])
    assert args.func(args) == 0 and seen["cfg"].doc_timeout == 7.5
    assert "--doc-timeout SECONDS" in parser._subparsers._group_actions[0].choices["serve"].format_help()
