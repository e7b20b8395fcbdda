"""A WARC file that gives no page still gives one record with a reason a user can act on; a record the WARC reader
cannot read is named in words, not only by the reader's exception."""
from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest.warc import read_warc


def _warc(*records) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for kind, uri, ctype, body in records:
        if kind == "warcinfo":
            writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "a test crawler"}))
            continue
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def test_a_warc_of_images_and_crawl_info_says_it_has_no_pages_and_what_it_has():
    data = _warc(("warcinfo", None, None, None),
                 ("response", "http://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
                 ("response", "http://example.org/robots.txt", "text/plain", b"User-agent: *\nDisallow:\n"))
    (doc,) = list(read_warc(io.BytesIO(data), "crawl.warc"))
    assert doc.status == "skipped"
    assert doc.reason.startswith("no HTML pages in WARC file crawl.warc: 3 record(s)")
    for kind in ("1 warcinfo", "1 response image/png", "1 response text/plain"):
        assert kind in doc.reason
    assert doc.id == "@crawl.warc"


def test_a_page_among_other_records_gives_only_the_page():
    page = b"<html><body><p>Ugandan police arrested six opposition activists in Kampala on Monday.</p></body></html>"
    data = _warc(("warcinfo", None, None, None), ("response", "http://example.org/a", "text/html", page),
                 ("response", "http://example.org/b.png", "image/png", b"\x89PNG" + b"\x00" * 32))
    docs = list(read_warc(io.BytesIO(data), "mixed.warc"))
    assert [d.url for d in docs] == ["http://example.org/a"]
    assert "Kampala" in docs[0].text


def test_a_text_file_named_warc_is_said_to_be_no_warc_file():
    (doc,) = list(read_warc(io.BytesIO(b"these are my notes on the crawl, not an archive\n"), "notes.warc"))
    assert doc.status == "skipped"
    assert doc.reason.startswith("not a WARC file: notes.warc has no 'WARC/1.x' record header")


def test_an_empty_warc_file_is_said_to_be_empty():
    (doc,) = list(read_warc(io.BytesIO(b""), "empty.warc"))
    assert doc.status == "skipped" and doc.reason == "no records in WARC file empty.warc"


def test_a_response_record_without_its_target_uri_is_named_in_words():
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>x</p></body></html>"
    data = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body)) + body + b"\r\n\r\n"
    (doc,) = list(read_warc(io.BytesIO(data), "nouri.warc"))
    assert doc.status == "failed"
    assert doc.reason.startswith("unreadable WARC: nouri.warc: record 1 cannot be read: its WARC headers lack a "
                                 "WARC-Target-URI")
