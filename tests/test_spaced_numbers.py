"""Numbers in text that comes tokenised ("42 . 5 million", "40 , 000"): the parser is given them whole, offsets kept
(spaced_numbers.joined_numbers, asked by pipeline.parse_text; issue 14). Every sentence here was written for these
tests."""
from __future__ import annotations

from eventwire.pipeline import parse_text
from eventwire.spaced_numbers import joined_numbers
from coded_sentences import events_on


events_of = events_on("2021-04-01", checked=False)


def test_a_split_decimal_is_written_whole_at_the_same_length():
    text = "Norway gave 42 . 5 million euros to Kenya ."
    out = joined_numbers(text)
    assert out == "Norway gave 42.5   million euros to Kenya ."
    assert len(out) == len(text) and out.index("million") == text.index("million")


def test_split_thousands_are_written_whole():
    assert joined_numbers("some 1 , 200 , 000 voters") == "some 1,200,000     voters"
    assert joined_numbers("over € 3 . 25 billion in loans") == "over € 3.25   billion in loans"


def test_lists_years_and_usual_text_are_left_alone():
    for text in ("under resolutions 242 , 338 and 1397 .", "the vote was held in 2019 . 5 parties took part",
                 "Norway gave 42.5 million euros and 40,000 tents .", "points 4 , 12 , 7 in order"):
        assert joined_numbers(text) == text


def test_parse_text_joins_them():
    text = "Chile sent 2 . 5 tonnes of food to Bolivia ."
    assert parse_text(text).startswith("Chile sent 2.5   tonnes")


def test_a_gift_with_a_split_sum_keeps_its_recipient():
    evs = [e for e in events_of("Norway has given 42 . 5 million euros in aid to Kenya .") if e.cameo.startswith("07")]
    assert evs and {(e.source.code, e.target.code if e.target else None) for e in evs} == {("NOR", "KEN")}


def test_a_loan_with_split_thousands_and_decimal():
    evs = events_of("Japan has provided over $ 1 , 250 . 5 million in loans to Vietnam since 2015 .")
    evs = [e for e in evs if e.cameo.startswith("07")]
    assert evs and evs[0].source.code == "JPN" and evs[0].target is not None and evs[0].target.code == "VNM"
