"""Numbers in text that comes tokenised, with a space on each side of every mark ("gave 42 . 5 million euros",
"some 40 , 000 refugees"), as corpora that were split into words before they reached us give it. The parser reads
"42 . 5" as a sentence end followed by a new sentence that starts with "5", so the act of the first half loses its
object and its recipient ("gave 42 ." has no "to Kenya"), and "40 , 000" as two numbers in a list. The parser is
given a copy with each such number written whole, padded with spaces to the same length ("42 . 5" -> "42.5  "), so
every offset after it is the same; text written the usual way ("42.5", "40,000") has no such run and is unchanged.

Only a full stop or comma with a space on each side between digit groups is joined: thousands commas before groups
of exactly three digits ("1 , 200 , 000") and a decimal point between one to three digits and one to three digits
("3 . 5"; not a year ending a sentence, "in 2019 . 5 ..."). A run that goes on as a list is left alone: one followed
by another comma or full stop and a digit ("12 , 5 , 7"), or commas only followed by "and"/"or"/"to" and a number
("resolutions 242 , 338 and 1397")."""
from __future__ import annotations

import re

# a number in tokenised text: thousands commas ("40 , 000", "1 , 200 , 000") and a decimal point ("42 . 5",
# "$ 1 , 250 . 25 million"), at least one of them; not a number that goes on as a list ("12 , 345 , 7")
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?P<groups>(?: , \d{3})*)(?P<point> \. \d{1,3})?(?!\d|\s*[.,]\s*\d)")
# what follows a list of numbers, not a number with thousands commas: "resolutions 242 , 338 and 1397"
_LIST_GOES_ON = re.compile(r"\s+(?:and|or|to)\s+\d")


def _packed(m: re.Match) -> str:
    whole = m.group(0)
    if not m.group("point") and (not m.group("groups") or _LIST_GOES_ON.match(m.string, m.end())):
        return whole
    joined = whole.replace(" ", "")
    return joined + " " * (len(whole) - len(joined))


def joined_numbers(text: str) -> str:
    """`text` with each number a tokeniser split at its decimal point or thousands commas written whole, padded
    with spaces after it to the same length (offsets unchanged)."""
    if " . " not in text and " , " not in text:
        return text
    return _NUMBER.sub(_packed, text)
