"""Actor knowledge: a name the lists know written in another transliteration ("Jeysh al-Islam" for Jaish al-Islam,
"Falaq al-Rahman" for Faylaq al-Rahman, "Hizbullah Brigades" for the Hezbollah Brigades, "Abdel Fatah al-Sisi").

Arabic, Persian and Kurdish names reach English in many spellings; the lists file one or a few.  A name of two or
more words the exact matcher missed is compared with the lists' names of groups, parties, bodies and people through
a key that keeps the consonants and where vowels stand, but not which vowels: its articles ("al-", "el-", "ad-";
data/coding/coref.tsv `name-particle`) dropped, doubled letters single, "q" as "k", "w" as "v".  Names that share
the key match when each vowel group of one can be read as the other's ("e" as "a" or "i", "o" as "u", "ai", "ay",
"ey", "ae" alike): "Abu Ahmad" is not "Abiy Ahmed", "Noor Masri" is not "Nur Misuari".  A key that leads to two
entities matches neither.  Used by ``ActorKB.find`` (knowledge/actors.py).
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Optional

from eventwire.knowledge.actor_records import norm_text

_KINDS = ("group", "party", "igo", "person")
_MOST_WORDS = 6           # the longest part of a run of capitalised words tried (a run of a whole headline in capitals)
_VOWELS = "aeiouy"
_RUN = re.compile(r"[aeiouy]+|[^aeiouy]+")
_LETTER = {"a": "A", "e": "AIE", "i": "I", "y": "I", "o": "U", "u": "U"}
_DIPHTHONG = {"ai": "DA", "ay": "DA", "ei": "D", "ey": "D", "ae": "DA", "aye": "DA", "ayi": "DA",
              "ou": "U", "uo": "U", "ie": "I", "iy": "I", "ye": "I", "ee": "I", "oo": "U", "ii": "I", "uu": "U",
              "aa": "A"}
# a capitalised name of two words or more, with the articles and particles that may join its parts
# (a run starts a word, and a word is never given back: a word of 200,000 letters is read once)
_NAME = re.compile(r"(?<![\w\u2019'])[A-Z][\w\u2019']++(?:(?:[ \-]|-(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|ez|es|e)-|"
                   r" (?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|ez|es|bin|ibn|bint|abu|e)[ \-])[A-Z][\w\u2019']++)+")


def given_names() -> dict:
    from eventwire.knowledge.gender import given_names as table
    return table()


def _particles() -> frozenset:
    from eventwire.knowledge.coref_mentions import coref_words
    return frozenset(w for w, (cls, _) in coref_words().items() if cls == "name-particle")


@functools.lru_cache(maxsize=50000)
def _word_parts(word: str) -> tuple[str, tuple]:
    """(frame, vowel groups) of one word: "jeysh" -> ("jVsh", ("ey",))."""
    w = re.sub(r"[^a-z]", "", word)
    w = re.sub(r"(.)\1+", r"\1", w).replace("q", "k").replace("w", "v")
    frame, groups = [], []
    for part in _RUN.findall(w):
        if part[0] in _VOWELS and not (part == "y" and not frame):
            frame.append("V")
            groups.append(part)
        else:
            frame.append(part)
    return "".join(frame), tuple(groups)


def spelling_key(name: str, particles: frozenset) -> tuple[str, tuple]:
    """(key, vowel groups) of a name: the frames of its words without articles, and each word's vowel groups."""
    words = [w for w in re.split(r"[\s\-]+", norm_text(name).replace("'", "").replace("\u2019", "")) if w]
    words = [w for w in words if w not in particles and w != "the"]
    parts = [_word_parts(w) for w in words]
    return " ".join(f for f, _ in parts), tuple(g for _, gs in parts for g in gs)


def _readings(group: str) -> str:
    if len(group) == 1:
        return _LETTER[group]
    return _DIPHTHONG.get(group, group)


def _vowels_agree(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(x == y or set(_readings(x)) & set(_readings(y)) for x, y in zip(a, b))


class SpellingIndex:
    """The lists' names of two words or more by spelling key (built once per knowledge base, kept in its cache on
    disk: knowledge/actors.py)."""

    def __init__(self, aliases: dict):
        self.particles = _particles()
        self.by_key: dict[str, list] = {}
        for na, cands in aliases.items():
            for c in cands:
                if c.kind not in _KINDS or not c.orig[:1].isupper() and c.kind != "group":
                    continue
                key, groups = spelling_key(c.orig, self.particles)
                if key.count(" ") < 1 or len(key.replace(" ", "")) < 7:
                    continue
                self.by_key.setdefault(key, []).append((groups, c))
        self.firsts = frozenset(k.split(" ")[0] for k in self.by_key)      # (the frame a key starts with)
        self._checked = True

    def current(self) -> bool:
        """Whether the index was built with today's name particles (data/coding/coref.tsv): one read from the cached
        actor index (knowledge/actors.py, whose key covers the lists and this module, not that file) is built again
        when they changed (asked once per process)."""
        if not self.__dict__.get("_checked"):
            self._checked = self.particles == _particles()
        return self._checked

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_checked", None)       # (a process that reads it checks it again)
        return state

    def match(self, name: str) -> Optional[list]:
        """The candidates of the one entity whose listed name `name` is another spelling of, or None."""
        key, groups = spelling_key(name, self.particles)
        rows = self.by_key.get(key)
        if not rows:
            return None
        cands = [c for g, c in rows if _vowels_agree(g, groups)]
        if not cands or len({(c.kind, c.key) for c in cands}) != 1:
            return None
        if cands[0].kind == "person" and all(w in given_names() for w in
                                             re.split(r"[\s\-]+", norm_text(name)) if w not in self.particles):
            return None        # "Mohammed Hassan", "Ali Hasan": given names only, too common to be the listed one
        return [min(cands, key=lambda c: (" - " in c.orig, c.order))]     # (as the lists write it)

    def matches(self, text: str, taken: list[tuple[int, int]], known=()) -> list[tuple[int, int, list]]:
        """(start, end, candidates) for the names in `text` that are another spelling of a listed name: in each
        capitalised run, from its left, the longest part of two words or more that cuts no exact match (`taken`),
        is longer than any it holds ("Hizbullah Brigades" over "Hizbullah") and is no exact alias (`known`: one the
        exact matcher turned down on purpose)."""
        spans = sorted(taken)
        starts = [a for a, _ in spans]
        widest = max((b - a for a, b in spans), default=0)

        def cuts(ps: int, pe: int) -> bool:
            i = bisect.bisect_left(starts, ps - widest)
            while i < len(spans) and spans[i][0] < pe:
                a, b = spans[i]
                if a < pe and ps < b and not (ps <= a and b <= pe and b - a < pe - ps):
                    return True
                i += 1
            return False

        out = []
        for m in _NAME.finditer(text):
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "-_"):
                continue              # (not "theSyrian Democratic Forces")
            words = [(s + w.start(), s + w.end()) for w in re.finditer(r"[A-Z][\w\u2019']+", m.group(0))]
            frames = [_word_parts(norm_text(text[a:b]))[0] for a, b in words]
            i = 0
            while i < len(words) - 1:
                if frames[i] not in self.firsts and norm_text(text[words[i][0]:words[i][1]]) not in self.particles:
                    i += 1            # (no listed name of two words starts so)
                    continue
                found = None
                for n in range(min(len(words) - i, _MOST_WORDS), 1, -1):     # the longest part first
                    ps, pe = words[i][0], words[i + n - 1][1]
                    if (ps > s and text[ps - 1] == "-") or norm_text(text[ps:pe]) in known or cuts(ps, pe):
                        continue      # (a part after a hyphen, "Anti-Islamic State", is not a name)
                    cands = self.match(text[ps:pe])
                    if cands:
                        found = (ps, pe, cands, n)
                        break
                if found:
                    out.append(found[:3])
                    i += found[3]
                else:
                    i += 1
        return out
