"""Date finding, resolution and presentation on hand-written sentences."""

from __future__ import annotations

import itertools
import re

import pytest

from studyapp.pipeline import dates as D

ARTICLE = D.ArticleDate.parse("2019-06-10")  # a Monday


def one(text: str) -> D.DateMention:
    found = D.find_dates(text)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.surface
    return m


@pytest.mark.parametrize(
    ("text", "surface", "value", "precision"),
    [
        ("The festival ran March 3–5, 2019 in Austin.", "March 3–5, 2019", "2019-03-03/2019-03-05", "range"),
        ("The festival ran March 3-5, 2019 in Austin.", "March 3-5, 2019", "2019-03-03/2019-03-05", "range"),
        ("The fair ran 12–14 October 2018 in Leeds.", "12–14 October 2018", "2018-10-12/2018-10-14", "range"),
        ("She was born on 3 March 2019 in Perth.", "3 March 2019", "2019-03-03", "day"),
        ("The dam failed on 21st September 1987.", "21st September 1987", "1987-09-21", "day"),
        ("The letter is dated April 9, 1865.", "April 9, 1865", "1865-04-09", "day"),
        ("The plant opened in July 2020 after delays.", "July 2020", "2020-07", "month"),
        ("The orchestra was founded in 1887 by a banker.", "1887", "1887", "year"),
        ("Jazz clubs boomed in the 1920s across the city.", "the 1920s", "1920s", "decade"),
    ],
)
def test_absolute_dates(text: str, surface: str, value: str, precision: str) -> None:
    m = one(text)
    assert (m.surface, m.value, m.precision, m.relative) == (surface, value, precision, False)
    assert m.resolved
    assert D.resolve(m, ARTICLE, text) == m  # absolute dates are left alone


def test_range_with_days_in_wrong_order_is_not_a_range() -> None:
    assert all(m.precision != "range" for m in D.find_dates("Rooms 5–3 March 2019 were closed."))


def test_impossible_calendar_date_is_not_a_day() -> None:
    assert all(m.value != "2019-02-30" for m in D.find_dates("It fell on February 30, 2019."))


def test_several_dates_in_order_without_overlap() -> None:
    text = "Talks began in May 2015, stalled in 2016 and resumed on 4 June 2018."
    found = D.find_dates(text)
    assert [m.value for m in found] == ["2015-05", "2016", "2018-06-04"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize(
    "text",
    ["Prices rose 2019 percent.", "The flat cost $2019 a month.", "Growth hit 1999% in the model."],
)
def test_numbers_that_look_like_years_are_not_dates(text: str) -> None:
    assert D.find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "value", "resolved"),
    [
        ("Sales fell sharply last year.", "last:year", "2018"),
        ("Sales will recover next year.", "next:year", "2020"),
        ("The firm hired staff this month.", "this:month", "2019-06"),
        ("The firm cut jobs the previous month.", "last:month", "2019-05"),
        ("Tourists flocked here this summer.", "this:summer", "2019-summer"),
        ("The vote was held early this year.", "this:early", "2019-early"),
        ("He arrived in Oslo December last year.", "last:12", "2018-12"),
        ("The deal was signed in March.", "--03", "2019-03"),
        ("The bridge collapsed on 14 August.", "--08-14", "2018-08-14"),
        ("They met yesterday in Rome.", "day:yesterday", "2019-06-09"),
    ],
)
def test_relative_dates_resolve_against_article_date(text: str, value: str, resolved: str) -> None:
    m = one(text)
    assert m.relative and not m.resolved
    assert m.value == value
    r = D.resolve(m, ARTICLE, text)
    assert r.value == resolved
    assert r.resolved
    assert "10 June 2019" in r.note and m.surface.strip() in r.note
    assert (r.start, r.end, r.surface) == (m.start, m.end, m.surface)


def test_a_weekday_after_a_verb_of_the_past_is_past_though_the_words_look_ahead() -> None:
    """ "said Tuesday that Russia will not …": the day he said it, not the next Tuesday."""
    said = "Minister Ana Ruiz said Friday that Borduria will not give up the reef."
    assert D.resolve(one(said), ARTICLE, said).value == "2019-06-07"
    planned = "The talks will be held on Friday."
    assert D.resolve(one(planned), ARTICLE, planned).value == "2019-06-14"


def test_weekday_resolves_to_past_or_future_by_context() -> None:
    past = "The ministers met on Friday."
    m = one(past)
    assert m.value == "weekday:friday" and m.precision == "weekday"
    assert D.resolve(m, ARTICLE, past).value == "2019-06-07"
    future = "The mayor will visit on Friday."
    assert D.resolve(one(future), ARTICLE, future).value == "2019-06-14"
    same_day = "Parliament sat on Monday."
    assert D.resolve(one(same_day), ARTICLE, same_day).value == "2019-06-10"


def test_relative_date_without_article_date_stays_unresolved() -> None:
    m = one("Sales fell sharply last year.")
    r = D.resolve(m, D.ArticleDate.parse("unknown"))
    assert r == m and not r.resolved
    wd = one("They met on Friday.")
    assert D.resolve(wd, D.ArticleDate.parse("2019-06")) == wd  # no day: weekday cannot be placed


def test_article_date_parse_and_describe() -> None:
    assert D.ArticleDate(2019, 6, 10) == ARTICLE
    assert ARTICLE.describe() == "10 June 2019"
    assert D.ArticleDate.parse("2019-06").describe() == "June 2019"
    assert D.ArticleDate.parse("2019").describe() == "2019"
    assert D.ArticleDate.parse("unknown").describe() == "unknown"
    assert D.ArticleDate.parse("") == D.ArticleDate(None, None, None)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2019-03-03/2019-03-05", "3–5 March 2019"),
        ("2019-03-03", "3 March 2019"),
        ("2020-07", "July 2020"),
        ("1887", "1887"),
        ("1920s", "1920s"),
        ("weekday:friday", "Friday"),
        ("--08-14", "14 August"),
        ("--03", "March"),
        ("2019-summer", "summer 2019"),
    ],
)
def test_display(value: str, shown: str) -> None:
    assert D.display(value) == shown


def test_variants() -> None:
    assert D.variants("2019-03-03/2019-03-05") == [
        "3–5 March 2019",
        "March 3–5, 2019",
        "3-5 March 2019",
        "March 3-5, 2019",
        "2019-03-03/2019-03-05",
    ]
    assert D.variants("2019-03-03") == ["3 March 2019", "March 3, 2019", "2019-03-03"]
    assert D.variants("2020-07") == ["July 2020", "Jul 2020", "2020-07"]
    assert D.variants("1887") == ["1887"]


def test_variants_parse_back_to_same_value() -> None:
    for value in ("2019-03-03/2019-03-05", "2019-03-03", "2020-07"):
        for v in D.variants(value)[:-1]:
            if not re.search(r"[A-Z][a-z]+ ", v) or re.search(r"\b[A-Z][a-z]{2} ", v):
                continue  # abbreviations ("Jul 2020") are accepted answers, not prose forms
            assert one(f"It happened in {v} here.").value == value, v


def test_find_publication_date() -> None:
    text = "A Title Line Here\nBy Someone Else\nPublished: 4 March 2021\n\nBody text follows."
    assert D.find_publication_date(text) == "2021-03-04"
    assert D.find_publication_date("A Title\nNo date in this article at all.\n") is None
