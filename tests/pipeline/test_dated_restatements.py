"""A dated act told in a sentence that is no plain statement is still asked: a cleft ("It was X who,
in 1997, …"), a date in commas, the second of two acts, an opening "He" that the sentence before
names. Every sentence here is invented; none is from the course's articles."""

from __future__ import annotations

import re

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline import clauses
from studyapp.pipeline.build import build_from_sources
from studyapp.pipeline.model import Source, SourceMeta


def _year_asked(sentence: str, date: str) -> str | None:
    at = sentence.index(date)
    for restated in clauses.restatements(sentence, (at, at + len(date))):
        asked = clauses.ask_year(*restated)
        if asked is not None:
            return asked
    return None


def _year_asked_as_written(sentence: str) -> str | None:
    """The year question of a plain statement dated 1917, read as it is written (no restatement)."""
    at = sentence.index("1917")
    return clauses.ask_year(sentence, (at, at + 4))


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (
            "It was Halvorsen who, in 1987, launched talks on the fishing zone around the reef.",
            "1987",
            "In what year did Halvorsen launch talks on the fishing zone around the reef?",
        ),
        (
            "Halvorsen, in 1987, launched talks on the fishing zone.",
            "1987",
            "In what year did Halvorsen launch talks on the fishing zone?",
        ),
        (
            "Ruiz accepted the ruling but abruptly announced in 2011 that the navy would patrol the reef.",
            "2011",
            "In what year did Ruiz announce that the navy would patrol the reef?",
        ),
    ],
)
def test_a_dated_act_in_a_sentence_that_is_no_plain_statement_is_asked(sentence: str, date: str, asked: str) -> None:
    assert clauses.ask_year(sentence, (sentence.index(date), sentence.index(date) + len(date))) is None
    assert _year_asked(sentence, date) == asked


def test_a_date_in_commas_after_a_common_noun_is_not_moved() -> None:
    """ "The ministry said in 2010, citing officials, …" has no plain act to move the date after."""
    sentence = "The ministry said in 2010, citing officials, that it would act."
    assert _year_asked(sentence, "2010") is None


def _bank(body: str) -> Bank:
    meta = SourceMeta(title="Reef visits", author="Jane Roe", publisher="Test Gazette", date="2016-05")
    bank, _ = build_from_sources([Source(id="r1", path="r1.txt", text=f"Reef visits\n\n{body}\n", meta=meta)])
    assert check_bank(bank) == []
    return bank


def _build(body: str) -> list[str]:
    return [q.prompt for q in _bank(body).questions]


def test_an_opening_he_is_the_one_person_the_sentence_before_names() -> None:
    body = (
        "President Lars Halvorsen first landed on Shikotan in 2009 to open a fish plant.\n\n"
        "He visited Etorofu in 2012 as prime minister to inspect a new airport."
    )
    asked = _build(body)
    assert "In what year did Lars Halvorsen visit Etorofu?" in asked, asked


def test_an_opening_the_two_countries_are_the_two_the_article_names_before_it() -> None:
    """ "… ratified a border agreement with Ecuador. The two countries signed the Klow Gulf agreement in
    December 2000": the two are Peru and Ecuador (set 316 asked nothing of it)."""
    body = (
        "Peruvian legislators today ratified a border agreement with Ecuador on the waters of the Klow Gulf.\n\n"
        "The two countries signed the Klow Gulf delineation agreement in December 2000."
    )
    asked = _build(body)
    assert "In what year did Peru and Ecuador sign the Klow Gulf delineation agreement?" in asked, asked
    # a third country before it: which two is not sure
    asked = _build(body.replace("with Ecuador on", "with Ecuador and Chile on"))
    assert not [q for q in asked if "delineation agreement" in q], asked


def test_an_opening_he_after_two_people_is_not_named() -> None:
    body = (
        "President Lars Halvorsen and Prime Minister Ivo Brandt landed on Shikotan in 2009 to open a fish plant.\n\n"
        "He visited Etorofu in 2012 to inspect a new airport."
    )
    asked = _build(body)
    assert not any("visit Etorofu" in p for p in asked), asked


def test_the_four_islands_comprising_a_named_territory_lean_on_nothing() -> None:
    from studyapp.pipeline.quality import dangling_in

    assert dangling_in("the four islands comprising the Northern Territories became Russian territory") is None
    assert dangling_in("the four islands became Russian territory") == "the four islands"


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (  # the date's tie to the sentence before is left out
            "On the same day in 1871, Ruritania and Borduria concluded a Treaty of Trade, Fishing and Borders.",
            "1871",
            "In what year did Ruritania and Borduria conclude a Treaty of Trade, Fishing and Borders?",
        ),
    ],
)
def test_a_date_tied_to_the_sentence_before_is_asked_plainly(sentence: str, date: str, asked: str) -> None:
    assert _year_asked(sentence, date) == asked


def test_an_act_done_by_a_year_is_not_asked() -> None:
    """ "By what year had the Ruritanians expelled all the fishermen?": 1960 is as true as 1951 (both blind
    reviewers of sets 82-83 failed it as ambiguous); when it was done, the sentence does not say."""
    body = "Ruritania and Syldavia claim Shikotan. By 1951, the Ruritanians had expelled the fishermen from Shikotan."
    meta = SourceMeta(title="Shikotan", author="Jane Roe", publisher="Test Gazette", date="2019-06")
    bank, _ = build_from_sources([Source(id="b", path="b.txt", text=f"Shikotan\n\n{body}\n", meta=meta)])
    assert not [q for q in bank.questions if q.kind == "date"], [q.prompt for q in bank.questions]


def test_a_comma_inside_a_name_does_not_end_the_act() -> None:
    assert (
        clauses.simplify(" a Treaty of Trade, Fishing and Borders, drawing a line")
        == " a Treaty of Trade, Fishing and Borders"
    )
    assert clauses.simplify(" a treaty in Shimoda, Japan, and agreed") == " a treaty in Shimoda"


def test_both_governments_are_the_two_states_named_before() -> None:
    body = (
        "Canada and the United States have argued over Machias Seal Island for two centuries.\n\n"
        "In 1979 both governments applied to the International Court of Justice to settle the maritime boundary."
    )
    asked = _build(body)
    assert any(
        p.startswith("In what year did Canada and the United States apply to the International Court") for p in asked
    ), asked


def test_two_of_the_islands_are_two_of_the_territorys_islands_not_the_group_named_last() -> None:
    body = (
        "Fishermen from Shikotan and the Habomai islets met on Monday to talk about catch limits.\n\n"
        "In 1956, Japan and the Soviet Union signed a joint declaration agreeing that the Soviets would return "
        "two of the islands after a peace treaty."
    )
    asked = _build(body)
    dated = [p for p in asked if p.startswith("In what year did Japan and the Soviet Union sign")]
    assert dated, asked
    assert all("two of the islands of the Northern Territories / Southern Kurils" in p for p in dated), dated
    assert not any("two of the Habomai" in p for p in asked), asked


def test_a_month_and_year_with_a_comma_between_are_one_date() -> None:
    from studyapp.pipeline.dates import find_dates

    found = [(d.surface, d.value, d.precision) for d in find_dates("taken by the fleet in August, 1871, at dawn")]
    assert found == [("August, 1871", "1871-08", "month")]


def test_a_dated_act_in_an_opening_though_clause_is_asked() -> None:
    sentence = "Though Ruritania and Borduria established diplomatic relations in 1871, they never signed a treaty."
    at = sentence.index("1871")
    sub = clauses.subordinate_statement(sentence, (at, at + 4))
    assert sub is not None
    assert clauses.ask_year(*sub) == "In what year did Ruritania and Borduria establish diplomatic relations?"


def test_the_years_next_to_the_key_are_never_wrong_choices() -> None:
    """Seized in 1945, annexed by decree in 1946: the year before or after is defensible."""
    body = (
        "Fishermen from Shikotan and Etorofu met on Monday.\n\nSoviet troops seized Shikotan in 1945.\n\n"
        "Ruritania annexed Kunashiri in 1912.\n\nBorduria deployed missiles on Etorofu in 1978.\n\n"
        "Japan protested the naming of Etorofu's peaks in 2017.\n\nRuritania evacuated Urup in 1931."
    )
    asked = [q for q in _bank(body).questions if q.kind == "date"]
    assert len(asked) >= 4, [q.prompt for q in asked]
    for q in asked:
        key = int(q.answer)
        assert not {str(key - 1), str(key + 1)} & set(q.choices or []), (q.prompt, q.choices)


def test_russia_of_the_soviet_years_is_the_soviet_union_in_a_date_question() -> None:
    from studyapp.pipeline.control import capitals_as_countries

    assert capitals_as_countries("In what year did Russia annex Shikotan?", 1945) == (
        "In what year did the Soviet Union annex Shikotan?"
    )
    assert (
        capitals_as_countries("In what year did Russia annex Shikotan?", 2014)
        == "In what year did Russia annex Shikotan?"
    )
    assert capitals_as_countries("In what year was the Russian decree signed?", 1946) == (
        "In what year was the Russian decree signed?"
    )


def test_a_document_named_after_one_sides_capital_is_the_two_sides_own() -> None:
    body = (
        "Russia calls Etorofu Iturup; Japan calls it Etorofu.\n\n"
        "Russia and Japan still argue over Etorofu, and Japan wants it back from Russia.\n\n"
        "Japan and Russia signed the Tokyo Declaration in 1993 to settle the ownership of the islands."
    )
    asked = [q.prompt for q in _bank(body).questions if q.answer == "1993"]
    assert "In what year was the Japan–Russia Tokyo Declaration signed?" in asked, asked


def test_as_a_result_of_is_part_of_the_act_not_a_clause_tacked_on() -> None:
    assert (
        clauses.simplify(" became Bordurian land as a result of the war")
        == " became Bordurian land as a result of the war"
    )
    assert clauses.simplify(" became Bordurian land as the war ended") == " became Bordurian land"


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (
            "Talks stalled over three rocky islets that Ruritanian marines captured in May 1921 after a storm.",
            "May 1921",
            "In what year did Ruritanian marines capture the three islets?",
        ),
        (
            "Fishermen still visit the islands, which the Bordurian navy occupied in 1938, every summer.",
            "1938",
            "In what year did the Bordurian navy occupy the islands?",
        ),
        (
            "The envoy spoke of the two rocky islands that Bordurian troops have held since May 1938.",
            "May 1938",
            "Since what year have Bordurian troops held the two islands?",
        ),
    ],
)
def test_the_dated_act_of_an_object_relative_clause_is_asked(sentence: str, date: str, asked: str) -> None:
    """ "… islets that X captured in May 1921": the islets are what X captured, and the year is the act's."""
    assert clauses.ask_year(sentence, (sentence.index(date), sentence.index(date) + len(date))) is None
    assert _year_asked(sentence, date) == asked


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks are about the islands that Borduria claims, which Ruritania lost in 1938.",  # no past act
        "The islands that Borduria seized, far from the coast in 1938, are empty.",  # an aside holds the date
        "Borduria wants the island that two navies shared in 1938.",  # "two navies", not two islands
    ],
)
def test_an_object_relative_clause_that_does_not_hold_the_dated_act_is_not_restated(sentence: str) -> None:
    assert _year_asked(sentence, "1938") is None


def test_all_the_islands_of_the_territory_seized_in_a_relative_clause_are_named() -> None:
    """ "the four islands" of an article on the Northern Territories are named in the question."""
    body = (
        "Etorofu, Kunashiri, Shikotan and the Habomai islets lie off Hokkaido.\n\n"
        "Tokyo wants back four windswept islands that Soviet forces occupied in August 1945."
    )
    asked = _build(body)
    assert "In what year did Soviet forces occupy the four islands Japan calls the Northern Territories?" in asked, (
        asked
    )


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (
            "The sides went back to the words of a 1971 memo, drafted in 1969, when then-President Ivo "
            "K. Brandt met Chancellor Lars Halvorsen in Lima, and agreed to talk again.",
            "1969",
            "In what year did President Ivo K. Brandt meet Chancellor Lars Halvorsen in Lima?",
        ),
        (
            "Trade grew in 1956, when Ruritania and Borduria restored diplomatic ties.",
            "1956",
            "In what year did Ruritania and Borduria restore diplomatic ties?",
        ),
    ],
)
def test_the_act_of_a_when_clause_right_after_a_date_is_asked_by_that_year(
    sentence: str, date: str, asked: str
) -> None:
    assert _year_asked(sentence, date) == asked


@pytest.mark.parametrize(
    "sentence",
    [
        "The row began in 2010, when he visited the island.",  # no one named
        "The plan dates from 1998, when Ruritania signed the accord.",  # "from 1998" is no date of an act
    ],
)
def test_a_when_clause_with_no_named_doer_or_no_dated_act_is_not_restated(sentence: str) -> None:
    year = re.search(r"\d{4}", sentence)
    assert year is not None
    assert _year_asked(sentence, year.group(0)) is None


def test_a_documents_two_parties_before_it_and_a_date_in_commas_are_read() -> None:
    sentence = "A Ruritania-Borduria treaty signed on March 3, 1871, recognized that the reef belongs to Borduria."
    at = sentence.index("March 3, 1871")
    found = clauses.ask_document_year(sentence, (at, at + len("March 3, 1871")))
    assert found is not None
    assert found[0] == (
        "In what year was the Ruritania-Borduria treaty that recognized that the reef belongs to Borduria signed?"
    )


def test_a_joint_document_with_its_parties_unsaid_is_the_two_sides_own() -> None:
    """ "a joint declaration signed in 1956 ended hostilities": whose, the question says (a blind review
    failed "the joint declaration that formally ended hostilities" as not self-contained)."""
    body = (
        "Russia calls the island Iturup; Japan calls it Etorofu.\n\n"
        "A joint declaration signed in 1956 formally ended hostilities, but no peace treaty followed."
    )
    asked = _build(body)
    # (Russia of 1956 is the Soviet Union)
    assert (
        "In what year did Japan and the Soviet Union sign the joint declaration that formally ended hostilities?"
        in asked
    )
    assert not any("was the joint declaration" in p for p in asked), asked


def test_a_document_with_its_parties_unsaid_loses_points() -> None:
    body = "A pact signed in 1956 formally ended hostilities, but no peace treaty followed the pact."
    assert not any("pact" in p for p in _build(body))


def test_the_territorys_islands_opening_a_passive_are_the_territory_by_its_name() -> None:
    """ "The four disputed islands, known as …, were occupied by Soviet troops in 1945 and are …": the
    islands are the article's one territory, and the second predicate is left out."""
    body = (
        "Etorofu, Kunashiri, Shikotan and the Habomai islets lie off Hokkaido.\n\n"
        "The four rocky islands, called one thing in Tokyo and another in Moscow, were occupied by Soviet "
        "troops in 1945 and are still under Russian control."
    )
    asked = _build(body)
    assert "In what year were the Northern Territories occupied by Soviet troops?" in asked, asked


def test_a_chain_acted_on_after_its_name_takes_the() -> None:
    """ "the group of islands in the Kurile chain taken by …": "take the Kurile chain", never "take Kurile
    chain" (a chain or a strip takes "the" as a plural name does)."""
    body = (
        "Syldavia and Ruritania both claim the Kurile chain.\n\n"
        "At issue are the group of islands in the Kurile chain taken by Syldavia in 1931."
    )
    asked = _build(body)
    assert "In what year did Syldavia take the Kurile chain?" in asked, asked


def test_two_of_the_territorys_islands_opening_a_passive_are_not_the_territory() -> None:
    body = (
        "Etorofu, Kunashiri, Shikotan and the Habomai islets lie off Hokkaido.\n\n"
        "The two smaller islands were occupied by Soviet troops in 1945 and are still under Russian control."
    )
    assert not any("Northern Territories" in p for p in _build(body))


def test_an_aside_in_commas_inside_a_clause_that_goes_on_is_left_out_not_cut_at() -> None:
    assert clauses.simplify("a deal to decide whether the claim, which includes two reefs, should go to court") == (
        "a deal to decide whether the claim should go to court"
    )
    assert clauses.simplify("a deal on the reef, which Borduria rejected") == "a deal on the reef"


def test_its_beside_two_doers_loses_points() -> None:
    body = (
        "In December 2008, Ruritania and Borduria signed a deal that its people could vote on Shikotan.\n\n"
        "In May 2009, Ruritania and Borduria signed a treaty on fishing rights around Shikotan."
    )
    asked = _build(body)
    assert "In what year did Ruritania and Borduria sign a treaty on fishing rights around Shikotan?" in asked, asked
    assert not any("its people" in p for p in asked), asked


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (  # a change of status is an act of the territory's history
            "Norvik became an overseas province of Ruritania in 1977.",
            "1977",
            "In what year did Norvik become an overseas province of Ruritania?",
        ),
        ("Norvik became independent in 1962.", "1962", "In what year did Norvik become independent?"),
        (  # an aside in dashes after the subject is left out, as one in commas is
            "Norvik — the largest of three atolls in the Borduria Sea — became part of Ruritania in 1904.",
            "1904",
            "In what year did Norvik become part of Ruritania?",
        ),
        (  # a named body after an opening year with no comma
            "In 1979 the General Assembly condemned the vote on the atoll.",
            "1979",
            "In what year did the General Assembly condemn the vote on the atoll?",
        ),
    ],
)
def test_a_change_of_status_and_a_bodys_condemnation_are_dated_acts(sentence: str, date: str, asked: str) -> None:
    at = sentence.index(date)
    assert clauses.ask_year(sentence, (at, at + len(date))) == asked


def test_an_office_taken_is_not_a_dated_act() -> None:
    """ "became prime minister in 2012" is a head of government's title, not the territory's history."""
    sentence = "Lars Halvorsen became prime minister of Ruritania in 2012."
    assert clauses.ask_year(sentence, (sentence.index("2012"), sentence.index("2012") + 4)) is None


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (  # "he" is the person the main clause names, titles left out
            "In 2009, former Ruritanian President Lars Halvorsen angered Borduria when he landed on the atoll.",
            "2009",
            "In what year did Lars Halvorsen land on the atoll?",
        ),
        (  # "it" is the state the main clause names
            "In 1988, Ruritania surprised Borduria when it withdrew its garrison from the atoll.",
            "1988",
            "In what year did Ruritania withdraw its garrison from the atoll?",
        ),
    ],
)
def test_an_opening_date_dates_the_when_clause_whose_pronoun_is_the_subject(
    sentence: str, date: str, asked: str
) -> None:
    assert _year_asked(sentence, date) == asked


def test_a_when_clause_whose_pronoun_has_no_named_subject_is_not_restated() -> None:
    sentence = "In 2009, the minister angered Borduria when he landed on the atoll."
    assert _year_asked(sentence, "2009") is None


def test_the_islands_of_an_article_that_names_none_are_the_ones_its_two_countries_dispute() -> None:
    """An article on "four islands seized by Soviet forces" that never names them: "visited the
    islands" is asked as the islands Japan and Russia dispute, not as a bare "the islands"."""
    body = (
        "Japan and Russia never signed a peace treaty, leaving a dispute over four islands seized by Soviet "
        "forces at the end of the war.\n\n"
        "In 2009, former Russian President Lars Halvorsen angered Japan when he visited the islands.\n\n"
        "Japan says the islands are its own; Russia says they are Russian."
    )
    asked = _build(body)
    assert "In what year did Lars Halvorsen visit the islands disputed by Japan and Russia?" in asked, asked


def test_a_pact_broken_is_a_dated_act_and_a_setting_before_the_date_is_left_out() -> None:
    sentence = "As the war drew to a close, on May 2, 1917, Borduria broke its trade pact with Ruritania."
    assert _year_asked(sentence, "May 2, 1917") == "In what year did Borduria break its trade pact with Ruritania?"
    plain = "In 1917, Borduria broke the news to Ruritania."
    assert clauses.ask_year(plain, (3, 7)) is None  # breaking news is no act of a dispute


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "Borduria gave away Ember Island to Ruritania in 1917 and the Senate says there is no question of "
            "getting it back.",
            "In what year did Borduria give away Ember Island to Ruritania?",
        ),
        (
            "In 1917, Borduria gave Ember Island to Ruritania.",
            "In what year did Borduria give Ember Island to Ruritania?",
        ),
        (
            "Borduria gave up its claim to Ember Island in 1917.",
            "In what year did Borduria give up its claim to Ember Island?",
        ),
        ("In 1917, King Otto gave a speech on Ember Island.", None),  # a speech is no act of the dispute
        ("In 1917, Borduria gave Ruritania a warning over Ember Island.", None),
        # a discovery by an explorer is colonial background (both blind reviewers of sets 104-105)
        ("In 1917, Jan Holm discovered Ember Island.", None),
    ],
)
def test_a_territory_or_a_claim_given_away_is_a_dated_act(sentence: str, asked: str | None) -> None:
    assert _year_asked_as_written(sentence) == asked


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # the date sits in the first act: the second may have come years later
        (
            "Bordurian troops took Ember Island in 1917 and expelled all the residents.",
            "In what year did Bordurian troops take Ember Island?",
        ),
        # the date after both acts dates both
        (
            "King Otto visited Ruritania and signed the Ember communique in 1917.",
            "In what year did King Otto visit Ruritania and sign the Ember communique?",
        ),
        # a second statement with a subject of its own
        (
            "Borduria seized Ember Island in 1917 and Ruritania protested.",
            "In what year did Borduria seize Ember Island?",
        ),
        # the act after a first verb and its short object ("crossed the desert and invaded …")
        (
            "Bordurian tanks crossed the desert and invaded Ember Island in 1917.",
            "In what year did Bordurian tanks invade Ember Island?",
        ),
    ],
)
def test_a_second_act_after_the_date_is_left_out_of_the_year_question(sentence: str, asked: str) -> None:
    assert _year_asked_as_written(sentence) == asked


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "In 1917, then Prime Minister Jan Holm and Otto Brand signed the Ember accord.",
            "In what year did Prime Minister Jan Holm and Otto Brand sign the Ember accord?",
        ),
        (
            "In 1917, then-President Jan Holm visited Ember Island.",
            "In what year did President Jan Holm visit Ember Island?",
        ),
        (
            "Former President Jan Holm visited Ember Island in 1917.",
            "In what year did President Jan Holm visit Ember Island?",
        ),
        ("Then the army seized Ember Island in 1917.", None),  # narration, no subject named
    ],
)
def test_then_or_former_before_a_title_is_left_out_of_the_subject(sentence: str, asked: str | None) -> None:
    assert _year_asked_as_written(sentence) == asked


def test_a_place_name_written_with_lower_case_islands_is_shown_as_a_proper_name() -> None:
    from studyapp.pipeline.text import the_name

    assert the_name("Ember islands") == "the Ember Islands"
    assert the_name("southern Ember islands") == "the southern Ember Islands"
    assert the_name("Ashby") == "Ashby"


def test_a_pact_with_the_former_soviet_union_is_asked_of_the_soviet_union_and_their_people_are_named() -> None:
    body = (
        "Japan and Russia both claim Shikotan and Etorofu.\n\n"
        "Japan and the former Soviet Union agreed in 1964 to let Japanese fishermen dry their nets on Shikotan."
    )
    asked = _build(body)
    assert (
        "In what year did Japan and the Soviet Union agree to let Japanese fishermen dry their nets on Shikotan?"
        in (asked)
    ), asked
