"""The sense arguments of an event noun (split from coding/senses.py, which works
out the kinds of a verb's own arguments): an event noun's doer ("Iran's support", "an attack by the army") with the
means the noun names for itself ("arms supplies", "an invitation to armed groups", "a ruling that finds a law
void") and its use as a mass noun (`mass`: "greater US engagement"), so that a lexicon row testing `subj:@state` or
the noun's own kinds picks the noun's sense."""
from __future__ import annotations

from eventwire.coding.senses import _finds_void, noun_kinds, subject_kinds


def noun_args(coder, cl) -> dict | None:
    """{"subj": (lemma, kinds)} for an event noun's doer (its possessor, actor modifier, "by" phrase or its light
    verb's subject: the clause's subject), when a row of the noun tests it (`subj:@state`); else None."""
    if not coder.lex.has_senses(cl.lemma or ""):
        return None
    means = _own_means(coder, cl.pred)
    if cl.subj is None:
        return {"subj": ("", means)} if means else None
    return {"subj": (cl.subj.lemma_.lower(), subject_kinds(coder, cl.subj) | means)}


def _guest_armed(coder, noun) -> bool:
    """Whether an invitation ("at the invitation of X") is one for armed forces to come or stay: the clause it is
    said of has an armed subject or object, also through its "to" verbs ("Chinese troops, at the invitation of
    Laos, will remain", "Russia, at the invitation of Damascus, plans to keep forces there")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "upon", "on"):
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    chain = [verb]
    while True:
        nxt = next((c for c in chain[-1].children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if nxt is None:
            break
        chain.append(nxt)
    parts = [c for v in chain for c in v.children if c.dep_ in ("nsubj", "dobj")]
    parts += [c for p in parts for c in p.children if c.dep_ == "conj"]
    return any("armed" in (subject_kinds(coder, c) if c.dep_ == "nsubj" else noun_kinds(coder, c)) for c in parts)


def _own_means(coder, noun) -> frozenset:
    """_means, with `mass` for a singular noun used with no article or number ("greater US engagement", "stepped up
    engagement with the militia": involvement, not an engagement fought; "an engagement", "engagements" count acts)."""
    means = _means(coder, noun)
    if noun is not None and noun.tag_ == "NN" and not any(c.dep_ in ("det", "nummod") for c in noun.children):
        return means | {"mass"}
    return means


def _means(coder, noun) -> frozenset:
    """`arms` when an event noun names its military means itself ("US air support": the modifier joined with the
    noun, `air-support` in argument_kinds.tsv): a `subj:@arms` test of the noun's rows holds as for a doer that is
    such a means ("support by airstrikes")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return frozenset()
    if _finds_void(coder, noun):
        return frozenset({"void_law"})      # "a ruling declaring the law unconstitutional": no one found guilty
    if noun.lemma_.lower() in ("invitation", "invite") and _guest_armed(coder, noun):
        return frozenset({"armed_guest"})   # an invitation for troops to come or stay: a request for military aid
    joined = frozenset(k for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                       for k in coder.lex.word_kinds(f"{c.lemma_.lower()}-{noun.lemma_.lower()}"))
    if "rhetoric" in joined:
        return frozenset({"rhetoric"})      # "tough talk", "strong words": rhetoric, no consultation
    if any("arms" in coder.lex.word_kinds(f"{c.lemma_.lower()}-{noun.lemma_.lower()}") for c in noun.children
           if c.dep_ in ("amod", "compound") and c.i < noun.i):
        return frozenset({"arms"})      # "lethal US backing": a modifier not next to the noun
    # (the parser may hang the phrase on the verb whose "on" phrase the noun is: "leaned on Saudi support in the war")
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "upon") else None
    heads = [noun] + ([verb] if verb is not None and verb.pos_ == "VERB" else [])
    if any("violent" in coder.lex.word_kinds(o.lemma_.lower()) for h in heads for p in h.children
           if p.dep_ == "prep" and p.lower_ in ("in", "during") and p.i > noun.i
           for o in p.children if o.dep_ == "pobj"):
        return frozenset({"arms"})      # "US support in their proxy wars": support given in a war is military
    return frozenset({"arms"}) & noun_kinds(coder, noun)


def doer_args(coder, noun) -> dict | None:
    """noun_args for an event noun met outside its own clause ("Turkey's protest came a day later"): its doer by
    clause_args.noun_agent (possessor, "by" phrase, actor modifier)."""
    from eventwire.coding.clause_args import noun_agent

    if not coder.lex.has_senses(noun.lemma_.lower()):
        return None
    agent = noun_agent(noun)
    means = _own_means(coder, noun)
    if agent is None:
        return {"subj": ("", means)} if means else None
    return {"subj": (agent.lemma_.lower(), subject_kinds(coder, agent) | means)}
