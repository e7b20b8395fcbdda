"""What a speaker guesses another party feels is the speaker's comment, not that party's (issue 14, "wrong source":
an analyst's speculation coded as an act of the government it is about).

    events = guessed_minds(coder, events, doc, ctx)    # per sentence, after speech_venues (coder.py)

"'The government probably fears a backlash from voters,' Okafor said": the government said nothing; the researcher
did, of the government. A comment coded from a verb of feeling or expecting (CAMEO 012 pessimistic, 013 optimistic
comment: "fears", "hopes", "expects") that carries a word of guessing (data/coding/guessed_minds.tsv `hedge`:
"probably", "likely", "perhaps", or a modal "may", "might", "must") and is what a verb of saying reports (its
complement, quoted before or after it: data/lexicon/reporting_verbs.tsv) is the speaker's: the event takes the
speaker (the coder's reading of the saying verb's subject) as its source and the one whose mind is guessed as its
target. Where the coder reads no actor in the speaker's phrase (a private analyst the actor lists do not know), the
comment keeps no source and the one it is about as its target: it is no act of that one. A speaker of the same side as the one guessed, an official of
its state ("Ankara probably fears ..., a Turkish minister said"), is left as it is; a researcher or a group of the same
country is not that side. The source's `why` and the rule say so.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from eventwire.coding.agency import STATE_SECTORS
from eventwire.coding.answered import same_side
from eventwire.coding.lexicon import default_lexicon
from eventwire.coding.tables import kind_sets
from eventwire.model import Event

COMMENT_CODES = ("012", "013")


@functools.cache
def _hedges() -> frozenset:
    return frozenset(kind_sets("guessed_minds.tsv").get("hedge", ()))


def _hedged(verb) -> bool:
    return any(c.dep_ in ("advmod", "aux") and c.lower_ in _hedges() for c in verb.children)


def _saying(verb):
    """The verb of saying whose complement the verb is ("said the government probably fears"; "'...,' X said"),
    or None."""
    reporting = default_lexicon().reporting_verbs
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in reporting:
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in reporting
                 and c.i > verb.i), None)


def guessed_minds(coder, events: list[Event], doc, ctx) -> list[Event]:
    """The events of one sentence, with a speaker's guess of another party's mind made the speaker's comment
    (module doc)."""
    out = []
    for e in events:
        if not (e.cameo or "").startswith(COMMENT_CODES) or e.trigger_token is None or e.source is None \
                or e.trigger_token >= len(doc) or e.modality == "negated":
            out.append(e)
            continue
        verb = doc[e.trigger_token]
        said = _saying(verb) if verb.pos_ == "VERB" and _hedged(verb) else None
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
        if subj is None:
            out.append(e)
            continue
        got = [a for a in coder.actors_for(subj, ctx, subj.sent, role="source") if a is not None and a.code]
        if got and any(same_side(a, e.source) and (a.sector in STATE_SECTORS or a.code == e.source.code)
                       for a in got):
            out.append(e)           # (the side's own speaker telling its mind; a researcher of the same country is
            continue                # no speaker for its government)
        if not got and subj.pos_ == "PRON":
            out.append(e)           # ("..., he said": a speaker coreference did not resolve may be the side's own)
            continue
        why = f"a guess of what '{e.source.text}' feels, told by '{subj.text}' ('{said.text}')"
        target = replace(e.source, why=f"the one whose mind the speaker guesses ({why}); {e.source.why}")
        source = replace(got[0], why=f"{why}; {got[0].why}") if got else None
        out.append(replace(e, source=source, target=target, rule=(e.rule or "") + f"; doer: {why}"))
    return out
