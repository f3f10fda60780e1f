"""Dates and openings written the way news agencies write them: a month abbreviated without its full
stop ("Aug 9, 1945"), a dateline before the first sentence ("KURILSK, Russia -- "), a treaty named
after its two negotiators with its year in front ("the 1858 Cañas-Jerez Treaty"). Every sentence here
is invented; none is from the course's articles."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline.build import build_from_sources
from studyapp.pipeline.dates import find_dates
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.pipeline.quality import strip_connective


def _bank(body: str) -> Bank:
    meta = SourceMeta(title="Reef and river", author="Jane Roe", publisher="Test Gazette", date="2016-05")
    bank, _ = build_from_sources([Source(id="n1", path="n1.txt", text=f"Reef and river\n\n{body}\n", meta=meta)])
    assert check_bank(bank) == []
    return bank


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("On Aug 9, 1905, the fleet sailed.", "Aug 9, 1905", "1905-08-09"),
        ("It was signed on 3 Sept 1921 in Riga.", "3 Sept 1921", "1921-09-03"),
        ("By Oct 1988 the talks had stalled.", "Oct 1988", "1988-10"),
    ],
)
def test_a_month_abbreviated_without_its_full_stop_is_part_of_the_date(text: str, surface: str, value: str) -> None:
    found = [(d.surface, d.value) for d in find_dates(text)]
    assert (surface, value) in found


def test_an_abbreviation_that_is_a_word_is_no_month() -> None:
    """ "Mar" or "Dec" not followed by a number stays a word, not a date."""
    assert [d.surface for d in find_dates("The Dec committee met; Mar said little.")] == []


def test_a_year_after_an_abbreviated_day_is_asked_as_the_acts_year() -> None:
    bank = _bank(
        "On Aug 9, 1911, the Republic of Veloria renounced the Treaty of Ostra and declared war on Marvania.\n\n"
        "Veloria and Marvania still dispute the Ostra river islands."
    )
    asked = [q for q in bank.questions if q.kind == "date"]
    assert [q.prompt for q in asked] == [
        "In what year did the Republic of Veloria renounce the Treaty of Ostra and declare war on Marvania?"
    ]
    assert asked[0].answer == "1911"


@pytest.mark.parametrize(
    ("sentence", "stripped"),
    [
        ("KURILSK, Russia -- When the ferry came, nobody met it.", "When the ferry came, nobody met it."),
        ("Ostra, Veloria, 25 November 1998 (RFE/RL) -- Two weeks ago, talks ended.", "Two weeks ago, talks ended."),
        ("Nemuro, Japan | Genki Saito says the sea is rough.", "Genki Saito says the sea is rough."),
        ("TOKYO (AP) — Japan protested on Monday.", "Japan protested on Monday."),
        ("MOSCOW, Dec. 5 (Reuters) - Russia said no.", "Russia said no."),
    ],
)
def test_a_dateline_is_not_part_of_the_first_sentence(sentence: str, stripped: str) -> None:
    assert strip_connective(sentence) == stripped


@pytest.mark.parametrize(
    "sentence",
    [
        "The islands — Ostra and Vel — are small.",
        "Japan — and Russia — agree on little.",
        "NATO - the alliance - said nothing.",
    ],
)
def test_a_dash_inside_a_sentence_is_no_dateline(sentence: str) -> None:
    assert strip_connective(sentence) == sentence


def test_a_dated_act_after_a_dateline_is_asked() -> None:
    bank = _bank(
        "OSTRA, Veloria -- In 1922 Veloria annexed the Ostra river islands, which Marvania still claims.\n\n"
        "Marvania and Veloria have argued over the islands since."
    )
    assert "In what year did Veloria annex the Ostra river islands?" in [q.prompt for q in bank.questions]


def test_a_treaty_named_after_its_two_negotiators_is_asked_with_its_year_in_front() -> None:
    bank = _bank(
        "Veloria and Marvania both cite the 1858 Ostra-Velez Treaty as evidence for their claims to the river.\n\n"
        "Veloria and Marvania both cite the 1947 Treaty of Paris as well."
    )
    prompts = [q.prompt for q in bank.questions]
    assert "In what year was the Ostra-Velez Treaty signed?" in prompts
    # Paris gave its name to several treaties: there the year tells them apart, and it is not asked
    assert not any("Treaty of Paris" in p for p in prompts)


def test_a_year_asked_of_the_territory_unnamed_loses_points() -> None:
    """ "In what year did troops land on the territory?": which territory, the question does not say."""
    bank = _bank(
        "Veloria and Marvania both claim the Ostra river islands.\n\n"
        "Velorian troops landed on the territory in 1922, a week after the armistice."
    )
    assert not [q for q in bank.questions if "the territory" in q.prompt], [q.prompt for q in bank.questions]


@pytest.mark.parametrize("name", ["Ivo Brandt", "Ivo Beneš"])  # "Edvard Beneš": accented names too (set 255)
def test_an_office_before_a_name_is_left_out_of_a_year_question(name: str) -> None:
    """ "Prime Minister X" dates the act to his premiership, so every earlier wrong year is ruled out."""
    bank = _bank(
        f"Velorian Prime Minister {name} visited the Ostra river islands in 2021, angering Marvania.\n\n"
        "Marvania and Veloria both claim the Ostra river islands."
    )
    asked = [q.prompt for q in bank.questions if q.kind == "date"]
    assert f"In what year did {name} visit the Ostra river islands?" in asked, asked


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Ivo Brandt visited Marvania in 2010. Ivo Brandt visited the Ostra river islands again in 2012.",
            "again",
        ),
        ("In 2016 Ivo Brandt announced Veloria would deploy new coastal missile systems.", "deploy"),
        ("In 1997 Ivo Brandt launched a diplomatic initiative aimed normalizing relations with Marvania.", "aimed"),
    ],
)
def test_a_year_question_that_leans_on_what_it_does_not_give_is_not_asked(body: str, said: str) -> None:
    bank = _bank(f"{body}\n\nVeloria and Marvania both claim the Ostra river islands.")
    assert not [q.prompt for q in bank.questions if said in q.prompt], [q.prompt for q in bank.questions]


def test_a_document_called_by_the_city_it_was_made_in_is_not_asked_without_its_parties() -> None:
    """ "the Algiers peace accord of December 2000": Algiers saw other accords; a name in capitals
    ("the Ostra Peace Treaty") is one document."""
    bank = _bank(
        "Veloria accused the boundary commission of misreading the Lomar peace accord of December 2000.\n\n"
        "Veloria and Marvania signed the Ostra Peace Treaty in 1921, ending their war over the river islands."
    )
    prompts = [q.prompt for q in bank.questions]
    assert not [p for p in prompts if "Lomar" in p], prompts
    assert [p for p in prompts if "Ostra Peace Treaty" in p], prompts


def test_an_event_of_a_country_no_party_to_the_dispute_is_background() -> None:
    bank = _bank(
        "Greece and Turkey both claim the Imia Islets; Greece holds them.\n\n"
        "Talks between Greece and Turkey stalled after the Russian invasion of Ukraine in 2022.\n\n"
        "Greece says the islets are Greek, and Turkey says they are Turkish."
    )
    assert not [q.prompt for q in bank.questions if "Ukraine" in q.prompt], [q.prompt for q in bank.questions]


def test_a_day_without_its_year_loses_points() -> None:
    from studyapp.pipeline.quality import Score, judge_sentence

    score = Score()
    judge_sentence("As of June 30, only 4,907 of the original 17,291 islanders are still alive.", score)
    assert any("a day with no year" in r for r in score.reasons), score.reasons
    dated = Score()
    judge_sentence("As of June 30, 2025, only 4,907 of the original 17,291 islanders are still alive.", dated)
    assert not any("a day with no year" in r for r in dated.reasons), dated.reasons


def test_one_dated_visit_worded_two_ways_in_two_articles_is_asked_once_with_both_citations() -> None:
    from studyapp.pipeline.build import build_from_sources

    meta = SourceMeta(title="Reef and river", author="Jane Roe", publisher="Test Gazette", date="2016-05")
    first = "Velorian President Ivo Brandt first visited Ostra Island in 2010, angering Marvania."
    second = "Ivo Brandt travelled to Ostra Island in 2010, the first Velorian leader to go there."
    sources = [
        Source(
            id=sid, path=f"{sid}.txt", text=f"Reef and river\n\n{body}\n\nMarvania claims Ostra Island.\n", meta=meta
        )
        for sid, body in (("n2", first), ("n3", second))
    ]
    bank, _ = build_from_sources(sources)
    asked = [q for q in bank.questions if q.kind == "date" and q.answer == "2010"]
    assert len(asked) == 1, [q.prompt for q in asked]
    assert [c.source_id for c in asked[0].also] == ["n3" if asked[0].source.source_id == "n2" else "n2"]


def test_one_seizure_told_by_two_doers_in_two_articles_is_asked_once() -> None:
    """ "Soviet troops have occupied the four islands since 1945" and "Stalin's forces seized the four
    islands in 1945": one place is seized once in a year, whoever the sentence names."""
    meta = SourceMeta(title="The four islands", author="Jane Roe", publisher="Test Gazette", date="1990-05")
    first = "Talks stalled on the four islands that Soviet troops have occupied since August 1945."
    second = "Fishermen still mourn the four islands that Josef Stalin's forces seized in August 1945."
    sources = [
        Source(
            id=sid,
            path=f"{sid}.txt",
            text=f"The four islands\n\nJapan and the Soviet Union met again.\n\n{body}\n\nJapan wants them back.\n",
            meta=meta,
        )
        for sid, body in (("n4", first), ("n5", second))
    ]
    bank, _ = build_from_sources(sources)
    assert check_bank(bank) == []
    asked = [q for q in bank.questions if q.kind == "date" and q.answer == "1945"]
    assert len(asked) == 1, [q.prompt for q in asked]
    # an article that names none of the islands: the one territory its two countries dispute
    assert "the four islands Japan calls the Northern Territories" in asked[0].prompt
    assert len(asked[0].also) == 1


def test_a_trip_the_articles_date_to_another_year_as_well_is_asked_as_the_first_or_not_at_all() -> None:
    """A 2010 trip to Kunashiri beside a trip to the Kurils "on Tuesday" in a piece of July 2012 (a
    blind review failed "In what year did X travel to Kunashiri?" as ambiguous)."""
    first = SourceMeta(title="The first trip", author="Jane Roe", publisher="Test Gazette", date="2014-08")
    later = SourceMeta(title="Back again", author="Jane Roe", publisher="Test Gazette", date="2012-07")
    trip = "Prime Minister Ivo Brandt travelled to Kunashiri island in November 2010, angering Japan."
    again = "Prime Minister Ivo Brandt arrived in the Kuril Islands on Tuesday, to Japan's dismay."
    sources = [
        Source(id="n6", path="n6.txt", text=f"The first trip\n\n{trip}\n", meta=first),
        Source(id="n7", path="n7.txt", text=f"Back again\n\n{again}\n", meta=later),
    ]
    bank, _ = build_from_sources(sources)
    assert check_bank(bank) == []
    assert [q.prompt for q in bank.questions if q.answer == "2010"] == [
        "In what year did Ivo Brandt first travel to Kunashiri island?"
    ]
    # the later trip, asked by its year, would have an earlier one beside it: not asked
    late = "Prime Minister Ivo Brandt travelled to Kunashiri island in November 2013, angering Japan."
    sources[0] = Source(id="n6", path="n6.txt", text=f"The first trip\n\n{late}\n", meta=first)
    bank, _ = build_from_sources(sources)
    assert not [q for q in bank.questions if q.answer == "2013"], [q.prompt for q in bank.questions]


def test_a_trip_told_as_the_first_by_a_leader_is_asked_as_the_visitors_first() -> None:
    body = (
        "Prime Minister Ivo Brandt travelled to Kunashiri island in November 2010, the first Velorian "
        "leader to go there, angering Japan."
    )
    assert [q.prompt for q in _bank(body).questions if q.answer == "2010"] == [
        "In what year did Ivo Brandt first travel to Kunashiri island?"
    ]


def test_after_a_the_year_before_a_documents_name_is_only_a_date() -> None:
    body = "Peru wants talks built on a 1921 Chilean-Peruvian Ancon declaration on fishing rights."
    assert "In what year was the Chilean-Peruvian Ancon declaration signed?" in [
        q.prompt for q in _bank(body).questions
    ]
    # (named only by its kind and its two parties, "a 1921 Chilean-Peruvian declaration" is one of
    # several the two made: that one is not asked)
    body = "Peru wants talks built on a 1921 Chilean-Peruvian declaration on fishing rights."
    assert not [q for q in _bank(body).questions if q.answer == "1921"]
    # "a 1973 joint communique" is one of many a summit issues: still not asked by its year alone
    body = "The text echoed a 1973 Chilean-Peruvian joint communique on fishing rights."
    assert not [q for q in _bank(body).questions if q.answer == "1973"]


def test_a_visit_told_as_one_of_several_beside_another_year_is_not_asked() -> None:
    """ "Brandt also visited Kunashiri in 2012" beside his 2015 trip: neither the first nor the only one."""
    body = (
        "Prime Minister Ivo Brandt landed on Kunashiri island on June 3, 2015, angering Japan.\n\n"
        "Ivo Brandt also visited Kunashiri island in 2012, and the navy held drills there in 2014."
    )
    assert not [q for q in _bank(body).questions if q.answer == "2012"], [q.prompt for q in _bank(body).questions]


def test_islands_a_country_holds_said_in_a_relative_clause_lean_on_nothing() -> None:
    """ "two of the four islands it holds off Hokkaido": "it" is the question's one doer, a country, and
    "the four islands it holds" says which islands; neither is spelt out again nor read as leaning on
    the sentence before (the 1992 offer of a dev set was dropped for both)."""
    bank = _bank(
        "Japan and Russia have never signed a peace treaty.\n\n"
        "Russia in 1994 secretly offered to hand over to Japan two of the four islands it holds off Hokkaido "
        "before any peace treaty, but Tokyo turned the offer down, a former envoy has said.\n\n"
        "Japan still claims Etorofu, Kunashiri, Shikotan and the Habomai islets."
    )
    asked = [q.prompt for q in bank.questions if q.kind == "date" and q.answer == "1994"]
    assert asked == [
        "In what year did Russia secretly offer to hand over to Japan two of the four islands it holds off Hokkaido?"
    ]


@pytest.mark.parametrize(
    "question",
    [
        # another country before the "it", not after a preposition: which of them holds the islands?
        "In what year did Russia tell China the islands it holds were Russian?",
        # a person is no "it"
        "In what year did Ivo Brandt visit the island it holds?",
    ],
)
def test_an_it_with_two_possible_countries_or_no_country_still_leans(question: str) -> None:
    from studyapp.pipeline.questions.base import _relative_it_named

    assert _relative_it_named(question) == question


def test_a_visit_to_a_place_in_no_dispute_is_not_asked() -> None:
    """ "Prime Minister Kenji Sato visited Sakhalin to open a gas plant": a trip to a place in no dispute, in
    words naming nothing of it, is side detail beside the summit (both blind reviewers of sets 218-219); a
    visit to a disputed island is asked."""
    bank = _bank(
        "Japan and Russia still dispute Etorofu, Kunashiri, Shikotan and the Habomai islets.\n\n"
        "On May 2, 2004, Prime Minister Kenji Sato visited Sakhalin to open the new gas plant of the Ostra "
        "Project, and held talks with the Russian president.\n\n"
        "In August 2007, Russian Prime Minister Pavel Orlov visited Etorofu, angering Tokyo."
    )
    prompts = [q.prompt for q in bank.questions]
    assert not [p for p in prompts if "gas plant" in p or "Sakhalin" in p], prompts
    assert any("Pavel Orlov visit Etorofu" in p for p in prompts), prompts


def test_a_person_named_by_the_family_name_alone_is_named_in_full() -> None:
    """ "did Ivo Brandt host Sato …?": the article names one Sato in full, and the question names him so
    (a blind review of the session-22 late rules failed "host Abe")."""
    bank = _bank(
        "Japanese Prime Minister Kenji Sato said on Monday that Etorofu and Kunashiri belong to Japan.\n\n"
        "Russian President Ivo Brandt hosted Sato in April 2013 for talks on Etorofu and Kunashiri in Moscow."
    )
    asked = [q.prompt for q in bank.questions if q.kind == "date" and q.answer == "2013"]
    assert asked == ["In what year did Ivo Brandt host Kenji Sato for talks on Etorofu and Kunashiri in Moscow?"]


@pytest.mark.parametrize("honorific", ["Mr.", "Mr", "Mrs.", "Ms."])
def test_a_house_style_honorific_is_no_part_of_the_question(honorific: str) -> None:
    """ "In what year did Mr. Sato and Mr. Brandt agree …?": a newspaper's house style, not a teacher's
    (a blind review of the session-25 pooled sample failed "Mr. Abe and Mr. Putin"). Each is named in
    full where the article names one person of that family in full."""
    bank = _bank(
        "Japanese Prime Minister Kenji Sato said on Monday that Etorofu and Kunashiri belong to Japan.\n\n"
        "Russian President Ivo Brandt said the islands were Russian.\n\n"
        f"{honorific} Sato and {honorific} Brandt agreed in April 2013 to start joint projects on Etorofu and "
        "Kunashiri."
    )
    asked = [q.prompt for q in bank.questions if q.kind == "date" and q.answer == "2013"]
    assert asked == [
        "In what year did Kenji Sato and Ivo Brandt agree to start joint projects on Etorofu and Kunashiri?"
    ]


@pytest.mark.parametrize("doer", ["Ivo Brandt", "President Ivo Brandt", "Mr. Brandt and Mr. Kovac"])
def test_a_person_s_act_gets_wrong_years_a_few_either_side(doer: str) -> None:
    """A man's term or life rules out a year a decade away: "In what year did John F. Kennedy agree …?"
    beside 1952 and 1969 is answered by knowing when he was president. The articles' far years stay out."""
    bank = _bank(
        f"{doer} landed on the Ostra river islands in 1987, angering Marvania.\n\n"
        "Veloria and Marvania both claim the Ostra river islands. Veloria first mapped them in 1962, "
        "Marvania built a lighthouse there in 1971, and a court ruled on the islands in 2004."
    )
    asked = [q for q in bank.questions if q.kind == "date" and q.answer == "1987"]
    assert asked and all("Brandt" in q.prompt for q in asked), [q.prompt for q in bank.questions]
    for q in asked:
        assert q.choices and all(abs(int(c) - 1987) <= 4 for c in q.choices), (q.prompt, q.choices)


def test_a_country_s_act_keeps_wrong_years_from_the_articles() -> None:
    bank = _bank(
        "Velorian troops landed on the Ostra river islands in 1987, angering Marvania.\n\n"
        "Veloria and Marvania both claim the Ostra river islands. Veloria first mapped them in 1962, "
        "Marvania built a lighthouse there in 1971, and a court ruled on the islands in 2004."
    )
    asked = [q for q in bank.questions if q.kind == "date" and q.answer == "1987"]
    assert asked and any(abs(int(c) - 1987) > 4 for q in asked for c in q.choices or []), [
        (q.prompt, q.choices) for q in asked
    ]


@pytest.mark.parametrize(
    ("sentence", "year", "allowed"),
    [
        # "Japan-Russia": the Russian Federation dates from the end of 1991, so 1982 or 1986 are out at a glance
        # (a blind reviewer of the session-26 course review flagged the Tokyo Declaration's choices)
        ("In 1993, Japan and Russia signed the Klowtown Declaration on the Ostra islands.", 1993, (1992, 2016)),
        # the Soviet Union ended in 1991: no later year is a choice for its acts
        ("In 1988, Japan and the Soviet Union signed the Klowtown Protocol on the Ostra islands.", 1988, (0, 1991)),
    ],
)
def test_wrong_years_stay_within_the_life_of_the_state_the_question_names(
    sentence: str, year: int, allowed: tuple[int, int]
) -> None:
    bank = _bank(
        f"{sentence}\n\nVeloria and Marvania both claim the Ostra river islands. Veloria first mapped them in "
        "1962, Marvania built a lighthouse there in 1971, and a court ruled on the islands in 2004."
    )
    asked = [q for q in bank.questions if q.kind == "date" and q.answer == str(year)]
    assert asked, [q.prompt for q in bank.questions]
    for q in asked:
        assert q.choices and all(allowed[0] <= int(c) <= allowed[1] for c in q.choices), (q.prompt, q.choices)


def test_the_act_a_since_date_began_is_asked_by_its_year() -> None:
    """ "Since 1971, when Velorian marines forcibly seized the Ostra river islands, the islands have been under
    Velorian rule": the when-clause's act is dated by "since" as by "in" (set 282-283 asked nothing of it)."""
    bank = _bank(
        "Since 1971, when Velorian marines forcibly seized the Ostra river islands, the islands have been under "
        "Velorian rule, leaving the conflict simmering.\n\n"
        "Veloria and Marvania both claim the Ostra river islands. Marvania first mapped them in 1962."
    )
    prompts = [q.prompt for q in bank.questions]
    assert "In what year did Velorian marines forcibly seize the Ostra river islands?" in prompts, prompts


def test_a_soviet_union_leader_is_a_leader_and_a_union_leader_is_not() -> None:
    """ "then Soviet Union leader Mikhail Gorbachev": the Soviet Union's leader, whose first visit is worth its
    year (set 286-287 dropped it as an official's visit, "union leader" read as a trade union's)."""
    from studyapp.pipeline.questions.base import _LEADER

    assert _LEADER.search("then Soviet Union leader")
    assert not _LEADER.search("dock workers' union leader")
    bank = _bank(
        "Then Velorian Union leader Ivo Brandt pressed Marvania on the Ostra river islands.\n\n"
        "Then Soviet Union leader Pavel Orlov had refused to discuss the Ostra river islands.\n\n"
        "Orlov became the first Soviet leader to visit Marvania in April 1991.\n\n"
        "Veloria and Marvania both claim the Ostra river islands."
    )
    prompts = [q.prompt for q in bank.questions]
    assert "In what year did Pavel Orlov become the first Soviet leader to visit Marvania?" in prompts, prompts
