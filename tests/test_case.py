"""Text without case: a lower-cased or upper-cased story gives the events, actors and places of its cased form,
quotes the user's own characters, and cased text is never touched (knowledge/truecase.py, pipeline.readable)."""
import pytest

import eventwire
from eventwire.knowledge import truecase
from eventwire.pipeline import default_pipeline

STORY = (
    "BEIRUT, March 3 (Reuters) - Lebanon's prime minister praised Egypt on Tuesday for its help in ending "
    "the dispute. Hezbollah fighters attacked an army post near the town of Baalbek, killing two soldiers.\n"
    "The United Nations condemned the attack, and the US-led coalition sent aid to Lebanon. "
    "Turkey and France also criticized Hezbollah. "
    "The foreign minister of Jordan met with Emmanuel Macron in Paris on Wednesday."
)
DATE = "2019-03-05"


def _key(res):
    evs = sorted((e.sentence, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                 for e in res.events)
    places = sorted((p.start, p.end, p.geonameid) for p in res.places)
    return evs, places


@pytest.fixture(scope="module")
def cased():
    return eventwire.code_text(STORY, date=DATE)


def test_cased_story_has_events_and_places(cased):
    evs, places = _key(cased)
    assert len(evs) >= 5
    assert {"LBN", "EGY"} <= {x for e in evs for x in e[2:] if x}
    assert any(p.name and "Baalbek" in p.name for p in cased.places)
    assert not any("case restored" in e.rule for e in cased.events)


@pytest.mark.parametrize("recase", [str.lower, str.upper])
def test_caseless_story_codes_like_the_cased_one(cased, recase):
    text = recase(STORY)
    assert len(text) == len(STORY)
    res = eventwire.code_text(text, date=DATE)
    assert _key(res) == _key(cased)


@pytest.mark.parametrize("recase", [str.lower, str.upper])
def test_caseless_story_quotes_the_users_characters(recase):
    text = recase(STORY)
    res = eventwire.code_text(text, date=DATE)
    assert res.events and res.places
    for e in res.events:
        assert "case restored" in e.rule                       # the event says how it was read
        assert e.trigger_text == text[e.trigger_start:e.trigger_end]
        assert e.sentence_text and e.sentence_text in text
        for a in (e.source, e.target, e.location):
            if a is not None and a.start is not None:
                assert a.text == text[a.start:a.end]
    for p in res.places:
        assert p.text == text[p.start:p.end]
    for c in res.counts:
        assert c.text == text[c.start:c.end]


def test_cased_text_is_not_touched():
    pipe = default_pipeline()
    for text in (STORY, "Iran praised Iraq on Sunday.", "The U.S. and the UN met in NEW YORK on Monday."):
        assert truecase.caseless(text) is None
        assert pipe.readable(text) is text


def test_caseless_detection():
    assert truecase.caseless(STORY.lower()) == truecase.LOWER
    assert truecase.caseless(STORY.upper()) == truecase.UPPER
    assert truecase.caseless(STORY) is None
    assert truecase.caseless("ok") is None                      # too short to say
    # a lower-cased story with one stray capital is still without case
    assert truecase.caseless(STORY.lower().replace("beirut", "BEIRUT")) == truecase.LOWER


def _restore(text):
    return truecase.default_truecaser().restore(text, truecase.caseless(text) or truecase.LOWER)


def test_restore_keeps_every_offset():
    for text in (STORY.lower(), STORY.upper(), "straße in köln. ΑΘΗΝΑ", "i̇stanbul and ß"):
        out = _restore(text)
        assert len(out) == len(text)
        assert out.lower() == text.lower() or all(a.lower() == b.lower() or a == b for a, b in zip(out, text))


@pytest.mark.parametrize("text, want, not_want", [
    ("the us and russia agreed. us troops left.", ["US and Russia", "US troops"], []),
    ("the us-led coalition struck again.", ["US-led"], []),
    ("they told us that all of us had to leave.", ["told us", "of us had"], ["US"]),
    ("he is leader of the party, and is fighters fled.", ["is leader", "IS fighters"], []),
    ("i think the pentagon and the un agree.", ["I think", "Pentagon", "UN"], []),
    ("clashes erupted in the middle east in may 2018.", ["Middle East", "May 2018"], []),
    ("people may march in the rain.", ["may march"], ["May", "March"]),
    # an organisation's acronym that is an English word only where the story names it in full
    ("the who said the crowd came to the arena.", ["who said", "arena"], ["WHO", "ARENA"]),
    ("the world health organization helps people who are ill.", ["people who are"], ["WHO"]),
    ("the world health organization met. later the who said no.", ["World Health Organization", "the WHO said"], []),
    ("pro-government fighters took the town.", ["Pro-government"], ["PRO"]),
    ("the opcw inspectors and msf doctors arrived.", ["OPCW inspectors", "MSF doctors"], []),
    ("the minister told mps that ngos could stay.", ["told MPs", "NGOs"], ["MPS"]),
    ("they want to keep us troops there. please let us know. they gave us food.", ["keep US troops", "let us know",
                                                                            "gave us food"], []),
    # a word the project's English list keeps lower case, though the dictionary also spells it as an acronym
    ("the general is the group’s de facto chief.", ["de facto"], ["DE"]),
    # a heading run into its text without a stop: the word after the heading's name starts a sentence
    ("the talks ended in failure. lebanon the lebanese army moved north. syria this week was calm.",
     ["Lebanon The Lebanese", "Syria this week"], []),
    ("“is it over?” read the banner. “who won?” ran the caption.", ["read the banner", "ran the caption"],
     ["Read", "Ran"]),
    # a last name that is an English word, once the story names the person in full
    ("theresa may met the envoy. talks with may went well, and may’s aides said she may stay.",
     ["Theresa May", "with May", "May’s aides", "she may stay"], []),
    ("jeremy hunt spoke. hunt said the hunt for the men goes on.", ["Hunt said", "the hunt for"], []),
    # a direction adjective before a place whose table row also holds the name without it, as news writes it
    ("shelling in eastern ghouta and in northern ireland.", ["eastern Ghouta", "Northern Ireland"], []),
    # a legislature after "of", a party's members where no adjective stands before them
    ("members of congress and many democrats objected. religious conservatives, a diet of news.",
     ["of Congress", "many Democrats", "Religious conservatives", "diet of"], []),
    ("theresa may spoke. they may stay from april to may.", ["They may stay", "April to may"], []),
    # a story that runs two headings into its text: a preposition after a sentence's first name starts a sentence
    ("the year ended. syria the conflict went on. yemen the chaos grew. ukraine in february, the war was two years old.",
     ["Ukraine In February"], []),
    ("the year ended. syria the conflict went on. russia at a un meeting said no.", ["Russia at a UN"], []),
    # a heading that is a month; a known name's own "the" is no heading's end; no wish read as a month
    ("prices rose. august the number of refugees passed a million. save the children spoke. may the best man win.",
     ["August The number", "Save the Children spoke", "May the best"], []),
    # an ellipsis that closes a quote: a new sentence, unless a verb of saying follows
    ("“he was full of jokes …” yet it was as a fighter that he died. “we miss …” she said.",
     ["Yet it was", "she said"], []),
    # a title's part right before a name, or a title word after "a", is no title
    ("they will not release foreign isis prisoners held near a major russian airbase, said foreign minister sergei lavrov.",
     ["foreign Isis", "major Russian", "Foreign Minister Sergei Lavrov"], ["Foreign Isis", "Major"]),
    # a person's one-word name that is an English word, before a possessive (not after a determiner)
    ("critics of trump’s call for a withdrawal said the hunt’s end was near.", ["Trump’s call", "the hunt’s"], []),
    # a seat of government that is an English word, in a story that names its country
    ("american officials cited a pentagon report; backers in congress objected.", ["a Pentagon report",
                                                                                 "in Congress"], []),
    ("a pentagon has five sides, and the party held a congress.", ["A pentagon", "a congress"], []),
    # the White House names America too; another nation's word right before the seat makes it that nation's
    ("a pentagon spokesman spoke, the white house said. the libyan national dialogue congress met.",
     ["A Pentagon spokesman", "Libyan national dialogue congress"], []),
    # a name the knowledge writes both in capitals and with one capital: the one the parser reads as a name
    ("we know that isis hides among civilian areas, nato said.", ["that Isis hides", "Nato said"], ["ISIS", "NATO"]),
    # a given name that is an English word before a name no word list knows; not a verb of saying ("said" is a name)
    ("his parents, john pardew and rose tilly, deny it. “it is over,” said mediah. they met to mark erdoğan’s visit.",
     ["John Pardew", "said Mediah", "to mark Erdoğan"], ["Said", "Mark"]),
    # a colon after a verb of saying among the five words before it: what is said starts a sentence
    ("he says: it is impossible. she told the un general assembly: our president has not decided. the aims: peace.",
     ["He says: It is", "Assembly: Our president", "aims: peace"], []),
    # a known name that, without case, is far more often ordinary words
    ("coalition commanders visited the base on friday.", ["the base"], ["The Base"]),
])
def test_restore_words(text, want, not_want):
    out = _restore(text)
    for w in want:
        assert w in out, (w, out)
    for w in not_want:
        assert w not in out, (w, out)


def test_one_word_name_that_is_an_english_word_needs_a_reason():
    # "trump" is an English word: a name after the full name or a title, a word elsewhere
    assert "Trump" in _restore("donald trump spoke. later trump said no.").split(". ")[1]
    assert "trump" in _restore("the ace will trump the king.")
    assert "President Trump" in _restore("it was president trump who spoke.")
    assert _restore("trump's plan failed. president trump spoke.").startswith("Trump's plan")


def test_names_no_dictionary_has_are_names():
    out = _restore("two officials said shamkhani met hakim in tehran on sunday.")
    assert "Shamkhani" in out and "Hakim" in out and "Tehran" in out and "Sunday" in out
    assert "officials said" in out


def test_headline_in_capitals_over_a_cased_story():
    text = "TURKISH TROOPS ENTER AFRIN AS KURDS RETREAT\nTurkish troops entered Afrin on Sunday, officials said."
    parts = truecase.caseless_parts(text)
    head = text.index("\n")
    assert parts == [(0, head, truecase.UPPER)]
    out = truecase.restore_if_caseless(text)
    assert out[head:] == text[head:]                            # the cased story is left as it is
    assert out[:head].startswith("Turkish troops enter Afrin")
    assert truecase.caseless_parts("Iran praised Iraq.\nNATO AND THE UN") == []      # too few letters
    res = eventwire.code_text(text, date=DATE)
    assert all(e.trigger_text == text[e.trigger_start:e.trigger_end] for e in res.events)


def test_a_failing_truecaser_leaves_the_text_as_it_is(monkeypatch):
    def boom(self, text, mode):
        raise RuntimeError("no case today")
    monkeypatch.setattr(truecase.Truecaser, "restore", boom)
    text = STORY.lower()
    assert default_pipeline().readable(text) is text
    res = eventwire.code_text(text, date=DATE)
    assert res.status == "coded"
