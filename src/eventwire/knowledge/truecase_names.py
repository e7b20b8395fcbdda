"""Known names for the truecaser (knowledge/truecase.py): the actor knowledge's names, the project's place tables
and the gazetteer's multi-word names, and titles before names. Each pass writes capitals into a `Copy` and marks
the words it decided."""
from __future__ import annotations

import re
from pathlib import Path

from eventwire.spans import DisjointSpans


def one_case(c: str, upper: bool) -> str:
    """The other case of one character, when it is one character (else the character itself)."""
    o = c.upper() if upper else c.lower()
    return o if len(o) == 1 else c


class Copy:
    """One text being restored: its folded form, its words and the characters of the copy."""

    def __init__(self, base: str, nt: str, word_re):
        self.base, self.nt = base, nt
        self.chars = list(base)
        self.words = [(m.start(), m.end()) for m in word_re.finditer(nt)]
        self.starts = {s: i for i, (s, _e) in enumerate(self.words)}
        self.decided = [False] * len(self.words)
        self.capped = [False] * len(self.words)      # the word begins with a capital in the copy

    def word(self, i: int) -> str:
        a, b = self.words[i]
        return self.nt[a:b]

    def prev_word(self, i: int) -> str:
        """The word before word i when only spaces stand between them, else ""."""
        if i <= 0:
            return ""
        ps, pe = self.words[i - 1]
        return self.nt[ps:pe] if self.nt[pe:self.words[i][0]].strip() == "" else ""

    def next_word(self, i: int) -> str:
        """The word after word i when only spaces or a hyphen stand between them, else ""."""
        if i + 1 >= len(self.words):
            return ""
        ns, ne = self.words[i + 1]
        return self.nt[ns:ne] if self.nt[self.words[i][1]:ns].strip() in ("", "-") else ""

    def raise_case(self, pos: int) -> None:
        self.chars[pos] = one_case(self.chars[pos], True)

    def cover(self, s: int, e: int) -> list[int]:
        """Indexes of the words that start in [s, e)."""
        return [self.starts[p] for p in range(s, e) if p in self.starts]

    def write(self, s: int, e: int, form: str, idx) -> None:
        """Write the capitals of ``form`` (a name as the knowledge writes it) over [s, e) and mark its words."""
        if len(form) == e - s:
            for k, ch in enumerate(form):
                if ch.isupper():
                    self.raise_case(s + k)
        else:
            initials = [w for w in re.split(r"[\s-]+", form) if w]
            for i, w in zip(idx, initials):
                if w[:1].isupper():
                    self.raise_case(self.words[i][0])
        for i in idx:
            self.decided[i] = True
            self.capped[i] = self.chars[self.words[i][0]].isupper()


def known_names(tc, c: Copy, function_words: frozenset) -> None:
    """The actor knowledge's names, found with its own index on the folded text, written as its files write
    them. A name that is also ordinary English needs a reason (see truecase.py)."""
    kb, nt, lists = tc.kb, c.nt, tc.lists
    if kb.automaton is None or not len(kb.aliases):
        return
    n = len(nt)
    found = []
    for end_idx, na in kb.automaton.iter(nt):
        s, e = end_idx - len(na) + 1, end_idx + 1
        if (s > 0 and (nt[s - 1].isalnum() or nt[s - 1] == "_")) or (e < n and (nt[e].isalnum() or nt[e] == "_")):
            continue
        if s not in c.starts:
            continue
        every = kb.aliases[na]
        cands = [x for x in every if x.kind != "sector"]
        if cands and na not in lists["not_names"]:
            # a name that is also a sector term ("mps": members of parliament, and a party's acronym) is a word
            found.append((s, e, na, cands, len(cands) < len(every)))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))        # longest first, then leftmost; no overlaps
    taken = DisjointSpans()
    chosen = []
    for s, e, na, cands, word in found:
        if not taken.overlaps(s, e):
            taken.add(s, e)
            chosen.append((s, e, na, cands, word))
    chosen.sort()
    # what the story names in full: a person's one-word name, an organisation's acronym then count
    full = {x.key for s, e, na, cands, _w in chosen if " " in na for x in cands if x.kind == "person"}
    named = {(x.kind, x.key) for s, e, na, cands, _w in chosen if " " in na for x in cands}
    for s, e, na, cands, _w in chosen:              # "president trump" counts for every "trump" of the story
        if " " not in na and s in c.starts and c.prev_word(c.starts[s]) in tc.titles:
            full.update(x.key for x in cands if x.kind == "person")
    country_at: set = set()           # word indexes of restored countries (for "the uk and us")
    # the countries the story names by a name that is no English word ("american", "washington", "white house";
    # not "us")
    story_countries = {x.key for s, e, na, cands, _w in chosen if " " in na or not tc.is_english(na)
                       for x in cands if x.kind in ("country", "demonym", "capital", "seat")}
    nation_at = {c.starts[s]: {x.key for x in cands if x.kind in ("country", "demonym")}
                 for s, e, na, cands, _w in chosen if s in c.starts}      # "syrian": {"SYR"}
    later = []
    for s, e, na, cands, word in chosen:
        idx = c.cover(s, e)
        if not idx:
            continue
        i0 = idx[0]
        first = c.word(i0)
        cands = sorted(cands, key=lambda x: (tc.kind_rank.get(x.kind, 5), x.order))
        own = next((x for x in cands if len(x.orig) == e - s), cands[0])
        form = own.orig
        if form.isupper() and len(form) > 3 and any(x.key == own.key and x.orig == form.title() for x in cands):
            form = form.title()       # "ISIS" and "Isis": the parser reads "Isis" as the name it is
        english_first = tc.is_english(first) or (word and len(idx) == 1)
        if form[:len(first)].isupper() and len(first) <= 5 and english_first:
            later.append((s, e, form, idx, cands))      # "us", "is", "who": decided below
            continue
        if len(idx) == 1 and english_first:
            kinds = {x.kind for x in cands}
            pw = c.prev_word(i0)
            if kinds & {"country", "demonym"}:
                pass                  # "turkey", "china", "french": the country
            elif "person" in kinds:
                if not (pw in tc.titles or any(x.key in full for x in cands if x.kind == "person")
                        or (nt[e:e + 2] == "'s" and pw not in lists["determiners"])):
                    continue          # "trump" only after a title, "donald trump" or as "trump's" (not "the hunt's")
            elif kinds & {"seat", "igo", "group", "party"} and pw == "the" \
                    and not (first in lists["story_seats"] and first in tc.sector_words):
                pass                  # "the pentagon"; "the congress", a body's word too, only by story_seats below
            elif "seat" in kinds and pw == "of" and len(first) > 4:
                pass                  # "members of congress"
            elif first in lists["story_seats"] and any(x.kind == "seat" and x.key in story_countries for x in cands) \
                    and not any(nation_at.get(k, set()) - {x.key for x in cands}
                                for k in range(max(0, i0 - 3), i0)
                                if not re.search(r"[^\w\s-]", c.nt[c.words[k][1]:c.words[i0][0]])):
                pass                  # "a pentagon report" in a story that names America or Washington; not
                                      # "the libyan national unity conference"
            elif "party" in kinds and form.endswith("s") and form[1:].islower() \
                    and (pw == "" or pw in function_words):
                pass                  # "democrats", "republicans": a party's members, no adjective before them
            else:
                continue              # "diet", "store", "religious conservatives": ordinary words
        elif len(idx) > 1 and all(x.kind == "stop" for x in cands) and all(tc.is_english(c.word(i)) for i in idx):
            continue                  # a stop phrase of plain words names nothing worth a capital
        c.write(s, e, form, idx)
        if any(x.kind in ("country", "demonym") for x in cands) or (form.isupper() and any(x.kind == "igo" for x in cands)):
            country_at.update(idx)        # (and a body of states by its acronym: "the eu, us and un")
    for s, e, form, idx, cands in later:
        if e < n - 1 and nt[e] == "-" and nt[e + 1].isalpha() and any(x.kind == "country" for x in cands):
            country_at.update(idx)        # "us-backed": the country, so "with us and us-backed forces" is too
    for s, e, form, idx, cands in later:
        if _acronym_is_name(tc, c, s, e, idx, cands, named, country_at, function_words):
            c.write(s, e, form, idx)
    _last_names(tc, c, chosen)


def _last_names(tc, c: Copy, chosen) -> None:
    """The last name of a person the story names in full where it is also an English word ("theresa may ...
    talks with may", "jeremy hunt ... hunt said"): the name after a title or one of `surname_before`, or before a
    possessive, a verb of saying or one of `surname_after`; never after a determiner, nor a month word next to a
    month ("from april to may")."""
    last = {na.rsplit(" ", 1)[1] for s, e, na, cands, _w in chosen
            if " " in na and any(x.kind == "person" for x in cands)}
    if last:
        raise_last_names(tc, c, last)


def raise_last_names(tc, c: Copy, last: set) -> None:
    """Each word of ``last`` (a person's last name that is also an English word) standing alone where the cues of
    `_last_names` make it the name."""
    nt, lists = c.nt, tc.lists
    for i, (s, e) in enumerate(c.words):
        w = nt[s:e]
        if w not in last or c.decided[i] or not tc.is_english(w):
            continue
        pw, nw = c.prev_word(i), c.next_word(i)
        if pw in lists["determiners"]:
            continue
        if w in lists["month_words"] and any(c.word(k) in lists["months"] and c.word(k) != w
                                            for k in range(max(0, i - 3), i)):
            continue
        if pw in lists["name_titles"] or pw in lists["surname_before"] or nt[e:e + 2] == "'s" \
                or nw in lists["attribution_verbs"] or nw in lists["surname_after"]:
            c.raise_case(s)
            c.decided[i] = c.capped[i] = True


def _acronym_is_name(tc, c: Copy, s, e, idx, cands, named, country_at, function_words) -> bool:
    """Is an acronym that is also an English word ("us", "is", "who") the name here?"""
    nt, lists = c.nt, tc.lists
    i0 = idx[0]
    first = c.word(i0)
    single_org = len(idx) == 1 and not any(x.kind == "country" for x in cands)
    if single_org and not any((x.kind, x.key) in named for x in cands):
        # "who", "arena", "pro": an organisation's acronym that is an English word is its name only where the
        # story names it in full ("the world health organization ... the who said"), and read strictly
        return False
    pw, nw = c.prev_word(i0), c.next_word(i0)
    if pw == "of" and i0 >= 2 and (c.word(i0 - 2) in lists["quantifiers"]
                                   or nt[c.words[i0 - 2][1]:c.words[i0 - 1][0]].strip()[-1:].isdigit()):
        return False                  # "all of us", "25 of us"
    we = c.words[i0][1]
    if we + 1 < len(nt) and nt[we] == "-" and nt[we + 1].isalpha():
        return True                   # "us-led"
    after = nw if len(idx) == 1 else c.word(idx[1])
    strict = single_org or first in lists["acronym_strict"]
    if strict:
        # "is": an actor word after it, plural or where no noun or pronoun stands before
        # ("is fighters"; not "he is leader of", "baghdadi is commander")
        after_ok = after in tc.acronym_after and pw not in lists["acronym_not_before"] \
            and pw not in lists["object_verbs"] and (after.endswith("s") or pw == "")
        pw_ok = pw in lists["acronym_before"] or (not single_org and pw in lists["acronym_strict_before"])
    else:
        # "us": any word but a function word after it ("us troops", "us soil"); after a verb that takes an
        # object and more ("told us", "gave us weapons", "let us know") only an actor word ("keep us troops")
        if pw in lists["object_verbs"]:
            after_ok = after in tc.sector_words
        else:
            after_ok = bool(after) and after not in function_words
        pw_ok = pw in lists["acronym_before"]
    coord = (pw in ("and", "or") and i0 >= 2 and (i0 - 2) in country_at) \
        or (nt[s - 2:s] == ", " and i0 >= 1 and (i0 - 1) in country_at) \
        or (len(idx) == 1 and ((nw in ("and", "or") and (i0 + 2) in country_at)
                               or (nt[e:e + 2] == ", " and (i0 + 1) in country_at)))
    number = re.search(r"\d\s+$", nt[max(0, s - 3):s]) is not None       # "40,000 us troops"
    return pw_ok or after_ok or coord or number


def place_names(tc, c: Copy) -> None:
    """Place names of one to four words: the project's own place tables ("middle east", "the gulf"; an English
    one-word name only after "the"), and the gazetteer's names that hold a word no English dictionary has ("khan
    sheikhoun" -> "Khan Sheikhoun", "ras al-ain" -> "Ras al-Ain": the articles inside stay lower case)."""
    nt, lists = c.nt, tc.lists
    particles = lists["particles"]
    nw = len(c.words)
    wt = [c.word(i) for i in range(nw)]
    plain = [tc.is_english(w) or w in particles for w in wt]
    joined = [i + 1 < nw and nt[c.words[i][1]:c.words[i + 1][0]] in (" ", "-") for i in range(nw)]
    firsts = tc.place_firsts
    i = 0
    while i < nw:
        best = form = None
        if not c.decided[i] and (wt[i] in firsts or not plain[i]
                                 or any(not plain[k] for k in range(i + 1, min(nw, i + 4)))):
            j_max = i
            while j_max + 1 < min(nw, i + 4) and joined[j_max] and not c.decided[j_max + 1]:
                j_max += 1
            for j in range(j_max, i - 1, -1):
                name = nt[c.words[i][0]:c.words[j][1]]
                cur = tc.place_names.get(name) if wt[i] in firsts else None
                if cur is not None and (j > i or not plain[i] or c.prev_word(i) == "the"):
                    best, form = j, cur
                    if j > i and wt[j] in lists["kind_words"] and nt[c.words[i][0]:c.words[j - 1][1]] in tc.place_names:
                        form = cur[:c.words[j][0] - c.words[i][0]] + wt[j]    # "Idlib province"
                    break
                if j == i or tc.gazetteer is None:
                    continue
                if (wt[i] in particles and wt[i] in tc.english) or wt[j] in particles:
                    continue
                pl = plain[i:j + 1]
                if all(pl) or not any(pl):
                    continue          # plain words ("city centre"), or words the dictionary pass capitalises anyway
                if tc.gazetteer.lookup(name, limit=1):
                    best = j
                    break
        if best is None or best > i and wt[i] in lists["direction_adjectives"] \
                and _lower_direction(tc, nt[c.words[i + 1][0]:c.words[best][1]], nt[c.words[i][0]:c.words[best][1]]):
            i += 1
            continue
        s, e = c.words[i][0], c.words[best][1]
        if form is not None and len(form) == e - s:
            c.write(s, e, form, range(i, best + 1))
        else:
            for k in range(i, best + 1):
                c.decided[k] = True
                if k > i and wt[k] in particles:
                    continue
                c.raise_case(c.words[k][0])
                c.capped[k] = True
        i = best + 1


def _lower_direction(tc, rest: str, whole: str) -> bool:
    """ "eastern ghouta": the direction word stays lower case, as news writes it ("eastern Ghouta", and so the same
    place mention as in cased text), where the rest is a place: the same place as the whole name, or any place
    where the whole name is no country or state ("northern ireland", "western sahara" keep their capitals)."""
    if tc.gazetteer is None:
        return False
    wholes = tc.gazetteer.lookup(whole)
    rests = tc.gazetteer.lookup(rest)
    if {c.geonameid for c in wholes} & {c.geonameid for c in rests}:
        return True           # ("ghouta" is Eastern Ghouta too)
    if any(c.feature in ("country", "admin1") for c in wholes):
        return False
    return rest in tc.place_names or bool(rests)


def titles(tc, c: Copy) -> None:
    """A title right before a name takes a capital: "president Obama", "prime minister Abadi"."""
    names, parts, not_after = tc.lists["name_titles"], tc.lists["title_parts"], tc.lists["title_not_after"]
    for i in range(1, len(c.words)):
        if not c.capped[i] or c.capped[i - 1] or c.word(i - 1) in parts:
            continue                  # "foreign ISIS detainees": "foreign" is a title only before "minister"
        j = i - 1
        while j >= 0 and not c.capped[j] and c.word(j) in names \
                and c.nt[c.words[j][1]:c.words[j + 1][0]] in (" ", ". "):
            j -= 1
        if j >= 0 and c.prev_word(j + 1) in not_after:
            continue                  # "a major Russian airbase": no title after "a"
        for k in range(j + 1, i):
            c.raise_case(c.words[k][0])
            c.capped[k] = True


def given_names(tc, c: Copy) -> None:
    """A given name that is also an English word right before a name the English word list does not know
    ("john letts", "jack letts" -> "John Letts"): the person's first name (data/coding/given_names.tsv). Not
    before a name the actor knowledge or the places wrote ("to mark Erdogan's visit"), nor a verb of saying
    ("said Mediah": Said is a given name too)."""
    from eventwire.knowledge.gender import given_names as table
    first = table()
    for i in range(len(c.words) - 1):
        if c.capped[i] or c.decided[i] or not c.capped[i + 1] or c.decided[i + 1]:
            continue
        if c.word(i) in first and c.word(i) not in tc.lists["attribution_verbs"] \
                and c.nt[c.words[i][1]:c.words[i + 1][0]] == " ":              # not "“...,” said Mediah"
            c.raise_case(c.words[i][0])
            c.capped[i] = True


def curated_places() -> dict:
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
