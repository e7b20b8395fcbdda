"""Targets of statements, announcements and speeches (issue 14 item 4, session 30): a statement whose own words name
no party is aimed at the one named party of another side its content is about (coding/said_about.py)."""
from coded_sentences import dump, events_on

events = events_on("2019-05-14")


def _statement(text, word):
    evs = events(text)
    got = [e for e in evs if e.cameo.startswith("01") and word in e.trigger_text]
    assert got, dump(evs)
    return got[0], evs


def test_speech_setting_of_said_takes_the_subject_of_what_is_said():
    e, evs = _statement("In a speech on Monday, the Turkish president said Washington had made a grave mistake.",
                        "speech")
    assert e.source.code == "TURGOV" and e.target is not None and e.target.country == "USA", dump(evs)
    assert "is about" in e.rule and "is about" in e.target.why


def test_inverted_saying_at_a_press_conference():
    e, evs = _statement("Hezbollah fighters were losing ground on every front, the Israeli defence minister said at "
                        "a press conference in Jerusalem.", "conference")
    assert e.source.country == "ISR" and e.target is not None and e.target.code.startswith("LBNHEZ") or \
        (e.target is not None and "hezbollah" in (e.target.name or e.target.text or "").lower()), dump(evs)


def test_own_side_subject_reads_the_clause_it_holds():
    e, evs = _statement("In a statement on Tuesday, the Canadian foreign minister said: \u201cWe are dismayed that "
                        "the supreme court in Egypt has upheld the sentence.\u201d", "statement")
    assert e.source.code == "CANGOV" and e.target is not None and e.target.code == "EGYJUD", dump(evs)


def test_relation_noun_in_an_announcement_clause():
    e, evs = _statement("An announcement this week by Qatar that relations with Riyadh were improving marked a "
                        "turning point for the region.", "announcement")
    assert e.target is not None and e.target.country == "SAU", dump(evs)


def test_passive_agent_in_an_interview():
    e, evs = _statement("The German chancellor said during an interview on ZDF that the hospital had been bombed by "
                        "the Russian air force.", "interview")
    assert e.source.country == "DEU" and e.target is not None and e.target.country == "RUS", dump(evs)


def test_opposition_statement_about_the_regime():
    e, evs = _statement("\u201cThe regime\u2019s use of barrel bombs is the biggest killer of civilians,\u201d said a "
                        "statement from the Syrian opposition.", "statement")
    assert e.source.code == "SYROPP" and e.target is not None and e.target.code == "SYRGOV", dump(evs)


def test_own_side_content_gives_no_target():
    e, evs = _statement("In a speech on Monday, the Kenyan president said Kenyan troops would stay in Somalia.",
                        "speech")
    assert e.target is None, dump(evs)
    e, evs = _statement("A statement from the Nigerian army said three soldiers were wounded.", "statement")
    assert e.target is None, dump(evs)


def test_two_sides_in_the_content_give_no_target():
    e, evs = _statement("In a statement on Friday, the French president said Germany and Russia were responsible "
                        "for the delay.",
                        "statement")
    assert e.target is None, dump(evs)


def test_condition_gives_no_target():
    e, evs = _statement("In an interview on Sunday, the Indian prime minister said it would be a mistake if Pakistan "
                        "closed the border.", "interview")
    assert e.target is None, dump(evs)


def test_quotation_before_the_speech_names_the_party_asked():
    e, evs = _statement("The Iranian president rejected a French call for restraint. \u201cThen I ask France: how long "
                        "did you stay in Mali? You are still there.\u201d Rouhani said in a speech in Tehran.",
                        "speech")
    assert e.source.country == "IRN" and e.target is not None and e.target.country == "FRA", dump(evs)
    assert "quotation" in e.rule


def test_document_issued_stresses_what_it_is_about():
    e, evs = _statement("The annual report issued by Dutch intelligence agencies stressed that Hamas operatives were "
                        "active in Europe.", "issued")
    assert e.source.code == "NLDSPY" and e.target is not None and "hamas" in (e.target.name or "").lower(), dump(evs)
