"""Who holds a place: "the Russian-held island of Kunashir", "the Kurils, controlled by Moscow".

:func:`holder_near` reads the words right around a place's name in its sentence and returns the
country that controls or administers it, when the sentence says so plainly. Claims are not
read: two countries claim most disputed places, so "which country claims X?" has two answers.
Capitals stand for their countries ("controlled by Moscow" -> Russia).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Country, the adjective news writes before "-held", and the capital that stands for it.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Russia": ("Russian", "Moscow", "Russia", "the Russian Federation"),
    "Japan": ("Japanese", "Tokyo", "Japan"),
    "China": ("Chinese", "Beijing", "China"),
    "Taiwan": ("Taiwanese", "Taipei", "Taiwan"),
    "South Korea": ("South Korean", "Seoul", "South Korea", "Korean"),
    "the Philippines": ("Philippine", "Manila", "the Philippines", "Filipino"),
    "Vietnam": ("Vietnamese", "Hanoi", "Vietnam"),
    "India": ("Indian", "New Delhi", "India"),
    "Pakistan": ("Pakistani", "Islamabad", "Pakistan"),
    "Britain": ("British", "London", "Britain", "the United Kingdom", "the UK"),
    "Argentina": ("Argentine", "Argentinian", "Buenos Aires", "Argentina"),
    "the Soviet Union": ("Soviet", "the Soviet Union", "the USSR"),
    "Denmark": ("Danish", "Copenhagen", "Denmark"),
    "Canada": ("Canadian", "Ottawa", "Canada"),
    "Guyana": ("Guyanese", "Georgetown", "Guyana"),
    "Venezuela": ("Venezuelan", "Caracas", "Venezuela"),
    "Malaysia": ("Malaysian", "Kuala Lumpur", "Malaysia"),
    "Iran": ("Iranian", "Tehran", "Iran"),
    "Morocco": ("Moroccan", "Rabat", "Morocco"),
    "the United States": ("American", "U.S.", "Washington", "the United States"),
    "North Korea": ("North Korean", "Pyongyang", "North Korea"),
    "the United Arab Emirates": ("Emirati", "Abu Dhabi", "the United Arab Emirates", "the UAE"),
    "Mauritius": ("Mauritian", "Port Louis", "Mauritius"),
    "Spain": ("Spanish", "Madrid", "Spain"),
    "Chile": ("Chilean", "Santiago", "Chile"),
    "Norway": ("Norwegian", "Oslo", "Norway"),
    "Ukraine": ("Ukrainian", "Kyiv", "Kiev", "Ukraine"),
    "Israel": ("Israeli", "Jerusalem", "Israel"),
    "Syria": ("Syrian", "Damascus", "Syria"),
    "Greece": ("Greek", "Athens", "Greece"),
    "Turkey": ("Turkish", "Ankara", "Turkey"),
    "Indonesia": ("Indonesian", "Jakarta", "Indonesia"),
    "Bahrain": ("Bahraini", "Manama", "Bahrain"),
    "Qatar": ("Qatari", "Doha", "Qatar"),
    "Guatemala": ("Guatemalan", "Guatemala City", "Guatemala"),
    "Belize": ("Belizean", "Belmopan", "Belize"),
    "Egypt": ("Egyptian", "Cairo", "Egypt"),
    "Sudan": ("Sudanese", "Khartoum", "Sudan"),
    "Singapore": ("Singaporean", "Singapore"),
    "Nigeria": ("Nigerian", "Abuja", "Nigeria"),
    "Cameroon": ("Cameroonian", "Yaounde", "Cameroon"),
    "Cyprus": ("Cypriot", "Nicosia", "Cyprus"),
    "Thailand": ("Thai", "Bangkok", "Thailand"),
    "Cambodia": ("Cambodian", "Phnom Penh", "Cambodia"),
    # (parties to the disputes of later unseen sets: their independence, acts and positions are read)
    "Namibia": ("Namibian", "Windhoek", "Namibia"),
    "Botswana": ("Botswanan", "Gaborone", "Botswana"),
    "Chad": ("Chadian", "N'Djamena", "Chad"),
    "Libya": ("Libyan", "Tripoli", "Libya"),
    "Croatia": ("Croatian", "Zagreb", "Croatia"),
    "Slovenia": ("Slovenian", "Ljubljana", "Slovenia"),
    "Sri Lanka": ("Sri Lankan", "Colombo", "Sri Lanka"),
    "Honduras": ("Honduran", "Tegucigalpa", "Honduras"),
    "El Salvador": ("Salvadoran", "San Salvador", "El Salvador"),
    "Benin": ("Beninese", "Porto-Novo", "Benin"),
    "Niger": ("Nigerien", "Niamey", "Niger"),
    "Gabon": ("Gabonese", "Libreville", "Gabon"),
    "Equatorial Guinea": ("Equatoguinean", "Malabo", "Equatorial Guinea"),
    "Iraq": ("Iraqi", "Baghdad", "Iraq"),
    "Kuwait": ("Kuwaiti", "Kuwait City", "Kuwait"),
    "Peru": ("Peruvian", "Lima", "Peru"),
    "Ecuador": ("Ecuadorean", "Ecuadorian", "Quito", "Ecuador"),
    "Colombia": ("Colombian", "Bogota", "Bogotá", "Colombia"),
    "Suriname": ("Surinamese", "Paramaribo", "Suriname"),
    # (the other states of the world's territorial disputes, so that "the Anglo-German Treaty" is read as
    # two parties and "Germany" is never taken for a place of the dispute)
    "Germany": ("German", "Berlin", "Germany"),
    "France": ("French", "Paris", "France"),
    "Italy": ("Italian", "Rome", "Italy"),
    "Portugal": ("Portuguese", "Lisbon", "Portugal"),
    "the Netherlands": ("Dutch", "Amsterdam", "the Netherlands"),
    "Belgium": ("Belgian", "Belgium"),
    "Austria": ("Austrian", "Vienna", "Austria"),
    "Myanmar": ("Burmese", "Naypyidaw", "Myanmar", "Burma"),
    "Mexico": ("Mexican", "Mexico City", "Mexico"),
    "Brazil": ("Brazilian", "Brasilia", "Brasília", "Brazil"),
    "Poland": ("Polish", "Warsaw", "Poland"),
    "Australia": ("Australian", "Canberra", "Australia"),
    "Sweden": ("Swedish", "Stockholm", "Sweden"),
    "Finland": ("Finnish", "Helsinki", "Finland"),
    "Estonia": ("Estonian", "Tallinn", "Estonia"),
    "Latvia": ("Latvian", "Riga", "Latvia"),
    "Lithuania": ("Lithuanian", "Vilnius", "Lithuania"),
    "Mongolia": ("Mongolian", "Ulaanbaatar", "Mongolia"),
    "Kazakhstan": ("Kazakh", "Astana", "Kazakhstan"),
    "Georgia": ("Georgian", "Tbilisi", "Georgia"),
    "Azerbaijan": ("Azerbaijani", "Baku", "Azerbaijan"),
    "Armenia": ("Armenian", "Yerevan", "Armenia"),
    "Saudi Arabia": ("Saudi", "Riyadh", "Saudi Arabia"),
    "Oman": ("Omani", "Muscat", "Oman"),
    "Yemen": ("Yemeni", "Sanaa", "Yemen"),
    "South Sudan": ("South Sudanese", "Juba", "South Sudan"),
    "Ethiopia": ("Ethiopian", "Addis Ababa", "Ethiopia"),
    "Eritrea": ("Eritrean", "Asmara", "Eritrea"),
    "Somalia": ("Somali", "Mogadishu", "Somalia"),
    "Kenya": ("Kenyan", "Nairobi", "Kenya"),
    "Uganda": ("Ugandan", "Kampala", "Uganda"),
    "Tanzania": ("Tanzanian", "Dodoma", "Tanzania"),
    "Mali": ("Malian", "Bamako", "Mali"),
    "Burkina Faso": ("Burkinabe", "Burkinabé", "Ouagadougou", "Burkina Faso"),
    "Algeria": ("Algerian", "Algeria"),
    "Albania": ("Albanian", "Tirana", "Albania"),
    "Serbia": ("Serbian", "Belgrade", "Serbia"),
    "Bosnia and Herzegovina": ("Bosnian", "Sarajevo", "Bosnia and Herzegovina", "Bosnia"),
    "Nicaragua": ("Nicaraguan", "Managua", "Nicaragua"),
    "Bolivia": ("Bolivian", "La Paz", "Bolivia"),
    "Uruguay": ("Uruguayan", "Montevideo", "Uruguay"),
    "Bhutan": ("Bhutanese", "Thimphu", "Bhutan"),
    "Nepal": ("Nepalese", "Nepali", "Kathmandu", "Nepal"),
    "Bangladesh": ("Bangladeshi", "Dhaka", "Bangladesh"),
    "Jordan": ("Jordanian", "Amman", "Jordan"),
    "Lebanon": ("Lebanese", "Beirut", "Lebanon"),
    "Kyrgyzstan": ("Kyrgyz", "Bishkek", "Kyrgyzstan"),
    "Uzbekistan": ("Uzbek", "Tashkent", "Uzbekistan"),
    "Tajikistan": ("Tajik", "Dushanbe", "Tajikistan"),
    "Ireland": ("Irish", "Dublin", "Ireland"),
    "Romania": ("Romanian", "Bucharest", "Romania"),
    "Moldova": ("Moldovan", "Chisinau", "Moldova"),
    "Hungary": ("Hungarian", "Budapest", "Hungary"),
    "Slovakia": ("Slovak", "Bratislava", "Slovakia"),
    "Afghanistan": ("Afghan", "Kabul", "Afghanistan"),
    "Iceland": ("Icelandic", "Reykjavik", "Iceland"),
    # (more of the world's states, so that "Ashgabat and Baku signed a deal" is two countries acting; a
    # capital that is also a common word or a person's name — Sofia, Victoria, Male, Wellington, San Jose —
    # is left out)
    "Turkmenistan": ("Turkmen", "Ashgabat", "Turkmenistan"),
    "Belarus": ("Belarusian", "Minsk", "Belarus"),
    "Bulgaria": ("Bulgarian", "Bulgaria"),
    "Tunisia": ("Tunisian", "Tunis", "Tunisia"),
    "Mauritania": ("Mauritanian", "Nouakchott", "Mauritania"),
    "Brunei": ("Bruneian", "Bandar Seri Begawan", "Brunei"),
    "Laos": ("Laotian", "Vientiane", "Laos"),
    "Senegal": ("Senegalese", "Dakar", "Senegal"),
    "Ghana": ("Ghanaian", "Accra", "Ghana"),
    "Zambia": ("Zambian", "Lusaka", "Zambia"),
    "Malawi": ("Malawian", "Lilongwe", "Malawi"),
    "Mozambique": ("Mozambican", "Maputo", "Mozambique"),
    "Zimbabwe": ("Zimbabwean", "Harare", "Zimbabwe"),
    "South Africa": ("South African", "Pretoria", "South Africa"),
    "Angola": ("Angolan", "Luanda", "Angola"),
    "Rwanda": ("Rwandan", "Kigali", "Rwanda"),
    "Djibouti": ("Djiboutian", "Djibouti"),
    "Paraguay": ("Paraguayan", "Asuncion", "Asunción", "Paraguay"),
    "Costa Rica": ("Costa Rican", "Costa Rica"),
    "Panama": ("Panamanian", "Panama City", "Panama"),
    "Cuba": ("Cuban", "Havana", "Cuba"),
    "Haiti": ("Haitian", "Port-au-Prince", "Haiti"),
    "the Dominican Republic": ("Dominican", "Santo Domingo", "the Dominican Republic"),
    "Fiji": ("Fijian", "Suva", "Fiji"),
    "Tonga": ("Tongan", "Tonga"),
    "Vanuatu": ("Vanuatuan", "Port Vila", "Vanuatu"),
    "New Zealand": ("New Zealand",),
    "Papua New Guinea": ("Papua New Guinean", "Port Moresby", "Papua New Guinea"),
    "East Timor": ("Timorese", "Dili", "East Timor", "Timor-Leste"),
    "Switzerland": ("Swiss", "Bern", "Berne", "Switzerland"),
    "Montenegro": ("Montenegrin", "Podgorica", "Montenegro"),
    "North Macedonia": ("Macedonian", "Skopje", "North Macedonia"),
    "the Czech Republic": ("Czech", "Prague", "the Czech Republic"),
    "Guinea-Bissau": ("Bissau-Guinean", "Bissau", "Guinea-Bissau"),
    "Madagascar": ("Malagasy", "Antananarivo", "Madagascar"),
}
# Wrong choices when the article names too few countries: the neighbours in the same disputes.
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "Russia": ("Japan", "China", "the United States", "South Korea"),
    "Japan": ("Russia", "China", "South Korea", "the United States"),
    "China": ("Taiwan", "Japan", "Vietnam", "the Philippines"),
    "Taiwan": ("China", "Japan", "the Philippines", "Vietnam"),
    "South Korea": ("Japan", "North Korea", "China", "Russia"),
    "the Philippines": ("China", "Vietnam", "Malaysia", "Taiwan"),
    "Vietnam": ("China", "the Philippines", "Malaysia", "Taiwan"),
    "India": ("Pakistan", "China", "Bangladesh", "Nepal"),
    "Pakistan": ("India", "China", "Afghanistan", "Bangladesh"),
    "Britain": ("Argentina", "Chile", "Spain", "the United States"),
    "Argentina": ("Britain", "Chile", "Uruguay", "Spain"),
    "Denmark": ("Canada", "Norway", "Iceland", "the United States"),
    "Canada": ("Denmark", "the United States", "Norway", "Iceland"),
    "Guyana": ("Venezuela", "Suriname", "Brazil", "Colombia"),
    "Venezuela": ("Guyana", "Colombia", "Brazil", "Suriname"),
    "Malaysia": ("Indonesia", "the Philippines", "Brunei", "Vietnam"),
    "Iran": ("the United Arab Emirates", "Saudi Arabia", "Oman", "Qatar"),
    "Morocco": ("Algeria", "Mauritania", "Spain", "Tunisia"),
    "North Korea": ("South Korea", "China", "Japan", "Russia"),
    "the United Arab Emirates": ("Iran", "Saudi Arabia", "Oman", "Qatar"),
    "Mauritius": ("Britain", "the Maldives", "France", "Seychelles"),
    "Spain": ("Britain", "Morocco", "Portugal", "France"),
    "Chile": ("Argentina", "Peru", "Bolivia", "Britain"),
    "Norway": ("Denmark", "Russia", "Iceland", "Canada"),
    "Ukraine": ("Russia", "Moldova", "Belarus", "Romania"),
    "Israel": ("Syria", "Lebanon", "Jordan", "Egypt"),
    "Syria": ("Israel", "Lebanon", "Turkey", "Jordan"),
    "Greece": ("Turkey", "Cyprus", "Albania", "Italy"),
    "Turkey": ("Greece", "Cyprus", "Syria", "Armenia"),
    "Indonesia": ("Malaysia", "the Philippines", "Timor-Leste", "Singapore"),
    "Bahrain": ("Qatar", "Saudi Arabia", "Iran", "Kuwait"),
    "Qatar": ("Bahrain", "Saudi Arabia", "the United Arab Emirates", "Iran"),
    "Guatemala": ("Belize", "Honduras", "Mexico", "Britain"),
    "Belize": ("Guatemala", "Honduras", "Mexico", "Britain"),
    "Egypt": ("Sudan", "Libya", "Israel", "Saudi Arabia"),
    "Sudan": ("Egypt", "South Sudan", "Ethiopia", "Chad"),
    "Singapore": ("Malaysia", "Indonesia", "Brunei", "Thailand"),
    "Nigeria": ("Cameroon", "Niger", "Benin", "Chad"),
    "Cameroon": ("Nigeria", "Chad", "Gabon", "Equatorial Guinea"),
    "Cyprus": ("Turkey", "Greece", "Lebanon", "Syria"),
    "Thailand": ("Cambodia", "Laos", "Myanmar", "Malaysia"),
    "Cambodia": ("Thailand", "Vietnam", "Laos", "Myanmar"),
    "Namibia": ("Botswana", "South Africa", "Angola", "Zambia"),
    "Botswana": ("Namibia", "South Africa", "Zimbabwe", "Zambia"),
    "Chad": ("Libya", "Sudan", "Niger", "Nigeria"),
    "Libya": ("Chad", "Egypt", "Tunisia", "Niger"),
    "Croatia": ("Slovenia", "Serbia", "Hungary", "Italy"),
    "Slovenia": ("Croatia", "Italy", "Austria", "Hungary"),
    "Sri Lanka": ("India", "the Maldives", "Pakistan", "Bangladesh"),
    "Honduras": ("El Salvador", "Nicaragua", "Guatemala", "Belize"),
    "El Salvador": ("Honduras", "Guatemala", "Nicaragua", "Belize"),
    "Benin": ("Niger", "Nigeria", "Togo", "Burkina Faso"),
    "Niger": ("Benin", "Nigeria", "Chad", "Mali"),
    "Gabon": ("Equatorial Guinea", "Cameroon", "Congo", "Sao Tome and Principe"),
    "Equatorial Guinea": ("Gabon", "Cameroon", "Nigeria", "Sao Tome and Principe"),
    "Iraq": ("Kuwait", "Iran", "Saudi Arabia", "Syria"),
    "Kuwait": ("Iraq", "Saudi Arabia", "Iran", "Bahrain"),
    "Peru": ("Ecuador", "Chile", "Bolivia", "Colombia"),
    "Ecuador": ("Peru", "Colombia", "Chile", "Bolivia"),
    "Colombia": ("Venezuela", "Nicaragua", "Ecuador", "Peru"),
    "Suriname": ("Guyana", "French Guiana", "Brazil", "Venezuela"),
}
# One country under another name: never offered beside it as a wrong choice.
SAME_HOLDER = {frozenset({"Russia", "the Soviet Union"})}
# States that no longer exist: never the answer to who holds a place today.
GONE = frozenset({"the Soviet Union"})

_WORDS = {w: country for country, words in _COUNTRIES.items() for w in words}
# The adjectives: "the Japanese government" holds a position, "the Japanese" alone are people.
_ADJECTIVES = {words[0] for country, words in _COUNTRIES.items() if words[0] != country} | {
    "Argentinian",
    "Korean",
    "Filipino",
    "Ecuadorian",
}


def country_of_word(word: str) -> str | None:
    """The country a name, capital or adjective stands for ("Tokyo" -> Japan, "Soviet Union" -> the Soviet Union)."""
    return _WORDS.get(word) or _WORDS.get(f"the {word}")


def is_country(word: str) -> bool:
    """A country the dispute tables know, as a party or a neighbour ("Lebanon")."""
    return country_of_word(word) is not None or any(word in near for near in NEIGHBOURS.values())


def country_words(names_only: bool = False) -> list[str]:
    """Every word that stands for a country, without a leading "the": names and capitals, and the
    adjectives unless ``names_only``."""
    words = (w for ws in _COUNTRIES.values() for w in ws if not (names_only and w in _ADJECTIVES))
    return list(dict.fromkeys(re.sub(r"^the\s+", "", w) for w in words))


def forms_of(country: str) -> tuple[str, ...]:
    """Every word the articles use for ``country``: its names, capital and adjectives."""
    return _COUNTRIES.get(country, (country,))


def is_country_adjective(word: str) -> bool:
    return word in _ADJECTIVES


_WORD = "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
_HELD = r"(?:held|controlled|administered|occupied|run)"
# "the Russian-held island of", "Japanese-administered", "Russia-controlled"
_BEFORE = re.compile(rf"\b(?P<c>{_WORD})-{_HELD}\s+(?:(?:island|islands|islets?|group)\s+of\s+|the\s+)?$")
# ", which Russia controls", "controlled by Moscow", ", which lie north of Hokkaido, have been held by Russia"
_AFTER = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?,?\s*(?:which\s+[^,;]{{0,90}},\s*)?"
    rf"(?:(?:which|that)\s+(?:are|is|have\s+been|has\s+been|were|was)\s+|(?:are|is|have\s+been|has\s+been)\s+|now\s+)?"
    rf"(?:(?:firmly|effectively|currently|still)\s+)?{_HELD}\s+by\s+(?P<c>{_WORD})\b"
)


def holder_near(sentence: str, start: int, end: int, island: bool = True) -> tuple[str, int, int] | None:
    """The country the sentence says controls the place written at ``sentence[start:end]``, with
    where the sentence names it (it may write "Moscow" or "Russian").

    "Russian-held" before a name is read for an island only: "Indian-administered Kashmir" is
    the part of a divided region that India holds, not the whole of it."""
    lead = max(0, start - 60)
    m = _BEFORE.search(sentence[lead:start])
    if m and island:
        return _WORDS[m.group("c")], lead + m.start("c"), lead + m.end("c")
    m = _AFTER.match(sentence[end : end + 200])
    if m:
        return _WORDS[m.group("c")], end + m.start("c"), end + m.end("c")
    return None


def _pair(n: int) -> str:
    return rf"(?:both\s+)?(?P<a{n}>{_WORD})(?:\s+and\s+|[-–])(?P<b{n}>{_WORD})"


_DISPUTE = r"(?:territorial\s+|sovereignty\s+|border\s+)?(?:dispute|row|standoff|quarrel|feud|conflict|spat|tussle)"
# "Hans Island, claimed by both Canada and Denmark", "Abu Musa, which Iran and the UAE both claim"
_CLAIMS_AFTER = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?,?\s*(?:(?:which|that)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+|"
    rf"(?:are|is|were|was|have\s+long\s+been|has\s+long\s+been|have\s+been|has\s+been)\s+)?"
    rf"(?:(?:both|jointly|also|long|rival)\s+)?(?:claimed|disputed|contested)\s+by\s+{_pair(1)}\b"
    rf"|^,?\s*(?:which|that)\s+{_pair(2)}\s+(?:both\s+|each\s+)?(?:claim|dispute|contest)\b"
)
# "the dispute between Tokyo and Moscow over the islands", "Japan and South Korea both claim the
# islets", "the Japan-Russia row over the Kurils"
_CLAIMS_BEFORE = re.compile(
    rf"(?:\b{_DISPUTE}\s+between\s+{_pair(1)}\s+over"
    rf"|\b{_pair(2)}\s+(?:both\s+|each\s+|have\s+long\s+|have\s+)?(?:claim|claimed|dispute|disputed|contest|contested)"
    rf"|\b{_pair(3)}\s+{_DISPUTE}\s+over)"
    rf"\s+(?:sovereignty\s+over\s+)?(?:the\s+)?(?:(?:island|islands|islets?|group|atoll|reef|shoal)\s+of\s+)?$"
)


def claimants_near(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The two countries the sentence says dispute the place written at ``sentence[start:end]``.

    Only the plain forms are read: "claimed by both A and B", "which A and B claim", "the dispute
    between A and B over X", "A and B both claim X", "the A-B row over X". Capitals stand for their
    countries; one country under two names ("Russia" and "the Soviet Union") is not a pair."""
    m = _CLAIMS_BEFORE.search(sentence[max(0, start - 120) : start]) or _CLAIMS_AFTER.match(sentence[end : end + 160])
    found = None
    if m:
        groups = {k: v for k, v in m.groupdict().items() if v}
        found = (next(v for k, v in groups.items() if k[0] == "a"), next(v for k, v in groups.items() if k[0] == "b"))
    if found is None:
        return None
    a, b = (_WORDS[w] for w in found)
    return None if same_holder(a, b) else (a, b)


def also_claims(text: str, country: str) -> bool:
    """Does the text say the country claims something ("Taiwan also claims them", "claimed by
    China, Taiwan and Vietnam")? Such a country is never a wrong choice among claimants."""
    words = "|".join(re.escape(w) for w in _COUNTRIES.get(country, (country,)))
    return bool(
        re.search(rf"\b(?:{words})\b[^.;]{{0,40}}\bclaim", text)
        or re.search(rf"\bclaim\w*\s+by\s+[^.;]{{0,60}}\b(?:{words})\b", text)
    )


def countries_in(text: str) -> list[str]:
    """The countries a text names, in order of first mention."""
    text = re.sub(r"\bThe(?=\s+(?:United|Soviet|Philippines|USSR|UK|UAE)\b)", "the", text)  # opening a sentence
    found = [_WORDS[m.group(0)] for m in re.finditer(rf"\b(?:{_WORD})\b", text)]
    return list(dict.fromkeys(found))


def the_two_countries_in(text: str) -> tuple[str, str] | None:
    """The two countries a text names, when it names exactly two that are not one state under two names:
    who "the two countries" or "the two nations" after it are; None otherwise."""
    named = countries_in(text)
    if len(named) != 2 or same_holder(*named):
        return None
    return named[0], named[1]


@lru_cache(maxsize=1)
def _any_country_word() -> re.Pattern[str]:
    words = sorted(country_words(), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b")


def opens_with_country(text: str) -> bool:
    """Does the text begin with a country's name, capital or adjective ("South Korea and …", "Japan's")?"""
    return _any_country_word().match(text) is not None


def country_mentions(text: str) -> list[str]:
    """The country of every name, capital or adjective in the text, one per mention ("Ukraine's",
    "Kyiv", "Ukrainian" are three mentions of Ukraine)."""
    found = (country_of_word(m.group(0)) for m in _any_country_word().finditer(text))
    return [c for c in found if c is not None]


def without_countries(text: str) -> str:
    """The text with every country's name, capital and adjective taken out ("the United States-Japan
    Security Treaty" -> "the  - Security Treaty")."""
    return _any_country_word().sub(" ", text)


def names_of(country: str) -> list[str]:
    """The country's own names ("Britain", "the United Kingdom"), without adjectives or capitals."""
    return [
        country,
        *(w for w in _COUNTRIES.get(country, ()) if w != country and (w.startswith("the ") or w == "Britain")),
    ]


# The capital in each country's words above (news writes "Yaounde took Abuja to court").
_CAPITALS: dict[str, str] = {
    w: country for country, ws in _COUNTRIES.items() for w in ws if w not in names_of(country) and w not in _ADJECTIVES
}
del _CAPITALS["U.S."]  # an abbreviation of the name, not a city
for _other_name in ("Burma", "Bosnia", "Timor-Leste"):  # another name of the country, not its capital
    del _CAPITALS[_other_name]
_CAPITAL = "|".join(re.escape(w) for w in sorted(_CAPITALS, key=len, reverse=True))
# A capital after one of these words is the city: "talks in Moscow", "flew to Tokyo"
_CITY_BEFORE = re.compile(
    r"(?i)\b(?:in|at|to|from|near|outside|into|via|of|around|across|through|toward|towards|visited|visit|"
    r"reached|left|arrived|based|held|hosted|embassy|mayor|governor)\s+$"
)


def capital_country(word: str) -> str | None:
    """The country whose capital ``word`` is ("Tokyo" -> Japan), or None."""
    return _CAPITALS.get(word)


def capitals_as_countries(text: str, year: int | None = None) -> str:
    """ "Yaounde took Abuja to the International Court" -> "Cameroon took Nigeria to …": a capital that
    acts (not one where something happens: "talks in Moscow") is its country, so that a learner who
    does not know the capital still knows who did what. Moscow between 1922 and 1991 is the Soviet Union."""

    def country(m: re.Match[str]) -> str:
        before, after = text[: m.start()], text[m.end() :]
        if _CITY_BEFORE.search(before) or after[:1] in ("-", "’", "'") or re.match(r"\s+[A-Z]", after):
            return m.group(0)  # "in Moscow", "Tokyo's", "the Cairo Declaration", "Tokyo Bay"
        if re.search(r"(?:\bthe|[A-Z][\w.]*)\s+$", before) and not re.search(r"(?:^|[.?!]\s+)\S+\s+$", before):
            return m.group(0)  # "the Moscow of the 1990s", "George Washington"
        found = _CAPITALS[m.group(0)]
        if found == "Russia" and year is not None and 1922 <= year <= 1991:
            found = "the Soviet Union"
        if m.start() == 0 or text[max(0, m.start() - 2) : m.start()] in (". ", "? "):
            found = found[:1].upper() + found[1:]
        return found

    out = re.sub(rf"\b(?:{_CAPITAL})\b", country, text)
    if year is not None and 1922 <= year <= 1991:
        # "In what year did Russia annex the Kurils?" of 1945: the state was the Soviet Union (a blind
        # review failed "Russia" as a thing a class should not be taught)
        out = re.sub(r"(?<![\w-])Russia(?![\w’'-])", "the Soviet Union", out)
    return out


def same_holder(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in SAME_HOLDER


def lineage_names(country: str) -> list[str]:
    """The country's names and those of the state it continues ("Russia", "the Russian Federation",
    "the Soviet Union", "the USSR"): who "has disputed" a place since 1945 is either."""
    return [n for c in (country, *(x for pair in SAME_HOLDER if country in pair for x in pair)) for n in names_of(c)]
