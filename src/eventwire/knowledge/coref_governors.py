"""Coreference: the clauses above a pronoun and their subjects, nearest first (``governors``), which the scored
choice of knowledge/coref_choice.py favours ("X said he would ...": X). A participle or passive verb with no subject
of its own but a doer after "by" ("the mines laid by the militia before they withdrew", "the homes razed by the army
after it shelled the town") governs the pronoun through that doer: the doer, not the subject of a clause further up
("the streets are still littered with mines laid by X before they ...": X, not the streets), also where the parser
hangs the pronoun's clause on the verb above the participle rather than on the participle just before it."""
from __future__ import annotations

from eventwire.doc_index import to_infinitive


def governors(h, bind: bool, possessor: bool = True) -> dict[int, int]:
    """{token index: rank} of the subjects of the clauses above `h`, nearest first (rank 0), and of the object
    that controls a clause with no subject of its own ("force the regime to make concessions it refused":
    the regime), or the possessor of the noun such a clause hangs on ("Ankara's failure to meet its
    commitment": Ankara; for a pronoun only: "the White House's decision to withdraw from the country" says
    nothing of which country); the subject of the pronoun's own verb does not count when the pronoun is bound."""
    out: dict[int, int] = {}
    doer = _participle_doer(h)
    if doer is not None:
        out[doer.i] = 0
    for v in h.ancestors:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is None and v.i < h.i:
            subj = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" and g.i < h.i), None)
        if subj is None and v.dep_ == "xcomp":
            subj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
        if possessor and subj is None and v.dep_ == "acl" and v.i > v.head.i and v.head.pos_ == "NOUN" \
                and to_infinitive(v):
            # "Ankara's failure to meet its commitment": who fails is who meets (the possessor controls)
            subj = next((c for c in v.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if subj is None or subj.i == h.i or (bind and v.i == h.head.i):
            continue
        if subj.tag_ in ("WDT", "WP"):
            x = v                 # "the militias that played a role ...": the militias
            while x.dep_ == "conj" and x.head is not x:
                x = x.head
            if x.dep_ != "relcl":
                continue
            subj = x.head
        out.setdefault(subj.i, len(out))
    return out



def _participle_doer(h):
    """The doer after "by" of a participle that modifies a noun just before the subordinate clause the pronoun is the
    subject of ("mines planted by the militia | before they withdrew", "the wells poisoned by the army | after it
    left"), when the parser hung that clause on the verb above: the clause follows the participle's phrase at once,
    so it is the participle's (the clause nearest before it)."""
    v = h.head
    if h.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.i < h.i for c in v.children):
        return None
    left = v.left_edge
    if left.i == 0:
        return None
    prev = left.doc[left.i - 1]
    if prev.is_punct:
        return None
    for a in [prev] + list(prev.ancestors):
        if a.dep_ == "agent" and a.head.dep_ == "acl" and a.head.tag_ == "VBN" and a.head.i < left.i:
            return next((g for g in a.children if g.dep_ == "pobj" and g.i < left.i), None)
        if a.i == v.head.i or a.pos_ in ("VERB", "AUX") and a.dep_ != "acl":
            return None
    return None


def relative_antecedent(h):
    """The noun a relative clause modifies when its relative word is another argument of the pronoun's own verb
    ("the PKK, with whom it has fought": not the PKK; "the militia that controls it": not the militia), else None. One
    verb's two arguments are two parties."""
    v = h.head
    if h.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative") or v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in v.children:
        args = [c] + ([g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])
        if any(a.i != h.i and a.tag_ in ("WP", "WDT") and a.lower_ in ("who", "whom", "which", "that") for a in args):
            # (on a coordination, the conjunct just before the clause: "Assad and Russia, which backed him": Russia)
            return max([v.head] + [x for x in v.head.conjuncts if x.i < v.left_edge.i], key=lambda x: x.i)
    return None


def named_as_place(tok, place_nouns) -> bool:
    """A country or capital named as a place: after a preposition of place on a verb ("fought in Damascus") or after
    a noun for a part of a place ("the eastern edge of Damascus", "the outskirts of Kabul"). Named so in a pronoun's own clause it is no
    other party that the pronoun cannot be ("the government has yet to announce it has retaken the town, on the edge
    of Damascus": it is still the government)."""
    from eventwire.knowledge.coref_mentions import LOC_PREPS
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.head.pos_ == "NOUN" and (prep.head.lemma_.lower() in place_nouns or prep.head.lower_ in place_nouns):
        return prep.lower_ in LOC_PREPS or prep.lower_ == "of"
    # (on a verb only: "the government in Damascus" names the government by its seat)
    return prep.lower_ in LOC_PREPS and prep.head.pos_ in ("VERB", "AUX")


def fatal_subject(h, words: dict) -> bool:
    """The pronoun `h` is the one a `fatal` verb of data/coding/coref.tsv says died ("she was killed", "he died");
    inside a quote that is never its speaker, who says "I" of themselves ('"She was killed," X said': not X)."""
    v = h.head
    return h.dep_ in ("nsubj", "nsubjpass") and words.get(v.lemma_.lower(), ("", None))[0] == "fatal" \
        and (h.dep_ == "nsubjpass" or v.lemma_.lower() == "die")


def reported_dead(h, governors: dict, speech: frozenset, words: dict):
    """The token index of whoever reports the death a subject pronoun undergoes ("She confirmed that she had been
    killed", "he said he had died": no one reports their own death), or None: the rank-0 governor when it is the
    subject of a speech verb and the pronoun's verb is a `fatal` verb of data/coding/coref.tsv (passive, or "die")."""
    v = h.head
    if not fatal_subject(h, words):
        return None
    g = next((i for i, r in governors.items() if r == 0), None)
    if g is None:
        return None
    top = h.doc[g].head
    for a in v.ancestors:     # (the speech verb may be coordinated with the governor's: "She ... and confirmed that")
        if a.lemma_.lower() in speech:
            return g
        if a.i == top.i:
            break
    return None


def in_coordinate_clause(clause, start: int) -> bool:
    """Whether the character offset `start` lies in a clause coordinated with `clause` that has a subject of its own
    ("she opened the talks in Oslo and it was Moreno who later signed the deal"): a subject pronoun does not
    command such a clause, so a name there may be the pronoun's antecedent (the binding that keeps "He sent fewer
    soldiers than Trump demanded" from Trump holds only within the pronoun's own clause and those below it)."""
    for c in clause.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > clause.i \
                and any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for x in c.children) \
                and c.left_edge.idx <= start <= c.right_edge.idx:
            return True
    return False
