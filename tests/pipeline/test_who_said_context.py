"""Who-said and position questions keep what the words need: the speaker's own name for the place
inside his words, a time the question can give, a stance rather than a plan or a kindness, wrong
choices of the right era and side, and the part of a chain that is in dispute.

Every sentence here is invented; none is from the course's articles."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline.build import BuildReport, build_from_sources
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.pipeline.reported_words import backshift

KURIL_FISHERMEN = "Fishermen from Shikotan and Etorofu met on Monday to talk about catch limits and new boats.\n\n"

# Five analysts on one dispute, three Russian and two Japanese: the wrong choices of who-said questions
KURIL_VOICES = (
    "Analyst Ivan Petrov argued that Moscow would never return Etorofu to anyone.\n\n"
    "Analyst Oleg Smirnov argued that Shikotan could be handed over after a peace treaty.\n\n"
    "Professor Hiroshi Tanaka argued that Tokyo would accept two of the islands first.\n\n"
    "Professor Kenji Watanabe argued that Etorofu must come back to Japan in full.\n\n"
    "Analyst Dmitri Volkov argued that the Kuril garrison on Etorofu would grow every year."
)


def source(sid: str, body: str, title: str = "Islands in dispute", date: str = "2019-06") -> Source:
    meta = SourceMeta(title=title, author="Jane Roe", publisher="Test Gazette", date=date)
    return Source(id=sid, path=f"{sid}.txt", text=f"{title}\n\n{body}\n", meta=meta)


def build(*sources: Source) -> tuple[Bank, BuildReport]:
    bank, report = build_from_sources(list(sources))
    assert check_bank(bank) == []
    return bank, report


def asked_of(bank: Bank, person: str) -> list[str]:
    return [q.prompt for q in bank.questions if q.answer == person]


def test_the_territory_inside_a_quotation_is_named_the_speakers_way() -> None:
    """ "[the Northern Territories / Southern Kurils]" inside a Japanese minister's own words reads as
    nobody speaks; his side's name is what he would say."""
    body = KURIL_FISHERMEN + (
        "“The sovereignty of the territory will never be traded for money,” Japanese Foreign Minister "
        "Kenji Hoshino said on Tuesday.\n\n"
        "Professor Lena Ortiz argued that fishing quotas near Shikotan should be shared by both sides."
    )
    bank, report = build(source("w1", body, title="Fishing talks"))
    hoshino = asked_of(bank, "Kenji Hoshino")
    assert hoshino, report.lines()
    assert all("[the Northern Territories]" in p for p in hoshino), hoshino
    assert not any(" / " in p for p in hoshino), hoshino


@pytest.mark.parametrize(
    "said",
    [
        "Mr. Sorokin at the time described Shikotan as “a fortress of our country”.",
        "Analyst Pavel Sorokin said at the time that Shikotan would stay a military outpost for decades.",
    ],
)
def test_words_said_at_the_time_without_a_year_are_not_asked(said: str) -> None:
    """ "Mr. Medvedev at the time described the islands as …": when is lost once the sentence is cut."""
    body = KURIL_FISHERMEN + (
        f"{said}\n\nAnalyst Pavel Sorokin argued that Etorofu would need a new airport before any talks with Japan."
    )
    bank, report = build(source("w3", body, title="Fishing talks"))
    sorokin = asked_of(bank, "Pavel Sorokin")
    assert not any("fortress" in p or "outpost" in p for p in sorokin), sorokin
    assert any("airport" in p for p in sorokin), (sorokin, report.lines())


@pytest.mark.parametrize(
    ("words", "gone"),
    [
        # the speaker's own plan to go and see
        (
            "“I have been considering inspecting the islands of Shikotan and Etorofu,” Prime Minister "
            "Kenji Hoshino told reporters.",
            "inspecting",
        ),
        # "the former island residents" are people, not the dispute
        (
            "Prime Minister Kenji Hoshino said that something has to be done for the former island residents "
            "who are elderly.",
            "residents",
        ),
    ],
)
def test_words_that_are_no_stance_are_not_asked_beside_a_stance(words: str, gone: str) -> None:
    body = KURIL_FISHERMEN + (
        f"{words}\n\n“The sovereignty of Shikotan will never be traded for money,” Prime Minister "
        "Kenji Hoshino said on Tuesday."
    )
    bank, report = build(source("w2", body, title="Fishing talks"))
    hoshino = asked_of(bank, "Kenji Hoshino")
    assert not any(gone in p for p in hoshino), hoshino
    assert any("traded for money" in p for p in hoshino), (hoshino, report.lines())  # a stance still is


def test_island_people_are_told_apart_from_the_islands() -> None:
    from studyapp.pipeline.questions.people_questions import _ISLAND_PEOPLE

    assert _ISLAND_PEOPLE.search("something has to be done for the former island residents who are elderly")
    assert _ISLAND_PEOPLE.search("help for island communities")
    assert not _ISLAND_PEOPLE.search("the island is part of Japan's territory")


def test_an_aside_on_a_place_is_left_out_of_reported_words() -> None:
    body = KURIL_FISHERMEN + (
        "Analyst Pavel Sorokin argued that developing Shikotan, which Japan claims as its own, would not "
        "settle the dispute but would help relations.\n\n"
        "Professor Lena Ortiz argued that fishing quotas near Shikotan should be shared by both sides."
    )
    bank, report = build(source("w5", body, title="Fishing talks"))
    sorokin = asked_of(bank, "Pavel Sorokin")
    assert any("developing Shikotan would not settle" in p for p in sorokin), (sorokin, report.lines())
    assert not any("which Japan claims" in p for p in sorokin), sorokin


def test_wrong_choices_are_not_of_the_side_the_words_face_nor_of_unknown_era() -> None:
    """ "its territorial dispute with Japan": no Japanese said it, so no Japanese name is a choice; a
    person whom only undated articles quote may be of any era, so he is no choice beside a dated remark."""
    from studyapp.pipeline.questions.view_questions import _COUNTERPART

    assert _COUNTERPART.findall("its four-decade territorial dispute with Japan") == ["Japan"]
    voices = KURIL_VOICES
    # a minister's words: asked who said them (an analyst's would be asked what he said)
    speech = (
        "Soviet Foreign Minister Sergei Morozov argued on Tuesday that his government was willing to negotiate "
        "about its territorial dispute with Japan over Shikotan."
    )
    undated = SourceMeta(title="Voices", author="unknown", publisher="unknown", date="unknown")
    bank, report = build(
        source("w6", KURIL_FISHERMEN + speech, title="Talks", date="1990-09"),
        source("w7", voices, title="Kuril voices", date="1995-01"),
        Source(
            id="w8",
            path="w8.txt",
            text="Voices\n\nAnalyst Rob Vance argued that Shikotan would be a fine harbour for NATO ships.\n",
            meta=undated,
        ),
    )
    mc = [q for q in bank.questions if q.answer == "Sergei Morozov" and q.format == "mc"]
    assert mc, report.lines()
    # typed, "his government" would take any of his colleagues (a blind review failed it)
    assert not [q for q in bank.questions if q.answer == "Sergei Morozov" and q.format == "typed"]
    choices = set(mc[0].choices or [])
    assert not choices & {"Hiroshi Tanaka", "Kenji Watanabe"}, choices
    assert "Rob Vance" not in choices, choices


def test_a_countrys_position_on_the_whole_chain_is_on_the_part_in_dispute() -> None:
    """Japan disputes the southern islands, not the whole Kuril chain (a blind review failed
    "Which country does not recognize Russia's sovereignty over the Kuril Islands?" as untrue)."""
    body = (
        "Russia named five small islands of the Kuril chain after war heroes on Saturday.\n\n"
        "Japan, South Korea, the United States and China watched the talks closely.\n\n"
        "The problem of sovereignty over Shikotan and Etorofu remains the main obstacle to a treaty.\n\n"
        "Tokyo does not recognize Russia's sovereignty over the Kuril Islands."
    )
    bank, report = build(source("w9", body, title="Names for islands"))
    asked = [q.prompt for q in bank.questions if q.kind == "country_stance"]
    assert asked, report.lines()
    assert all("Northern Territories / Southern Kurils" in p and "Kuril Islands" not in p for p in asked), asked


def test_a_claim_said_to_rest_on_treaties_is_both_sides_claim() -> None:
    """Each side says treaties back its claim, so "Which country believes its claims … are supported
    by international treaties?" has two answers."""
    body = KURIL_FISHERMEN + "Russia believes its claims to Shikotan are supported by international treaties."
    bank, report = build(source("w10", body, title="Treaties"))
    assert not [q for q in bank.questions if q.kind == "country_stance"], report.lines()


def test_a_landform_named_before_is_named_in_the_question() -> None:
    body = (
        "Cameroon and Nigeria fought for years over the oil-rich Bakassi Peninsula in the Gulf of Guinea.\n\n"
        "Nigeria agreed to withdraw its 3,000 troops from the peninsula by the end of the year."
    )
    bank, report = build(source("w11", body, title="Handover"))
    counts = [q.prompt for q in bank.questions if q.answer == "3,000"]
    assert counts, report.lines()
    assert all("the Bakassi Peninsula" in p for p in counts), counts


def test_a_capital_that_acts_is_its_country_in_a_date_question() -> None:
    body = (
        "Cameroon and Nigeria fought for years over the oil-rich Bakassi Peninsula in the Gulf of Guinea.\n\n"
        "Yaounde took Abuja to the International Court of Justice in 1994 over the peninsula."
    )
    bank, report = build(source("w12", body, title="Handover", date="2006-08"))
    dated = [q.prompt for q in bank.questions if q.answer == "1994"]
    assert dated, report.lines()
    assert all("Cameroon take Nigeria" in p for p in dated), dated


def test_a_news_conference_is_no_occasion_that_tells_one_officials_standing_line_from_anothers() -> None:
    """Every minister gives his government's line at news conferences (both blind reviewers of sets
    94-95 failed "Who said at a news conference in Tokyo that … integral part of Japanese territory?");
    an interview with a named outlet is an occasion."""
    routine = KURIL_FISHERMEN + (
        "Foreign Minister Ivan Petrov said at a news conference in Moscow that Russia's sovereignty over "
        "Shikotan cannot be questioned."
    )
    bank, report = build(source("w13b", routine, title="Fishing talks"))
    assert not [q for q in bank.questions if q.answer == "Ivan Petrov"], report.lines()
    named = routine.replace("at a news conference in Moscow", "in an interview with Radio Volga")
    bank, report = build(source("w13c", named, title="Fishing talks"))
    typed = [q.prompt for q in bank.questions if q.answer == "Ivan Petrov" and q.format == "typed"]
    assert typed and "in an interview with Radio Volga" in typed[0], report.lines()


def test_a_reporters_closing_aside_is_no_part_of_a_reported_view() -> None:
    body = KURIL_FISHERMEN + (
        "Analyst Vera Holm said on Tuesday that Russia would never hand over Shikotan, which has been "
        "claimed by Japan since 1945."
    )
    bank, report = build(source("w13d", body, title="Fishing talks"))
    asked = [q.prompt for q in bank.questions if q.answer == "Vera Holm" or "Vera Holm" in q.prompt]
    assert asked, report.lines()
    assert all("claimed by Japan" not in p for p in asked), asked


@pytest.mark.parametrize(
    ("said", "leaning"),
    [
        # "the transfer", with nothing said of what is transferred
        (
            "Ivo Brandt, Ruritania's consul general in the port of Velka, told Radio Volga that the transfer "
            "will improve ties between Moscow and Tokyo.",
            "the transfer",
        ),
        # "both countries" left as written
        (
            "President Ivo Brandt said on Tuesday that a dispute over an island chain has stopped both countries "
            "from signing a peace treaty.",
            "both countries",
        ),
        # one item of a list the sentence before gave (all four blind reviewers of session 23 flagged it)
        (
            "President Ivo Brandt said on Tuesday that one potential area of development would be the "
            "modernisation of the airport on Shikotan.",
            "one potential area",
        ),
    ],
)
def test_words_left_leaning_on_another_sentence_are_not_asked(said: str, leaning: str) -> None:
    body = KURIL_FISHERMEN + (
        f"{said}\n\n"
        "Analyst Vera Holm said on Tuesday that Russia would never hand over Shikotan.\n\n"
        "Analyst Omar Haddad said that Moscow might return Shikotan before a treaty."
    )
    bank, report = build(source("w13e", body, title="Fishing talks"))
    assert not [q for q in bank.questions if leaning in q.prompt], report.lines()
    assert [q for q in bank.questions if q.answer == "Vera Holm"], report.lines()


def test_an_officials_standing_line_is_not_asked_typed_without_a_time_or_occasion() -> None:
    """ "Who argued that there is no territorial dispute?" typed fits every minister of that government
    who said it (a blind review of the course failed it); with the day it was said, it is asked."""
    undated = KURIL_FISHERMEN + (
        "Foreign Minister Ivan Petrov said that Russia's sovereignty over Shikotan cannot be questioned."
    )
    bank, report = build(source("w13", undated, title="Fishing talks"))
    assert not [q for q in bank.questions if q.answer == "Ivan Petrov" and q.format == "typed"], report.lines()
    assert any("who-said of an official's standing line with no time or occasion" in r for r in report.dropped)
    dated = undated.replace("Petrov said that", "Petrov said on Tuesday that")
    bank, report = build(source("w14", dated, title="Fishing talks"))
    typed = [q.prompt for q in bank.questions if q.answer == "Ivan Petrov" and q.format == "typed"]
    assert typed == ["Who said in 2019 that Russia's sovereignty over Shikotan could not be questioned?"], (
        report.lines()
    )


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("Russian leaders will keep visiting Shikotan", "Russian leaders would keep visiting Shikotan"),
        ("Russia won't hand Shikotan over to Japan before a peace treaty", "Russia wouldn't hand Shikotan over"),
        ("Tokyo can never accept the loss of Shikotan", "Tokyo could never accept the loss of Shikotan"),
        (
            "Shikotan will remain Russian because of the political will of Moscow",
            "would remain Russian because of the political will of Moscow",
        ),
    ],
)
def test_words_reported_from_a_past_year_are_put_in_reported_speech(said: str, asked: str) -> None:
    """ "Who said in 2012 that top Russian leaders will continue to visit …?" reads as if the reporter
    said it today; after a past time a teacher writes "would" (a blind review failed the first)."""
    body = KURIL_FISHERMEN + f"Foreign Minister Ivan Petrov said on Tuesday that {said}."
    bank, report = build(source("w14b", body, title="Fishing talks"))
    prompts = [q.prompt for q in bank.questions if q.answer == "Ivan Petrov"]
    assert prompts and all(asked in p for p in prompts), (prompts, report.lines())


def test_reported_speech_keeps_quoted_words_and_the_noun_will() -> None:
    assert backshift("he said “we will never give up” and Russia will not yield") == (
        "he said “we will never give up” and Russia would not yield"
    )
    assert backshift("the will of the people can change") == "the will of the people could change"


# Three analysts' reported views on the Imia Islets: other people's words to choose from
THREE_ANALYSTS = (
    "Analyst Hugo Marsh said that the Imia Islets talks would stall until the 2027 election.\n\n"
    "Analyst Ines Vidal said that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
    "Analyst Omar Haddad said that the Imia Islets drills were aimed at Ankara and at Athens.\n\n"
)


def test_a_commentators_quotation_is_asked_as_what_he_said_among_reported_views() -> None:
    """One quotation among reported views: "What did X say?" offers it as reported speech beside the
    others' views, and "Who said …?" of an analyst is not asked beside it (the brief asks first where
    an expert stands; blind reviews flagged the attribution as trivia)."""
    body = THREE_ANALYSTS + (
        "\u201cIt's naive to think that tourism will settle the Imia Islets quarrel,\u201d said analyst Cy Park."
    )
    bank, report = build(source("w11", body, title="The Imia Islets"))
    park = [q for q in bank.questions if "Cy Park" in q.prompt or q.answer == "Cy Park"]
    assert park, report.lines()
    assert all(q.prompt.startswith("What did") for q in park), [q.prompt for q in park]
    what = park[0]
    assert what.answer == "That it's naive to think that tourism will settle the Imia Islets quarrel"
    assert what.choices is not None and all(c.startswith("That ") for c in what.choices)
    assert report.dropped["expert_view: who-said of a commentator's quotation (trivia)"]


def test_words_naming_nothing_of_the_dispute_are_no_wrong_choice_of_what_a_commentator_said() -> None:
    """ "Athens is keen to attract Turkish tourists" contradicts no stance on the islets and may be the
    speaker's view too (blind reviewers of the course failed or doubted a what-said for such a choice)."""
    body = THREE_ANALYSTS + (
        "Analyst Lena Ross said that Athens is keen to attract Turkish tourists to its Aegean resorts.\n\n"
        "\u201cIt's naive to think that tourism will settle the Imia Islets quarrel,\u201d said analyst Cy Park."
    )
    bank, report = build(source("w13", body, title="The Imia Islets"))
    what = next((q for q in bank.questions if q.prompt.startswith("What did") and "Cy Park" in q.prompt), None)
    assert what is not None, report.lines()
    assert what.choices is not None and not any("tourists" in c for c in what.choices), what.choices


def test_an_officials_words_are_still_asked_who_said_them() -> None:
    body = THREE_ANALYSTS + (
        "Greek Foreign Minister Nikos Dendias said on Tuesday that the Imia Islets are Greek and will stay Greek."
    )
    bank, report = build(source("w12", body, title="The Imia Islets"))
    assert [q for q in bank.questions if q.answer == "Nikos Dendias" and q.prompt.startswith("Who")], report.lines()
    assert not [q for q in bank.questions if q.prompt.startswith("What did") and "Dendias" in q.prompt]


@pytest.mark.parametrize(
    ("quote", "reported"),
    [
        ("It's too early to expect a deal on the reef", "That it's too early to expect a deal on the reef"),
        ("The talks will fail without a new map.", "That the talks will fail without a new map"),
        ("Manila will never give up the reef", None),  # a name keeps its capital: not reported
        ("We will never give up the reef", None),  # first person
    ],
)
def test_a_whole_quotation_as_reported_speech(quote: str, reported: str | None) -> None:
    from studyapp.pipeline.reported_words import reported_quote

    assert reported_quote(quote) == reported


def test_a_reported_sentence_opening_with_a_common_word_is_lowered_after_that() -> None:
    """ "One option would be …, he said" is asked "Who said that one option would be …?" (a blind review
    failed "Who said that One …?"); a name keeps its capital."""
    from studyapp.pipeline.reported_words import lower_opening

    text = "Talks went on. One option would be a new ferry to the reef, he said."
    assert lower_opening("One option would be a new ferry to the reef", text).startswith("one option")
    assert lower_opening("Harbor Corp would build a new pier", text) == "Harbor Corp would build a new pier"
    # a word the article writes in lower case elsewhere is a common word too
    assert lower_opening("Fishing is the reef's only trade", "Fishing rights ... fishing boats").startswith("fishing")


@pytest.mark.parametrize(
    "words",
    [
        "I have heard that the reef is beautiful, but unfortunately I have never been there",
        "The Imia Islets are ours, and I will definitely go there next year",
        "We have already been to the reef twice this year",
    ],
)
def test_a_speakers_own_visits_are_no_stance(words: str) -> None:
    body = THREE_ANALYSTS + (
        f"\u201c{words.replace('the reef', 'the Imia Islets')},\u201d "
        "Greek Prime Minister Kostas Pappas said on Tuesday."
    )
    bank, report = build(source("w13", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Kostas Pappas"], [q.prompt for q in bank.questions]
    assert any("own plan to go and see" in r for r in report.dropped)


def test_an_apostrophe_inside_a_word_does_not_close_a_quotation() -> None:
    from studyapp.pipeline.people import find_views

    text = (
        "Leaving the capital, Prime Minister Kostas Pappas declared: \u201cI hope that Ankara doesn\u2019t spoil "
        "the talks on the Imia Islets.\u201d"
    )
    views = [v.view.text for v in find_views(text)]
    assert views == ["I hope that Ankara doesn\u2019t spoil the talks on the Imia Islets."], views


def test_a_territory_spelt_out_in_brackets_is_the_speakers_own_name() -> None:
    """ "Tokyo says they are its Northern Territories. 'Japan has been too rigid about the islands,' the
    Russian president said": Japan's name is not put in a Russian president's mouth."""
    body = (
        "Russian President Boris Yeltsin postponed his visit to Tokyo over the dispute. Moscow calls the "
        "islands the southern Kuriles; Tokyo says they are its Northern Territories. \u201cJapan has been too "
        "categoric about the islands,\u201d Boris Yeltsin said on Thursday.\n\n"
        "Analyst Ivan Petrov argued that Moscow would never return Etorofu to anyone.\n\n"
        "Professor Hiroshi Tanaka argued that Tokyo would accept two of the islands first.\n\n"
        "Analyst Oleg Smirnov argued that Shikotan could be handed over after a peace treaty."
    )
    bank, report = build(source("w14", body, title="Yeltsin stays away", date="1992-09"))
    asked = [q.prompt for q in bank.questions if q.answer == "Boris Yeltsin"]
    assert asked, report.lines()
    assert all("Northern Territories" not in p for p in asked), asked


def test_an_officials_announcement_of_his_own_governments_act_is_not_asked_who_said_it() -> None:
    """ "Japan would temporarily recall its ambassador": the recall is the fact (a blind review failed
    "Who said … that Japan would recall its ambassador?" as trivia)."""
    body = KURIL_FISHERMEN + (
        "Analyst Ines Vidal said that Tokyo would never give up its claim to Etorofu.\n\n"
        "Analyst Omar Haddad said that Moscow might return Shikotan before a treaty.\n\n"
        "Analyst Cy Park said that the fishing deal around Shikotan would outlast the row.\n\n"
        "Japanese Foreign Minister Kenji Hoshino said on Monday that {act} over a row about Shikotan."
    )
    for act, asked in (
        ("Japan would temporarily recall its ambassador to Moscow", False),
        ("Japanese experts will carry out a survey of Etorofu", False),  # his side's people, the same
        ("Moscow had no right to keep Shikotan", True),  # a stance of his own is still asked
    ):
        bank, report = build(source("w20", body.format(act=act), title="Fishing talks"))
        assert bool(asked_of(bank, "Kenji Hoshino")) == asked, (act, report.lines())
        announced = report.dropped["expert_view: an official announcing his own government's act (the act is the fact)"]
        assert bool(announced) != asked, (act, report.lines())


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        # whom his government sent, in the passive (both blind reviewers of sets 264-265 failed it)
        (
            "Syldavian Foreign Minister Kenji Hoshino told reporters today that foreign ministry officials have "
            "been dispatched to Geneva to seek Swiss help in resolving the claims to Shikotan.",
            "an official announcing his own government's act (the act is the fact)",
        ),
        # what a body is made of: a description, not a stance
        (
            "For his part, Kenji Hoshino said that the Union of Shikotan Islanders comprised former residents "
            "of Etorofu and Shikotan.",
            "the words say what a body is made of: a description, not a stance",
        ),
        # his government's view: the prime minister or the spokesman gives the same (both, sets 276-277)
        (
            "Japanese Foreign Minister Kenji Hoshino said on Tuesday that the Japanese government regards the "
            "visa-free exchanges with Shikotan as highly significant, and hopes that they would help settle the row.",
            "who-said of an official giving his government's view: any of its officials fits",
        ),
        # the head of a ministry department is an official, whose line on better relations any official gives
        # (both failed it on sets 270-271, then a reviewer of the session-25 late rules flagged it as name recall)
        (
            "Kenji Hoshino, head of a Foreign Ministry department that oversees relations with Russia, said that "
            "the fishing deal near Shikotan could serve as a symbol of better relations between the two countries.",
            None,
        ),
    ],
)
def test_words_that_report_an_act_describe_a_body_or_give_a_government_line_are_no_stance(
    words: str, reason: str | None
) -> None:
    body = KURIL_FISHERMEN + KURIL_VOICES + "\n\n" + words
    bank, report = build(source("w21", body, title="Fishing talks"))
    assert not asked_of(bank, "Kenji Hoshino"), report.lines()
    if reason is not None:
        assert report.dropped[f"expert_view: {reason}"], report.lines()


def test_the_territorial_dispute_is_named_by_its_sides_where_the_article_names_only_the_chain() -> None:
    """ "… a compromise will be found on the territorial dispute": between whom, when the article names only the
    whole Kurile chain (a blind reviewer of the session-25 pooled sample failed the dispute unnamed)."""
    body = (
        "Japanese Prime Minister Kenji Hoshino will meet Russian President Ivo Brandt in Sochi to deepen ties.\n\n"
        "Tokyo-Moscow relations have been hampered for decades by a dispute over the Kurile Islands.\n\n"
        "Analyst Ivan Petrov argued that Moscow would never return the Kurile Islands to anyone.\n\n"
        "Analyst Oleg Smirnov argued that the Kurile Islands could be shared after a peace treaty.\n\n"
        "Professor Hiroshi Tanaka argued that Tokyo would accept a partial return of the Kurile Islands first.\n\n"
        'Still, Brandt said during a public phone-in last month that he thinks "a compromise could be found at '
        'some point -- and it will be found" on the territorial dispute.'
    )
    bank, report = build(source("w25", body, title="Brandt to discuss Kurile dispute", date="2016-05"))
    asked = asked_of(bank, "Ivo Brandt")
    assert asked, report.lines()
    assert all("on the territorial dispute between Japan and Russia" in p for p in asked), asked


def test_a_digests_citation_of_its_source_is_no_part_of_the_words() -> None:
    """ "… better relations between the two countries (Itar-Tass, October 1)": the citation goes (both blind
    reviewers of sets 270-271 failed it pasted into the who-said)."""
    body = (
        KURIL_FISHERMEN
        + KURIL_VOICES
        + "\n\nAnalyst Kenji Hoshino said that Moscow would never give Shikotan back to Tokyo (Itar-Tass, October 1)."
    )
    bank, report = build(source("w22", body, title="Fishing talks"))
    asked = asked_of(bank, "Kenji Hoshino")
    assert asked, report.lines()
    assert not any("Itar-Tass" in p for p in asked), asked


def test_a_commentators_quotation_is_not_asked_who_said_it_even_when_what_he_said_cannot_be_asked() -> None:
    """Two other voices are too few wrong choices for "What did X say?"; "Who said, '…'?" alone only
    matches a professor's words to his name (both blind reviewers of sets 64-65 flagged it). The
    others' reported views are still asked who argued them: that asks a position."""
    body = (
        "“Athens may not budge, but Ankara just has to hold to its claim on the Imia Islets,” said Cy Park, "
        "a professor at the University of Leeds.\n\n"
        "Professor Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
        "Analyst Hugo Marsh argued that the Imia Islets talks would stall until the next election."
    )
    bank, report = build(source("w13", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if "Cy Park" in f"{q.prompt} {q.answer}"], report.lines()
    assert report.dropped["expert_view: who-said of a commentator's quotation (trivia)"]
    assert [q for q in bank.questions if q.answer == "Ines Vidal" and q.prompt.startswith("Who argued")]


def test_a_speakers_reported_words_name_the_territory_his_sides_way() -> None:
    """ "the islands" in a Russian minister's reported words, after a paragraph on the Northern
    Territories: a reporter gives his words with Russia's name (blind reviewers failed Japan's name
    put in a Russian minister's reported words)."""
    body = (
        "Japanese fishermen still cannot work freely in the waters off the Northern Territories.\n\n"
        "Russian Foreign Minister Pavel Sorokin said on Tuesday that senior Russian officials would keep "
        "visiting the islands every year.\n\n"
        "Professor Lena Ortiz argued that fishing quotas near Shikotan should be shared by both sides."
    )
    bank, report = build(source("w14", body, title="Fishing talks"))
    sorokin = asked_of(bank, "Pavel Sorokin")
    assert sorokin and all("keep visiting the Southern Kurils every year" in p for p in sorokin), (
        sorokin,
        report.lines(),
    )


@pytest.mark.parametrize(
    "words",
    [
        "Japan would never accept the protest from Moscow over the Habomai islets",  # which protest?
        "the complaint would not change who fishes off the Habomai islets",
    ],
)
def test_reported_words_on_a_protest_named_before_lean_on_that_sentence(words: str) -> None:
    body = (
        "Russia lodged a protest over Japanese patrol boats near the Habomai islets in May.\n\n"
        f"Japanese Foreign Minister Kenji Hoshino said at a news conference on Tuesday that {words}."
    )
    bank, report = build(source("w15", body, title="Fishing talks"))
    assert not asked_of(bank, "Kenji Hoshino"), report.lines()


def test_a_governments_announcement_is_no_wrong_choice_for_an_analysts_view() -> None:
    """ "That Russia will deploy new missiles to Iturup" beside an analyst's judgement reads as news, not
    a view: the key stands out (blind reviewers of sets 70-71 failed it). An official's judgement
    may still fill in."""
    body = (
        "Analyst Cy Park said that the gap between Tokyo and Moscow on the Kurils keeps growing every year.\n\n"
        "Professor Ines Vidal argued that fishing rights near the Kurils matter more to Hokkaido than sovereignty.\n\n"
        "Analyst Hugo Marsh argued that the Kurils talks would stall until the next election in Japan.\n\n"
        "Russian Defence Minister Pavel Sorokin said that Russia will deploy new missiles to Iturup next year.\n\n"
        "Russian Deputy Prime Minister Yuri Lebed said that Russia will open a new airport on Kunashir soon.\n\n"
        "Russian Foreign Minister Oleg Titov said on Monday that the Kurils question is a closed chapter of history."
    )
    bank, report = build(source("w16", body, title="Kuril voices"))
    park = [q for q in bank.questions if q.prompt.startswith("What did the analyst Cy Park")]
    assert park and park[0].choices is not None, report.lines()
    assert not [c for c in park[0].choices if " will " in c]
    assert [c for c in park[0].choices if "closed chapter" in c]


@pytest.mark.parametrize(
    ("tail", "asked"),
    [
        # his words as another body relayed them: pasted whole, they make no question (blind reviewers of
        # sets 74-75 failed "Who said that …, Japan's Foreign Ministry said in a statement?")
        (", Syldavia's Foreign Ministry said in a statement", False),
        (", Tass reported on Monday", False),
        # his own "he said" at the end is no relay
        ("", True),
    ],
)
def test_words_relayed_by_another_body_are_not_asked_as_his(tail: str, asked: bool) -> None:
    body = THREE_ANALYSTS + (
        f"Analyst Cy Park, in a meeting with envoys, said the Imia Islets talks must resume before the summer{tail}."
    )
    bank, report = build(source("w17", body, title="The Imia Islets"))
    assert bool([q for q in bank.questions if "Cy Park" in f"{q.prompt} {q.answer}"]) is asked, report.lines()


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # a minister's standing line with no time or occasion: any official of his government gives it
        # (both blind reviewers of sets 80-81 judged it a name attached to a line)
        ("Greek Economy Minister Nikos Petrou said that the Imia Islets would never be shared with anyone.", False),
        # the same with its occasion: said at a given time, it is his
        (
            "Greek Economy Minister Nikos Petrou said on Tuesday that the Imia Islets would never be shared with "
            "anyone.",
            True,
        ),
        # or with the month and year it was said in, which the question gives
        (
            "Greek Economy Minister Nikos Petrou said in May 2019 that the Imia Islets would never be shared with "
            "anyone.",
            True,
        ),
        # a head of government is the government: his line is asked
        ("Greek Prime Minister Nikos Petrou said that the Imia Islets would never be shared with anyone.", True),
    ],
)
def test_a_ministers_standing_line_needs_its_time_or_occasion(said: str, asked: bool) -> None:
    body = (
        THREE_ANALYSTS
        + said
        + "\n\nTurkish Prime Minister Ali Kaya said in 2018 that talks on the islets should resume."
    )
    bank, report = build(source("w18", body, title="The Imia Islets"))
    who = [q for q in bank.questions if q.answer == "Nikos Petrou" and q.format == "mc"]
    assert bool(who) is asked, report.lines()
    if "May 2019" in said:
        assert who[0].prompt.startswith("Who said in May 2019 that "), who[0].prompt


def test_a_leaders_wish_to_talk_is_not_asked_as_a_stance() -> None:
    """ "I want to exchange views on the peace treaty with President Kaya": a routine line before a
    summit (both blind reviewers of sets 86-87), and the other side's leader named rules out his side."""
    body = THREE_ANALYSTS + (
        "Greek Prime Minister Nikos Petrou will meet Turkish President Ali Kaya on the Imia Islets row.\n\n"
        "“I want to exchange views on the envisioned peace treaty and global issues with President Kaya,” "
        "Petrou said on Tuesday."
    )
    bank, report = build(source("w19", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Nikos Petrou"], report.lines()


def test_wrong_choices_are_full_names_in_the_keys_order() -> None:
    """ "Chair Shii" (a post and a family name) is no one's full name, and "Sato Masaru" beside "Taro Aso"
    mixes the two orders (a blind reviewer of sets 88-89 failed such a set of choices)."""
    from studyapp.pipeline.questions.view_questions import _one_name_order

    assert _one_name_order(["Sato Masaru", "Taro Aso", "Pavel Sorokin"], ["Taro Aso"], "Taro Aso") == [
        "Masaru Sato",
        "Taro Aso",
        "Pavel Sorokin",
    ]
    assert _one_name_order(["Masaru Sato", "Kishida Fumio"], ["Kishida Fumio"], "Kishida Fumio") == [
        "Sato Masaru",
        "Kishida Fumio",
    ]
    body = (
        "Japanese Communist Party Executive Committee Chair Shii Kazuo revealed a document on the Kurils.\n\n"
        "Shii said that Japan's policy on the Kurils had been run on a double track for years.\n\n"
        "Analyst Hugo Marsh said in 2019 that the Kurils talks would stall until the next election.\n\n"
        "Analyst Ines Vidal said in 2019 that the Kurils fishermen want joint patrols with Russia.\n\n"
        "Analyst Omar Haddad said in 2019 that the Kurils drills were aimed at Tokyo."
    )
    bank, _ = build(source("w20", body, title="Kuril voices"))
    assert not [c for q in bank.questions for c in q.choices or [] if c.startswith("Chair ")]


def test_words_that_use_one_sides_name_for_the_territory_have_no_choices_of_the_other_side() -> None:
    """ "the Southern Kuril issue" is Russia's word and "the Northern Territory issue" Japan's: no
    Japanese said the one, no Russian the other (both blind reviewers of sets 116-117 ruled such
    choices out at a glance). A name before a noun may drop its plural."""
    voices = KURIL_VOICES
    speech = (
        "Foreign Minister Sergei Morozov argued on Tuesday that the Southern Kurils would never be handed to anyone."
    )
    bank, report = build(
        source("w9", KURIL_FISHERMEN + speech, title="Talks", date="1995-03"),
        source("w10", voices, title="Kuril voices", date="1995-01"),
    )
    mc = [q for q in bank.questions if q.answer == "Sergei Morozov" and q.format == "mc"]
    assert mc, report.lines()
    assert not set(mc[0].choices or []) & {"Hiroshi Tanaka", "Kenji Watanabe"}, mc[0].choices
    from studyapp.pipeline.questions import QuestionWriter

    writer = QuestionWriter([], [])
    assert writer._sides_not_naming("I want to end the Northern Territory issue in my lifetime") == {"ru"}
    assert writer._sides_not_naming("the Kuril Islands are a fine place for fishing") == set()
    assert writer._sides_not_naming("the Northern Territories, or Southern Kurils, are in dispute") == set()


def test_some_of_the_islands_outside_a_quotation_are_the_islands_the_two_sides_dispute() -> None:
    """ "two of the islands of the Northern Territories / Southern Kurils" reads as a template's words
    (both blind reviewers of sets 112-113); outside a quotation they are "the islands disputed by …"."""
    body = KURIL_FISHERMEN + (
        "Japan and Russia have argued over Etorofu and Kunashiri for decades.\n\n"
        "Analyst Pavel Sorokin argued at the weekend that Moscow might soon return two of the islands."
    )
    bank, report = build(source("w11", body, title="An offer", date="2004-11-15"), source("w20", KURIL_VOICES))
    asked = asked_of(bank, "Pavel Sorokin")
    assert asked, report.lines()
    assert all("two of the islands disputed by Japan and Russia" in p for p in asked), asked


def test_words_an_outlet_reported_him_saying_are_not_asked_as_his() -> None:
    """ "Interfax news agency reported that Ishaev told the conference …", under a headline saying he
    denied it (both blind reviewers of sets 118-119 failed it as incorrect)."""
    body = KURIL_FISHERMEN + (
        "Harbour News agency reported that Governor Pavel Sorokin told the conference there were strong "
        "historical reasons for Russia to return Shikotan to Japan."
    )
    bank, report = build(source("w12", body, title="Sorokin denies favoring return", date="2001-03"))
    assert not asked_of(bank, "Pavel Sorokin"), report.lines()
    assert any("outlet reported" in reason for reason in report.dropped), report.dropped


def test_one_article_asks_who_said_of_one_person_once() -> None:
    """A second "Who said …?" of the same person from one article tests nothing new (both blind
    reviewers of sets 118-119 flagged it)."""
    body = KURIL_FISHERMEN + (
        "Foreign Minister Sergei Morozov argued on Tuesday that the Southern Kurils would never be handed "
        "to anyone.\n\nForeign Minister Sergei Morozov argued on Friday that Japan had no legal claim "
        "to Shikotan at all."
    )
    bank, _ = build(source("w13", body, title="Talks", date="1995-03"), source("w14", KURIL_VOICES, date="1995-01"))
    facts = {q.fact_id for q in bank.questions if q.answer == "Sergei Morozov" and q.id.endswith("-who")}
    assert len(facts) == 1, [q.prompt for q in bank.questions if q.answer == "Sergei Morozov"]


def test_the_islands_in_a_speakers_words_are_the_territory_not_the_whole_chain() -> None:
    """ "Russia's occupation of the islands", spelt out from "the Kuril Islands" just before, would claim
    the whole chain for Japan (a blind review of sets 120-121 failed it as misstating Japan's claim)."""
    body = KURIL_FISHERMEN + (
        "Russia plans new bases across the Kuril Islands, which stretch from Hokkaido to Kamchatka.\n\n"
        "Foreign Minister Kenji Hoshino said on Tuesday that Russia's occupation of the islands is illegal "
        "and must end."
    )
    bank, report = build(
        source("w15", body, title="Bases", date="2011-02"), source("w16", KURIL_VOICES, date="2011-01")
    )
    asked = asked_of(bank, "Kenji Hoshino")
    assert asked, report.lines()
    assert all("occupation of the Northern Territories" in p for p in asked), asked


def test_reported_words_on_a_position_of_nothing_named_lean_on_another_sentence() -> None:
    """ "Who stressed that the legal position is stipulated by the treaty?": on what? (both blind
    reviewers of sets 120-121 failed it as not self-contained)"""
    body = KURIL_FISHERMEN + (
        "Foreign Minister Sergei Morozov stressed on Tuesday that the legal position is stipulated by the "
        "San Francisco Peace Treaty."
    )
    bank, report = build(
        source("w17", body, title="Talks", date="2009-05"), source("w18", KURIL_VOICES, date="2009-01")
    )
    assert not asked_of(bank, "Sergei Morozov"), report.lines()


def test_a_minister_speaking_for_his_government_is_not_asked_typed() -> None:
    """ "Who suggested in 2004 that Moscow might return two of the islands?" typed, of a foreign minister:
    his president made the same offer, and "Putin" typed would be marked wrong (both blind reviewers of
    sets 112-113 failed it, twice)."""
    body = KURIL_FISHERMEN + (
        "Russia's Foreign Minister Sergei Morozov suggested at the weekend that Moscow might return Shikotan."
    )
    bank, report = build(source("w19", body, title="An offer", date="2004-11-15"))
    assert not [q for q in bank.questions if q.answer == "Sergei Morozov" and q.format == "typed"], report.lines()
    assert any("speaking for his government" in reason for reason in report.dropped), report.dropped


def test_the_disputed_islands_of_an_article_on_two_sides_are_theirs() -> None:
    """ "… became the first Russian leader to visit the disputed islets" leans on the sentences before;
    in an article on Japan and Russia they are "the islands disputed by Japan and Russia"."""
    body = KURIL_FISHERMEN + (
        "Japan and Russia have argued over Etorofu and Kunashiri for decades.\n\n"
        "Tensions mounted in November 2010 when then-President Pavel Sorokin became the first Russian leader "
        "to visit the disputed islets."
    )
    bank, report = build(source("w21", body, title="A visit", date="2011-02"))
    dated = [q.prompt for q in bank.questions if q.answer == "2010"]
    asked = "In what year did Pavel Sorokin become the first Russian leader to visit the islands disputed by "
    assert dated == [f"{asked}Japan and Russia?"], report.lines()


@pytest.mark.parametrize(
    ("sentence", "who", "verb", "words"),
    [
        (
            "Foreign Minister Ivan Petrov urged Japan to accept “post-war realities” at a news conference in Moscow.",
            "Ivan Petrov",
            "urged",
            "Japan to accept “post-war realities”",
        ),
        (
            "In the May meeting, Petrov proposed taking a new approach toward the dispute over Shikotan -- the "
            "smallest of the islands.",
            "Petrov",
            "proposed",
            "taking a new approach toward the dispute over Shikotan",
        ),
        (
            "Minister Oleg Smirnov has called for Japan and Russia to develop Shikotan jointly.",
            "Oleg Smirnov",
            "called for",
            "Japan and Russia to develop Shikotan jointly",
        ),
        (
            "Governor Ivan Petrov proposed making Shikotan a free trade zone and Deputy Minister Oleg Smirnov said "
            "Moscow saw no obstacle.",
            "Ivan Petrov",
            "proposed",
            "making Shikotan a free trade zone",
        ),
    ],
)
def test_what_a_person_urged_or_proposed_is_read_as_his_stance(sentence: str, who: str, verb: str, words: str) -> None:
    from studyapp.pipeline.people import find_views

    found = [(v.name.text if v.name else "", v.verb, v.view.text) for v in find_views(sentence)]
    assert (who, verb, words) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ivan Petrov urged patience in the talks on Shikotan.",  # no act asked of a side
        "Ivan Petrov proposed to Hiroshi Tanaka that they meet again.",  # to whom, not what
        "Ivan Petrov proposed holding talks on the sidelines of the meeting from Nov.",  # cut at an abbreviation
        "Ivan Petrov proposed signing a treaty -- without conditions -- by the end of the year.",  # dash aside
        "Ivan Petrov proposed in the May meeting holding talks on Urup.",  # the setting, not the proposal
    ],
)
def test_no_request_read_where_the_words_ask_nothing_plain(sentence: str) -> None:
    from studyapp.pipeline.people import find_views

    assert not [v for v in find_views(sentence) if v.verb in ("urged", "proposed")]


def test_a_proposal_is_asked_who_made_it_with_its_month() -> None:
    body = KURIL_VOICES + (
        "\n\nIn the May meeting, Foreign Minister Pavel Orlov proposed taking a ''new and bold approach'' toward "
        "the sovereignty dispute over Etorofu."
    )
    bank, report = build(source("w31", body, title="Fishing talks"))
    asked = [q.prompt for q in bank.questions if "new and bold" in q.prompt]
    # the month first: "… the dispute over the islands in May 2019" reads as the dispute's date
    assert asked and all(
        p == "In May 2019, who proposed taking a “new and bold approach” toward the sovereignty dispute over Etorofu?"
        for p in asked
    ), (asked, report.lines())


def test_a_hedge_in_another_persons_relative_clause_does_not_hide_the_words() -> None:
    """ "…, following an interview with an official who reportedly said otherwise": the hedge is about
    that official, not about the words the sentence gives; the tail is the reporter's, not the view."""
    from studyapp.pipeline.reported_words import hedged

    assert not hedged(
        "Petrov said Russia will keep Shikotan, following an interview with an aide who reportedly hinted."
    )
    assert hedged("Petrov reportedly said Russia will keep Shikotan.")
    body = KURIL_VOICES + (
        "\n\nHistorian Pavel Orlov said on Tuesday that Moscow will never give up Shikotan, following a "
        "newspaper interview with an official who reportedly expressed a different view."
    )
    bank, report = build(source("w32", body, title="Fishing talks"))
    asked = [q.prompt for q in bank.questions if q.answer == "Pavel Orlov" and "never give up" in q.prompt]
    assert asked and not any("following" in p for p in asked), (asked, report.lines())


def test_a_joint_agreement_is_not_asked_as_one_persons_words() -> None:
    body = KURIL_VOICES + (
        "\n\nHistorian Pavel Orlov agreed at a summit in 1997 that Shikotan would be handed over to Japan after a "
        "peace treaty."
    )
    bank, report = build(source("w33", body, title="Fishing talks"))
    assert not [q for q in bank.questions if q.answer == "Pavel Orlov"], report.lines()


def test_her_in_the_words_gives_no_multiple_choice_among_men() -> None:
    body = KURIL_VOICES + (
        "\n\nForeign Minister Anna Kuroda said on Tuesday that her government would never give up its claim to "
        "Etorofu and Shikotan."
    )
    bank, report = build(source("w34", body, title="Fishing talks"))
    asked = [q for q in bank.questions if q.answer == "Anna Kuroda"]
    assert not [q for q in asked if q.format == "mc"], report.lines()


def test_an_organisation_read_as_a_speaker_is_no_wrong_choice() -> None:
    """ "the chief of Rosatom Nuclear Energy State Corporation, Sergei Kiriyenko, complained …" once made
    "Nuclear Energy State Corporation" a wrong choice among people."""
    from studyapp.pipeline.questions.base import _ORG_WORD

    assert _ORG_WORD.search("Nuclear Energy State Corporation")
    assert not _ORG_WORD.search("Sergei Kiriyenko")


def test_both_sides_named_together_do_not_say_which_side_speaks() -> None:
    """A leader's words that name "Japan and Russia" as a pair point at neither side, so they are asked."""
    body = KURIL_VOICES + (
        "\n\nIn the May meeting, President Pavel Orlov proposed taking a bold approach toward the dispute between "
        "Japan and Russia over Etorofu."
    )
    bank, report = build(source("w35", body, title="Fishing talks"))
    assert [q for q in bank.questions if q.answer == "Pavel Orlov"], report.lines()


def test_a_timetable_passed_on_is_no_stance_and_a_range_of_days_goes_whole() -> None:
    """ "Who said that prior to the dispatch, a group … is scheduled to visit Sakhalin from through?" (both
    blind reviewers of sets 144-145 failed it)."""
    from studyapp.pipeline.questions.view_questions import _WEEKDAY_RANGE

    assert (
        _WEEKDAY_RANGE.sub("", "will visit Urup from Tuesday through Thursday, he said") == "will visit Urup, he said"
    )
    body = KURIL_VOICES + (
        "\n\nPrior to the dispatch, a group led by Analyst Pavel Orlov is scheduled to visit Shikotan from Tuesday "
        "through Thursday, Foreign Minister Hiroshi Mori said."
    )
    bank, report = build(source("w36", body, title="Fishing talks"))
    assert not [q for q in bank.questions if q.answer == "Hiroshi Mori"], report.lines()


def test_as_soon_as_a_person_took_office_is_no_source_of_words() -> None:
    from studyapp.pipeline.people import find_views

    assert not find_views("As soon as Pavel Orlov, the new prime minister, took office in May, he pressed claims.")
    assert [v.view.text for v in find_views("As Pavel Orlov notes, the islands are a symbol of pride.")] == [
        "the islands are a symbol of pride"
    ]


def test_who_did_a_dated_act_on_the_dispute_is_asked_with_its_month() -> None:
    body = KURIL_VOICES + (
        "\n\nDefense Minister Pavel Orlov inspected military facilities on Tuesday on the disputed island of "
        "Etorofu, prompting a sharp protest from Tokyo.\n\nMinister Pavel Orlov later said nothing more."
    )
    bank, report = build(source("w37", body, title="Fishing talks", date="2019-06-07"))
    asked = {q.format: q for q in bank.questions if q.answer == "Pavel Orlov"}
    assert "typed" in asked, report.lines()
    assert asked["typed"].prompt == "In June 2019, who inspected military facilities on the disputed island of Etorofu?"
    if "mc" in asked:
        assert asked["mc"].choices is not None and "Pavel Orlov" in asked["mc"].choices


def test_a_claim_for_his_own_country_is_not_asked_who_made_it() -> None:
    """ "Who stressed that he sees the islands as his country's territory?" fits every official of either
    side (both blind reviewers of sets 148-149 failed it)."""
    body = KURIL_VOICES + (
        "\n\nPresident Pavel Orlov stressed on Tuesday that he sees Etorofu and Shikotan as his country's territory."
    )
    bank, report = build(source("w38", body, title="Fishing talks"))
    assert not [q for q in bank.questions if q.answer == "Pavel Orlov" and "country's" in q.prompt], report.lines()
    assert any("names no side" in r for r in report.dropped), report.lines()


@pytest.mark.parametrize(
    ("words", "spelt"),
    [
        # not the label "the Northern Territories / Southern Kurils" (both blind reviewers of sets 148-149
        # found it no English)
        (
            "Professor Lena Ortiz argued on Tuesday that the disputed islands should become a free trade zone",
            "the islands disputed by",
        ),
        # not "… the four islands between Japan and Russia", which reads as where they lie (a blind review)
        (
            "In the May meeting, Professor Lena Ortiz proposed taking a new approach toward the sovereignty dispute "
            "over the four islands",
            "the four islands claimed by",
        ),
    ],
)
def test_the_islands_in_reported_words_are_spelt_out_by_both_sides(words: str, spelt: str) -> None:
    body = KURIL_FISHERMEN + (f"Japan and Russia have argued over the four islands since 1945.\n\n{words}.")
    bank, report = build(source("w39", body, title="Fishing talks"))
    asked = asked_of(bank, "Lena Ortiz")
    assert asked and all(f"{spelt} Japan and Russia" in p for p in asked), (asked, report.lines())


def test_who_did_it_offers_only_people_of_the_doers_own_country() -> None:
    """ "In October 2022, who signed a decree recognizing that Russia is illegally occupying …?" beside
    Russian officials gives the key away (both blind reviewers of the late rules failed it)."""
    body = KURIL_VOICES + (
        "\n\nPresident Miro Horvat signed a decree on Tuesday recognizing Etorofu and Shikotan as occupied "
        "territory of Japan."
    )
    bank, report = build(source("w40", body, title="Fishing talks", date="2019-06-07"))
    asked = {q.format for q in bank.questions if q.answer == "Miro Horvat"}
    assert "typed" in asked and "mc" not in asked, report.lines()


def test_a_proposal_told_in_the_present_perfect_is_given_no_year() -> None:
    """ "Medvedev has proposed …" in a January 2011 article: when, the article does not say (a blind review
    failed "in 2011"); another speaker's "said Thursday" in the next clause is no time of his."""
    body = KURIL_VOICES + (
        "\n\nForeign Minister Pavel Orlov has proposed making Etorofu a free trade zone and Deputy Minister "
        "Oleg Ivanov said Thursday that Moscow saw no obstacle."
    )
    bank, report = build(source("w41", body, title="Fishing talks", date="2019-06-07"))
    asked = asked_of(bank, "Pavel Orlov")
    assert not any("2019" in p for p in asked), (asked, report.lines())


def test_a_reporters_gloss_on_what_a_capital_considers_is_no_part_of_the_words() -> None:
    body = KURIL_VOICES + (
        "\n\nHistorian Pavel Orlov said on Tuesday that there has never been any formal acceptance of the claim to "
        "Etorofu, which Moscow considers part of the Sakhalin region."
    )
    bank, report = build(source("w42", body, title="Fishing talks"))
    asked = asked_of(bank, "Pavel Orlov")
    assert asked and not any("Moscow considers" in p for p in asked), (asked, report.lines())


def test_the_two_parties_are_not_asked_of_the_dispute_most_articles_are_about() -> None:
    """ "Which two countries have disputed the Northern Territories?" in a course on that dispute is its
    premise (a blind reviewer flagged it); of a dispute one article in a larger course is about, it is asked."""
    claim = "Japan and Russia have contested Shikotan since Soviet troops landed on it in 1945.\n\n"
    other = "Greece and Turkey have contested the Imia Islets since 1996, when a ship ran aground on them.\n\n"
    kurils = [source(f"w43{i}", claim + KURIL_VOICES, title=f"Shikotan talks {i}") for i in range(3)]
    bank, report = build(*kurils, source("w43x", other + "Fishing boats still work the waters around the Imia Islets."))
    asked = [q.prompt for q in bank.questions if q.prompt.startswith("Which two countries")]
    assert asked and all("Imia" in p for p in asked), (asked, report.lines())


def test_who_did_it_offers_only_people_quoted_in_its_era() -> None:
    """ "Andrei Gromyko" beside a 2012 act because a 2012 article named him (a blind review failed it):
    wrong choices are people the articles quote within ten years of the act."""
    body = KURIL_VOICES + (
        "\n\nThe late Soviet Foreign Minister Andrei Gromykov once ruled out any talks on Shikotan.\n\n"
        "Defense Minister Pavel Orlovsky inspected the garrison on Tuesday on the disputed island of Etorofu."
    )
    bank, report = build(source("w44", body, title="Fishing talks", date="2019-06-07"))
    mc = [q for q in bank.questions if q.answer == "Pavel Orlovsky" and q.format == "mc"]
    assert [q for q in bank.questions if q.answer == "Pavel Orlovsky"], report.lines()
    assert all("Andrei Gromykov" not in (q.choices or []) for q in mc), [q.choices for q in mc]


def test_people_the_words_are_aimed_at_are_no_wrong_choices() -> None:
    """ "Japanese officials who disagree with his stance should resign": no Japanese official said it, so no
    Japanese name is a choice (both blind reviewers of the pooled dev sets found them absurd there)."""
    from studyapp.pipeline.questions.view_questions import _AIMED_AT

    assert _AIMED_AT.findall("Japanese officials who disagree with him should resign") == ["Japanese"]
    assert _AIMED_AT.findall("the islands belong to Russia") == []
    body = KURIL_VOICES + (
        "\n\nAnalyst Sergei Orlov argued that Japanese officials who still claim Etorofu should give up the claim "
        "for good."
    )
    bank, report = build(source("w9", body, title="Kuril voices"))
    mc = [q for q in bank.questions if q.answer == "Sergei Orlov" and q.format == "mc"]
    assert mc, report.lines()
    assert not set(mc[0].choices or []) & {"Hiroshi Tanaka", "Kenji Watanabe"}, mc[0].choices


def test_an_official_saying_he_will_proceed_with_the_dialogue_is_a_routine_line() -> None:
    from studyapp.pipeline.questions.people_questions import _OFFICIAL
    from studyapp.pipeline.questions.view_questions import _ROUTINE_LINE

    assert _ROUTINE_LINE.search("Moscow is ready to proceed with the territorial dialogue in a quiet atmosphere")
    assert _OFFICIAL.search("chief of staff of the Presidential Executive Office")


def _visit(
    sid: str, post: str, name: str, place: str = "the disputed island of Etorofu"
) -> tuple[list[str], BuildReport]:
    """The prompts asking of "POST NAME visited PLACE on Tuesday" in an article of June 2019, and the report."""
    bare_post = post.split(" ", 1)[-1] if post.split()[0] in ("Russian", "Japanese") else post
    body = KURIL_VOICES + (
        f"\n\n{post} {name} visited {place} on Tuesday, prompting a sharp protest.\n\n"
        f"{bare_post} {name} later said nothing more."
    )
    bank, report = build(source(sid, body, title="Fishing talks", date="2019-06-07"))
    return [q.prompt for q in bank.questions if q.answer == name and "visit" in q.prompt], report


def test_a_ministers_visit_is_not_asked_who_made_it() -> None:
    """ "In September 2015, who visited Iturup?" of an agriculture minister: anyone who went that month fits,
    and the minister's name is trivia beside the visit (both blind reviewers of sets 208-209 failed it)."""
    asked, report = _visit("w41", "Russian Fisheries Minister", "Pavel Orlov")
    assert not asked, report.lines()
    assert any("below a head of state" in r for r in report.dropped), report.lines()


@pytest.mark.parametrize(
    ("post", "name", "place", "prompt"),
    [
        # "In August 2015, who visited the Kuril islands?": residents and other officials went too (a blind
        # review of sets 174-175 failed it); "which Russian leader" says which visitor is meant
        (
            "Russian Prime Minister",
            "Pavel Orlov",
            "the disputed island of Etorofu",
            "In June 2019, which Russian leader visited the disputed island of Etorofu?",
        ),
        # no post gives his country: a Japanese name in an article on Japan and Russia is Japan's leader
        (
            "Prime Minister",
            "Kenji Sato",
            "the disputed island of Etorofu",
            "In June 2019, which Japanese leader visited the disputed island of Etorofu?",
        ),
        # two spellings of one place joined by a slash, as the source writes them, read clumsily in a
        # question (a blind review of the session-22 late rules): the first is kept
        (
            "Russian Prime Minister",
            "Pavel Orlov",
            "Kunashir/Kunashiri",
            "In June 2019, which Russian leader visited Kunashir?",
        ),
    ],
)
def test_a_leaders_visit_is_asked_which_leader_of_his_country_made_it(
    post: str, name: str, place: str, prompt: str
) -> None:
    asked, report = _visit("w42", post, name, place)
    assert asked and all(p == prompt for p in asked), report.lines()


def test_a_leader_with_no_country_to_name_him_by_is_not_asked_who_visited() -> None:
    """A name of neither side and a post that names no country: his host was there too (both blind
    reviewers of sets 218-219 failed "In February 2009, who visited Sakhalin …?")."""
    asked, report = _visit("w44", "Prime Minister", "Ivo Brandt")
    assert not asked, report.lines()
    assert any("no country to name him by" in r for r in report.dropped), report.lines()


def test_a_deputy_ministers_titled_name_keeps_deputy_and_a_doubled_over_is_tidied() -> None:
    """ "Foreign Minister Losyukov" was accepted for a Deputy Foreign Minister, and "handed over the southern Kuril
    Islands over to Japan" was asked as written (blind reviews of the session-24 late rules and pooled sample)."""
    from studyapp.pipeline.build import build_from_sources
    from studyapp.pipeline.model import Source, SourceMeta

    meta = SourceMeta(title="Island row", author="Jane Roe", publisher="Test Gazette", date="2001-02-10")
    body = (
        "Japan and Russia both claim the islands Japan calls Etorofu and Kunashiri and Russia calls Iturup and "
        "Kunashir. The dispute has soured ties between Japan and Russia for decades.\n\n"
        "There is no prompt solution to the dispute on the sovereignty over Iturup and Kunashir, Russian Deputy "
        "Foreign Minister Ivo Brandtov said in Moscow on Saturday.\n\n"
        "If Russia handed over Iturup and Kunashir over to Japan, it would open a true Pandora's box, Director of "
        "the Center for Japanese Studies at the Institute for Far Eastern Studies Pavel Kovacov told TASS on "
        "Thursday.\n"
    )
    bank, _ = build_from_sources([Source(id="u1", path="u1.txt", text=f"Island row\n\n{body}", meta=meta)])
    deputy = next(q for q in bank.questions if q.answer == "Ivo Brandtov")
    assert "Deputy Foreign Minister Brandtov" in deputy.accepted
    assert not [a for a in deputy.accepted if a.startswith(("Foreign Minister", "Russian Foreign Minister"))]
    expert = next(q for q in bank.questions if q.answer == "Pavel Kovacov")
    assert "handed over Iturup and Kunashir to Japan" in expert.prompt, expert.prompt
