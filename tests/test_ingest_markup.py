"""HTML markup inside a record's text (a CMS export, a scraper's "text" field) is coded as the text a reader sees:
no tags in sentences or actor spans, entities decoded, menus and scripts of a whole page dropped, and the text as
given kept with the document."""
from __future__ import annotations

import json

from eventwire import code_text
from eventwire.ingest.checks import check_document
from eventwire.ingest.jsonl import read_jsonl_stream
from eventwire.ingest.markup import has_markup, strip_markup
from eventwire.ingest.records import record_to_document

FRAGMENT = ("<p>Kenyan police detained 14 traders in Mombasa on Friday, the county commissioner said.</p>"
            "<p>The traders &amp; their lawyers called the arrests &quot;unlawful&quot;.</p>")
PAGE = ("<!DOCTYPE html><html><head><title>Port protest</title><style>p{color:red}</style>"
        "<script>trackVisitor('port');</script></head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        "<article><h1>Port protest</h1><p>Chilean police arrested 30 dock workers in Valparaiso on Thursday after "
        "they blocked the entrance to the container terminal for a second day.</p><p>The union said the strike "
        "would go on until the port authority agreed to talks on pay and safety, and its leaders urged other "
        "ports to join the protest.</p></article><footer>Copyright 2024 Coastal News</footer></body></html>")


def _doc(text: str):
    return record_to_document({"id": "m1", "text": text}, fallback_id="@x:1")


def test_a_fragment_becomes_paragraphs_with_entities_decoded_and_the_original_kept():
    doc = _doc(FRAGMENT)
    assert doc.status == "ok", doc.reason
    assert "<" not in doc.text and "&amp;" not in doc.text
    assert doc.text.split("\n\n") == [
        "Kenyan police detained 14 traders in Mombasa on Friday, the county commissioner said.",
        'The traders & their lawyers called the arrests "unlawful".']
    assert doc.meta["text_html"] == FRAGMENT
    assert doc.meta["markup"] == "html"
    assert doc.meta["markup_chars_removed"] == len(FRAGMENT) - len(doc.text)


def test_a_whole_page_keeps_its_main_text_and_title_and_drops_menus_scripts_and_footer():
    doc = _doc(PAGE)
    assert doc.status == "ok", doc.reason
    assert "Valparaiso" in doc.text and "container terminal" in doc.text
    for noise in ("trackVisitor", "color:red", "Home", "Copyright"):
        assert noise not in doc.text
    assert doc.meta["markup"] == "html page"
    assert doc.title == "Port protest"


def test_angle_brackets_that_are_no_html_tags_leave_the_text_alone():
    for text in ("Turnout was < 40% and the opposition said the count of votes was >> the rolls.",
                 "A statement signed <Reuters> and <ABC News> said troops left the town."):
        assert not has_markup(text)
        assert strip_markup(text) is None
        doc = _doc(text)
        assert doc.text == text and "markup" not in doc.meta


def test_one_stray_paragraph_tag_is_markup():
    doc = _doc("<p> Armed men abducted two engineers near the dam on Sunday, local officials said.")
    assert doc.text == "Armed men abducted two engineers near the dam on Sunday, local officials said."


def test_the_check_is_idempotent_on_stripped_text_that_mentions_a_tag():
    doc = _doc("<p>The site told readers to type &lt;b&gt; before a word to make it bold.</p>")
    once = doc.text
    assert once == "The site told readers to type <b> before a word to make it bold."
    check_document(doc)
    assert doc.text == once


def test_markup_that_holds_no_text_is_skipped_as_empty():
    doc = _doc("<div><br/><p>  </p><script>var a = 1;</script></div>")
    assert doc.status == "skipped" and doc.reason == "empty text"
    assert doc.meta["text_html"].startswith("<div>")


def test_a_json_line_with_a_fragment_is_coded_without_tags_in_sentences_or_actors():
    import io
    line = json.dumps({"id": "ke-1", "text": FRAGMENT}).encode() + b"\n"
    (doc,) = list(read_jsonl_stream(io.BytesIO(line), "feed.jsonl"))
    res = code_text(doc.text, date="2024-05-10")
    assert res.status == "coded", res.reason
    arrests = [e for e in res.events if e.cameo.startswith("17")]
    assert arrests, [(e.cameo, e.trigger_text) for e in res.events]
    for e in res.events:
        assert "<" not in e.sentence_text and ">" not in e.sentence_text
        for actor in (e.source, e.target):
            assert actor is None or "<" not in actor.text
    assert arrests[0].source.code == "KENCOP"


def test_code_text_strips_markup_itself():
    res = code_text(FRAGMENT, date="2024-05-10")
    assert res.status == "coded", res.reason
    assert res.events and all("<p>" not in e.sentence_text for e in res.events)


def test_text_under_markup_nested_deeper_than_the_parser_goes_is_kept():
    text = "<div>" * 3000 + "Rebels shot down a helicopter near the airport." + "</div>" * 3000
    doc = _doc(text)
    assert doc.status == "ok", doc.reason
    assert doc.text == "Rebels shot down a helicopter near the airport."
