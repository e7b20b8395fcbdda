"""The story's refugees (issue 14, item 3, bare sectors; asked by knowledge/actor_country.place_actor).

    got = story_origin(a, head, ctx)       # (country, why) or None

Refugees take a country only from their own origin ("Syrian refugees"; data/coding/actor_country.tsv `own`): refugees
in Lebanon are not Lebanese. But a story that gives its refugees one origin wherever it names one ("20,000 Syrian
refugees", "refugees from Syria", "the Syrian refugee crisis") means those when it says "refugees" again with none:
"Canada decided to accept more refugees", "Jordan houses 600,000 refugees" are Syrians (SYRREF). Only a plural of
the same word as the story's (a `story-origin` word of actor_country.tsv: "asylum seekers" are not the story's
refugees), only an actor of a `story-origin-sector`, and none where the story gives the word two origins or none. A
singular ("a refugee") is one person, whose origin the story need not share. The origin is a country's name or
demonym just before the word (with at most a possessive and one lower-case word between: "Syria's 6 million refugees"
is read by the number's own word) or "from"/"fleeing" a country just after it; a demonym before the word as a compound
of a place for them ("Lebanese refugee camps", `story-origin-not` words) is where they are, not whence."""
from __future__ import annotations

import bisect
import re
from typing import Optional

_AFTER = re.compile(r"\s+(?:from|fleeing|who\s+fled)\s+(?:the\s+)?$", re.I)


def _kinds() -> dict:
    from eventwire.knowledge.actor_where import word_kinds
    return word_kinds()


def _origins(ctx, word: str) -> dict:
    """{country: first phrase}: the origins the story gives the refugee word `word` (singular or plural), built once
    per word and story."""
    from eventwire.knowledge.actor_story import _named, _named_before, _store
    cache = _store(ctx).setdefault("story-origin", {})
    if word in cache:
        return cache[word]
    from eventwire.knowledge.actor_where import partisan_at
    text = ctx.text or ""
    stem = word[:-1] if word.endswith("s") else word
    nots = _kinds().get("story-origin-not", frozenset())
    starts, _ends, by_start, _by_end = _named(ctx)
    found: dict = {}
    for m in re.finditer(r"(?<![\w-])%ss?(?![\w-])" % re.escape(stem), text, re.I):
        nxt = re.match(r"\s+([a-z]+)", text[m.end():m.end() + 30])
        if nxt is not None and nxt.group(1) in nots:
            continue                  # ("Lebanese refugee camps": where they are)
        got = [x for x in _named_before(ctx, m.start(), 1)
               if x.kind not in ("person", "igo", "sector") and not partisan_at(text, x.start)]
        if got:
            found.setdefault(got[-1].country, text[got[-1].start:m.end()])
            continue
        k = bisect.bisect_left(starts, m.end())
        x = by_start[k] if k < len(by_start) else None
        if x is not None and x.kind not in ("person", "igo", "sector") and x.start - m.end() <= 20 \
                and _AFTER.fullmatch(text, m.end(), x.start):
            found.setdefault(x.country, text[m.start():x.end])     # "refugees from Syria"
    cache[word] = found
    return found


def story_origin(a, head, ctx) -> Optional[tuple]:
    """(country, why) for a plural refugee actor with no origin of its own: the one origin the story gives the same
    word elsewhere (module doc)."""
    kinds = _kinds()
    if head is None or a.sector not in kinds.get("story-origin-sector", frozenset()) or a.country:
        return None
    word = head.lower_
    if head.tag_ != "NNS" or word not in kinds.get("story-origin", frozenset()):
        return None                   # ("a refugee": one person; "asylum seekers": not the story's refugees)
    if any(c.dep_ == "poss" for c in head.children):
        return None                   # ("its refugees": whose the phrase says)
    origins = _origins(ctx, word)
    if len(origins) != 1:
        return None
    country, phrase = next(iter(origins.items()))
    return country, f"from the one origin the story gives its {word} ('{phrase}')"
