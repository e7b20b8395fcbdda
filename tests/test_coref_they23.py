"""Coreference by number and role, written for these tests (wrong source): a name that a plural set noun lists
("several neighbouring governments, such as X and Y, have ...") plays that noun's part in its clause, so the next
sentence's "they" is the listed pair, not a pair named later in a by-phrase (CorefMentions._role, listed_by,
filled from coding/appos_list.plural_members); an apposition with "notably"/"mainly" the parser hung across the
noun's verb lists nothing of that noun (appos_list._next_to); one person named alone is seldom "they"."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def test_they_after_listed_governments_is_the_listed_pair():
    evs = events_of("Several neighbouring governments, such as Kenya and Ethiopia, have reduced their support for the "
                    "rebels after the victories won by the army and its backers, mainly Egypt and Eritrea. "
                    "They have been urging the insurgents to accept talks.")
    srcs = {e.source.code for e in at(evs, "urging") if e.source}
    assert srcs == {"KEN", "ETH"}, dump(evs)


def test_an_apposition_hung_across_the_verb_lists_nothing_of_the_subject():
    evs = events_of("Several neighbouring governments, such as Kenya and Ethiopia, have reduced their support for the "
                    "rebels after the victories won by the army and its backers, mainly Egypt and Eritrea.")
    srcs = {e.source.code for e in at(evs, "reduced") if e.source}
    assert srcs == {"KEN", "ETH"}, dump(evs)


def test_they_after_one_person_is_the_plural_body_he_spoke_of():
    evs = events_of("President Mahama said the opposition parties had rejected his offer of talks. "
                    "They accused the electoral commission of rigging the vote.")
    srcs = {e.source.code for e in at(evs, "accused") if e.source}
    assert srcs == {"GHAOPP"}, dump(evs)


def test_they_after_unnamed_supporters_of_someone_is_not_that_someone():
    evs = events_of("Venezuelan security forces have crushed the last protests in Caracas. The opposition's former "
                    "supporters have given up on challenging the regime, and they now want to embrace it.")
    e = at(evs, "embrace")
    assert e, dump(evs)
    assert all(x.source is None or x.source.code != "VENOPP" for x in e), dump(evs)
