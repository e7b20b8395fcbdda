"""Findings of blame (issue 14: right root and both actors): one who finds, concludes, agrees or assesses that another
party is responsible for, behind or to blame for an act accuses that party (112), as one who says so does
(coding/speech_acts.py `blamed_by`).

"Ministers agreed it was highly likely the junta was responsible for the massacre", "the inquiry found that the army
was behind the attack", "Germany agreed with the assessment that Moscow was to blame for the attack": the finder
accuses the blamed party; the blamed act is no act of that party's told by the story (the culprit clause gives way to
the accusation, as for "said"), and the finder's own verb is no statement (010 "agree-finding", 014 "assess") of its
own where the accusation tells it. Only a finding whose finder is named (the subject of a verb of
data/coding/blame_findings.tsv `finding`, or of a reporting verb), through at most one hedge of probability
("it was highly likely that", `likely`) or one noun of a view ("with the assessment that", `view`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from eventwire.coding.tables import aux_words, kind_sets


def _words(kind: str) -> frozenset:
    return kind_sets("blame_findings.tsv").get(kind, frozenset())


@lru_cache(maxsize=1)
def _frame_heads() -> frozenset:
    """Every lemma `blame_frame` can start from but "behind": a word outside it frames no blame (checked first,
    since the frame is asked of every token of every sentence)."""
    return BLAME_WORDS | _words("conduct") | _words("doing")


def _view_up(tok):
    """The verb whose phrase holds the noun of a view the clause `tok` tells ("agreed with the assessment that X
    was ...", "said with high confidence that ..."), or None."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in _words("view"):
        return None
    up = noun.head
    if noun.dep_ == "pobj" and up.dep_ == "prep":
        up = up.head
    elif noun.dep_ not in ("dobj", "nsubj"):
        return None
    return up if up.pos_ in ("VERB", "AUX") else None


def finding_verb(cop, reporting=frozenset()) -> Optional[object]:
    """The verb of the finding whose content the clause headed by `cop` is (module doc): a verb of
    blame_findings.tsv `finding` (or a reporting verb, `reporting`) with a subject of its own; None where there
    is none."""
    tok = cop
    for _ in range(3):
        if tok.dep_ == "conj" and tok.head.dep_ in ("ccomp", "parataxis"):
            tok = tok.head     # "agreed that X has a record of such attacks and it is likely X was behind it"
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.i != tok.i:
            up = tok.head
        elif tok.dep_ == "acl":
            up = _view_up(tok)
        else:
            return None
        if up is None:
            return None
        if up.pos_ == "ADJ":           # "it was (highly) likely (that) X was ...": on to the hedge's copula
            up = up.head if up.lemma_.lower() in _words("likely") and up.dep_ == "acomp" else None
            if up is None:
                return None
        lemma = up.lemma_.lower()
        if lemma in _words("finding") or lemma in reporting:
            if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in _words("unmade")
                   or c.dep_ == "aux" and c.lower_ in aux_words("modal") for c in up.children):
                return None                # "did not find", "if the UN concludes", "will determine": no finding
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children) or up.dep_ in ("conj", "ccomp", "advcl"):
                return up
            return None
        if lemma != "be":
            return None
        if tok.dep_ == "ccomp" and view_holder(up) is not None:
            return up                      # "the government's position was that X was to blame": the view's holder
        tok = up                           # "it was (highly) likely": go on above the hedge's copula
    return None


def view_holder(cop):
    """The holder of the view a copula says its "that" clause is: the possessor or the noun compounded with a `view`
    noun that is the copula's subject ("the government's position was that ...", "the army's view is that ..."), or
    None."""
    if cop.lemma_.lower() != "be":
        return None
    noun = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.lemma_.lower() not in _words("view"):
        return None
    return next((c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")
                 or c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")), None)


def is_finding(verb) -> bool:
    """Whether `verb` is a verb of finding (blame_findings.tsv `finding`)."""
    return verb.lemma_.lower() in _words("finding")


def refile_findings(events: list, findings: dict) -> list:
    """The sentence's events less the finder's own statement (root 01) on a verb whose finding the sentence's
    accusation (112) already tells: `findings` maps the verb's token index to where the parties it blames are named
    and their codes (a statement's target may be another mention of the same party).
    A statement aimed at a party other than those blamed stays ("Germany agreed with Britain ..."). Nor is the
    blamed act coded as the blamed party's where only the blame names its doer (coding/culprit_acts.py: "agreed X
    was responsible for the attack", the attack is no act of X's the story tells); an act the story tells
    otherwise ("had carried out the attack", "the massacre, which killed 40") stays."""
    if not findings:
        return events
    culprits = set().union(*findings.values())
    out = []
    for e in events:
        if e.source is not None and e.source.start in culprits and "subject by culprit" in e.rule:
            continue             # the blamed act read with the blamed party as its doer: only the finder says so
        blamed = findings.get(getattr(e, "trigger_token", None))
        if blamed is not None and e.cameo[:2] == "01" \
                and (e.target is None or e.target.start in blamed or e.target.code in blamed):
            continue
        out.append(e)
    return out


BLAME_WORDS = frozenset({"responsible", "responsibility", "blame", "culpable", "accountable"})


def _blamed_noun(tok) -> bool:
    """Whether `tok` names a harmful act or its toll one is blamed for (blame_findings.tsv `blamed`)."""
    return tok.lemma_.lower() in _words("blamed") or tok.lower_ in _words("blamed")


def blame_frame(tok):
    """(verb, blamed subject) where `tok` lays the blame for a harmful act on a clause's subject: "Y was
    responsible for / behind / to blame for the attack", "Y bears responsibility for the deaths", "Y had carried out
    the attack", "Y had a pattern of dangerous behaviour with chemical weapons" (a course of harmful conduct); or
    None. Not where the clause is negated or asks ("whether Y was behind it")."""
    low = tok.lemma_.lower()
    if low not in _frame_heads() and tok.lower_ != "behind":
        return None
    verb = None
    kind = "blame"
    if low in BLAME_WORDS and (tok.dep_ in ("acomp", "attr", "dobj") or tok.dep_ == "xcomp" and low == "blame"):
        if tok.head.lemma_.lower() in ("be", "bear") and any(
                p.dep_ == "prep" and p.lower_ == "for" and any(
                    o.dep_ in ("pobj", "pcomp") and _blamed_noun(o) for o in p.children) for p in tok.children):
            verb = tok.head
    elif tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.lemma_.lower() == "be" \
            and any(o.dep_ == "pobj" and _blamed_noun(o) for o in tok.children):
        verb = tok.head
    elif low in _words("conduct") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _words("showing") \
            and any(_blamed_noun(t) or t.lemma_.lower() in _words("harm-mark") for t in tok.subtree):
        verb = tok.head                  # "the regime had a pattern of dangerous behaviour with chemical weapons"
    elif low in _words("doing") and tok.pos_ == "VERB" and (low != "carry" or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)) \
            and any(o.dep_ == "dobj" and _blamed_noun(o) for o in tok.children):
        verb, kind = tok, "doing"
    if verb is None:
        return None
    if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    return verb, subj, kind


def _frame_candidates(sent):
    """The words of `sent` that can start a blame frame (`blame_frame`'s first test: a frame head's lemma, or
    "behind"), read from the document's lemma and word arrays so that no Token is made for the others."""
    from eventwire.doc_index import lemma_lowers, word_lowers
    doc = sent.doc
    lemmas, lows, heads = lemma_lowers(doc), word_lowers(doc), _frame_heads()
    return [doc[i] for i in range(sent.start, sent.end) if lemmas[i] in heads or lows[i] == "behind"]


def blame_findings(coder, sent, sent_i: int, ctx) -> list:
    """The accusations (112) the sentence's findings of blame tell (module doc): the finder accuses the blamed
    party. `Event.trigger_token` is the finder's verb (for `refile_findings`)."""
    from eventwire.coding.clause_args import subject_of
    from eventwire.knowledge import actor_country
    from eventwire.model import Event
    out = []
    info = coder.ontology.cameo("112")
    if info is None:
        return out
    for tok in _frame_candidates(sent):
        frame = blame_frame(tok)
        if frame is None:
            continue
        verb, blamed, kind = frame
        found = finding_verb(verb, coder.reporting)
        if found is None or kind == "doing" and not is_finding(found) and not _by_view(verb, found):
            continue             # "said the army carried out the attack": a report of the act, no finding
        speaker = view_holder(found) or subject_of(found)[0]
        if speaker is None or speaker.i == blamed.i:
            continue
        sources = coder.actors_for(speaker, ctx, sent, role="source")
        targets = coder.actors_for(blamed, ctx, sent, role="target")
        actor_country.fill_countries(sources, targets, found, sent, ctx, "112", found.lemma_.lower())
        last = max((c for c in tok.children if c.dep_ == "prt"), key=lambda c: c.i, default=tok)   # "carried out"
        start, end = found.idx, max(found.idx + len(found.text), last.idx + len(last.text))
        for s in sources:
            for t in targets:
                if s.code == t.code:
                    continue
                ev = Event(source=s, target=t, cameo="112", plover_type=info.plover_type,
                           plover_mode=info.plover_mode, goldstein=info.goldstein, quad_class=info.quad_class,
                           sentence=sent_i, trigger_text=ctx.text[start:end], trigger_start=start, trigger_end=end,
                           confidence=0.72, pattern="112.blame-finding",
                           rule=f"a finding of blame: '{found.lemma_} ... {blamed.text} {verb.text}"
                                f"{'' if tok.i == verb.i else ' ' + tok.text} ...' -> 112, the finder accuses the one "
                                f"blamed (coding/blame_finding.py)",
                           modality="asserted", sentence_text=ctx.text[sent.start_char:sent.end_char].strip())
                ev.trigger_token = found.i
                out.append(ev)
    return out


def _by_view(verb, found) -> bool:
    """Whether the clause of `verb` reaches `found` through a noun of a view ("said with high confidence that")."""
    tok = verb
    while tok.i != found.i and tok.head.i != tok.i:
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in _words("view"):
            return True
        tok = tok.head
    return False
