"""Roles stage: "the two men" as the patient of an act of force or custody (issue 14, no target).

A definite description of counted people by a bare word for people ("the two men", "the three women", "both
brothers") names nobody by itself: Roles._human leaves it uncoded, since the people may be fighters, officials or
hostages named before, and coding them as private people would be wrong as often as right. Where the story counted
the same number of people just before with a phrase that does name them ("two British Isis militants were captured
...", "three Italian engineers were seized ... The three men were later freed"), the description stands for that
phrase: its actor is theirs. Looked for in the sentence itself (before the description) and up to BACK_SENTENCES
before it, nearest first; only a plural noun with the same number word ("two", "2"), whose actor has a sector or is a named
body (not a bare country: "two countries", "two towns"), and never a number of days or years, nor the
speakers of a reporting verb ("two US officials confirmed ...": who told of them).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

from eventwire.coding.lexicon import default_lexicon
from eventwire.knowledge.coref_mentions import coref_words
from eventwire.model import Actor

BACK_SENTENCES = 4
FAR_SENTENCES = 40
_DETS = ("the", "these", "those", "both")
_DIGITS = {"2": "two", "3": "three", "4": "four", "5": "five"}


def _count(h) -> Optional[str]:
    """The number word a description counts its people by ("the two men" -> "two"; "both men" -> "two"), or None."""
    words = coref_words()
    n = next((c.lower_ for c in h.children if c.dep_ == "nummod" and c.i < h.i), None)
    n = _DIGITS.get(n, n)
    if n is None and any(c.lower_ == "both" and c.i < h.i for c in h.children):
        n = "two"
    return n if n is not None and words.get(n, ("", None))[0] == "count" else None


def counted_before(h, resolve: Callable) -> list[Actor]:
    """The actors of the earlier phrase that counted the people the description `h` counts again ("the two men" after
    "two British Isis militants"), or [] (module doc). `resolve(tok)` gives the actors of a noun head."""
    words = coref_words()
    set_noun = words.get(h.lemma_.lower(), ("", None))
    if h.pos_ == "NOUN" and set_noun[0] == "set-noun" and any(c.lower_ in _DETS and c.i < h.i for c in h.children) \
            and not any(c.dep_ in ("amod", "compound", "nmod", "appos", "acl") or (c.dep_ == "prep" and c.lower_ == "of")
                        for c in h.children):
        # why: "the pair", "the trio" count their people as "the two men" does (coref.tsv set-noun), with no word
        # of their kind ("the pair of boots" is no one)
        return _counted(h, set_noun[1], resolve)
    if h.pos_ != "NOUN" or h.tag_ != "NNS" or words.get(h.lemma_.lower(), ("", None))[0] != "people" \
            or not any(c.lower_ in _DETS and c.i < h.i for c in h.children) \
            or any(c.dep_ in ("amod", "compound", "nmod", "appos", "acl") for c in h.children) \
            or any(c.dep_ == "relcl" and h.doc[c.left_edge.i - 1].text != "," for c in h.children):
        return []                 # ("the two young men", "the two men, X and Y", "the two men who fled": described
        #                           or named right here; not "the two men, who were stripped of ...": told of more)
    n = _count(h)
    if n is None:
        return []
    return _counted(h, n, resolve)


def _origin_told(head) -> bool:
    """Whether a bare word for people says where they are from: a nationality word on it ("two British men") or a
    "from" phrase ("two men from Leeds")."""
    return any((c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP") or (c.dep_ == "prep" and c.lower_ == "from")
               for c in head.children)


def _from_place(head):
    """The place a "from" phrase on a bare word for people names ("two men from Oslo" -> Oslo), or None where a
    nationality word on it says where they are from."""
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in head.children):
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)


def _counted(h, n: str, resolve: Callable) -> list[Actor]:
    """The actors of the nearest earlier plural counted with the number word `n` that names its people (counted_before):
    up to BACK_SENTENCES back; where no count of `n` there decides, the nearest further back up to FAR_SENTENCES
    (why: a story that counted its two captives in its lead calls them "the two men", "the pair" all the way
    down), taken only where it names their country or group."""
    doc = h.doc
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= h.i < s.end)
    seen, got = _nearest_count(h, n, resolve, sents[max(0, here - BACK_SENTENCES): here + 1])
    if seen or here <= BACK_SENTENCES:
        return got
    return _nearest_count(h, n, resolve, sents[max(0, here - FAR_SENTENCES): here - BACK_SENTENCES], known=True)[1]


def _as_counted(h, n: str, got: list, how: str) -> list[Actor]:
    """The first of the actors `got` as the people the counted word `h` ("the two men") stands for, its `why` saying
    how the `n` were named or counted before (`how`)."""
    return [replace(a, text=h.text, start=h.idx, end=h.idx + len(h.text),
                    why=(a.why or "") + f"; '{' '.join(c.text for c in h.lefts)} {h.text}' are the {n} {how}")
            for a in got[:1]]


def _nearest_count(h, n: str, resolve: Callable, window: list, known: bool = False) -> tuple[bool, list[Actor]]:
    """(whether a count of `n` in the sentences of `window` before `h` decides who they are, the actors of the nearest
    such count that names its people, or []). `known`: only a count whose actors have a country or a group decides."""
    words = coref_words()

    def resolve(t, _resolve=resolve):
        return [a for a in _resolve(t) if not known or (a is not None and (a.country or a.entity))]
    for s in reversed(window):
        for t in reversed(list(s)):
            if t.i >= h.i or t.dep_ != "nummod" or _DIGITS.get(t.lower_, t.lower_) != n:
                continue
            head = t.head
            if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.ent_type_ in ("DATE", "TIME"):
                continue          # ("two years")
            if words.get(head.lemma_.lower(), ("", None))[0] == "people":
                # "two men" again names no kind; why: names in apposition to it do ("the two men from London, X
                # and Y"): the first name's actor, where it has one
                named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                got = [a for a in resolve(named) if a is not None and a.code] if named is not None else []
                if got:
                    return True, _as_counted(h, n, got, f"named before as '{head.text}, {named.text}'")
                if _origin_told(head):
                    # why: "two British men", "two men from Leeds" say where the people are from: their country
                    got = [a for a in resolve(head) if a is not None and a.code and a.country]
                    if (town := _from_place(head)) is not None:
                        # why: "two men from Oslo" are people of Norway, not its government the capital stands for
                        home = next((a.country for a in got + resolve(town) if a is not None and a.country), None)
                        got = [Actor.national(home, "CVL", name=None, entity=None, text=head.text, start=head.idx,
                                              end=head.idx + len(head.text), kind="sector",
                                              why=f"'{head.text} from {town.text}': people from {home}, civilians "
                                                  f"(CVL)")] if home else []
                    if got:
                        return True, _as_counted(h, n, got, f"counted before as '{t.text} ... {head.text}'")
                continue
            if head.dep_ == "nsubj" and head.head.lemma_.lower() in default_lexicon().reporting_verbs:
                continue          # ("Two US officials confirmed the capture": who told of them, not them)
            got = [a for a in resolve(head) if a is not None and a.code and (a.sector or a.entity)]
            if got:
                return True, _as_counted(h, n, got, f"counted before as '{t.text} ... {head.text}'")
            if not known:
                return True, []   # the nearest count of people decides, whether or not it names them
    return False, []


def aged_before(h, people: dict, ctx=None) -> list[Actor]:
    """The person "the 21-year-old" stands for: a singular definite description by age only is the person of the
    story's register (`people`: token index -> Actor, knowledge/people.py) named before it, up to BACK_SENTENCES back:
    the one given the same age ("Sam Hale, 24, ..." for "the 24-year-old"), else the nearest. Never one named in
    its own clause after it, nor any for "a 21-year-old" (someone new) or a described one ("the 21-year-old
    student", a head with a noun of its own). With `ctx`, a name the register lacks (no list knows it, it has no
    role) is one too where the story's description of it gives a country: a private individual of that country
    ("Sam Hale, 24, from Leeds": GBRCVL; knowledge/unknown_origin.described_private)."""
    if h.lower_ != "old" or not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
        return []
    year = next((c for c in h.children if c.lemma_.lower() in ("year", "month")), None)
    age = next((c.text for c in year.children if c.like_num), None) if year is not None else None
    if age is None:
        return []
    doc = h.doc
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= h.i < s.end)
    lo = sents[max(0, here - BACK_SENTENCES)].start
    found = [(i, a) for i, a in people.items() if lo <= i < h.i and a is not None and a.code]
    if ctx is not None:
        found = sorted(found + _described_names(doc, lo, h.i, people, ctx), key=lambda f: f[0])
    if not found:
        return []

    def aged(i):
        t = doc[i]
        head = t.head if t.dep_ in ("compound", "flat") else t
        return any(c.like_num and c.text == age and c.dep_ in ("appos", "npadvmod", "nummod", "amod")
                   for c in head.children)
    same = [(i, a) for i, a in found if aged(i)]
    i, a = (same or found)[-1]
    how = "given the same age" if same else "the nearest named before"
    return [replace(a, text=doc[year.i - 2:h.i + 1].text if year.i >= 2 else h.text, start=h.idx,
                    end=h.idx + len(h.text), why=(a.why or "") + f"; 'the {age}-year-old' is '{doc[i].text}', "
                                                                f"the person {how}")]


def _described_names(doc, lo: int, hi: int, people: dict, ctx) -> list:
    """(token index, actor) of the names between `lo` and `hi` that the register lacks and whose country the story's
    description of them gives (aged_before)."""
    from eventwire.knowledge.unknown_origin import described_private
    out = []
    for t in doc[lo:hi]:
        if t.ent_type_ != "PERSON" or t.pos_ != "PROPN" or t.i in people \
                or (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I"):
            continue              # (only a name's last word, once)
        first = t.i
        while first > lo and doc[first - 1].ent_iob_ != "O" and doc[first].ent_iob_ == "I":
            first -= 1
        name = doc[first: t.i + 1]
        a = described_private(t, name.text, name.start_char, name.end_char, ctx, "described by age")
        if a is not None:
            out.append((t.i, a))
    return out
