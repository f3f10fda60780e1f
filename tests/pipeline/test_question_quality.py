"""Each defect class a strict teacher found has a rule; each rule is tested here on sentences
written for these tests (none comes from the course's articles)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank, QuestionRecord
from studyapp.pipeline.build import BuildReport, build_from_sources
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.pipeline.quality import PASS_MARK, Score, judge_sentence, strip_connective
from studyapp.pipeline.questions import normalize
from studyapp.pipeline.sources import infer_meta


def source(sid: str, body: str, title: str = "Islands in dispute", date: str = "2019-06") -> Source:
    meta = SourceMeta(title=title, author="Jane Roe", publisher="Test Gazette", date=date)
    return Source(id=sid, path=f"{sid}.txt", text=f"{title}\n\n{body}\n", meta=meta)


# Two more people quoted on the Imia Islets, so that a who-said question has wrong choices of its dispute.
OTHER_VOICES = (
    "Professor Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
    "Analyst Hugo Marsh argued that the Imia Islets talks would stall until the next election."
)
# Three: so that a commentator's quotation is asked "What did X say?" too (its who-said is kept beside it only).
THREE_VOICES = OTHER_VOICES + "\n\nAnalyst Omar Haddad argued that the Imia Islets dispute will return to the courts."


def build(*sources: Source) -> tuple[Bank, BuildReport]:
    bank, report = build_from_sources(list(sources))
    assert check_bank(bank) == []
    return bank, report


def prompts(bank: Bank) -> list[str]:
    return [q.prompt for q in bank.questions]


def score_of(sentence: str) -> Score:
    s = Score()
    judge_sentence(sentence, s)
    return s


def questions_with(bank: Bank, word: str) -> list[QuestionRecord]:
    return [q for q in bank.questions if word in q.answer or word in q.prompt]


# -- 1. sentence pasting -------------------------------------------------------------------------
def test_sentence_that_opens_mid_thought_is_not_blanked() -> None:
    for opener in ("On the other hand, ", "After that, ", "Instead, ", "Worse, "):
        assert not score_of(f"{opener}the garrison on the island was doubled in 1982.").passes, opener
    for opener in ("For starters, ", "Still, ", "However, "):  # these can go without changing the claim
        assert strip_connective(f"{opener}the garrison was doubled.") == "The garrison was doubled."


def test_droppable_connective_is_removed_from_the_prompt() -> None:
    assert strip_connective("However, the treaty was never ratified.") == "The treaty was never ratified."
    assert strip_connective("But the treaty was never ratified.") == "The treaty was never ratified."
    assert strip_connective("The treaty was never ratified.") == "The treaty was never ratified."


def test_sentence_leaning_on_context_is_not_used() -> None:
    for s in (
        "He signed the treaty in 1982 after a long war.",
        "The fishermen then living there were moved to the mainland in 1947.",
        "These islands were transferred in 1947 under a secret protocol.",
        "This month the two navies held exercises near the reef.",
        "The main reason is the fishing rights around the reef.",
    ):
        assert not score_of(s).passes, s


def test_source_typo_and_long_aside_lose_points() -> None:
    assert not score_of("Officials made the the visit to the atoll in 2004.").passes
    # "talks on singing a peace treaty" (both blind reviewers of sets 226-227 failed the typo carried over)
    assert not score_of(
        "Ruritania withdrew from talks on singing a post-war Ruritanian peace treaty with Syldavia."
    ).passes
    assert score_of("Ruritania withdrew from talks on signing a post-war Ruritanian peace treaty with Syldavia.").passes
    long_aside = (
        "Three reefs near the coast, which local fishermen have long compared to sleeping turtles in the sea, "
        "were claimed by the navy in 1974."
    )
    assert score_of(long_aside).points < 100


def test_no_prompt_pastes_a_sentence_with_the_article_title() -> None:
    body = (
        "The Treaty of Lisbon was signed in 1887 by Portugal and China.\n\n"
        "Falklands historian Mary Cole argued that the 1982 war hardened positions on both sides for decades."
    )
    bank, _ = build(source("t1", body, title="A long headline about a centuries-old dispute over Macau"))
    for p in prompts(bank):
        assert "completes this sentence" not in p
        assert "A long headline" not in p


# -- 2. giveaways ----------------------------------------------------------------------------------
def test_converted_figure_beside_the_blank_is_not_asked() -> None:
    body = "Trade between the two countries reached $14.2 billion (12.9 billion euros) in 2018, officials said."
    bank, report = build(source("t2", body))
    assert not any("14.2" in q.answer or "12.9" in q.answer for q in bank.questions)
    assert any("converted figure" in r for r in report.dropped)


def test_other_name_of_the_same_place_in_the_sentence_is_a_giveaway() -> None:
    body = "Argentine troops landed on the Malvinas/Falklands in April 1982 and held them for ten weeks."
    bank, _ = build(source("t3", body))
    for q in bank.questions:
        if q.kind == "island" and "_____" in q.prompt:
            assert normalize(q.answer) not in ("falklands", "malvinas"), q.prompt


# -- 3. trivia ---------------------------------------------------------------------------------------
def test_trivia_is_not_asked() -> None:
    body = (
        "By Sam Hill\n\n"
        "Prime Minister Theresa May met Argentine President Mauricio Macri on Thursday in Buenos Aires.\n\n"
        "Their ministers will meet again next month to discuss flights to the Falkland Islands."
    )
    bank, _report = build(source("t4", body))
    for q in bank.questions:
        assert "Thursday" not in q.answer and "published" not in q.prompt
        assert not (q.kind == "expert_position" and ("Prime Minister" in q.answer or "President" in q.answer))
    assert not any(q.kind == "expert_position" for q in bank.questions)


# -- 4. ambiguity ------------------------------------------------------------------------------------
def test_bounded_figure_is_not_blanked() -> None:
    body = "Chinese vessels entered the disputed waters more than 30 times during the fishing season of 2014."
    bank, report = build(source("t5", body))
    assert not [q for q in bank.questions if q.kind == "number"]
    assert any("bound" in r for r in report.dropped)


def test_a_place_in_a_sentence_is_not_blanked_but_a_treaty_provision_is_asked() -> None:
    body = (
        "Argentine troops occupied the Falkland Islands in April 1982, starting a ten-week war with Britain.\n\n"
        "The Treaty of Aigun of 1858 stated that the Amur Islands and Sakhalin would be handed over to Russia."
    )
    bank, report = build(source("t6", body))
    assert not [q for q in bank.questions if "_____" in q.prompt]
    asked = [q for q in bank.questions if q.prompt.startswith("Which two islands did the Treaty of Aigun")]
    assert asked and all("handed over to Russia" in q.prompt for q in asked)
    assert any("its blank has many fillers" in r for r in report.dropped)


def test_date_of_an_event_that_recurs_is_not_asked() -> None:
    body = (
        "Foreign Minister Ana Ruiz's visit in March 2012 angered Buenos Aires.\n\n"
        "The Treaty of Valcarra was signed in 1670 by Spain and England."
    )
    bank, report = build(source("t6b", body))
    assert not [q for q in bank.questions if q.answer == "March 2012"]
    # (a town's treaty names one; a capital's, "the Treaty of Madrid", names several: 1526, 1670, 1750 …)
    assert [q for q in bank.questions if q.answer == "1670" and "Treaty of Valcarra" in q.prompt]
    assert any("recurs" in r for r in report.dropped)


def test_named_document_dated_by_the_participle_after_it_is_asked_when_signed() -> None:
    body = (
        "The Treaty of Velka, signed in 1875, gave the island of Urup to Syldavia.\n\n"
        "Under the Brodny Accord signed by Ruritania and Syldavia in 1890, the border moved north.\n\n"
        "The treaty, signed in 1899, lapsed within a decade."
    )
    bank, _ = build(source("t6c", body))
    prompts = {q.prompt: q.answer for q in bank.questions}
    assert prompts.get("In what year was the Treaty of Velka signed?") == "1875"
    assert prompts.get("In what year was the Brodny Accord signed?") == "1890"
    assert "1899" not in prompts.values()  # "the treaty" alone names no document


# -- 5. distractors ----------------------------------------------------------------------------------
def test_distractors_come_from_the_same_region_and_are_never_related_places() -> None:
    body = (
        "Philippine fishermen were driven away from Scarborough Shoal by Chinese coast guard ships in 2012, "
        "a standoff that led Manila to file an arbitration case."
    )
    bank, _ = build(source("t7", body))
    kuril = {"kunashiri", "etorofu", "shikotan", "habomai", "hokkaido", "northern territories", "kuril islands"}
    for q in bank.questions:
        for c in q.choices or []:
            assert normalize(c) not in kuril, (q.prompt, q.choices)


def test_number_distractors_are_not_visible_multiples_and_keep_the_form() -> None:
    from studyapp.pipeline.distractors import number_distractors
    from studyapp.pipeline.numbers import NumberMention

    choices = number_distractors(NumberMention(0, 2, "48", 48.0, "", "cities"))
    assert len(choices) >= 3
    for c in choices:
        assert c.isdigit(), choices  # the key's own form
        assert float(c) / 48 not in (0.5, 2.0, 1.5, 0.25, 3.0), choices


def test_a_figure_is_asked_how_many_or_not_at_all() -> None:
    """Every figure blanked in its sentence was failed or flagged by blind reviews of sets 66-89 ("its
    _____ residents" takes an adjective; a bridge's cost is trivia): a figure is asked "How many …?"."""
    body = "Protests spread to 48 cities across China in September 2012 after Tokyo bought three Senkaku islets."
    bank, report = build(source("t8", body))
    assert not [q for q in bank.questions if "_____" in q.prompt]
    assert any("a blank in its sentence is not asked" in r for r in report.dropped)


# -- 6. repetition -------------------------------------------------------------------------------------
def test_the_same_fact_from_two_sources_is_asked_once_and_cites_both() -> None:
    a = source("t9a", "The Treaty of Tordesillas was signed in 1494 between Spain and Portugal.")
    b = source("t9b", "The Treaty of Tordesillas was agreed in 1494, dividing the newly found lands.")
    bank, report = build(a, b)
    mc = [q for q in bank.questions if q.answer == "1494" and q.format == "mc"]
    assert len(mc) == 1
    assert {c.source_id for c in mc[0].also} | {mc[0].source.source_id} == {"t9a", "t9b"}
    assert any("asked better elsewhere" in r for r in report.dropped)


# -- 7. spelling variants are aliases, not disputes ------------------------------------------------------
def test_spelling_variant_is_not_a_disagreement() -> None:
    a = source("t10a", "Russian engineers built a new airport on Iturup, which Japan calls Etorofu, in 2014.")
    b = source("t10b", "A new airport opened on Etorofu Island in 2014, the first on the disputed islands in decades.")
    bank, _ = build(a, b)
    for q in bank.questions:
        assert not q.disagreements, q.id


# -- 8. articles the project has never seen ---------------------------------------------------------------
def test_bylines_in_common_formats_are_read() -> None:
    meta = infer_meta("Reef talks stall\n\nBy Ana Cruz | Manila Courier | Published: June 22, 2019\n\nBody text here.")
    assert (meta.author, meta.publisher, meta.date) == ("Ana Cruz", "Manila Courier", "2019-06-22")
    meta = infer_meta("Reef talks stall\n\nBy Ana Cruz, The Island Post, 4 November 2000\n\nBody text here.")
    assert (meta.author, meta.publisher, meta.date) == ("Ana Cruz", "The Island Post", "2000-11-04")


def test_no_headline_is_never_invented() -> None:
    text = (
        "MANILA -- The coast guard said on Tuesday it had tracked six vessels near the shoal, a day after the "
        "foreign ministry summoned an envoy over what it called dangerous manoeuvres by a patrol ship."
    )
    meta = infer_meta(text)
    assert meta.title.startswith("Untitled article")
    assert "coast guard" not in meta.title


def test_possessives_and_demonyms_are_not_places() -> None:
    body = "The island of Japan's Hokkaido lies south of the chain, and the Japanese islands stretch far to the south."
    bank, _ = build(source("t11", body))
    for q in bank.questions:
        assert q.answer not in ("Japan's", "Japanese"), q.prompt


def test_full_names_with_particles_and_abbreviations_inside_views() -> None:
    body = (
        "Former foreign secretary Albert del Rosario argued on Tuesday that Mr. Xi had ignored the "
        "arbitral ruling of 2016 "
        "and that the Philippines must rally its allies behind the award."
    )
    bank, _ = build(source("t12", body))
    who = [q for q in bank.questions if q.kind == "expert_view" and q.format == "typed"]
    assert who and who[0].answer == "Albert del Rosario"
    assert "Mr. Xi had ignored" in who[0].prompt


# -- scores ---------------------------------------------------------------------------------------------
def test_every_kept_question_passes_and_dropped_ones_say_why() -> None:
    body = (
        "For starters, he said the reef was theirs in 1995.\n\n"
        "The Treaty of Nanking was signed in 1842, ending the First Opium War."
    )
    bank, report = build(source("t13", body))
    assert all(q.quality >= PASS_MARK for q in bank.questions)
    assert any(r.startswith("date:") for r in report.dropped)
    assert any("Treaty of Nanking" in q.prompt for q in bank.questions)


# -- attributions a teacher would not trust ------------------------------------------------------------
def test_a_guessed_statement_is_not_attributed() -> None:
    body = (
        "Most likely, Foreign Minister Ana Ruiz told her counterpart that the islands would never be sold.\n\n"
        "Professor Tom Baker argued that the fishing treaty of 1982 had kept the peace in the Spratly Islands.\n\n"
        "Analyst Rui Costa said that Vietnam would never accept Chinese sovereignty over the Paracel Islands.\n\n"
        "Professor Lin Wei argued that China's claim to the Spratly Islands rested on historic fishing rights."
    )
    bank, report = build(source("t14", body))
    assert not [q for q in bank.questions if "never be sold" in q.prompt]
    assert [q for q in bank.questions if "fishing treaty" in q.prompt]
    assert any("only guesses" in r for r in report.dropped)


def test_a_feeling_is_not_a_stance() -> None:
    body = (
        '"I am at a loss for words to express what is happening," said Professor Tom Baker.\n\n'
        '"The arbitration ruling leaves Beijing isolated," said Professor Mia Chen.\n\n'
        "Professor Ana Silva argued that the fishing treaty of 1982 had kept the peace in the Spratly Islands.\n\n"
        "Analyst Rui Costa said that Vietnam would never accept Chinese sovereignty over the Paracel Islands.\n\n"
        "Professor Lin Wei argued that China's claim to the Spratly Islands rested on historic fishing rights."
    )
    bank, report = build(source("t15", body))
    asked = " ".join(f"{q.prompt} {q.answer}" for q in bank.questions)
    assert "loss for words" not in asked and "arbitration ruling" in asked
    assert any("name nothing of the issue" in r for r in report.dropped)


def test_a_quotation_of_several_sentences_stays_one_view() -> None:
    from studyapp.pipeline.sentences import sentence_spans

    text = '"The tribunal was clear. The reef is not an island," said Professor Mia Chen. Others disagreed.'
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == [
        '"The tribunal was clear. The reef is not an island," said Professor Mia Chen.',
        "Others disagreed.",
    ]


def test_he_said_with_the_speaker_in_another_paragraph_is_not_attributed() -> None:
    body = (
        "Professor Tom Baker has studied the dispute over the reef for twenty years, as has Ana Ruiz.\n\n"
        '"Sovereignty over the reef cannot be settled by force," he said.'
    )
    bank, report = build(source("t16", body))
    assert not [q for q in bank.questions if q.kind == "expert_view"]
    assert any("earlier paragraph" in r for r in report.dropped)


def test_hyphenated_given_names_are_whole() -> None:
    from studyapp.pipeline.people import find_appositions

    found = find_appositions("The visit was a provocation, said Lee Chung-min, a professor at Yonsei University.")
    assert [m.name.text for m in found] == ["Lee Chung-min"]


def test_a_year_that_is_part_of_a_treatys_name_is_not_asked_and_dates_ask_the_year() -> None:
    body = (
        "Beijing fears that the 1978 Friendship Treaty of Tokyo would be cited in any talks on the reef.\n\n"
        "The Treaty of Nanking was signed in August 1842, ending the First Opium War."
    )
    bank, report = build(source("t17", body))
    prompts_ = [q.prompt for q in bank.questions]
    assert not any("Friendship Treaty" in p for p in prompts_)
    nanking = [q for q in bank.questions if "Treaty of Nanking" in q.prompt]
    assert nanking and all(q.prompt.startswith("In what year") and q.answer == "1842" for q in nanking)
    assert all(q.choices is not None and len(set(q.choices)) == 4 for q in nanking)
    assert any("part of the name" in r for r in report.dropped)


def test_a_photo_caption_above_its_credit_line_is_not_article_text() -> None:
    from studyapp.pipeline.passages import split_passages

    text = (
        "Reef patrols resume\n\n"
        "Coast guard officers inspect a fishing boat near the reef, known as Panatag in Manila, May 3, 2021.\n"
        "PHOTO: Reuters\n\n"
        "Manila said on Monday that patrols near the reef, which China calls Huangyan Island, would continue.\n"
    )
    meta = SourceMeta(title="Reef patrols resume", author="Jane Roe", publisher="Test Gazette", date="2021-05")
    roles = [p.role.value for p in split_passages(Source(id="t18", path="t18.txt", text=text, meta=meta))]
    assert roles == ["heading", "caption", "caption", "body"]


def test_the_date_of_an_event_elsewhere_is_background_not_topic() -> None:
    body = (
        "Talks on the Spratly Islands stalled after Russia's annexation of Crimea in 2014, diplomats said.\n\n"
        "Vietnam and China both claim the Spratly Islands, and the Spratly Islands dispute has flared again.\n\n"
        "The Treaty of Nanking was signed in 1842, ending the First Opium War."
    )
    bank, report = build(source("t19", body))
    assert not [q for q in bank.questions if "Crimea" in q.prompt]
    assert any("an event elsewhere (Crimea)" in r for r in report.dropped)


def test_who_said_choices_are_not_told_apart_by_nationality() -> None:
    from studyapp.pipeline.reported_words import name_origin

    assert [name_origin(n) for n in ("Sergei Lavrov", "Shigeki Hakamada", "Shen Dingli", "James Brown")] == [
        "ru",
        "ja",
        "zh/ko",
        "other",
    ]


def test_what_did_x_say_offers_other_peoples_own_words() -> None:
    body = (
        '"The arbitration ruling leaves Beijing isolated in the South China Sea," said Professor Mia Chen.\n\n'
        '"Manila will keep its fishermen near Scarborough Shoal whatever the cost," said Analyst Rui Costa.\n\n'
        '"Vietnam has strengthened its claim to the Paracel Islands since 2012," said Professor Tom Baker.\n\n'
        '"China will never accept the tribunal ruling on the Spratly Islands," said Professor Lin Wei.'
    )
    bank, _ = build(source("t20", body))
    what = [q for q in bank.questions if q.prompt == "What did Professor Mia Chen say?"]
    assert len(what) == 1 and what[0].choices is not None
    assert what[0].answer == "“The arbitration ruling leaves Beijing isolated in the South China Sea”"
    assert all(c.startswith("“") and c.endswith("”") for c in what[0].choices)


def test_a_treaty_provision_names_the_document_not_its_year() -> None:
    body = (
        "The Treaty of Aigun was signed in 1858 by Russia and Qing China.\n\n"
        "An agreement in 1858 stated that the Amur Islands and Sakhalin would be handed over to Russia."
    )
    bank, _ = build(source("t21", body))
    asked = [q.prompt for q in bank.questions if q.prompt.startswith("Which two islands")]
    assert asked and all(p.startswith("Which two islands did the Treaty of Aigun say") for p in asked)


def test_a_view_that_leans_on_an_earlier_sentence_is_asked_with_the_reference_spelt_out() -> None:
    body = (
        "Danish Defence Minister Anders Holm flew to Hans Island on Monday, the first visit by a Danish minister.\n\n"
        "“As Canada has always held that the island is Canadian, the minister’s visit there is a provocation,” "
        "said Canadian Foreign Minister Jean Tremblay on Tuesday.\n\n"
        "Professor Mia Chen of Laval University argued that the ruling of 1973 left the border unresolved.\n\n"
        "Professor Tom Baker argued that Greenland's fishermen had used the waters for centuries."
    )
    bank, report = build(source("t40", body))
    asked = [q for q in bank.questions if q.kind == "expert_view" and "provocation" in q.prompt]
    assert asked, report.lines()
    assert all("[Holm’s visit to Hans Island] is a provocation" in q.prompt for q in asked)
    assert all("refers to" in " ".join(q.notes) for q in asked)


def test_such_as_and_then_titles_do_not_lean_on_another_sentence() -> None:
    from studyapp.pipeline.quality import dangling_in

    assert dangling_in("Beijing uses pressure such as fishing bans to punish Manila") is None
    assert dangling_in("Ottawa ignored then-Prime Minister Lars Berg's offer to share Hans Island") is None
    assert dangling_in("such pressure rarely works") == "such"


def test_who_holds_a_place_is_asked_with_countries_of_the_same_dispute() -> None:
    body = (
        "The Paracel Islands, which lie south of Hainan, have been controlled by Beijing since 1974.\n\n"
        "Vietnam and Taiwan also claim the Paracel Islands, and Hanoi protests every new runway there."
    )
    bank, report = build(source("t41", body, title="Runways on the Paracel Islands"))
    asked = [q for q in bank.questions if q.prompt == "Which country controls the Paracel Islands?"]
    assert asked, report.lines()
    q = asked[0]
    assert q.answer == "China" and q.choices is not None and "Vietnam" in q.choices
    assert any("Beijing" in n for n in q.notes)


def test_who_holds_a_place_today_is_never_a_state_that_is_gone() -> None:
    """ "Which country controls the Paracel Islands?" asks of today: "the Soviet Union", named elsewhere in
    the article, is no wrong choice, and the claimants come first (a blind reviewer of sets 262-263 failed
    the Soviet Union and Russia offered for islands only China and Taiwan dispute with the holder)."""
    body = (
        "The Soviet Union and Russia sold patrol boats to Hanoi for decades.\n\n"
        "The Paracel Islands, which lie south of Hainan, have been controlled by Beijing since 1974.\n\n"
        "Vietnam and Taiwan also claim the Paracel Islands, and Hanoi protests every new runway there."
    )
    bank, report = build(source("t41b", body, title="Runways on the Paracel Islands"))
    asked = [q for q in bank.questions if q.prompt == "Which country controls the Paracel Islands?"]
    assert asked, report.lines()
    choices = asked[0].choices or []
    assert "the Soviet Union" not in choices, choices
    assert "Vietnam" in choices and "Taiwan" in choices, choices


def test_reported_and_descriptive_figures_are_not_blanked() -> None:
    body = (
        "The navy sent more than the 40 boats it had promised to the reef in 2014.\n\n"
        "Officials said the navy had sent 12 frigates to the reef in March.\n\n"
        "Ships circled the $2 billion runway near the reef."
    )
    bank, report = build(source("t42", body))
    assert not [q for q in bank.questions if q.kind == "number"]
    reasons = " ".join(report.dropped)
    assert "bound" in reasons and "someone reported" in reasons and "describes a thing" in reasons


def test_a_view_that_passes_on_reports_or_figures_is_not_a_stance() -> None:
    body = (
        "Professor Tran Van Hoa said that, according to media reports, China had moved its rig near the islands.\n\n"
        "Analyst Lena Berg said that the coast guard had sent 30 cutters and 12 tugs to the reef.\n\n"
        "Professor Mia Chen argued that the tribunal's ruling left Beijing isolated in the region."
    )
    bank, report = build(source("t43", body))
    views = " ".join(q.prompt for q in bank.questions if q.kind == "expert_view")
    assert "media reports" not in views and "cutters" not in views
    assert any("passes on reports or figures" in r for r in report.dropped)


def test_title_words_before_a_name_are_not_part_of_it() -> None:
    from studyapp.pipeline.people import find_views

    found = find_views("“We will protect our fishermen,” Chief Cabinet Secretary Kenji Aoyama said.")
    assert [v.name.text for v in found if v.name] == ["Kenji Aoyama"]


def test_who_said_choices_come_from_the_same_dispute_first() -> None:
    paracels = (
        "Professor Tran Van Hoa argued that China's claim to the Paracel Islands had no basis in law.\n\n"
        "Analyst Le Thi Mai argued that Vietnam should take the Paracel Islands dispute to a tribunal.\n\n"
        "Professor Nguyen Duc Anh argued that the Paracel Islands fisheries were Vietnam's oldest.\n\n"
        "Professor Pham Quoc Bao argued that the Paracel Islands runway changed the balance at sea."
    )
    hans = (
        "Professor Anders Holm argued that Hans Island should be shared between Denmark and Canada.\n\n"
        "Analyst Jean Tremblay argued that Hans Island had been Canadian since the 1880 transfer.\n\n"
        "Professor Karen Lund argued that Hans Island mattered more to Greenland than to Copenhagen."
    )
    bank, report = build(source("t44", paracels, title="The Paracel Islands"), source("t45", hans, title="Hans Island"))
    viet = {"Tran Van Hoa", "Le Thi Mai", "Nguyen Duc Anh", "Pham Quoc Bao"}
    asked = [q for q in bank.questions if q.kind == "expert_view" and q.format == "mc" and q.answer in viet]
    assert asked, report.lines()
    for q in asked:
        assert q.choices is not None and set(q.choices) <= viet, q.choices


def test_a_spokesman_relaying_an_agreement_is_not_asked_as_a_stance() -> None:
    body = (
        "Prime Minister Lars Berg and Premier Ana Ruiz met in Ottawa to discuss Hans Island.\n\n"
        "Spokesman Tomas Lind told reporters that the two leaders agreed to resume talks on Hans Island.\n\n"
        "Professor Mia Chen argued that the Hans Island talks would fail without Greenland's consent."
    )
    bank, report = build(source("t46", body))
    assert not [q for q in bank.questions if "resume talks" in q.prompt]
    assert any("relays what others agreed" in r for r in report.dropped)


def test_a_name_that_only_qualifies_the_speaker_is_not_the_speaker() -> None:
    from studyapp.pipeline.people import find_views

    for sentence in (
        "A senior aide to President Lena Ortiz said the navy might leave the reef by spring.",
        "An adviser close to Premier Omar Haddad said the two islands could be returned.",
        "A spokesman for Governor Ines Vidal said the ferry service would resume in June.",
    ):
        assert [v.name.text for v in find_views(sentence) if v.name] == [], sentence
    found = find_views("President Lena Ortiz said the navy might leave the reef by spring.")
    assert [v.name.text for v in found if v.name] == ["Lena Ortiz"]


def test_a_reported_view_that_opens_with_a_name_has_substance() -> None:
    body = (
        "Professor Hugo Marsh is director of the Gulf Policy Institute in Leeds. "
        "He says Qatar signed the fishing memorandum under duress and that the memorandum is void.\n\n"
        "Professor Ada Quinn argued that the Hawar Islands ruling settled the border for good.\n\n"
        "Professor Ben Ortiz argued that the Hawar Islands fishermen lost most from the ruling.\n\n"
        "Analyst Cy Park argued that Bahrain won the Hawar Islands case on its records."
    )
    bank, report = build(source("t47", body, title="The Hawar Islands"))
    asked = [q for q in bank.questions if q.kind == "expert_view" and "under duress" in q.prompt]
    assert asked and all(q.answer == "Hugo Marsh" for q in asked), report.lines()
    # A reported clause that opens with an ordinary word still needs a word of the issue.
    from studyapp.pipeline.questions.base import _has_substance

    assert not _has_substance("it was a long and tiring day for everyone", reported=True)
    assert not _has_substance("However it was a long and tiring day", reported=True)
    assert _has_substance("Qatar signed it under duress", reported=True)
    assert not _has_substance("Overall signed it under duress")


def test_which_two_countries_dispute_a_place() -> None:
    body = (
        "The Imia Islets, claimed by both Greece and Turkey, are two bare rocks in the Aegean Sea.\n\n"
        "Fishing boats from both shores still work the waters around the Imia Islets in summer."
    )
    bank, report = build(source("t48", body, title="The Imia islets"))
    asked = [q for q in bank.questions if q.prompt == "Which two countries have disputed the Imia Islets?"]
    assert {q.format for q in asked} == {"mc", "typed"}, report.lines()
    mc = next(q for q in asked if q.format == "mc")
    assert mc.answer == "Greece and Turkey" and mc.choices is not None
    # Each country appears twice among the four choices: counting names does not find the key.
    counts = {c: sum(c in choice for choice in mc.choices) for c in ("Greece", "Turkey")}
    assert counts == {"Greece": 2, "Turkey": 2}, mc.choices
    typed = next(q for q in asked if q.format == "typed")
    assert "Turkey and Greece" in typed.accepted


def test_which_two_countries_is_not_asked_of_a_place_more_than_two_claim() -> None:
    """ "Vietnam and China claim the Spratlys in their entirety": four more states claim them, and "Which two
    countries have disputed the Spratly Islands?" has no answer (both blind reviewers of sets 313-316). The
    gazetteer lists every claimant of such a place."""
    body = (
        "The Paracel Islands, claimed by both Vietnam and China, are a group of reefs in the South China Sea.\n\n"
        "Fishing boats from both shores still work the waters around the Paracel Islands in summer."
    )
    bank, report = build(source("t48p", body, title="The Paracel Islands"))
    assert not [q for q in bank.questions if q.prompt.startswith("Which two countries")], prompts(bank)
    assert any("more than two countries claim" in line for line in report.lines()), report.lines()


def test_the_two_nations_the_sentence_before_names_dispute_a_place() -> None:
    """ "Gabon presented its case …, a claim contested by Equatorial Guinea. The two West African nations are
    locked in a territorial dispute over the island of Mbanie": the two are the ones just named (set 292
    asked nothing of its dispute)."""
    body = (
        "Chile presented its case to the court on Monday, a claim contested by Peru. The two South American "
        "nations are locked in a territorial dispute over the islet of Urup and two smaller rocks.\n\n"
        "Fishing boats from both shores still work the waters around Urup in summer."
    )
    bank, report = build(source("t48c", body, title="Urup case opens"))
    asked = [q for q in bank.questions if q.prompt == "Which two countries have disputed Urup?"]
    assert {q.format for q in asked} == {"mc", "typed"}, (prompts(bank), report.lines())
    assert all(q.answer in ("Chile and Peru", "Peru and Chile") for q in asked)
    # three countries before "the two": which two is not sure
    body = body.replace("contested by Peru.", "contested by Peru and watched by Bolivia.")
    bank, _ = build(source("t48d", body, title="Urup case opens"))
    assert not [q for q in bank.questions if q.prompt.startswith("Which two countries")], prompts(bank)


def test_the_state_a_claimant_continues_is_a_right_answer_to_who_has_disputed_a_place() -> None:
    """ "Which two countries have disputed Urup?" since 1945: "Japan and the Soviet Union" is right too
    (a blind review failed a typed key that refused it), "Japan and China" is not."""
    from studyapp.grading.typed import grade_typed

    body = (
        "Japan and Russia have contested Urup since Soviet troops landed on it in 1945.\n\n"
        "Fishing boats from Hokkaido still work the waters around Urup in summer."
    )
    bank, report = build(source("t48b", body, title="Urup"))
    typed = [q for q in bank.questions if q.format == "typed" and q.prompt.startswith("Which two countries")]
    assert typed, report.lines()
    q = typed[0]
    for said in ("Japan and the Soviet Union", "the USSR and Japan", "Russian Federation and Japan", "Russia, Japan"):
        assert grade_typed(said, q.answer, q.accepted, q.value).correct, said
    assert not grade_typed("Japan and China", q.answer, q.accepted, q.value).correct


def test_views_start_after_where_and_when_they_were_said() -> None:
    from studyapp.pipeline.people import find_views

    def views(sentence: str) -> list[str]:
        return [v.view.text for v in find_views(sentence)]

    got = views("Ortiz said at a news conference in Lima that the islands would return to Chile.")
    assert [v.rstrip(".") for v in got] == ["the islands would return to Chile"]
    assert views("Ortiz told a briefing in Lima following the talks.") == []
    assert views("Ortiz said at a press conference on Monday night.") == []
    # "that" opening a relative clause is not where the view starts
    got = views("Ortiz said late at a news conference that was delayed for hours that the talks had failed.")
    assert [v.rstrip(".") for v in got] == ["the talks had failed"]
    # A view after "that" may itself open with a date or a place
    assert [v.rstrip(".") for v in views("Ortiz said that in 1990 the islands were Chilean.")] == [
        "in 1990 the islands were Chilean"
    ]


def test_typed_names_accept_the_title_the_articles_give() -> None:
    body = (
        "Prime Minister Lena Ortiz argued on Tuesday that the Imia islets must not be handed to "
        "Turkey under any settlement.\n\n"
        "Professor Omar Haddad argued that the Imia islets dispute belongs before the court in The Hague.\n\n"
        "Analyst Ines Vidal argued that the Imia islets fishermen want joint patrols with Turkey.\n\n"
        "Professor Cy Park argued that the Imia islets crisis of 1996 nearly caused a war."
    )
    bank, report = build(source("t49", body, title="The Imia islets"))
    typed = [q for q in bank.questions if q.format == "typed" and q.answer == "Lena Ortiz"]
    assert typed, report.lines()
    assert {"Prime Minister Ortiz", "Prime Minister Lena Ortiz"} <= set(typed[0].accepted)
    bank, report = build(source("t49b", body.replace("Prime Minister Lena", "Greek Prime Minister Lena")))
    typed = [q for q in bank.questions if q.format == "typed" and q.answer == "Lena Ortiz"]
    assert typed and "Greek Prime Minister Lena Ortiz" in typed[0].accepted, report.lines()
    assert typed[0].value is not None and typed[0].value["given"] == "Lena"


def test_a_spokesperson_and_other_officials_are_asked_neither_who_nor_what_they_said() -> None:
    """Who a spokesperson is, is trivia; "What did Chief Cabinet Secretary X say?" with other officials'
    words as the wrong choices is ambiguous (any could be his government's line: a blind review of
    60 pooled questions failed all 12 such questions). An expert's words are still asked both ways."""
    body = (
        "Earlier, Chief Cabinet Secretary Kenji Aoyama said that the navy patrol near the Imia Islets "
        "broke the 1996 understanding and was deeply regrettable.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague.\n\n"
        "Analyst Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
        "Professor Omar Haddad argued that Greece should never sign away the Imia Islets."
    )
    bank, report = build(source("t50", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Kenji Aoyama"], "his name is not the question"
    assert not [q for q in bank.questions if "Aoyama" in q.prompt], report.lines()
    assert any("spokesperson" in r for r in report.dropped)
    assert any("what-said of an official" in r for r in report.dropped)
    assert [q for q in bank.questions if q.prompt.startswith("What did") and "Omar Haddad" in q.prompt]


def test_verbs_that_take_a_noun_need_that_before_a_view() -> None:
    from studyapp.pipeline.people import find_views

    assert find_views("Ortiz stressed the need to continue talks on the Imia Islets.") == []
    assert find_views("Ortiz agreed to resume talks on the Imia Islets next year.") == []
    got = find_views("Ortiz agreed that the Imia Islets dispute must be resolved.")
    assert [v.view.text.rstrip(".") for v in got] == ["the Imia Islets dispute must be resolved"]
    got = find_views("As Lena Ortiz explains, the Imia Islets were never surveyed.")
    assert [v.name.text for v in got if v.name] == ["Lena Ortiz"]


def test_joint_statements_and_undertakings_are_not_one_persons_view() -> None:
    from studyapp.pipeline.people import find_views

    assert find_views("Premier Ana Ruiz and Prime Minister Lars Berg agreed Sunday to continue the Imia talks.") == []
    assert find_views("Premier Ana Ruiz and President Lars Berg said the Imia talks would go on.") == []
    assert find_views("President Lars Berg agreed on Monday to continue the Imia talks.") == []


def test_the_person_told_is_not_part_of_the_view() -> None:
    from studyapp.pipeline.people import find_views

    def views(sentence: str) -> list[str]:
        return [v.view.text.rstrip(".") for v in find_views(sentence)]

    assert views("He told Harbour Governor Naomi Sato that something must be done for the old residents.") == [
        "something must be done for the old residents"
    ]
    assert views("State Minister Ken Ito told a Diet committee that memorial voyages are being arranged.") == [
        "memorial voyages are being arranged"
    ]


def test_japanese_names_written_family_name_first() -> None:
    from studyapp.pipeline.people import other_order, surname_of

    assert surname_of("Kishida Fumio") == "Kishida" and other_order("Kishida Fumio") == "Fumio Kishida"
    assert surname_of("Fumio Kishida") == "Kishida" and other_order("Fumio Kishida") == "Kishida Fumio"
    assert other_order("Shigeki Hakamada") == "Hakamada Shigeki"  # two words spelt as Japanese syllables
    assert other_order("Sergei Lavrov") is None and other_order("James Brown") is None
    assert surname_of("Shen Dingli") == "Shen"
    body = (
        "On Tuesday, Prime Minister Tanaka Hiroshi argued that the Imia Islets talks need a new approach.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague.\n\n"
        "Analyst Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war."
    )
    bank, report = build(source("t51", body, title="The Imia Islets"))
    typed = [q for q in bank.questions if q.format == "typed" and q.answer == "Tanaka Hiroshi"]
    assert typed, report.lines()
    accepted = set(typed[0].accepted)
    assert {"Tanaka", "Hiroshi Tanaka", "Prime Minister Tanaka"} <= accepted
    assert not accepted & {"Hiroshi", "Prime Minister Hiroshi"}


def test_a_title_with_a_demonym_is_spelt_out_from_the_text_before() -> None:
    from studyapp.pipeline.antecedents import resolve

    before = "Prime Minister Ryo Tanaka met President Boris Volkov at a spa resort."
    found = resolve(
        "the Japanese prime minister had made an interesting proposal",
        before,
        ["Ryo Tanaka", "Boris Volkov"],
        lambda chunk: [],
        quoted=False,
        speaker="Boris Volkov",
    )
    assert found.text == "Prime Minister Tanaka had made an interesting proposal"


def test_the_reporters_words_after_a_view_are_not_part_of_it() -> None:
    from studyapp.pipeline.people import find_views

    got = find_views("Volkov said on Sunday that Tanaka had made an interesting proposal but did not elaborate.")
    assert [v.view.text for v in got] == ["Tanaka had made an interesting proposal"]
    got = find_views("Volkov said that the talks would resume in May, but declined to comment on the islands.")
    assert [v.view.text for v in got] == ["the talks would resume in May"]


def test_a_post_is_shown_with_the_stance_not_asked_alone() -> None:
    body = (
        "Lena Ortiz, a professor at the University of Leeds, argued that the Imia Islets belong to Greece.\n\n"
        "Cy Park, a lecturer at the University of Hull, argued that the Imia Islets dispute could go to court.\n\n"
        "Ines Vidal, a professor at the University of York, argued that the Imia Islets talks had stalled.\n\n"
        "Omar Haddad, a fellow at the University of Bath, argued that the Imia Islets crisis was avoidable."
    )
    bank, report = build(source("t52", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.kind == "expert_position"], "a job title alone is trivia"
    asked = [q for q in bank.questions if q.kind == "expert_view" and q.answer == "Lena Ortiz"]
    assert asked, report.lines()
    assert all("Lena Ortiz: a professor at the University of Leeds (“The Imia Islets”)." in q.notes for q in asked)


def test_who_said_choices_come_from_the_same_era_only() -> None:
    old = (
        "Professor Hugo Marsh argued that the Imia Islets crisis showed how close Greece and Turkey came to war.\n\n"
        "Professor Ada Quinn argued that the Imia Islets should be demilitarised by both navies.\n\n"
        "Analyst Ben Ortiz argued that the Imia Islets fishermen were the first to suffer.\n\n"
        "Analyst Ivo Kern argued that the Imia Islets crisis was settled by a telephone call from Washington."
    )
    new = (
        "Professor Cy Park argued that the Imia Islets talks of 2021 had changed nothing at all.\n\n"
        "Analyst Dee Moss argued that the Imia Islets patrols of 2021 were routine for both navies.\n\n"
        "Professor Eli Ward argued that the Imia Islets should go before the court in The Hague.\n\n"
        "Analyst Fay Lund argued that the Imia Islets drills of 2021 were aimed at Ankara.\n\n"
        "Professor Gus Hale argued that the Imia Islets coast guards now talk by radio every week."
    )
    bank, report = build(
        source("t53", old, title="The Imia Islets crisis", date="1996-02"),
        source("t54", new, title="The Imia Islets today", date="2021-05"),
    )
    asked = [q for q in bank.questions if q.kind == "expert_view" and q.format == "mc" and q.answer == "Hugo Marsh"]
    assert asked and asked[0].choices is not None, report.lines()
    assert set(asked[0].choices) == {"Hugo Marsh", "Ada Quinn", "Ben Ortiz", "Ivo Kern"}, asked[0].choices


def test_an_officials_statement_is_not_asked_among_other_disputes_or_colleagues() -> None:
    bakassi = (
        "Attorney General Bayo Adeyemi said that Nigeria would hand the Bakassi Peninsula to Cameroon in August.\n\n"
        "The Bakassi Peninsula has been claimed by both countries since the 1960s."
    )
    imia = (
        "Foreign Minister Kostas Pappas said on Tuesday that the Imia Islets will never be up for negotiation.\n\n"
        "Defence Minister Nikos Stavrou said that the Imia Islets are patrolled by the navy every day.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
        "Analyst Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey."
    )
    bank, report = build(
        source("t55", bakassi, title="The Bakassi Peninsula"), source("t56", imia, title="The Imia Islets")
    )
    # Only one person is quoted on Bakassi: the names from the Aegean would give the key away.
    assert not [q for q in bank.questions if q.answer == "Bayo Adeyemi" and q.format == "mc"], report.lines()
    # A Greek minister's words are never offered with another Greek minister as a wrong choice.
    pappas = [q for q in bank.questions if q.answer == "Kostas Pappas" and q.format == "mc"]
    assert pappas, report.lines()
    for q in pappas:
        assert q.choices is not None and "Nikos Stavrou" not in q.choices, q.choices


def test_a_title_from_an_article_of_another_year_is_not_accepted() -> None:
    old = (
        "Foreign Minister Ken Mori said that the Imia Islets talks would resume in the spring.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague."
    )
    new = (
        "Prime Minister Ken Mori said on Tuesday that the Imia Islets drills showed Ankara wanted "
        "the rocks for itself.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war."
    )
    bank, report = build(
        source("t57", old, title="Imia talks", date="2016-03"), source("t58", new, title="Imia drills", date="2021-06")
    )
    typed = [q for q in bank.questions if q.format == "typed" and "for itself" in q.prompt]
    assert typed, report.lines()
    assert "Prime Minister Mori" in typed[0].accepted and "PM Mori" in typed[0].accepted
    assert "Foreign Minister Mori" not in typed[0].accepted


def test_what_did_x_say_says_who_x_is() -> None:
    body = (
        "Analyst Hugo Marsh said that the Imia Islets talks would stall until the 2027 election.\n\n"
        "Lena Ortiz, a professor at the University of Leeds, argued that the Imia Islets belong to Greece.\n\n"
        "Analyst Ines Vidal said that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
        "Professor Cy Park said that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
        "Analyst Omar Haddad said that the Imia Islets drills were aimed at Ankara."
    )
    bank, report = build(source("t59", body, title="The Imia Islets"))
    what = [q.prompt for q in bank.questions if q.prompt.startswith("What did")]
    assert what, report.lines()
    assert "What did the analyst Hugo Marsh say?" in what or "What did the analyst Ines Vidal say?" in what, what
    assert all(not p.startswith("What did Lena Ortiz argue") for p in what)  # her post is said


def test_an_officials_stock_phrase_is_not_asked() -> None:
    from studyapp.pipeline.questions.view_questions import _stock_phrase

    for formula in (
        "Athens would tenaciously seek a settlement of the row over the Imia Islets",
        "the navy patrol went against Greece's consistent position and was deeply regrettable",
        "The issue of the Imia Islets is an extremely important subject for our diplomacy",
    ):
        assert _stock_phrase(formula), formula
    for stance in (
        "there is no territorial dispute and only Ankara sees the rocks as disputed",
        "we don't trade in territories",
        "Athens will deploy two frigates if Ankara lands troops on the Imia Islets",
    ):
        assert not _stock_phrase(stance), stance
    body = (
        "Foreign Minister Kostas Pappas said that Athens would tenaciously seek a settlement of the row "
        "over the Imia Islets.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague."
    )
    bank, report = build(source("t60", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Kostas Pappas"]
    assert any("stock phrase" in r for r in report.dropped)


def test_the_outlet_that_passed_words_on_is_not_part_of_the_view() -> None:
    from studyapp.pipeline.people import find_views

    got = find_views(
        "Foreign Minister Ken Mori said Athens will send frigates to the Imia Islets, Aegean Wire reported."
    )
    assert [v.view.text for v in got] == ["Athens will send frigates to the Imia Islets"]


def test_the_measure_and_the_drills_lean_on_another_sentence() -> None:
    from studyapp.pipeline.quality import dangling_in

    assert dangling_in("Ankara has not yet officially informed Athens of the measure") == "the measure"
    assert dangling_in("the drills broke the 1996 understanding") == "the drills"


def test_a_formula_with_an_aside_is_still_a_formula_and_asides_cost_points() -> None:
    body = (
        "Foreign Minister Kostas Pappas said that Athens would tenaciously seek a settlement of the row over "
        "the Imia Islets, known as Kardak in Turkey, a dispute which has soured ties for decades.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets, known as Kardak in Turkey, belong to Greece.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war."
    )
    bank, report = build(source("t61", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Kostas Pappas"], report.lines()
    ortiz = [q for q in bank.questions if q.answer == "Lena Ortiz"]
    assert ortiz and all(any("an aside in the view" in r for r in q.quality_reasons) for q in ortiz)


def test_a_speaker_is_identified_by_each_article_and_must_be_identified_in_the_quoting_one() -> None:
    quoting = (
        "Lena Ortiz, a professor at the University of Leeds, argued that the Imia Islets belong to Greece.\n\n"
        "Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war."
    )
    other = (
        "Lena Ortiz, a lecturer in law at Leeds, said the Imia Islets case could reach The Hague.\n\n"
        "Cy Park, an analyst at the Aegean Institute, has written two books on the Imia Islets."
    )
    bank, report = build(source("t62", quoting, title="Imia voices"), source("t63", other, title="Imia law"))
    ortiz = [q for q in bank.questions if q.answer == "Lena Ortiz" and q.id.endswith("-who")]
    assert ortiz, report.lines()
    note = next(n for n in ortiz[0].notes if n.startswith("Lena Ortiz:"))
    assert "a professor at the University of Leeds (“Imia voices”)" in note
    assert "“Imia law” gives the post as a lecturer in law at Leeds" in note
    # Park's view is quoted in an article that never says who he is: not asked
    assert not [q for q in bank.questions if q.answer == "Cy Park"]
    assert any("never says who the speaker is" in r for r in report.dropped)


def test_a_leaders_diplomatic_formula_is_not_asked() -> None:
    from studyapp.pipeline.questions.view_questions import _stock_phrase

    assert _stock_phrase("the two countries should create a mutually acceptable solution to the territorial issue")
    body = (
        "Prime Minister Nikos Stavrou said that the two countries should create a mutually acceptable solution "
        "to the territorial issue.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague."
    )
    bank, report = build(source("t62", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Nikos Stavrou"], report.lines()


def test_two_spellings_of_one_person_are_never_two_choices() -> None:
    body = (
        "Professor Sergei Volkov argued that the Imia Islets belong to Greece under the 1947 treaty.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
        "Analyst Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey."
    )
    other = "Professor Sergey Volkov argued that the Imia Islets patrols should be cut back by both navies."
    bank, _ = build(source("t64", body, title="The Imia Islets"), source("t65", other, title="Imia patrols"))
    for q in bank.questions:
        if q.format == "mc" and q.choices and q.kind == "expert_view":
            assert len([c for c in q.choices if c.endswith("Volkov")]) <= 1, q.choices


def test_a_provision_told_actively_and_through_the_bare_document_is_asked() -> None:
    body = (
        "The Treaty of Aigun was signed in 1858 by Russia and Qing China, ending years of border clashes.\n\n"
        "Qing China agreed in the treaty that it would hand over the Amur Islands and Sakhalin to Russia."
    )
    bank, report = build(source("t66", body))
    asked = [q.prompt for q in bank.questions if q.prompt.startswith("Which two islands")]
    assert asked and all(
        p == "Which two islands did the Treaty of Aigun say would be handed over to Russia?" for p in asked
    ), report.lines()


def test_a_possibility_to_consider_is_no_provision() -> None:
    body = (
        "The Treaty of Aigun was signed in 1858 by Russia and Qing China, ending years of border clashes.\n\n"
        "In the Treaty of Aigun, Qing China agreed to consider the possibility to return the Amur Islands "
        "and Sakhalin to Russia."
    )
    bank, report = build(source("t67", body))
    assert not [q for q in bank.questions if q.prompt.startswith("Which two islands")], report.lines()


def test_he_said_in_the_next_paragraph_is_the_speaker_when_nobody_else_is_named_since() -> None:
    body = (
        "Talks on the Imia Islets will not resume this year, Lena Ortiz, a professor at the University "
        "of Leeds, said.\n\n"
        "“Two navies patrol within sight of the Imia Islets every week,” she said.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
    ) + THREE_VOICES
    bank, report = build(source("t68", body, title="The Imia Islets"))
    said = [q for q in bank.questions if q.prompt.startswith("What did Lena Ortiz") and "patrol" in q.answer]
    assert said, report.lines()


def test_he_said_in_the_next_paragraph_is_not_asked_when_another_person_is_named_since() -> None:
    body = (
        "Talks on the Imia Islets will not resume this year, Lena Ortiz, a professor at the University "
        "of Leeds, said. Professor Cy Park disagreed.\n\n"
        "“Greek and Turkish navies patrol within sight of the Imia Islets every week,” she said."
    )
    bank, report = build(source("t69", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if "navies" in q.prompt], report.lines()


def test_a_clause_after_a_name_is_no_apposition() -> None:
    from studyapp.pipeline.people import find_appositions

    text = "During talks in Port Louis, Ruritanian foreign minister Ivo Brandt called again for restraint."
    assert find_appositions(text) == []


def test_that_day_leans_on_another_sentence() -> None:
    from studyapp.pipeline.quality import dangling_in

    assert dangling_in("the start that day of fishing near the Imia Islets is regrettable") == "that day"


def test_a_governments_we_is_asked_typed_only() -> None:
    body = (
        "President Kemal Aydin insisted on Tuesday that “we will never give up the Imia Islets to anyone”.\n\n"
        "Prime Minister Kostas Pappas said that the Imia Islets talks would resume in the spring.\n\n"
        "Foreign Minister Nikos Stavrou said that the Imia Islets patrols would be doubled next year.\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague."
    )
    bank, report = build(source("t70", body, title="The Imia Islets"))
    aydin = [q.format for q in bank.questions if q.answer == "Kemal Aydin"]
    assert aydin == ["typed"], report.lines()


def test_two_sentences_pasted_as_one_view_lose_points() -> None:
    body = (
        "Greek Defence Minister Petros Kalas said on Tuesday, “Next spring the navy will send two frigates to the Imia "
        "Islets for a long patrol. The main goal is to test how quickly Ankara answers such a move at sea.”\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague.\n\n"
    ) + THREE_VOICES
    _, report = build(source("t71", body, title="The Imia Islets"))
    assert any("two sentences pasted" in r for r in report.dropped), report.lines()


def test_an_undated_article_gets_no_wrong_year_after_the_latest_year_it_gives() -> None:
    from studyapp.pipeline.build import build_from_sources

    body = (
        "The Imia Islets accord was signed in 2000 by Greece and Turkey.\n\n"
        "A boundary ruling followed in 2002, and both navies kept away from the Imia Islets."
    )
    meta = SourceMeta(title="Imia accord", author="unknown", publisher="unknown", date="unknown")
    other = SourceMeta(title="Later", author="Jane Roe", publisher="Test Gazette", date="2023-05")
    bank, _ = build_from_sources(
        [
            Source(id="u1", path="u1.txt", text=f"Imia accord\n\n{body}\n", meta=meta),
            Source(id="u2", path="u2.txt", text="Later\n\nThe Imia Islets were calm in 2023 at last.\n", meta=other),
        ]
    )
    asked = [q for q in bank.questions if q.answer == "2000"]
    assert asked and all(int(c) <= 2002 for q in asked for c in q.choices or [])


@pytest.mark.parametrize(
    ("words", "asked"),
    [
        (
            "only Tokyo sees the territory as disputed after all",
            "only Tokyo sees the Northern Territories / Southern Kurils as disputed",
        ),
        (  # "these territories" as well
            "Moscow has no right to these territories under any treaty",
            "no right to the Northern Territories / Southern Kurils under",
        ),
    ],
)
def test_the_territory_is_the_one_disputed_territory_the_article_is_about_by_both_sides_names(
    words: str, asked: str
) -> None:
    """One side's name would say whose words they are (a blind review failed "the Southern Kurils"
    in a Russian's words as a giveaway)."""
    body = (
        "Fishermen from Shikotan and Etorofu met on Monday to talk about catch limits and new boats.\n\n"
        f"Analyst Pavel Sorokin argued that {words}.\n\n"
        "Professor Lena Ortiz argued that fishing quotas near Shikotan should be shared by both sides."
    )
    bank, report = build(source("t72", body, title="Fishing talks"))
    sorokin = [q.prompt for q in bank.questions if q.answer == "Pavel Sorokin"]
    assert sorokin, report.lines()
    assert all(asked in p for p in sorokin), sorokin


def test_what_the_speaker_did_next_is_not_part_of_the_view() -> None:
    from studyapp.pipeline.reported_words import without_speakers_next_act

    assert (
        without_speakers_next_act("the landing was very regrettable and recalled its ambassador to Ankara")
        == "the landing was very regrettable"
    )
    assert without_speakers_next_act("Ankara seized and annexed the islets") == "Ankara seized and annexed the islets"


def test_a_quote_that_opens_mid_thought_or_tells_a_joint_act_is_not_asked() -> None:
    body = (
        "Prime Minister Kostas Pappas said on Tuesday, “As a result, the navy will keep two frigates near the Imia "
        "Islets all winter.”\n\n"
        "Prime Minister Kostas Pappas said on Tuesday, “Yesterday we agreed to open a hotline "
        "about the Imia Islets.”\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague."
    )
    bank, report = build(source("t73", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Kostas Pappas"], report.lines()
    assert any("opens mid-thought" in r for r in report.dropped)
    assert any("a joint act in the view" in r for r in report.dropped)


def test_the_key_is_never_the_only_name_of_its_country_among_the_choices() -> None:
    body = (
        "Professor Naoki Tanaka argued that the Imia Islets belong to Greece under the 1947 treaty.\n\n"
        "Analyst Ivan Petrov argued that the Imia Islets dispute belongs before the court in The Hague.\n\n"
        "Analyst Oleg Smirnov argued that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
        "Professor Pavel Sorokin argued that the Imia Islets crisis of 1996 nearly caused a war."
    )
    bank, report = build(source("t74", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Naoki Tanaka" and q.format == "mc"], report.lines()
    assert report.dropped["expert_view: mc: the key is the only name of its country"] >= 1


def test_a_stance_referred_to_or_how_talks_went_is_not_asked() -> None:
    body = (
        "Foreign Minister Kostas Pappas said that he had made clear Greece's stand on the Imia Islets before.\n\n"
        "Foreign Minister Nikos Stavrou said, “We had heated but candid discussions. We have been going forward, "
        "though not quickly.”\n\n"
        "Professor Lena Ortiz argued that the Imia Islets dispute belongs before the court in The Hague."
    )
    bank, report = build(source("t75", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer in ("Kostas Pappas", "Nikos Stavrou")], report.lines()
    assert any("refer to a stance without stating it" in r for r in report.dropped)


def test_a_person_the_article_calls_by_the_first_word_of_the_name_is_accepted_by_it() -> None:
    body = (
        "The motion on the Imia Islets was tabled by Bayview MP Tan Wei Ming on Monday.\n\n"
        "Tan said on Tuesday the Greek claim to the Imia Islets had no basis in the treaty of 1947.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t90", body, title="The Imia Islets"))
    found = [q for q in bank.questions if q.answer == "Tan Wei Ming" and q.format == "typed"]
    assert len(found) == 1, report.lines()
    q = found[0]
    assert "Tan" in q.accepted and "Ming" not in q.accepted
    assert q.value is not None and q.value["family"] == "Tan"


def test_a_government_leaders_standing_line_is_not_asked_as_a_stance() -> None:
    body = (
        "Ruritanian Prime Minister Ivo Brandt said on Monday that Ruritania remains committed to concluding "
        "a peace treaty with Freedonia after resolving differences over the Imia Islets.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
        "Professor Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey."
    )
    bank, report = build(source("t91", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if "committed" in q.prompt], report.lines()
    assert [q for q in bank.questions if "crisis of 1996" in q.prompt], report.lines()


def test_a_view_whose_it_points_back_loses_points() -> None:
    from studyapp.pipeline.questions.view_questions import _REFERRING_IT

    assert _REFERRING_IT.match("it could be an important first step in boosting ties")
    assert _REFERRING_IT.match("“It will not change anything on the islands”")
    assert not _REFERRING_IT.match("it is time to return the islands")
    assert not _REFERRING_IT.match("it was clear that the talks had failed")


def test_the_protests_point_back() -> None:
    from studyapp.pipeline.quality import dangling_in

    assert dangling_in("Freedonia cannot accept the protests that have come from the capital") == "the protests"


def test_russian_given_names_have_their_other_spellings_and_titles_both_spellings() -> None:
    from studyapp.pipeline.questions.view_questions import _transliterations
    from studyapp.pipeline.reported_words import name_origin

    assert name_origin("Sergei Shoigu") == "ru"
    assert "Sergey Shoigu" in _transliterations("Sergei Shoigu")
    assert _transliterations("Cy Park") == []
    # "ks" and "x" write one sound; "-andr" is also written "-ander" (a blind review missed "Alexander")
    assert {"Alexander Petrov", "Alexandr Petrov"} <= set(_transliterations("Aleksandr Petrov"))
    assert "Aleksandr Petrov" in _transliterations("Alexander Petrov")
    assert "Alexei Sokolov" in _transliterations("Aleksei Sokolov")


def test_the_occasion_of_the_words_goes_into_who_said() -> None:
    body = (
        "Ruritanian President Ivo Brandt insisted that “we will never trade the Imia Islets for money” "
        "in an interview with Freedonia Television in May.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t92", body, title="The Imia Islets"))
    asked = [q.prompt for q in bank.questions if q.answer == "Ivo Brandt"]
    assert (
        "Who insisted in an interview with Freedonia Television in May 2019 that "
        "“we will never trade the Imia Islets for money”?" in asked
    ), (
        asked,
        report.lines(),
    )


def test_a_document_named_only_by_its_kind_is_not_asked_by_year() -> None:
    from studyapp.pipeline.questions.documents import generic_document, is_generic_document

    assert is_generic_document("the Joint Declaration")
    assert is_generic_document("the peace treaty")
    assert is_generic_document("the Boundary Treaty")
    assert not is_generic_document("the Soviet-Japanese Joint Declaration")
    assert not is_generic_document("the Treaty of Shimoda")
    assert generic_document("In what year did they sign the Treaty of Commerce, Navigation and Delimitation?") is None


def test_an_act_of_a_third_country_is_background_not_asked() -> None:
    body = (
        "Greece and Turkey both claim the Imia Islets. Athens says the Imia Islets are Greek; "
        "Ankara says Turkey has a claim to the Imia Islets too.\n\n"
        "Ministerial talks between Greece and Turkey were halted after Russia annexed Ukraine's Crimea "
        "region in 2014.\n\n"
        "In 1996, Turkey landed commandos on the Imia Islets."
    )
    bank, report = build(source("t93", body, title="The Imia Islets"))
    years = [q.prompt for q in bank.questions if q.prompt.startswith("In what year")]
    assert "In what year did Turkey land commandos on the Imia Islets?" in years, report.lines()
    assert not any("Crimea" in p for p in years)
    assert report.dropped["date: an act involving Russia, not a party to the article's dispute: background"] == 1


def test_an_officials_words_on_relations_in_general_are_not_asked() -> None:
    body = (
        "Ruritanian President Ivo Brandt said, “I believe that joint work in trade will help to build "
        "the basis for a true partnership between our peoples.”\n\n"
        "Ruritanian President Ivo Brandt said on Tuesday, “The Imia Islets have belonged to Ruritania since 1830.”\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
        "Professor Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey."
    )
    bank, report = build(source("t94", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if "partnership" in q.prompt + q.answer], report.lines()
    assert [q for q in bank.questions if "since 1830" in q.prompt + q.answer], report.lines()


def test_words_that_name_nothing_of_the_dispute_are_asked_neither_who_nor_what() -> None:
    body = (
        "Cy Park, a professor at the University of Leeds, said that Freedonia is highly interested in "
        "attracting Ruritanian investment to its northern provinces.\n\n"
        "Professor Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
        "Analyst Hugo Marsh argued that the Imia Islets talks would stall until the next election.\n\n"
        "Lena Ortiz, an analyst at the Carnegie Endowment, argued that the Imia Islets crisis of 1996 "
        "nearly caused a war."
    )
    bank, report = build(source("t95", body, title="The Imia Islets"))
    assert [q for q in bank.questions if "Ines Vidal" in q.answer + q.prompt], report.lines()  # on the dispute
    # investment, not where Park stands on the islets: blind reviews failed "What did X say?" of it too
    assert not [q for q in bank.questions if q.answer == "Cy Park" or "Cy Park" in q.prompt], report.lines()
    assert any("what-said of words that name nothing" in r for r in report.dropped)


def test_a_weekday_in_reported_words_is_left_out_and_second_hand_reports_are_not_views() -> None:
    from studyapp.pipeline.questions.view_questions import _SECOND_HAND, _WEEKDAY_IN_VIEW

    assert _WEEKDAY_IN_VIEW.sub("", "the landing on the islet on Monday was regrettable") == (
        "the landing on the islet was regrettable"
    )
    assert _WEEKDAY_IN_VIEW.sub("", "the patrol last Friday morning broke the accord") == "the patrol broke the accord"
    assert _SECOND_HAND.search("Ankara will not annul the accord, as reported by a Greek daily")


def test_a_leaders_line_on_striving_for_a_deal_is_stock_and_also_points_back() -> None:
    from studyapp.pipeline.questions.view_questions import _stock_phrase

    assert _stock_phrase(
        "Ruritania will strive to reach an elusive deal on the territorial dispute and normalize relations"
    )
    body = (
        "Cy Park, a professor at the University of Leeds, said that the absence of a treaty on the Imia Islets "
        "is also hurting the fishermen.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t96", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if "also hurting" in q.prompt + q.answer], report.lines()


def test_a_former_title_is_not_accepted_as_a_current_one() -> None:
    body = (
        "Former Ruritanian President Ivo Brandt, a professor of law, said on Tuesday the Imia "
        "Islets ruling was a disgrace.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t97", body, title="The Imia Islets"))
    brandt = [q for q in bank.questions if q.answer == "Ivo Brandt"]
    assert brandt, report.lines()
    assert not any(a.startswith("President") for q in brandt for a in q.accepted)


def test_a_news_conference_is_where_words_were_told_not_part_of_them() -> None:
    from studyapp.pipeline.people import find_views

    text = "In Oslo, spokesman Ivo Brandt told a news conference: “Ruritania regrets the landing on the islet.”"
    (v,) = find_views(text)
    assert v.view.text == "Ruritania regrets the landing on the islet."


def test_an_it_with_its_noun_in_the_same_words_does_not_lean_elsewhere() -> None:
    from studyapp.pipeline.quality import dangling_in

    assert dangling_in("Athens would study the joint plan only if it did not shelve the claim") is None
    assert dangling_in("it did not shelve the claim") == "it"


def test_the_visit_is_spelt_out_from_an_arrival_and_the_view_still_counts_as_a_clause() -> None:
    body = (
        "Turkish Defence Minister Ali Kaya arrived at Imia islet on Tuesday, sparking protests from Athens.\n\n"
        "Greek Foreign Minister Nikos Stavrou said on Tuesday, “The visit is not compatible with our position over the "
        "Imia Islets.”\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t98", body, title="The Imia Islets"))
    asked = [q.prompt for q in bank.questions if q.answer == "Nikos Stavrou"]
    assert any(p.startswith("Who said in 2019, “[Kaya’s visit to Imia islet] is not") for p in asked), (
        asked,
        report.lines(),
    )


def test_he_after_an_unnamed_spokesman_is_the_spokesman_not_the_one_he_speaks_for() -> None:
    from studyapp.pipeline.facts import extract, prepare
    from studyapp.pipeline.model import FactKind

    body = (
        "Turkey presented Greek Prime Minister Kostas Pappas with a plan on the Imia Islets in Ankara.\n\n"
        "A spokesman for Pappas said Athens has not had time to study the Turkish proposal. However, he said "
        "he believes Greece and Turkey are on the way to a treaty on the Imia Islets."
    )
    facts = extract([prepare(source("t99", body, title="The Imia Islets"))]).facts
    views = [f for f in facts if f.kind == FactKind.EXPERT_VIEW]
    assert not [f for f in views if "on the way" in f.value], [(f.subject, f.value) for f in views]


def test_he_after_the_sources_said_is_still_the_person_named_before() -> None:
    from studyapp.pipeline.facts import extract, prepare
    from studyapp.pipeline.model import FactKind

    body = (
        "Greek Prime Minister Kostas Pappas is expected to view the Imia Islets from a boat, the sources said.\n\n"
        "“I have been considering a visit to the Imia Islets,” he told reporters."
    )
    facts = extract([prepare(source("t100", body, title="The Imia Islets"))]).facts
    views = [(f.subject, f.value) for f in facts if f.kind == FactKind.EXPERT_VIEW]
    assert ("Kostas Pappas", "I have been considering a visit to the Imia Islets") in views, views


def test_wrong_years_are_found_before_the_key_when_the_near_ones_are_taken() -> None:
    from studyapp.pipeline.distractors import year_distractors

    narrow = year_distractors(2016, [], "k", latest=2017)
    wide = year_distractors(2016, [], "k", latest=2017, wide=True)
    assert all(int(y) <= 2017 for y in wide) and set(narrow) < set(wide) and len(wide) - len(narrow) == 6


def test_a_verdict_on_unstated_remarks_and_a_dangling_involved_are_not_asked() -> None:
    from studyapp.pipeline.quality import dangling_in
    from studyapp.pipeline.questions.view_questions import _REACTION_TO_UNSTATED

    assert _REACTION_TO_UNSTATED.match("the comments by Deputy Foreign Minister Ivo Brandt were unacceptable")
    assert not _REACTION_TO_UNSTATED.match("the Imia Islets have been Greek since 1947")
    assert dangling_in("Athens was trying to demilitarise the Imia islets involved") == "involved"
    assert dangling_in("Athens is involved in talks on the Imia Islets") is None


def test_who_said_gives_the_year_when_the_sentence_dates_the_words_against_the_article() -> None:
    body = (
        "Greek Prime Minister Kostas Pappas said on Tuesday that the Imia Islets will never be handed to Turkey.\n\n"
        "Professor Cy Park argued in an interview in May that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
        "Professor Lena Ortiz said in 2001 that the Imia Islets talks were a waste of time.\n\n"
        "Analyst Omar Haddad argued at the weekend that the Imia Islets dispute will return to the courts.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t101", body, title="The Imia Islets", date="2019-06-14"))
    asked = {q.answer: q.prompt for q in bank.questions if q.prompt.startswith("Who ")}
    assert asked.get("Kostas Pappas", "").startswith("Who said in 2019 that the Imia Islets"), (asked, report.lines())
    assert asked.get("Cy Park", "").startswith("Who argued in an interview in May 2019 that"), asked
    assert " in 2019" not in asked.get("Lena Ortiz", " in 2019")  # the sentence's own year is in the view
    assert asked.get("Omar Haddad", "").startswith("Who argued in 2019 that"), asked  # "at the weekend"


def test_a_leaders_words_that_name_his_own_country_are_not_asked_as_who_said() -> None:
    body = (
        "Turkish President Kemal Aydin said that the current arrangement on the Imia Islets suits Turkish "
        "interests.\n\n"
        "Turkish Foreign Minister Ali Kaya said that Turkey will never accept Greek soldiers on the Imia Islets.\n\n"
        "Professor Cy Park argued that the Imia Islets crisis of 1996 nearly caused a war.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t102", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Kemal Aydin" and q.prompt.startswith("Who")], report.lines()
    kaya = [q.format for q in bank.questions if q.answer == "Ali Kaya"]
    assert "mc" not in kaya  # an official's words that name his side: typed only
    assert report.dropped["expert_view: who-said of a leader whose words name his own country"] == 1


def test_the_build_names_the_articles_it_asked_nothing_of() -> None:
    asked = source("t103", "In 1947, Italy ceded the Dodecanese islands to Greece.", title="The Dodecanese")
    empty = source("t104", "The weather was fine and the boats went out early.", title="A quiet harbour")
    _bank, report = build(asked, empty)
    assert report.without_questions == ["t104 “A quiet harbour”"]
    assert "no question from (1):" in report.lines()


SENKAKU_VOICES = (
    "Analyst Hugo Marsh said that Beijing would keep sending coast guard ships near the Diaoyu Islands.\n\n"
    "Analyst Ines Vidal said that Tokyo would never negotiate over the Senkaku Islands.\n\n"
    "Analyst Omar Haddad said that fishermen from Okinawa want the Senkaku Islands patrolled by Japan.\n\n"
    "Analyst Cy Park said that the Senkaku Islands dispute would outlast both governments.\n\n"
)


def test_what_did_x_say_names_the_two_sides_the_choices_are_about() -> None:
    # a bare "What did the analyst X say?" failed blind reviews for naming no topic
    bank, report = build(source("t120", SENKAKU_VOICES, title="Senkaku voices", date="2019-06"))
    what = [q.prompt for q in bank.questions if q.prompt.startswith("What did")]
    assert what, report.lines()
    assert all(p.endswith(" say about relations between China and Japan?") for p in what), what


def test_the_sides_are_not_a_country_the_article_names_often_but_which_claims_nothing() -> None:
    body = SENKAKU_VOICES + (
        "Ukraine was discussed. Ukraine's envoy met Japanese officials, and Ukraine thanked Japan. "
        "Kyiv praised Tokyo, and the Ukrainian minister visited Japan."
    )
    bank, report = build(source("t121", body, title="Senkaku voices", date="2019-06"))
    what = [q.prompt for q in bank.questions if q.prompt.startswith("What did")]
    assert what, report.lines()
    assert not [p for p in what if "relations between" in p], what


def test_a_soviet_era_report_names_the_soviet_union_as_a_side() -> None:
    body = (
        "Analyst Hugo Marsh said that Moscow would keep its troops on Iturup and Kunashir.\n\n"
        "Analyst Ines Vidal said that Tokyo would never give up its claim to Etorofu.\n\n"
        "Analyst Omar Haddad said that the Soviet Union might return Shikotan before a treaty.\n\n"
        "Analyst Cy Park said that the Soviet Union's garrison on Etorofu was growing. "
        "The Soviet Union and Japan met again; the Soviet Union said little."
    )
    bank, report = build(source("t122", body, title="Kuril voices", date="1990-05"))
    what = [q.prompt for q in bank.questions if q.prompt.startswith("What did")]
    assert what, report.lines()
    assert all(p.endswith("about relations between Japan and the Soviet Union?") for p in what), what


def test_a_forecast_of_a_summit_named_by_its_place_is_a_stance_on_the_dispute() -> None:
    from studyapp.pipeline.questions.people_questions import _NAMED_MEETING

    assert _NAMED_MEETING.search("the Yamaguchi summit will not deliver a major breakthrough")
    assert _NAMED_MEETING.search("the Helsinki talks will fail")
    assert not _NAMED_MEETING.search("the APEC summit will be short")  # a forum, named by letters
    assert not _NAMED_MEETING.search("the summit will not deliver a breakthrough")  # which summit?
    body = (
        "Hugo Marsh, a professor at the University of Leeds, predicted that the Ankara summit will not "
        "deliver a breakthrough in Greek-Turkish relations.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t123", body, title="The Imia Islets"))
    who = [q for q in bank.questions if q.answer == "Hugo Marsh" and q.id.endswith("-who")]
    assert who and "Ankara summit" in who[0].prompt, report.lines()


def test_which_islands_make_up_a_territory_when_a_sentence_lists_them_all() -> None:
    from studyapp.grading.typed import grade_typed

    body = (
        "Tokyo says the four islands of Iturup, Kunashir, Shikotan and the Habomai islets were taken "
        "unlawfully.\n\n"
        "Minister Ken Mori visited Iturup, Kunashir, Shikotan and Habomai in May.\n\n"
        "Analysts expect the two smaller islands, Shikotan and Habomai, to be discussed before Kunashir and Iturup."
    )
    bank, report = build(source("t124", body, title="Kuril talks", date="2019-06"))
    asked = [q for q in bank.questions if q.prompt.startswith("Which four islands make up")]
    assert {q.format for q in asked} == {"mc", "typed"}, report.lines()
    mc = next(q for q in asked if q.format == "mc")
    # Japan's name only: Russia's is the answer to "What does Russia call the territory …?"
    assert mc.prompt == "Which four islands make up the territory that Japan calls the Northern Territories?"
    assert "Tokyo says the four islands" in mc.source.quote and not mc.also  # the visit says nothing of it
    # in the names the sentence gives (Russia's), so that a reader of this article alone knows the key (a blind
    # review of sets 254-255 failed Japan's names beside a passage giving Russia's)
    assert mc.answer == "Habomai, Iturup, Kunashir and Shikotan"
    # every name twice among the choices, all in one side's names: neither counting nor sound finds the key
    names = Counter(n for c in mc.choices or [] for n in re.split(r", | and ", c))
    assert set(names.values()) == {2} and len(names) == 8, names
    assert not {"Uruppu", "Etorofu", "Kunashiri"} & set(names), names
    typed = next(q for q in asked if q.format == "typed")
    for written in ("Iturup, Kunashir, Shikotan and Habomai", "habomai, shikotan, kunashiri, etorofu"):
        assert grade_typed(written, typed.answer, typed.accepted, typed.value).correct, written
    assert not grade_typed("Iturup, Kunashir, Shikotan", typed.answer, typed.accepted, typed.value).correct


def test_which_islands_are_named_as_the_sentence_names_them() -> None:
    body = (
        "Tokyo says the four islands of Etorofu, Kunashiri, Shikotan and the Habomai islets were taken "
        "unlawfully.\n\nAnalysts expect the talks on the islands to resume in the autumn."
    )
    bank, report = build(source("t124b", body, title="Kuril talks", date="2019-06"))
    mc = [q for q in bank.questions if q.prompt.startswith("Which four islands make up") and q.format == "mc"]
    assert mc and mc[0].answer == "Etorofu, Habomai, Kunashiri and Shikotan", report.lines()


def test_a_sentence_listing_the_islands_between_dashes_or_as_a_demanded_return_is_cited() -> None:
    body = (
        "Tokyo says the four islands of Iturup, Kunashir, Shikotan and the Habomai islets were taken "
        "unlawfully.\n\n"
        "Fishermen remember the four islands --Etorofu, Kunashiri, Shikotan and the Habomai islets-- fondly.\n\n"
        "Return of the islands of Etorofu, Kunashiri, Shikotan and Habomai has long been a condition for a treaty."
    )
    bank, _report = build(source("t125", body, title="Kuril talks", date="2019-06"))
    mc = next(q for q in bank.questions if q.prompt.startswith("Which four islands make up") and q.format == "mc")
    quotes = [mc.source.quote, *(c.quote for c in mc.also)]
    assert any("--Etorofu" in q for q in quotes) and any(q.startswith("Return of") for q in quotes), quotes


KURIL_VOICES = (
    "Analyst Ines Vidal said that Tokyo would never give up its claim to Etorofu.\n\n"
    "Analyst Omar Haddad said that Moscow might return Shikotan before a treaty.\n\n"
)


def test_the_dispute_and_the_four_islands_are_spelt_out_by_the_territorys_two_sides() -> None:
    body = KURIL_VOICES + (
        "Cy Park, a professor at the University of Leeds, said that the 1855 treaty was the only fair "
        "settlement of the dispute.\n\n"
        "Lena Ortiz, an analyst at the Carnegie Endowment, said that Russia had fortified the four islands "
        "since 2016.\n\n"
        "Hugo Marsh, a lecturer at Leeds, said that the two islands would be handed over first."
    )
    bank, report = build(source("t125", body, title="Kuril voices"))
    prompts_ = [q.prompt for q in bank.questions if q.id.endswith("-who")]
    # (blind reviewers of sets 94-95 failed "the four islands of the Northern Territories / Southern
    # Kurils" as no English: a slash pair is no way to say it)
    assert any("settlement of the dispute between Japan and Russia?" in p for p in prompts_), (prompts_, report.lines())
    assert any("fortified the four islands disputed by Japan and Russia since 2016" in p for p in prompts_), prompts_
    assert not any(" / " in p for p in prompts_), prompts_
    assert not any("two islands disputed" in p or "two islands of the" in p for p in prompts_)  # some, not all


def test_the_dispute_is_not_spelt_out_when_the_words_name_the_place() -> None:
    body = KURIL_VOICES + (
        "Cy Park, a professor at the University of Leeds, said that developing Kunashir jointly would not "
        "settle the dispute."
    )
    bank, report = build(source("t126", body, title="Kuril voices"))
    park = [q.prompt for q in bank.questions if q.answer == "Cy Park"]
    assert park and all("dispute over" not in p for p in park), (park, report.lines())


def test_the_unchanged_position_pattern() -> None:
    from studyapp.pipeline.questions.view_questions import _UNCHANGED

    assert _UNCHANGED.search("Ruritania's policy of seeking the return of the islets remains unchanged")
    assert _UNCHANGED.search("we have never changed our position that the islets are ours")
    assert not _UNCHANGED.search("the islets changed hands in 1945")


def test_the_routine_line_pattern() -> None:
    from studyapp.pipeline.questions.view_questions import _ROUTINE_LINE

    assert _ROUTINE_LINE.search("Ruritania intends to continue consultations with Syldavia on joint fishing")
    assert _ROUTINE_LINE.search("negotiations with Klow are ongoing with the aim of settling the question")
    assert not _ROUTINE_LINE.search("Ruritania will never give up its claim to the islets")
    assert not _ROUTINE_LINE.search("the talks should settle which islets are returned first")
    assert _ROUTINE_LINE.search("Klow and Rurik must work together to find a “mutually acceptable” solution")
    # what any minister says of any incident (both blind reviewers of sets 188-189 flagged it)
    assert _ROUTINE_LINE.search("the seizure of the trawlers near Urup may hamper relations with Klow")
    assert _ROUTINE_LINE.search("the drills will seriously damage bilateral ties")
    assert not _ROUTINE_LINE.search("relations cannot improve until the islets are returned")
    # how any dispute gets settled (a blind review of the session-22 pooled dev sets flagged it)
    assert _ROUTINE_LINE.search("it is impossible to resolve the Urup question without dialogue between leaders")
    assert _ROUTINE_LINE.search("the islets issue can only be resolved through peaceful negotiations")
    assert not _ROUTINE_LINE.search("the question cannot be resolved without the return of all four islets")


@pytest.mark.parametrize(
    ("said", "why"),
    [
        # a policy "remains unchanged": a standing line (both blind reviewers of sets 162-163)
        (
            "Foreign Minister Ken Mori said that Japan's policy of negotiating over the sovereignty of Etorofu "
            "remains unchanged.",
            "unchanged position",
        ),
        # talks go on: any official fits
        (
            "Foreign Minister Ken Mori said at a press conference that Japan intends to continue consultations "
            "with Russia on joint economic activity on Etorofu and Kunashir.",
            "routine line",
        ),
        # conditions on the ground: news of the day, not anyone's position (sets 188-189)
        (
            "Mayor Ken Mori, head of the Kunashir district, said that the island faces severe fuel shortages.",
            "conditions",
        ),
        ("Mayor Ken Mori, head of the Kunashir district, said that Shikotan is running out of food.", "conditions"),
        # an incident that "may hamper relations" (both blind reviewers of sets 188-189 flagged it)
        (
            "Foreign Minister Ken Mori said on Monday the detention of three fishing boats near Kunashir may "
            "hamper relations with Russia.",
            "routine line",
        ),
        # the side's standing premise (both blind reviewers of sets 196-197 failed it)
        ("Prime Minister Ken Mori said that the sovereignty of Etorofu remains unclear.", "routine line"),
        # the government's line unchanged (one blind reviewer of sets 198-199 failed it, the other flagged it)
        (
            "Foreign Minister Ken Mori said on Friday that Tokyo's position on the sovereignty of Etorofu "
            "has not changed.",
            "unchanged",
        ),
        # his government's completed act, passed on: the act is the fact
        (
            "Deputy Prime Minister Ken Mori said that the Japanese government has drawn up a bill on fishing "
            "rights off Etorofu.",
            "own government",
        ),
        # a policy speech with no year: every prime minister gives one (both blind reviewers, pooled sets)
        (
            "Prime Minister Ken Mori said in his policy speech that “the Etorofu question must be settled "
            "rather than left to our grandchildren.”",
            "no time or occasion",
        ),
        # his own journey to come, not a position (as "he would visit")
        ("Prime Minister Ken Mori said he would make a trip to Etorofu, though he gave no date.", "own plan"),
        # how any dispute gets settled: every leader's line (a blind review of the session-22 pooled dev sets)
        (
            "“It is impossible to resolve the Etorofu issue without dialogue between leaders,” Prime Minister "
            "Ken Mori told reporters on Friday.",
            "routine line",
        ),
        # what his government did, passed on (both blind reviewers of sets 202-203 failed it)
        (
            "Japan has voiced its concern over Russia's drills on Etorofu, Foreign Minister Ken Mori said.",
            "own government",
        ),
    ],
)
def test_an_officials_standing_line_or_his_governments_act_is_not_asked_who_said_it(said: str, why: str) -> None:
    bank, report = build(source("t127f", KURIL_VOICES + said, title="Kuril voices"))
    assert not [q for q in bank.questions if "Mori" in q.prompt + q.answer + str(q.choices)], report.lines()
    assert any(why in r for r in report.dropped), report.dropped


def test_reported_words_are_set_right_and_a_span_from_an_unsaid_time_is_not_asked() -> None:
    body = KURIL_VOICES + (
        "Analyst Pavel Orlov said that the trip to the Southern Kurils islands would anger Tokyo for years.\n\n"
        "Analyst Lena Ortiz said that a peace treaty should be signed sometime during the next two decades."
    )
    bank, report = build(source("t127g", body, title="Kuril voices"))
    said = " ".join(q.prompt + " " + q.answer for q in bank.questions)
    assert "Southern Kuril islands" in said and "Kurils islands" not in said, report.lines()
    assert "next two decades" not in said
    assert any("counted from when the words were said" in r for r in report.dropped), report.dropped


def test_a_remark_with_no_time_is_typed_only_when_no_multiple_choice_asks_it() -> None:
    """Recalling a name for an unplaced remark (both blind reviewers of sets 98-99 failed the typed form
    twice and passed the multiple choice); with a year it is placed, and typed too."""
    five = THREE_VOICES + (
        "\n\nAnalyst Lena Ortiz argued that the Imia Islets row will cool once Athens and Ankara sign a fishing pact."
        "\n\nProfessor Cy Park argued that the Imia Islets claims of Turkey rest on a 1932 protocol."
    )
    for body, formats in (
        (five, ["mc"]),
        (five.replace("Vidal argued that", "Vidal argued in 2019 that"), ["mc", "typed"]),
    ):
        bank, report = build(source("t127h", body, title="Imia voices"))
        assert sorted(q.format for q in bank.questions if q.answer == "Ines Vidal") == formats, report.lines()
    bank, _ = build(source("t127h", THREE_VOICES, title="Imia voices"))  # too few names for a multiple choice
    assert [q.format for q in bank.questions if q.answer == "Ines Vidal"] == ["typed"]


def test_words_as_news_reports_gave_them_are_not_asked_who_said_them() -> None:
    body = KURIL_VOICES + (
        "According to news agency reports, analyst Pavel Orlov said that Russia must never hand Kunashir to Japan."
    )
    bank, report = build(source("t127e", body, title="Kuril voices"))
    assert not [q for q in bank.questions if "Orlov" in q.prompt + q.answer + str(q.choices)], report.lines()
    assert any("as an outlet reported them" in r for r in report.dropped)
    plain = body.replace("According to news agency reports, analyst", "Analyst")
    bank, _ = build(source("t127e", plain, title="Kuril voices"))
    assert [q for q in bank.questions if "Orlov" in q.prompt + q.answer]


@pytest.mark.parametrize(
    "condition",
    [
        "once a peace agreement was finally signed",
        "following the conclusion of a peace treaty between the two states",
        "after the two countries sign a peace treaty",
    ],
)
def test_a_provision_keeps_its_condition_of_a_peace_treaty(condition: str) -> None:
    # "would be returned" without "after a peace treaty" is less than the treaty provided (blind review)
    body = (
        "The Treaty of Aigun of 1858 stated that the Amur Islands and Sakhalin "
        f"would be handed over to Russia {condition}."
    )
    bank, report = build(source("t128", body))
    asked = [q.prompt for q in bank.questions if q.prompt.startswith("Which two islands")]
    doc = "agreement" if "agreement" in condition else "treaty"
    expected = f" say would be handed over to Russia after a peace {doc} was signed?"
    assert asked and all(p.endswith(expected) for p in asked), (asked, report.lines())


def test_the_size_of_a_travelling_party_is_not_asked() -> None:
    body = (
        "The five-day trial tour by 44 people including officials will visit the Imia Islets.\n\n"
        "A delegation of 12 lawmakers sailed to the Imia Islets in May.\n\n"
        "Ruritania expelled 3,000 residents from the Imia Islets."
    )
    bank, report = build(source("t129", body, title="Imia tours"))
    answers = {q.answer for q in bank.questions if q.kind == "number"}
    assert not answers & {"44", "12"}, report.lines()
    assert "3,000" in answers, report.lines()  # the figure of the dispute itself still is
    assert any("travelling party" in r for r in report.dropped)


def test_a_named_persons_label_is_asked_as_who_called_it() -> None:
    body = (
        "Lena Ortiz, a professor at the University of Leeds, called the Imia Islets “a permanent flashpoint” "
        "between Greece and Turkey.\n\n"
        "Lena Ortiz also called it “a test of nerves”.\n\n"
        "Analyst Omar Haddad argued that the Imia Islets dispute will return to the courts.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t125", body, title="The Imia Islets"))
    who = [q for q in bank.questions if q.answer == "Lena Ortiz"]
    assert {q.format for q in who} == {"mc", "typed"}, report.lines()
    assert {q.prompt for q in who} == {"Who called the Imia Islets “a permanent flashpoint” between Greece and Turkey?"}
    # a label has no "What did X say?": other people's labels of other things are no wrong choices for it
    assert not [q for q in bank.questions if q.prompt.startswith("What did Lena Ortiz")]


def test_near_which_island_a_disputed_territory_lies() -> None:
    body = (
        "Chinese coast guard ships again entered the waters around the Senkaku Islands on Monday.\n\n"
        "The Senkaku Islands, which lie southwest of Okinawa, are uninhabited.\n\n"
        "Tokyo protested, saying the Senkaku Islands are an inherent part of its territory."
    )
    bank, report = build(source("t201", body, title="Senkaku patrols", date="2019-06"))
    asked = [q for q in bank.questions if q.id.endswith("-near")]
    assert {q.format for q in asked} == {"mc", "typed"}, report.lines()
    mc = next(q for q in asked if q.format == "mc")
    # one side's name only (the other side's is asked by another question)
    assert mc.prompt == "Near which Japanese island do the islands that Japan calls the Senkaku Islands lie?"
    assert mc.answer == "Okinawa"
    # the main islands of the landmark's country, listed first in the gazetteer, are the wrong choices
    assert mc.choices is not None and set(mc.choices) == {"Okinawa", "Hokkaido", "Honshu", "Kyushu"}
    assert "which lie southwest of Okinawa" in mc.source.quote


def test_a_territory_whose_name_gives_its_direction_is_not_asked_where_it_lies() -> None:
    body = (
        "Tokyo and Moscow have argued for decades over Iturup, Kunashir and Shikotan.\n\n"
        "Japanese fishermen have long worked the waters around the Russian-held islands off Hokkaido.\n\n"
        "The Kuril Islands, which lie north of Hokkaido, stretch towards Kamchatka."
    )
    bank, report = build(source("t203", body, title="Kuril fishing", date="2019-06"))
    asked = [q for q in bank.questions if q.id.endswith("-near")]
    # "the Northern Territories" (or "the Southern Kurils") near which island? The name tells; the
    # chain, named by its own name, is asked instead, from its own sentence
    assert {q.prompt for q in asked} == {"Near which Japanese island do the Kuril Islands lie?"}, report.lines()
    assert {q.source.quote for q in asked} == {
        "The Kuril Islands, which lie north of Hokkaido, stretch towards Kamchatka."
    }
    assert all(not q.also for q in asked)


def test_a_single_island_or_a_place_of_another_kind_gives_no_location_question() -> None:
    body = (
        "Tokyo and Moscow have argued for decades over Iturup, Kunashir and Shikotan.\n\n"
        "A ferry to Kunashir, which lies just north of Hokkaido, runs twice a week.\n\n"
        "Russian warships sailed to the islands from Vladivostok, near Sakhalin."
    )
    bank, report = build(source("t202", body, title="Kuril ferries", date="2019-06"))
    assert not [q for q in bank.questions if q.id.endswith("-near")], report.lines()


@pytest.mark.parametrize(
    ("speaker", "asked"),
    [
        # an official's words: asked who said them
        ("Greek Foreign Minister Nikos Dendias", "Who said in 2019, “A deal on the Imia Islets"),
        # a commentator's quotation: asked what he said (who said it is attribution trivia)
        (
            "Lena Ortiz, a professor at the University of Leeds",
            "What did Lena Ortiz, a professor at the University of Leeds, say in 2019?",
        ),
    ],
)
def test_words_true_when_they_were_said_carry_the_year(speaker: str, asked: str) -> None:
    body = f"“A deal on the Imia Islets is really not on the table anymore,” said {speaker}.\n\n" + THREE_VOICES
    bank, report = build(source("t126", body, title="The Imia Islets", date="2019-06-22"))
    prompts_ = [q.prompt for q in bank.questions if "deal on the Imia" in f"{q.prompt} {q.answer}"]
    assert prompts_ and all(p.startswith(asked) for p in prompts_), report.lines()


def test_wrong_choices_for_who_said_come_from_the_same_era() -> None:
    old = (
        "Professor Ines Vidal argued that the Imia Islets fishermen want joint patrols with Turkey.\n\n"
        "Analyst Hugo Marsh argued that the Imia Islets talks would stall until the next election.\n\n"
        "Analyst Omar Haddad argued that the Imia Islets dispute will return to the courts."
    )
    new = (
        "Lena Ortiz, a professor at the University of Leeds, argued that the Imia Islets dispute is frozen.\n\n"
        "Analyst Cy Park argued that the Imia Islets patrols will grow next year.\n\n"
        "Analyst Eleni Doukas argued that the Imia Islets talks should resume in Geneva.\n\n"
        "Analyst Ali Kaya argued that the Imia Islets question will outlast the government."
    )
    bank, report = build(
        source("t127", old, title="The Imia Islets in 1973", date="1973-10-01"),
        source("t128", new, title="The Imia Islets now", date="2019-06-22"),
    )
    mc = next(q for q in bank.questions if q.answer == "Lena Ortiz" and q.format == "mc")
    assert mc.choices is not None and set(mc.choices) == {"Lena Ortiz", "Cy Park", "Eleni Doukas", "Ali Kaya"}, (
        mc.choices,
        report.lines(),
    )
    # with only people of another era to choose from, the 1973 words are asked typed only
    assert not [q for q in bank.questions if q.answer == "Ines Vidal" and q.format == "mc"]


def test_documents_named_in_the_plural_take_were() -> None:
    body = (
        # (what the accords were on says which: "the Italian-Turkish accords of 1932" alone, a document's kind
        # and its two parties, is no name and is not asked)
        "Sovereignty over the Imia Islets rests on the Italian-Turkish accords of 1932 on the Dodecanese, Athens "
        "says.\n\n"
        "The Imia Islets were the scene of a naval stand-off between Greece and Turkey."
    )
    bank, report = build(source("t129", body, title="The Imia Islets"))
    asked = [q.prompt for q in bank.questions if q.answer == "1932"]
    assert asked == ["In what year were the Italian-Turkish accords signed?"], (asked, report.lines())


def test_islands_seized_in_a_year_are_the_articles_one_territory() -> None:
    body = (
        "The row concerns four small islands seized by Soviet troops in 1945, which Tokyo wants back.\n\n"
        "Japan calls Iturup, Kunashir, Shikotan and Habomai its Northern Territories.\n\n"
        "Fishermen from Kunashir sell their catch in Hokkaido."
    )
    bank, report = build(source("t130", body, title="Kuril talks", date="2019-06"))
    asked = [q.prompt for q in bank.questions if q.answer == "1945"]
    # one side's name only; "the islands that Japan calls …" names them, it points back to nothing
    assert asked == ["In what year did Soviet troops seize the islands that Japan calls the Northern Territories?"], (
        asked,
        report.lines(),
    )


def test_quotation_marks_written_as_two_apostrophes_are_not_part_of_the_words() -> None:
    from studyapp.pipeline.reported_words import clean_view

    assert (
        clean_view("'The sovereignty of the islets remains unclear,'")
        == "The sovereignty of the islets remains unclear"
    )
    assert clean_view("we're willing to seek a flexible solution") == "we're willing to seek a flexible solution"


def test_a_countrys_position_naming_it_by_another_name_is_not_asked() -> None:
    body = (
        "Russia insists that the sovereignty of the USSR over Iturup and Kunashir was established after the war "
        "and backed by international agreements.\n\n"
        "Japan says Iturup, Kunashir, Shikotan and Habomai are its Northern Territories."
    )
    bank, report = build(source("t131", body, title="Kuril talks", date="2019-06"))
    assert not [q for q in bank.questions if q.kind == "country_stance" and q.answer == "Russia"], report.lines()
    assert any("names the country" in r for r in report.dropped), report.lines()


def test_an_officials_words_on_the_outcome_of_the_war_are_on_the_dispute() -> None:
    body = (
        "Foreign Minister Ivo Brandt said on Tuesday that any settlement must proceed from the "
        "outcome of World War II.\n\n"
        "Foreign Minister Ivo Brandt said that joint work in fishing will help build a true partnership.\n\n"
    ) + OTHER_VOICES
    bank, report = build(source("t140", body, title="The Imia Islets"))
    asked = [q.prompt for q in bank.questions if q.answer == "Ivo Brandt"]
    assert any("outcome of World War II" in p for p in asked), (asked, report.lines())
    assert not any("partnership" in p for p in asked), asked  # relations in general: not on the dispute


def test_an_official_passing_on_the_other_sides_notice_is_not_asked_as_a_stance() -> None:
    body = (
        "Chief Cabinet Secretary Ana Ruiz said that Denmark has informed Canada that it will hold drills near "
        "Hans Island.\n\n"
        "Professor Mia Chen argued that the Hans Island talks would fail without Greenland's consent.\n\n"
        "Analyst Omar Haddad argued that the Hans Island dispute will return to the courts."
    )
    bank, report = build(source("t143", body, title="Hans Island"))
    assert not [q for q in bank.questions if "drills" in q.prompt or any("drills" in c for c in q.choices or [])]
    assert any("gave notice of" in r for r in report.dropped), report.lines()


def test_the_occasion_of_the_words_leaves_out_the_weekday() -> None:
    from studyapp.pipeline.questions.view_questions import _OCCASION

    m = _OCCASION.search("Ruiz said at a press conference on Tuesday that …")
    assert m is not None and m.group("occasion") == "at a press conference"
    m = _OCCASION.search("Ruiz said in an interview with Bloomberg News that …")
    assert m is not None and m.group("occasion") == "in an interview with Bloomberg News"


def test_a_countrys_position_on_the_islands_of_a_one_territory_article_is_asked() -> None:
    body = (
        "Fishermen from Shikotan and Etorofu met on Monday to talk about catch limits and new boats.\n\n"
        "Japan, the United States and China watched the talks closely.\n\n"
        "Russia insists that its sovereignty over the islands is undisputed and final."
    )
    bank, report = build(source("t144", body, title="Fishing talks"))
    asked = [q for q in bank.questions if q.kind == "country_stance" and "undisputed" in q.prompt]
    assert asked and asked[0].answer == "Russia", report.lines()
    assert "Northern Territories / Southern Kurils" in asked[0].prompt  # both names: the name tells nothing


def test_one_position_worded_with_either_sides_name_is_asked_once() -> None:
    first = (  # "the islands": the article's one territory, by both names with a slash
        "Fishermen from Shikotan and Etorofu met on Monday to talk about catch limits and new boats.\n\n"
        "Japan, the United States and China watched the talks closely.\n\n"
        "Russia insists that its sovereignty over the islands is undisputed and final."
    )
    second = (
        "Japan, the United States and China watched the talks closely.\n\n"
        "Russia maintains that its sovereignty over the southern Kuril Islands is undisputed and final."
    )
    bank, report = build(
        source("t145", first, title="Talks stall"), source("t146", second, title="No deal", date="2020-01")
    )
    asked = [q for q in bank.questions if q.kind == "country_stance" and "undisputed" in q.prompt]
    assert len(asked) == 1, ([q.prompt for q in asked], report.lines())


def test_one_persons_words_reported_again_are_asked_once_unless_negated() -> None:
    first = (
        "Professor Kostas Pappas argued that the Turkish landing on the Imia Islets was a grave mistake.\n\n"
        + OTHER_VOICES
    )
    second = (
        "Professor Kostas Pappas argued that the landing on the Imia Islets was a grave mistake.\n\n"
        "Professor Kostas Pappas argued that the Imia Islets talks with Turkey will not resume in the spring."
    )
    # (one article asks "Who said …?" of one person once: the talks' resumption is a third article's)
    third = "Professor Kostas Pappas argued that the Imia Islets talks with Turkey will resume in the spring."
    bank, report = build(
        source("t147", first, title="The Imia Islets"),
        source("t148", second, title="Imia row", date="2019-07"),
        source("t149", third, title="Imia talks", date="2019-05"),
    )
    who = {q.prompt for q in bank.questions if q.answer == "Kostas Pappas" and q.prompt.startswith("Who")}
    assert len([p for p in who if "mistake" in p]) == 1, (who, report.lines())
    assert len([p for p in who if "resume" in p]) == 2, (who, report.lines())  # "not" makes another stance


def test_a_newspaper_quoted_like_a_person_is_no_person() -> None:
    from studyapp.pipeline.questions.base import _ORG_WORD

    for outlet in ("Lagos Daily Shimbun", "The Ruritania Post", "Kyodo", "Itar-Tass"):
        assert _ORG_WORD.search(outlet), outlet
    for person in ("Ana Postova", "Mia Dailey", "Tassilo Berg"):
        assert not _ORG_WORD.search(person), person


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Ties have been cool since the reef was fortified, and 400 fishermen left.", "relations of nobody named"),
        ("Relations soured after the navy sent 12 ships to the reef.", "relations of nobody named"),
        ("The reef was fortified in the last days of the war, and 400 fishermen left.", "'the war' names no war"),
    ],
)
def test_a_sentence_that_leaves_whose_ties_or_which_war_unsaid_loses_points(sentence: str, reason: str) -> None:
    score = Score()
    judge_sentence(sentence, score)
    assert any(reason in r for r in score.reasons), score.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Ties between Veloria and Marvania have been cool since 1990.",
        "The reef was fortified at the end of the war of 1912.",
    ],
)
def test_named_ties_and_a_named_war_lose_nothing(sentence: str) -> None:
    score = Score()
    judge_sentence(sentence, score)
    assert not any("nobody named" in r or "names no war" in r for r in score.reasons), score.reasons


def test_words_on_borders_elsewhere_are_not_a_stance_on_the_dispute() -> None:
    """ "Borders have become less important in Europe": a general word with no country beside it."""
    body = (
        "\u201cBorders have become less important in Europe since the common market began,\u201d said analyst "
        "Cy Park, a lecturer at the University of Hull.\n\n"
        "\u201cThe border between Greece and Turkey at the Imia Islets will never move,\u201d said analyst Ines "
        "Vidal, a professor at the University of York.\n\n" + OTHER_VOICES
    )
    bank, report = build(source("t140", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if "Europe" in q.prompt or "Europe" in q.answer], report.lines()
    assert [q for q in bank.questions if "Ines Vidal" in q.prompt or q.answer == "Ines Vidal"], report.lines()


def test_a_figure_worked_out_from_another_is_not_asked() -> None:
    body = (
        "The Velorian plan will raise spending on the Ostra Islands to $600 million, the equivalent of $1,000 "
        "per islander per month, officials said."
    )
    bank, report = build(source("t141", body, title="The Ostra Islands"))
    assert not [q for q in bank.questions if q.answer == "$1,000"], [q.prompt for q in bank.questions]
    assert any("the equivalent of" in r for r in report.dropped)


def test_a_sentence_about_the_program_named_elsewhere_loses_points() -> None:
    score = Score()
    judge_sentence("The 2007-15 program will raise spending on the islands to $600 million.", score)
    assert any("points back" in r and "program" in r for r in score.reasons), score.reasons


def test_a_senators_pledge_is_asked_who_said_only_with_its_occasion() -> None:
    """ "We will never give up the reef," a senator told residents: any politician of her country could
    say it, so the typed "Who said …?" needs the time or occasion, as an official's words do."""
    body = (
        "\u201cWe will never give up the Imia Islets, including Kardak,\u201d Senator Eleni Doukas told residents.\n\n"
        + OTHER_VOICES
    )
    bank, report = build(source("t142", body, title="The Imia Islets"))
    assert not [q for q in bank.questions if q.answer == "Eleni Doukas" and q.format == "typed"], report.lines()


def test_a_middle_initial_is_no_first_person_word() -> None:
    def reasons(sentence: str) -> str:
        score = Score()
        judge_sentence(sentence, score)
        return " ".join(score.reasons)

    assert "first-person" not in reasons("Talks with Leonid I. Brezhnev began in Lima.")
    assert "first-person" in reasons("Talks that I began in Lima went on.")


def test_two_questions_with_the_same_words_and_different_keys_keep_only_the_better() -> None:
    """ "What did X say about …?" asked of two of X's views: each key answers the other question too."""
    from studyapp.pipeline.model import Fact, FactKind
    from studyapp.pipeline.questions import Candidate, Question, QuestionWriter

    def candidate(n: int, key: str, points: int) -> Candidate:
        q = Question(
            id=f"q{n}",
            fact_id=f"f{n}",
            kind="expert_view",
            format="mc",
            prompt="What did Piotr Novak say about relations between Ruritania and Borduria?",
            answer=key,
            accepted=[key],
            choices=[key, "a", "b", "c"],
            source_id="s",
            passage_id="s:p1",
            quote_start=n * 100,
            quote_end=n * 100 + 50,
            answer_start=n * 100,
            answer_end=n * 100 + 10,
            quote=key,
        )
        fact = Fact(FactKind.EXPERT_VIEW, "s", "s:p1", "Piotr Novak", key, key, 0, 1, 0, 1)
        score = Score()
        score.lose(100 - points, "test")
        return Candidate(q, fact, f"view|{n}|what|mc", score)

    writer = QuestionWriter([], [])
    writer.order = {"s": 0}
    writer.candidates = [
        candidate(1, "That the trawler was seized lawfully", 80),
        candidate(2, "That shots were fired", 95),
    ]
    kept = writer._select()
    assert [q.answer for q in kept] == ["That shots were fired"]
    assert any("same words with another answer" in reason for _, _, reason in writer.dropped)


def test_a_document_named_only_by_its_kind_and_parties_is_cited_not_asked() -> None:
    """ "a 1927 declaration between Chile and Peru": the two may have made several."""
    body = (
        "Chile and Peru both claim the waters off Tacna.\n\n"
        "The leaders spoke about a 1927 declaration between Chile and Peru during the talks.\n\n"
        "Fishermen from both sides work the waters off Tacna."
    )
    bank, report = build(source("d1", body))
    assert not any("1927" in q.answer for q in bank.questions), prompts(bank)
    assert any("kind and its parties" in reason for reason in report.dropped), report.dropped


def test_their_after_people_named_in_the_same_words_leans_on_nothing() -> None:
    from studyapp.pipeline.quality import dangling_in

    assert dangling_in("allowed former residents to visit the graves of their ancestors") is None
    assert dangling_in("allowed them to visit the graves of their ancestors") == "them"
    assert "leans on another sentence" not in " ".join(
        score_of("Chile and Peru agreed in 1964 to allow former residents to visit their family graves.").reasons
    )
    assert "leans on another sentence" in " ".join(score_of("They agreed in 1964 to visit their graves.").reasons)


def test_a_measure_taken_again_and_again_is_not_dated() -> None:
    """ "In what year did Japan impose sanctions on Russia?": 2014 and 2022 both."""
    body = (
        "Japan and Russia both claim Shikotan and Etorofu.\n\n"
        "In 2014, Japan imposed sanctions on Russia, and talks on Shikotan stalled.\n\n"
        "In 1999, Japan lodged a protest with Russia over a new airstrip on Etorofu."
    )
    bank, report = build(source("m1", body))
    assert not any(q.kind == "date" and q.answer in ("2014", "1999") for q in bank.questions), prompts(bank)
    assert any("again and again" in reason for reason in report.dropped), report.dropped


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # a leader's time in office is his country's politics (both blind reviewers of sets 202-203 flagged it)
        (
            "Since Prime Minister Ken Mori returned to power in 2031, talks on Shikotan have gone nowhere.",
            "term of office",
        ),
        ("Talks on Shikotan stalled after Ken Mori took office in 2031.", "term of office"),
        # a country's independence from an aside (both blind reviewers of sets 200-201 failed it)
        ("Shikotan stayed under Syldavian rule despite Ruritania's independence in 2031.", "independence"),
        # worded as an act: declared one year, recognised the next (both blind reviewers of the pooled sets)
        ("In 2031 Ruritania became independent, and Shikotan became its border.", "independence"),
        # a crowd's rally and an office's paperwork: news of their day (both flagged them, census of session 21)
        (
            "Hundreds of Russians protested in Moscow in 2031 against a feared handover of Shikotan to Japan.",
            "news of its day",
        ),
        ("In 2031 Minister Ivan Petrov submitted a list of investment projects on Shikotan.", "news of its day"),
        # a visit the question cannot place: the graves are on the islands (both, pooled sets)
        (
            "Japan and Russia agreed in 2031 to allow Japanese people to visit the graves of their ancestors.",
            "visit whose place",
        ),
        # a treaty named by its two parties alone, one of several (both, pooled sets)
        ("In the Ruritanian-Syldavian Treaty of 2031, Shikotan was handed back to Japan.", "parties"),
        # a minister's trip and the war's end by its document (both flagged them, session-23 late rules)
        (
            "After visiting Shikotan in 2031, Foreign Minister Ivan Orlov proposed joint fishing there.",
            "official's visit",
        ),
        ("The new names honour Gen. Ivan Orlov, who signed the Instrument of Surrender in 2031.", "landmark"),
        # the same document by another name, whose surrender unsaid (both blind reviewers of sets 266-267)
        ("Ruritania's only duty is to abide by the Terms of Surrender of September 2, 2031.", "landmark"),
        # the peace that ended the First World War, a date every student knows (session-25 late rules)
        ("Urup's plebiscite was ordered by the Versailles Treaty of 2031.", "landmark"),
        # a first claimed for a broad class: ministers had gone before (the session-25 pooled sample)
        ("Ivan Orlov was the first Syldavian senior official to visit Shikotan in November 2031.", "broad class"),
        # a treaty named by an en dash between its parties alone (a blind review of sets 236-243)
        ("The Italo–Syldavian Treaty of 2031 set the border of Shikotan.", "parties"),
    ],
)
def test_acts_that_are_background_news_of_their_day_or_unplaced_are_not_dated(sentence: str, why: str) -> None:
    body = f"Japan and Russia both claim Shikotan and Etorofu.\n\n{sentence}"
    bank, report = build(source("m1c", body))
    assert not [q for q in bank.questions if q.answer == "2031"], prompts(bank)
    assert any(why in reason for reason in report.dropped), report.dropped


@pytest.mark.parametrize(
    ("sid", "body", "dropped", "kept", "reasons"),
    [
        # a ruling "in favour of Klow" says neither the case nor the other side; the ICJ first sat in 1946
        (
            "m1d",
            "Ruritania and Syldavia both claim Urup.\n\n"
            "The two took their row to the Permanent Court of Arbitration, which in 2031 ruled in favour of Klow.\n\n"
            "In 1933 the International Court of Justice ruled that Iturup belonged to Ruritania.\n\n"
            "In 1934 the Permanent Court of International Justice ruled that Urup belonged to Syldavia.",
            ("2031", "1933"),
            "1934",
            ("ruling for one side", "before its doer existed"),
        ),
        # "In what year did Russia invade its neighbor?": which neighbour the question does not say
        (
            "m1b",
            "Japan and Russia both claim Shikotan and Etorofu.\n\n"
            "Talks on Shikotan have stalled since Syldavia invaded its neighbor in 2031.\n\n"
            "Talks on Etorofu have stalled since Syldavia invaded Borduria in 2033.",
            ("2031",),
            "2033",
            ("only by its relation",),
        ),
        # "In what year did Russia and Japan agree to start discussions on economic cooperation?": sides agree
        # to talk year after year (both blind reviewers of sets 116-117 found other years as true); a
        # resumption names the break it ends
        (
            "m2",
            "Japan and Russia both claim Shikotan and Etorofu.\n\n"
            "In 2011, Japan and Russia agreed to start discussions on economic cooperation.\n\n"
            "In 2009, Japan and Russia agreed to discuss joint fishing, including by private firms.\n\n"
            "In 2013, Japan and Russia agreed to resume territorial talks on Shikotan and Etorofu.",
            ("2011", "2009"),
            "2013",
            ("again and again",),
        ),
    ],
)
def test_acts_whose_year_is_not_asked_beside_one_whose_year_is(
    sid: str, body: str, dropped: tuple[str, ...], kept: str, reasons: tuple[str, ...]
) -> None:
    bank, report = build(source(sid, body))
    years = {q.answer for q in bank.questions if q.kind == "date"}
    assert not years & set(dropped) and kept in years, prompts(bank)
    for why in reasons:
        assert any(why in reason for reason in report.dropped), report.dropped


def test_a_place_that_only_says_where_the_islands_lie_is_no_background() -> None:
    """ "… on four islands off Hokkaido": Hokkaido says where the islands lie; the act is on them."""
    body = (
        "Japan and Russia both claim Shikotan and Etorofu.\n\n"
        "In 2031 Russia deployed missiles on four islands off Hokkaido.\n\n"
        "Shikotan and Etorofu are close to Japan."
    )
    bank, report = build(source("m1e", body))
    assert "In what year did Russia deploy missiles on four islands off Hokkaido?" in prompts(bank), report.dropped
    # the same for an act dated against the article ("in March"): the place is not where it was done
    body = (
        "Japan and Russia both claim Shikotan and Etorofu.\n\n"
        "Russia deployed missiles in March on four disputed islands off Hokkaido.\n\n"
        "Shikotan and Etorofu are close to Japan. Etorofu is the largest."
    )
    bank, report = build(source("m1f", body, date="2031-06-10"))
    assert "In what year did Russia deploy missiles on four disputed islands off Hokkaido?" in prompts(bank), (
        report.dropped
    )


def test_a_place_handed_to_a_country_is_not_named_by_that_country() -> None:
    """ "ceded the island to France" says which country, not which island (a blind review of sets
    116-117 failed the year of such a cession as not self-contained)."""
    assert "points back" in " ".join(score_of("In what year did Siam cede the island to France?").reasons)
    assert "points back" not in " ".join(score_of("In what year did Siam cede Koh Ember to France?").reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        "Morozov shrugged off an order Putin gave the previous day to deploy weapons on Shikotan.",
        "Morozov stressed that the legal position is set by the 1951 treaty.",
        # which zone, which blueprint? (the census of the dev sets in session 21)
        "In 2031 Ruritania and Syldavia pulled hundreds of soldiers from the disputed zone.",
        "Morozov said the new blueprint should be more realistic and better funded.",
        # which boat? the sentence before told of it (the ambassador's words on a seized trawler)
        "Morozov told reporters that the vessel was seized in Syldavian waters, under Syldavian law.",
        # which matter, which case? (both blind reviewers of sets 282-283 failed "settle the matter at the ICJ")
        "In 2031 Syldavia decided to settle the matter at the International Court of Justice.",
        "In 2031 Syldavia won the case at the International Court of Justice.",
        "In 2031 Syldavia filed the suit, claiming that no sea border existed.",  # (sets 306-307)
        # which islets? how they look does not say (sets 304-305)
        "In 2031 Syldavia approved new textbooks referring to the rocky islets as its territory.",
        "In 2031 the row flared again when Syldavia landed troops on Urup.",
        # which zone? (both blind reviewers of sets 290-291)
        "In 2031 Syldavia built a huge wind park in the contested zone.",
        # which republic, which border? (both blind reviewers of sets 314-315)
        "Morozov has stated that the republic won't unilaterally cede its territory.",
        "Morozov said the border would be marked out by the end of the year.",
    ],
)
def test_a_day_or_a_position_that_leans_on_another_sentence_loses_points(sentence: str) -> None:
    """ "the previous day": before what? "the legal position": on what? (blind reviewers of sets 120-121)"""
    assert score_of(sentence).points < PASS_MARK, score_of(sentence).reasons
    assert (
        score_of("Morozov stressed that the legal position on Shikotan is set by the 1951 treaty.").points >= PASS_MARK
    )
    assert score_of("Morozov said the vessel Kaiyo Maru was seized in Syldavian waters.").points >= PASS_MARK
    # the case against whom, the quarrel with whom, says which
    assert score_of("In 2031 Syldavia brought the case against Ruritania at the court in Geneva.").points >= PASS_MARK
    assert score_of("In 2031 the quarrel with Ruritania flared again when Syldavia landed troops.").points >= PASS_MARK
    assert score_of("In 2031 Syldavia filed the suit against Ruritania at the court in Geneva.").points >= PASS_MARK
    assert score_of("Morozov said the border between Syldavia and Ruritania would be marked out.").points >= PASS_MARK


def test_a_war_declared_on_no_one_is_not_asked() -> None:
    """ "In what year did the Turkish National Assembly declare casus belli?": over what? (set 308)"""
    from studyapp.pipeline.questions import QuestionWriter

    writer = QuestionWriter([], [])
    bare = writer._judge_asked("In what year did the Syldavian parliament declare casus belli?")
    whole = writer._judge_asked("In what year did the Syldavian parliament declare war on Ruritania?")
    assert bare.points < PASS_MARK <= whole.points, (bare.reasons, whole.reasons)


def test_a_document_named_by_its_capitalised_kind_alone_leans_on_another_sentence() -> None:
    """ "ratify the Declaration": which one? (both blind reviewers of sets 126-127)"""
    assert "points back" in " ".join(score_of("Ruritania and Borduria ratified the Declaration in 1956.").reasons)
    named = score_of("Ruritania and Borduria ratified the Declaration of Urup in 1956.")
    assert "points back" not in " ".join(named.reasons)


def test_an_act_that_does_not_say_what_it_was_done_to_is_no_event() -> None:
    """ "In what year did Saddam's invasion take place?": of what? (both blind reviewers of sets 130-131)"""
    from studyapp.pipeline.questions.date_questions import _judge_event

    bare, whole = Score(), Score()
    _judge_event("Saddam's invasion", bare)
    _judge_event("the invasion of Kuwait", whole)
    assert bare.points < PASS_MARK <= whole.points, (bare.reasons, whole.reasons)


def test_a_reporters_list_of_places_after_a_dash_is_left_out_of_reported_words() -> None:
    from studyapp.pipeline.questions import QuestionWriter

    writer = QuestionWriter([], [])
    view = "he was ready to revive talks on the islands -- Shikotan, Etorofu and the Habomai islets"
    assert writer._without_place_asides(view) == "he was ready to revive talks on the islands"
    kept = "he was ready to revive talks -- if Tokyo dropped its demands"
    assert writer._without_place_asides(kept) == kept


def test_a_leaders_offer_to_the_other_side_is_not_asked_typed() -> None:
    """ "Who said he was ready to revive talks with Japan?": the one leader a student would guess."""
    body = (
        "Japan and Russia both claim Shikotan and Etorofu.\n\n"
        "Russian President Boris Volkov said on Monday that he was ready to revive talks with Japan on Shikotan.\n\n"
        "Japanese Prime Minister Kenji Sato said in 2004 that the four islands of the Northern Territories "
        "belong to Japan."
    )
    bank, _ = build(source("w1", body, date="2004-11-17"))
    assert not any(q.format == "typed" and q.answer == "Boris Volkov" for q in bank.questions), prompts(bank)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        # "The row over the village and its _____ residents": which village, another sentence says (blind
        # reviewers of sets 68-69 failed it as not standing alone)
        ("The row over the village led to a border war in 1974.", "the village of Oroni"),
        ("Fishermen from the town were detained by the coast guard in 2006.", "the town of Nemuro"),
        ("The protest was rejected by the embassy in 2011.", "The protest of Ruritania"),
    ],
)
def test_a_village_town_or_protest_named_before_leans_on_that_sentence(sentence: str, named: str) -> None:
    written = re.search(r"(?i)the (?:village|town|protest)", sentence).group(0)  # type: ignore[union-attr]
    assert any(f"({written!r})" in r for r in score_of(sentence).reasons), score_of(sentence).reasons
    assert score_of(sentence.replace(written, named)).reasons == []


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # a subjunctive after an aside in commas; the parties between the year and the kind; a group's word
        (
            "The 1855 Ruritanian-Syldavian joint declaration stipulated that two of the four islands off Urup, "
            "the Habomai islet group and Shikotan, be handed over to Syldavia after the conclusion of a "
            "bilateral peace treaty.",
            "Which two islands did the 1855 Ruritanian-Syldavian joint declaration say would be handed over to "
            "Syldavia after a peace treaty was signed?",
        ),
        # "hand … over" around the pair
        (
            "In the 1855 joint declaration, Ruritania agreed to hand Shikotan and the Habomai islets over to Syldavia.",
            "Which two islands did the 1855 joint declaration say would be handed over to Syldavia?",
        ),
        # an aside on who signed, an apposition after the pair, the two capitals concluding the treaty (set 287)
        (
            "The 1855 declaration, signed by then Ruritanian Prime Minister Ivo Brandt and then Syldavian Premier "
            "Jan Novak, stipulated that the Habomai group of islets and Shikotan, two of the four disputed "
            "islands, be transferred to Syldavia after Klowburg and Ostrava conclude a peace treaty.",
            "Which two islands did the 1855 declaration say would be transferred to Syldavia after a peace treaty "
            "was signed?",
        ),
    ],
)
def test_a_provision_for_two_islands_is_asked_in_the_ways_it_is_written(sentence: str, asked: str) -> None:
    body = f"{sentence}\n\nRuritania and Syldavia both claim Shikotan and the Habomai islets."
    bank, report = build(source("t301", body, title="Island talks"))
    prompts_ = [q.prompt for q in bank.questions if q.prompt.startswith("Which two islands")]
    assert prompts_ and set(prompts_) == {asked}, (prompts_, report.lines())
    # the year of the same sentence would only give the islands away
    assert not [q for q in bank.questions if q.kind == "date" and "Shikotan" in q.prompt]


def test_a_document_with_its_year_in_the_date_phrase_is_left_out_of_the_act() -> None:
    from studyapp.pipeline.clauses import ask_year

    s = "Ruritania agreed in the 1855 declaration to return Urup to Syldavia."
    assert (
        ask_year(s, (s.index("1855"), s.index("1855") + 4))
        == "In what year did Ruritania agree to return Urup to Syldavia?"
    )
    s = "Ruritania won Urup in the 1990 election campaign."
    assert ask_year(s, (s.index("1990"), s.index("1990") + 4)) is None  # "won Urup campaign" would be no act


def test_who_holds_a_place_of_a_two_sided_dispute_is_not_asked() -> None:
    """ "Which country controls Kunashiri?" with China and the United States as wrong choices: ruled out at
    a glance, and which side holds it is the premise of every article on it (a blind reviewer of sets
    70-71 and of 84-85 flagged both such questions). With two other claimants it is asked (above)."""
    body = (
        "Kunashiri, which lies north of Hokkaido, has been controlled by Moscow since 1945.\n\n"
        "Japan claims Kunashiri, and the United States and China follow the row closely."
    )
    bank, report = build(source("t302", body, title="Kunashiri"))
    assert not [q for q in bank.questions if q.prompt.startswith("Which country controls")], report.lines()
    assert any("two-sided dispute's holder" in r for r in report.dropped)


def test_a_visit_the_question_places_before_it_is_dated_and_a_flight_is_logistics() -> None:
    """ "let former residents of Shikotan visit the graves of their ancestors": the question says where the
    graves are (the RT piece of sets 222-223 lost its 2017 grave visits to the rule); the first charter flight
    there is how they went, not the dispute (both blind reviewers of the session-23 late rules flagged it)."""
    body = (
        "Japan and Russia both claim Shikotan and Etorofu.\n\n"
        "In 2031, Japan and Russia agreed to let former residents of Shikotan visit the graves of their ancestors."
        "\n\nIn 2032, Japan and Russia launched the first charter flight to Etorofu for Japanese citizens to visit "
        "the graves of their ancestors."
    )
    bank, report = build(source("m1v", body))
    assert (
        "In what year did Japan and Russia agree to let former residents of Shikotan visit the graves of their "
        "ancestors?"
    ) in prompts(bank)
    assert not [p for p in prompts(bank) if "flight" in p]
    assert any("logistics" in reason for reason in report.dropped), report.dropped


def test_talks_one_side_breaks_off_are_asked_with_the_other_side_named() -> None:
    """ "… suspend peace treaty negotiations?": with whom, in an article on two sides, is the other side (a
    blind review of sets 240-242 failed it without); both sides named, or a person, leave it as it is."""
    body = (
        "Japan calls the island Etorofu; Russia calls it Iturup. Japan and Russia both claim Etorofu and "
        "Shikotan.\n\n"
        "In 2017, Russia unilaterally announced that it would suspend peace treaty negotiations.\n\n"
        "In 2015, Japan and Russia agreed to restart talks toward a peace treaty."
    )
    bank, report = build(source("m1t", body))
    assert (
        "In what year did Russia unilaterally announce that it would suspend peace treaty negotiations with Japan?"
    ) in prompts(bank), report.lines()
    assert "In what year did Japan and Russia agree to restart talks toward a peace treaty?" in prompts(bank)


def test_a_leaders_tour_of_islands_by_a_name_no_gazetteer_knows_is_not_asked() -> None:
    """ "which Russian leader toured Pacific Islands claimed by Japan?": the headline's name reads as Oceania
    (both blind reviewers of the session-23 pooled sample failed it); the Kuril Islands by name are asked."""
    head = "Japan calls the island Etorofu; Russia calls it Iturup. Japan and Russia both claim Etorofu.\n\n"
    unknown = f"{head}Russian Prime Minister Ivan Orlov toured Pacific Islands claimed by Japan on July 26, 2021."
    bank, _ = build(source("m1p", unknown, date="2021-08"))
    assert not [p for p in prompts(bank) if "Pacific" in p], prompts(bank)
    known = f"{head}Russian Prime Minister Ivan Orlov toured the Kuril Islands claimed by Japan on July 26, 2021."
    bank, _ = build(source("m1k", known, date="2021-08"))
    assert "In July 2021, which Russian leader toured the Kuril Islands claimed by Japan?" in prompts(bank)


def test_troops_named_by_their_side_take_no_article_in_a_year_question() -> None:
    """ "did the Soviet troops seize …": a lifted fragment (a blind review of the session-23 pooled sample)."""
    body = "Japan and Russia both claim Shikotan and Etorofu.\n\nIn 1945, the Soviet troops seized Shikotan."
    bank, _ = build(source("m1s", body))
    assert "In what year did Soviet troops seize Shikotan?" in prompts(bank), prompts(bank)


def test_a_treaty_with_its_names_in_other_languages_is_asked_by_its_year() -> None:
    """An encyclopaedia's opening line gives the treaty's names in other languages in brackets; the year of
    the article's own treaty is asked (set 266's "Treaty of Craiova" got no question before)."""
    body = (
        "The Treaty of Ostra (Traktat Ostrski; Ostra-Vertrag) was signed on 7 September 1940 and ratified on "
        "13 September 1940 by Syldavia and Borduria. Under its terms, Syldavia ceded Southern Urup back to "
        "Borduria, which Syldavia had gained after the 1913 war.\n\n"
        "The treaty stipulated that a population exchange between Syldavia and Borduria had to be made."
    )
    bank, report = build(source("m9a", body, title="Treaty of Ostra"))
    asked = [q for q in bank.questions if q.prompt == "In what year was the Treaty of Ostra signed?"]
    assert asked and asked[0].answer == "1940", report.lines()
