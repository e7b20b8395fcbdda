"""Clauses, arguments stage: the speaker put after a verb of saying that follows the quote it attributes (issue 14:
the speaker is the source of what is said).

'"We will not accept this," warned the Turkish foreign minister.' The parser reads the noun phrase after an
inverted verb that can take an object ("warned", "urged", "insisted", "threatened") as that verb's object, so the
speaker became the target and the act had no source. "said X" is mostly parsed right; the others are not.

`inverted_speaker(verb)` returns the head of that noun phrase, or None. Only a verb of saying (data/coding/roles.tsv
`inverted-speech`) with no subject of its own, right after a closing quotation mark (with or without a comma:
'...," warned', '...” warned'), whose object is a noun or name that ends the sentence or is followed by a comma and
a participle, a relative pronoun or a new quotation ('..., speaking in Geneva', '..., who ...', ', "..."'). Asked by
coding/clause_args.subject_of (the speaker is the subject) and object_of (and no object).
"""
from __future__ import annotations

from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, SUBJ_DEPS, role_words
from eventwire.doc_index import per_token

INVERTED_SPEECH = role_words().get("inverted-speech", frozenset())
CLOSING_QUOTES = frozenset({"”", '"', "’", "'"})
OPENING_QUOTES = frozenset({"“", '"', "‘"})
SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"', ";", ":"})
RELATIVES = frozenset({"who", "whose", "which"})


def _after_quote(verb) -> bool:
    """The verb comes right after a closing quotation mark, or after one and a comma ('...," warned')."""
    doc = verb.doc
    before = [doc[i].text for i in range(max(0, verb.i - 2), verb.i)]
    if not before:
        return False
    if before[-1] in CLOSING_QUOTES:
        return len(before) < 2 or before[-2] not in OPENING_QUOTES   # (not an empty '""')
    return before[-1] == "," and len(before) == 2 and before[-2] in CLOSING_QUOTES


def _ends_clause(obj) -> bool:
    """The object phrase ends the sentence, or is followed by a comma and a participle, a relative or a quote."""
    doc = obj.doc
    nxt = obj.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].text in SENTENCE_ENDS or doc[nxt].is_sent_start:
        return True
    if doc[nxt].text != ",":
        return False
    if nxt + 1 >= len(doc):
        return True
    after = doc[nxt + 1]
    return after.tag_ in ("VBG", "VBN") or after.lower_ in RELATIVES or after.text in OPENING_QUOTES


@per_token("eventwire.inverted_speaker")
def inverted_speaker(verb):
    """The speaker named after an inverted verb of saying that the parser read as its object, or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in INVERTED_SPEECH:
        return None
    if any(c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS for c in verb.children) or not _after_quote(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not _ends_clause(obj):
        return None
    return obj
