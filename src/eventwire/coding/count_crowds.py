"""A bare plural count as a party: "thousands marched through the capital", "hundreds were arrested", "tens of
thousands rallied". With no "of" phrase that says who or what is counted, such a count names people, and is read as
"people" is (a civilian party whose country the clause's place gives). "Dozens of rockets", "hundreds of homes" are
their "of" phrase, never people. The counts: data/coding/nouns.tsv `count`."""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import aux_words, coding_table
from eventwire.nlp import doc_text

COUNT_NOUNS = frozenset(w.lower() for w, cls, *_ in coding_table("nouns.tsv") if cls == "count")


def bare_count(h) -> Optional[object]:
    """The last count token of a bare plural count of people ("thousands", "tens of thousands"), or None."""
    tok = h
    for _ in range(3):
        if tok is None or tok.tag_ != "NNS" or tok.lemma_.lower() not in COUNT_NOUNS:
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            # ("the thousands of the city's poor" has its "of"; "many thousands" is still a count)
            return tok if not any(c.dep_ in ("compound", "poss") for c in tok.children) else None
        tok = next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def count_crowd(h, role: str, resolve_people, verb_code) -> list:
    """[the civilian party a bare count names], or [] when ``h`` is none; ``resolve_people(start)``: the actor that
    "people" resolves to; ``verb_code(token, object)``: the code of a verb's first lexicon row ("" for none), with that object lemma
    (else the verb's own object).

    As a doer, a bare count is a crowd only as the subject of a verb of protest ("thousands marched"): in "24 soldiers
    were killed and dozens wounded", "millions pushed out of their farms" the parser makes the count the subject of a
    participle it suffers. "Dozens more", "hundreds others" count the ones named before (soldiers, civilians)."""
    count = bare_count(h)
    if count is None or any(c.lower_ in ("more", "other", "others") for c in count.children):
        return []
    if role == "source" and not (h.dep_ == "nsubj" and h.head.pos_ == "VERB" and verb_code(h.head, None)[:2] == "14"):
        return []
    if role != "source":
        # as the ones an act is done to, only of coercion, force posture or expulsion ("fired tear gas at thousands",
        # "tens of thousands were uprooted"): a count that was killed is a toll (the counts), "poured millions
        # into" is money, and "thousands will be displaced" a forecast
        verb = next((t for t in [h.head, *h.head.ancestors] if t.pos_ in ("VERB", "AUX")), None) if h.dep_ != "ROOT" else None
        # (the count stands for people as the verb's object: "displaced people", "detained people")
        code = verb_code(verb, "people" if h.dep_ in ("dobj", "nsubjpass") else None) if verb is not None else ""
        if not (code[:2] in ("15", "16", "17") or code[:3] == "201") \
                or any(c.dep_ == "aux" and c.lower_ in aux_words("predicted") for c in verb.children):
            return []
    a = resolve_people(h.idx)
    if a is None or not a.code:
        return []
    from dataclasses import replace
    end = count.idx + len(count.text)
    text = doc_text(h.doc)[h.idx:end]       # (Doc.text joins every token of the document at each call)
    return [replace(a, text=text, start=h.idx, end=end, why=(a.why or "") + f" (a bare count of people: '{text}')")]
