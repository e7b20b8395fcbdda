"""Actor knowledge, the matching stage: the name index run over a text, and its checks against false friends.

``_MatchMixin`` (a part of ``ActorKB``, knowledge/actors.py) finds every alias occurrence whose case fits
(``_raw_matches``), drops false friends ("Michael Jordan", "Paris, Texas", "anti-Assad"; ``_blocked``) and keeps the
longest non-overlapping matches (``_select``); ``us_local`` and ``dateline_span`` read the story around them.
"""
from __future__ import annotations

import functools
import re

from eventwire.knowledge.actor_records import KIND_RANK, ORG_KINDS, Cand, norm_text
from eventwire.spans import DisjointSpans

# single-word names that are also personal names: not the actor after a first name or title, or before a surname
_NAME_LIKE = {"jordan", "chad", "georgia", "israel", "india", "kenya", "washington", "wagner", "santiago", "victoria",
              "sofia", "lima", "houston", "paris"}
# capitals and countries that are also US place names; in a story about US localities they are places, not actors
_US_TOWNS = {"paris", "athens", "dublin", "moscow", "lima", "cairo", "berlin", "rome", "london", "madrid", "vienna",
             "warsaw", "lebanon", "georgia", "havana", "amsterdam", "canton", "delhi", "belgrade", "sofia", "toledo",
             "manchester", "jordan", "mexico", "peru", "poland", "china", "cuba", "macedonia", "troy", "carthage",
             "bethlehem", "jerusalem", "kingston", "santiago", "oslo", "stockholm", "brussels", "ottawa", "quito",
             "valencia", "bogota", "albania", "denmark", "norway", "sweden", "finland", "wales", "scotland", "england"}
_US_LOCAL_RE = re.compile(
    r"\b(?:County|Township|Parish)\b|,\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
    r"|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|W\.Va|Wis"
    r"|Wyo)\.|\b(?:Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Idaho|Illinois|Indiana"
    r"|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana"
    r"|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma"
    r"|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
    r"|West Virginia|Wisconsin|Wyoming)\b")
_DIRECTION_BEFORE = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central",
                     "middle", "coastal", "rural", "metro", "northern", "southern", "eastern", "western", "downtown"}
_NEXT_OK = {"and", "the", "or", "on", "in", "of", "to", "for", "with", "said", "says", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december"}


# capitalised words that may stand before or after a name without being part of it
_STOP_CAPS = {"the", "a", "an", "but", "and", "as", "at", "by", "if", "in", "on", "so", "when", "while", "after",
              "before", "then", "also", "meanwhile", "however", "today", "yesterday", "tonight", "he", "she", "it",
              "they", "we", "i", "his", "her", "their", "its", "this", "that", "former", "late", "acting", "new",
              "outgoing", "incoming", "interim", "ex", "deputy", "vice", "chief", "head", "leader", "told", "says"}


def _is_acronym(orig: str) -> bool:
    letters = [ch for ch in orig if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(ch.isupper() for ch in letters)


# _US_LOCAL_RE's three parts, each searched alone (a pattern that starts with a word or a comma rather than "\b" lets
# the regex engine skip to the letters it can start with: about five times faster); "\b" before a word is tested here
_LOCAL_PARTS = _US_LOCAL_RE.pattern.split("|,\\s", 1)
_LOCAL_UNIT = re.compile(_LOCAL_PARTS[0].removeprefix("\\b"))
_LOCAL_ABBREV = re.compile(",\\s" + _LOCAL_PARTS[1].split("|\\b(?:", 1)[0])
_LOCAL_STATE = re.compile("(?:" + _LOCAL_PARTS[1].split("|\\b(?:", 1)[1])


def _word_starts(rx, text: str):
    """The matches of `rx` that start a word (as r"\b" + rx would find them: a match inside a word is no hit, and
    the search goes on from its next character, not from its end)."""
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        p = m.start()
        if p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_"):
            yield m
            pos = m.end()
        else:
            pos = p + 1


def us_local(text: str) -> bool:
    """Does the story read like US local news (counties, 'Athens, Ga.', several US state names)?
    (As ``len(hits) >= 2 or any(h.endswith(".") or h in ("County", "Township", "Parish") for h in hits)`` with
    ``hits = _US_LOCAL_RE.findall(text[:20000])``: a county or a state's abbreviation is enough, else two states.)"""
    text = text[:20000]
    if next(_word_starts(_LOCAL_UNIT, text), None) is not None or _LOCAL_ABBREV.search(text):
        return True
    states = _word_starts(_LOCAL_STATE, text)
    return next(states, None) is not None and next(states, None) is not None

_TITLES_BEFORE = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "coach", "king", "queen", "prince", "princess", "saint",
                  "st", "lake", "river", "mount", "fort", "port", "new", "president", "senator", "governor", "judge",
                  "general", "gen", "col", "capt", "sgt", "officer", "detective", "pastor", "rev", "father", "sister"}
_FIRST_NAMES = set("""michael chad jordan georgia israel michelle robert james john david mark paul peter kevin
brian eric jason justin ryan andrew matthew daniel william thomas chris christopher steve steven scott tyler
katie kate mary anne ann jessica ashley emily sarah lisa karen amy megan vernon barbara jim joe joseph richard
charles george edward henry jack harry frank walter arthur albert fred larry gary jerry dennis roger ralph bruce
wayne carl keith terry sean adam nathan aaron kyle zach zachary josh joshua brandon derek travis jeremy patrick
tony anthony nick nicholas alex alexander ben benjamin sam samuel tom tim timothy ken kenneth ron ronald don
donald bill billy bob bobby dan danny mike jeff jeffrey greg gregory doug douglas ray raymond jose juan luis
carlos maria linda susan nancy betty helen sandra donna carol ruth sharon laura julie julia rachel rebecca
amanda stephanie nicole heather elizabeth jennifer patricia margaret dorothy denzel jon jonathan""".split())
_US_STATE_ALT = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho"
                  "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
                  "|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York"
                  "|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina"
                  "|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AGENCIES = r"(?:AFP|AP|Reuters|IRNA|RNA|Xinhua|TASS|ITAR-TASS|Tass|Anadolu|AA|UPI|dpa|DPA|ANI|PTI|IANS|APA|KUNA|SPA|WAM|MENA|SANA|NNA|BNA|QNA|ONA|Yonhap|Kyodo|Bernama|Antara|PNA|EFE|ANSA|Sputnik|RIA|Interfax|Trend|Fars|Tasnim|Mehr|ISNA|Press TV|APS|MAP|TAP|Bloomberg|CNN|BBC|NAN|KNA)"
_AGENCY_STUB = re.compile(r"\(?\b%s\b\)?\s*(?:-{1,2}|\u2014|\u2013|:)" % _AGENCIES)


def dateline_span(text: str) -> int:
    """End offset of a leading dateline/agency stub ('TEHRAN (Reuters) -', 'RNA -'), or 0."""
    head = text[:160]
    m = re.search(r"\s(?:-{1,2}|\u2014|\u2013)\s", head)
    if not m:
        m = re.match(r"\s*[A-Z][A-Z .,'()/-]{1,60}?(?:-{1,2}|\u2014|\u2013)\s", head)
        if not m:
            return 0
    prefix = head[:m.start()]
    words = prefix.split()
    if not words or len(words) > 12:
        return 0
    letters = [c for c in prefix if c.isalpha()]
    if (letters and all(c.isupper() for c in letters)) or "(" in prefix or re.search(r"\b%s\b" % _MONTHS, prefix) \
            or re.search(r"\b%s\b" % _AGENCIES, prefix):
        return m.end()
    return 0


@functools.lru_cache(maxsize=1 << 16)
def _case_fits(orig: str, span: str) -> bool:
    """Whether ``span``, text found where an alias written ``orig`` matched, has a case that fits it (a function of
    the two strings alone, so kept: the same alias meets the same words again and again)."""
    letters = [c for c in orig if c.isalpha()]
    if not letters or not any(c.isupper() for c in letters):
        return True                      # lower-case term: any case
    if len(span) != len(orig):
        # variant length differs (folded chars); compare word initials
        o = [w[0] for w in orig.split() if w[0].isalpha()]
        s = [w[0] for w in span.split() if w and w[0].isalpha()]
        return len(o) == len(s) and all((not a.isupper()) or b.isupper() for a, b in zip(o, s))
    lower_in_orig = any(c.islower() for c in letters)
    if not lower_in_orig:
        # acronym ("US", "ISCI", "U.S."): exact upper case, and the word must not be a lower-case word
        return all((not a.isalpha()) or b.isupper() for a, b in zip(orig, span))
    for a, b in zip(orig, span):
        if a.isupper() and not b.isupper():
            return False
    return True


class _MatchMixin:
    """Alias matching over a text (``ActorKB``'s automaton and ``aliases``)."""

    # ---------------------------------------------------------------- matching
    @staticmethod
    def _case_ok(orig: str, span: str) -> bool:
        return _case_fits(orig, span)

    @staticmethod
    def _house_case_ok(c: Cand, span: str) -> bool:
        """An organisation's name of three words or more written in the house style that keeps only its first word
        capitalised ("the UN security council", "the European court of human rights", "the Kurdistan Workers' party"):
        its first word as the name writes it, the rest in capitals or in lower case. Not two-word names ("an Islamic
        state" is no group)."""
        if c.kind not in ORG_KINDS or len(span) != len(c.orig):
            return False
        ow, sw = c.orig.split(), span.split()
        if len(ow) < 3 or len(ow) != len(sw) or ow[0] != sw[0] or not ow[0][:1].isupper():
            return False
        return all(a == b or a.lower() == b for a, b in zip(ow[1:], sw[1:]))

    def _raw_matches(self, text: str, offset: int = 0, local: bool = False) -> list[tuple[int, int, list[Cand]]]:
        """(start, end, candidates) for every alias occurrence on word boundaries whose case fits."""
        if not text or self.automaton is None or not len(self.aliases):
            return []
        nt = norm_text(text)
        out = []
        n = len(text)
        for end_idx, na in self.automaton.iter(nt):
            s, e = end_idx - len(na) + 1, end_idx + 1
            if s > 0 and (nt[s - 1].isalnum() or nt[s - 1] == "_"):
                continue
            if e < n and (nt[e].isalnum() or nt[e] == "_"):
                continue
            if na[-1] == "." and e < n and nt[e].isalpha():
                continue
            span = text[s:e]
            cands = [c for c in self.aliases[na] if _case_fits(c.orig, span) or self._house_case_ok(c, span)]
            if not cands:
                continue
            cands = [c for c in cands if not self._blocked(c, text, s, e, local)]
            if cands and any(_is_acronym(c.orig) for c in cands):
                # in ALL-CAPS text ("CAR BOMB KILLS FIVE") an upper-case word is not an acronym
                window = text[max(0, s - 30):s] + text[e:e + 30]
                if not any(ch.islower() for ch in window):
                    cands = [c for c in cands if not _is_acronym(c.orig)]
            if len(cands) > 1:
                seen_k: set = set()
                cands = [c for c in cands if not ((c.kind, c.key) in seen_k or seen_k.add((c.kind, c.key)))]
            if cands:
                out.append((s + offset, e + offset, cands))
        return out

    def _known_word(self, w: str) -> bool:
        lw = norm_text(w.rstrip(".,;:'’")).replace("'s", "").strip()
        return (not lw or lw in _TITLES_BEFORE or lw in _NEXT_OK or lw in _STOP_CAPS
                or lw in self.aliases)

    def _blocked(self, c: Cand, text: str, s: int, e: int, local: bool = False) -> bool:
        """Cheap checks against false friends: 'Michael Jordan', 'Athens-Clarke County', 'Paris, Texas',
        'Gul Rahman' (not Abdullah Gul); 'the anti-Isis coalition', 'anti-Assad rebels' (the name is who they oppose)."""
        if s >= 5 and text[s - 5:s].lower() in ("anti-", "anti‐", "anti‑") and c.kind != "person":
            return True       # (a person after "anti-" is the side taken: knowledge/phrase_sides.py)
        if c.kind == "person":
            if " " in c.orig.strip():
                return False
            # a one-word alias (surname) inside someone else's full name
            nxt = re.match(r" ([A-Z][\w'’-]*)", text[e:e + 40])
            if nxt and not self._known_word(nxt.group(1)):
                return True
            prev = re.search(r"(?:^|[^.!?\s]\s+)([A-Z][\w'’-]*)\s$", text[max(0, s - 40):s])
            if prev and not self._known_word(prev.group(1)):
                return True
            return False
        if c.kind not in ("country", "capital", "group", "party", "seat"):
            return False
        low = norm_text(text[s:e])
        single = " " not in low
        if local and low in _US_TOWNS:
            return True
        if c.orig == "PA" and re.search(r",\s*$", text[max(0, s - 3):s]):
            return True                 # "Pittsburgh, PA": Pennsylvania, not the Palestinian Authority
        before = text[max(0, s - 25):s].split()
        pw = before[-1].lower() if before else ""
        after = text[e:e + 40]
        nxt = re.match(r"(?:\s|-)([A-Z][\w.'’]*)", after)
        nw = nxt.group(1).rstrip(".'’").lower() if nxt else ""
        if nw and any(x.kind == "sector" for x in self.aliases.get(nw, ())) \
                and not re.match(r"\s\S+\s[A-Z]", after):
            nxt, nw = None, ""          # "Israel Police", "Baghdad Government" (not "Athens Police Department")
        # "Paris, Texas", "Athens, Ga."
        if c.kind in ("country", "capital") and re.match(r",\s(?:[A-Z][a-z]{1,3}\.|%s)\b" % _US_STATE_ALT, after):
            return True
        if c.kind == "capital" and single:
            # part of a longer local name: "Athens Police Department", "Dublin Road", "Athens-Clarke"
            if nxt and nw not in _NEXT_OK and not text[s:e].isupper():
                return True
        if low == "georgia" and pw in _DIRECTION_BEFORE:
            return True
        if single and low in _NAME_LIKE:
            if pw.rstrip(".") in _TITLES_BEFORE or pw in _FIRST_NAMES:
                return True
            if nxt and text[e:e + 1] == " " and nw not in _NEXT_OK and nw.isalpha():
                return True
        return False

    @staticmethod
    def _select(matches, prefer_names: bool = True):
        """Longest non-overlapping matches; ties go to the better candidate kind."""
        def rank(m):
            s, e, cands = m
            best = min(KIND_RANK.get(c.kind, 5) for c in cands)
            return (-(e - s), best, s)
        chosen = []
        taken = DisjointSpans()
        for m in sorted(matches, key=rank):
            s, e, _ = m
            if taken.overlaps(s, e):
                continue
            chosen.append(m)
            taken.add(s, e)
        chosen.sort(key=lambda m: m[0])
        return chosen
