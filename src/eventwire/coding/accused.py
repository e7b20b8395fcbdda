"""Acts only told as what someone is accused of (issue 14: reported speech taken as an act), read from the parse
for coding/nonevent.py:

- `content(tok)`: an act in the "that" clause of an accusation noun ("Moscow's accusation that Britain had staged
  the attack", "over allegations they had spied"): no act, whoever the accuser is (the accusation is coded, 112);
- `alleged_gerund(verb, heads)`: the second V-ing of an accusation's "of"/"for" phrase that the parser coordinates
  with the accusing verb ("accused Tehran of arming the militia, and smuggling rockets");
- `told_gerund(tok)`: a V-ing in the "of"/"about" phrase of a noun of words or claims ("the general's rhetoric of
  crushing the rebels", "allegations of bombing the hospital"; non_events.tsv `told-of`): what the words say;
- `bare_that(clause)`: a complement clause with no "that" ("claims they funded the group"), which
  nonevent._reported_by also reads for claim nouns.
"""
from __future__ import annotations

from typing import Optional


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "what"})


def content(tok) -> Optional[str]:
    """An act in the "that" clause of an accusation noun ("Cairo's accusation that Britain had armed the rebels",
    "killed them over allegations they had spied", "raised accusations that Ankara intends to ..."): the content of
    the accusation, not an act (the accusation itself is coded, 112, aimed at the accused: coding/roles.py). Also the
    clause the parser reads as a relative one when it has a subject and an object of its own ("allegations he had
    beaten a reporter": no gap, so no relative clause)."""
    from eventwire.coding.nonevent import _is, _reported_by
    if (why := told_gerund(tok)) is not None:
        return why
    head = _reported_by(tok, ("accusation",))
    if head is None:
        t = tok
        for _ in range(4):
            if t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
                t = t.head
                continue
            break
        if t.dep_ == "relcl" and _is("accusation", t.head) and t.i > t.head.i and bare_that(t) \
                and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children) \
                and not any(c.lower_ in RELATIVE_WORDS for c in t.subtree if c.i < t.i):
            head = t.head
    if head is None:
        head = _content_on_verb(tok)
    if head is not None:
        return f"'{head.text} ... {tok.text}': the content of an accusation, not an act"
    return None


def told_gerund(tok) -> Optional[str]:
    """A V-ing (or one coordinated with it) in the "of"/"about" phrase of a noun of words, claims or accusations
    (non_events.tsv `told-of`: "the general's rhetoric of crushing the rebels", "talk of expelling the militias",
    "allegations of bombing the hospital and shelling the camp"): what the words say, not an act the text asserts
    (an event noun there, "allegations of torture", is no act of its own either)."""
    from eventwire.coding.nonevent import _is
    t = tok
    for _ in range(4):
        if t.dep_ == "conj" and t.head.i != t.i and t.head.tag_ == "VBG":
            t = t.head
            continue
        break
    if t.tag_ != "VBG" or t.dep_ not in ("pcomp", "pobj"):
        return None
    prep = t.head
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "about") or prep.head.pos_ != "NOUN" \
            or not _is("told-of", prep.head):
        return None
    return f"'{prep.head.text} {prep.text} {tok.text}': what the words say, not an act"


def _content_on_verb(tok):
    """ "Greece called Turkey's accusation that Greek ships had fired on a boat absurd": the "that" clause of an
    accusation noun the parser hung on the verb whose object the noun is (the "that" right after the noun's
    phrase). The accusation noun, or None."""
    from eventwire.coding.nonevent import _is
    t = tok
    for _ in range(4):
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            continue
        break
    if t.dep_ != "ccomp":
        return None
    mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    return next((o for o in t.head.children if o.dep_ == "dobj" and _is("accusation", o)
                 and o.right_edge.i == mark.i - 1), None)


def told_content(noun) -> bool:
    """A claim or accusation noun with the clause that says what it claims ("claims that its jets had bombed a bus"):
    read as a whole it names the doer of what is claimed, not the claim's author."""
    from eventwire.coding.nonevent import _is
    return (_is("claim", noun) or _is("accusation", noun)) and any(content_clause(c) for c in noun.children)


def content_clause(clause) -> bool:
    """A clause on a noun that says what the noun tells ("the claim that Iran supplied missiles", "claims they
    funded the group"): an acl with "that" or with a subject of its own and no "that", or a clause the parser read
    as relative whose "that" is a conjunction, not a pronoun (mark: "the allegation that Iran supplied missiles";
    never "the claims they made", whose bare clause has a gap)."""
    if clause.dep_ not in ("acl", "relcl") or clause.i < clause.head.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return clause.dep_ == "acl" and bare_that(clause)


def misread_claimer(verb):
    """ "with witnesses claiming foreign fighters lost a battle": the parser took the claimer for the subject of
    the claimed verb and hung the verb of claiming on it with the claimed doer as its object. The verb of claiming
    (a V-ing on the subject, its object standing between it and `verb`), or None. Answered once per verb (kept in
    Doc.user_data: the clause, modality and non-event stages ask it of the same verbs, about three times each)."""
    memo = verb.doc.user_data.setdefault("eventwire.misread_claimer", {})
    got = memo.get(verb.i, memo)
    if got is memo:
        got = memo[verb.i] = _misread_claimer(verb)
    return got


def _misread_claimer(verb):
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    from eventwire.coding.nonevent import _is
    for acl in subj.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBG" and subj.i < acl.i < verb.i and _is("claim", acl) \
                and any(o.dep_ == "dobj" and acl.i < o.i < verb.i for o in acl.children) \
                and not any(o.dep_ in ("ccomp", "xcomp") for o in acl.children):
            return acl
    return None


def bare_that(clause) -> bool:
    """A tensed clause with its own subject and no "that" ("claims they funded the group"), not a participle
    ("the claim made by Ankara")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_WORDS for c in clause.children) \
        and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                                          for c in clause.children))


def alleged_gerund(verb, heads) -> Optional[str]:
    """ "accused Tehran of arming the militia, and smuggling rockets", "was blamed for letting the convoy through and
    failing to ...": a V-ing with no subject of its own that the parser coordinates with a tensed (or passive)
    verb of accusing is the second item of the accusation's "of"/"for" phrase (a V-ing cannot be coordinated with
    a tensed verb); not "accusing X of Y and threatening to ...", where both are participles."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.lemma_.lower() not in heads or head.tag_ == "VBG" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    hosts = [head] + [o for o in head.children if o.dep_ == "dobj"]      # ("of" hung on the object too)
    first = next((g for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                  and p.i < verb.i for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
    if first is None:
        return None
    return f"'{head.text} ... of {first.text} ..., {verb.text}': part of an accusation, not an act"
