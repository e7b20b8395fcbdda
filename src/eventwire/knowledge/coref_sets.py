"""Coreference of a counted description: the parties "both sides", "the two men", "the two countries" or "the
three governments" stand for (a part of ``Coref``, knowledge/coref.py).

"Egypt and Sudan met in Khartoum. Both sides agreed ...", "Modi telephoned Khan. The two men discussed ...",
"Kenya and Somalia recalled their envoys. Both governments have agreed ...": a definite description that counts its
parties (a `count` word of data/coding/coref.tsv: "two", "three", "both") and whose head is a `party-person`,
`party-country` or `party-side` noun of data/coding/nouns.tsv stands for the parties one earlier sentence names
together, when the scored choice (``Coref._choose``) found fewer than that many. Conservative: the nearest earlier
sentence (up to SET_WINDOW back) that names any coded party must name exactly as many parties as the description
counts, as subjects, objects or other arguments (not places, not modifiers), and name them together: coordinated
("Egypt and Sudan", "Japanese and Chinese officials") or, for two, as the subject and the object of one verb ("Modi
telephoned Khan"). Where the nearest names its parties apart ("Russia wants a deal with the other guarantors, Iran and
Turkey"), an earlier sentence (up to FAR_WINDOW back) that names all of them together, and as many as the description
counts ("the three states – Egypt, Jordan and Qatar – will gather"), does. Otherwise the description stands for nobody named
(as before). Not "both sides of the border",
"both sides in the war", "on both sides" (a place or a phrase that says itself who they are). The parties then act
towards each other where the act is mutual (coding/reciprocal.py): "Both sides agreed to ..." is each agreeing with
the other; a third party's act on them is on each ("The EU condemned both sides").
"""
from __future__ import annotations

from typing import Optional

from eventwire.doc_index import to_infinitive
from eventwire.knowledge.coref_choice import link
from eventwire.model import Actor

SET_WINDOW = 2          # sentences back
FAR_WINDOW = 4          # sentences back, for parties the nearest sentence names apart and an earlier one together
_ROLES = ("subj", "obj", "other")
# prepositions whose object is where something lies or happens: "on both sides", "in the two countries"
_PLACE_PREPS = frozenset({"on", "in", "at", "across", "along", "inside", "within", "throughout", "near", "around",
                          "over", "beyond"})


def party_kind(lemma: str) -> Optional[str]:
    """ "person", "country" or "side" for a noun that can count parties ("men", "countries", "sides"), or None."""
    from eventwire.coding.context import noun_classes
    classes = noun_classes()
    for kind in ("person", "country", "side"):
        if lemma in classes.get(f"party-{kind}", ()):
            return kind
    return None


def open_count(h) -> bool:
    """Whether a plural party noun is counted openly ("all sides", "the warring parties"; nouns.tsv `open-count`)."""
    from eventwire.coding.context import noun_classes
    words = noun_classes().get("open-count", frozenset())
    return h.tag_ in ("NNS", "NNPS") and party_kind(h.lemma_.lower()) == "side" and any(
        c.dep_ in ("det", "predet", "amod") and c.i < h.i and c.lower_ in words for c in h.children)


def _bid_complement(h, c) -> bool:
    """Whether `c` is the "to V" the parser hung on the one an appeal is made of ("called on the warring parties to
    negotiate"): what they are asked to do, not who they are."""
    return c.dep_ == "acl" and h.dep_ in ("dobj", "pobj") and to_infinitive(c)


def _appealed_to(h) -> bool:
    """Whether `h` is the object of a verb's appeal preposition ("called on the warring parties", roles.tsv
    `prep-control`), not of a place ("on both sides")."""
    from eventwire.coding.clause_record import role_words
    verb = h.head.head
    return verb.pos_ == "VERB" and f"{verb.lemma_.lower()} {h.head.lower_}" in role_words().get("prep-control", ())


def _key(m, kind: str):
    a = m.actor
    return a.entity if kind == "person" else (a.country or a.code)


class CorefSets:
    def counted_set(self, h, phrase, n: int, sector: Optional[str]) -> list[Actor]:
        """The `n` parties (n >= 2; 0 for an open count, "all sides": however many, at least two) that a counted
        description at head `h` stands for: those one earlier sentence names together; [] when none does, or the
        nearest sentence naming several names another number."""
        kind = party_kind(h.lemma_.lower())
        if kind is None or n == 1 or n < 0 or h.tag_ not in ("NNS", "NNPS"):
            return []
        if any(c.dep_ in ("prep", "acl", "relcl") and not _bid_complement(h, c) for c in h.children) \
                or (h.dep_ == "pobj" and h.head.lower_ in _PLACE_PREPS and not _appealed_to(h)):
            return []                 # "both sides of the border", "both sides in the war", "on both sides": no
            #                           parties named before ("the two men, who ...": said here who they are)
        sent_i = self.sent_index(h.i)
        first = None                  # (the parties of the nearest sentence naming any, not n of them together)
        for back in range(1, FAR_WINDOW + 1):
            if first is None and back > SET_WINDOW:
                return []
            named, got = self._parties_of(sent_i - back, kind)
            if not named:
                continue              # (a sentence naming no party between: the one before it)
            together = self._together(got, n)
            if first is not None:
                # ("Russia ... with the other guarantors, Iran and Turkey" after "the three powers – Russia, Iran and
                # Turkey –": the nearest names them apart; an earlier sentence that names all of them together does)
                # (that sentence may name others besides, apart from them: "the opposition to Assad")
                together = self._together([m for m in got if _key(m, kind) in first], n)
                if not (together and first <= {_key(m, kind) for m in together}):
                    continue
                got = together
            elif not together:
                if not got:
                    return []         # (the nearest sentence naming a party names no n of them together)
                first = {_key(m, kind) for m in got}
                continue
            else:
                got = together
            out = []
            for m in got:
                a = m.actor
                if sector and a.country and kind != "person":
                    # "Kenya and Somalia ... both governments": each country's government
                    a = Actor.national(a.country, sector, name=a.name, entity=None,
                                       kind="group")
                out.append(link(a, phrase, f"'{phrase.text}' -> {m.actor.name or m.actor.code} ('{m.actor.text}', "
                                           f"one of the {len(got)} parties named together {back} sentence"
                                           f"{'s' if back > 1 else ''} back)"))
            return out
        return []

    @staticmethod
    def _together(got: list, n: int) -> list:
        """The `n` parties of `got` that a sentence names together: coordinated ("Egypt and Sudan", "Japanese and
        Chinese officials"), or the subject of one verb and, in its clause, the object (for two: "Modi telephoned
        Khan") or the others named together ("Russia met its partners, Iran and Turkey"); [] when the sentence names
        some other number of parties."""
        if n == 0 and len(got) >= 2:
            n = len(got)              # (an open count: all the parties the sentence names)
        if len(got) != n:
            return []
        def root(t):
            while t.dep_ in ("conj", "appos") and t.head is not t:
                t = t.head
            return t.i
        if len({root(m.token) for m in got}) == 1:
            return got
        subj = [m for m in got if m.role == "subj"]
        obj = [m for m in got if m.role in ("obj", "other")]
        if len(subj) == 1 and len(obj) == n - 1:
            # (and, for three or more, the subject and the others its verb's clause names: "Russia wants a solution
            # drawn up with the other guarantors, Iran and Turkey")
            verb = subj[0].token
            while verb.dep_ in ("conj", "appos") and verb.head is not verb:
                verb = verb.head
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and all(any(a.i == verb.i for a in o.token.ancestors) for o in obj) \
                    and (n == 2 or len({root(o.token) for o in obj}) == 1):
                return got
        return []

    def _parties_of(self, sent_i: int, kind: str) -> tuple:
        """(whether the sentence names any coded party, its distinct coded parties as subject, object or other
        argument: one mention each, by country for countries) of the kind a counted noun can stand for: persons for
        "men"/"leaders", countries and their bodies for "countries"/"governments", either for "sides"."""
        out, seen, named = [], set(), False
        for m in self.mentions_in.get(sent_i, ()):      # (that sentence's, in text order)
            if m.quote >= 0 or m.role in ("loc", "pred"):
                continue
            a = m.actor
            if not a.code or "(coreference)" in (a.why or ""):
                continue
            named = True
            if m.role not in _ROLES or m.token is None:
                continue
            if kind == "person" and not (a.kind == "person" and a.entity):
                continue
            if kind == "country" and not a.country:
                continue
            if kind == "side" and not (a.country or a.kind in ("group", "party", "igo")):
                continue
            key = a.entity if kind == "person" else (a.country or a.code)
            if key in seen:
                continue
            seen.add(key)
            out.append(m)
        return named, out
