"""Coreference: the one person a long stretch of a story is about ("One man told me how he had been detained ...
He still ... He had fled ... He was assaulted by a gang ..."; a quote or an aside about something else between).

The scored choice (knowledge/coref_choice.py) loses a sentence's worth of salience per sentence back and looks only
a few sentences back, which is right where several people compete, but a long feature tells one person's story for
many sentences, with quotes, asides and figures between the mentions: there the "he" or "she" that comes after a
gap of more than a few sentences links to nothing and the chain of pronouns after it breaks. Here, when that choice
found nobody, a "he"/"she" (and "him", "her", "his") stands for the one person of its sex named as a subject within
``TOPIC_WINDOW`` sentences back, when

* no other person that could be "he"/"she" is named in that stretch (every fit the scored choice allows, with the
  same filters: sex, binding, the speaker of its quote), and no person noun that is not a mention of that person
  ("a guard", "his brother", "one gay man", coded or not) lies between its last mention and the pronoun;
* the person's sex is known: a title or a known given name, a noun that says it ("a gay man"), or a "he"/"she" that
  was linked to that person before.

A bare sector description ("the militants", "the regime", "the rebels": "the" and the noun, nothing more) that the
scored choice left unlinked is likewise the one body of that sector named, as a body (not people, not a description
linked before), in the last ``TOPIC_WINDOW`` sentences, when the same noun was not used between for others.

It asks ``_choose`` once more with a longer window and no floor, only for a pronoun or description the first choice left empty
(a bounded look back per pronoun: linear in the story's length). ``CorefTopic`` is a part of ``Coref``.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

TOPIC_WINDOW = 10             # sentences back the story's one person is looked for
TOPIC_SCORE = 0.5             # the score the link says it has (its salience was decayed away; what decides is that
#                               there is no one else)


class CorefTopic:
    """The story's one person of a sex, for a "he"/"she" the scored choice left unlinked (see the module doc)."""

    def topic_person(self, h, want, sent, quote: int = -1, exclude_key=None) -> list:
        """[(mention, score, reason)] for the one person of the pronoun's sex named as a subject in the last
        ``TOPIC_WINDOW`` sentences, or [] when there is none or more than one, or the sex is not known."""
        if not want.gender or want.window >= TOPIC_WINDOW or "person" not in want.kinds:
            return []
        wide = replace(want, window=TOPIC_WINDOW, n=4)
        fits = [f for f in self._choose(h, wide, sent, quote=quote, exclude_key=exclude_key, floor=float("-inf"))
                if not self._misread_name(f[0])]
        if len(fits) != 1:
            return []                 # nobody, or someone else could be it too
        m, _, why = fits[0]
        sent_i = self.sent_index(h.i)
        if m.kind != "person" or m.plural or not m.key or not m.actor.code or sent_i - m.sent <= 0:
            return []
        last = self._last_mention(m.key, sent_i, person=True)
        if last is None or last.role != "subj" and not any(x.role == "subj" for x in self._mentions_of(m.key, sent_i)):
            return []                 # (named as a subject somewhere in the stretch: the person the story follows)
        if not self._sex_known(m, want.gender, sent_i):
            return []
        own = {x.tok for x in self._mentions_of(m.key, sent_i)}
        if self._unnamed_person_between(last.tok, h.i, own):
            return []                 # "... a security guard ... he": the guard, whom no list codes, could be it
        d = sent_i - last.sent
        return [(last, TOPIC_SCORE, [f"the one person of that sex named as a subject in the last {TOPIC_WINDOW} "
                                     f"sentences ({d} sentence{'s' if d > 1 else ''} back)"])]

    def _misread_name(self, m) -> bool:
        """A mention no list codes that is only a capitalised word opening its sentence, never called a person by
        the parser ("Deforestation rose by a fifth"): no rival to the person the story follows."""
        t = m.token
        return not m.actor.code and t is not None and t.i == t.sent.start and t.ent_type_ != "PERSON" \
            and t.lower_ not in self.person_names and len((m.actor.text or "").split()) <= 1

    def _mentions_of(self, key: str, sent_i: int) -> list:
        out = []
        for s in range(max(0, sent_i - TOPIC_WINDOW), sent_i):
            out.extend(x for x in self.mentions_in.get(s, ()) if x.key == key)
        return out

    def _last_mention(self, key: str, sent_i: int, person: bool = False):
        """The last mention of `key` before sentence `sent_i` (with `person`, as one person: not "the detainees"
        coded as the same civilians)."""
        got = [x for x in self._mentions_of(key, sent_i) if not person or (x.kind == "person" and not x.plural)]
        return got[-1] if got else None

    def _sex_known(self, m, gender: str, sent_i: int) -> bool:
        """The person's sex is told: a title or known given name, a noun ("a Syrian man"), a "he"/"she" linked to
        that person before."""
        if self.key_gender.get(m.key) == gender or self._gender(m) == gender:
            return True
        for x in self._mentions_of(m.key, sent_i):
            t = x.token
            if t is None:
                continue
            cls, val = self.words.get(t.lower_ if t.pos_ == "PRON" else t.lemma_.lower(), ("", None))
            if val == gender and cls in ("person", "people"):
                return True
        return False

    def _unnamed_person_between(self, lo: int, hi: int, own: set) -> bool:
        """A noun for one person, of a role or of a kind ("a guard", "her commander", "one gay man"), between token
        `lo` and token `hi` that is no mention of the person (`own`: the tokens of those): another person "he" or
        "she" may stand for, even one the coder gave the same code (the noun indexes of the document: bounded by the
        window)."""
        a = bisect.bisect_right(self.nominal_idx, lo)
        b = bisect.bisect_left(self.nominal_idx, hi)
        for t in self.nominal[a:b]:
            if t.pos_ != "NOUN" or t.tag_ != "NN":
                continue
            lemma = t.lemma_.lower()
            if lemma in self.person_nouns or self.words.get(lemma, ("", None))[0] in ("individual", "people"):
                if t.i not in own:
                    return True
        return False

    def topic_body(self, h, want, sent, before: int) -> list:
        """[(mention, score, reason)] for the one body of a sector description's sector ("the regime", "the
        militants", "the coalition") named in the last ``TOPIC_WINDOW`` sentences, for a description the scored
        choice (``want.family_only``, a few sentences back) left unlinked; [] when there is none or more than one, or
        the same noun, linked to nobody, was used between ("the militants" for others no list named)."""
        if not want.family_only or want.window >= TOPIC_WINDOW or want.n != 1:
            return []
        if any(c.dep_ != "det" or c.lower_ != "the" for c in h.children):
            return []                 # only a bare "the militants": not "those forces working with the US", "the
            #                           US-backed rebels", whose words say more about which
        # (a body named as such, not people nor a description linked before)
        return self._one_named(h, want, sent, before, "the one body of that sector",
                               lambda m: m.actor.country and m.kind in ("org", "body", "country")
                               and m.role in ("subj", "obj", "poss"))

    def topic_group(self, h, want, sent, before: int) -> list:
        """[(mention, score, reason)] for the one named group (an armed group, a party: ``want.actor_kinds``) of the
        last ``TOPIC_WINDOW`` sentences, for a bare "the group" (or "the group's") the scored choice (a few sentences
        back) left unlinked: a story about one group calls it "the group" long after its name ("... an Isis jailer.
        [quotes of the victims' families] One of the group's hostages"); [] when none or more than one group is
        named there, or the same noun was used between for others."""
        if want.n != 1 or want.window >= TOPIC_WINDOW or any(
                c.dep_ not in ("det", "case") or c.dep_ == "det" and c.lower_ != "the" for c in h.children):
            return []                 # only a bare "the group": not "the rebel group", "a group", "the group that"
        # (a group named as such, not a description linked before)
        return self._one_named(h, want, sent, before, "the one group", lambda m: m.actor.kind == "group")

    def _one_named(self, h, want, sent, before: int, what: str, fits_kind) -> list:
        """The one actor of the last ``TOPIC_WINDOW`` sentences the widened choice finds for `h`, when it was named
        as such (a name, not a pronoun nor a description linked before) and `fits_kind(mention)`, and `h`'s noun
        was not used between for others: [(its last mention, score, reason)], else []."""
        fits = self._choose(h, replace(want, window=TOPIC_WINDOW, n=2), sent, before=before, floor=float("-inf"))
        if len(fits) != 1:
            return []
        m, _, _ = fits[0]
        sent_i = self.sent_index(h.i)
        if not m.key or not m.actor.code or m.token is None or m.token.pos_ == "PRON" \
                or "(coreference)" in (m.actor.why or "") or sent_i - m.sent <= 0 or not fits_kind(m):
            return []
        last = self._last_mention(m.key, sent_i) or m
        if self._same_noun_between(last.tok, h):
            return []
        d = sent_i - last.sent
        return [(last, TOPIC_SCORE, [f"{what} named in the last {TOPIC_WINDOW} sentences "
                                     f"({d} sentence{'s' if d > 1 else ''} back)"])]

    def _same_noun_between(self, lo: int, h) -> bool:
        """The description's noun ("militants") used between token `lo` and `h` for someone no actor was found for."""
        a = bisect.bisect_right(self.nominal_idx, lo)
        b = bisect.bisect_left(self.nominal_idx, h.i)
        lemma = h.lemma_.lower()
        return any(t.lemma_.lower() == lemma and t.i not in self.heads for t in self.nominal[a:b])
