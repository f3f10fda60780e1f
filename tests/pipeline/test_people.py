"""People: titles before names, appositions, bylines and attributed views."""

from __future__ import annotations

import pytest

from studyapp.pipeline import people as P


def test_prenominal_title() -> None:
    text = "Chinese Foreign Minister Wang Yi arrived in Lagos on Tuesday."
    (m,) = P.find_prenominal(text)
    assert m.pattern == "prenominal"
    assert m.name.text == "Wang Yi" and text[m.name.start : m.name.end] == "Wang Yi"
    assert m.position.text == "Chinese Foreign Minister"
    assert text[m.position.start : m.position.end] == m.position.text


def test_prenominal_lowercase_role() -> None:
    text = "The plan was welcomed by economist Maria Lopez on Monday."
    (m,) = P.find_prenominal(text)
    assert (m.name.text, m.position.text) == ("Maria Lopez", "economist")


def test_a_name_with_accented_letters_is_read_whole() -> None:
    """ "Wojciech Król", "Franjo Tuđman": a name is not cut at its first accented letter (set 220's MP was
    read as "Wojciech", a speaker known by one name)."""
    text = "“The heroes deserve respect,” said Wojciech Król, an MP from the largest opposition group."
    (m,) = P.find_appositions(text)
    assert m.name.text == "Wojciech Król"
    (m,) = P.find_prenominal("Croatian President Franjo Tuđman arrived in Piran on Tuesday.")
    assert m.name.text == "Franjo Tuđman"


def test_no_title_no_position() -> None:
    assert P.find_prenominal("Maria Lopez arrived late for the meeting.") == []


def test_apposition() -> None:
    text = "Jane Smith, a senior fellow at the Brookings Institution, said the plan was risky."
    (m,) = P.find_appositions(text)
    assert m.pattern == "apposition"
    assert m.name.text == "Jane Smith"
    assert m.position.text == "senior fellow at the Brookings Institution"
    assert text[m.position.start : m.position.end] == m.position.text
    assert (m.title, m.affiliation) == ("senior fellow", "Brookings Institution")


def test_apposition_with_two_roles_is_split() -> None:
    text = "Tom Baker, professor of history at Yale University and director of the Map Archive, disagreed."
    found = P.find_appositions(text)
    assert next(f.position.text for f in found) == "professor of history at Yale University"
    for f in found:
        assert f.name.text == "Tom Baker"
        assert text[f.position.start : f.position.end] == f.position.text


def test_apposition_needs_a_role_word() -> None:
    assert P.find_appositions("Jane Smith, a keen gardener from Leeds, said hello.") == []


@pytest.mark.parametrize(
    ("position", "title", "affiliation"),
    [
        (
            "assistant professor in political science at Temple University, Japan",
            "assistant professor in political science",
            "Temple University, Japan",
        ),
        ("Professor, Hokkaido University", "Professor", "Hokkaido University"),
        ("senior lecturer of the University of Leeds", "senior lecturer", "the University of Leeds"),
        ("economist", "economist", ""),
    ],
)
def test_split_position(position: str, title: str, affiliation: str) -> None:
    assert P.split_position(position) == (title, affiliation)


def test_byline_block() -> None:
    (m,) = P.find_byline_position([(0, "Mary Jones"), (11, "Professor, University of Leeds")])
    assert (m.name.text, m.title, m.affiliation) == ("Mary Jones", "Professor", "University of Leeds")
    assert m.pattern == "byline"


VIEW = "The reform will take years to show results"


@pytest.mark.parametrize(
    ("sentence", "name", "pronoun", "view", "quoted"),
    [
        (f"“{VIEW},” said Jane Smith.", "Jane Smith", None, VIEW, True),
        (f"“{VIEW},” Jane Smith said.", "Jane Smith", None, VIEW, True),
        (
            "Jane Smith said that the reform would take years to show results.",
            "Jane Smith",
            None,
            "the reform would take years to show results",
            False,
        ),
        (
            "Jane Smith argues the reform will take years to show results.",
            "Jane Smith",
            None,
            "the reform will take years to show results",
            False,
        ),
        (
            "According to Jane Smith, the reform will take years to show results.",
            "Jane Smith",
            None,
            "the reform will take years to show results",
            False,
        ),
        (f"“{VIEW},” he said.", None, "he", VIEW, True),
        # a clause of time after the closing tag, with no comma, is no part of what was said (a blind
        # review of sets 104-105 failed "said … that as Russian nationals backed amendments …")
        (
            "Lima will keep talking to Quito about the border, Foreign Minister Ana Ruiz said on Friday as "
            "voters backed a new constitution, including a ban on giving up land",
            "Ana Ruiz",
            None,
            "Lima will keep talking to Quito about the border",
            False,
        ),
        (  # the words before a title inside the run say whose title it is; the name follows it
            "Nationalist Deputy Ivan Petrov, who chaired the session, said the border question was closed.",
            "Ivan Petrov",
            None,
            "the border question was closed",
            False,
        ),
        (
            "Critics were unconvinced, and she said the reform would take years.",
            None,
            "she",
            "the reform would take years",
            False,
        ),
    ],
)
def test_views(sentence: str, name: str | None, pronoun: str | None, view: str, quoted: bool) -> None:
    (v,) = P.find_views(sentence)
    assert (v.name.text if v.name else None) == name
    assert (v.pronoun.text if v.pronoun else None) == pronoun
    assert v.view.text == view
    assert sentence[v.view.start : v.view.end] == v.view.text
    if v.name:
        assert sentence[v.name.start : v.name.end] == v.name.text
    assert v.quoted is quoted
    assert v.verb in ("said", "argued")


def test_no_view_without_speech() -> None:
    assert P.find_views("The weather in Lagos was warm and dry all week.") == []
    # A pronoun mid-clause with no lead-in is not attributed.
    assert P.find_views("Because he said so the reform would take years.") == []


def test_helpers() -> None:
    assert P.past("argues") == "argued" and P.past("Said") == "said"
    assert P.is_name("Jane Smith")
    assert not P.is_name("Smith")
    assert not P.is_name("The Kremlin")
    assert not P.is_name("J. K.")


def test_a_title_does_not_run_back_over_punctuation() -> None:
    (m,) = P.find_prenominal("Earlier, Chief Cabinet Secretary Kenji Aoyama said the patrol was regrettable.")
    assert m.title == "Chief Cabinet Secretary" and m.name.text == "Kenji Aoyama"


def test_a_title_may_name_its_ministry_after_the_role() -> None:
    found = P.find_prenominal(
        "The Ruritanian Minister of Foreign Affairs Ivo Brandt and his counterpart met on Friday."
    )
    assert [(m.name.text, m.position.text) for m in found] == [("Ivo Brandt", "Ruritanian Minister of Foreign Affairs")]


def test_a_surname_is_the_person_this_article_names() -> None:
    from studyapp.pipeline.facts import People

    people = People()
    people.add("Sergei Volkov")
    people.add("Sergey Volkov")
    assert people.resolve("Volkov") is None  # two spellings in the corpus: which one?
    assert people.resolve("Volkov", "Minister Sergey Volkov flew in. Volkov said …") == "Sergey Volkov"
    # a surname nobody else has: the full name this article writes once
    text = "The Minister of Foreign Affairs Ivo Brandt spoke. Brandt said …"
    assert people.resolve("Brandt", text, guess=True) == "Ivo Brandt"
    assert people.resolve("Brandt", text) is None  # only a speaker's name is guessed from the text
    assert people.resolve("Brandt", "Foreign Brandt and Ivo Brandt and Ana Brandt", guess=True) is None


def test_a_country_or_a_headline_word_is_no_given_name() -> None:
    """ "Ruritania Demands A Slice Of Syldavia …" over "but Syldavia said the case was closed": "Of" is no given
    name and a country no person ("In what year did Of Brazil build …", a blind review of sets 290-291)."""
    from studyapp.pipeline.facts import People

    people = People()
    text = "Ruritania Demands A Slice Of Syldavia\n\nSyldavia said the case was closed."
    assert people.resolve("Syldavia", text, guess=True) is None
    assert people.resolve("Brazil", "A Slice Of Brazil As Old Row Revives\n\nBrazil said no.", guess=True) is None
    text = "Talks On Brandt Plan Resume\n\nThe plan was drawn up in 1990. Brandt said it still stood."
    assert people.resolve("Brandt", text, guess=True) is None


def test_a_person_called_by_the_first_word_of_the_name() -> None:
    """Chinese, Malay and Japanese family-first names: "Tan Wei Ming … Tan said"."""
    from studyapp.pipeline.facts import People

    people = People()
    text = "The motion was tabled by Bayview MP Tan Wei Ming on Monday. Tan said the move was provocative."
    assert people.resolve("Tan", text, guess=True) == "Tan Wei Ming"
    text = "Chief minister Arif Rahman demanded a warning. Arif had said the proposal was a violation."
    assert people.resolve("Arif", text, guess=True) == "Arif Rahman"
    assert people.resolve("Tan", "Tan Wei Ming and Tan Ah Kow met. Tan said …", guess=True) is None


def test_members_of_parliament_have_posts() -> None:
    (m,) = P.find_prenominal("The motion was tabled by Bayview MP Tan Wei Ming to debate the map.")
    assert (m.name.text, m.position.text) == ("Tan Wei Ming", "Bayview MP")


def test_a_dateline_is_not_part_of_a_title() -> None:
    (m,) = P.find_prenominal("OSLO--Ruritanian Foreign Minister Ivo Brandt said on Sunday that talks would go on.")
    assert (m.name.text, m.position.text) == ("Ivo Brandt", "Ruritanian Foreign Minister")


@pytest.mark.parametrize(
    ("sentence", "name", "verb", "view"),
    [
        (
            "Greek Foreign Minister Eleni Doukas called the landing “a grave provocation”.",
            "Eleni Doukas",
            "called",
            "the landing “a grave provocation”",
        ),
        (
            "Doukas has responded by calling the islets an “inalienable” part of Greece and vowing to patrol them.",
            "Doukas",
            "called",
            "the islets an “inalienable” part of Greece",
        ),
        (
            "Minister Omar Haddad at the time described the strait as “our country’s front door”, officials said.",
            "Omar Haddad",
            "described",
            "the strait as “our country’s front door”",
        ),
    ],
)
def test_a_named_persons_label_in_quotation_marks_is_a_view(sentence: str, name: str, verb: str, view: str) -> None:
    found = P.find_views(sentence)
    assert [(v.name.text if v.name else None, v.verb, v.view.text, v.naming) for v in found] == [
        (name, verb, view, True)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleni Doukas called it “a grave provocation”.",  # what "it" is lies in another sentence
        "Eleni Doukas called for talks on the “Imia question”.",  # a call for something (a request), not a label
        "Eleni Doukas met the envoy before calling the landing “a provocation”.",  # another act between
        "He called the landing “a grave provocation”.",  # no name
    ],
)
def test_no_label_view_without_a_named_labeller_and_a_named_thing(sentence: str) -> None:
    assert not [v for v in P.find_views(sentence) if v.naming and v.verb not in ("called for", "urged", "proposed")]


def test_a_label_verb_is_given_in_the_past() -> None:
    found = P.find_views("Eleni Doukas responded by branding the landing “a grave provocation”.")
    assert [v.verb for v in found if v.naming] == ["branded"]
    found = P.find_views("Eleni Doukas responded by labelling the landing “a grave provocation”.")
    assert [v.verb for v in found if v.naming] == ["labelled"]


def test_a_connective_before_a_titled_surname_is_not_part_of_the_speakers_name() -> None:
    found = P.find_views("However Mr Doukas said on Tuesday that the islets will never be handed over.")
    assert [(v.name.text if v.name else None, v.view.text) for v in found] == [
        ("Doukas", "the islets will never be handed over")
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        ("At a rally, Lagos Gov. Ada Okafor announced that the state would buy the wharf.", "Ada Okafor", "Lagos Gov."),
        (
            "Prime Minister-designate Tanaka Hiroshi told reporters there was no room for talks.",
            "Tanaka Hiroshi",
            "Prime Minister-designate",
        ),
        ("He met Sen. Mark Ellison in Ottawa.", "Mark Ellison", "Sen."),
    ],
)
def test_a_title_cut_short_or_not_yet_held_is_still_a_title(sentence: str, name: str, post: str) -> None:
    (m,) = P.find_prenominal(sentence)
    assert (m.name.text, m.position.text) == (name, post)


def test_a_cut_short_title_is_spelled_out_where_it_is_shown() -> None:
    assert P.spelled_out("Lagos Gov.") == "Lagos Governor"
    assert P.spelled_out("the Sen. for Ohio") == "the Senator for Ohio"
    assert P.spelled_out("Government spokesman") == "Government spokesman"


@pytest.mark.parametrize(
    ("sentence", "name", "pronoun", "view"),
    [
        (
            "Chile will station frigates near the Tacna Islands, Defence Minister Ana Ruiz said on Monday, "
            "two days before a visit by Peru's president.",
            "Ana Ruiz",
            None,
            "Chile will station frigates near the Tacna Islands",
        ),
        (
            "The Tacna Islands will stay Chilean, Ana Ruiz told reporters in Santiago.",
            "Ana Ruiz",
            None,
            "the Tacna Islands will stay Chilean",
        ),
        (
            "Talks on the Tacna Islands will go on next year, she said.",
            None,
            "she",
            "Talks on the Tacna Islands will go on next year",
        ),
        (  # the speaker's post between commas after the name
            "Talks on the Tacna Islands have no chance this year, Mia Chen, a professor at Lima University, said.",
            "Mia Chen",
            None,
            "Talks on the Tacna Islands have no chance this year",
        ),
        (  # a post in lower case before the name; a quoted phrase inside the words
            "A deal on the Tacna Islands will “depend on Peru” in the end, spokesman Tomas Lind said.",
            "Tomas Lind",
            None,
            "a deal on the Tacna Islands will “depend on Peru” in the end",
        ),
        (  # a dateline before the words is no part of them
            "LIMA — The Tacna Islands will stay Chilean for good, Ana Ruiz said on Friday.",
            "Ana Ruiz",
            None,
            "the Tacna Islands will stay Chilean for good",
        ),
        (  # a phrase in straight quotation marks inside the words
            'The "endless tug of war" over the Tacna Islands must stop, President Ana Ruiz said on Friday.',
            "Ana Ruiz",
            None,
            'the "endless tug of war" over the Tacna Islands must stop',
        ),
        (  # an opening capital that is not a name is lower-cased for "that …"
            "Settling the Tacna row would boost trade with Peru, Ruiz said in an interview.",
            "Ruiz",
            None,
            "settling the Tacna row would boost trade with Peru",
        ),
    ],
)
def test_words_reported_before_a_closing_speech_tag_are_a_view(
    sentence: str, name: str | None, pronoun: str | None, view: str
) -> None:
    (v,) = P.find_views(sentence)
    assert (v.name.text if v.name else None, v.pronoun.text if v.pronoun else None) == (name, pronoun)
    assert v.view.text == view


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, Ana Ruiz said.",  # no words before the tag
        "Asked whether the islands would be returned, Ana Ruiz said no.",  # the answer follows the tag
        "The islands, which Chile took in 1879, Ana Ruiz said, are Chilean.",  # the tag sits inside
    ],
)
def test_no_closing_tag_view_without_words_before_it(sentence: str) -> None:
    assert all(not v.view.text.startswith((",", "Asked")) for v in P.find_views(sentence))


def test_a_view_runs_through_an_abbreviation_of_initials() -> None:
    (v,) = P.find_views("Ruiz said that Chile's stance stays firm because of Peru's alliance with the U.S.")
    assert v.view.text.endswith("alliance with the U.S.")


def test_a_former_post_written_with_ex_is_a_whole_title() -> None:
    (m,) = P.find_prenominal("Trade grew less than under late ex-Prime Minister Ana Ruiz.")
    assert (m.name.text, m.position.text) == ("Ana Ruiz", "ex-Prime Minister")


@pytest.mark.parametrize(
    ("sentence", "view"),
    [
        (
            "Ruiz said Chile had no plans to hand the Tacna Islands to Peru, according to Chile's Orbe news agency.",
            "Chile had no plans to hand the Tacna Islands to Peru",
        ),
        ("Ruiz said the Tacna Islands are Chilean, according to Reuters.", "the Tacna Islands are Chilean"),
        (  # a source of the claim, not an outlet: part of the words
            "Ruiz said the Tacna Islands are Chilean, according to the 1881 treaty.",
            "the Tacna Islands are Chilean, according to the 1881 treaty",
        ),
    ],
)
def test_the_outlet_that_reported_the_words_is_not_part_of_them(sentence: str, view: str) -> None:
    (v,) = P.find_views(sentence)
    assert v.view.text == view


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Ruiz filed a protest with the acting head of the Ruritanian Embassy, Piotr Novak, on Monday.",
            "Piotr Novak",
            "acting head of the Ruritanian Embassy",
        ),
        (
            "The plan was praised by a senior fellow at the Borduria Institute, Anna Berg, who called it bold.",
            "Anna Berg",
            "senior fellow at the Borduria Institute",
        ),
    ],
)
def test_a_post_before_a_name_in_commas_is_read(text: str, name: str, post: str) -> None:
    (m,) = P.find_posts_before_names(text)
    assert (m.name.text, m.position.text, m.pattern) == (name, post, "post-before-name")
    assert text[m.position.start : m.position.end] == post and text[m.name.start : m.name.end] == name
    assert m in P.find_positions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz met his Borduran counterpart, Piotr Novak, in Geneva.",  # how one stands to another, no post
        "Ruiz recalled the talks that followed the war, Piotr Novak said.",  # a clause, no post
        "Ruiz spoke to the crowd, Piotr Novak and others.",  # no role word
    ],
)
def test_words_before_a_name_that_are_no_post_are_not_read_as_one(text: str) -> None:
    assert P.find_posts_before_names(text) == []


def test_a_title_inside_a_run_of_capitals_is_no_part_of_the_name() -> None:
    assert P.trim_name("Ember Region Governor Oleg Petrov", 0) == ("Oleg Petrov", 22)
    assert P.trim_name("Julia Bishop", 0) == ("Julia Bishop", 0)  # a title word as a surname stays


@pytest.mark.parametrize(
    ("words", "told"),
    [
        ("Top Syldavian leaders will keep visiting the reef", "top Syldavian leaders will keep visiting the reef"),
        ("Senior officials will meet in May", "senior officials will meet in May"),
        ("New Zealand will send a ship", "New Zealand will send a ship"),  # a name follows
        ("Frank Ortiz will chair the talks", "Frank Ortiz will chair the talks"),
        ("China will object", "China will object"),  # a country, never lowered
    ],
)
def test_an_adjective_that_opens_reported_words_is_lowered_after_that(words: str, told: str) -> None:
    """ "Who said that Top Russian leaders will …?": a capital kept from the sentence's start (both blind
    reviewers of sets 124-125 failed it)."""
    assert P._lower_opener(words) == told


def test_a_sentence_adverb_before_a_name_is_no_part_of_it() -> None:
    (v,) = P.find_views("Perhaps Tanaka said on Monday that the reef would be shared by both sides.")
    assert v.name is not None and v.name.text == "Tanaka"


def test_a_month_after_a_name_is_the_date_not_part_of_the_name() -> None:
    """ "Foreign Minister Yohei Kono Feb. 10-11" gave "Yohei Kono Feb" as a wrong choice."""
    from studyapp.pipeline.people import trim_name

    assert trim_name("Foreign Minister Ivan Orlov Feb", 0) == ("Ivan Orlov", 17)
    assert trim_name("Ivan Orlov", 0) == ("Ivan Orlov", 0)


@pytest.mark.parametrize(
    ("sentence", "view"),
    [
        (  # the tag splits one sentence of the quotation: the first half alone says nothing
            '"As for the talks with Chile on the islets," he said, "the islets belong to Peru."',
            "As for the talks with Chile on the islets, the islets belong to Peru",
        ),
        (
            '"The talks are hard," Ana Ruiz said, "but the islets are ours."',
            "The talks are hard, but the islets are ours",
        ),
        ('"The islets belong to Peru," Ana Ruiz said.', "The islets belong to Peru"),  # a whole sentence
        ('"The islets belong to Peru." Ana Ruiz said, "We will not move."', "The islets belong to Peru"),
    ],
)
def test_a_quotation_split_by_its_tag_is_read_whole(sentence: str, view: str) -> None:
    assert [v.view.text for v in P.find_views(sentence)][:1] == [view]


def test_a_tag_inside_the_words_keeps_the_comma_of_an_opening_phrase() -> None:
    # "By making …, Sheinis said, the Japanese have failed …": the opening phrase keeps its comma
    sentence = "By insisting on all four islets, Anders Holm said, the Danes have lost the goodwill of Ottawa."
    assert [v.view.text.lower() for v in P.find_views(sentence)] == [
        "by insisting on all four islets, the danes have lost the goodwill of ottawa"
    ]
    sentence = "Those talks, Anders Holm said, would be based on the 1973 treaty."
    assert [v.view.text for v in P.find_views(sentence)] == ["those talks would be based on the 1973 treaty"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("In September Syldavian Prime Minister Ivo Brandt visited Urup.", "Syldavian Prime Minister"),
        ("On Tuesday Foreign Minister Lena Ortiz said no.", "Foreign Minister"),
    ],
)
def test_a_month_or_weekday_before_a_title_is_no_part_of_it(text: str, title: str) -> None:
    from studyapp.pipeline.people import find_prenominal

    assert [p.position.text for p in find_prenominal(text)] == [title]


def test_words_before_a_long_title_and_name_are_the_view_and_the_title_is_the_post() -> None:
    """ "…, Director of the Center for … Studies Valery Kistanov told TASS on Thursday." (set 255): the view was
    read as "TASS on Thursday", and the post not at all."""
    sentence = (
        "If Syldavia handed the Ostra islands over to Ruritania, it would open a true Pandora’s box, Director of "
        "the Center for Ruritanian Studies at the Klow Academy of Sciences Ivo Brandt told TASS on Thursday."
    )
    (v,) = P.find_views(sentence)
    assert v.name is not None and v.name.text == "Ivo Brandt"
    assert v.view.text.startswith("If Syldavia handed the Ostra islands over to Ruritania, it would open")
    posts = [(p.name.text, p.position.text) for p in P.find_positions(sentence)]
    assert ("Ivo Brandt", "Director of the Center for Ruritanian Studies at the Klow Academy of Sciences") in posts


def test_to_whom_and_when_it_was_told_are_no_words() -> None:
    assert [v.view.text for v in P.find_views("Ivo Brandt told Reuters on Thursday.")] == []


def test_a_hedge_inside_the_quotation_is_the_speakers_not_the_reporters() -> None:
    from studyapp.pipeline.reported_words import hedged

    assert not hedged("“The talks will probably not go beyond that,” Brandt said.")
    assert hedged("Brandt reportedly said the talks would fail.")


def test_the_place_of_an_aside_before_said_is_no_speaker() -> None:
    """ "Seida, who now lives in Kawasaki, Kanagawa Prefecture, south of Tokyo, said …": the prefecture is
    not a person (a blind review of sets 264-265 saw "Kanagawa Prefecture" among the people to choose)."""
    sentence = (
        "Ivanov, who now lives in Blumberg, Ostmark Prefecture, north of Klow, said in an interview that the "
        "island hosted some 2,000 fishermen before the war."
    )
    assert not [v for v in P.find_views(sentence) if v.name is not None and "Prefecture" in v.name.text]
