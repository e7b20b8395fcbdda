"""Case for text that has none: lower-cased or upper-cased articles (archives, OCR, wire headlines).

The small parser and every name finder read capitals: "iran praised iraq" gives no names and no events. For a
document whose letters carry no case (`caseless`), `restore` makes a copy with the case a news writer would
have used, character for character at the same offsets (a letter is changed only where its other case is one
character), and the pipeline parses and codes that copy; every text it quotes is then taken from the user's own
characters again (pipeline.requote).

One pass over the words, in this order of trust:
1. names the actor knowledge knows (countries, demonyms, capitals, seats, IGOs, groups, parties, people), found
   with its own index on the folded text, and written as the knowledge writes them ("us-led" -> "US-led").
   A name that is also ordinary English needs more: a one-word acronym that is an English word ("us", "is",
   "who") needs a hyphen after it, a word before it that makes it a name ("the", "against"), or an actor word
   after it ("us forces"); a one-word person that is an English word ("trump") needs a title before it or the
   person's full name elsewhere in the story; other one-word English names are left alone; a few phrases are
   never names (`not_names` in data/case/case_words.tsv);
2. multi-word place names of the gazetteer that hold a word no English dictionary has ("khan sheikhoun");
3. the English dictionary (data/case/english_words.tsv): a word it writes only with a capital ("monday", "sunni")
   gets it; a word it writes in lower case, or a word of the project's lexicon and sector terms, stays lower case;
   a word it does not have at all is taken for a name and capitalised ("shamkhani"); "i" is "I"; "may" and
   "march" are months next to a number or after a time word;
4. the first word of every sentence.
Cased text is never touched: `restore_if_caseless` gives it back as it is.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "case"
LOWER, UPPER = "lower", "upper"

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*")      # letters (and combining marks after one)
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")         # "u.s.", "d.c."
_SENT_START = re.compile(r"(?:\A|[\u2022\u25aa\u25a0]\s+|[.!?]+[\"'\u201d\u2019)\]]*\s+|\n\s*|:\s*(?=[\"\u201c]))"
                         r"[\"'\u201c\u2018(\[]*(?=[^\W\d_])")
_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_NON_ASCII = re.compile("[^\x00-\x7f]+")
# the end of a dateline or agency stub: "tehran, june 26 (irna) - the ..."
_DATELINE_END = re.compile(r"[^\n.!?]{1,60}?\s[-\u2013\u2014]{1,2}\s+[\"'\u201c\u2018(\[]*(?=[^\W\d_])")
def _function_words() -> frozenset:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


_FUNCTION_WORDS = _function_words()
_PREFIXES = ("anti", "counter", "de", "re", "pre", "post", "non", "neo", "pro", "over", "under", "mis", "un", "co",
             "self", "semi", "sub", "super", "inter", "multi", "cyber", "mid", "ultra", "geo", "hyper")
_SUFFIXES = (("ism", ""), ("ist", ""), ("ists", ""), ("ly", ""), ("ness", ""), ("ment", ""), ("ments", ""))
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                    "august september october november december".split())
_CONTRACTION_TAILS = ("t", "ll", "re", "ve", "d", "m", "s")


def _one(c: str, upper: bool) -> str:
    """The other case of one character, when it is one character (else the character itself)."""
    o = c.upper() if upper else c.lower()
    return o if len(o) == 1 else c


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
            out.setdefault(name, set()).add(word.strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


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
        if kb is None:
            from eventwire.knowledge.actors import default_kb
            kb = default_kb()
        self.kb = kb
        self.gazetteer = gazetteer
        self.lists = _read_lists()
        lower, self.caps = _read_english()
        extra: set = set()
        from eventwire.knowledge import actors as _actors
        for na, cands in kb.aliases.items():
            if all(c.kind == "sector" for c in cands):
                extra.update(_WORD.findall(na))          # "peshmerga", "jihadists": words, not names
        self.verbs: frozenset = frozenset()
        if lexicon is not None:
            for lemma in lexicon.lemmas():
                extra.update(_WORD.findall(lemma))
            self.verbs = lexicon.verb_lemmas()
        self.english = lower | frozenset(extra) | self.lists.get("english", frozenset())
        self.place_names = _curated_places()
        self._place_firsts = frozenset(k.split(" ")[0].split("-")[0] for k in self.place_names)
        self.titles = frozenset(_actors._TITLES_BEFORE) | frozenset(
            w.rstrip(".") for w in _place_titles()) | frozenset(
            na for na, cands in kb.aliases.items() if " " not in na and any(c.kind == "sector" for c in cands))
        self.sector_words = frozenset(na for na, cands in kb.aliases.items()
                                      if " " not in na and any(c.kind == "sector" for c in cands))
        self.acronym_after = self.sector_words | self.lists.get("acronym_after", frozenset())
        self._norm = _actors.norm_text
        self._english_cache: dict[str, bool] = {}
        self._kind_rank = _actors.KIND_RANK

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
        for pre in _PREFIXES:           # "deradicalisation", "counterstrike", "neocon"
            if w.startswith(pre) and len(w) - len(pre) >= 4 and self._inflected(w[len(pre):]):
                return True
        for suf, rep in _SUFFIXES:      # "jihadism" from "jihad"
            if w.endswith(suf) and len(w) - len(suf) >= 4 and self._inflected(w[:-len(suf)] + rep):
                return True
        return False

    def _compound(self, w: str) -> bool:
        """Two English words run together ("schoolfriends", "underway"), and no place of that name."""
        if len(w) < 8:
            return False
        e = self.english
        for k in range(4, len(w) - 3):   # both parts four letters or more: "Tillerson", "Pearlman" stay names
            if w[:k] in e and (w[k:] in e or self._inflected(w[k:])):
                return not (self.gazetteer is not None and self.gazetteer.lookup(w, limit=1))
        return False

    def _is_verb(self, w: str) -> bool:
        """A verb of the lexicon, or an inflection of one ("helped", "tells", "giving")."""
        v = self.verbs
        if not w:
            return False
        return w in v or (w.endswith("s") and (w[:-1] in v or w[:-2] in v)) or \
            (w.endswith("ed") and (w[:-2] in v or w[:-1] in v or w[:-3] in v)) or \
            (w.endswith("ing") and (w[:-3] in v or w[:-3] + "e" in v or w[:-4] in v))

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
                base = "".join(_one(c, False) for c in text)
        else:
            base = text
        chars = list(base)
        nt = self._norm(base)
        words = [(m.start(), m.end()) for m in _WORD.finditer(nt)]
        starts = {s: i for i, (s, _e) in enumerate(words)}
        decided = [False] * len(words)
        capped = [False] * len(words)     # the word begins with a capital in the copy

        def word_at(pos: int) -> Optional[int]:
            return starts.get(pos)

        def prev_word(i: int) -> str:
            if i <= 0:
                return ""
            ps, pe = words[i - 1]
            gap = nt[pe:words[i][0]]
            return nt[ps:pe] if gap.strip() == "" else ""

        def next_word(i: int) -> str:
            if i + 1 >= len(words):
                return ""
            ns, ne = words[i + 1]
            gap = nt[words[i][1]:ns]
            return nt[ns:ne] if gap.strip() in ("", "-") else ""

        def raise_case(pos: int) -> None:
            chars[pos] = _one(chars[pos], True)

        def cover(s: int, e: int) -> list[int]:
            return [i for i in range(len(words)) if s <= words[i][0] < e] if e - s > 40 else \
                [starts[p] for p in range(s, e) if p in starts]

        # 1. the actor knowledge's names
        self._known_names(nt, words, starts, decided, capped, chars, prev_word, next_word, cover)
        # 2. place names: the project's place tables, the gazetteer's multi-word names that hold a non-English word
        self._place_names(nt, words, decided, capped, chars, prev_word)
        # 3. the dictionary
        for i, (s, e) in enumerate(words):
            if decided[i]:
                continue
            w = nt[s:e]
            before = nt[s - 1] if s > 0 else " "
            after = nt[e] if e < len(nt) else " "
            if before.isdigit() or after.isdigit() or before in "/@._" or after in "/@_" \
                    or (after == "." and e + 1 < len(nt) and nt[e + 1].isalpha()):
                continue                  # "20th", "km2", addresses and file names
            if before in "'\u2019" and s >= 2 and nt[s - 2].isalpha() and w in _CONTRACTION_TAILS:
                continue                  # "don't", "assad's"
            if after in "'\u2019" and e + 1 < len(nt) and nt[e + 1:e + 2] == "t" and \
                    (e + 2 >= len(nt) or not nt[e + 2].isalpha()):
                continue                  # "isn't"
            if w == "i":
                if before != "." and (after.isspace() or after in ",;:!?)'\u2019\"\u201d"):
                    raise_case(s)
                    capped[i] = True
                continue
            if w in self.lists.get("month_words", ()):
                pw = prev_word(i)
                if pw in self.lists.get("time_words", ()) or re.match(r"\s+\d", nt[e:e + 3]) \
                        or re.search(r"\d\s+$", nt[max(0, s - 3):s]):
                    raise_case(s)
                    capped[i] = True
                continue
            form = self.caps.get(w)
            if form is not None:
                if w in self.lists["particles"] and i > 0 and capped[i - 1] and nt[words[i - 1][1]:s] in (" ", "-"):
                    continue              # "ras al-ain": the article inside a name
                for k, ch in enumerate(form):
                    if ch.isupper():
                        raise_case(s + k)
                capped[i] = True
                continue
            if self.is_english(w) or len(w) < 2 or self._compound(w):
                continue
            if w in self.lists["particles"] and i > 0 and capped[i - 1] and nt[words[i - 1][1]:s] in (" ", "-"):
                continue
            raise_case(s)                 # no English word: a name
            capped[i] = True
        self._titles(nt, words, capped, chars)
        # 4. sentence starts
        abbrev = self.lists["abbreviations"]
        for m in _DOTTED.finditer(nt):                    # "u.s.", "d.c.": upper case
            for k in range(m.start(), m.end(), 2):
                raise_case(k)
        for m in _SENT_START.finditer(nt):
            p = m.end()
            if p >= len(nt):
                continue
            punct = base[m.start():p]
            if "\u2026" in punct or ".." in punct:
                continue                  # after an ellipsis the sentence often goes on
            if m.start() > 0 and nt[m.start()] == ".":
                j = m.start()
                k = j
                while k > 0 and (nt[k - 1].isalpha() or nt[k - 1] == "."):
                    k -= 1
                tok = nt[k:j].strip(".")
                if tok in abbrev or len(tok) == 1 or _DOTTED.fullmatch(tok + "."):
                    continue              # "mr. smith", "u.s. forces", "j. smith"
            if re.match(r"[!?,][\"'\u201d\u2019]", nt[m.start():m.start() + 2]):
                following = _WORD.findall(nt[p:p + 40])[:2]
                if any(w in self.lists.get("attribution_verbs", ()) for w in following):
                    continue              # "“why?” he asked"
            raise_case(p)
        m = _DATELINE_END.match(nt)
        if m:
            head = [i for i, (a, b) in enumerate(words) if b <= m.end()]
            names = bool(head) and all(chars[words[i][0]].isupper() or nt[words[i][0]:words[i][1]] in _MONTHS
                                       for i in head)
            if "(" in nt[:m.end()] and names:
                raise_case(m.end())       # "tehran, june 26 (irna) - the ..."
            elif names and len(head) <= 3:
                # an agency stub or a dateline of names ("rna - ", "beirut - "): written in capitals, as wires do
                for i in head:
                    for k in range(*words[i]):
                        raise_case(k)
                raise_case(m.end())
        out = "".join(chars)
        return out if len(out) == len(text) else text

    def _known_names(self, nt, words, starts, decided, capped, chars, prev_word, next_word, cover) -> None:
        kb = self.kb
        if kb.automaton is None or not len(kb.aliases):
            return
        n = len(nt)
        found = []
        for end_idx, na in kb.automaton.iter(nt):
            s, e = end_idx - len(na) + 1, end_idx + 1
            if s > 0 and (nt[s - 1].isalnum() or nt[s - 1] == "_"):
                continue
            if e < n and (nt[e].isalnum() or nt[e] == "_"):
                continue
            if s not in starts:
                continue
            cands = [c for c in kb.aliases[na] if c.kind != "sector"]
            if not cands or na in self.lists["not_names"]:
                continue
            found.append((s, e, na, cands))
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        taken: list[tuple[int, int]] = []
        chosen = []
        for s, e, na, cands in found:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            chosen.append((s, e, na, cands))
        chosen.sort()
        # people the story names in full: their one-word names count even when they are English words
        full = {c.key for s, e, na, cands in chosen if " " in na for c in cands if c.kind == "person"}
        named = {(c.kind, c.key) for s, e, na, cands in chosen if " " in na for c in cands}
        before_ok = self.lists.get("acronym_before", frozenset())
        not_before = self.lists.get("acronym_not_before", frozenset())
        object_verbs = self.lists.get("object_verbs", frozenset())
        country_at: set = set()           # word indexes of restored countries (for "the uk and us")
        later = []
        for s, e, na, cands in chosen:
            idx = cover(s, e)
            if not idx:
                continue
            i0 = idx[0]
            first = nt[words[i0][0]:words[i0][1]]
            cands = sorted(cands, key=lambda c: (self._kind_rank.get(c.kind, 5), c.order))
            orig = next((c.orig for c in cands if len(c.orig) == e - s), cands[0].orig)
            english_first = self.is_english(first)
            if orig[:len(first)].isupper() and len(first) <= 5 and english_first:
                later.append((s, e, orig, idx, cands))      # "us", "is", "who": decided below
                continue
            if len(idx) == 1 and english_first:
                kinds = {c.kind for c in cands}
                pw = prev_word(i0)
                if kinds & {"country", "demonym"}:
                    pass                  # "turkey", "china", "french": the country
                elif "person" in kinds:
                    if not (pw in self.titles or any(c.key in full for c in cands if c.kind == "person")):
                        continue          # "trump" only after a title or "donald trump"
                elif kinds & {"seat", "igo", "group", "party"} and pw == "the":
                    pass                  # "the pentagon"
                else:
                    continue              # "diet", "store": ordinary words
            elif len(idx) > 1 and all(c.kind == "stop" for c in cands) \
                    and all(self.is_english(nt[words[i][0]:words[i][1]]) for i in idx):
                continue                  # a stop phrase of plain words names nothing worth a capital
            self._apply(chars, words, s, e, orig, idx)
            for i in idx:
                decided[i] = True
                capped[i] = chars[words[i][0]].isupper()
            if any(c.kind in ("country", "demonym") for c in cands):
                country_at.update(idx)
        for s, e, orig, idx, cands in later:
            i0 = idx[0]
            first = nt[words[i0][0]:words[i0][1]]
            single_org = len(idx) == 1 and not any(c.kind == "country" for c in cands)
            if single_org and not any((c.kind, c.key) in named for c in cands):
                # "who", "arena", "pro": an organisation's acronym that is an English word is its name only where
                # the story names it in full ("the world health organization ... the who said"), and read strictly
                continue
            pw, nw = prev_word(i0), next_word(i0)
            we = words[i0][1]
            hyph = we + 1 < n and nt[we] == "-" and nt[we + 1].isalpha()
            after = nw if len(idx) == 1 else nt[words[idx[1]][0]:words[idx[1]][1]]
            coord = (pw in ("and", "or") and i0 >= 2 and (i0 - 2) in country_at) \
                or (nt[s - 2:s] == ", " and i0 >= 1 and (i0 - 1) in country_at) \
                or (nw in ("and", "or") and (i0 + 2) in country_at and len(idx) == 1) \
                or (nt[e:e + 2] == ", " and (i0 + 1) in country_at and len(idx) == 1)
            strict = single_org or first in self.lists.get("acronym_strict", ())
            if strict:
                # "is": an actor word after it, plural or where no noun or pronoun stands before
                # ("is fighters"; not "he is leader of", "baghdadi is commander")
                after_ok = after in self.acronym_after and pw not in not_before and pw not in object_verbs \
                    and (after.endswith("s") or pw == "")
            else:
                # "us": any word but a function word after it ("us troops", "us soil"), and no verb or pronoun
                # before it ("helped us", "told us")
                after_ok = bool(after) and after not in _FUNCTION_WORDS and pw not in object_verbs
            if pw == "of" and i0 >= 2 and (nt[words[i0 - 2][0]:words[i0 - 2][1]] in self.lists.get("quantifiers", ())
                                           or nt[words[i0 - 2][1]:words[i0 - 1][0]].strip()[-1:].isdigit()):
                continue                  # "all of us", "25 of us"
            if strict and not single_org and pw in self.lists.get("acronym_strict_before", ()):
                pw_ok = True
            else:
                pw_ok = pw in before_ok
            ok = (hyph or pw_ok or coord or after_ok
                  or re.search(r"\d\s+$", nt[max(0, s - 3):s]) is not None)             # "40,000 us troops"
            if not ok:
                continue
            self._apply(chars, words, s, e, orig, idx)
            for i in idx:
                decided[i] = True
                capped[i] = chars[words[i][0]].isupper()

    @staticmethod
    def _apply(chars, words, s: int, e: int, orig: str, idx) -> None:
        """Write a known name's capitals from the way the knowledge writes it."""
        if len(orig) == e - s:
            for k, ch in enumerate(orig):
                if ch.isupper():
                    chars[s + k] = _one(chars[s + k], True)
        else:
            initials = [w for w in re.split(r"[\s-]+", orig) if w]
            for i, w in zip(idx, initials):
                if w[:1].isupper():
                    chars[words[i][0]] = _one(chars[words[i][0]], True)

    def _place_names(self, nt, words, decided, capped, chars, prev_word) -> None:
        """Place names of one to four words: the project's own place tables ("middle east", "the gulf"), and the
        gazetteer's names that hold a word no English dictionary has ("khan sheikhoun" -> "Khan Sheikhoun",
        "ras al-ain" -> "Ras al-Ain": the articles inside stay lower case)."""
        particles = self.lists["particles"]
        nw = len(words)
        wt = [nt[a:b] for a, b in words]
        plain = [self.is_english(w) or w in particles for w in wt]
        joined = [i + 1 < nw and nt[words[i][1]:words[i + 1][0]] in (" ", "-") for i in range(nw)]
        firsts = self._place_firsts
        i = 0
        while i < nw:
            best = form = None
            if not decided[i] and (wt[i] in firsts or not plain[i]
                                   or any(not plain[k] for k in range(i + 1, min(nw, i + 4)))):
                j_max = i
                while j_max + 1 < min(nw, i + 4) and joined[j_max] and not decided[j_max + 1]:
                    j_max += 1
                for j in range(j_max, i - 1, -1):
                    ws = wt[i:j + 1]
                    name = nt[words[i][0]:words[j][1]]
                    cur = self.place_names.get(name) if wt[i] in firsts else None
                    if cur is not None and (j > i or not plain[i] or prev_word(i) == "the"):
                        best, form = j, cur
                        if j > i and wt[j] in self.lists.get("kind_words", ()) \
                                and nt[words[i][0]:words[j - 1][1]] in self.place_names:
                            form = cur[:words[j][0] - words[i][0]] + nt[words[j][0]:words[j][1]]
                        break
                    if j == i or self.gazetteer is None:
                        continue
                    if ws[0] in particles and ws[0] in self.english or ws[-1] in particles:
                        continue
                    pl = plain[i:j + 1]
                    if all(pl):
                        continue          # plain words: "city centre" is no place name here
                    if not any(pl):
                        continue          # every word is capitalised by the dictionary pass anyway
                    if self.gazetteer.lookup(name, limit=1):
                        best = j
                        break
            if best is None:
                i += 1
                continue
            s, e = words[i][0], words[best][1]
            if form is not None and len(form) == e - s:
                for k, ch in enumerate(form):
                    if ch.isupper():
                        chars[s + k] = _one(chars[s + k], True)
                for k in range(i, best + 1):
                    decided[k] = True
                    capped[k] = chars[words[k][0]].isupper()
            else:
                for k in range(i, best + 1):
                    w = nt[words[k][0]:words[k][1]]
                    decided[k] = True
                    if k > i and w in particles:
                        continue
                    chars[words[k][0]] = _one(chars[words[k][0]], True)
                    capped[k] = True
            i = best + 1

    def _titles(self, nt, words, capped, chars) -> None:
        """A title right before a name takes a capital: "president Obama", "prime minister Abadi"."""
        titles = self.lists.get("name_titles", frozenset())
        for i in range(1, len(words)):
            if not capped[i] or capped[i - 1]:
                continue
            j = i - 1
            while j >= 0 and not capped[j] and nt[words[j][0]:words[j][1]] in titles \
                    and nt[words[j][1]:words[j + 1][0]] in (" ", ". "):
                chars[words[j][0]] = _one(chars[words[j][0]], True)
                capped[j] = True
                j -= 1


def _curated_places() -> dict:
    """{folded name: name as written} for the project's own place tables (data/places: regions, first-level
    regions, US states): names a story writes with capitals even when every word is English ("middle east")."""
    from eventwire.knowledge.actors import norm_text
    out: dict = {}
    base = Path(__file__).resolve().parent.parent / "data" / "places"
    for fname, cols in (("regions.tsv", ("name", "aliases")), ("admin1.tsv", ("name", "aliases")),
                        ("us_states.tsv", ("name",))):
        try:
            lines = (base / fname).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        header = None
        for line in lines:
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            for col in cols:
                for name in (row.get(col) or "-").split("|"):
                    name = " ".join(name.split())
                    if name and name != "-" and any(ch.isupper() for ch in name):
                        out.setdefault(" ".join(norm_text(name).split()), name)
    return out


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
