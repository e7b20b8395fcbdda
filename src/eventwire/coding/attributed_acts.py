"""Acts of force a copula tells the doer of (issue 14 item 2, no source): "Dozens of civilians were killed in a
suicide attack on a mosque. The assault was the latest in a string of attacks by an affiliate of Isis"; "The bombing
was the work of al-Shabaab". The definite act noun ("the assault", "this bombing") is the act told just before; what
the copula says it is names its doer. coding/claimed.py reads these as it reads a claim of responsibility (the same
window, one claimer in the article, no other side acting in between):

    for verb, doer, act in attributions(coder, sdoc): ...     # asked by claimed._claims

The copula ("be", not negated) has as subject a definite act noun of force (the, this, that, or a possessor) and as
predicate ("attr") either a noun of authorship (`authorship` of roles.tsv: work, handiwork) whose "of" phrase names
the doer, or a noun or adjective whose "in"/"of" phrase is an act of force with a doer of its own ("the latest in
attacks by X", "the latest in a string of attacks by X", "the third of the group's bombings":
coding/noun_args.noun_agent), or whose own "by" phrase names it
("the deadliest by the group"). Not a guess or a likeness ("bore the hallmarks of", "resembled attacks by"): only a
copula says what the act was.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

DEFINITE = frozenset({"the", "this", "that"})
FORCE = ("18", "19", "20")


def _definite(noun) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in noun.children)


def _pobjs(tok, preps):
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def attributions(coder, sdoc) -> list:
    """(copula, doer token, act noun) for each copula in `sdoc` that tells the doer of a definite act of force."""
    from eventwire.coding.doers import _noun_code
    from eventwire.coding.noun_args import noun_agent
    authorship = role_words().get("authorship", frozenset())
    out = []
    for v in sdoc:
        if v.lemma_.lower() != "be" or v.pos_ not in ("AUX", "VERB") or any(c.dep_ == "neg" for c in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in v.children if c.dep_ == "attr"), None)
        if subj is None or attr is None or subj.pos_ != "NOUN" or not _definite(subj) \
                or _noun_code(coder, subj) not in FORCE:
            continue
        doer = None
        if attr.lemma_.lower() in authorship:
            doer = next(iter(_pobjs(attr, ("of",))), None)          # "the work of al-Shabaab"
        if doer is None:
            doer = next(iter(_pobjs(attr, ("by",))), None)          # "the deadliest by the group"
        if doer is None:
            for p in _pobjs(attr, ("in", "of")):                     # "the latest in attacks by X"
                series = [p] + _pobjs(p, ("of",))                    # ("the latest in a string of attacks by X")
                doer = next((noun_agent(n) for n in series if n.pos_ == "NOUN" and _noun_code(coder, n) in FORCE
                             and noun_agent(n) is not None), None)
                if doer is not None:
                    break
        if doer is not None and doer.pos_ in ("NOUN", "PROPN"):
            out.append((v, doer, subj))
    return out
