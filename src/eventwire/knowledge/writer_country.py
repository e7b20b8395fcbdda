"""The writer's own country in a letter or an opinion piece (issue 14, "wrong source": "our government" in a letter to
a British paper is Britain's, not a bare GOV nor the country the story is about).

    writer_owned(a, head, sent, ctx)   ->  (country, why) or None     # asked by speaker_side.speaker_country

A state body a first-person plural owns in the writer's own words, outside any quotation ("our government", "our
representative at the UN", "our prime minister"; actor_country.tsv `writer-owned`: the sectors), is of the writer's
country when the text says which that is, in the writer's own words:
  - the writer's description of themself: "I am a doctor and a proud Syrian woman", "As a Briton, I ..." (a
    nationality or a country in the predicate of "I am", or after "as a" before "I");
  - a sentence that speaks as "we"/"us"/"our" and names one country as the subject of a clause: "Britain ought to
    lead the calls for restraint; our inaction shames us all".
Where the text says neither, or names two countries so, the body stays as it was: a paper's letters come from anywhere.
"""
from __future__ import annotations

import re
from typing import Optional

_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_SUBJECTS = ("nsubj", "nsubjpass")
_AS_A = re.compile(r"\bas an? ", re.I)


def _quotes(doc) -> list:
    cache = doc.user_data.setdefault("eventwire.writer_quotes", {})
    if "spans" not in cache:
        from eventwire.knowledge.coref_quotes import CorefQuotes
        cache["spans"] = CorefQuotes._find_quotes(doc.text)
    return cache["spans"]


def _quoted(doc, i: int) -> bool:
    return any(s <= i < e for s, e in _quotes(doc))


def _country_at(tok, ctx) -> Optional[str]:
    """The country a name, a capital or a nationality at `tok` names (a state's own name, no body of it)."""
    ms = [m for m in ctx.mentions_at(tok.idx) if m.country and m.kind in ("country", "capital")
          and (m.code == m.country or m.kind == "capital")]
    cs = {m.country for m in ms}
    return cs.pop() if len(cs) == 1 else None


def _self_description(sent, ctx) -> Optional[tuple]:
    """(country, text) from "I am ... a Syrian woman", "As a Briton, I ...", outside quotes."""
    for t in sent:
        if t.lower_ != "i" or t.dep_ not in _SUBJECTS or _quoted(sent.doc, t.idx):
            continue
        v = t.head
        if v.lemma_.lower() == "be":
            preds = [c for c in v.children if c.dep_ == "attr"]
            preds += [c for p in preds for c in p.conjuncts]
            for p in preds:
                for m in p.children:
                    if m.i < p.i and m.dep_ in ("amod", "compound") and (c := _country_at(m, ctx)):
                        return c, f"the writer's '{t.text} {v.text} ... {m.text} {p.text}'"
        lo = sent.doc[sent.start: t.i].text
        hit = _AS_A.search(lo)
        if hit is not None:
            for m in sent.doc[sent.start: t.i]:
                if m.idx >= sent.start_char + hit.end() and (c := _country_at(m, ctx)):
                    return c, f"the writer's 'as a {m.text}'"
    return None


def _speaking_as_we(sent, ctx) -> Optional[tuple]:
    """(country, text) from a sentence outside quotes that says "we"/"us"/"our" and names one country as the subject
    of a clause ("Britain ought to lead the calls for restraint; our inaction shames us all")."""
    doc = sent.doc
    if not any(t.lower_ in _FIRST_PLURAL and not _quoted(doc, t.idx) for t in sent):
        return None
    found = {}
    for t in sent:
        if t.dep_ in _SUBJECTS and not _quoted(doc, t.idx) and (c := _country_at(t, ctx)):
            found.setdefault(c, t.text)
    if len(found) != 1:
        return None
    c, text = next(iter(found.items()))
    return c, f"the writer speaks as one of '{text}' ('we'/'our' with it as a subject in one sentence)"


def writer_country(doc, ctx) -> Optional[tuple]:
    """(country, why) of the writer, once per document (module doc), or None."""
    cache = doc.user_data.setdefault("eventwire.writer_country", {})
    if "got" in cache:
        return cache["got"]
    selves, wes = {}, {}
    for sent in doc.sents:
        got = _self_description(sent, ctx)
        if got is not None:
            selves.setdefault(*got)
        got = _speaking_as_we(sent, ctx)
        if got is not None:
            wes.setdefault(*got)
    out = None
    for found in (selves, wes):
        if len(found) == 1:
            out = next(iter(found.items()))
            break
        if found:
            break               # (two countries: no one is plain)
    cache["got"] = out
    return out


def writer_owned(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) for a state body "our" owns in the writer's words (module doc), or None."""
    from eventwire.knowledge.actor_where import word_kinds
    if head is None or a.sector not in word_kinds().get("writer-owned", frozenset()):
        return None
    own = next((c for c in head.children if c.dep_ == "poss"), None)
    if own is None or own.lower_ != "our" or _quoted(sent.doc, own.idx):
        return None
    got = writer_country(sent.doc, ctx)
    if got is None:
        return None
    return got[0], f"from the writer's own country, whose '{own.text} {head.text}' it is ({got[1]})"
