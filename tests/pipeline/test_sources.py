"""Reading sources and their metadata; every failure is a ContentError with file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp.errors import ContentError
from studyapp.pipeline.sources import infer_meta, load_source, load_sources, parse_meta

BODY = "A Plain Headline About Something\nThe body of the article is here, and it ends with a full stop.\n"
MakeSources = Callable[..., Path]


def meta_error(tmp_path: Path, toml: str) -> ContentError:
    p = tmp_path / "x.toml"
    p.write_text(toml, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        parse_meta(p)
    assert info.value.path == p
    return info.value


def test_valid_metadata(tmp_path: Path) -> None:
    p = tmp_path / "x.toml"
    p.write_text(
        'title = "Ferry Vote"\nauthor = "Alice Morgan"\ndate = "2021-03"\nurl = "https://example.org/a"\n'
        'date_note = "month only on the page"\n',
        encoding="utf-8",
    )
    meta = parse_meta(p)
    assert (meta.title, meta.author, meta.publisher, meta.date, meta.url) == (
        "Ferry Vote",
        "Alice Morgan",
        "unknown",
        "2021-03",
        "https://example.org/a",
    )
    assert meta.notes == (("date", "month only on the page"),)
    assert not meta.inferred


def test_invalid_toml_names_line(tmp_path: Path) -> None:
    err = meta_error(tmp_path, 'title = "x"\nauthor = "y"\ndate = 2016-\n')
    assert err.line == 3
    assert "invalid TOML" in err.message
    assert str(err).startswith(f"{tmp_path / 'x.toml'}:3: ")


def test_unknown_key(tmp_path: Path) -> None:
    err = meta_error(tmp_path, 'title = "x"\nauthr = "y"\n')
    assert err.line == 2
    assert "unknown key 'authr'" in err.message


def test_non_string_value(tmp_path: Path) -> None:
    err = meta_error(tmp_path, 'title = "x"\nauthor = 5\n')
    assert err.line == 2 and "'author' must be a string" in err.message


def test_missing_title(tmp_path: Path) -> None:
    assert "title" in meta_error(tmp_path, 'author = "y"\n').message


@pytest.mark.parametrize(
    ("date", "words"),
    [("16/12/2016", "must be YYYY-MM-DD"), ("2016-02-30", "not a calendar date"), ("2016-13", "not a calendar date")],
)
def test_bad_date(tmp_path: Path, date: str, words: str) -> None:
    err = meta_error(tmp_path, f'title = "x"\ndate = "{date}"\n')
    assert err.line == 2
    assert words in err.message


def test_non_utf8_source(make_sources: MakeSources) -> None:
    d = make_sources({"bad.txt": b"A Headline Here\nSecond line\ncaf\xe9 au lait\n"})
    with pytest.raises(ContentError) as info:
        load_sources(d)
    assert info.value.path == d / "bad.txt"
    assert info.value.line == 3
    assert "UTF-8" in info.value.message


def test_non_utf8_metadata(make_sources: MakeSources) -> None:
    d = make_sources({"a.txt": BODY, "a.toml": b'title = "x"\nauthor = "caf\xe9"\n'})
    with pytest.raises(ContentError) as info:
        load_sources(d)
    assert info.value.path == d / "a.toml" and info.value.line == 2


def test_binary_and_empty_sources(make_sources: MakeSources) -> None:
    d = make_sources({"nul.txt": "Line one\nLine\x00two\n"})
    with pytest.raises(ContentError, match="binary") as info:
        load_source(d / "nul.txt")
    assert info.value.line == 2
    (d / "empty.txt").write_text("  \n\n", encoding="utf-8")
    with pytest.raises(ContentError, match="empty"):
        load_source(d / "empty.txt")


def test_orphan_metadata(make_sources: MakeSources) -> None:
    d = make_sources({"a.txt": BODY, "b.toml": 'title = "Lost"\n'})
    with pytest.raises(ContentError) as info:
        load_sources(d)
    assert info.value.path == d / "b.toml"
    assert "b.txt" in info.value.message


def test_missing_or_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not found"):
        load_sources(tmp_path / "nope")
    with pytest.raises(ContentError, match="no source articles"):
        load_sources(tmp_path)


def test_bad_file_name(make_sources: MakeSources) -> None:
    d = make_sources({"bad name.txt": BODY})
    with pytest.raises(ContentError, match="file name"):
        load_sources(d)


def test_missing_metadata_is_inferred(make_sources: MakeSources) -> None:
    text = "Harbour Town Votes on New Ferry Route\nBy Alice Morgan\nPublished: March 4, 2021\n\nThe council voted.\n"
    d = make_sources({"ferry.txt": text})
    (src,) = load_sources(d)
    assert src.id == "ferry" and src.path == "ferry.txt" and src.text == text
    assert src.meta.inferred
    assert (src.meta.title, src.meta.author, src.meta.date) == (
        "Harbour Town Votes on New Ferry Route",
        "Alice Morgan",
        "2021-03-04",
    )
    assert src.meta.publisher == "unknown"


def test_inferred_metadata_without_byline_or_date() -> None:
    meta = infer_meta("Short\nNo Byline Here At All\nJust some text in the body that ends.\n")
    assert meta.inferred
    assert meta.title == "No Byline Here At All"
    assert (meta.author, meta.date) == ("unknown", "unknown")


def test_sidecar_metadata_is_not_inferred(make_sources: MakeSources) -> None:
    d = make_sources({"a.txt": BODY, "a.toml": 'title = "Given Title"\ndate = "2020"\n'})
    (src,) = load_sources(d)
    assert not src.meta.inferred and src.meta.title == "Given Title" and src.meta.date == "2020"


def test_error_line_is_right_after_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some article text.\n", encoding="utf-8")
    (tmp_path / "a.toml").write_text('title = "x"\n\ndate = "2016-02-30"\n', encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_sources(tmp_path)
    assert err.value.line == 3


@pytest.mark.parametrize(
    ("masthead", "author", "publisher", "date"),
    [
        (
            "Jane Roe (Lima) and Tom Poe (Quito) | Andes Wire (via Pacific Reader) | 2017-04-02",
            "Jane Roe and Tom Poe",
            "Andes Wire",
            "2017-04-02",
        ),
        ("The Coastal Times | Tue 4 Mar 2003 10.12 GMT", "unknown", "The Coastal Times", "2003-03-04"),
        ("Harbour News | March 2016", "unknown", "Harbour News", "2016-03"),
        ("14.06.2011 09:40", "unknown", "unknown", "2011-06-14"),
        ("Source: Reuters", "unknown", "Reuters", "unknown"),
        ("LIMA, May 3 Andes Wire | Andes Wire Service | 1999", "unknown", "Andes Wire Service", "1999"),
        ("Andes Wire | Wed, 11/17/2010 - 11:12", "unknown", "Andes Wire", "2010-11-17"),  # month/day/year
        ("Andes Wire | 17/11/2010", "unknown", "Andes Wire", "2010-11-17"),  # day/month/year
        ("Andes Wire | 03/04/2010", "unknown", "Andes Wire", "2010"),  # either way: the year only
        ("Oct 13, 2021", "unknown", "unknown", "2021-10-13"),  # a month without its full stop
        ("Coast City Evening Times, July 10, 2001", "unknown", "Coast City Evening Times", "2001-07-10"),
        ("The Reef (Lima), August 15, 2013", "unknown", "The Reef (Lima)", "2013-08-15"),
        ("Windows to the Coast, July 2012", "unknown", "Windows to the Coast", "2012-07"),
        # an issue's numbers in brackets are neither the outlet's name nor its date
        (
            "The Harbour Foundation, Monitor (Volume 4, Issue 75), April 20, 1998",
            "unknown",
            "The Harbour Foundation",
            "1998-04-20",
        ),
        # a day with its ordinal, a month in capitals, a year an editor added in brackets
        ("The Reef Review | Coast | Apr 25th 1998 edition", "unknown", "The Reef Review", "1998-04-25"),
        ("Andes Wire, Thursday, May 20th 2010 - 18:34 UTC", "unknown", "Andes Wire", "2010-05-20"),
        ("21 FEBRUARY 1981, Page 7", "unknown", "unknown", "1981-02-21"),
        ("Andes Wire, June 28 [2017]", "unknown", "Andes Wire", "2017-06-28"),
        ("Andes Wire, Lima, September 24 [2015]", "unknown", "Andes Wire", "2015-09-24"),
        # a section named by a country is not the outlet
        ("The Reef Review, Coast | Japan, August 7th 1997", "unknown", "The Reef Review, Coast", "1997-08-07"),
    ],
)
def test_the_line_under_the_headline_is_read_as_a_masthead(
    masthead: str, author: str, publisher: str, date: str
) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"Navy ships sent to the disputed reef\n{masthead}\n\n{body}\n")
    assert (meta.author, meta.publisher, meta.date) == (author, publisher, date)
    assert meta.title == "Navy ships sent to the disputed reef"


def test_a_sentence_under_the_headline_is_not_a_masthead() -> None:
    text = (
        "Navy ships sent to the reef\nThe navy sent two ships to the reef, officials said.\n\nMore text follows here.\n"
    )
    meta = infer_meta(text)
    assert (meta.author, meta.publisher) == ("unknown", "unknown")


def test_a_headline_may_open_with_a_quoted_term() -> None:
    meta = infer_meta("“Reef Day” Rallies Held in Two Port Towns\nHarbour News | March 2016\n\nProtesters gathered.\n")
    assert meta.title == "“Reef Day” Rallies Held in Two Port Towns"
    meta = infer_meta("“We will never give up the reef,” he said.\nProtesters gathered in the port on Monday.\n")
    assert meta.title.startswith("Untitled article")


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        ("LIMA, Peru (Kyodo) The navy sent two ships to the disputed reef on Monday, officials said today.", "Kyodo"),
        ("QUITO, March 6. /TASS/. The navy sent two ships to the disputed reef on Monday, officials said.", "TASS"),
        (
            "Lima [Peru], October 13 (ANI/Sputnik): The navy sent two ships to the disputed reef, officials said.",
            "ANI/Sputnik",
        ),
        (
            "LIMA, Nov. 16 Kyodo - The navy sent two ships to the disputed reef on Monday, officials said today.",
            "Kyodo",
        ),
        (
            "LIMA, Peru (Reuters and friends) The navy sent two ships to the disputed reef on Monday, officials said.",
            "unknown",
        ),
        (
            "The navy (Peru) sent two ships to the disputed reef on Monday, officials said, and more will follow.",
            "unknown",
        ),
    ],
)
def test_a_dateline_names_the_news_agency_when_nothing_else_does(first: str, publisher: str) -> None:
    meta = infer_meta(f"{first}\n\nFishermen were told to stay away from the reef for a week.\n")
    assert meta.publisher == publisher
    if publisher != "unknown":
        assert meta.title == f"Untitled article ({publisher}, date unknown)"


def test_a_dateline_under_a_standfirst_names_the_news_agency() -> None:
    """A wire page that opens with its standfirst, the dateline in the next paragraph (set 296)."""
    text = (
        "The ministry noted earlier that some 50 people would make the trip, including diplomats and doctors.\n\n"
        "QUITO, October 8. /TASS/. A group of 17 tourists will take part in a maiden tour to the reef, the "
        "broadcaster reported on Tuesday.\n"
    )
    assert infer_meta(text).publisher == "TASS"


@pytest.mark.parametrize(
    ("first", "title", "author", "publisher", "date"),
    [
        (
            "Navy ships sent to the disputed reef — Harbour Tribune, September 08, 1990 — By Coast News Service.",
            "Navy ships sent to the disputed reef",
            "unknown",  # a news service is no person: it is named beside the outlet
            "Harbour Tribune (Coast News Service)",
            "1990-09-08",
        ),
        (
            "Reef talks possible without a deal: minister — Port Daily (AFP), Updated: 2005-11-14 10:17",
            "Reef talks possible without a deal: minister",
            "unknown",
            "Port Daily (AFP)",
            "2005-11-14",
        ),
        (  # a separator inside brackets is part of the headline
            "Navy ships sent (a title — from the web address) — Harbour Times, 2022-02-07",
            "Navy ships sent (a title — from the web address)",
            "unknown",
            "Harbour Times",
            "2022-02-07",
        ),
        (  # a headline in capitals may end in a full stop; the outlet's brackets may hold commas
            "NAVY SHIPS SENT TO THE REEF. — The Harbour Foundation (Monitor, Volume 6, Issue 164), 2000-09",
            "NAVY SHIPS SENT TO THE REEF",
            "unknown",
            "The Harbour Foundation (Monitor, Volume 6, Issue 164)",
            "2000-09",
        ),
        (  # whatever stands before the date is the outlet, even with no word saying so
            "Navy ships sent to the reef — The Lantern, 2000-07-12",
            "Navy ships sent to the reef",
            "unknown",
            "The Lantern",
            "2000-07-12",
        ),
        (  # more fields before the date that closes the line
            "Reef patrols: “Stay away!” — Coastal Letters (Harbour Forum), Navy - Fishermen, Sep — Dec 2012, 2013-01",
            "Reef patrols: “Stay away!”",
            "unknown",
            "Coastal Letters (Harbour Forum)",
            "2013-01",
        ),
    ],
)
def test_a_first_line_may_give_the_outlet_and_date_after_the_headline(
    first: str, title: str, author: str, publisher: str, date: str
) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"{first}\n\n{body}\n")
    assert (meta.title, meta.author, meta.publisher, meta.date) == (title, author, publisher, date)


@pytest.mark.parametrize(
    "headline",
    ["Mayor: Talk of a reef deal ‘premature’", "Fishermen want the reef back — port council"],
)
@pytest.mark.parametrize("under", ["Harbour News, March 3, 2016", "By Ivo Brandt"])
def test_a_label_or_a_dash_does_not_hide_a_headline_over_a_masthead(headline: str, under: str) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    assert infer_meta(f"{headline}\n{under}\n\n{body}\n").title == headline
    # with body text under it, "Mayor: …" reads as a label opening the text, not a headline; a wire's
    # attribution in lower case after a dash ("— port council") is no outlet, and the line stays a headline
    # (TASS's "… — minister", sets 290 and 313)
    alone = infer_meta(f"{headline}\n\n{body}\n").title
    assert alone == headline if "—" in headline else alone.startswith("Untitled article")


@pytest.mark.parametrize("under", ["By Ivo Brandt | Harbour News", "Harbour News, March 3, 2016"])
def test_a_long_headline_with_its_deck_over_a_byline_or_masthead_is_the_headline(under: str) -> None:
    headline = (
        "Fishermen tempted by a place in the sun: Ivo Brandt in the port town examines the dilemma of the "
        "locals as the two capitals squabble over the reef"
    )
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    assert infer_meta(f"{headline}\n\n{under}\n\n{body}\n").title == headline


def test_a_headline_with_a_dash_and_a_speaker_is_still_the_headline() -> None:
    from studyapp.pipeline.sources import read_title_line

    assert read_title_line("Talks on the reef will go on — minister Ivo Brandt") is None


@pytest.mark.parametrize(
    ("first", "publisher", "date"),
    [
        ("Harbour Times, 2004/08/26", "Harbour Times", "2004-08-26"),
        ("TASS, September 5, 2025", "TASS", "2025-09-05"),
        ("RFE/RL, 12 November 1998", "RFE/RL", "1998-11-12"),
        ("Voice of the Coast, 2012-05-23", "Voice of the Coast", "2012-05-23"),
    ],
)
def test_a_first_line_of_only_an_outlet_and_a_date_is_no_headline(first: str, publisher: str, date: str) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"{first}\n\n{body}\n")
    assert meta.title.startswith("Untitled article")
    assert (meta.publisher, meta.date) == (publisher, date)


def test_a_headline_with_a_comma_is_not_an_outlet_and_date() -> None:
    meta = infer_meta("Putin, Abe meet in Nagato\n\nThe two leaders met at a hot spring resort on Thursday.\n")
    assert meta.title == "Putin, Abe meet in Nagato"


def test_the_headline_on_a_title_line_is_not_read_again_as_an_author() -> None:
    meta = infer_meta("Mayor's Life Buoy — The Lantern, 1973-10-22\n\nThe navy sent two ships to the reef on Monday.\n")
    assert (meta.title, meta.author, meta.publisher) == ("Mayor's Life Buoy", "unknown", "The Lantern")


@pytest.mark.parametrize(
    ("first", "title", "author", "publisher"),
    [
        ("Getting Nowhere — The Lantern, 1956-08-13", "Getting Nowhere", "unknown", "The Lantern"),
        ("No Deal | Harbour Wire | 2019-06-01", "No Deal", "unknown", "Harbour Wire"),
        # two words that may be a name stay a byline: no headline is made of them
        (
            "Jane Roe — The Lantern, 2019-06-01",
            "Untitled article (The Lantern, 1 June 2019)",
            "Jane Roe",
            "The Lantern",
        ),
    ],
)
def test_a_two_word_headline_on_a_title_line_is_read(first: str, title: str, author: str, publisher: str) -> None:
    meta = infer_meta(f"{first}\n\nThe navy sent two ships to the reef on Monday.\n")
    assert (meta.title, meta.author, meta.publisher) == (title, author, publisher)


def test_a_headline_with_a_deck_that_ends_in_a_full_stop_is_read() -> None:
    first = "Fishers caught in a feud; Reef: the claim has divided the harbour's families. — The Lantern, 1999-01-04"
    meta = infer_meta(f"{first}\n\nThe navy sent two ships to the reef on Monday.\n")
    assert (meta.title, meta.publisher, meta.date) == (
        "Fishers caught in a feud; Reef: the claim has divided the harbour's families",
        "The Lantern",
        "1999-01-04",
    )


@pytest.mark.parametrize(
    ("first", "title", "publisher"),
    [
        ("Region: Who Owns the Reef? — The Lantern, 2012-08-22", "Region: Who Owns the Reef?", "The Lantern"),
        ("Reef handed back at last! | Harbour Wire | 2012-08-22", "Reef handed back at last!", "Harbour Wire"),
    ],
)
def test_a_headline_that_asks_or_exclaims_is_read_before_an_outlet_and_a_date(
    first: str, title: str, publisher: str
) -> None:
    meta = infer_meta(f"{first}\n\nThe navy sent two ships to the reef on Monday.\n")
    assert (meta.title, meta.publisher, meta.date) == (title, publisher, "2012-08-22")


def test_a_question_that_opens_the_text_is_no_headline() -> None:
    """A question before a dash with no outlet and date after it is a line of the article."""
    meta = infer_meta("Will the reef ever be returned? — the fishers ask.\n\nThe navy sent two ships.\n")
    assert "Will the reef" not in meta.title


@pytest.mark.parametrize(
    ("first", "title", "publisher"),
    [
        (
            "[No headline in page text; title from URL slug] Could the reef be shared — The Harbour Diplomat, unknown",
            "Could the reef be shared",
            "The Harbour Diplomat",
        ),
        (
            "[Updated] Navy ships sent to the reef — The Lantern, 2019-06-01",
            "Navy ships sent to the reef",
            "The Lantern",
        ),
        (
            "Navy ships sent to the reef — The Lantern, unknown (day not shown)",
            "Navy ships sent to the reef",
            "The Lantern",
        ),
    ],
)
def test_an_editors_note_in_brackets_and_an_unknown_date_do_not_hide_the_headline(
    first: str, title: str, publisher: str
) -> None:
    meta = infer_meta(f"{first}\n\nThe navy sent two ships to the reef on Monday.\n")
    assert (meta.title, meta.publisher) == (title, publisher)


def test_a_news_agencys_byline_is_no_author_but_names_the_agency_beside_the_outlet() -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"Navy ships sent to the disputed reef\nBy Kyodo\nHarbour News, August 2, 2001\n\n{body}\n")
    assert (meta.author, meta.publisher, meta.date) == ("unknown", "Harbour News (Kyodo)", "2001-08-02")


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By IVO BRANDT, Harbour Staff Writer", "Ivo Brandt"),  # a post after the name, a name in capitals
        ("By Agencies in Lima and Quito", "unknown"),  # a byline naming no person
    ],
)
def test_a_byline_post_or_a_byline_of_no_person_does_not_hide_the_outlet_under_it(byline: str, author: str) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"Navy ships sent to the disputed reef\n{byline}\nHarbour News, July 4, 2012\n\n{body}\n")
    assert (meta.author, meta.publisher, meta.date) == (author, "Harbour News", "2012-07-04")


@pytest.mark.parametrize(
    ("byline", "under", "publisher"),
    [
        ("By The Associated Press", "Harbour News, July 4, 2012", "Harbour News (The Associated Press)"),
        ("Compiled From Port Wire, Staff Reports", "Harbour News, July 4, 2012", "Harbour News"),
        ("By Ivo Brandt", "Harbour News (reprinted from Port Wire, July 1-7), July 4, 2012", "Harbour News"),
        # a wire's share of the reporting, and a repost, in brackets after the outlet's name
        ("By Ivo Brandt", "Harbour News (with reporting from Port Wire), July 4, 2012", "Harbour News"),
        ("By Ivo Brandt", "Harbour News (reposted on a reader's blog), July 4, 2012 | 1253 GMT", "Harbour News"),
    ],
)
def test_credits_and_reprints_around_a_masthead_leave_the_outlet_and_date(
    byline: str, under: str, publisher: str
) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"Navy ships sent to the disputed reef\n{byline}\n{under}\n\n{body}\n")
    assert (meta.publisher, meta.date) == (publisher, "2012-07-04")
    assert meta.author in ("unknown", "Ivo Brandt")


def test_a_long_headline_with_its_deck_over_a_masthead_is_the_headline() -> None:
    headline = (
        "Brandt Urges Ruiz to Concede the Reef : Summit: The Chilean leader, in turn, calls for an end to the "
        "long feud over fishing rights off the coast."
    )
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"{headline}\nHarbour News, April 17, 1991\n\n{body}\n")
    assert (meta.title, meta.publisher, meta.date) == (headline, "Harbour News", "1991-04-17")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Drifting Apart", "Drifting Apart"),  # a magazine's two-word headline over its date
        ("Drifting apart", None),  # two words not in title case are no headline
    ],
)
def test_a_weekday_before_a_date_is_no_outlet_and_a_date_line_is_no_headline(head: str, title: str | None) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"{head}\n\nMonday, Aug. 13, 1956\n\n{body}\n")
    assert meta.publisher == "unknown" and meta.date == "1956-08-13"
    if title is not None:
        assert meta.title == title
    else:
        assert meta.title.startswith("Untitled article") and "Monday" not in meta.title


@pytest.mark.parametrize(
    "headline",
    [
        "BRANDT FALTERS, BUT BOTH CAPITALS CLAIM SUMMIT SUCCESS.",  # a wire headline in capitals, with its stop
        "The Ember Isles: So near, and yet so far away",  # a topic before the colon, no section label
        "Indonesia: Reef Party",  # a magazine's country, then a short title (the West New Guinea piece)
    ],
)
def test_a_capitals_headline_with_a_stop_and_a_topic_before_a_colon_are_headlines(headline: str) -> None:
    body = (
        "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away "
        "from the waters around it until further notice."
    )
    meta = infer_meta(f"{headline}\n\n{body}\n")
    assert meta.title == headline.rstrip(".")


@pytest.mark.parametrize(
    ("head", "title", "publisher", "date"),
    [
        (  # a label over a date line and a page reference
            "Commentary: Reef talks unlikely to succeed\n\nOctober 19, 2016\nHarbour Post , p. 11\n",
            "Commentary: Reef talks unlikely to succeed",
            "Harbour Post",
            "2016-10-19",
        ),
        (  # a country before the colon is the topic, not a section
            "Chile: Government Plans Major Investment In Disputed Reef\n",
            "Chile: Government Plans Major Investment In Disputed Reef",
            "unknown",
            "unknown",
        ),
    ],
)
def test_a_headline_with_a_label_over_a_date_or_with_a_country_before_the_colon_is_read(
    head: str, title: str, publisher: str, date: str
) -> None:
    body = (
        "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away "
        "from the waters around it until further notice."
    )
    meta = infer_meta(f"{head}\n{body}\n")
    assert (meta.title, meta.publisher, meta.date) == (title, publisher, date)


@pytest.mark.parametrize(
    "first",
    [
        "EDITORIAL | Borduria Should Renew Its Demand for the Return of the Reef",
        "Opinion | Borduria Should Renew Its Demand for the Return of the Reef",
        "ANALYSIS: Borduria Should Renew Its Demand for the Return of the Reef",
    ],
)
def test_a_section_label_before_the_headline_is_no_part_of_it(first: str) -> None:
    """ "EDITORIAL | Headline": the page's section, then its headline (a blind reviewer of sets 114-115
    saw the article listed as "Untitled article (EDITORIAL, date unknown)")."""
    meta = infer_meta(f"{first}\n\nHarbour News, February 7, 2020\n\nThe reef was seized in 1945.\n")
    assert meta.title == "Borduria Should Renew Its Demand for the Return of the Reef"
    assert meta.publisher == "Harbour News" and meta.date == "2020-02-07"


def test_a_number_with_dashes_in_the_masthead_is_no_date() -> None:
    """ "Press Release 1255-25-08-2011" read as the 25th month of 1255 crashed the build (unseen set 132)."""
    text = (
        "On the Return of a Fisherman\n\nMinistry of Foreign Affairs of Borduria, Press Release 1255-25-08-2011, "
        "August 25, 2011\n\nThe fisherman was found off the reef on Tuesday and sent home.\n"
    )
    assert infer_meta(text).date == "2011-08-25"
    assert infer_meta("Reef row\n\nHarbour News, 2019-02-31\n\nThe reef was seized in 1945.\n").date == "unknown"


@pytest.mark.parametrize(
    ("head", "under", "publisher", "date"),
    [
        # a colon in the headline, over an agency, the paper that ran it and a date
        (
            "Tone down reef criticism: Ruritania",
            "Kyodo | The Harbour Times | September 16, 2000",
            "The Harbour Times (Kyodo)",
            "2000-09-16",
        ),
        # over a line of fields with a credit first
        (
            "Brandt Shocks Ruiz by Calling Off Visit : Diplomacy",
            "Times Staff Writers | Harbour Times | September 10, 1992",
            "Harbour Times",
            "1992-09-10",
        ),
        # two words in sentence case, over an outlet, its section and a date
        ("Cold comfort", "The Harbour Weekly | Asia | March 3, 2011", "The Harbour Weekly", "2011-03-03"),
        ("Cold comfort", "The Harbour Weekly, Asia | Japan, August 7th 1997", "The Harbour Weekly", "1997-08-07"),
        (
            "History at midnight: Ruritania and Syldavia swap enclaves",
            "Harbour Times | Klow | Aug 01, 2015 07:33 AM IST",
            "Harbour Times",
            "2015-08-01",
        ),
    ],
)
def test_the_first_line_over_a_dated_line_of_masthead_fields_is_the_headline(
    head: str, under: str, publisher: str, date: str
) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"{head}\n\n{under}\n\n{body}\n")
    assert (meta.title, meta.publisher, meta.date) == (head, publisher, date)


def test_a_sections_label_over_the_text_is_no_outlet() -> None:
    """ "World: Opinion pieces" over an article with no headline or masthead is a page's section label."""
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"World: Opinion pieces\n\n{body}\n")
    assert meta.publisher == "unknown"


@pytest.mark.parametrize(
    ("head", "under", "date"),
    [
        # (sets 232-233: "Wikipedia, the free encyclopedia (…)" was read as the title, the outlet unknown)
        ("Klow Strip", "Wikipedia, the free encyclopedia (no date shown on the page)", "unknown"),
        ("Vardar", "From Wikipedia, the free encyclopedia [archived copy; no date shown]", "unknown"),
        ("Klow Islands dispute", "Wikipedia (offline snapshot, January 2012; no date on the page)", "2012-01"),
    ],
)
def test_an_encyclopaedias_masthead_is_the_outlet_under_the_entrys_title(head: str, under: str, date: str) -> None:
    """An entry's title may be one or two words; the reference work's line under it is its outlet, never the
    title."""
    body = "Klow Strip is a strip of land between two rivers, long claimed by Ruritania and by Syldavia alike."
    meta = infer_meta(f"{head}\n\n{under}\n\n{body}\n")
    assert (meta.title, meta.publisher, meta.date) == (head, "Wikipedia", date)


@pytest.mark.parametrize(
    ("head", "under", "title", "publisher", "date"),
    [
        # (sets 244-251: each was read as no headline, and the outlet's line under it as the title)
        (
            "3 November 1898: The Klow Incident between Ruritania and Syldavia ends",
            "Harbour Weekly",
            "3 November 1898: The Klow Incident between Ruritania and Syldavia ends",
            "Harbour Weekly",
            "unknown",
        ),
        (
            "“Syldavians Want Back What Was Taken From Them”",
            "Harbour Review",
            "“Syldavians Want Back What Was Taken From Them”",
            "Harbour Review",
            "unknown",
        ),
    ],
)
def test_a_headline_opening_with_a_date_or_in_quotes_is_the_headline(
    head: str, under: str, title: str, publisher: str, date: str
) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"{head}\n\n{under}\n\n{body}\n")
    assert (meta.title, meta.publisher, meta.date) == (title, publisher, date)


def test_a_quotation_opening_the_text_is_still_no_headline() -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"“We will never give the reef away,” the minister said.\n\n{body}\n")
    assert meta.title.startswith("Untitled article")


@pytest.mark.parametrize(
    ("under", "publisher", "date"),
    [
        # a time, a zone, a dateline, a page or an aside after the date: the outlet before it is still read
        ("The Harbour Herald, January 13, 2011 05:40 pm IST, KLOWTOWN", "The Harbour Herald", "2011-01-13"),
        (
            "The Harbour News (The Klow Shimbun), November 13, 2017, 7:41 p.m. (reprinted in a digest)",
            "The Harbour News (The Klow Shimbun)",
            "2017-11-13",
        ),
        (
            "Klow Shimbun, p. 2, August 17, 2018 (translated by the embassy's press office)",
            "Klow Shimbun",
            "2018-08-17",
        ),
        (
            "The Harbour Times, October 9, 2017 (English Press, as reproduced by a digest)",
            "The Harbour Times",
            "2017-10-09",
        ),
    ],
)
def test_the_outlet_is_read_before_a_date_with_a_time_a_dateline_or_an_aside(
    under: str, publisher: str, date: str
) -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(f"Navy ships sail to the reef\n\n{under}\n\n{body}\n")
    assert (meta.title, meta.publisher, meta.date) == ("Navy ships sail to the reef", publisher, date)


def test_a_byline_with_an_accented_name_a_source_aside_and_a_dotted_date() -> None:
    """ "By Babucs Zoltán | Magyar Nemzet (English), source: … | 2022. 01. 08. 14:30" (set 247): the name was
    cut at "á", the date taken for the outlet."""
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    under = "By Kovács Zoltán | Klow Nemzet (English), source: Institute of Research | 2022. 01. 08. 14:30"
    meta = infer_meta(f"Klow is not Klowburg!\n\n{under}\n\n{body}\n")
    assert (meta.author, meta.publisher, meta.date) == ("Kovács Zoltán", "Klow Nemzet (English)", "2022-01-08")


def test_a_byline_in_another_script_is_not_title_cased() -> None:
    body = "The navy sent two ships to the reef on Monday, officials said, and fishermen were told to stay away."
    meta = infer_meta(
        f"Navy ships sail to the reef\n\nBy KH디지털2 | The Harbour Herald | Aug. 27, 2015 - 17:40\n\n{body}\n"
    )
    assert (meta.author, meta.publisher, meta.date) == ("KH디지털2", "The Harbour Herald", "2015-08-27")


def test_an_online_encyclopaedias_line_is_the_outlet_and_its_author_is_read() -> None:
    body = "Klow Strip is a strip of land between two rivers, long claimed by Ruritania and by Syldavia alike."
    under = "1914-1918-online. International Encyclopedia of the Great War, article by Ivo Brandt"
    meta = infer_meta(f"Klow-Malmedy\n\n{under}\n\n{body}\n")
    assert (meta.title, meta.author, meta.publisher) == (
        "Klow-Malmedy",
        "Ivo Brandt",
        "1914-1918-online. International Encyclopedia of the Great War",
    )


_NEWS_BODY = (
    "The navy sent two ships to Klow reef on Monday, officials said, and fishermen were told to stay away "
    "from Klow until the talks between Ruritania and Syldavia end."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline with its date after a dash (a radio service's archive, sets 282 and 284)
        (
            f"Ruritania Takes Back Disputed Klow Reef - 2002-07-17\n\n{_NEWS_BODY}",
            ("Ruritania Takes Back Disputed Klow Reef", "unknown", "unknown", "2002-07-17"),
        ),
        # a place the article is about before the colon, not a section's label (set 282)
        (
            f"Klow: Syldavian surveyors shift to the capital\n\n{_NEWS_BODY}",
            ("Klow: Syldavian surveyors shift to the capital", "unknown", "unknown", "unknown"),
        ),
        # the author's name alone on a line, then "15 Jan 15" (set 284)
        (
            f"Syldavian Claim to Klow Alarms Ruritania\nJana Novak\n15 Jan 15\n\n{_NEWS_BODY}",
            ("Syldavian Claim to Klow Alarms Ruritania", "Jana Novak", "unknown", "2015-01-15"),
        ),
        # "By Staff Reporter - 16 Dec '14 09:02AM": a post, neither author nor outlet (set 287)
        (
            f"Syldavia Lays Claim to Klow Reef\nBy Staff Reporter - 16 Dec '14 09:02AM\n\n{_NEWS_BODY}",
            ("Syldavia Lays Claim to Klow Reef", "unknown", "unknown", "2014-12-16"),
        ),
        # a broadcaster's initials alone under the headline (set 286)
        (
            f"Klow reef highlighted in first phone talk of the two leaders\nCGTN\n\n{_NEWS_BODY}",
            ("Klow reef highlighted in first phone talk of the two leaders", "unknown", "CGTN", "unknown"),
        ),
        # "(AFP) Updated: 2005-11-14 10:17": the agency in brackets before the date (set 283)
        (
            f"Better ties possible without Klow deal: minister\n(AFP) Updated: 2005-11-14 10:17\n\n{_NEWS_BODY}",
            ("Better ties possible without Klow deal: minister", "unknown", "AFP", "2005-11-14"),
        ),
        # a labelled headline, then the city it was issued in, then the date (set 300)
        (
            f"Note to Correspondents: Signing of a sea border treaty on Klow\nNew York\n06 March 2018\n\n{_NEWS_BODY}",
            ("Note to Correspondents: Signing of a sea border treaty on Klow", "unknown", "unknown", "2018-03-06"),
        ),
        # a post run together with the outlet's web address (set 300)
        (
            f"Syldavia shows Klow on its map again\nSenior Correspondentklownews24.com\nPublished : 14 Feb 2019, "
            f"02:24 PM\n\n{_NEWS_BODY}",
            ("Syldavia shows Klow on its map again", "unknown", "klownews24.com", "2019-02-14"),
        ),
        # a standfirst, then "By NAME" with the weekday and date straight after the name (set 301)
        (
            f"Fishing boat stopped near Klow by patrol\nThe skipper was told he cannot fish near the reef.\n"
            f"By Jana Novak Tuesday 5 Jan 2021, 7:21 PM\n\n{_NEWS_BODY}",
            ("Fishing boat stopped near Klow by patrol", "Jana Novak", "unknown", "2021-01-05"),
        ),
        # the outlet, then the author's name, how long ago, and the date (set 299)
        (
            f"Syldavia Says Troops Killed Near Klow\nKlowPoint.com\nJana Novak 1 minute ago Sun 28th November 2021 | "
            f"09:10 AM\n\n{_NEWS_BODY}",
            ("Syldavia Says Troops Killed Near Klow", "Jana Novak", "KlowPoint.com", "2021-11-28"),
        ),
        # a topic in plain words before the colon, then the headline (set 307)
        (
            f"Maritime dispute: Syldavia, Ruritania suspend overlapping claims to Klow\n\n{_NEWS_BODY}",
            (
                "Maritime dispute: Syldavia, Ruritania suspend overlapping claims to Klow",
                "unknown",
                "unknown",
                "unknown",
            ),
        ),
        # a dateline with its agency in brackets, then the date (set 306)
        (
            f"New barracks on Klow anger Syldavia\nMoscow, Dec 18 (AFP) Dec 18, 2018\n\n{_NEWS_BODY}",
            ("New barracks on Klow anger Syldavia", "unknown", "AFP", "2018-12-18"),
        ),
        # the author's name and handle, "Published" and the date, then the time of day (set 306)
        (
            f"Syldavia Suspends Visa-Free Travel to Klow\nJana Novak (@JanaNovak) Published April 27, 2022 | 02:37 PM"
            f"\n\n{_NEWS_BODY}",
            ("Syldavia Suspends Visa-Free Travel to Klow", "Jana Novak", "unknown", "2022-04-27"),
        ),
        # a wire headline's attribution in lower case after its dash, then the agency's dateline (set 313)
        (
            f"Syldavia not planning to ratify Klow treaty — minister\n\nKLOW, February 19. /TASS/. {_NEWS_BODY}",
            ("Syldavia not planning to ratify Klow treaty — minister", "unknown", "TASS", "unknown"),
        ),
        # an archive's headline with its ISO date on the same line, no dash (set 316)
        (
            f"Syldavian lawmakers ratify Klow sea border pact 2004-06-15\n\n{_NEWS_BODY}",
            ("Syldavian lawmakers ratify Klow sea border pact", "unknown", "unknown", "2004-06-15"),
        ),
        # two agencies joined after "By": the outlet, no person (set 313)
        (
            f"Detention of boats near Klow to affect relations\nBy IRNA-Itar-Tass\n\n{_NEWS_BODY}",
            ("Detention of boats near Klow to affect relations", "unknown", "IRNA-Itar-Tass", "unknown"),
        ),
        # the agency, then the city it filed from (set 315)
        (
            f"Syldavia studying the Klow sea verdict\nPress Trust of Syldavia New Delhi\n\n{_NEWS_BODY}",
            ("Syldavia studying the Klow sea verdict", "unknown", "Press Trust of Syldavia", "unknown"),
        ),
    ],
)
def test_headlines_and_bylines_of_short_news_pages_are_read(text: str, expected: tuple[str, str, str, str]) -> None:
    meta = infer_meta(text + "\n")
    assert (meta.title, meta.author, meta.publisher, meta.date) == expected


@pytest.mark.parametrize("label", ["World", "Opinion", "Business", "Analysis"])
def test_a_section_label_before_a_colon_is_still_no_headline(label: str) -> None:
    meta = infer_meta(f"{label}: reactions from readers on the reef\n\n{_NEWS_BODY} The {label} desk.\n")
    assert meta.title.startswith("Untitled article")
