""""The former" and "the latter" (issue 14, no source): a noun that points back to one of two parties named together
just before ("Jordan and Qatar remain at odds over the former's support for the rebels", "Tensions between Cairo and
Riyadh rose over the latter's funding of the militia", "... Ankara and Moscow. The latter sent jets") stands for the
first or the last of them.

    got = former_latter(h, ctx, sent)      # [actor] or None; asked by coding/resolve.py

The parties: the nearest earlier coordination of named actors (a word with conjuncts, "X and Y", "between X and Y"),
every conjunct an actor mention with a code, exactly two of them (a list of three the parser made of "a deal over
Libya, Cairo and Rome" has no former and latter), in the word's own sentence before it or else in the sentence just
before (never further back: what "the former" points to is the pair just told). "The former president", "the latter
stage" (an adjective on a noun) are no such word. Nothing where no such pair is found.

A conjunct the actor matcher gave no mention of its own ("the Turkish military and their Syrian rebel proxies after
the latter swept into Afrin", "met Turkish officers and Russian envoys, after the latter accused ...") is read as any
actor phrase is, by the resolver the caller passes (`resolve(token, sentence)`); it counts only where it reads as
exactly one actor with a code.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

WORDS = {"former": 0, "latter": -1}


def _pointer(h) -> bool:
    """Whether `h` is "the former"/"the latter" used as a noun (a possessor, subject, object), not a modifier."""
    return h.lower_ in WORDS and h.dep_ not in ("amod", "compound", "advmod") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
        and not any(c.dep_ in ("compound", "amod") for c in h.children)


def _named(tok, ctx):
    """The mention with a code that starts at `tok`, or holds it, else None."""
    return next((m for m in ctx.mentions_at(tok.idx) if m.code), None)


def _phrase_actor(tok, ctx, resolve):
    """The mention at `tok` (_named), else the one actor with a code the resolver reads the phrase headed by `tok` as;
    None where there is none or more than one."""
    if (m := _named(tok, ctx)) is not None or resolve is None:
        return m
    got = {a.code: a for a in resolve(tok, tok.sent) if a is not None and a.code}
    return next(iter(got.values())) if len(got) == 1 else None


def _pairs(toks, ctx, resolve=None) -> list:
    """The coordinations of named actors among `toks`, in text order, each a list of actors (two or more): the last
    conjunct's index and the actors."""
    out = []
    for t in toks:
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        parts = [t] + [c for c in t.conjuncts if c.i > t.i]
        named = [_phrase_actor(p, ctx, resolve) for p in parts]
        if all(named):
            out.append((parts[-1].i, named))
    return out


def former_latter(h, ctx, sent, resolve=None) -> Optional[list]:
    """[the first or last party of the pair named just before] for "the former"/"the latter" (module doc), else
    None. `resolve(token, sentence)` reads a conjunct with no mention of its own (optional)."""
    if not _pointer(h):
        return None
    doc = h.doc
    here = [t for t in doc[sent.start:h.i]]
    pairs = _pairs(here, ctx, resolve)
    where = "earlier in its sentence"
    if not pairs and sent.start > 0:
        before = doc[sent.start - 1].sent
        pairs = _pairs(list(before), ctx, resolve)
        where = "in the sentence before"
    if not pairs:
        return None
    _, named = pairs[-1]
    if len(named) != 2:
        return None               # ("over Libya, Cairo and Rome": the parser's three, no pair to point into)
    a = named[WORDS[h.lower_]]
    how = f"'the {h.lower_}' -> the {'first' if h.lower_ == 'former' else 'last'} of " \
          f"{' and '.join(repr(m.text) for m in named)}, named together {where}"
    return [replace(a, text=h.text, start=h.idx, end=h.idx + len(h.text),
                    why=f"{how}; {a.why or a.code} (coreference)")]
