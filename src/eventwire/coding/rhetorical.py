"""A question put to a party about its own conduct (issue 14, wrong root): "Then I ask the US: did you have any
time limit in Afghanistan, when will it end?", "I ask the Americans: why are you arming terrorists?". The question
after the colon is asked of the addressee ("you") and ends with a question mark: a challenge, a rebuke of the one
asked, not a request for anything. senses.argument_slots gives such an asking verb's `clause` slot the kind
`challenge`, which the lexicon codes 111 (`111.ask-challenge`). Words: data/coding/rhetorical.tsv.

A fronted "Asked about the claim, the ambassador denied ..." (`asked_of`) tells the question a reporter put to the main
clause's subject: no request of his (even where the parser reads "Asked more about ..." as active with an object).
Called from coding/described.py `unasserted`."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from eventwire.coding.tables import kind_sets


@lru_cache(maxsize=1)
def _words() -> dict:
    return kind_sets("rhetorical.tsv")


def _ends_with_question(sent) -> bool:
    marks = [t for t in sent if t.is_punct and t.text not in ("\u201d", "\u2019", '"', "'", ")")]
    return bool(marks) and marks[-1].text == "?"


def put_question(verb) -> Optional[object]:
    """The verb of the question asked of the addressee after "ask X:", or None."""
    words = _words()
    if verb.lemma_.lower() not in words.get("ask-verb", frozenset()) or verb.tag_ not in ("VBP", "VBZ", "VB", "VBD"):
        return None
    sent = verb.sent
    if not _ends_with_question(sent):
        return None
    after = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i:
        after.append(verb.head)          # the parser made the question the sentence's root, "ask" its clause
    doc = verb.doc
    you = words.get("addressee", frozenset())
    for q in after:
        if not any(doc[i].text == ":" for i in range(verb.i + 1, q.i)):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in you for c in q.children):
            return q
    return None


def asked_of(verb) -> Optional[str]:
    """A reason when `verb` is a fronted past participle of asking ("Asked about X, Y said"), else None."""
    if verb.lemma_.lower() not in _words().get("ask-verb", frozenset()) or verb.tag_ not in ("VBN", "VBD") \
            or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    first = verb.sent.start
    if verb.i != first and not (verb.i == first + 1 and verb.doc[first].lower_ in ("when", "if", "once")):
        return None
    return f"'{verb.text}' fronted with no subject: a question put to the subject of '{verb.head.text}', no request"
