"""Events tied to dates: "the Treaty of Paris of 1783", "the 1994 Oslo Accord"."""

from __future__ import annotations

import pytest

from studyapp.pipeline.dates import find_dates
from studyapp.pipeline.events import Event, event_before, event_for


def event_of(text: str) -> Event | None:
    (m,) = find_dates(text)
    return event_for(text, m.start, m.end)


@pytest.mark.parametrize(
    ("text", "phrase", "head", "document"),
    [
        ("The Treaty of Paris of 1783 ended the war.", "the Treaty of Paris", "treaty", True),
        ("Delegates hailed the 1994 Oslo Accord as a breakthrough.", "the Oslo Accord", "accord", True),
        (
            "It was at the Berlin Conference in 1884 that borders were drawn.",
            "the Berlin Conference",
            "conference",
            False,
        ),
        (  # the head stands before the first preposition: "visits" is what the agreement is about
            "The move spared the Anglo-Dutch agreement on visa-free visits to shrines of May 3, 1904.",
            "the Anglo-Dutch agreement on visa-free visits to shrines",
            "agreement",
            True,
        ),
        (  # an en dash joining two names is one word of the name (sets 236-243: "Ethiopian Treaty")
            "The Italo–Syldavian Treaty of 1928 set the border 21 leagues from the coast.",
            "the Italo–Syldavian Treaty",
            "treaty",
            True,
        ),
        (  # the document, not "the basis of" it (sets 240-242)
            "They agreed to talk on the basis of Joint Ruritanian-Syldavian Declaration of 1956.",
            "the Joint Ruritanian-Syldavian Declaration",
            "declaration",
            True,
        ),
    ],
)
def test_named_events_are_strong(text: str, phrase: str, head: str, document: bool) -> None:
    ev = event_of(text)
    assert ev is not None
    assert (ev.phrase, ev.head, ev.strong, ev.is_document) == (phrase, head, True, document)


def test_pronoun_event_is_weak() -> None:
    ev = event_of("Officials praised their summit in 2011 as a success.")
    assert ev is not None
    assert ev.head == "summit"
    assert not ev.strong


def test_date_without_event_noun_has_no_event() -> None:
    assert event_of("The orchestra was founded in 1887 by a banker.") is None
    assert event_of("Rainfall was low in 2003.") is None


@pytest.mark.parametrize(
    "text",
    [
        "They were seized after Freedonia declared war on Ruritania on August 8, 1945, a week before the end.",
        "The two governments held talks in Geneva in 1998.",
    ],
)
def test_the_bare_object_of_a_verb_is_no_event(text: str) -> None:
    # "In what year did the war on Ruritania take place?" read "declared war on Ruritania" as an event
    assert event_of(text) is None


def test_an_event_may_take_its_date_in_commas_after_its_name() -> None:
    ev = event_of("It all began with the Riga armistice, March 1921.")
    assert ev is not None and (ev.phrase, ev.head) == ("the Riga armistice", "armistice")
    assert event_of("The talks ended, officials said, March 1921.") is None  # no event's name before it


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a sentence that opens with the dated name (the capital "The" had hidden it)
        ("The 1905 Treaty of Ostra, concluded after the war, gave Urup to Syldavia.", "the Treaty of Ostra"),
        # ... or a quotation that does
        ("He said: “The 1956 Ostra-Urup Joint Declaration did not settle it.”", "the Ostra-Urup Joint Declaration"),
        # a year in brackets after the name
        ("Under the Ostra-Klow Treaty (1922), the border was set at the river.", "the Ostra-Klow Treaty"),
        # "postwar" says after which war no more than the name does (the session-25 pooled sample)
        ("The postwar Klowtown Treaty of 1919 called a plebiscite in Urup.", "the Klowtown Treaty"),
        # a relative clause that dates the signing
        (
            "Syldavia revoked the Ostra-Urup Neutrality Pact, which was signed in April 1941.",
            "the Ostra-Urup Neutrality Pact",
        ),
        # its names in other languages, in brackets, before the verb
        ("The Treaty of Ostra (Traktat Ostrski; Ostra-Vertrag) was signed on 7 September 1940.", "the Treaty of Ostra"),
        # signed by parties with long names and an aside (set 313)
        (
            "The Treaty of Ostra was signed by the Syldavian Soviet Federative Socialist Republic (part of the "
            "Soviet Union) and Borduria on February 2, 1920.",
            "the Treaty of Ostra",
        ),
    ],
)
def test_a_named_document_is_found_in_the_other_common_ways_its_date_is_written(text: str, phrase: str) -> None:
    ev = event_of(text)
    assert ev is not None and ev.phrase == phrase, ev


def test_a_document_named_by_its_town_is_written_in_capitals() -> None:
    """ "the treaty of Nerchinsk", copied in lower case, failed both blind reviewers of sets 280-281."""
    ev = event_of("The river had been given to Ruritania as a result of treaty of Klowtown of 1689.")
    assert ev is not None and ev.phrase == "the Treaty of Klowtown"
    ev = event_of("Officials recalled the treaty of Japan and Ostrava in 1956.")
    assert ev is None or "Treaty of Japan" not in ev.phrase


def test_a_bracketed_year_after_a_name_that_is_no_event_dates_nothing() -> None:
    assert event_of("Professor Ivan Orlov (1956) wrote the first history of Urup.") is None


@pytest.mark.parametrize(
    ("text", "date", "phrase"),
    [
        # the date is the breaking's, not the treaty's: "In what year was the … Treaty signed?" would be false
        (
            "Ruritania declared war by breaking the Ruritanian-Syldavian Neutrality Treaty on August 9, 1945.",
            "August",
            None,
        ),
        ("Syldavia later renounced violating the Treaty of Urup in 1952.", "1952", None),
        # a signing dates the document itself
        ("They signed the Treaty of Urup in 1855.", "1855", "the Treaty of Urup"),
        # an event that is no document is dated whatever was done at it
        ("Delegates attended the Urup Conference in 1945.", "1945", "the Urup Conference"),
    ],
)
def test_a_document_acted_on_before_its_date_is_not_the_dated_event(text: str, date: str, phrase: str | None) -> None:
    found = event_before(text, text.index(date))
    assert (found.phrase if found else None) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # where a document was signed is no part of its name ("… the Treaty of Ostra in Urup signed?")
        ("Forty states signed the Treaty of Ostra in Ostra City on May 2, 1921.", "the Treaty of Ostra"),
        # signed, then where, then when: one clause
        (
            "After the war, forty states signed the Ostra Peace Treaty at the Opera House in Ostra, on May 2, 1921.",
            "the Ostra Peace Treaty",
        ),
        # the dated clause signed it
        ("In 1921, forty states signed the Ostra Peace Treaty.", "the Ostra Peace Treaty"),
    ],
)
def test_a_named_document_signed_in_the_dated_clause_is_its_event(text: str, phrase: str) -> None:
    ev = event_of(text)
    assert ev is not None and ev.is_document and ev.strong
    assert ev.phrase == phrase


def test_a_document_signed_before_another_dated_act_is_not_that_acts_event() -> None:
    """ "signed the Treaty of Ostra and later, in 1875, gave up Urup": the year is the giving up's."""
    assert event_of("Syldavia signed the Treaty of Ostra and later, in 1875, gave up Urup.") is None


def test_a_register_or_a_body_named_after_a_treaty_is_no_document() -> None:
    """ "the League of Nations Treaty Series" is a register, "the North Atlantic Treaty Organization" a body:
    nothing in them was signed (both blind reviewers of sets 240-242 failed "… Treaty Series signed?")."""
    assert event_of("It was registered in the League of Nations Treaty Series on January 19, 1922.") is None
    assert event_of("Klowland joined the North Atlantic Treaty Organization in 1952.") is None
