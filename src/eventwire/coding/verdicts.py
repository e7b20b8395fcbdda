"""Verdicts on a war's outcome and feelings told with a verb of force (issue 14, "not an event" and "reported
speech"): two uses of an act's verb in the passive that name no act anyone did.

    if outcome_verdict(cl, ctx) or felt_blow(cl): ...     # coding/clause_gate.py, beside the boasts

- A `victory` verb of data/coding/non_events.tsv (defeat, vanquish) in the passive with no doer, told by a speaker
  (what a verb of saying or a claim, an estimate or an assessment reports, or inside a quotation): "Trump said the
  group had been defeated", "'Isis has been defeated,' said Pence", "challenged the president's assessment that the
  militants had been defeated". A judgement on how a war stands, not an act of force: the speaker's statement is
  what is coded. "The militants were defeated by Kurdish forces, he said" (a doer named) and the writer's own
  "the militants were defeated near the border" stay acts.
- A `felt-participle` (crushed, devastated, shattered, gutted, ...) with a first-person subject, no doer, and a
  present "be" or a verb of feeling ("we're crushed", "I feel destroyed", "we are devastated"): how the speaker
  feels, not a blow anyone struck. "We were bombed", "the town was devastated" (not the speaker's feeling) stay.
"""
from __future__ import annotations

from eventwire.coding.boasts import FIRST_PERSON, _quoted
from eventwire.coding.nonevent import _is, _reported_by

PRESENT_BE = frozenset({"am", "are", "is", "'m", "'re", "’m", "’re"})
FEELING_VERBS = frozenset({"feel", "look", "seem"})


def _doer_named(verb) -> bool:
    """Whether a passive verb has its "by" phrase (an agent): "defeated by Kurdish forces"."""
    return any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)


def outcome_verdict(cl, ctx) -> bool:
    """Whether the verb clause `cl` is a doer-less passive victory verb told by a speaker (see the module doc)."""
    verb = cl.pred
    if cl.kind != "verb" or verb is None or not cl.passive or not _is("victory", verb) or _doer_named(verb):
        return False
    if cl.preps.get("by") is not None:
        return False
    if cl.reported or _quoted(verb, ctx):
        return True
    return _reported_by(verb, ("estimate", "claim", "hearsay")) is not None


def felt_blow(cl) -> bool:
    """Whether the verb clause `cl` tells a first-person feeling with a verb of force (see the module doc)."""
    verb = cl.pred
    if cl.kind != "verb" or verb is None or not _is("felt-participle", verb) or _doer_named(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None and verb.dep_ in ("acomp", "oprd", "xcomp"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in FIRST_PERSON:
        return False
    if verb.dep_ in ("acomp", "oprd", "xcomp") and verb.head.lemma_.lower() in FEELING_VERBS:
        return True          # "I feel destroyed"
    return any(c.dep_ in ("auxpass", "aux", "cop") and c.lower_ in PRESENT_BE for c in verb.children)
