"""Plain statements turned into questions about one of their parts. Sentences are written for these
tests; none comes from the course's or any unseen article."""

from __future__ import annotations

import re

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline.build import BuildReport, build_from_sources
from studyapp.pipeline.clauses import (
    ask_deadline,
    ask_deadline_opening,
    ask_document_year,
    ask_how_many,
    ask_which,
    ask_who,
    ask_year,
    ask_year_of_place_act,
    parse,
    past_tense_lemma,
    relative_act,
    restatements,
    simplify,
    subordinate_statement,
)
from studyapp.pipeline.model import Source, SourceMeta


def build(body: str) -> tuple[Bank, BuildReport]:
    meta = SourceMeta(title="Rocks in dispute", author="Jane Roe", publisher="Test Gazette", date="2019-06")
    bank, report = build_from_sources([Source(id="a", path="a.txt", text=f"Rocks in dispute\n\n{body}\n", meta=meta)])
    assert check_bank(bank) == []
    return bank, report


def span(sentence: str, part: str) -> tuple[int, int]:
    i = sentence.index(part)
    return i, i + len(part)


@pytest.mark.parametrize(
    ("sentence", "date", "question"),
    [
        (
            "In 1875, Japan and Russia signed a treaty that swapped Sakhalin for the northern Kurils.",
            "1875",
            "In what year did Japan and Russia sign a treaty that swapped Sakhalin for the northern Kurils?",
        ),
        (
            "Argentina invaded the Falkland Islands in April 1982.",
            "April 1982",
            "In what year did Argentina invade the Falkland Islands?",
        ),
        (
            "The Hans Island dispute was settled by Canada and Denmark in June 2022, ending a long quarrel.",
            "June 2022",
            "In what year was the Hans Island dispute settled by Canada and Denmark?",
        ),
        (
            "Miguel Ortega, a former defence minister, visited the atoll on 3 May 2011.",
            "3 May 2011",
            "In what year did Miguel Ortega visit the atoll?",
        ),
        (
            "Britain formally leased the territory for 99 years in 1898.",
            "1898",
            "In what year did Britain formally lease the territory for 99 years?",
        ),
        (  # a second joined act is put in its base form too
            "In April 1991, Miguel Ortega visited Peru and signed the Lima Communique.",
            "April 1991",
            "In what year did Miguel Ortega visit Peru and sign the Lima Communique?",
        ),
        (  # "became the first … to visit": the visit is the act
            "Miguel Ortega became the first Chilean minister to visit Isla Mocha in March 2010.",
            "March 2010",
            "In what year did Miguel Ortega become the first Chilean minister to visit Isla Mocha?",
        ),
        (  # "was the first … to visit" is the same step told with "was"
            "Miguel Ortega was the first Chilean minister to visit Isla Mocha in May 2012 when he was mayor.",
            "May 2012",
            "In what year did Miguel Ortega become the first Chilean minister to visit Isla Mocha?",
        ),
        (
            "Ruritania and Borduria normalized diplomatic relations in 1956.",
            "1956",
            "In what year did Ruritania and Borduria normalize diplomatic relations?",
        ),
        (  # a city's country in commas is an aside; what was agreed follows it
            "Chile and Peru agreed in 1998 in Brasilia, Brazil, to end the border row.",
            "1998",
            "In what year did Chile and Peru agree in Brasilia to end the border row?",
        ),
        (  # a past perfect is asked as a simple past
            "Portugal had ceded the enclave to India in 1961 after a brief war.",
            "1961",
            "In what year did Portugal cede the enclave to India?",
        ),
        (  # a short aside between the object and its date goes
            "Chile occupied the port, a fishing village on the Pacific coast, in 1879.",
            "1879",
            "In what year did Chile occupy the port?",
        ),
        (  # an agent that only points back is left out of a passive
            "The Aral Valley was annexed by the government in 1972, making it a province.",
            "1972",
            "In what year was the Aral Valley annexed?",
        ),
        (  # a court's award is an act of the territory's history
            "In May 2001, the International Tribunal awarded the shoal to Ruritania.",
            "May 2001",
            "In what year did the International Tribunal award the shoal to Ruritania?",
        ),
        (  # "Having …, SUBJECT": the act is the main subject's
            "Having leased the base to Britain in 1903, Cuba later demanded it back.",
            "1903",
            "In what year did Cuba lease the base to Britain?",
        ),
        (  # "After/Before …ing …, SUBJECT": so is an opening "after" with a verb in -ing (set 221's Lavrov)
            "After visiting the Klow Islands in 2007, Foreign Minister Ivan Orlov proposed joint fishing there.",
            "2007",
            "In what year did Foreign Minister Ivan Orlov visit the Klow Islands?",
        ),
        (  # the date in the main clause after such an opening is the main clause's
            "After signing the pact, Ruritania and Syldavia in 1956 restored relations.",
            "1956",
            "In what year did Ruritania and Syldavia restore relations?",
        ),
        (  # a present perfect dated by "since"
            "Norway has administered the islands since 1920, under a treaty.",
            "1920",
            "Since what year has Norway administered the islands?",
        ),
        (
            "The Tacna Islands have been occupied by Chile since 1880.",
            "1880",
            "Since what year have the Tacna Islands been occupied by Chile?",
        ),
        (  # an announcement of an act, a row sparked by one
            "In May 2019, Chile announced it would station frigates near the Tacna Islands.",
            "May 2019",
            "In what year did Chile announce it would station frigates near the Tacna Islands?",
        ),
        (  # a side's forces as the subject; a "during …" tail left out
            "In April 1879, Chilean forces invaded and occupied the Tacna Islands during 90 days.",
            "April 1879",
            "In what year did Chilean forces invade and occupy the Tacna Islands?",
        ),
        (  # the date between subject and verb; an offer is an act
            "Chile in 2005 offered to cede two of the Tacna Islands if Peru gave up the third.",
            "2005",
            "In what year did Chile offer to cede two of the Tacna Islands?",
        ),
        (
            "In 2008, Peru sparked a row with Chile by landing troops on the Tacna Islands.",
            "2008",
            "In what year did Peru spark a row with Chile by landing troops on the Tacna Islands?",
        ),
        (  # a second act in the past, whatever word follows it, is put in the base form
            "In March 2022, Peru withdrew from talks with Chile and froze joint projects near the Tacna Islands.",
            "March 2022",
            "In what year did Peru withdraw from talks with Chile and freeze joint projects near the Tacna Islands?",
        ),
        (  # an opening year without a comma; two sides' leaders as the subject; a deadline year stays
            "In 1994 Chilean and Peruvian leaders agreed to settle the Tacna border by the year 2000.",
            "1994",
            "In what year did Chilean and Peruvian leaders agree to settle the Tacna border by the year 2000?",
        ),
        (
            "In 1994, Chile and Peru agreed to settle the Tacna border by 2000.",
            "1994",
            "In what year did Chile and Peru agree to settle the Tacna border by 2000?",
        ),
        (  # "a list", "the peace treaty": nouns, not "listed" or "treated as"; "known as" is a name
            "In March 2011, Peru submitted a list of projects on the Tacna Islands, known in Chile as the Morros, "
            "to investors.",
            "March 2011",
            "In what year did Peru submit a list of projects on the Tacna Islands?",
        ),
        (
            "In 2022, Peru announced that it was suspending the peace treaty talks with Chile in response to what Lima "
            "describes as provocations.",
            "2022",
            "In what year did Peru announce that it was suspending the peace treaty talks with Chile?",
        ),
        (  # an aside after the subject's head noun: the subject is asked whole, without the aside
            "The Tacna reservoir, known in Chile as the Lauca dam, was built in 1961.",
            "1961",
            "In what year was the Tacna reservoir built?",
        ),
        (  # a claim staked is a claim laid
            "Norway first staked its claim to Bouvet Island in 1927.",
            "1927",
            "In what year did Norway first stake its claim to Bouvet Island?",
        ),
        (  # a state going to court
            "Guyana brought a case against Venezuela at the International Court of Justice in 2018 after long talks.",
            "2018",
            "In what year did Guyana bring a case against Venezuela at the International Court of Justice?",
        ),
    ],
)
def test_a_dated_statement_becomes_a_year_question(sentence: str, date: str, question: str) -> None:
    assert ask_year(sentence, span(sentence, date)) == question


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("He visited the atoll again in 2013.", "2013"),  # who? another sentence says
        ("Ortega said in 2013 that the atoll was theirs.", "2013"),  # a stance, not an act
        ("Canada and Denmark signed the 2022 Hans Island Agreement.", "2022"),  # the year is in the name
        ("Britain had built a runway on the island by 1985.", "1985"),  # "by": an upper bound
        ("The garrison was enlarged after the landing in 1982.", "1982"),  # the date is in a tacked-on clause
        ("Minister Ortega was shown the harbour in 2014.", "2014"),  # true, dated, but trivia
        ("Ortega was the first minister to speak Mapuche in parliament in 2014.", "2014"),  # a first, but no act
        ("Chile and Peru agreed in Brasilia in 1998.", "1998"),  # agreed what?
        ("In 1979, Chile proposed a joint survey, but in 1981 Peru sent troops.", "1979"),  # a survey of what?
        # a shelf "normalized" by decree is no plain act; relations normalized are
        ("In 1972, Ruritania released a map and normalized its continental shelf with a decree.", "1972"),
        ("Chile signed a treaty in 1881 and a protocol in 1893.", "1881"),  # another year stays in the question
        ("Norway has administered the islands in 1920.", "1920"),  # a perfect needs "since"
        ("Chile occupied the port, which it later fortified, in 1879.", "1879"),  # a clause, not an aside
        ("Having lost the war, Spain ceded the islands to the United States in 1898.", "1898"),  # not the phrase's date
        ("Portugal had been ruling the colony in 1900.", "1900"),  # a state, not an act
        ("In 1994 the Chileans settled the border.", "1994"),  # no comma: the subject must be a name
        ("1994 Chile settled the border.", "1994"),  # no comma and no preposition: not an opening phrase
        ("In 1994, Chile agreed to settle the border in 2000.", "1994"),  # "in 2000" would date it twice
        ("Chile brought troops to the border in 1978.", "1978"),  # brought something, not a case
        ("Chile staked everything on the talks in 1978.", "1978"),  # staked no claim
        # what the islands were designated as is cut off with the "but" clause
        (
            "Premier Ivan Orlov on Monday signed a decree designating islets held by Ruritania but claimed by "
            "Syldavia as a free port.",
            "Monday",
        ),
    ],
)
def test_no_year_question_when_the_statement_is_not_plain(sentence: str, date: str) -> None:
    assert ask_year(sentence, span(sentence, date)) is None


def test_counted_figure_becomes_how_many() -> None:
    s = "The new government expelled 4,000 Dutch settlers from the coast."
    assert parse(s) is None  # "The new government" is no named subject
    s = "Indonesia expelled 4,000 Dutch settlers from the coast, which angered The Hague."
    asked = ask_how_many(s, span(s, "4,000"), "settlers")
    assert asked == "How many Dutch settlers did Indonesia expel from the coast?"


def test_place_after_the_verb_becomes_which_island() -> None:
    s = "In August 2012, Lee Myung-bak visited Dokdo, the first president to do so."
    got = ask_which(s, span(s, "Dokdo"), "island", span(s, "August 2012"))
    assert got == "Which island did Lee Myung-bak visit in August 2012?"
    s = "Lee Myung-bak flew to Dokdo in August 2012."
    assert ask_which(s, span(s, "Dokdo"), "island") == "Which island did Lee Myung-bak fly to in August 2012?"
    s = "Lee Myung-bak spoke about Dokdo in August 2012."  # not the object of an act
    assert ask_which(s, span(s, "Dokdo"), "island") is None


def test_a_place_in_a_list_of_places_acted_on_is_not_asked_which() -> None:
    """ "seized Kunashiri, Etorofu, Shikotan and the Habomai islets": "Which island did they seize?" has
    four answers (both blind reviewers of sets 264-265 failed it), and a date after the verb is not
    moved to the end without its words ("by early September" had left "seize September")."""
    s = "After the armistice, Syldavian marines moved north and seized Varna, Kolpa and the Ossa islets by early May."
    assert ask_which(s, span(s, "Varna"), "island", span(s, "May")) is None
    s = "Syldavian marines seized Varna and Kolpa in 1921."
    assert ask_which(s, span(s, "Varna"), "island", span(s, "1921")) is None
    s = "After the armistice, Syldavian marines moved north and seized Varna by early May."
    assert ask_which(s, span(s, "Varna"), "island", span(s, "May")) != "Which island did Syldavian marines seize May?"
    s = "In 1921, Syldavian marines seized Varna."  # a date in the opening phrase still goes to the end
    got = ask_which(s, span(s, "Varna"), "island", span(s, "1921"))
    assert got == "Which island did Syldavian marines seize in 1921?"


@pytest.mark.parametrize(
    "sentence",
    [
        # "late in August": the modifier goes with the date; "two weeks after …" goes with its clause (both
        # blind reviewers of sets 268-269 failed "invaded by the Red Army late two weeks")
        "The Ossa Islands were invaded by the Syldavian navy late in August 2031 two weeks after the armistice.",
        "The Ossa Islands were invaded by the Syldavian navy early in 2031, three days before the armistice.",
    ],
)
def test_a_date_modifier_and_a_span_from_another_event_go_with_the_date(sentence: str) -> None:
    date = re.search(r"(?:August )?2031", sentence)
    assert date is not None
    assert ask_year(sentence, date.span()) == "In what year were the Ossa Islands invaded by the Syldavian navy?"
    s = "Ruritania held talks for two weeks in 2031."  # a span that is the act's own stays
    assert ask_year(s, span(s, "2031")) == "In what year did Ruritania hold talks for two weeks?"


def test_a_list_is_not_cut_down_to_its_first_item() -> None:
    """ "joint projects on the islands in fishing, farming, tourism and wind power": "in fishing" alone would
    say the projects were only that (both blind reviewers of sets 270-271 failed it); the list goes with its
    preposition."""
    rest = " to pursue joint projects on the Ossa Islands in fishing, greenhouse farming, tourism and wind power"
    assert simplify(rest) == " to pursue joint projects on the Ossa Islands"
    assert simplify(" the Ossa Islands, which Syldavia claims, and more") == " the Ossa Islands"


def test_a_place_that_opens_the_sentence_before_its_date_is_left_out_not_taken_for_the_subject() -> None:
    """ "In Klowtown in 1951, Syldavia renounced …" had been asked "In what year did In Klowtown Syldavia
    renounce …?" (both blind reviewers of sets 276-277 failed it)."""
    s = "In Klowtown in 1951, Syldavia renounced all rights and claims to the Ossa Islands, but it has since argued."
    date = span(s, "1951")
    asked = [ask_year(*r) for r in restatements(s, date)]
    assert "In what year did Syldavia renounce all rights and claims to the Ossa Islands?" in asked, asked
    assert not [a for a in asked if a and "In Klowtown" in a], asked


def test_a_sentence_adverb_without_its_comma_is_no_part_of_the_subject() -> None:
    """ "Earlier Russia proposed …" had been asked "did Earlier Russia propose" (a blind review of sets 278-279)."""
    s = "Earlier Syldavia proposed joint fishing off Urup in 2016."
    assert ask_year(s, span(s, "2016")) == "In what year did Syldavia propose joint fishing off Urup?"


def test_verbs_are_put_in_their_base_form_by_a_lexicon_not_by_stripping_letters() -> None:
    assert past_tense_lemma("ceded") == "cede"
    assert past_tense_lemma("occupied") == "occupy"
    assert past_tense_lemma("held") == "hold"
    assert past_tense_lemma("expelled") == "expel"
    assert past_tense_lemma("hundred") is None
    assert past_tense_lemma("Ceded") is None  # a capitalised word is part of a name


def test_an_act_dated_twice_is_not_asked_by_year() -> None:
    body = (
        "Lee Myung-bak visited Dokdo in August 2012. "
        "Lee Myung-bak visited Dokdo in May 2013 to open a lighthouse.\n\n"
        "In 1905, Japan incorporated Dokdo into Shimane Prefecture. "
        "Dokdo is also called Takeshima in Japan. Dokdo lies between Korea and Japan."
    )
    bank, report = build(body)
    years = [q.prompt for q in bank.questions if q.prompt.startswith("In what year")]
    assert "In what year did Japan incorporate Dokdo into Shimane Prefecture?" in years
    assert not any("Lee Myung-bak" in p for p in years)
    assert report.dropped["date: an act the articles date to more than one year"] == 2


def test_a_named_body_may_carry_where_it_sits() -> None:
    s = "In 1994, the International Court of Justice in The Hague ruled that the strip belonged to Chad."
    assert ask_year(s, (3, 7)) == (
        "In what year did the International Court of Justice in The Hague rule that the strip belonged to Chad?"
    )


def test_an_opening_date_may_be_followed_by_an_aside_that_places_it() -> None:
    s = "On 12 March 1983, a day after the garrison left the port, the Chilean navy seized the two islets."
    assert ask_year(s, span(s, "12 March 1983")) == "In what year did the Chilean navy seize the two islets?"
    s = "On 12 March 1983, two weeks after the vote, Chile seized the two islets."
    assert ask_year(s, span(s, "12 March 1983")) == "In what year did Chile seize the two islets?"
    # Any other aside may carry its own subject and verb: no question.
    s = "On 12 March 1983, as the fog lifted over the port, Chile seized the two islets."
    assert ask_year(s, span(s, "12 March 1983")) is None


def test_the_act_may_be_the_second_of_two_joined_verbs() -> None:
    s = "In 1983, the Chilean navy moved swiftly and seized the two islets by force."
    assert ask_year(s, span(s, "1983")) == "In what year did the Chilean navy seize the two islets by force?"
    s = "In 1983, Chile waited and said the two islets were Chilean."  # the second verb is speech
    assert ask_year(s, span(s, "1983")) is None


@pytest.mark.parametrize(
    ("sentence", "date", "question"),
    [
        (
            "Peru never made peace with Chile, though a joint declaration signed in 1929 formally ended the war.",
            "1929",
            "In what year was the joint declaration that formally ended the war signed?",
        ),
        (
            "Talks would build on the 1929 joint declaration signed by Peru and Chile and later accords.",
            "1929",
            "In what year did Peru and Chile sign the joint declaration?",
        ),
        (  # the sentence's full stop is no part of the signers' names
            "Talks would build on the 1929 joint declaration signed by Peru and Chile.",
            "1929",
            "In what year did Peru and Chile sign the joint declaration?",
        ),
        (
            "The treaty signed by Argentina and Chile in 1984 settled the Beagle Channel dispute.",
            "1984",
            "In what year did Argentina and Chile sign the treaty that settled the Beagle Channel dispute?",
        ),
        (  # the signers after the date; "resolved" is what a treaty does too
            "A treaty signed in 1984 by Argentina and Chile resolved the Beagle Channel dispute.",
            "1984",
            "In what year did Argentina and Chile sign the treaty that resolved the Beagle Channel dispute?",
        ),
    ],
)
def test_a_document_dated_by_its_signing(sentence: str, date: str, question: str) -> None:
    found = ask_document_year(sentence, span(sentence, date))
    assert found is not None and found[0] == question


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The treaty signed by Argentina and Chile in 1984 is still in force.", "1984"),  # which treaty?
        ("A pact signed in 1929 is still in force.", "1929"),  # nothing tells it apart
        (
            "A joint declaration signed in 1929 and revised in 1931 ended the war.",
            "1931",
        ),  # the date is not the signing
        ("The 1929 joint declaration signed by Peru and Chile in 1931 ended the war.", "1929"),  # two years
    ],
)
def test_no_document_question_when_the_document_is_not_told_apart(sentence: str, date: str) -> None:
    assert ask_document_year(sentence, span(sentence, date)) is None


def test_one_document_is_asked_once_however_the_sentences_name_it() -> None:
    body = (
        "Greece never made peace with Turkey, though a joint declaration signed by Greece and Turkey in 1930 "
        "formally ended the Greco-Turkish War. Athens still claims the Imia Islets.\n\n"
        "Talks on the Imia Islets would build on the 1930 joint declaration signed by Greece and Turkey."
    )
    bank, _ = build(body)
    asked = [q for q in bank.questions if q.answer == "1930"]
    assert [q.prompt for q in asked] == [
        "In what year did Greece and Turkey sign the joint declaration that formally ended the Greco-Turkish War?"
    ]
    assert asked[0].also, "the other sentence is kept as a citation"
    # ("… sign the joint declaration?" alone, or "signed by Peru and Chile." with its full stop, is never asked)


def test_an_opening_date_may_be_followed_by_a_short_when_aside() -> None:
    s = "In March 1983, when he was president, Ortega visited Isla Mocha, becoming the first leader to go."
    assert ask_year(s, span(s, "March 1983")) == "In what year did Ortega visit Isla Mocha?"


@pytest.mark.parametrize(
    ("sentence", "place", "date", "question"),
    [
        (
            "Lima wants back the Tacna Islands, seized by Chilean troops in 1880 and held ever since.",
            "Tacna Islands",
            "1880",
            "In what year did Chilean troops seize the Tacna Islands?",
        ),
        (
            "The row concerns the Chincha Islands, which were occupied by the Spanish navy in April 1864.",
            "Chincha Islands",
            "April 1864",
            "In what year did the Spanish navy occupy the Chincha Islands?",
        ),
        (
            "Bolivia lost the Litoral Province, which Chile annexed in 1884.",
            "Litoral Province",
            "1884",
            "In what year did Chile annex the Litoral Province?",
        ),
        (  # no comma: "islands seized by … in"
            "Lima and Santiago are at odds over the Tacna Islands seized by Chilean troops in 1880 in the war.",
            "Tacna Islands",
            "1880",
            "In what year did Chilean troops seize the Tacna Islands?",
        ),
        (  # held since a year: asked with "since", in the present perfect
            "The row over the Chincha Islands, which have been controlled by Peru since 1866, goes on.",
            "Chincha Islands",
            "1866",
            "Since what year has Peru controlled the Chincha Islands?",
        ),
    ],
)
def test_what_was_done_to_a_place_told_after_its_name(sentence: str, place: str, date: str, question: str) -> None:
    end = span(sentence, place)[1]
    assert ask_year_of_place_act(sentence, span(sentence, date), end, f"the {place}") == question


def test_no_place_act_question_for_other_verbs_or_clauses() -> None:
    s = "Lima wants back the Tacna Islands, praised by Chilean poets in 1880."
    assert ask_year_of_place_act(s, span(s, "1880"), span(s, "Tacna Islands")[1], "the Tacna Islands") is None
    s = "Lima wants back the Tacna Islands, where Chilean troops landed after a storm in 1880."
    assert ask_year_of_place_act(s, span(s, "1880"), span(s, "Tacna Islands")[1], "the Tacna Islands") is None


def test_an_act_done_again_later_is_asked_as_the_first_time() -> None:
    body = (
        "In March 2010, Miguel Ortega visited Isla Mocha, becoming the first minister to go there.\n\n"
        "He visited Isla Mocha again in July 2012 to open a school. Isla Mocha is claimed by Peru."
    )
    bank, report = build(body)
    asked = [q for q in bank.questions if q.answer == "2010"]
    assert [q.prompt for q in asked] == ["In what year did Miguel Ortega first visit Isla Mocha?"], report.lines()
    assert asked[0].choices is not None and "2012" not in asked[0].choices


def test_an_undated_act_done_to_two_places_is_not_asked_by_place() -> None:
    body = (
        "Miguel Ortega seized Mocha Island, which lies off the coast.\n\n"
        "Later Ortega seized Santa Maria Island, which lies further north. Mocha Island is claimed by Peru."
    )
    bank, report = build(body)
    assert not [q for q in bank.questions if q.prompt.startswith("Which island did")], report.lines()
    assert report.dropped["island: the same act on more than one place in the articles (which one?)"] >= 1


def test_an_undated_visit_is_not_asked_by_place() -> None:
    # "Which island did Ortega land on?": visits recur, and one the article does not tell of is a second answer
    body = (
        "Miguel Ortega landed on Mocha Island, which lies off the coast, officials said.\n\n"
        "Mocha Island is claimed by Peru. Fishing boats from Santa Maria Island work near Mocha Island."
    )
    bank, report = build(body)
    assert not [q for q in bank.questions if q.prompt.startswith("Which island did")], report.lines()
    assert report.dropped["island: an undated visit (visits recur: which one?)"] == 1


def test_a_dated_act_is_asked_once_by_its_year_not_again_by_its_place() -> None:
    body = (
        "In March 2010, Miguel Ortega visited Urup, the first minister to go there.\n\n"
        "Urup lies between Iturup and Simushir. Fishing boats from Urup work near Paramushir."
    )
    bank, report = build(body)
    prompts = [q.prompt for q in bank.questions]
    assert "In what year did Miguel Ortega visit Urup?" in prompts, report.lines()
    assert not [p for p in prompts if p.startswith("Which island did Miguel Ortega visit")]
    assert report.dropped["island: the same dated act is asked by its year"] == 1


def test_a_year_already_asked_is_not_asked_again_as_an_event_taking_place() -> None:
    body = (
        "The talks concern Urup, seized by Soviet troops in 1945 and held by Moscow since then.\n\n"
        "Urup lies between Iturup and Simushir. Veterans recalled Ruritania’s surrender in 1945 at a ceremony."
    )
    bank, report = build(body)
    years = [q.prompt for q in bank.questions if q.answer == "1945"]
    assert years == ["In what year did Soviet troops seize Urup?"], report.lines()
    assert report.dropped["date: another question already has this year for its answer"] == 1


def test_a_place_word_that_points_back_is_spelt_out_in_a_year_question() -> None:
    body = (
        "Hans Island is a barren rock in the Arctic, claimed by Canada and Denmark for decades.\n\n"
        "The island was partitioned between Canada and Denmark in June 2022, ending the so-called whisky war."
    )
    bank, report = build(body)
    prompts = [q.prompt for q in bank.questions if q.answer == "2022"]
    assert prompts == ["In what year was Hans Island partitioned between Canada and Denmark?"], report.lines()


def test_a_date_in_a_tacked_on_clause_does_not_make_the_act_look_repeated() -> None:
    body = (
        "Rocks in dispute lie off Urup, seized by Soviet troops in 1945.\n\n"
        "The Shimane Prefecture has held a ceremony since 2006, and it marks the day that the rocks were "
        "incorporated into the prefecture on February 22, 1905."
    )
    bank, report = build(body)
    assert "Since what year has the Shimane Prefecture held a ceremony?" in [q.prompt for q in bank.questions], (
        report.lines()
    )


def test_a_year_in_a_documents_name_may_stay_in_the_question_but_is_no_choice() -> None:
    s = "In 2018, Ruritania and Syldavia agreed to speed up talks on the basis of the Riga Declaration of 1956."
    assert ask_year(s, span(s, "2018")) == (
        "In what year did Ruritania and Syldavia agree to speed up talks on the basis of the Riga Declaration of 1956?"
    )
    body = f"{s}\n\nRuritania and Syldavia both claim Urup, which lies between Iturup and Simushir."
    bank, report = build(body)
    asked = [q for q in bank.questions if q.answer == "2018"]
    assert asked and asked[0].choices is not None and "1956" not in asked[0].choices, report.lines()


def test_a_tacked_on_following_or_due_to_is_left_out() -> None:
    s = "In March 2022, Moscow suspended talks with Lima following sanctions imposed by Peru due to the war."
    assert ask_year(s, span(s, "March 2022")) == "In what year did Moscow suspend talks with Lima?"


def test_no_wrong_year_after_the_articles_year() -> None:
    body = (
        "In March 2017, Ruritania suspended talks on Urup with Syldavia.\n\n"
        "Urup lies between Iturup and Simushir, and Ruritania and Syldavia both claim it."
    )
    bank, report = build(body)  # the article is dated June 2019
    asked = [q for q in bank.questions if q.answer == "2017"]
    assert asked, report.lines()
    assert all(int(c) <= 2019 for q in asked for c in q.choices or [])


def test_a_landmark_of_world_history_is_not_asked() -> None:
    body = (
        "The rocks were seized by Ruritania after Japan's surrender in World War II on Aug. 15, 1945.\n\n"
        "Veterans recalled the final days of World War II in August 1945 at a ceremony on Urup."
    )
    bank, report = build(body)
    assert not [q for q in bank.questions if q.answer == "1945" and "take place" in q.prompt], report.lines()
    assert (
        report.dropped["date: a landmark of world history (every learner knows the year): background, not the topic"]
        >= 1
    )


def test_one_article_asks_one_question_per_year() -> None:
    # the invasion and the annexation of one year are one turn of the story: each year answers the other
    body = (
        "Ruritanian tanks crossed the border and invaded Urup in 1921.\n\n"
        "King Otto annexed the whole of Urup in 1921, citing an old treaty.\n\n"
        "Urup lies between Iturup and Simushir, and Ruritania and Syldavia both claim it."
    )
    bank, report = build(body)
    assert len([q for q in bank.questions if q.answer == "1921"]) == 1, report.lines()
    assert any("other question has this year" in r for r in report.dropped)


def test_a_war_known_by_its_name_is_general_history_not_asked() -> None:
    body = (
        "Ruritania took Urup from Syldavia during the Seven-Week War of 1921.\n\n"
        "Urup lies between Iturup and Simushir, and Ruritania and Syldavia both claim it."
    )
    bank, report = build(body)
    assert not [q for q in bank.questions if "War" in q.prompt], report.lines()


def test_a_signing_in_the_year_of_a_named_document_is_the_same_fact() -> None:
    body = (
        "The Riga Declaration was signed in 1956 by Ruritania and Syldavia, and both claim Urup.\n\n"
        "In October 1956, Ruritania and Syldavia signed a declaration to end hostilities and restore ties."
    )
    bank, report = build(body)
    assert len([q for q in bank.questions if q.answer == "1956"]) == 1, (
        [q.prompt for q in bank.questions],
        report.lines(),
    )


def test_area_in_a_statement_of_fact_is_spelt_out_from_a_named_territory() -> None:
    body = (
        "Ruritania and Syldavia both claim the Zora Triangle, a desert strip on their border.\n\n"
        "In 2014, Ruritania signed contracts with companies for gold exploration in the area."
    )
    bank, report = build(body)
    prompts = [q.prompt for q in bank.questions if q.answer == "2014"]
    assert prompts == [
        "In what year did Ruritania sign contracts with companies for gold exploration in the Zora Triangle?"
    ], report.lines()


def ask_year_in_subordinate(sentence: str, date_span: tuple[int, int]) -> str | None:
    """The year question of the dated clause after "after", "when" …, as the question writer asks it."""
    from studyapp.pipeline.clauses import subordinate_statement

    found = subordinate_statement(sentence, date_span)
    return ask_year(*found) if found else None


def test_a_dated_subordinate_clause_is_a_statement_of_its_own() -> None:
    s = "Relations soured after then-minister Miguel Ortega flew to Isla Mocha in March 2010, the first visit."
    assert ask_year(s, span(s, "March 2010")) is None
    assert (
        ask_year_in_subordinate(s, span(s, "March 2010"))
        == "In what year did Minister Miguel Ortega fly to Isla Mocha?"
    )
    s = "Relations soured after he flew to Isla Mocha in March 2010."
    assert ask_year_in_subordinate(s, span(s, "March 2010")) is None  # who? another sentence says


def test_a_landmark_with_its_war_named_is_still_a_landmark() -> None:
    body = (
        "The rocks were seized by Ruritania in the days after Japan's World War II surrender in 1945.\n\n"
        "Veterans recalled Germany's wartime defeat in 1945 at a ceremony on Urup."
    )
    bank, report = build(body)
    assert not [q for q in bank.questions if q.answer == "1945" and "take place" in q.prompt], report.lines()


@pytest.mark.parametrize(
    "surrender",
    [
        "The rocks off Urup were seized by Ruritania after Japan surrendered in World War II in August 1945.",
        # with an adverb: "In what year did Japan formally surrender …?" (blind reviewers of sets 66-67
        # flagged it as common knowledge)
        "Japan formally surrendered to the Allied Powers on Sept. 2, 1945, aboard a battleship off Urup.",
        # the war's end as a noun in the act of a named man: "who signed an act on Japan's capitulation"
        "The streets of Urup honour Gen Ivan Petrov, who signed an act on Japan's capitulation on Sept. 2, 1945.",
        "Japan signed surrender documents aboard a battleship off Urup on Sept. 2, 1945.",
    ],
)
def test_a_landmark_worded_as_an_act_is_not_asked(surrender: str) -> None:
    body = f"{surrender}\n\nUrup lies between Iturup and Simushir, and Ruritania and Syldavia both claim it."
    bank, report = build(body)
    assert not [q for q in bank.questions if re.search("surrender|capitulation", q.prompt)], report.lines()


def test_the_disputes_own_act_after_the_surrender_is_no_landmark() -> None:
    from studyapp.pipeline.questions.date_questions import _LANDMARK_ACT

    assert not _LANDMARK_ACT.search("In what year did the Soviet Union seize Urup after Japan's surrender?")


def test_a_bare_year_between_subject_and_verb_is_read_and_put_first() -> None:
    # "Russia in 1992 secretly proposed returning … before the conclusion of a peace treaty, but Tokyo …": put
    # last, the year would seem to date the treaty; put first it dates the proposal
    sentence = "Chile in 2031 secretly proposed sharing the islets with Peru before a treaty, but Lima refused."
    assert "In what year did Chile secretly propose sharing the islets with Peru?" in [
        ask_year(*r) for r in restatements(sentence, span(sentence, "2031"))
    ]


def test_the_doers_own_occasion_after_an_opening_date_is_left_out() -> None:
    sentence = "In May 2031, during his visit to Lima, Chilean President Ana Ruiz agreed with Peru to open the border."
    assert "In what year did Chilean President Ana Ruiz agree with Peru to open the border?" in [
        ask_year(*r) for r in restatements(sentence, span(sentence, "May 2031"))
    ]
    # a scene of its own ("at the height of the pandemic") is no occasion of the doer's: the sentence stays
    sentence = "In 2031, at the height of the pandemic, Chilean President Ana Ruiz sent a video message instead."
    assert all(r[0].count(",") == sentence.count(",") for r in restatements(sentence, span(sentence, "2031")))


def test_a_leading_connective_does_not_stop_a_dated_statement_from_being_asked() -> None:
    body = (
        "Thus, in 1905, Japan incorporated Dokdo into Shimane Prefecture. "
        "Dokdo is also called Takeshima in Japan. Dokdo lies between Korea and Japan."
    )
    bank, _ = build(body)
    assert "In what year did Japan incorporate Dokdo into Shimane Prefecture?" in [q.prompt for q in bank.questions]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Chile and Peru have agreed to do their utmost to sign a border treaty by 2030.",
            "Chile and Peru agreed to do their utmost to sign a border treaty by what year?",
        ),
        (
            "Lagos said he and Bachelet agreed to work toward a border treaty between Chile and Peru by the year 2030.",
            "Lagos and Bachelet agreed to work toward a border treaty between Chile and Peru by what year?",
        ),
        (  # a reported commitment: the subject after "that"
            "Officials said that Chile and Peru have agreed to sign a border treaty by 2030.",
            "Chile and Peru agreed to sign a border treaty by what year?",
        ),
        (
            "Lagos and Bachelet told reporters that they had agreed to intensify efforts to sign a treaty by 2030.",
            "Lagos and Bachelet agreed to intensify efforts to sign a treaty by what year?",
        ),
        (  # the commitment in a clause on the meeting it was made at
            "The thaw followed the so-called lakeside summit, where Chilean President Ricardo Lagos and "
            "Peruvian President Alan Garcia pledged to sign a border treaty by 2030.",
            "Chilean President Ricardo Lagos and Peruvian President Alan Garcia pledged to sign a border treaty "
            "by what year?",
        ),
        (
            "Hopes rose in Lima, when Chile and Peru agreed to sign a border treaty by 2030.",
            "Chile and Peru agreed to sign a border treaty by what year?",
        ),
    ],
)
def test_a_commitment_with_a_deadline_becomes_by_what_year(sentence: str, question: str) -> None:
    assert ask_deadline(sentence, span(sentence, "2030")) == question


def test_a_named_bodys_dated_act_in_a_relative_clause_is_a_statement_of_its_own() -> None:
    sentence = "Chile and Peru took their row to the Permanent Court of Arbitration, which in 2031 ruled for Lima."
    statement = relative_act(sentence, span(sentence, "2031"))
    assert statement == ("the Permanent Court of Arbitration in 2031 ruled for Lima.", (38, 42))
    assert ask_year(*statement) == "In what year did the Permanent Court of Arbitration rule for Lima?"
    sentence = "The names honour Admiral Jorge Vial, who signed the Arica accord in 2031, and two pilots."
    assert relative_act(sentence, span(sentence, "2031")) == (
        "Admiral Jorge Vial signed the Arica accord in 2031",
        (46, 50),
    )
    # the next name of a list, with a clause of its own, is no part of the act (sets 226-227: "sign the
    # Instrument of Surrender with the Allies and Gen. X?", failed by both blind reviewers)
    sentence = (
        "The islets honour Jorge Vial, who signed the Arica accord with Peru in 2031 and Ana Ruiz, who led the "
        "landing in the same year."
    )
    statement = relative_act(sentence, span(sentence, "2031"))
    assert statement == ("Jorge Vial signed the Arica accord with Peru in 2031", (48, 52))
    assert ask_year(*statement) == "In what year did Jorge Vial sign the Arica accord with Peru?"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lima wants the islets off northern Chile, which were seized by Chilean troops in 2031.",  # passive
        "The islets belong to Peru, which Chile invaded in 2031.",  # the clause has its own subject
        "The last minister to go was Ana Ruiz, who travelled there in 2031.",  # there: where?
        "Lima claims the islets of Chile, which in 2031 built a port.",  # part of a longer name
    ],
)
def test_no_statement_from_a_relative_clause_that_is_not_the_names_own_act(sentence: str) -> None:
    assert relative_act(sentence, span(sentence, "2031")) is None


def test_a_deadline_pledged_in_an_opening_participle_is_the_main_subjects() -> None:
    sentence = (
        "After pledging to sign a border treaty by 2030, Chilean President Ricardo Lagos and "
        "Peruvian President Alan Garcia parted as friends."
    )
    assert ask_deadline_opening(sentence, span(sentence, "2030")) == (
        "Ricardo Lagos and Alan Garcia pledged to sign a border treaty by what year?"
    )


def test_no_deadline_question_for_a_figure_or_a_plain_date() -> None:
    assert (
        ask_deadline("The petition was signed by 2000 people.", span("The petition was signed by 2000 people.", "2000"))
        is None
    )
    sentence = "Chile agreed to sign the treaty in 2030."
    assert ask_deadline(sentence, span(sentence, "2030")) is None


def test_how_many_takes_the_determiner_with_the_figure_and_leaves_out_the_weekday() -> None:
    # "withdraw its from the peninsula": the possessive stayed behind when the figure was asked
    s = "Freedonia had agreed to withdraw its 2,500 troops from the peninsula on Monday as part of a deal."
    assert (
        ask_how_many(s, span(s, "2,500"), "troops")
        == "How many troops did Freedonia agree to withdraw from the peninsula?"
    )
    s = "Ruritania deployed all 900 marines to the Imia Islets last Friday morning."
    assert ask_how_many(s, span(s, "900"), "marines") == "How many marines did Ruritania deploy to the Imia Islets?"
    s = "Ruritania deployed all of its 900 marines to the Imia Islets."
    assert ask_how_many(s, span(s, "900"), "marines") == "How many marines did Ruritania deploy to the Imia Islets?"


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (
            "They were seized by Freedonia after it declared war on Ruritania on August 8, 1945, a week before.",
            "August 8, 1945",
            "In what year did Freedonia declare war on Ruritania?",
        ),
        (
            "Ruritania lost the islets after it signed the Treaty of Zenda in 1899.",
            "1899",
            "In what year did Ruritania sign the Treaty of Zenda?",
        ),
    ],
)
def test_it_in_a_dated_subordinate_clause_is_the_one_name_before_it(sentence: str, date: str, asked: str) -> None:
    sub = subordinate_statement(sentence, span(sentence, date))
    assert sub is not None
    assert ask_year(*sub) == asked


@pytest.mark.parametrize(
    "sentence",
    [
        "The islets were taken after it rained in 1899.",
        # two names before "it": the sanctions were on Freedonia, which annexed (not Ruritania)
        "Ruritania joined the sanctions imposed on Freedonia after it annexed the Imia Islets in 1899.",
    ],
)
def test_it_with_no_single_name_before_it_is_left_alone(sentence: str) -> None:
    assert subordinate_statement(sentence, span(sentence, "1899")) is None


def test_they_in_an_opening_clause_is_the_two_sides_the_main_clause_names() -> None:
    s = "Although they normalized diplomatic relations in 1899, Ruritania and Freedonia never signed a treaty."
    sub = subordinate_statement(s, span(s, "1899"))
    assert sub is not None
    assert ask_year(*sub) == "In what year did Ruritania and Freedonia normalize diplomatic relations?"
    for s in (
        "Although they met in 1899, the two sides never agreed.",  # no names: who?
        "Although they normalized relations in 1899, Ruritania has no treaty.",  # one side is not "they"
        "Ruritania and Freedonia argued although they met in 1899.",  # not an opening clause
    ):
        assert subordinate_statement(s, span(s, "1899")) is None, s


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (  # an acronym in brackets before the date
            "Guyana first took its case to the Permanent Court of Arbitration (PCA) in May 1999.",
            "May 1999",
            "In what year did Guyana first take its case to the Permanent Court of Arbitration?",
        ),
        (  # "an accord, known as the X," is the X; narrative "then" is left out
            "Chile and Peru then signed an accord, known as the Lima protocol, in Santiago in June 1929 during talks.",
            "June 1929",
            "In what year did Chile and Peru sign the Lima protocol in Santiago?",
        ),
        (  # an opening phrase with no verb and no date
            "After a long legal battle, the Arbitral Tribunal ruled in July 2016 that the shoal belonged to no one.",
            "July 2016",
            "In what year did the Arbitral Tribunal rule that the shoal belonged to no one?",
        ),
    ],
)
def test_year_questions_read_past_brackets_asides_and_opening_phrases(sentence: str, date: str, asked: str) -> None:
    assert ask_year(sentence, span(sentence, date)) == asked


def test_an_opening_clause_with_its_own_act_is_not_skipped() -> None:
    s = "After Peru surrendered, Chile seized the port in 1880."
    assert ask_year(s, span(s, "1880")) is None


def test_a_figure_with_a_thousands_comma_is_not_cut_at_its_comma() -> None:
    # "in the 27?" (both blind reviewers of sets 321-322 failed the cut question)
    s = "In June 2001, Syldavia and Borduria signed an agreement on oil exploration in the 27,000-square-km zone."
    assert ask_year(s, span(s, "June 2001")) == (
        "In what year did Syldavia and Borduria sign an agreement on oil exploration in the 27,000-square-km zone?"
    )


def test_a_year_that_dates_a_participle_after_the_object_is_not_the_main_acts() -> None:
    # the year is when the charter was adopted, not when the amendments were proposed
    s = "President Ana Ruiz proposed a number of amendments to the Charter of Ruritania adopted in 1993."
    assert ask_year(s, span(s, "1993")) is None
    s = "President Ana Ruiz proposed a number of amendments to the Charter of Ruritania in 2020."
    assert ask_year(s, span(s, "2020")) == (
        "In what year did President Ana Ruiz propose a number of amendments to the Charter of Ruritania?"
    )
    # nor one that dates a participle further back: the year is the agreement's, not the referring's (both
    # blind reviewers of sets 314-315)
    s = "The Syldavian Army referred to an earlier agreement made between Syldavia and Ruritania in 1978 on borders."
    assert ask_year(s, span(s, "1978")) is None
    s = "Syldavia claimed islands occupied by Ruritania in 1945."
    assert ask_year(s, span(s, "1945")) is None
    s = "Syldavia seized the disputed islands in 1945."
    assert ask_year(s, span(s, "1945")) == "In what year did Syldavia seize the disputed islands?"


def test_a_visit_dated_by_its_month_alone_is_not_asked_by_place() -> None:
    # "in April" says no year: "Which island did Ortega visit?" has every other visit for an answer
    body = (
        "Deputy Minister Miguel Ortega visited Urup, one of the four islands, in April, Kyodo said.\n\n"
        "Urup lies between Iturup and Simushir. Fishing boats from Urup work near Paramushir."
    )
    bank, report = build(body)
    assert not [q for q in bank.questions if q.prompt.startswith("Which island did")], report.lines()


def test_a_long_run_of_words_after_a_comma_is_read_in_one_pass() -> None:
    """A comma then forty words with no second comma: the apposition pattern once tried every split
    of the run (its time doubled with every few words; a build of two unseen sets hung). Run in a child
    process so that a regression fails here instead of hanging the suite."""
    import subprocess
    import sys

    run = " ".join(["the", "old", "fishing", "boats", "sailed", "north"] * 7)
    sentence = f"Japan, {run} from the port of Nemuro in 1990."
    code = (
        "from studyapp.pipeline.clauses import parse\n"
        f"parse({sentence!r}, ({len(sentence) - 5}, {len(sentence) - 1}))\n"
        f"parse({'In 1990 ' + sentence[:-9] + '.'!r}, (3, 7))\n"
    )
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("parsing one sentence did not finish: the apposition pattern backtracks")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("sentence", "date", "question"),
    [
        # the document dates the act: "In the 1956 joint declaration, the Soviet Union agreed …"
        (
            "In the 1855 joint declaration, Ruritania agreed to hand Urup over to Syldavia after a peace treaty.",
            "1855",
            "In what year did Ruritania agree to hand Urup over to Syldavia?",
        ),
        (
            "Under the 1907 treaty, Syldavia renounced its claim to the Hanish Islands.",
            "1907",
            "In what year did Syldavia renounce its claim to the Hanish Islands?",
        ),
        # troops pulled out are an act; "finally", "later" are narration and stay out of the question
        (
            "Ruritania and Syldavia finally pulled hundreds of soldiers from the disputed zone in July 2012.",
            "July 2012",
            "In what year did Ruritania and Syldavia pull hundreds of soldiers from the disputed zone?",
        ),
        # a relative clause led by a preposition ends the act with it (not "… sign a Joint Declaration in?")
        (
            "In 1855, Ruritania and Syldavia signed a Joint Declaration in which Ruritania gave up Urup.",
            "1855",
            "In what year did Ruritania and Syldavia sign a Joint Declaration?",
        ),
        (
            "Urup was later seized by Ruritania in 1945.",
            "1945",
            "In what year was Urup seized by Ruritania?",
        ),
        # a territory claimed is an act, not words (the West New Guinea article of sets 206-207)
        (
            "In 1791 Syldavia claimed eastern Urup, ruled it loosely but with little interest.",
            "1791",
            "In what year did Syldavia claim eastern Urup?",
        ),
        (
            "Ruritania claimed sovereignty over the Hanish Islands in 1907 as terra nullius.",
            "1907",
            "In what year did Ruritania claim sovereignty over the Hanish Islands?",
        ),
        # a meeting told by its host
        (
            "President Ivo Brandt hosted Jean Tremblay in March 2004 for talks on the border.",
            "March 2004",
            "In what year did President Ivo Brandt host Jean Tremblay for talks on the border?",
        ),
        # a month with no comma after it ends the opening phrase, as a year does
        (
            "In September Syldavian Prime Minister Ivo Brandt visited Urup.",
            "September",
            "In what year did Syldavian Prime Minister Ivo Brandt visit Urup?",
        ),
        # an acronym in brackets is no aside: the phrase goes on after it
        (
            "On May 2, 2004, Prime Minister Ivo Brandt visited Urup to open the liquefied natural gas (LNG) plant "
            "of the Ostra Project.",
            "May 2, 2004",
            "In what year did Prime Minister Ivo Brandt visit Urup to open the liquefied natural gas plant of the "
            "Ostra Project?",
        ),
        # an adverb that times the clause tacked on goes with it ("just after", both blind reviewers of sets
        # 220-221 failed "seize the Kuril Islands just?")
        (
            "The Syldavians seized Urup on 8 August 1945 just after Ruritania had surrendered.",
            "8 August 1945",
            "In what year did the Syldavians seize Urup?",
        ),
        (
            "Syldavia annexed Urup in 1946 shortly before the treaty was signed.",
            "1946",
            "In what year did Syldavia annex Urup?",
        ),
        # a place taken back; a decision with what was decided, not the proviso tacked on after it
        (
            "In 1933, the Syldavians recaptured Urup from Ruritania.",
            "1933",
            "In what year did the Syldavians recapture Urup from Ruritania?",
        ),
        (
            "In 2016, Ruritania and Syldavia decided to promote joint fishing on Urup on the condition that it "
            "would not harm either side's legal position.",
            "2016",
            "In what year did Ruritania and Syldavia decide to promote joint fishing on Urup?",
        ),
    ],
)
def test_an_act_dated_by_its_document_or_told_as_narration_is_asked(sentence: str, date: str, question: str) -> None:
    assert ask_year(sentence, span(sentence, date)) == question


def test_a_statement_dated_by_its_document_is_not_an_act() -> None:
    s = "In a 2001 statement, Syldavia said it wanted all four islands."
    assert ask_year(s, span(s, "2001")) is None


def test_a_claim_of_what_is_true_is_words_not_an_act() -> None:
    """ "claimed Tokyo was wrong": "that" left out, the claim is words (a place claimed is an act)."""
    s = "In 2019, Syldavia claimed Ruritania was wrong about the islands."
    assert ask_year(s, span(s, "2019")) is None


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # troops leave a country and come back (both blind reviewers of sets 78-79 failed "In what year did
        # Israel withdraw from Lebanon?"); a named zone says which withdrawal
        ("Violence has flared near Urup since Syldavia withdrew from Lebanon in May 2000.", None),
        (
            "Syldavia withdrew its troops from Urup in May 2000.",
            "In what year did Syldavia withdraw its troops from Urup?",
        ),
        # a document named only by its kind in lower case: which one, the question does not say
        ("In 1855, Ruritania and Syldavia signed the joint declaration.", None),
        (
            "In 1855, Ruritania and Syldavia signed the Treaty of Urup.",
            "In what year did Ruritania and Syldavia sign the Treaty of Urup?",
        ),
    ],
)
def test_a_withdrawal_from_a_country_or_an_unnamed_document_is_not_dated(sentence: str, asked: str | None) -> None:
    bank, report = build(
        f"{sentence}\n\nUrup lies between Iturup and Simushir, and Ruritania and Syldavia both claim it."
    )
    dated = [q.prompt for q in bank.questions if q.kind == "date"]
    assert dated == ([asked] if asked else []), (dated, report.lines())


@pytest.mark.parametrize(
    "body",
    [
        "Egypt and Sudan have both claimed the Halaib Triangle since Sudanese independence in 1956. "
        "Egyptian troops patrol the Halaib Triangle.",
        "Britain kept the Chagos Islands after Mauritius's independence from Britain in March 1968. "
        "Mauritius and Britain both claim the Chagos Islands.",
        "Egypt and Sudan have both claimed the Halaib Triangle since Sudan gained independence from "
        "Britain in 1956. Egyptian troops patrol the Halaib Triangle.",
    ],
)
def test_a_partys_independence_is_not_dated(body: str) -> None:
    """ "In what year did Croatia become independent?": declared in 1991, recognised in 1992 (both blind
    reviewers of sets 128-129 failed it), and a decolonisation date tells nothing of the dispute (flagged
    in sets 104-105)."""
    bank, report = build(body)
    assert not [q.prompt for q in bank.questions if "independent" in q.prompt], report.lines()


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Ruritania fought a war with Syldavia in 1977 over the disputed region of Urup.",
            "In what year did Ruritania fight a war with Syldavia over the disputed region of Urup?",
        ),
        ("In 2020, Ruritania and Syldavia fought a major war in which Urup changed hands.", None),  # one of several
    ],
)
def test_a_war_is_asked_by_its_year_only_with_its_foe_or_its_cause(sentence: str, question: str | None) -> None:
    year = re.search(r"\b(?:19|20)\d\d\b", sentence)
    assert year is not None
    assert ask_year(sentence, year.span()) == question


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        # "the war with Syldavia": who fought it? (both blind reviewers of sets 136-137 failed it)
        ("Ruritania lost much. The war with Syldavia in 1977 left Urup divided.", "war with Syldavia"),
        # "the Syldavian offer": which offer, the sentences before said
        ("Ruritania rejected the Syldavian offer in 1956 as insufficient, yet talks went on.", "Syldavian offer"),
    ],
)
def test_an_event_that_leans_on_what_came_before_is_not_asked(body: str, gone: str) -> None:
    bank, report = build(body + "\n\nRuritania and Syldavia argue over Urup.")
    assert not [q for q in bank.questions if gone in q.prompt], report.lines()


def test_a_treaty_named_with_a_list_keeps_its_whole_name_in_a_when_clause() -> None:
    """ "…, when the two nations signed the Treaty of Commerce, Navigation and Delimitation, which …" was
    asked as "the Treaty of Commerce" (both blind reviewers of sets 144-145 failed the cut name)."""
    bank, report = build(
        "The border between Ruritania and Syldavia was set on Feb. 7, 1855, when Ruritania and Syldavia signed the "
        "Treaty of Commerce, Navigation and Delimitation, which confirmed the boundary at Urup."
    )
    asked = [q.prompt for q in bank.questions if q.answer == "1855"]
    assert asked and all("Treaty of Commerce, Navigation and Delimitation" in p for p in asked), report.lines()


def test_a_name_listed_with_a_comma_before_and_is_one_name() -> None:
    """ "the Treaty of Commerce, Navigation, and Delimitation": the comma before "and" is still inside the
    name (sets 228-229 asked "the signing of the Treaty of Commerce?")."""
    rest = " to mark the signing of the Treaty of Commerce, Navigation, and Delimitation between Ruritania and Syldavia"
    assert simplify(rest) == rest
    assert simplify(" the Treaty of Commerce, Navigation, and Delimitation, which set the border") == (
        " the Treaty of Commerce, Navigation, and Delimitation"
    )


def test_a_document_named_by_its_parties_in_one_hyphenated_word_is_not_asked() -> None:
    """ "In what year was the Russo-Japanese agreement signed?": Russia and Japan made several."""
    from studyapp.pipeline.questions.date_questions import _kind_and_parties_only

    assert _kind_and_parties_only("the Russo-Japanese agreement")
    assert _kind_and_parties_only("a Soviet-Japanese declaration")
    assert not _kind_and_parties_only("the Sykes-Picot Agreement")


@pytest.mark.parametrize(
    ("sentence", "date", "subject", "asked"),
    [
        (
            "Defense Minister Ivan Orlov inspected military facilities Friday on the disputed island of Urup, "
            "prompting a protest from Syldavia.",
            "Friday",
            "Defense Minister Ivan Orlov",
            "Who inspected military facilities on the disputed island of Urup",
        ),
        (
            "On July 3, Prime Minister Ivan Orlov visited Urup.",
            "July 3",
            "Prime Minister Ivan Orlov",
            "Who visited Urup",
        ),
        (
            "Ivan Orlov signed a decree designating Urup as a special economic zone on Wednesday.",
            "Wednesday",
            "Ivan Orlov",
            "Who signed a decree designating Urup as a special economic zone",
        ),
        # a tour of the islands is a visit (Russia's prime minister touring the Kurils, sets 210-211)
        (
            "Prime Minister Ivan Orlov toured islands claimed by Syldavia on Monday, prompting a protest.",
            "Monday",
            "Prime Minister Ivan Orlov",
            "Who toured islands claimed by Syldavia",
        ),
    ],
)
def test_a_named_persons_dated_act_is_asked_who_did_it(sentence: str, date: str, subject: str, asked: str) -> None:
    doer = ask_who(sentence, span(sentence, date))
    assert doer is not None and (doer.subject, doer.asked) == (subject, asked)
    assert sentence[doer.subject_start :].startswith(subject)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Ivan Orlov and Petr Smid met in Urup on May 6.", "May 6"),  # a meeting: two doers
        ("Ivan Orlov also visited Urup on May 6.", "May 6"),  # "also": another visit told before
        ("Ivan Orlov arrived there on May 6.", "May 6"),  # where, the sentence before says
        ("Ivan Orlov announced a plan to visit Urup at the end of July.", "July"),  # part of a longer time
        ("Ivan Orlov said on May 6 that Urup is Syldavian.", "May 6"),  # words: a stance, asked elsewhere
        # the complement cut off by "but": what the islands were designated as is lost
        (
            "Ivan Orlov on Monday signed a decree designating islands held by Ruritania but claimed by Syldavia "
            "as a zone.",
            "Monday",
        ),
    ],
)
def test_no_who_did_it_where_the_act_is_no_one_persons_whole_act(sentence: str, date: str) -> None:
    assert ask_who(sentence, span(sentence, date)) is None


def test_a_journey_is_no_act_asked_who_did_it() -> None:
    """ "In September 2004, who flew to Hokkaido and boarded a patrol boat?" tests the itinerary (both blind
    reviewers of the late rules flagged it)."""
    sentence = "Prime Minister Ivan Orlov flew to Urup on Tuesday and boarded a patrol boat."
    assert ask_who(sentence, span(sentence, "Tuesday")) is None


def test_a_deadlines_wrong_years_come_after_the_pledge() -> None:
    """ "pledged to sign a treaty by 2000" with 1992, 1993 and 1996 as wrong choices: only 2000 comes after
    a 1997 pledge (both blind reviewers of the late rules failed it)."""
    bank, report = build(
        "Ruritania and Syldavia argue over Urup.\n\nIn 1997, Ruritania and Syldavia pledged to sign a peace "
        "treaty by 2000."
    )
    asked = [q for q in bank.questions if q.prompt.endswith("by what year?")]
    assert asked and asked[0].choices is not None, report.lines()
    assert all(int(c) > 1997 for c in asked[0].choices), asked[0].choices


def test_a_documents_long_description_is_left_out_of_a_year_question() -> None:
    """A blind review failed "sign the Joint Declaration on ending the war between the Soviet Union and Japan
    and restoring diplomatic and consular relations in Moscow" as pasted; the name and the place stay."""
    s = (
        "Ruritania and Syldavia signed the Joint Communique on ending the state of war between the two "
        "kingdoms and opening consulates in Klow on 3 May 1961."
    )
    assert (
        ask_year(s, span(s, "3 May 1961"))
        == "In what year did Ruritania and Syldavia sign the Joint Communique in Klow?"
    )
    short = "Ruritania and Syldavia signed the Fisheries Agreement on sharing the lake in 1961."
    assert ask_year(short, span(short, "1961")) == (
        "In what year did Ruritania and Syldavia sign the Fisheries Agreement on sharing the lake?"
    )
