"""Toponym recognition, one name one place through a document: a name the article uses as a place is the same
place where it comes back at the head of a body's or an official's name the parser took for a person or an
organisation ("Millbrook Fire Chief Dana Archer", "Lakeview Mayor Tom Briggs", "Dublin City Council"), or alone
where the parser gave it no label.

places.find_places calls `recurring_mentions` once per document, after it has decided which gazetteer matches
are places; the new mentions resolve as the name's other mentions do (places._pass2 resolves a name once).
"""
from __future__ import annotations

from eventwire.nlp import doc_ents, ent_at
from eventwire.knowledge.place_words import _SAY_AFTER, _TITLES, _WORDS
from eventwire.knowledge.toponym_parts import _KIND_AFTER, _SITE_BETWEEN, _TOWN_BODY
from eventwire.knowledge.toponyms import _Mention

# words after a town's name that make the name the town's ("Avondale Mayor", "Huntsville Fire Chief", "Cookville
# residents"; not "Post" or "Times": a newspaper is named after a town it need not be in)
_TOWN_NEXT = _TOWN_BODY | _SITE_BETWEEN | _KIND_AFTER | _WORDS["town_officials"] | _WORDS["town_people"]
_LABELS = ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "")
MAX_WORDS = 3


def _text(dtext: str, span) -> str:
    return dtext[span.start_char:span.end_char]


def recurring_mentions(doc, mentions: list, gaz) -> list:
    """New mentions (source "ctx") for the other uses of the names that mentions holds as places by the parser's
    label or by the words around them."""
    # the words of people's names: in "Huntsville Fire Chief Ann Poe" only those after the title
    person_words = set()
    for e in doc_ents(doc):
        if e.label_ == "PERSON" and len(e) >= 2:
            q = max((k for k in range(e.start, e.end) if doc[k].lower_ in _TOWN_NEXT), default=e.start - 1)
            person_words |= {doc[k].lower_ for k in range(q + 1, e.end)}
    names: dict[str, str] = {}
    for m in mentions:
        if m.demonym_only or m.unresolved_only or m.shown:
            continue
        if (m.source == "ner" and m.label == "GPE" or m.source == "ctx") and not (
                m.text.isupper() and len(m.text) <= 4):       # (not "EU", "NGO": an acronym is no town)
            words = m.text.split()
            if len(words) <= MAX_WORDS and not any(w.lower() in person_words for w in words) and any(
                    c.feature in ("city", "admin1", "admin2", "country") and not c.alt and not c.demonym
                    for c in gaz.lookup(m.text)):      # (a town's name, not "Isis" of "Isis-held")
                names[m.text] = m.text
    if not names:
        return []
    taken = [False] * len(doc)
    for m in mentions:
        for k in range(m.tok_start, m.tok_end):
            taken[k] = True
    n = len(doc)
    # (a span's text sliced from the document's by its character offsets: Span.text joins its tokens)
    from eventwire.nlp import doc_text, upper_starts
    dtext = doc_text(doc)
    out = []
    # (only the untaken words that start with a capital: no Token made for the others)
    upper = upper_starts(doc)
    k = 0
    for at in [x for x in range(n) if upper[x] and not taken[x]]:
        if at < k:
            continue
        k = at
        t = doc[k]
        if taken[k] or not t.text[:1].isupper() or t.ent_type_ not in _LABELS or t.ent_iob_ == "I" and not (
                k > 0 and doc[k - 1].lower_ == "the" and doc[k - 1].ent_iob_ == "B"):
            k += 1
            continue
        hit = 0
        for L in range(MAX_WORDS, 0, -1):
            j = k + L
            if j <= n and not any(taken[x] for x in range(k, j)) \
                    and _text(dtext, doc[k:j]) in names:
                hit = j
                break
        if not hit:
            k += 1
            continue
        j = hit
        prev = doc[k - 1].lower_ if k > 0 else ""
        nxt = doc[j] if j < n else None
        ok = prev not in _TITLES and (nxt is None or nxt.lower_ not in _SAY_AFTER and nxt.lower_ not in ("'s", "’s"))
        if ok and nxt is not None and nxt.text[:1].isupper() and nxt.lower_ not in _TOWN_NEXT:
            ok = False        # "Jordan Smith", "Erie GM": the name starts another name
        if ok and t.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT") and not (
                nxt is not None and nxt.lower_ in _TOWN_NEXT):
            # the whole entity is the name: a place only where the words around it are not a person's
            ent = ent_at(doc, k)
            ok = ent is not None and ent.end <= j + 0 and t.ent_type_ != "PERSON"
        if ok:
            m = _Mention(doc[k:j].text, doc[k].idx, doc[j - 1].idx + len(doc[j - 1].text), k, j, "ctx", "LOC")
            out.append(m)
            for x in range(k, j):
                taken[x] = True
        k = j
    return out
