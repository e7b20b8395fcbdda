"""Which of coordinated nouns a relative clause is about, by the number of its verb (asked by
coding/clause_args.subject_of).

"the rift between Riyadh and Washington, which has armed militias in the east for years": a relative clause after
coordinated nouns whose verb is singular ("has", "is", "was", "uses") is about the nearest of them alone, not all of
them; the parser often hangs it on the first conjunct, and the coordination would then make every conjunct its
subject. A plural verb ("Britain and France, which have troops there") or one that shows no number ("used") keeps
the reading the parser gave."""
from __future__ import annotations

# auxiliaries and copulas that show a singular subject
_SINGULAR_AUX = frozenset({"has", "is", "was", "does", "'s"})


def _singular_verb(verb) -> bool:
    """Whether a finite verb, or the first auxiliary it has, agrees with a singular subject."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if aux:
        return aux[0].lower_ in _SINGULAR_AUX
    return verb.tag_ == "VBZ" or verb.lower_ in ("was",)


def nearest_conjunct(verb):
    """For a relative clause (`verb`, dep relcl) after coordinated nouns, its verb singular: the conjunct nearest
    before the clause, where the parser hung the clause on an earlier one; else None (keep the parser's head)."""
    head = verb.head
    if verb.dep_ != "relcl" or not head.conjuncts or not _singular_verb(verb):
        return None
    before = [c for c in (head, *head.conjuncts) if c.i < verb.i]
    if len(before) < 2 or any(c.tag_ in ("NNS", "NNPS") for c in before):
        return None                   # ("militias and rebels, who is": a misparse of another kind; keep it)
    nearest = max(before, key=lambda c: c.i)
    if nearest.i == head.i or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[nearest.i + 1: verb.left_edge.i]):
        return None
    return nearest
