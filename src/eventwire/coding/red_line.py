"""A pledge or warning that sets a red line (issue 14, wrong root): "Obama vowed that any use of chemical weapons by
Assad would cross a red line, warranting military intervention", "warned that an attack on the ships would trigger a
military response". What the clause tells is the act the speaker would answer with force, so the vow or warning is a
threat of force (138), aimed at the one who would cross the line; senses.clause_kinds reads such a clause, to come, as
a `threat`. The words are data/coding/red_line.tsv."""
from __future__ import annotations

from functools import lru_cache

from eventwire.coding.tables import kind_sets


@lru_cache(maxsize=1)
def _words() -> dict:
    return kind_sets("red_line.tsv")


def _line_object(obj) -> bool:
    """Whether a noun names a limit one crosses: "a red line", "a 'red line'", "the Rubicon"."""
    lines = _words().get("line", frozenset())
    lem = obj.lemma_.lower()
    mods = [c.lower_ for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i]
    if lem == "line":
        return "red" in mods
    return lem in lines or any(m + "-" + lem in lines for m in mods)


def crossed_line(coder, verb) -> bool:
    """Whether a clause headed by `verb` tells a red line crossed ("would cross a red line") or an act that would
    bring on force ("would trigger a military response", "..., warranting direct military intervention")."""
    words = _words()
    lem = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lem in words.get("cross-verb", frozenset()) and any(_line_object(o) for o in objs):
        return True
    warrants = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp")]
    for w in warrants:
        if w.lemma_.lower() not in words.get("warrant-verb", frozenset()):
            continue
        for o in (c for c in w.children if c.dep_ == "dobj"):
            joined = [m.lemma_.lower() + "-" + o.lemma_.lower() for m in o.children if m.dep_ in ("amod", "compound")]
            if "violent" in coder.lex.word_kinds(o.lemma_.lower()) or any(
                    "violent" in coder.lex.word_kinds(j) for j in joined):
                return True
    return False
