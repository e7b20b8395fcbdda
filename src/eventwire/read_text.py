"""The text given to spaCy and the text events quote (a stage of the pipeline, between ingest and nlp).

``parse_text`` writes the copy the parser reads: the same characters at the same offsets, with datelines, brackets,
bullets, invisible marks, split numbers, escaped ampersands and known names in capitals made plain for the parser;
``requote`` puts the user's own characters back into every span an event quotes from that copy.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence


def requote(text: str, read: str, sentences: Sequence[tuple[int, int]], events,
            note: Optional[str] = "read with case restored where the text has none") -> None:
    """Events were coded from ``read``, a copy of ``text`` with other case (or other apostrophes) at the same
    offsets: where they quote it (evidence, sentence, actor mentions, locations), quote the user's own characters
    instead; ``note`` is added to each event's rule."""
    for e in events:
        if note:
            e.rule = (e.rule + "; " if e.rule else "") + note
        if e.trigger_text == read[e.trigger_start:e.trigger_end]:
            e.trigger_text = text[e.trigger_start:e.trigger_end]
        if e.sentence_text is not None and 0 <= e.sentence < len(sentences):
            s, t = sentences[e.sentence]
            if e.sentence_text == read[s:t].strip():
                e.sentence_text = text[s:t].strip()
        for x in (e.source, e.target, e.location):
            if x is not None and x.start is not None and x.end is not None and x.text == read[x.start:x.end]:
                x.text = text[x.start:x.end]


_BRACKETED = re.compile(r"\[([^\[\]\n]{1,60})\]")
# a bullet between words ("... Margaret Jones Leeds • Iran said ...") parts a letter's sign-off or a byline
# from the next letter or paragraph; after sentence-final punctuation it is left alone
_BULLET_BREAK = re.compile(r"(?<=[^\s.!?:;\u201d\"'])(\s+)\u2022(?=\s)")


class NameCase:
    """Writes a known name in capitals with the one capital the parser reads as a name ("ISIS" -> "Isis", "NATO" ->
    "Nato"; knowledge/actor_records.capital_spellings), where it stands in cased text: a lower-case letter within 30
    characters of it, as the actor matcher asks of an acronym.  Not part of a longer name in capitals ("ISIS-K")."""

    def __init__(self, spellings: dict):
        self.spellings = spellings
        alts = "|".join(sorted(map(re.escape, spellings), key=len, reverse=True))
        self.pattern = re.compile(r"(?<![\w.])(?<![A-Z0-9]-)(?:%s)(?![\w])(?!-[A-Z0-9])" % alts) if alts else None

    @classmethod
    def of(cls, kb) -> "NameCase":
        from eventwire.knowledge.actor_records import capital_spellings
        return cls(capital_spellings(kb.aliases))

    def __call__(self, text: str) -> str:
        if self.pattern is None:
            return text
        parts = []
        last = 0
        for m in self.pattern.finditer(text):
            s, e = m.span()
            window = text[max(0, s - 30):s] + text[e:e + 30]
            if any(ch.islower() for ch in window):
                parts.append(text[last:s])
                parts.append(self.spellings[m.group()])
                last = e
        if not parts:
            return text
        parts.append(text[last:])
        return "".join(parts)


_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def parse_text(text: str, names: Optional[NameCase] = None) -> str:
    """The text given to spaCy: the same characters at the same offsets, except that a leading
    dateline's dash ("TEHRAN, June 26 (IRNA) - ...") becomes a full stop, so the dateline is a
    sentence of its own and not the subject of the first sentence, and a typographic apostrophe is
    written "'" ("we’re" -> "we're": nlp.straight_apostrophes).  A number a tokeniser split at its decimal point or
    thousands commas is written whole ("42 . 5" -> "42.5  ": spaced_numbers.joined_numbers), and so is a hyphened
    word it split at its hyphen ("cease - fire" -> "cease-fire  ": spaced_hyphens.joined_hyphens).  A bullet that follows a word (a letter's
    sign-off: "... Ann Smith Leeds • Turkey said ...") becomes a full stop, so the next letter's first
    sentence is parsed alone and not merged with the writer's name and town.  ``names``: a known name in capitals
    in cased text is written with one capital ("we know that ISIS fights" -> "Isis"; NameCase)."""
    text = _parse_text(text)
    return names(text) if names is not None else text       # (after the dateline: "TEHRAN (IRNA) -")


def _parse_text(text: str) -> str:
    """parse_text without the names."""
    from eventwire.coding.coder import dateline_span
    from eventwire.nlp import bounded_text, straight_apostrophes
    from eventwire.spaced_hyphens import joined_hyphens
    from eventwire.spaced_numbers import joined_numbers
    text = joined_numbers(straight_apostrophes(bounded_text(text)))     # "42 . 5" -> "42.5  " (tokenised text)
    text = joined_hyphens(text)         # "cease - fire" -> "cease-fire  " (tokenised text: spaced_hyphens.py)
    if _INVISIBLE.search(text):
        # a zero-width space parts words ("Iran\u200battacked"), and direction marks and overrides, word joiners and
        # byte-order marks are no words (" \u202eIran"): a space each, same offsets (not the joiners of Persian words)
        text = _INVISIBLE.sub(" ", text)
    if "&amp;" in text:
        text = text.replace("&amp;", "&    ")     # an escaped ampersand left by a feed: "&" and spaces, same offsets
    if "[" in text:
        # an editor's insertion ("on Saturday [22 August] in X", "[Shi'i] Huthis") reads as a parenthesis;
        # in square brackets the small parser often starts a new sentence at it
        text = _BRACKETED.sub(lambda m: "(" + m.group(1) + ")", text)
    if "\u2022" in text:
        text = _BULLET_BREAK.sub(lambda m: "." + m.group(1), text)   # "Leeds • Iran" -> "Leeds.  Iran"
    span = dateline_span(text)
    if span is None:
        return text
    head = text[: span[1]]
    j = max(head.rfind("-"), head.rfind("\u2013"), head.rfind("\u2014"))
    if j <= span[0]:
        return text
    i = j
    while i > 0 and head[i - 1] in "-\u2013\u2014":
        i -= 1
    return text[:i] + "." + " " * (j - i) + text[j + 1:]
