"""Helpers the doer stages share (review25): the act of force with no doer they look for (coding/doers.py
`doerless_force`) and the quotation a character offset lies in (knowledge/coref_quotes.py `quote_index`)."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from eventwire.coding.doers import doerless_force
from eventwire.knowledge.coref_quotes import CorefQuotes, quote_index
from eventwire.model import Actor, Event

SENTENCE = "Nine villagers were shot dead near Maiduguri on Sunday , police said ."


def _killing(**changes) -> Event:
    words = SENTENCE.split()
    victims = Actor.national("NGA", "CVL", text="Nine villagers", start=0, end=14, kind="sector")
    e = Event(source=None, target=victims, cameo="190", sentence=0, trigger_text="shot", modality="reported",
              sentence_text=SENTENCE, trigger_token=words.index("shot"))
    return replace(e, **changes)


def test_a_reported_killing_with_no_doer_is_looked_at():
    assert doerless_force(_killing(), SENTENCE.split())


def test_a_doer_an_aim_or_a_non_force_code_is_not():
    words = SENTENCE.split()
    police = Actor.national("NGA", "COP", text="police", kind="sector")
    assert not doerless_force(_killing(source=police), words)
    assert not doerless_force(_killing(modality="intent"), words)
    assert not doerless_force(_killing(cameo="112"), words)
    assert not doerless_force(_killing(target=None), words)
    assert not doerless_force(_killing(trigger_token=len(words) + 3), words)


def _quotes(text: str):
    q = CorefQuotes()
    q.quotes = CorefQuotes._find_quotes(text)
    q.quote_starts = [s for s, _ in q.quotes]
    return q


def test_quote_index_tells_which_quotation_an_offset_is_in():
    text = ('The governor said: "Troops will hunt the gunmen down." Later he added, "We will rebuild the market."')
    quote = quote_index(SimpleNamespace(coref=_quotes(text)))
    assert quote(text.index("hunt")) == 0
    assert quote(text.index("rebuild")) == 1
    assert quote(text.index("Later")) == -1


def test_quote_index_without_coreference_puts_every_offset_outside():
    assert quote_index(None)(12) == -1
    assert quote_index(SimpleNamespace(coref=None))(12) == -1
