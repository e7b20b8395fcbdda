"""Surnames that are English words, after a given name, in text without case (issue 14 item 7).

    surnames(tc, c)            # knowledge/truecase.py, step 4, after given_names

The English word list keeps "hall", "pierce", "lock" in lower case, so "karen pierce, the uk permanent representative"
became "Karen pierce" and the parser read a woman called Karen and a verb. A given name (data/coding/given_names.tsv)
that the copy already writes with a capital, being no English word ("oliver", "karen"), and right after it, past one
space, an English word (no -ed, -ly or -ing form: "anna died,") that ends a name by what follows it (a comma, a stop, a colon, a bracket, a possessive, a verb
of saying, "who"), is the person's surname: "Oliver Hall, 24, from Portsmouth", "Greg Hunt said"; so is the
same word after a given name anywhere else in the story. Not a function word,
a title, a sector term ("karen fighters,"), a month, nor a word after a country's name ("jordan said"); and the
given name is no later word of a name ("rory stewart recently", "ain issa camp"), unless a title stands before it
("sen. elizabeth warren"). Once found, the
surname standing alone later takes its capital by the cues of a known person's last name ("hall's parents", "pierce
told", "talks with hunt": truecase_names.raise_last_names)."""
from __future__ import annotations

import re

_END_CUE = re.compile(r"\s*(?:[,.:;()]|['\u2019]s\b)")
# the word before a given name, past a particle ("behesht-e"), a possessive ("qaryatain's") and a space or hyphen
_BEFORE = re.compile(r"([^\W\d_]+)(?:-[^\W\d_]{1,2})?(?:['\u2019]s)?[\s-]+$")
_PLACE_KINDS = frozenset({"country", "capital", "seat", "place", "region"})


def _ends_name(tc, c, j: int) -> bool:
    """Whether what follows word j closes a person's name."""
    e = c.words[j][1]
    if _END_CUE.match(c.nt, e):
        return True
    nw = c.next_word(j)
    return nw in tc.lists["attribution_verbs"] or nw == "who"


def surnames(tc, c) -> set:
    """Raise the English-word surname after a capitalised given name, and its later lone mentions; the surnames."""
    from eventwire.knowledge.gender import given_names as table
    from eventwire.knowledge.truecase_names import raise_last_names
    first, lists = table(), tc.lists
    found: set = set()
    pairs = []
    for i in range(len(c.words) - 1):
        j = i + 1
        if not c.capped[i] or c.capped[j] or c.decided[j] or c.nt[c.words[i][1]:c.words[j][0]] != " ":
            continue
        g, w = c.word(i), c.word(j)
        if g not in first or tc.is_english(g) or any(x.kind in _PLACE_KINDS for x in tc.kb.aliases.get(g, ())):
            continue
        m = _BEFORE.search("".join(c.chars[max(0, c.words[i][0] - 60):c.words[i][0]]))
        if m and m.group(1)[0].isupper() and m.group(1).lower() not in tc.titles \
                and m.group(1).lower() not in lists["name_titles"]:
            continue                  # a name's later word ("Rory Stewart", "Ain Issa camp"), unless after a title
        if len(w) < 3 or w.endswith(("ed", "ly", "ing")) or not tc.is_english(w) or w in tc.function_words or w in tc.titles \
                or w in lists["attribution_verbs"] or w in lists["months"] or w in lists["month_words"] \
                or w in lists["determiners"] or w in first:
            continue
        pairs.append(j)
        if _ends_name(tc, c, j):
            found.add(w)
    for j in pairs:                       # the full name elsewhere in the story too ("oliver hall and his unit")
        if c.word(j) in found:
            c.raise_case(c.words[j][0])
            c.decided[j] = c.capped[j] = True
    if found:
        raise_last_names(tc, c, found)
    return found
