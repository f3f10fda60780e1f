"""A year question must name one event: a treaty named only by a capital where many were signed, a
visit not said to be a first, a revolution known to every learner by its name, "a … agreement" with no
party, leaders' pledges to speed talks up and "another declaration" are not asked (the twentieth
session's blind reviews failed or flagged each); a plain dated act after "but" is.

Every sentence here is invented; none is from the course's articles."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline.build import build_from_sources
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.pipeline.quality import dangling_in

DISPUTE = (
    "Ruritania claims the island of Urup, which Syldavia has held since 1946. The Urup dispute has soured "
    "ties between Ruritania and Syldavia for decades.\n\n"
)


ISLET_DISPUTE = "Chile claims the islet of Urup, which Peru has held since 1946. The Urup dispute sours ties.\n\n"


def _islet_prompts(*texts: str) -> list[str]:
    """The questions of one bank built from whole article texts (headline and body) on the Urup islet row."""
    meta = SourceMeta(title="Islet row", author="Jane Roe", publisher="Test Gazette", date="2019-02-10")
    sources = [Source(id=f"u{i}", path=f"u{i}.txt", text=text, meta=meta) for i, text in enumerate(texts, 1)]
    bank, _ = build_from_sources(sources)
    assert check_bank(bank) == []
    return [q.prompt for q in bank.questions]


def _prompts(body: str, date: str = "2011-02-10") -> list[str]:
    meta = SourceMeta(title="Urup row", author="Jane Roe", publisher="Test Gazette", date=date)
    text = f"Urup row\n\n{DISPUTE}{body}\n"
    bank: Bank
    bank, _ = build_from_sources([Source(id="u1", path="u1.txt", text=text, meta=meta)])
    assert check_bank(bank) == []
    return [q.prompt for q in bank.questions]


def test_a_treaty_named_only_by_a_capital_is_not_asked_but_one_named_by_a_town_is() -> None:
    prompts = _prompts(
        "Urup was neutralised by the Treaty of Paris in 1856.\n\n"
        "Syldavia first took Urup under the Treaty of Klowtown in 1855."
    )
    assert not [p for p in prompts if "Paris" in p], prompts
    assert "In what year was the Treaty of Klowtown signed?" in prompts


def test_a_revolution_known_by_its_name_is_general_history() -> None:
    prompts = _prompts(
        "After the October Revolution in 1917, the islanders of Urup asked to join Ruritania.\n\n"
        "Syldavia seized Urup in 1946."
    )
    assert not [p for p in prompts if "Revolution" in p], prompts
    assert "In what year did Syldavia seize Urup?" in prompts


def test_a_visit_dated_against_the_article_is_asked_by_year_only_when_it_was_a_first() -> None:
    prompts = _prompts(
        "Syldavian Prime Minister Petr Klaw visited the disputed island of Urup in January, prompting a rebuke "
        "from Ruritania.\n\n"
        "In November, Syldavian President Jan Novak became the first Syldavian leader to visit the disputed "
        "island of Urup."
    )
    assert not [p for p in prompts if p.startswith("In what year") and "Klaw" in p], prompts
    assert (
        "In what year did Jan Novak become the first Syldavian leader to visit the disputed island of Urup?" in prompts
    )


def test_a_document_the_article_calls_a_something_agreement_needs_its_parties() -> None:
    prompts = _prompts(
        "Ruritania and Syldavia agreed to share the fishing grounds around Urup in a 1998 Lake Co-operation "
        "agreement.\n\n"
        "Ruritania and Syldavia signed a 1999 Ruritanian-Syldavian fisheries agreement.\n\n"
        "Syldavia seized Urup in 1946."
    )
    assert not [p for p in prompts if "Co-operation" in p], prompts
    assert "In what year was the Ruritanian-Syldavian fisheries agreement signed?" in prompts


def test_leaders_pledging_to_speed_up_talks_is_not_dated_unless_its_basis_says_which() -> None:
    """Leaders agree to hurry the talks at summit after summit; "on the basis of" a named document says which."""
    prompts = _prompts(
        "In April 2009, Jan Novak and Petr Klaw agreed to speed up work on a peace treaty over Urup.\n\n"
        "In 2010, Novak and Klaw agreed to accelerate talks on Urup on the basis of the Klow Declaration."
    )
    assert not [p for p in prompts if "speed up" in p], prompts
    assert any("on the basis of the Klow Declaration" in p for p in prompts), prompts


def test_a_dated_statement_after_but_is_asked_by_its_year() -> None:
    """ "… but in 1973 Ruritania and Syldavia reached an agreement establishing Urup as …": the second
    statement is a plain dated act of its own; what the agreement established Urup as stays in it."""
    prompts = _prompts(
        "Urup lies in Syldavian waters but in 1973 Ruritania and Syldavia reached an agreement establishing Urup "
        "as Ruritanian territory and a nature reserve."
    )
    assert (
        "In what year did Ruritania and Syldavia reach an agreement establishing Urup as Ruritanian territory "
        "and a nature reserve?"
    ) in prompts


def test_another_document_leans_on_the_one_told_before() -> None:
    """ "In what year did Jan Novak sign another declaration with Syldavia?": another than which?"""
    prompts = _prompts(
        "The treaty has never been signed, but in 1993 President Jan Novak signed another declaration with "
        "Syldavia in which Ruritania recognised the dispute over Urup."
    )
    assert not [p for p in prompts if "another" in p], prompts
    assert dangling_in("In what year did Jan Novak sign another declaration with Syldavia?") == "another declaration"
    assert dangling_in("In what year did Jan Novak sign a declaration with Syldavia?") is None


def test_a_document_named_by_a_capital_before_its_kind_is_not_asked_either() -> None:
    """ "the London Protocol": 1828, 1829, 1830, 1852 … (both blind reviewers of sets 224-225 failed its year
    as naming no one protocol); a town's protocol names one."""
    prompts = _prompts(
        "The London Protocol, which recognised Syldavian independence, was signed in 1830.\n\n"
        "The Treaty of London was signed in 1839.\n\n"
        "The Klowtown Protocol was signed in 1855."
    )
    assert not [p for p in prompts if "London" in p], prompts
    assert "In what year was the Klowtown Protocol signed?" in prompts


def test_a_one_word_title_acted_on_with_no_doer_or_place_is_not_asked() -> None:
    """ "In what year was the Mendoub expelled?": who the Mendoub is, by whom and whence, the question does
    not say (both blind reviewers of sets 222-223 failed it); with the doer and the place it is an act."""
    prompts = _prompts("The Vardar, the king's envoy, was expelled in March 1941.\n\nSyldavia seized Urup in 1946.")
    assert not [p for p in prompts if "Vardar" in p], prompts
    assert "In what year did Syldavia seize Urup?" in prompts
    prompts = _prompts("The Vardar was expelled from Urup by Syldavia in 1941.")
    assert "In what year was the Vardar expelled from Urup by Syldavia?" in prompts


def test_a_document_named_only_by_how_many_signed_it_is_not_asked() -> None:
    """ "In what year was the Quintuple Treaty signed?": 1839 and 1841 each had one (both blind reviewers of
    sets 232-233 failed it); named by its parties it is one treaty."""
    prompts = _prompts(
        "The Quintuple Treaty of 1839 guaranteed Urup's neutrality.\n\n"
        "The Ruritanian-Syldavian Treaty of Klowtown was signed in 1840."
    )
    assert not [p for p in prompts if "Quintuple" in p], prompts
    assert "In what year was the Ruritanian-Syldavian Treaty of Klowtown signed?" in prompts


def test_a_document_named_only_by_common_words_or_by_a_capital_and_peace_is_not_asked() -> None:
    """ "the Boundary Treaty", "the Moscow Peace Treaty": which one, the question does not say (both blind
    reviewers of the partial sets 236-243 failed the first; one of sets 240-242 the second)."""
    prompts = _prompts(
        "The Boundary Treaty of 1881 (Tratado de Limites) between Ruritania and Syldavia was signed on 23 July 1881 "
        "in Klowtown.\n\n"
        "The Moscow Peace Treaty of 1940 formalised these changes.\n\n"
        "The Klowtown Boundary Treaty was signed in 1882."
    )
    assert not [p for p in prompts if "the Boundary Treaty" in p or "Moscow" in p], prompts
    assert "In what year was the Klowtown Boundary Treaty signed?" in prompts


def test_a_document_the_articles_date_to_two_years_is_not_asked_by_either() -> None:
    """One article has the Joint Declaration signed in 1965, another in 1956: a source's slip the question
    cannot settle (both blind reviewers of sets 240-242 failed the 1965 key)."""
    prompts = _islet_prompts(
        f"Islet row\n\n{ISLET_DISPUTE}In 1965, Chile and Peru signed the Joint Declaration on Urup.\n",
        f"Islet talks\n\n{ISLET_DISPUTE}The Joint Chilean-Peruvian Declaration was signed in 1956.\n\n"
        "The Treaty of Klowtown was signed in 1855.\n",
    )
    assert not [p for p in prompts if "Joint" in p], prompts
    assert "In what year was the Treaty of Klowtown signed?" in prompts


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Talks resumed on the basis of the joint declaration of 1956, the ministry said.",
        "Tokyo now looks again at the 1956 joint declaration.",
    ],
)
def test_a_document_another_article_names_with_another_year_is_not_asked(elsewhere: str) -> None:
    """ "In 1965 Chile and Peru signed the Joint Declaration" beside "the joint declaration of 1956" in
    another article: the year in a name is a date of the document too, in lower case or not (both blind
    reviewers of sets 284-285 failed the 1965 key)."""
    prompts = _islet_prompts(
        f"Islet row\n\n{ISLET_DISPUTE}In 1965 Chile and Peru signed the Joint Declaration on Urup.\n",
        f"Islet talks\n\n{ISLET_DISPUTE}{elsewhere}\n\nThe Treaty of Klowtown was signed in 1855.\n",
    )
    assert not [p for p in prompts if "Joint" in p], prompts
    assert "In what year was the Treaty of Klowtown signed?" in prompts


def test_one_article_alone_keeps_its_dated_signing() -> None:
    prompts = _islet_prompts(
        f"Islet row\n\n{ISLET_DISPUTE}In 1965 Chile and Peru signed the Joint Declaration on Urup.\n"
    )
    assert [p for p in prompts if "Joint Declaration" in p]


def test_a_treaty_that_handed_over_a_disputed_place_is_asked_with_what_it_did() -> None:
    """ "In what year was the Treaty of Klowtown signed?" says nothing of the dispute; the sentence says the
    treaty transferred Urup, and the question says so too (a blind reviewer of sets 290-291 called the bare
    year not worth asking)."""
    prompts = _islet_prompts(
        "Islet row\n\nChile claims the town of Urup, which Peru has held since 1801. The Urup dispute sours ties.\n\n"
        "The Treaty of Klowtown, signed in 1297 between the kingdoms of Chile and Peru, drew new borders and "
        "transferred the town of Urup to Chile. Peru took Urup back in 1801.\n"
    )
    assert "In what year was the Treaty of Klowtown, which transferred Urup to Chile, signed?" in prompts, prompts


def test_an_act_that_counts_its_time_by_the_year_asked_is_not_dated() -> None:
    """ "In what year did Brandt propose to finalise a peace treaty within the year?" reads "year" twice
    for two things (both blind reviewers of the session-24 unseen sets failed it)."""
    prompts = _prompts(
        "In September 2018, Syldavian President Ivo Brandt proposed to finalise a peace treaty with Ruritania "
        "within the year, without any prerequisites."
    )
    assert not [p for p in prompts if p.startswith("In what year") and "within the year" in p], prompts


@pytest.mark.parametrize(
    ("sentence", "unasked"),
    [
        # a deal named by nothing but its kind: the two signed many (both blind reviewers of sets 248-249)
        ("Ruritania and Syldavia signed a deal in 2008.", "sign a deal"),
        # a document known by its number alone says nothing of what it was about (both, sets 272-273)
        (
            "As a result, the United Nations Security Council unanimously passed Resolution 278 on 11 May 1970, "
            "whilst in the same month Syldavia renounced its claim to Urup.",
            "Resolution 278",
        ),
        # "secret" says no more which treaty of the two parties is meant (both, sets 274-275)
        ("Under the secret German-Soviet treaty of 1939, Urup fell to Syldavia.", "German-Soviet"),
    ],
)
def test_a_document_that_says_not_which_one_is_not_dated(sentence: str, unasked: str) -> None:
    prompts = _prompts(f"{sentence}\n\nSyldavia signed the Treaty of Klowtown in 1855.")
    assert not [p for p in prompts if unasked in p], prompts
    assert "In what year was the Treaty of Klowtown signed?" in prompts


def test_the_articles_own_year_is_no_wrong_choice_when_its_headline_reports_an_agreement() -> None:
    """ "agree to the revised border" in 2002, under "Ruritania, Syldavia sign border agreement" of 2011:
    the agreement drawn up then may be the one signed in the article's year."""
    meta = SourceMeta(
        title="Ruritania, Syldavia sign border agreement", author="Jane Roe", publisher="Gazette", date="2011-01-13"
    )
    text = (
        "Ruritania, Syldavia sign border agreement\n\n"
        f"{DISPUTE}The deal to cede the land on Urup was drawn up in 2002, when Ruritania and Syldavia agreed "
        "to a border through Urup.\n\nRuritania first mapped Urup in 2009, and Syldavia fortified it in 2011.\n"
    )
    bank, _ = build_from_sources([Source(id="u1", path="u1.txt", text=text, meta=meta)])
    asked = [q for q in bank.questions if q.kind == "date" and q.answer == "2002"]
    assert asked, [q.prompt for q in bank.questions]
    assert all("2011" not in (q.choices or []) for q in asked), [(q.prompt, q.choices) for q in asked]


def test_a_capital_that_acts_is_its_country() -> None:
    from studyapp.pipeline.control import capitals_as_countries

    assert capitals_as_countries("Ashgabat and Baku signed a deal") == "Turkmenistan and Azerbaijan signed a deal"
    assert capitals_as_countries("Minsk and Vientiane protested") == "Belarus and Laos protested"


def test_a_peace_treaty_proposed_by_one_sides_leader_names_the_other_side() -> None:
    """ "In September 2018, who proposed to finalise a peace treaty?" does not say with whom (a blind review of
    the session-24 unseen sets failed it): a leader of one of the article's two sides makes it with the other."""
    meta = SourceMeta(title="Island row", author="Jane Roe", publisher="Test Gazette", date="2019-02-10")
    body = (
        "Japan and Russia both claim the islands Japan calls Etorofu and Kunashiri and Russia calls Iturup and "
        "Kunashir. The dispute has soured ties between Japan and Russia for decades.\n\n"
        "In September 2018, Russian President Ivo Brandt proposed to finalise a peace treaty within the year, "
        "without any prerequisites.\n\nJapan rejected the offer.\n"
    )
    bank, _ = build_from_sources([Source(id="u1", path="u1.txt", text=f"Island row\n\n{body}", meta=meta)])
    asked = [q.prompt for q in bank.questions if "peace treaty" in q.prompt]
    assert asked == ["In September 2018, who proposed to finalise a peace treaty with Japan within the year?"], asked


def test_over_after_a_verb_of_handing_over_is_no_bound_and_an_opposition_leader_leads_no_state() -> None:
    """ "Parliament voted to turn over 380 square miles": no "more than"; "opposition leader Ivo Brandt": his post
    says who he is, unlike a head of state's title (set 249)."""
    from studyapp.pipeline.questions.base import _LEADER
    from studyapp.pipeline.questions.stance_questions import _BOUND_BEFORE

    assert _BOUND_BEFORE.search("On Wednesday, Parliament voted to turn over ") is None
    assert _BOUND_BEFORE.search("China had claimed over ") is not None
    assert _LEADER.search("opposition leader") is None and _LEADER.search("party leader") is None
    assert _LEADER.search("Soviet leader") is not None and _LEADER.search("President") is not None


def test_one_more_of_a_kind_is_not_dated() -> None:
    prompts = _prompts("In December 2021, Syldavia announced that it had installed further missiles on Urup.")
    assert not [p for p in prompts if "further missiles" in p], prompts


def test_an_aside_before_the_objects_name_goes_and_the_object_stays() -> None:
    """ "renounced its claims to (Karafuto Prefecture) South Sakhalin and the Kuril Islands" was asked as
    "… renounce its claims to?" (both blind reviewers of sets 256-257 failed it)."""
    from studyapp.pipeline import clauses
    from studyapp.pipeline.questions.base import _CUT_OFF_END

    s = "In 1951, Syldavia renounced its claims to (Klow Prefecture) South Urup and the Ostra Islands when it signed."
    assert (
        clauses.ask_year(s, (3, 7))
        == "In what year did Syldavia renounce its claims to South Urup and the Ostra Islands?"
    )
    assert _CUT_OFF_END.search("In what year did Japan renounce its claims to?")
    assert not _CUT_OFF_END.search("In what year did Japan renounce its claims to the Kurils?")


def test_a_year_closing_an_opening_clause_does_not_date_the_document_after_it() -> None:
    """ "After the U.S. Army seized Mexico City in 1847, the Treaty of Guadalupe Hidalgo ended the war": 1847 is
    the seizure's (both blind reviewers of sets 258-259 failed "In what year was the Treaty of Guadalupe
    signed?" -> 1847); "In 1848, the Treaty of … Hidalgo …" dates the treaty, its name read whole."""
    from studyapp.pipeline.events import event_for

    late = "After the Syldavian army seized Klowtown in 1847, the Treaty of Ostra Hidalgo ended the war."
    at = late.index("1847")
    assert event_for(late, at, at + 4) is None
    opening = "In 1848, the Treaty of Ostra Hidalgo ended the war."
    at = opening.index("1848")
    found = event_for(opening, at, at + 4)
    assert found is not None and found.phrase == "the Treaty of Ostra Hidalgo"


def test_an_object_the_article_named_before_is_not_dated() -> None:
    """ "In what year did … agree to the revised border?": which revision, the question leans on the article."""
    prompts = _prompts("The deal was drawn up in 2002, when Ruritania and Syldavia agreed to the revised border.")
    assert not [p for p in prompts if "the revised border" in p], prompts


def test_a_hold_by_a_state_that_is_gone_is_asked_by_the_act_that_began_it() -> None:
    """ "Since what year have the Soviets occupied the islands?" from a 1988 report says the Soviet Union holds
    them today (both blind reviewers of sets 274-275 failed it)."""
    body = (
        "TOKYO -- Moscow's diplomatic push in Asia has foundered on four small islands that the Soviets have "
        "occupied since 1945 but which Japan claims as its own.\n\n"
        "Japan calls Etorofu, Kunashiri, Shikotan and the Habomai islets its Northern Territories."
    )
    meta = SourceMeta(title="Push founders", author="Jane Roe", publisher="Test Gazette", date="1988-01-20")
    bank, _ = build_from_sources([Source(id="u2", path="u2.txt", text=f"Push founders\n\n{body}\n", meta=meta)])
    prompts = [q.prompt for q in bank.questions]
    assert not [p for p in prompts if p.startswith("Since what year have the Soviets")], prompts
    assert [p for p in prompts if p.startswith("In what year did the Soviets occupy")], prompts


@pytest.mark.parametrize(
    ("sentence", "asked", "unasked"),
    [
        # the party named once: "a treaty with Syldavia ceding Urup to Syldavia" repeated itself (a blind
        # reviewer of the session-25 pooled sample failed it)
        (
            "In 1946, Ruritania signed a treaty with Syldavia ceding Urup to Syldavia.",
            "ceding Urup to Syldavia",
            "with",
        ),
        # one side's loaded words put plainly ("give away"; the same reviewer)
        ("In 1974, Ruritania gave away Urup to Syldavia.", "cede Urup to Syldavia", "give away"),
    ],
)
def test_a_year_question_names_a_party_once_and_puts_a_loaded_verb_plainly(
    sentence: str, asked: str, unasked: str
) -> None:
    prompts = [p for p in _prompts(sentence) if p.startswith("In what year did Ruritania")]
    assert prompts and all(asked in p and unasked not in p for p in prompts), prompts
