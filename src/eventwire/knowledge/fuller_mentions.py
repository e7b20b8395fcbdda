"""A definite short mention ("the government", "the militia", "regime forces") takes the actor of the story's fuller
mention of the same noun before it ("the Iraqi government"): the rule of knowledge/actor_story.py's docstring, split
from it; it reads that module's story index (mentions named before a place, the word kinds).

    got = fuller_mention(a, head, ctx)         # (mention, phrase) or None
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from eventwire.knowledge.actor_story import _kinds, _named, _named_before, _side_word, _store


def _word_forms(word: str) -> str:
    """A regex for a head noun's singular and plural ("militia", "militias"; "army", "armies")."""
    w = re.escape(word)
    return f"{re.escape(word[:-1])}(?:y|ies)" if word.endswith("y") and len(word) > 3 else f"{w}(?:s|es)?"


_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|/)\s+|/")


def _fuller(ctx, word: str) -> list:
    """[(start, end, mention)] in text order: the story's fuller mentions of head noun `word` (built once per word and
    story): a country, state, ruler or group named just before it ("the US-led coalition" aside, which
    knowledge/actor_bodies.py reads: "the Iraqi government", "the Assad regime", "Syria's army"), or a group named
    right after it ("the Iranian-backed militia Kata'ib Hezbollah"); not a supporter ("Turkish-backed rebels"), a
    partisan ("pro-Assad militias") nor a people ("Kurdish fighters", whose homeland the people's own rule gives).
    Each country of a list is one ("British, US and Russian hostages"); the noun after another sector noun and no name
    ("an opposition delegation") is one of unknown country (mention None)."""
    cache = _store(ctx).setdefault("fuller", {})
    if word not in cache:
        from eventwire.knowledge.actor_where import partisan_at
        text = ctx.text
        starts, _ends, by_start, _by_end = _named(ctx)
        out = []
        coref = getattr(ctx, "coref", None)
        for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % _word_forms(word), text, re.I):
            got = [x for x in _named_before(ctx, m.start(), 1)
                   if x.kind not in ("igo", "sector") and not partisan_at(text, x.start)]
            if got:
                x = got[-1]
                out.append((x.start, m.end(), x))
                # "British, US and Russian hostages": each of the listed is one of them (several: none for the noun)
                out += [(x.start, m.end(), y) for y in _named_before(ctx, x.start, 1) if _LISTED.fullmatch(text, y.end, x.start)]
                continue
            k = bisect.bisect_left(starts, m.end())
            x = by_start[k] if k < len(by_start) else None
            if x is not None and x.entity and x.kind in ("group", "party") and re.fullmatch(r"\s+", text[m.end():x.start]):
                out.append((m.start(), x.end, x))           # "the militia Kata'ib Hezbollah"
                continue
            t = coref.token_at(m.start()) if coref is not None else None
            other = next((c for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < t.i
                          and coref.coder._sector_of(c, ctx)), None) if t is not None else None
            if other is not None:                           # "an opposition delegation": one of another side, unnamed
                out.append((other.idx, m.end(), None))
        cache[word] = out
    return cache[word]


def fuller_mention(a, head, ctx) -> Optional[tuple]:
    """(mention, phrase) for a definite short mention with no country of its own ("the government", "the militia"; or
    the bare noun modifying its head: "regime forces", "militia fighters"): the story's fuller mention of the same head
    noun before it ("the Iraqi government"), when all the story's fuller mentions of that noun before it name one actor
    (none for "the Syrian regime ... the Iranian regime ... the regime"). A short mention inside a quote takes only a
    fuller mention inside the same quote (a speaker's "the government" may be his own). Also the bare noun as the
    whole actor where it modifies another ("the deputy premier and cabinet spokesman"), and a capitalised
    body with no article, which is the one body ("Cabinet agreed on Thursday")."""
    if head is None or a.start is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None                   # ("his government", "Turkey's army": whose the phrase says)
    # ("his government spokesman": whose the governing noun's possessor says)
    modifier = head.dep_ == "compound" and head.i < head.head.i and head.pos_ == "NOUN" \
        and not any(c.dep_ == "poss" for c in head.head.children)
    if head.pos_ == "PROPN" and (head.tag_ != "NNP" or not head.text[:1].isupper() or any(
            c.dep_ in ("det", "compound", "flat", "amod", "nmod") for c in head.children)):
        return None                   # (a name: "Hezbollah"; only a lone capitalised body word reads as "the")
    coref = getattr(ctx, "coref", None)
    if coref is None:
        return None
    kinds = _kinds()
    own_rule = kinds.get("regime", frozenset()) | kinds.get("story-side", frozenset()) | kinds.get("coalition", frozenset())
    words = []
    bare_body = head.pos_ == "PROPN" and not any(c.dep_ == "det" for c in head.children)
    if (any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or modifier or bare_body) \
            and not (head.tag_ in ("NN", "NNP") and head.lemma_.lower() in coref.person_nouns):
        words.append(head)            # "the government"; not "the president", whom a story may name for several
        #                               countries and mean its own (title_country reads the story's titles)
    words += [c for c in head.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < head.i
              and coref.coder._sector_of(c, ctx)]           # "regime forces", "militia fighters"; not "border guards"
    # ("the regime", "the rebels", "the coalition": the story's own rule for that word, regime_country, side_country
    # and knowledge/actor_bodies.py)
    words = [w for w in words if _side_word(w.lemma_) not in own_rule and w.lemma_.lower() not in own_rule]
    if not words:
        return None
    quote = coref.quote_at(a.start)
    for w in words:
        found = [f for f in _fuller(ctx, w.lemma_.lower()) if f[1] <= a.start
                 and (quote < 0 or coref.quote_at(f[0]) == quote)]
        keys = {(f[2].entity or f[2].country) if f[2] is not None else f"?{f[0]}" for f in found}
        if len(keys) == 1 and found[-1][2] is not None:
            f = found[-1]
            return f[2], ctx.text[f[0]:f[1]]
    return None
