"""The doer of the conduct a response answers: "for V-ing" after an act aimed at someone (issue 14, wrong source).

"The EU imposed sanctions on Moscow for annexing the peninsula": Moscow annexed, not the EU. The "for V-ing" of an
act that answers another's conduct (a punishment, a legal step, blame or praise; roles.tsv `conduct-answer`) is the
conduct of the one that act is aimed at:

- the verb's object ("criticised Budapest for refusing", "praised Oslo for hosting") or its passive's patient ("the
  first man prosecuted under the law for helping", "X was jailed for spying");
- the "against"/"on" party of the answering noun, the verb's object or the noun the "for" hangs on ("began a case
  against Warsaw for refusing", "imposed sanctions on Moscow for annexing");
- the subject of a verb of undergoing it (roles.tsv `answer-undergo`: "risks a trial for passing secrets").

The "for" may hang on a phrase of the answer ("a trial under the new spying law for passing secrets"). Any other
"for V-ing" ("took credit for taking the city", "will lose for withdrawing") is its clause subject's, as before.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

ANSWERS = role_words().get("conduct-answer", frozenset())
UNDERGO = role_words().get("answer-undergo", frozenset())
AIM_PREPS = frozenset({"against", "on", "upon"})


def _answer(tok) -> bool:
    return tok.lemma_.lower() in ANSWERS or tok.lower_ in ANSWERS


def _aimed_at(noun):
    """The "against"/"on" party of an answering noun ("sanctions on Moscow", "a case against Warsaw"), or None."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in AIM_PREPS:
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and p.pos_ in ("PROPN", "NOUN", "PRON"):
                return p
    return None


def _from_noun(noun):
    """(token, how) for the one an answering noun is aimed at (its "against"/"on" party, or the subject of a verb of
    undergoing it, as ("undergo", verb)), or None."""
    if (p := _aimed_at(noun)) is not None:
        return p, f"the one '{noun.lemma_.lower()} {p.head.lower_}' is aimed at"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDERGO:
        return ("undergo", noun.head), f"the one '{noun.head.lemma_.lower()}' the {noun.lemma_.lower()}"
    return None


def _from_verb(verb):
    """(token, how) for the one an answering verb is aimed at (module doc), or None."""
    o = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if o is not None and o.pos_ in ("PROPN", "NOUN", "PRON"):
        if _answer(o) and o.pos_ == "NOUN":
            return _from_noun(o)        # "began a case against Warsaw for refusing"
        if _answer(verb):
            return o, f"object of '{verb.lemma_.lower()}'"
        return None
    if not _answer(verb):
        return None
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is not None:
        return patient, f"patient of '{verb.lemma_.lower()}'"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, f"patient of '{verb.lemma_.lower()}'"     # "the first man prosecuted for helping"
    return None


def conduct_doer(prep):
    """(token, rule) for the doer of the "for V-ing" that the preposition `prep` opens when it hangs on an act that
    answers another's conduct (module doc); (("undergo", verb), rule) where that doer is the subject of `verb`; or
    None."""
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    g = prep.head
    for _ in range(3):
        if g.pos_ in ("VERB", "AUX"):
            got = _from_verb(g)
        elif g.pos_ == "NOUN" and _answer(g):
            got = _from_noun(g)
        elif g.dep_ == "pobj" and g.head.dep_ == "prep":
            g = g.head.head                 # "a trial under the new spying law for passing secrets"
            continue
        else:
            return None
        if got is None:
            return None
        tok, how = got
        return tok, f"{how} (whose conduct the 'for' phrase names)"
    return None
