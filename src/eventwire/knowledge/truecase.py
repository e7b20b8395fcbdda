"""Case for text that has none: lower-cased or upper-cased articles (archives, OCR, wire headlines).

The small parser and every name finder read capitals: "iran praised iraq" gives no names and no events. For a
document whose letters carry no case (`caseless`; or a headline line in capitals over a cased story,
`caseless_parts`), `Truecaser.restore` makes a copy with the case a news writer would have used, character for
character at the same offsets (a letter is changed only where its other case is one character). The pipeline
parses and codes that copy, and every text it quotes is then the user's own (pipeline.requote).

One pass over the words, in this order of trust (word lists: data/case/, docs/DATA.md):
1. names the actor knowledge knows, written as its files write them ("us-led" -> "US-led"); a name that is also
   ordinary English needs a reason: a country or demonym always ("turkey"); a person after a title or once named
   in full ("trump" after "donald trump"); an acronym by its neighbours ("the us", "us troops", "us-led", but
   "told us", "all of us"; "is fighters" but "he is leader"); an organisation's acronym only once named in full
   ("the who" after "the world health organization"); a few phrases never (`not_names`)
   (knowledge/truecase_names.py);
2. place names: the project's place tables ("middle east", "the gulf") and the gazetteer's multi-word names that
   hold a word no English dictionary has ("khan sheikhoun");
3. the English word list: a word it writes only with a capital gets it ("monday", "sunni"); a word it writes in
   lower case stays so, and so do the lexicon's lemmas, the sector terms, their inflections, British spellings,
   prefixed forms and two English words run together; a word it lacks is taken for a name ("shamkhani"); "i" is
   "I"; "may" and "march" are months next to a number or after a time word;
4. English-word surnames after a given name ("oliver hall, 24": knowledge/truecase_people.py), titles before
   names ("president Obama"), dotted initials ("U.S."), the first word of every sentence, and an
   agency stub or dateline ("RNA - ", "BEIRUT - ").
Cased text is never touched: `restore_if_caseless` gives it back as it is.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

from eventwire.knowledge import truecase_names as names
from eventwire.knowledge import truecase_people as people
from eventwire.knowledge.truecase_names import Copy, one_case

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "case"
LOWER, UPPER = "lower", "upper"

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*")      # letters (and combining marks after one)
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")         # "u.s.", "d.c."
_SENT_START = re.compile(r"(?:\A|[\u2022\u25aa\u25a0]\s+|[.!?]+[\"'\u201d\u2019)\]]*\s+|\n\s*|:\s*(?=[\"\u201c]))"
                         r"[\"'\u201c\u2018(\[]*(?=[^\W\d_])")
# an ellipsis that closes a quote ("... a bundle of love …” yet it was"): the sentence after the quote starts anew
_ELLIPSIS_QUOTE = re.compile(r"(?:\u2026|\.{2,})[\"'\u201d\u2019]+\s+(?=[^\W\d_])")
# a colon after a verb of saying among the five words before it ("he says: it is", "he told the un security
# council: in deciding"): the words said start a sentence
# (from a word's start only, each word of at most 40 letters: a run-on "word" of 200,000 letters costs one scan,
# not one per letter)
_SAYING_COLON = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{1,40}[\s'\u2019-]+){0,4}[^\W\d_]{1,40}:\s+(?=[^\W\d_])")
_VOWEL = re.compile("[aeiouy]")
_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_NON_ASCII = re.compile("[^\x00-\x7f]+")
# the end of a dateline or agency stub: "tehran, june 26 (irna) - the ..."
_DATELINE_END = re.compile(r"[^\n.!?]{1,60}?\s[-\u2013\u2014]{1,2}\s+[\"'\u201c\u2018(\[]*(?=[^\W\d_])")


def _function_words() -> frozenset:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


def caseless(text: str) -> Optional[str]:
    """LOWER or UPPER when the document's letters carry no case information, else None.

    LOWER: no capital at all, or few (under 2% of letters) with three in four sentences starting in lower case;
    UPPER: under 2% of the letters in lower case. Texts of fewer than 12 letters are left alone."""
    if not text:
        return None
    sample = text[:60000]
    raw = sample.encode("utf-8", "surrogatepass")       # ASCII letters counted in C: bytes.translate
    up = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    lo = len(raw) - len(raw.translate(None, _ASCII_LOWER))
    if not sample.isascii():
        other = "".join(_NON_ASCII.findall(sample))
        up += sum(map(str.isupper, other))
        lo += sum(map(str.islower, other))
    letters = up + lo
    if letters < 12:
        return None
    if up == 0:
        return LOWER
    if lo < 0.02 * letters:
        return UPPER
    if up < 0.02 * letters:
        starts = [m.end() for m in _SENT_START.finditer(sample)]
        low_starts = sum(1 for i in starts if sample[i].islower())
        if len(starts) >= 2 and low_starts * 4 >= len(starts) * 3:
            return LOWER
    return None


def _read_lists() -> dict[str, frozenset]:
    out: dict[str, set] = {}
    with open(DATA_DIR / "case_words.tsv", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line == "list\tword":
                continue
            name, word = line.split("\t", 1)
            out.setdefault(name, set()).add(word.strip() if name == "spellings" else word.strip().lower())
    return _Lists({k: frozenset(v) for k, v in out.items()})


class _Lists(dict):
    """The word lists of case_words.tsv by name; a list the file lacks is empty."""

    def __missing__(self, key):
        return frozenset()


def _read_english() -> tuple[frozenset, dict]:
    """(lower-case English words, {word: its capitalised spelling} for words written only with a capital)."""
    lower: set = set()
    caps: dict = {}
    with open(DATA_DIR / "english_words.tsv", encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w or w.startswith("#") or w == "word":
                continue
            if w.islower():
                lower.add(w)
            else:
                lw = w.lower()
                if len(lw) == len(w):
                    prev = caps.get(lw)
                    # "ISIS" and "Isis": the capitalised spelling of a longer word, the upper-case one of a short one
                    if prev is None or (len(w) <= 4 and w.isupper()) or (len(w) > 4 and prev.isupper()):
                        caps[lw] = w
    caps = {k: v for k, v in caps.items() if k not in lower}
    return frozenset(lower), caps


class Truecaser:
    """Restores case with the actor knowledge, the gazetteer and an English word list; one per process."""

    def __init__(self, kb=None, lexicon=None, gazetteer=None):
        from eventwire.knowledge import actors
        if kb is None:
            kb = actors.default_kb()
        self.kb = kb
        self.gazetteer = gazetteer
        self.lists = _read_lists()
        lower, self.caps = _read_english()
        for w in self.lists["english"]:       # "de", "co": the word list's capital spelling ("DE") is not news
            self.caps.pop(w, None)
        self.caps.update({w.lower(): w for w in self.lists["spellings"]})     # "mps" -> "MPs"
        extra: set = set()
        sector_words: set = set()
        for na, cands in kb.aliases.items():
            if all(x.kind == "sector" for x in cands):
                extra.update(_WORD.findall(na))          # "peshmerga", "jihadists": words, not names
            if " " not in na and any(x.kind == "sector" for x in cands):
                sector_words.add(na)
        if lexicon is not None:
            for lemma in lexicon.lemmas():
                extra.update(_WORD.findall(lemma))
        self.english = lower | frozenset(extra) | self.lists["english"]
        self.place_names = names.curated_places()
        self.place_firsts = frozenset(k.split(" ")[0].split("-")[0] for k in self.place_names)
        self.sector_words = frozenset(sector_words)
        self.titles = frozenset(actors._TITLES_BEFORE) | frozenset(w.rstrip(".") for w in _place_titles()) \
            | self.sector_words
        self.acronym_after = self.sector_words | self.lists["acronym_after"]
        self.function_words = _function_words()
        self.kind_rank = actors.KIND_RANK
        self._norm = actors.norm_text
        self._english_cache: dict[str, bool] = {}

    # ------------------------------------------------------------------ words
    def is_english(self, w: str) -> bool:
        """An ordinary English word (or an inflection, a British spelling or a prefixed form of one), lower case."""
        got = self._english_cache.get(w)
        if got is None:
            got = self._english_cache[w] = self._is_english(w)
        return got

    def _is_english(self, w: str) -> bool:
        if self._inflected(w):
            return True
        if "is" in w or "ys" in w:       # "radicalised", "analyse": the -ize/-yze spelling
            v = re.sub(r"is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1", w)
            v = re.sub(r"ys(e|ed|es|ing)$", r"yz\1", v)
            if v != w and self._inflected(v):
                return True
        for pre in self.lists["prefixes"]:      # "deradicalisation", "counterstrike"
            if w.startswith(pre) and len(w) - len(pre) >= 4 and self._inflected(w[len(pre):]):
                return True
        for suf in self.lists["suffixes"]:      # "jihadism" from "jihad"
            if w.endswith(suf) and len(w) - len(suf) >= 4 and self._inflected(w[:-len(suf)]):
                return True
        return False

    def _compound(self, w: str) -> bool:
        """Two English words run together ("schoolfriends", "underway"), and no place of that name."""
        if len(w) < 8 or len(w) > 40:   # no compound is longer; a 200,000-letter "word" took 22 s here
            return False
        e = self.english
        for k in range(4, len(w) - 3):   # both parts four letters or more: "Tillerson", "Pearlman" stay names
            if w[:k] in e and (w[k:] in e or self._inflected(w[k:])):
                return not (self.gazetteer is not None and self.gazetteer.lookup(w, limit=1))
        return False

    def _inflected(self, w: str) -> bool:
        e = self.english
        if w in e:
            return True
        if len(w) > 3:
            if w.endswith("s") and (w[:-1] in e or (w.endswith("es") and w[:-2] in e)
                                    or (w.endswith("ies") and w[:-3] + "y" in e)):
                return True
            if w.endswith("ed") and (w[:-2] in e or w[:-1] in e):
                return True
            if w.endswith("ing") and (w[:-3] in e or w[:-3] + "e" in e):
                return True
        return False

    # ------------------------------------------------------------------ main
    def restore(self, text: str, mode: str) -> str:
        """A copy of ``text`` with case restored; the same length, every character at its offset."""
        if mode == UPPER:
            base = text.lower()
            if len(base) != len(text):
                base = "".join(one_case(ch, False) for ch in text)
        else:
            base = text
        c = Copy(base, self._norm(base), _WORD)
        names.known_names(self, c, self.function_words)          # 1. the actor knowledge
        names.place_names(self, c)                                # 2. places
        self._dictionary(c)                                       # 3. the English word list
        names.given_names(self, c)                                # 4. given names before a name,
        people.surnames(self, c)                                  # English-word surnames after one,
        names.titles(self, c)                                     # titles, initials, sentence starts
        for m in _DOTTED.finditer(c.nt):                          # "u.s.", "d.c.": upper case
            for k in range(m.start(), m.end(), 2):
                c.raise_case(k)
        self._sentence_starts(c)
        self._dateline(c)
        out = "".join(c.chars)
        return out if len(out) == len(text) else text

    def _dictionary(self, c: Copy) -> None:
        nt, lists = c.nt, self.lists
        n = len(nt)
        for i, (s, e) in enumerate(c.words):
            if c.decided[i]:
                continue
            w = nt[s:e]
            before = nt[s - 1] if s > 0 else " "
            after = nt[e] if e < n else " "
            if before.isdigit() or after.isdigit() or before in "/@._" or after in "/@_" \
                    or (after == "." and e + 1 < n and nt[e + 1].isalpha()):
                continue                  # "20th", "km2", addresses and file names
            if before in "'\u2019" and s >= 2 and nt[s - 2].isalpha() and w in lists["contraction_tails"]:
                continue                  # "don't", "assad's"
            if after in "'\u2019" and nt[e + 1:e + 2] == "t" and (e + 2 >= n or not nt[e + 2].isalpha()):
                continue                  # "isn't"
            if w == "i":
                if before != "." and (after.isspace() or after in ",;:!?)'\u2019\"\u201d"):
                    c.raise_case(s)
                    c.capped[i] = True
                continue
            if w in lists["month_words"]:
                if c.prev_word(i) in lists["time_words"] or re.match(r"\s+\d", nt[e:e + 3]) \
                        or re.search(r"\d\s+$", nt[max(0, s - 3):s]):
                    c.raise_case(s)       # "in may", "may 2018"
                    c.capped[i] = True
                continue
            inside = w in lists["particles"] and i > 0 and c.capped[i - 1] and nt[c.words[i - 1][1]:s] in (" ", "-")
            form = self.caps.get(w)
            if form is not None:
                if inside:
                    continue              # "ras al-ain": the article inside a name
                for k, ch in enumerate(form):
                    if ch.isupper():
                        c.raise_case(s + k)
                c.capped[i] = True
                continue
            if self.is_english(w) or len(w) < 2 or self._compound(w) or inside:
                continue
            if len(w) <= 5 and not _VOWEL.search(w):
                for k in range(s, e):     # "opcw", "msf": no vowel, an acronym
                    c.raise_case(k)
            else:
                c.raise_case(s)           # no English word: a name
            c.capped[i] = True

    def _sentence_starts(self, c: Copy) -> None:
        nt, abbrev = c.nt, self.lists["abbreviations"]
        later: list = []                  # (word index, strict) of words after a sentence's first names
        for m in _SENT_START.finditer(nt):
            p = m.end()
            if p >= len(nt):
                continue
            punct = c.base[m.start():p]
            if "\u2026" in punct or ".." in punct:
                continue                  # after an ellipsis the sentence often goes on
            if m.start() > 0 and nt[m.start()] == ".":
                k = j = m.start()
                while k > 0 and (nt[k - 1].isalpha() or nt[k - 1] == "."):
                    k -= 1
                tok = nt[k:j].strip(".")
                if tok in abbrev or len(tok) == 1 or _DOTTED.fullmatch(tok + "."):
                    continue              # "mr. smith", "u.s. forces", "j. smith" ("no. 10": no letter follows)
            if re.match(r"[!?,][\"'\u201d\u2019]", nt[m.start():m.start() + 2]):
                if any(w in self.lists["attribution_verbs"] for w in _WORD.findall(nt[p:p + 40])[:2]):
                    continue              # "“why?” he asked"
            c.raise_case(p)
            self._heading_run_on(c, p, later)
        if sum(1 for _j, strict in later if strict) >= 2:
            for j, strict in later:       # a story that runs its headings into the text ("syria the conflict",
                if not strict:            # "yemen the chaos"): "ukraine in february" too
                    c.raise_case(c.words[j][0])
        for m in _SAYING_COLON.finditer(nt):
            if any(w in self.lists["attribution_verbs"] for w in _WORD.findall(m.group(0))):
                c.raise_case(m.end())     # "He says: It is impossible", "Pierce told reporters: This is"
        for m in _ELLIPSIS_QUOTE.finditer(c.base):
            if not any(w in self.lists["attribution_verbs"] for w in _WORD.findall(nt[m.end():m.end() + 40])[:2]):
                c.raise_case(m.end())     # "…” Yet it was", but "…” she said"

    def _heading_run_on(self, c: Copy, p: int, later: list) -> None:
        """A heading run into its text without a stop ("... the world. yemen the chaos in yemen ..."): where a
        sentence starts with one to three names and a word of `heading_next` follows them after one space, that
        word starts the next sentence, as a cased text writes it ("Yemen The chaos"). A word of
        `heading_next_story` there does so only in a story that shows two such headings ("ukraine in february";
        not "Russia at a UN meeting said"): noted in ``later`` (with the strict ones, marked True)."""
        i = c.starts.get(p)
        if i is None or not (c.capped[i] or (c.word(i) in self.lists["months"]
                                             and c.word(i) not in self.lists["wish_words"])):
            return                        # a name, or a month ("august the number"; not "may the best man win")
        j = i
        while j < len(c.words) and j - i < 3 and (c.capped[j] or j == i):
            if j + 1 >= len(c.words) or c.nt[c.words[j][1]:c.words[j + 1][0]] != " ":
                return
            j += 1
        if j < len(c.words) and j > i and not c.capped[j] and not c.decided[j]:   # not "the" of "Save the Children"
            if c.word(j) in self.lists["heading_next"]:
                c.raise_case(c.words[j][0])
                later.append((j, True))
            elif c.word(j) in self.lists["heading_next_story"]:
                later.append((j, False))

    def _dateline(self, c: Copy) -> None:
        m = _DATELINE_END.match(c.nt)
        if not m:
            return
        head = [i for i, (a, b) in enumerate(c.words) if b <= m.end()]
        known = bool(head) and all(c.chars[c.words[i][0]].isupper() or c.word(i) in self.lists["months"]
                                   for i in head)
        if "(" in c.nt[:m.end()] and known:
            c.raise_case(m.end())         # "tehran, june 26 (irna) - the ..."
        elif known and len(head) <= 3:
            # an agency stub or a dateline of names ("rna - ", "beirut - "): written in capitals, as wires do
            for i in head:
                for k in range(*c.words[i]):
                    c.raise_case(k)
            c.raise_case(m.end())


def _place_titles() -> frozenset:
    try:
        from eventwire.knowledge.place_words import _TITLES
        return _TITLES
    except Exception:  # noqa: BLE001 - the place stage is optional
        return frozenset()


@functools.cache
def default_truecaser() -> Truecaser:
    from eventwire.coding.lexicon import default_lexicon
    try:
        from eventwire.knowledge.gazetteer import default_gazetteer
        gaz = default_gazetteer()
    except Exception:  # noqa: BLE001 - without a gazetteer, names come from the actors and the dictionary
        gaz = None
    return Truecaser(lexicon=default_lexicon(), gazetteer=gaz)


_CAPS_RUN = re.compile(r"[A-Z]{3,}[^a-z\n]{10,}")


def caseless_parts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, LOWER or UPPER) for the parts of ``text`` without case: the whole document, or else the lines
    of a cased document written in capitals (a feed's headline over its story: 15 letters or more, under 2% of
    them in lower case). Empty for cased text."""
    mode = caseless(text)
    if mode is not None:
        return [(0, len(text), mode)]
    if "\n" not in text or not _CAPS_RUN.search(text):
        return []
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if _CAPS_RUN.search(line):
            up = sum(map(str.isupper, line))
            lo = sum(map(str.islower, line))
            if up + lo >= 15 and lo < 0.02 * (up + lo):
                out.append((pos, end, UPPER))
        pos = end + 1
    return out


def restore_if_caseless(text: str, truecaser: Optional[Truecaser] = None) -> str:
    """``text`` with case restored where it has none (the document, or its lines in capitals); otherwise ``text``
    itself (the same object)."""
    parts = caseless_parts(text)
    if not parts:
        return text
    tc = truecaser or default_truecaser()
    out = text
    for s, e, mode in parts:
        out = out[:s] + tc.restore(text[s:e], mode) + out[e:]
    return out
