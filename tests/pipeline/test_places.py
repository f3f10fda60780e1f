"""The gazetteer: known names, discovery of unseen ones, alias pairs, exclusions."""

from __future__ import annotations

from studyapp.pipeline.places import Gazetteer, PlaceGroup


def surfaces(g: Gazetteer, text: str) -> list[tuple[str, str]]:
    out = []
    for m in g.mentions(text):
        assert text[m.start : m.end] == m.surface
        out.append((m.surface, m.group))
    return out


def test_known_spellings_share_a_group() -> None:
    g = Gazetteer()
    assert g.group_of("Iturup") == g.group_of("Etorufu") == g.group_of("etorofu") == "Etorofu"
    assert g.group_of("the Iturup Island") == "Etorofu"
    assert g.group_of("Atlantis") is None
    assert {"Etorofu", "Iturup", "Etorufu"} <= set(g.names("Etorofu"))


def test_the_chain_by_any_of_its_names_is_one_place() -> None:
    """ "the Kuril Archipelago" is the chain the articles name most, not a place of its own that the article
    would only name in passing (the RT piece of sets 222-223 lost its 2017 flight there to that)."""
    g = Gazetteer()
    for name in ("Kuril Archipelago", "Kurile Archipelago", "Kuril island chain", "Kurile chain"):
        assert g.group_of(name) == "Kuril Islands", name


def test_a_day_named_after_a_place_is_no_place() -> None:
    # "the islands, known to Japan as the Northern Territories …" must not find the name in "Northern
    # Territories Day" and take it for the article's own name of the place
    g = Gazetteer()
    assert surfaces(g, "Rallies mark Northern Territories Day, and Shimane marks Takeshima Day.") == []
    assert surfaces(g, "Rallies on the day demand the Northern Territories back.") == [
        ("Northern Territories", "Northern Territories")
    ]


def test_mentions_in_unrelated_text() -> None:
    g = Gazetteer()
    text = "Fishing boats left Hokkaido for the waters off Shikotan at dawn."
    assert surfaces(g, text) == [("Hokkaido", "Hokkaido"), ("Shikotan", "Shikotan")]


def test_organisation_names_are_not_places() -> None:
    g = Gazetteer()
    text = "She studied at Hokkaido University before moving to Hokkaido for good."
    assert surfaces(g, text) == [("Hokkaido", "Hokkaido")]
    assert g.mentions("A grant from Hokkaido University funded the study.") == []


def test_lowercase_common_word_is_not_a_mention() -> None:
    g = Gazetteer([PlaceGroup("Bay Island", "island", ["Bay Island", "Bay"])])
    assert surfaces(g, "They swam in the bay near Bay Island.") == [("Bay Island", "Bay Island")]


def test_discover_unseen_island() -> None:
    g = Gazetteer()
    text = "Tourists rarely visit Foo Island, though Foo Island has a lighthouse."
    assert g.group_of("Foo Island") is None
    g.discover(text)
    assert g.group_of("Foo Island") == "Foo Island"
    assert surfaces(g, text) == [("Foo Island", "Foo Island"), ("Foo Island", "Foo Island")]


def test_discover_islands_of_list() -> None:
    g = Gazetteer()
    g.discover("The ferry serves the islands of Alba, Brava and Corvo each week.")
    assert [g.group_of(n) for n in ("Alba", "Brava", "Corvo")] == ["Alba", "Brava", "Corvo"]


def test_discover_does_not_invent_places_from_countries() -> None:
    g = Gazetteer()
    g.discover("The Japan Islands Forum met in Russia Island hall.")
    assert g.group_of("Japan Islands") is None


def test_slash_alias_pair_joins_known_group() -> None:
    g = Gazetteer([PlaceGroup("Senkaku Islands", "island group", ["Senkaku Islands", "Senkaku"])])
    text = "Coast guard ships patrolled near the Senkaku/Diaoyu chain all week."
    assert g.group_of("Diaoyu") is None
    g.discover(text)
    assert g.group_of("Diaoyu") == "Senkaku Islands"
    pairs = g.pair_aliases(text)
    assert [(a.surface, b.surface) for a, b in pairs] == [("Senkaku", "Diaoyu")]


def test_known_as_pairs_unknown_name_with_known_one() -> None:
    g = Gazetteer()
    text = "The island is known in Japan as Etorofu and in Russia as Zorbu."
    g.discover(text)
    assert g.group_of("Zorbu") == "Etorofu"
    assert [(a.surface, b.surface) for a, b in g.pair_aliases(text)] == [("Etorofu", "Zorbu")]


def test_parenthesis_and_or_pairs() -> None:
    g = Gazetteer()
    assert [(a.surface, b.surface) for a, b in g.pair_aliases("Iturup (Etorofu) is the largest.")] == [
        ("Iturup", "Etorofu")
    ]
    assert [(a.surface, b.surface) for a, b in g.pair_aliases("Iturup, or Etorofu, is large.")] == [
        ("Iturup", "Etorofu")
    ]
    # Two different places side by side are not aliases.
    assert g.pair_aliases("Iturup and Shikotan lie north of Hokkaido.") == []


def test_near_spelling_joins_group() -> None:
    g = Gazetteer([PlaceGroup("Kunashiri", "island", ["Kunashiri", "Kunashir"])])
    assert g.new_group("Kunashirri") == "Kunashiri"
    assert g.group_of("Kunashirri") == "Kunashiri"
    assert g.new_group("Zanzibar") == "Zanzibar"


def test_each_sides_own_language_name_is_a_right_answer_never_the_printed_one() -> None:
    """ "What does Japan call …?" may be answered "Hoppo Ryodo" (a blind reviewer asked for it); the
    English name stays the one questions print."""
    g = Gazetteer()
    group = g.groups["Northern Territories"]
    assert group.called["Japan"][0] == "Northern Territories"
    assert "Hoppo Ryodo" in group.called["Japan"]
    assert group.called["Russia"][0] == "Southern Kurils"
    assert "Yuzhnye Kurily" in group.called["Russia"]


def test_a_typed_name_question_accepts_the_sides_own_language_name() -> None:
    from studyapp.pipeline.build import build_from_sources
    from studyapp.pipeline.model import Source, SourceMeta

    body = (
        "Talks made little progress over the islands, known as the South Kurils in Russia and the "
        "Northern Territories in Japan."
    )
    meta = SourceMeta(title="Talks stall", author="Jane Roe", publisher="Test Gazette", date="2019-01")
    bank, report = build_from_sources([Source(id="n1", path="n1.txt", text=f"Talks stall\n\n{body}\n", meta=meta)])
    typed = [q for q in bank.questions if q.kind == "island_alias" and q.format == "typed"]
    assert typed, report.lines()
    japans = [q for q in typed if q.answer == "Northern Territories"]
    assert japans and "Hoppo Ryodo" in japans[0].accepted, [(q.prompt, q.accepted) for q in typed]


def test_a_japanese_island_suffix_joined_to_a_known_name_is_the_same_place() -> None:
    g = Gazetteer([PlaceGroup(name="Okishima", kind="island", names=["Okishima", "Oki"])])
    text = "Ferries run from Oki-jima to Okishima-to and on to Okinawa."
    assert surfaces(g, text) == [("Oki-jima", "Okishima"), ("Okishima-to", "Okishima")]
    assert g.group_of("Oki-shima") == "Okishima"
    assert surfaces(g, "The Oki-ken ferry was late.") == []  # no suffix of an island: not the island


def test_a_dash_of_two_hyphens_is_no_hyphen_joining_a_name() -> None:
    g = Gazetteer()
    assert [m for _, m in surfaces(g, "the islands --Shikotan and the Habomai islets-- lie east")] == [
        "Shikotan",
        "Habomai",
    ]
    assert surfaces(g, "a Kunashiri-born fisherman took the Hokkaido-Shikotan ferry") == []


def test_words_before_a_known_name_make_no_new_place() -> None:
    g = Gazetteer()
    text = "The envoy flew to Russia's Far East Kuril Islands, then on to the Tacna Islands."
    g.discover(text)
    assert surfaces(g, text) == [("Kuril Islands", "Kuril Islands"), ("Tacna Islands", "Tacna Islands")]


def test_a_title_case_headline_names_a_feature_only_if_the_body_does_too() -> None:
    """In "Syldavian Resort Island at the Center of a Dispute" every word is capitalised: "Syldavian
    Resort Island" is a description, not a name, unless the body writes it so."""
    from studyapp.pipeline.text import in_title_case

    headline = "Ember Resort Island at the Center of a Simmering Dispute With Borduria"
    body = "Koh Ember is a holiday island. Borduria claims part of it."
    assert in_title_case(headline) and not in_title_case(body)
    g = Gazetteer()
    g.discover(headline, body)
    assert g.group_of("Ember Resort Island") is None
    g.discover("Calder Island at the Center of a Dispute", "Calder Island lies off Borduria.")
    assert g.group_of("Calder Island") is not None


def test_which_one_side_calls_x_and_the_other_calls_y_pairs_the_names() -> None:
    """ "four islands which Russia calls the Southern Kuriles and Japan calls the Northern Territories": the
    two sides' names of one place (set 284 asked nothing of it)."""
    g = Gazetteer([PlaceGroup("Senkaku Islands", "disputed islands", ["Senkaku Islands", "Diaoyu Islands"])])
    text = (
        "Ships sailed near the uninhabited islets, which China calls the Diaoyu Islands and Japan calls the "
        "Senkaku Islands."
    )
    assert [(a.surface, b.surface) for a, b in g.pair_aliases(text)] == [("Diaoyu Islands", "Senkaku Islands")]
    # two places, each named by its holder, are no pair
    g = Gazetteer()
    assert g.pair_aliases("Ships sailed past Iturup, which Russia holds, and Japan calls Shikotan its own.") == []


def test_which_one_side_calls_x_is_asked_as_the_sides_names() -> None:
    from studyapp.pipeline.build import build_from_sources
    from studyapp.pipeline.model import Source, SourceMeta

    meta = SourceMeta(title="Patrols", author="Jane Roe", publisher="Test Gazette", date="2013-05-02")
    text = (
        "Patrols near the islets\n\nCoast guard ships sailed near five uninhabited islets, which China calls the "
        "Diaoyu Islands and Japan calls the Senkaku Islands, for the third day on Thursday.\n\n"
        "Beijing said the patrols were routine.\n"
    )
    bank, _ = build_from_sources([Source(id="p1", path="p1.txt", text=text, meta=meta)])
    asked = [q for q in bank.questions if q.kind == "island_alias"]
    assert asked, [q.prompt for q in bank.questions]
    assert all("China" in q.prompt or "Japan" in q.prompt for q in asked), [q.prompt for q in asked]
