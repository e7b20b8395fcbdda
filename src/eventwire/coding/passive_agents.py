"""The "by" phrase of a passive that the parser hung on a noun of its adjunct (issue 14: no source where the doer is
named): "the raids are conducted without any penalty by Libyan militias", "was shot in Gao by the rebels", "were
stopped at the checkpoint by police". The parser attaches the "by" phrase to the noun right before it ("impunity",
"Raqqa", "checkpoint"), so the passive reads as done by no one and the doer is left out.

    agent = misattached_agent(verb, is_event_noun)      # coding/clauses.py verb_clause, for a passive with no agent

Only a noun of a manner or place adjunct ("with", "in", "at", "on", "near", ...) that is no act, statement or document
of its own: "killed in an attack by Isis" is the act's doer (coding/doers.py reads it), "killed, according to a report
by Amnesty" names who reported it, "a statement by the ministry" who spoke. The rule says "passive agent (the parser
hung it on '...')". So is one hung on an aside about the passive's subject set off by commas after the verb ("were
displaced, many of them for the third time, by Jordanian shelling": the parser hangs the "by" phrase on "many"), an
aside that is a share of them ("many of them", "most of whom"), where a comma closes it right before "by" (not "the
villagers, many of them driven out by shelling", the aside's own).

A participle coordinated with a later passive that has the "by" phrase shares its doer ("a militia trained and
funded by Iran", "were arrested, beaten and detained by police"): the parser hangs the phrase on the last conjunct
only, so the earlier ones read as done by no one (`shared_passive_agent`, rule "passive agent (shared by
coordination)"). Not across a conjunct with a subject of its own ("he was arrested and his house was searched by
police") or one in the active voice, nor from a court to a hands-on custody verb ("was arrested and remanded by a
court": courts order custody, police and troops take people into it; data/coding/roles.tsv).

A "by" agent that is a bare adjective read as a noun and a comma before the name it describes ("by the rival,
US-backed Syrian Democratic Forces"): the parser ends the phrase at the comma and hangs the name on the verb, so the
agent reads as "the rival". `stacked_agent` gives the name after the comma when it ends the clause.

A passive of compulsion or request whose "to V" the parser gave the "by" phrase ("were forced to undergo checks by
the militia", "were ordered to leave by police": the phrase hung on "undergo" or on "checks") names the one who
compelled or asked (`_complement_agent`).

A "by" phrase set apart from its passive participle by an aside in dashes or commas ("the militia, which was
trained – for a decade – by Tehran's advisers"), which the parser hung on a word before the participle, names its doer
(`_parted_agent`).

A custody passive with no "by" phrase ("are held in camps", "were held for a month") whose own participle or "after"
clause is a passive capture with one ("having been captured by the Iraqi army", "after being kidnapped by
militiamen"): the captor holds them (`captor_agent`, rule "the captor ... it followed").
"""
from __future__ import annotations

from eventwire.coding.clause_record import ASSERT_NOUNS, COURT_NOUNS, CUSTODY_VERBS, HANDS_ON_CUSTODY, SENT_NOUNS, SPEECH_NOUNS

SHARED_AGENT = "passive agent (shared by coordination)"
ADJUNCT_PREPS = frozenset({"with", "in", "at", "on", "near", "inside", "outside", "across", "from", "for"})


def misattached_agent(verb, is_event_noun=None):
    """(token, rule) of the doer named in a "by" phrase hung on the noun of one of the passive verb's adjuncts, or
    None (module doc)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ADJUNCT_PREPS:
            continue
        for n in c.children:
            if n.dep_ != "pobj" or n.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = n.lemma_.lower()
            if lemma in SPEECH_NOUNS or lemma in ASSERT_NOUNS or lemma in SENT_NOUNS \
                    or (is_event_noun is not None and n.pos_ == "NOUN" and is_event_noun(n)):
                continue
            by = next((k for k in n.children if k.dep_ in ("prep", "agent") and k.lower_ == "by"), None)
            if by is None or by.i < n.i:
                continue
            a = next((g for g in by.children if g.dep_ == "pobj"), None)
            if a is not None and a.pos_ in ("NOUN", "PROPN", "PRON"):
                return a, f"passive agent (the parser hung it on '{n.text}')"
    return _aside_agent(verb) or _complement_agent(verb) or _parted_agent(verb)


DASHES = frozenset({"–", "—", "-", "--", ","})
PARTED_ASIDE = 6               # words an aside between a passive participle and its "by" phrase may run to


def _parted_agent(verb):
    """(token, rule) of the "by" agent set apart from its passive participle by an aside in dashes or commas, which
    the parser hung on a word before the participle ("the militias, which have been armed – until now – by Tehran":
    the phrase hung on a verb of the main clause), or None (module doc). The aside opens right after the participle
    and closes right before "by", within PARTED_ASIDE words, and names no verb of its own; not a means ("by paying"),
    a time ("by Friday") or a number."""
    doc = verb.doc
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or verb.i + 3 >= len(doc) or doc[verb.i + 1].text not in DASHES:
        return None
    opener = doc[verb.i + 1].text
    close = next((k for k in range(verb.i + 2, min(len(doc) - 1, verb.i + 2 + PARTED_ASIDE))
                  if doc[k].text == opener or (opener != "," and doc[k].text in DASHES - {","})), None)
    if close is None or close == verb.i + 2 or doc[close + 1].lower_ != "by" \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 2: close]):
        return None
    by = doc[close + 1]
    if by.dep_ not in ("prep", "agent") or by.head.i == verb.i or not (by.head.i < verb.i or verb.i < by.head.i < close):
        return None
    a = next((g for g in by.children if g.dep_ == "pobj"), None)
    if a is None or a.pos_ not in ("NOUN", "PROPN") or a.ent_type_ in ("DATE", "TIME", "LOC") \
            or a.lemma_.lower() in TIME_WORDS or any(t.like_num for t in a.subtree):
        return None                    # (a building that names its office is a doer: "by the Pentagon")
    return a, f"passive agent (set apart by the aside '{doc[verb.i + 2: close].text}', the parser hung it on " \
              f"'{by.head.text}')"


TIME_WORDS = frozenset({"end", "time", "deadline", "date", "morning", "evening", "night", "noon", "midnight",
                        "weekend", "week", "month", "year", "day", "spring", "summer", "autumn", "winter"})


def _complement_agent(verb):
    """(token, rule) of the "by" agent the parser hung on the active "to V" a passive of compulsion or request
    governs, or on that verb's object ("were forced to undergo checks by the militia", "were ordered to leave by
    police"), or None (module doc). Not a means ("by paying"), a time ("by Friday", "by the end of May") or a place
    beside which ("by the river")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for x in verb.children:
        if x.dep_ != "xcomp" or x.pos_ != "VERB" or x.tag_ != "VB" \
                or any(c.dep_ in ("auxpass", "nsubj", "nsubjpass", "agent") for c in x.children):
            continue
        hosts = [x] + [o for o in x.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
        for h in hosts:
            by = next((k for k in h.children if k.dep_ == "prep" and k.lower_ == "by" and k.i > h.i), None)
            a = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if a is None or a.pos_ not in ("NOUN", "PROPN") or a.ent_type_ in ("DATE", "TIME", "LOC", "FAC") \
                    or a.lemma_.lower() in TIME_WORDS or any(t.like_num for t in a.subtree):
                continue
            what = "what it was made to do" if h is x else f"the object of '{x.text}', what it was made to do"
            return a, f"passive agent (the parser hung it on '{h.text}', {what})"
    return None


def _aside_agent(verb):
    """(token, rule) of the "by" agent hung on an aside about the passive's subject after the verb, or None (module
    doc: "were displaced, many of them for the third time, by ..."). The aside is a share of them ("many of them",
    "most of whom") the parser made the subject's apposition or the verb's modifier."""
    doc = verb.doc
    asides = [ap for s in verb.children if s.dep_ == "nsubjpass" for ap in s.children if ap.dep_ == "appos"]
    asides += [c for c in verb.children if c.dep_ not in ("prep", "agent", "conj", "punct", "cc")]
    for ap in asides:
        if ap.left_edge.i <= verb.i or doc[ap.left_edge.i - 1].text != "," \
                or not any(k.dep_ == "prep" and k.lower_ == "of" and k.i == ap.i + 1
                           and any(g.dep_ == "pobj" and g.tag_ in ("PRP", "WP") for g in k.children)
                           for k in ap.children):
            continue
        by = next((k for k in ap.children if k.dep_ in ("prep", "agent") and k.lower_ == "by" and k.i > ap.i), None)
        if by is None or doc[by.i - 1].text != ",":
            continue
        a = next((g for g in by.children if g.dep_ == "pobj"), None)
        if a is not None and (a.pos_ in ("NOUN", "PROPN") or a.tag_ == "VBG"):
            return a, f"passive agent (the parser hung it on the aside '{ap.text} of ...')"
    return None


def shared_passive_agent(verb):
    """The "by" agent of a later passive participle coordinated with this passive one, or None (module doc)."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    for c in sorted((c for c in verb.conjuncts if c.i > verb.i), key=lambda c: c.i):
        if any(k.dep_ == "cc" and k.lower_ in ("but", "yet") for k in c.children) \
                or any(t.lower_ in ("but", "yet") for t in verb.doc[verb.i + 1: c.i]):
            return None                  # "blamed on the PKK but claimed by Isis": a contrast, not one doer
        deps = {k.dep_ for k in c.children}
        if c.tag_ != "VBN" or deps & {"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj"} \
                or ("aux" in deps and "auxpass" not in deps):
            return None                  # (a clause of its own, or an active verb: "trained fighters and has ...")
        by = next((k for k in c.children if k.dep_ == "agent"), None)
        if by is not None:
            a = next((g for g in by.children if g.dep_ == "pobj"), None)
            if a is not None and verb.lemma_.lower() in HANDS_ON_CUSTODY and a.lemma_.lower() in COURT_NOUNS:
                return None              # "arrested and remanded by a court": the court did not arrest
            return a if a is not None and a.pos_ in ("NOUN", "PROPN", "PRON") else None
    return None


def stacked_agent(pobj):
    """The name after the comma of a "by" agent cut at its stacked modifiers ("by the rival, US-backed Syrian
    Democratic Forces"), or None (module doc): the agent is a bare singular noun with nothing but a determiner or
    adjective, the comma comes right after it, and the noun phrase after the comma, hung by the parser on the verb
    or a verb above it, runs to the end of the clause."""
    doc = pobj.doc
    if pobj.tag_ != "NN" or pobj.i + 2 >= len(doc) or doc[pobj.i + 1].lower_ != "," \
            or any(c.dep_ not in ("det", "amod") for c in pobj.children):
        return None
    verb = pobj.head.head
    for h in doc[pobj.i + 2: min(len(doc), pobj.i + 12)]:
        if h.dep_ in ("npadvmod", "dobj", "appos") and h.pos_ in ("NOUN", "PROPN") and h.left_edge.i in (pobj.i + 1, pobj.i + 2) \
                and (h.head == pobj or h.head == verb or h.head in verb.ancestors):
            end = h.right_edge.i + 1
            if end >= len(doc) or doc[end].is_punct and doc[end].lower_ in (".", ";", ",", ":"):
                return h
            return None
    return None


def _coded(lemma: str, roots: tuple) -> bool:
    from eventwire.coding.lexicon import default_lexicon
    return any(e.cameo.startswith(roots) for e in default_lexicon().match_verb(lemma))


def captor_agent(verb):
    """(token, rule) of the "by" agent of the capture a custody passive with no agent of its own followed, or None
    (module doc)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "agent" for c in verb.children) or not (lemma in CUSTODY_VERBS or _coded(lemma, ("173",))):
        return None
    for c in verb.children:
        cap = c
        if c.dep_ == "prep" and c.lower_ == "after":
            cap = next((g for g in c.children if g.dep_ == "pcomp"), None)
        elif c.dep_ != "advcl":
            continue
        if cap is None or cap.tag_ != "VBN" or not any(k.dep_ == "auxpass" for k in cap.children) \
                or any(k.dep_ in ("nsubj", "nsubjpass") for k in cap.children) \
                or not _coded(cap.lemma_.lower(), ("17", "18", "19")):
            continue
        by = next((k for k in cap.children if k.dep_ == "agent"), None)
        a = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if a is not None and a.pos_ in ("NOUN", "PROPN"):
            return a, f"the captor of the '{cap.lower_}' it followed"
    return None


def fired_agent(verb, agent):
    """(token, rule) of the one who sent the weapon a passive was done by, named in a participle the parser hung on
    the verb (or on the weapon) after a comma ("were wounded by a mortar round, fired by the rebels, near the wall"), or None: the agent
    is a projectile or weapon (data/coding/attack_cues.tsv `projectile`, agent_nouns.tsv) with no possessor or "by" phrase
    of its own, and right after it come a comma and a `firing` participle with a "by" phrase of its own."""
    from eventwire.coding.context import agent_codes, load_attack_cues
    cues = load_attack_cues()
    lemma = agent.lemma_.lower()
    if agent.pos_ != "NOUN" or (lemma not in cues.get("projectile", frozenset()) and lemma not in agent_codes()) \
            or any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in agent.children):
        return None                   # ("Hamas's rockets", "a shell by the army": the weapon's own phrase names its doer;
                                      # a modifier, "an RPG round", "a Russian missile", may name the make: the
                                      # participle names who sent it)
    doc = agent.doc
    comma = agent.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    part = doc[comma + 1]
    if part.head.i not in (verb.i, agent.i) or part.dep_ not in ("advcl", "acl", "conj") or part.tag_ != "VBN" \
            or part.lemma_.lower() not in cues.get("firing", frozenset()):
        return None
    by = next((c for c in part.children if c.dep_ == "agent"), None)
    a = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if a is None or a.pos_ not in ("NOUN", "PROPN"):
        return None
    return a, f"the one who sent the '{agent.text}' it was done by ('{part.text} by')"
