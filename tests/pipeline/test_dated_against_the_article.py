"""An act dated against the article ("In November", "on Wednesday", "last year") is asked by its year
when it is an act on the dispute; the news of the day is not. With it, the mends of the nineteenth
session's blind reviews: a pair of countries is the two the article names most, words passed on by a
ministry end before "the ministry said", leaders' meetings recur, a revolution or a ruler's charter named
by its country or its ruler is not unique, a journey the speaker announces is no stance.

Every sentence here is invented; none is from the course's articles."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank, QuestionRecord
from studyapp.pipeline import clauses
from studyapp.pipeline.antecedents import resolve
from studyapp.pipeline.build import build_from_sources
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.pipeline.people import find_views

DISPUTE = (
    "Ruritania claims the island of Urup, which Syldavia has held since 1946. The Urup dispute has soured "
    "ties between Ruritania and Syldavia for decades, and Ruritania and Syldavia have never signed a peace "
    "treaty.\n\n"
)


def _bank(body: str, date: str = "2011-02-10") -> Bank:
    meta = SourceMeta(title="Urup row", author="Jane Roe", publisher="Test Gazette", date=date)
    text = f"Urup row\n\n{DISPUTE}{body}\n"
    bank, _ = build_from_sources([Source(id="u1", path="u1.txt", text=text, meta=meta)])
    assert check_bank(bank) == []
    return bank


def _year_questions(bank: Bank) -> list[QuestionRecord]:
    return [q for q in bank.questions if q.prompt.startswith("In what year")]


def test_an_act_on_the_dispute_dated_against_the_article_is_asked_by_its_year() -> None:
    bank = _bank(
        "In November, Ruritanian President Jan Novak became the first Ruritanian leader to visit the disputed "
        "island of Urup."
    )
    asked = {q.prompt: q for q in _year_questions(bank)}
    q = asked.get("In what year did Jan Novak become the first Ruritanian leader to visit the disputed island of Urup?")
    assert q is not None, list(asked)
    assert q.answer == "2010"  # November before an article of February 2011
    assert q.accepted == ["2010"]  # not "November": the words the year was worked out from are no year
    assert any(n.startswith("Resolved relative date: “November” in an article dated 10 February 2011") for n in q.notes)


def test_the_same_act_on_an_undated_article_is_not_asked() -> None:
    bank = _bank("In November, Ruritanian President Jan Novak became the first Ruritanian leader to visit Urup.", "")
    assert not _year_questions(bank)


@pytest.mark.parametrize(
    "sentence",
    [
        # the news of the day, naming nothing of the dispute
        "On Wednesday, Ruritanian President Jan Novak met Syldavian President Boris Plekszy in Klow.",
        # a journey, not to the disputed place
        "On Wednesday, Ruritanian Prime Minister Anton Kral flew to Klow to open a new bridge over the river.",
        # a journey to a place near the dispute, not to the disputed place (Hokkaido, not Etorofu)
        "On Thursday, Japanese Prime Minister Taro Sato flew to Hokkaido for a two-day visit to Nemuro.",
        # another date in the act: the year could be either's
        "The Ruritanian foreign ministry announced on Wednesday that talks on Urup would open on March 19th.",
        # "the treaty": which one, the lines before said
        "On Wednesday, Ruritanian Foreign Minister Anton Kral and his Syldavian counterpart signed the treaty "
        "on Urup in Klow.",
    ],
)
def test_the_news_of_the_day_dated_against_the_article_is_not_asked(sentence: str) -> None:
    assert not _year_questions(_bank(sentence))


def test_a_plural_opening_word_is_lower_case_after_did() -> None:
    sentence = "Hundreds of Syldavians protested against the handover of Urup in 2019."
    at = sentence.index("2019")
    asked = clauses.ask_year(sentence, (at, at + 4))
    assert asked == "In what year did hundreds of Syldavians protest against the handover of Urup?"


def test_both_countries_are_the_two_the_article_names_most_not_two_named_last() -> None:
    before = (
        "Japan and Russia have argued over Urup for decades. Russia says Urup is its own; Japan disagrees. "
        "Russia and Japan met again in May. Russia's war in Ukraine has also hurt Japan, whose fishermen "
        "lost their catch. A man told Japan's media that Ukraine was shelled. "
    )
    sentence = "The row damped hopes for negotiations that both countries have attempted for decades."
    resolved = resolve(sentence, before, [], lambda _text: [], quoted=False)
    assert "Japan and Russia" in resolved.text or "Russia and Japan" in resolved.text, resolved.text
    assert "Ukraine" not in resolved.text


@pytest.mark.parametrize(
    ("sentence", "view"),
    [
        (
            "Boris Petrov told Anton Kral that Syldavia is ready to talk about Urup in a quiet atmosphere, the "
            "ministry said.",
            "Syldavia is ready to talk about Urup in a quiet atmosphere",
        ),
        (
            "Boris Petrov said that Syldavia will never hand over Urup, officials said.",
            "Syldavia will never hand over Urup",
        ),
    ],
)
def test_words_passed_on_by_a_ministry_end_before_the_ministry_said(sentence: str, view: str) -> None:
    assert [v.view.text for v in find_views(sentence)] == [view]


def test_leaders_meetings_recur_and_are_not_dated() -> None:
    bank = _bank("Jan Novak and Boris Plekszy held meetings on Urup in Klow in March 2009.")
    assert not [q for q in _year_questions(bank) if "meeting" in q.prompt]


def test_a_condition_set_in_the_sentence_before_is_not_asked() -> None:
    bank = _bank("In 1951, Syldavia rejected the condition and demanded that Urup be handed over at once.")
    assert not [q for q in _year_questions(bank) if "condition" in q.prompt]


def test_a_revolution_named_by_its_country_and_a_rulers_charter_are_not_unique() -> None:
    bank = _bank(
        "The revolution in Borduria in 1988 brought a new regime determined to settle the Urup question.\n\n"
        "Ruritania bases its claim to Urup on a 1701 charter of Ottokar IV, which granted Urup to the Guild.\n\n"
        "The Syldavian Revolution of 1990 ended the monarchy."
    )
    prompts = [q.prompt for q in _year_questions(bank)]
    assert not [p for p in prompts if "Borduria" in p or "charter" in p], prompts
    # a revolution known by its name is general history, like a named war (both blind reviewers of sets
    # 172-173 flagged "the October Revolution"): not asked either
    assert not [p for p in prompts if "Revolution" in p], prompts


def test_a_journey_the_speaker_announces_is_no_stance() -> None:
    from studyapp.pipeline.questions.view_questions import _OWN_PLAN

    assert _OWN_PLAN.search("he would visit Urup, putting a damper on hopes for talks over sovereignty")
    assert _OWN_PLAN.search("she will soon travel to the disputed island")
    assert _OWN_PLAN.search("he intends to visit four Syldavian-held islands under a visa-free programme")
    assert not _OWN_PLAN.search("he intends to press Syldavia to return the four islands")
    assert not _OWN_PLAN.search("Syldavia would never hand over Urup")


def test_a_post_before_a_name_after_according_to_is_no_part_of_the_name() -> None:
    views = find_views("According to Chief Cabinet Secretary Anton Kral, the Urup talks will go on next year.")
    assert [v.name.text for v in views if v.name is not None] == ["Anton Kral"]


def test_a_document_named_by_a_plain_adjective_is_not_asked_by_its_year() -> None:
    bank = _bank("In 1961, Ruritania and Syldavia signed a political declaration.")
    assert not [q for q in _year_questions(bank) if "declaration" in q.prompt]


def test_a_determination_that_remained_unchanged_is_a_standing_line() -> None:
    from studyapp.pipeline.questions.view_questions import _UNCHANGED

    assert _UNCHANGED.search("Japan's determination to claim the four islands remained unchanged")
    assert _UNCHANGED.search("Syldavia's resolve to keep Urup remains firm")
    assert not _UNCHANGED.search("Syldavia's resolve to keep Urup hardened after the vote")


def test_a_date_after_the_occasion_is_no_part_of_it() -> None:
    from studyapp.pipeline.questions.view_questions import _OCCASION

    found = [m.group("occasion") for m in _OCCASION.finditer("said in his policy speech on Jan. 18 that")]
    assert found == ["in his policy speech"]
    found = [m.group("occasion") for m in _OCCASION.finditer("said in an interview with Reuters on Monday")]
    assert found == ["in an interview with Reuters"]


def test_a_treaty_named_by_its_two_parties_alone_is_not_unique() -> None:
    from studyapp.pipeline.questions.date_questions import _kind_and_parties_only

    assert _kind_and_parties_only("the Anglo-German Treaty")
    assert _kind_and_parties_only("the Franco-Thai Agreement")
    assert not _kind_and_parties_only("the Soviet-Japanese Joint Declaration")
    assert not _kind_and_parties_only("the Japan-US Security Treaty")


def test_the_isles_lean_on_the_sentence_before() -> None:
    from studyapp.pipeline.quality import Score, judge_sentence

    score = Score()
    judge_sentence("Japan and Russia agreed to start joint activities on the isles.", score)
    assert any("points back" in r for r in score.reasons), score.reasons


def test_a_visit_by_someone_the_article_says_went_several_times_is_not_dated() -> None:
    bank = _bank(
        "Syldavian minister Boris Petrov has visited the disputed island of Urup four times. On Wednesday, "
        "Petrov visited the disputed island of Urup to open a school."
    )
    assert not [q for q in _year_questions(bank) if "Petrov" in q.prompt]


def test_an_act_in_a_place_the_article_only_passes_through_is_background() -> None:
    bank = _bank(
        "Tokyo wants Etorofu and Kunashiri back, and Moscow refuses to discuss Etorofu or Kunashiri at all.\n\n"
        "Talks stalled after Russia annexed Crimea in 2014, and Japan joined the sanctions."
    )
    assert not [q for q in _year_questions(bank) if "Crimea" in q.prompt]


def test_an_act_dated_against_the_article_in_a_place_it_is_not_about_is_background() -> None:
    """ "In what year did Russia annex Crimea?" from "after Russia annexed Crimea in March" in an article on
    islet talks that names no island: the news behind the news, general knowledge (both blind reviewers of
    the pooled dev sets flagged it)."""
    meta = SourceMeta(title="Islet talks put off", author="Jane Roe", publisher="Test Gazette", date="2014-08-05")
    text = (
        "Islet talks put off\n\nSyldavia said on Tuesday that talks with Ruritania over the disputed islets off "
        "its coast will not be held this month. Ruritania and Syldavia both claim the islets.\n\n"
        "A visit to Klow by Foreign Minister Jan Novak, planned for April, was deferred after Syldavia annexed "
        "Crimea in March.\n"
    )
    bank, report = build_from_sources([Source(id="u2", path="u2.txt", text=text, meta=meta)])
    prompts = [q.prompt for q in _year_questions(bank)]
    assert not [p for p in prompts if "Crimea" in p], prompts
    assert any("a place it is not about (Crimea)" in r for r in report.dropped), report.dropped


def test_a_visit_dated_by_the_article_is_not_asked_as_a_first_known_only_from_other_articles() -> None:
    """ "visited Kunashir in November" (the year from the article's date) asked "In what year did X first visit
    Kunashir?" because another article dates a later visit: the passage gives neither the year nor the first (a
    blind review of the session-24 pooled sample failed it)."""
    from studyapp.pipeline.build import build_from_sources
    from studyapp.pipeline.model import Source, SourceMeta

    dispute = (
        "Japan and Russia both claim the islands Japan calls Etorofu and Kunashiri and Russia calls Iturup and "
        "Kunashir. The dispute has soured ties between Japan and Russia for decades.\n\n"
    )
    first = Source(
        id="a1",
        path="a1.txt",
        text=f"Island visit\n\n{dispute}Japan recalled its ambassador to Moscow after Russian President Ivo "
        "Brandtov visited Kunashir in November.\n",
        meta=SourceMeta(title="Island visit", author="Jane Roe", publisher="Gazette", date="2010-11-20"),
    )
    later = Source(
        id="b1",
        path="b1.txt",
        text=f"Island again\n\n{dispute}Russian President Ivo Brandtov visited Kunashir in 2012, angering Japan.\n",
        meta=SourceMeta(title="Island again", author="Jane Roe", publisher="Gazette", date="2012-08-20"),
    )
    bank, _ = build_from_sources([first, later])
    assert not [q.prompt for q in bank.questions if "first visit" in q.prompt]
