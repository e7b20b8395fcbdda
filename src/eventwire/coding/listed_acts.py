"""Acts named only as an option on a list or as what marks out a class of people (issue 14, "not an event"), read
from the parse like coding/described.py, which calls them from `unasserted(cl)`:

- an option listed, not taken: a V-ing set after a colon, "for example" or "such as" that follows an `option` noun
  of data/coding/non_events.tsv ("left many options untried: for example, withdrawing support from the militias;
  dropping ...", "choices such as arming the rebels") (`listed_option`);
- a class of people named by what they do: a present participle or a present relative clause on a `class-pronoun`
  ("those fighting for independence inside Turkey", "anyone who calls for reform", "whoever attacks the
  convoys"): who they are, not an act told. A past act with a doer told ("those kidnapped by Isis", "those who
  fought against Assad") stays (`class_named`); and what such a class undergoes or does in the present simple is a
  habit or a rule, not an act told ("anyone who criticises the president is arrested", "those who defect are
  punished"; "those who defected were arrested" stays) (`class_habit`).

Each test returns a reason (str) or None.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.nonevent import _is

# the words between an option noun's colon and the first item it lists ("for example, ...", "namely ...")
LIST_MARKS = frozenset({"for", "example", "instance", "e.g.", "namely", "say", ",", "such", "as", "including",
                        "or", "even", "now", "perhaps"})
ITEM_DEPS = frozenset({"advcl", "appos", "dep", "conj", "npadvmod", "parataxis", "pcomp", "pobj", "acl", "dobj"})
# the words that may stand between an option noun and the colon: "options untried", "choices open to it"
OPTION_TAILS = frozenset({"ADJ", "ADV", "ADP", "PRON", "DET", "PART"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _option_before(colon) -> Optional[object]:
    """The `option` noun just before a colon ("left many options untried:"), or None."""
    doc = colon.doc
    for i in range(colon.i - 1, max(colon.sent.start, colon.i - 6) - 1, -1):
        t = doc[i]
        if t.pos_ in ("NOUN", "PROPN"):
            return t if _is("option", t) else None
        if t.pos_ not in OPTION_TAILS:
            return None
    return None


def listed_option(verb) -> Optional[str]:
    """ "left many options untried: for example, withdrawing support ...": a V-ing listed after an option noun."""
    for _ in range(6):           # "...: sending troops or imposing sanctions": the list's first item
        if verb.dep_ != "conj" or verb.head.tag_ != "VBG" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ITEM_DEPS:
        return None
    doc = verb.doc
    sent_start = verb.sent.start
    # "options such as arming the rebels": the V-ing in the "such as" phrase of the noun
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.i > sent_start \
            and doc[verb.head.i - 1].lower_ == "such" and _is("option", verb.head.head):
        return f"'{verb.head.head.text} such as {verb.text}': an option named, not an act done"
    # the nearest colon before the V-ing, with only listing words and earlier items between them
    for i in range(verb.i - 1, sent_start - 1, -1):
        t = doc[i]
        if t.text == ":":
            noun = _option_before(t)
            if noun is not None and all(doc[k].lower_ in LIST_MARKS or doc[k].text == ";" for k in range(i + 1, verb.i)) \
                    or noun is not None and _earlier_item(t, verb):
                return f"'{noun.text}: ... {verb.text}': an option listed, not an act done"
            return None
    return None


def _earlier_item(colon, verb) -> bool:
    """Whether a semicolon after the colon sets off the item `verb` opens ("...: withdrawing X; dropping Y")."""
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    while prev is not None and prev.lower_ in LIST_MARKS and prev.i > colon.i:
        prev = doc[prev.i - 1]
    return prev is not None and prev.text == ";" and prev.i > colon.i


def class_named(verb) -> Optional[str]:
    """ "those fighting for independence", "anyone who calls for reform": a class of people named by what they do."""
    head = verb.head
    if head.i == verb.i or not _is("class-pronoun", head):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return f"'{head.text} {verb.text}': a class of people named, not an act told"
    if verb.dep_ == "relcl" and verb.tag_ in PRESENT_TAGS and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return f"'{head.text} ... {verb.text}': a class of people named, not an act told"
    return None


def _present_simple(verb) -> bool:
    """ "is arrested", "are punished", "punishes": a present simple verb or passive, no perfect, no modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "aux" for a in auxes):
        return False
    if any(a.dep_ == "auxpass" for a in auxes):
        return all(a.tag_ in PRESENT_TAGS for a in auxes)
    return verb.tag_ in PRESENT_TAGS


def class_habit(cl) -> Optional[str]:
    """ "anyone who criticises the president is arrested": a present simple act on or by a class of people."""
    verb = cl.pred
    if cl.kind != "verb" or verb is None or not _present_simple(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _is("class-pronoun", subj):
        return None
    if not any(c.dep_ in ("relcl", "acl") and class_named(c) for c in subj.children):
        return None
    return f"'{subj.text} ... {verb.text}': a habit or a rule for a class of people, not an act told"
