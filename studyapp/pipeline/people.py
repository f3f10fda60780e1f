"""Named people: their positions (title, affiliation) and the views they expressed.

Patterns are those of English news and analysis writing:
- title before the name: "Russian Foreign Minister Sergei Lavrov", "analyst Fyodor Lukyanov";
- apposition: "James Brown, assistant professor in political science at Temple University";
- byline blocks: a name line followed by "Professor, Hokkaido University";
- attributed speech: “...,” said NAME / NAME said (that) ... / According to NAME, ... /
  As NAME explains, ... / NAME predicts that ‘...’ / “...,” he said (pronoun -> last person).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from studyapp.pipeline.places import DEMONYM_FORM
from studyapp.pipeline.quality import strip_dateline
from studyapp.pipeline.text import WEEKDAY

ROLE_WORDS = {
    "president",
    "president-elect",
    "minister",
    "secretary",
    "diplomat",
    "analyst",
    "professor",
    "official",
    "counterpart",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "aide",
    "chancellor",
    "premier",
    "king",
    "queen",
    "emperor",
    "general",
    "senator",
    "governor",
    "editor",
    "economist",
    "expert",
    "scholar",
    "researcher",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "envoy",
    "lawmaker",
    "mayor",
    "commentator",
    "historian",
    "journalist",
    "columnist",
    "lecturer",
    "fellow",
    "dean",
    "correspondent",
    "negotiator",
    "strategist",
    "specialist",
    "head",
    "chief",
    "founder",
    "ceo",
    "executive",
    "officer",
    "representative",
    "commissioner",
    "judge",
    "prosecutor",
    "deputy",
    "politician",
    "mp",
    "mep",
    "legislator",
    "parliamentarian",
    "congressman",
    "congresswoman",
}
# "Tokyo Gov. Ishihara Shintaro", "Sen. John McCain": a title cut short before the name
_ROLE_ABBREVIATIONS = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "gen.": "general",
    "adm.": "admiral",
    "amb.": "ambassador",
    "pres.": "president",
    "sec.": "secretary",
}


def is_role(word: str) -> bool:
    """A title's head word: "minister", "Gov.", "Minister-designate", "president-elect"."""
    low = word.lower()
    if low in _ROLE_ABBREVIATIONS:
        return True
    return re.sub(r"-(?:designate|elect)$", "", low.strip(",.")) in ROLE_WORDS


def spelled_out(post: str) -> str:
    """ "Tokyo Gov." -> "Tokyo Governor": a post shown on its own is written out in full."""

    def full(m: re.Match[str]) -> str:
        word = _ROLE_ABBREVIATIONS[m.group(0).lower()]
        return word.capitalize() if m.group(0)[0].isupper() else word

    pattern = "|".join(re.escape(a) for a in _ROLE_ABBREVIATIONS)
    return re.sub(rf"(?i)\b(?:{pattern})(?=\s|$)", full, post)


_TITLE_MODIFIERS = {
    "cabinet",
    "state",
    "general",
    "parliamentary",
    "presidential",
    "press",
    "former",
    "then",
    "senior",
    "deputy",
    "vice",
    "acting",
    "top",
    "leading",
    "veteran",
    "assistant",
    "associate",
    "foreign",
    "prime",
    "defence",
    "defense",
    "finance",
    "trade",
    "chief",
    "political",
    "military",
    "security",
    "economic",
    "his",
    "her",
    "their",
}
NOT_NAME = {
    "The",
    "Affairs",
    "Defence",
    "Defense",
    "Interior",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Or",
    "If",
    "As",
    "After",
    "Before",
    "While",
    "When",
    "Although",
    "Despite",
    "Since",
    "Under",
    *("However", "Meanwhile", "Moreover", "Yet", "Still", "Later", "Then", "Now", "Instead"),  # connectives
    # sentence adverbs before a name ("Perhaps Koizumi believes …": a blind review of sets 120-121 saw
    # "Perhaps Koizumi" offered as a person)
    *("Perhaps", "Maybe", "Indeed", "Thus", "Hence", "Therefore", "Nevertheless", "Nonetheless", "Furthermore"),
    *("Clearly", "Certainly", "Surely", "Probably", "Possibly", "Apparently", "Obviously", "Evidently"),
    *("Ultimately", "Eventually", "Finally", "Initially", "Previously", "Recently", "Earlier", "Already", "Again"),
    "Russia",
    "Japan",
    "China",
    "India",
    "Korea",
    "Ukraine",
    "Crimea",
    "Moscow",
    "Tokyo",
    "Beijing",
    "Washington",
    "Kremlin",
    "Russian",
    "Japanese",
    "Chinese",
    "American",
    "Soviet",
    "Union",
    "US",
    "UK",
    "EU",
    "UN",
    "G7",
    "G20",
    "APEC",
    "NATO",
    "White",
    "House",
    "Ministry",
    "Minister",
    "President",
    "Prime",
    "Foreign",
    "University",
    "Institute",
    "Forum",
    "Agency",
    "Center",
    "Centre",
    "Office",
    "Department",
    "Group",
    "College",
    "School",
    "Academy",
    "Council",
    "Committee",
    "Party",
    "News",
    "Times",
    "Post",
    "Daily",
    "Shimbun",
    "Declaration",
    "Treaty",
    "War",
    "World",
    "Peace",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Far",
    "Asia",
    "Pacific",
    "Europe",
    "Atlantic",
    "Islands",
    "Island",
    "Territories",
    "Sea",
    "Bay",
    "Street",
    "Prefecture",
    "City",
    "Province",
    "State",
    "States",
    "United",
    "Republic",
    "Federation",
    "Kingdom",
    "Empire",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "According",
    "Analyst",
    "Experts",
    "Yet",
    "Abenomics",
    "Brexit",
    "Summit",
    "Economic",
    "Economy",
    "Investment",
    "Export",
    "Harbor",
    "Harbour",
    "Pearl",
    "Hot",
    "Spring",
    "Onsen",
    "Nikkei",
    "Bloomberg",
    "CNN",
    "Reuters",
    "Kyodo",
    "Temple",
    "Bosch",
    "Robert",
    "Cold",
    "Liberal",
    "Democratic",
    "National",
    "Security",
    "Trade",
    "Industry",
    "Finance",
    "Research",
    "Policy",
    "Studies",
    "Relations",
    "Joint",
    "Conference",
    "Meeting",
    "Talks",
    "Throughout",
    "He",
    "She",
    "They",
    "We",
    "His",
    "Her",
    "Their",
    "Its",
    "Who",
    "What",
    "Why",
    "How",
    "Most",
    "Some",
    "Many",
    "Few",
    "Former",
}
# Letters with accents count ("Wojciech Król", "Franjo Tuđman"): Latin-1 and Latin Extended-A
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOWER = "a-zß-öø-ÿĀ-ſ"
_NAME_TOKEN = (
    rf"(?:[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+|-[a-z]{{2,}})*|[A-Z]\.)"  # "Lee Chung-min", "O'Neill"
)
# A later token may follow a particle: "Albert del Rosario", "Ursula von der Leyen".
_NEXT_TOKEN = rf"(?:(?:de|del|della|di|da|dos|das|du|van|von|der|den|la|le|bin|binti|ter)\s+){{0,2}}{_NAME_TOKEN}"
FULL_NAME = re.compile(rf"\b{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{1,3}}\b")
_NAME_RUN = re.compile(rf"\b{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{0,6}}\b")
_CONJUNCTIONS = {
    "If",
    "When",
    "While",
    "As",
    "After",
    "Before",
    "Although",
    "Since",
    "Because",
    "But",
    "And",
    "Or",
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "It",
    "With",
    "Given",
    "Following",
    "Unlike",
}
PRONOUNS = {"He", "She", "They", "he", "she", "they"}
_SPEECH = (
    r"said|says|say|told|tells|predicted|predicts|argued|argues|stated|states|insisted|insists|"
    r"warned|warns|explained|explains|noted|notes|suggested|suggests|suggest|added|adds|wrote|"
    r"writes|claimed|claims|believes|believed|indicated|indicates|declared|declares|observed|"
    r"observes|contends|contended|maintains|maintained|asserted|asserts|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    r"pointed\s+out|points\s+out|cautioned|cautions|reiterated|reiterates|affirmed|affirms|"
    r"complained|complains|announced|announces|agreed|agrees"
)
_PAST = {
    "says": "said",
    "say": "said",
    "tells": "told",
    "predicts": "predicted",
    "argues": "argued",
    "states": "stated",
    "insists": "insisted",
    "warns": "warned",
    "explains": "explained",
    "notes": "noted",
    "suggests": "suggested",
    "suggest": "suggested",
    "adds": "added",
    "writes": "wrote",
    "claims": "claimed",
    "believes": "believed",
    "indicates": "indicated",
    "declares": "declared",
    "observes": "observed",
    "contends": "contended",
    "maintains": "maintained",
    "asserts": "asserted",
    "stresses": "stressed",
    "emphasises": "emphasised",
    "emphasizes": "emphasized",
    "acknowledges": "acknowledged",
    "admits": "admitted",
    "concedes": "conceded",
    "points out": "pointed out",
    "cautions": "cautioned",
    "reiterates": "reiterated",
    "affirms": "affirmed",
    "complains": "complained",
    "announces": "announced",
    "agrees": "agreed",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PositionMention:
    name: Span
    position: Span  # verbatim position text (article stripped)
    title: str
    affiliation: str
    pattern: str  # "prenominal", "apposition", "byline"


@dataclass(frozen=True)
class ViewMention:
    name: Span | None  # None when attributed by a pronoun
    pronoun: Span | None
    view: Span  # the quoted words or the reported clause
    verb: str  # past tense speech verb
    quoted: bool
    # the words are the verb's object, asked "Who VERB …?": a label ("called the Kurils an “inseparable”
    # part of Russia") or a request ("urged Japan to accept …", "proposed making the islands …")
    naming: bool = False


def past(verb: str) -> str:
    verb = re.sub(r"\s+", " ", verb.lower())
    return _PAST.get(verb, verb)


# Family names written first in English-language news (Chinese, Korean): "Shen Dingli", "Lee Chung-min".
_FAMILY_NAMES_FIRST = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie "
    "Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding "
    "Ren Shen Yao Qian Xi Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Moon Shin Hwang Ahn Song Ryu Hong"
)
# Japanese family names: some outlets (NHK, the Japanese government) write them first ("Kishida
# Fumio"); most English writing puts them last ("Fumio Kishida"). Either way, this is the family name.
_JAPANESE_FAMILY_NAMES = (
    "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
    "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa "
    "Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii "
    "Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko "
    "Wada Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando "
    "Taniguchi Maruyama Imai Kono Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka "
    "Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi Sano Onishi Sugimoto Arai "
    "Kishida Suga Koizumi Obuchi Hatoyama Noda Aso Motegi Kamikawa Ishiba Takaichi Kikawada Matsuno Kishi "
    "Iwaya Hosokawa Kaifu Miyazawa Murayama Nakasone Takeshita Ishihara Machimura Maehara Gemba Okada Hamada"
)
JAPANESE_FAMILY = frozenset(_JAPANESE_FAMILY_NAMES.split(" "))
FAMILY_FIRST = frozenset(_FAMILY_NAMES_FIRST.split(" ")) | JAPANESE_FAMILY


def surname_of(name: str) -> str:
    """The family name: the last word, or the first for Chinese and Korean names ("Shen Dingli") and
    Japanese names written family name first ("Kishida Fumio")."""
    words = name.split()
    if len(words) == 2 and words[0] in FAMILY_FIRST and words[1] not in JAPANESE_FAMILY:
        return words[0]
    return words[-1]


def other_order(name: str) -> str | None:
    """ "Fumio Kishida" for "Kishida Fumio", and "Hakamada Shigeki" for "Shigeki Hakamada": a Japanese
    name in the other order (a known family name, or two words that spell as Japanese syllables)."""
    words = name.split()
    if len(words) != 2:
        return None
    if words[0] in JAPANESE_FAMILY and words[1] not in JAPANESE_FAMILY:
        return f"{words[1]} {words[0]}"
    if words[1] in JAPANESE_FAMILY or looks_japanese(name):
        return f"{words[1]} {words[0]}"
    return None


def looks_japanese(name: str) -> bool:
    """Two words spelt as Japanese syllables ("Naoto Kan", "Shigeki Hakamada")."""
    words = name.split()
    return len(words) == 2 and all(_ROMAJI.fullmatch(w) for w in words)


# A word made of Japanese syllables as Hepburn romanisation spells them ("Shigeki", "Hakamada").
_ROMAJI = re.compile(r"(?i)(?:(?:ky|gy|sh|ch|ny|hy|my|ry|by|py|ts|[kgsztdnhbpmyrwfj])?[aiueo]{1,2}|n(?![aiueo]))+")


def is_name(candidate: str) -> bool:
    tokens = candidate.split()
    if len(tokens) < 2 or any(t.rstrip("’'s") in NOT_NAME or t in NOT_NAME for t in tokens):
        return False
    if re.fullmatch(r"[A-Z][a-z]+s", tokens[-1]) and is_role(tokens[-1][:-1]):
        return False  # "the Kushiro District Public Prosecutors Office … Prosecutors said": a body, no person
    return not all(re.fullmatch(r"[A-Z]\.", t) for t in tokens)


_DEMONYMS = {
    *("American", "Mexican", "Filipino", "Philippine", "Thai", "Pakistani", "Israeli", "Iraqi", "Saudi"),
    *("Argentine", "Moroccan", "Dutch", "French", "Greek", "Swiss", "Soviet", "Kremlin", "Chinese", "Emirati"),
}


def is_demonym(word: str) -> bool:
    """ "Canadian", "Japanese", "Danish", "Korean": a nationality in front of a title or a name."""
    word = re.sub(r"[’']s$", "", word)
    return word in _DEMONYMS or bool(DEMONYM_FORM.fullmatch(word))


# (abbreviations only: "May", "June" and "August" are surnames too)
_MONTH_TOKEN = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")


def trim_name(candidate: str, start: int, allow_single: bool = False) -> tuple[str, int] | None:
    """Drop leading non-name tokens ("Analyst Fyodor Lukyanov" -> "Fyodor Lukyanov")."""
    tokens = candidate.split()
    offset = 0
    while tokens and (
        tokens[0] in NOT_NAME
        or is_role(tokens[0])
        or tokens[0].lower() in _TITLE_MODIFIERS
        or (len(tokens) > 2 and is_demonym(tokens[0]))
    ):
        offset += len(tokens[0]) + 1
        tokens = tokens[1:]
    # "Sakhalin Region Governor Oleg Kozhemyako", "Nationalist Deputy Sergei Baburin": the words before
    # a title inside the run say whose title it is; the name is the two or more words after it
    inner = [i for i, t in enumerate(tokens[:-2]) if i > 0 and is_role(t)]
    if inner:
        cut = inner[-1] + 1
        offset += sum(len(t) + 1 for t in tokens[:cut])
        tokens = tokens[cut:]
    # "Foreign Minister Yohei Kono Feb. 10-11": a month after the name is the date, not a name
    while len(tokens) > 1 and _MONTH_TOKEN.fullmatch(tokens[-1]):
        tokens = tokens[:-1]
    name = " ".join(tokens)
    if allow_single and len(tokens) == 1 and offset and tokens[0] not in NOT_NAME and len(tokens[0]) > 2:
        return name, start + offset
    return (name, start + offset) if is_name(name) else None


def split_position(position: str) -> tuple[str, str]:
    """("assistant professor in political science", "Temple University, Japan")."""
    m = re.match(r"^(?P<title>.+?)\s+(?:at|with)\s+(?:the\s+)?(?P<aff>[A-Z].*)$", position)
    if m:
        return m.group("title"), m.group("aff")
    m = re.match(r"^(?P<title>[^,]+),\s*(?P<aff>[A-Z].*)$", position)
    if m and any(is_role(w) for w in m.group("title").split()):
        return m.group("title"), m.group("aff")
    m = re.match(
        r"^(?P<title>.+?\b(?:professor|lecturer|fellow|researcher))\s+of\s+(?P<aff>(?:the\s+)?[A-Z].*)$", position
    )
    if m:
        return m.group("title"), m.group("aff")
    return position, ""


def _has_role(words: list[str]) -> bool:
    return any(is_role(w) for w in words)


_CALENDAR_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


def find_prenominal(text: str) -> list[PositionMention]:
    """Titles written before a name: "Russian Foreign Minister Sergei Lavrov"."""
    out = []
    for m in _NAME_RUN.finditer(text):
        trimmed = trim_name(m.group(0), m.start(), allow_single=True)
        if trimmed is None:
            continue
        name, nstart = trimmed
        # Walk back over title words preceding the name (in the match or before it).
        base = max(0, nstart - 200)  # six words back is all a title needs (the whole text made this quadratic)
        prefix = text[base:nstart].rstrip()
        # A title does not run back over punctuation: "Earlier, Chief Cabinet Secretary X".
        words = re.findall(r"[\w’'.-]+", re.split(r"[,;:()“”\"—–]|--", prefix)[-1])[-6:]
        title_words: list[str] = []
        for w in reversed(words):
            low = w.lower()
            if w.endswith(".") and not re.fullmatch(r"[A-Z]\.", w) and low not in _ROLE_ABBREVIATIONS:
                break
            if w in _CONJUNCTIONS:
                break
            if low in ("of", "for") and title_words and title_words[0][:1].isupper():
                title_words.insert(0, w)  # "Minister of Foreign Affairs": a ministry after the role
                continue
            if (
                is_role(w)
                or low in _TITLE_MODIFIERS
                or re.fullmatch(r"(?:ex|then)-[a-z][\w-]*", low)  # "ex-Prime Minister": a former post
                or (
                    w[:1].isupper()
                    and w not in {"The", "A", "An", "But", "And"}
                    and not w.endswith(("’s", "'s"))
                    and not _CALENDAR_WORD.fullmatch(w)  # "In September Russian Prime Minister X": no title
                )
            ):
                title_words.insert(0, w)
                continue
            break
        while title_words and title_words[0].lower() in ("his", "her", "their"):
            title_words.pop(0)
        ministry = re.fullmatch(
            r".*\b(?:minister|secretary|ministry)\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s*)+", " ".join(title_words), re.I
        )
        if not ministry:
            while title_words and not is_role(title_words[-1]):
                title_words = []
        while title_words and title_words[0].lower() in ("of", "for"):
            title_words.pop(0)
        if not title_words or not _has_role(title_words):
            continue
        if " " not in name and not any(w[:1].isupper() and is_role(w) for w in title_words):
            continue  # a bare surname needs a capitalised title: "President Putin", "Prime Minister Abe"
        # The title must be directly before the name.
        title_text = " ".join(title_words)
        tstart = prefix.rfind(title_words[0], max(0, len(prefix) - 80))
        tstart = tstart + base if tstart >= 0 else -1
        if tstart < 0 or not re.fullmatch(r"[\s\w’'.-]*", text[tstart:nstart]):
            continue
        raw_title = text[tstart:nstart].rstrip()
        if re.sub(r"\s+", " ", raw_title) != title_text:
            continue
        out.append(_position_mention(name, nstart, raw_title, tstart, "prenominal"))
    return out


def _position_mention(name: str, name_start: int, post: str, post_start: int, pattern: str) -> PositionMention:
    """A post found beside a name, with the post split into its title and affiliation."""
    title, aff = split_position(post)
    return PositionMention(
        name=Span(name_start, name_start + len(name), name),
        position=Span(post_start, post_start + len(post), post),
        title=title,
        affiliation=aff,
        pattern=pattern,
    )


_APPOS = re.compile(
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{1,3}}),\s+(?:(?:an?|the)\s+)?(?P<pos>[^,.;:“”\"()]+?"
    r"(?:,\s+(?!(?:is|was|has|had|have|who|which|said|says|and|but)\b)[A-Z][\w-]+(?=[.,;”\"]\s|[.”\"]?$))?)"
    r"(?=\s*(?:[.;”\"]|,|\)|$))"
)


def _clause_after_name(words: list[str]) -> bool:
    """Does the "position" hold a verb of its own ("… minister Yukihiko Ikeda called again for …")?"""
    for i, w in enumerate(words[1:], start=1):
        if w in ("said", "says", "told", "called", "urged", "added") or (
            _past_tense_lemma(w) and words[i - 1][:1].isupper() and not is_participle_like(w)
        ):
            return True
    return False


def is_participle_like(word: str) -> bool:
    """ "appointed", "elected", "based": past forms that also describe a post ("a diplomat based in Tokyo")."""
    return word in ("appointed", "elected", "based", "named", "retired", "designated")


# "the acting head of the Russian Embassy, Mikhail Galuzin, …": the post first, the name after it
_NAME_AFTER_POST = re.compile(
    rf",\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{1,3}})"
    r"(?=\s*[,.;]|\s+(?:said|says|told|tells|added|argued|insisted|warned)\b)"
)
# "his counterpart, X", "a rival, X": words that say how a person stands to another, not a post
RELATIONAL = re.compile(r"\b(?:counterpart|colleague|successor|predecessor|rival|ally|host|guest)\b", re.I)


def find_posts_before_names(text: str) -> list[PositionMention]:
    """ "the acting head of the Russian Embassy, Mikhail Galuzin": a post in its own words, then the
    name in commas. The post is the shortest "the/a …" phrase before the comma whose first words
    hold a role word, with no verb of its own."""
    out = []
    for m in _NAME_AFTER_POST.finditer(text):
        base = max(0, m.start() - 100)
        chunk = re.split(r"[,.;:“”\"()]|--|\s[–—]\s", text[base : m.start()])[-1]
        chunk_start = m.start() - len(chunk)
        starts = [d.start() for d in re.finditer(r"(?<![\w’'])(?:the|an?)\s+(?=[a-z])", chunk)]
        for at in reversed(starts):
            pos = chunk[at:].rstrip()
            words = pos.split()
            if not _has_role(words[1:5]):
                continue
            if RELATIONAL.search(pos) or _clause_after_name(words):
                break
            if any(_past_tense_lemma(w) for w in words[1:] if not is_participle_like(w)):
                break  # "a protest with the acting head …" holds no verb; "the talks that followed" does
            trimmed = trim_name(m.group("name"), m.start("name"))
            if trimmed is None:
                break
            name, nstart = trimmed
            post = re.sub(r"^(?:the|an?)\s+", "", pos)
            out.append(
                _position_mention(name, nstart, post, chunk_start + at + len(pos) - len(post), "post-before-name")
            )
            break
    return out


def find_positions(text: str) -> list[PositionMention]:
    """Every post told beside a name: before it ("Foreign Minister X"), after it ("X, a professor at
    Y"), or before it in commas ("the acting head of the embassy, X")."""
    return find_prenominal(text) + find_appositions(text) + find_posts_before_names(text) + find_long_titles(text)


# ", Director of the Center for Japanese Studies at the … Institute for Far Eastern Studies Valery Kistanov told":
# a long title in capitals, opening with a post, right before a speaker's name and his speech verb
_LONG_TITLE = re.compile(
    rf"(?<=,\s)(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|at|the|on|and|in)){{4,20}})\s+"
    rf"(?P<name>{_NAME_TOKEN}\s+{_NEXT_TOKEN})\s+(?:said|says|told|tells|added|stressed|noted|argued|warned)\b"
)


def find_long_titles(text: str) -> list[PositionMention]:
    """A long capitalised title before a speaker's name, when it opens with a post and ends in "of", "at" or
    "for" a body ("Director of the Center for … Studies"); shorter ones are read by the other finders."""
    out = []
    for m in _LONG_TITLE.finditer(text):
        title = m.group("title")
        if not is_role(title.split()[0]) or not re.search(r"\b(?:of|at|for)\b", title):
            continue
        trimmed = trim_name(m.group("name"), m.start("name"))
        if trimmed is None:
            continue
        name, nstart = trimmed
        out.append(_position_mention(name, nstart, title, m.start("title"), "long-title"))
    return out


def _past_tense_lemma(word: str) -> str | None:
    from studyapp.pipeline.clauses import past_tense_lemma  # clauses reads names with this module

    return past_tense_lemma(word)


def find_appositions(text: str) -> list[PositionMention]:
    """ "NAME, (a|an|the) POSITION" with a role word early in the position."""
    out = []
    for m in _APPOS.finditer(text):
        trimmed = trim_name(m.group("name"), m.start("name"))
        if trimmed is None:
            continue
        name, nstart = trimmed
        pos = m.group("pos").strip()
        words = pos.split()
        if not words or not _has_role(words[:6]) or len(words) > 30:
            continue
        if _clause_after_name(words):
            continue  # "in Hong Kong, Japanese foreign minister Yukihiko Ikeda called …": a clause, not a post
        pstart = m.start("pos")
        # "professor of X at Y and Fellow at Z": split into separate positions.
        parts = re.split(r"\s+and\s+(?=[A-Z]?[a-z]*\s*(?:" + "|".join(ROLE_WORDS) + r")\b)", pos, flags=re.I)
        offset = 0
        for part in parts:
            part_start = pos.index(part, offset)
            offset = part_start + len(part)
            if not _has_role(part.split()[:6]):
                continue
            out.append(_position_mention(name, nstart, part, pstart + part_start, "apposition"))
    return out


_QUOTE_BEFORE = re.compile(
    rf"(?P<q>[“\"‘'])(?P<view>[^“”\"]{{8,}}?)[,.!?]?(?P<close>[”\"’'])\s*,?\s*"
    rf"(?:(?P<verb1>{_SPEECH})\s+(?P<title1>(?:[a-z-]+\s+)?)(?P<name1>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{0,5}})"
    rf"|(?P<title2>(?:(?:[A-Za-z-]+)\s+){{0,4}}?)(?P<name2>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{0,3}}|he|she|they)\s+(?P<verb2>{_SPEECH}))\b"
)
# Sentence text up to its end; "Mr." and the like do not end it.
_CLAUSE_CHAR = (
    r"(?:\b(?:[A-Z]\.){2,}|[^.!?]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Prof|Jr|Sr|Lt|Col|Capt|Gov|No)\.|(?<=\d)\.(?=\d)|"
    r"\b[A-Z]\.(?=\s*[A-Z])|[.!?,](?=[”\"’]))"
)
# "said on Friday", "said Wednesday at a press event", "warned during the forum in Vladivostok" before "that".
_WHEN_WHERE = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|"
    r"last\s+(?:week|month|year)|this\s+(?:week|month|year)))?"
    r"(?:\s+(?:at|in|during|after|before)\s+[^,“”\"]{3,60}?(?=\s+that\b))?"
)
# "said on Friday as Russians voted …": a clause of time or cause after the tag, not the words said
_NOT_WORDS = r"(?!(?:as|when|while|after|before|because|since|although|though|if|amid|despite|during)\b)"
_NAME_THEN_VERB = re.compile(
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{0,3}}|\b[Hh]e\b|\b[Ss]he\b)"
    rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){{0,4}})?"
    rf"(?:,[^,“”]{{5,160}},|\s+[—–]\s+[^—–“”]{{5,160}}?\s+[—–])?"
    rf"(?:\s+has|\s+have|\s+had)?(?:\s+(?:publicly|repeatedly|also|recently|previously))?\s+(?P<verb>{_SPEECH})"
    rf"(?:(?<=told)\s+(?:[^,;“”\"]{{1,60}}?(?=\s+that\b)|CNN|(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:conference|"
    rf"briefing|meeting|session|interview|parliament|assembly)|the\s+[A-Z]\w+(?:\s+\w+)?|[A-Z]\w+\s+News|\w+))?"
    rf"{_WHEN_WHERE}"
    rf"(?:\s+(?:that\s+)?|\s*:\s*|\s*,\s*(?=[“\"‘']))(?P<view>[“\"‘'](?:[^”\"’]|’(?=[a-z])){{8,}}[”\"’]|(?![,;]){_NOT_WORDS}{_CLAUSE_CHAR}{{12,}})"
)  # an apostrophe inside a word ("doesn’t") does not close the quotation
_ACCORDING = re.compile(
    rf"\b(?:According\s+to|As)\s+(?P<title>(?:[A-Za-z-]+\s+){{0,4}}?)(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{1,3}})"
    rf"(?:\s+(?P<verb>explains|explained|notes|noted|argues|argued|puts\s+it|writes|wrote|says|said|suggests|predicts))?"
    rf"(?:,\s*who\s+(?:told|said\s+to)\s+[\w ]+?:\s*|(?:,[^,]{{0,160}})?,\s*)(?P<view>{_CLAUSE_CHAR}{{12,}})"
)
_TAG_INSIDE = re.compile(
    rf"^(?P<pre>[^,“”\"]{{8,}}?),\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{0,3}}|he|she|they)\s+"
    rf"(?P<verb>{_SPEECH}),\s+(?P<post>[a-z][^“”\"]{{8,}})$"
)
_INVERTED = re.compile(
    rf",\s*(?P<verb>{_SPEECH})\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{1,3}}(?:\s+and\s+{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{1,3}})?)"
)


# "Russia will deploy new weapons on the islands, President Dmitry Medvedev said on Wednesday, just
# days before …": the reported words come first and the speech tag closes the sentence, at most with
# when, where or to whom it was said, and an aside on the timing.
# The words reported first, up to the comma before the speaker
_WORDS_FIRST = r"^(?P<view>[A-Z](?:[^“”\"]|“[^“”\"]*”|\"[^“”\"]*\"){19,}?),\s+"
# The closing tag's verb, to whom, and when or where
_TAG_CLOSE = (
    r"(?P<verb>said|says|told|tells|warned|added|stressed|insisted|argued|noted|explained|predicted|suggested)"
    r"(?:\s+(?:reporters|journalists|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}))?"
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}|yesterday|today|last\s+(?:week|month))|\s+(?:at|in|during|after|on)\s+[^,;“”\"]{{3,60}}?)*"
)
_TAG_AFTER = re.compile(
    rf"{_WORDS_FIRST}(?:(?:spokes(?:man|woman|person)|adviser|advisor|aide|"
    rf"envoy|analyst|professor|lawmaker|minister|official)\s+)?"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{0,4}}|he|she)"
    rf"(?:,\s+(?:an?\s+|the\s+)?[a-z][^,;“”\"]{{3,100}},)?\s+"  # ", a professor at Lima University,"
    rf"{_TAG_CLOSE}"
    rf"(?:,?\s+(?:just\s+|only\s+)?(?:(?:a|two|three|several|few|\w+)\s+(?:days?|weeks?|hours?)\s+(?:before|after)|"
    rf"ahead\s+of|before|after|during|as|amid|while|when|according\s+to)\b[^“”\"]*)?[.!?]?$"
)


# "…, Director of the Center for Japanese Studies at the … Institute for Far Eastern Studies Valery Kistanov told
# TASS on Thursday.": a long title in capitals before the name (the name: its last two words)
_TAG_AFTER_TITLED = re.compile(
    rf"{_WORDS_FIRST}(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|at|the|on|and|in)){{1,20}})\s+"
    rf"(?P<name>{_NAME_TOKEN}\s+{_NEXT_TOKEN})\s+{_TAG_CLOSE}[.!?]?$"
)


# Capitalised only because they open the sentence: lower-cased when the words follow "that".
_SENTENCE_OPENERS = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "We", "It", "There"}
    | {"Any", "Such", "No", "Some", "Every", "Each", "All", "Both"}
)


_ADDRESSEE_WORDS = frozenset({"on", "in", "at", "last", "this", "the", "a", "an", "of", "to", "from", "by", "and"})


def _tag_after(sentence: str) -> ViewMention | None:
    """Words reported before a closing speech tag: "The islands will stay Russian, Ivanov said."."""
    at = len(sentence) - len(strip_dateline(sentence))  # "TOKYO — Experts will …, X said": not the words
    m = _TAG_AFTER.match(sentence[at:])
    if m is None:
        m = _TAG_AFTER_TITLED.match(sentence[at:])
        if m is not None and not any(is_role(w) for w in m.group("title").split()):
            m = None  # a title names a post ("Director", "Minister"), not any run of capitals
    if m is None or re.search(r"\b(?:that|whether|if)\s*$", m.group("view")):
        return None
    view = Span(at + m.start("view"), at + m.end("view"), _lower_opener(m.group("view")))
    return _told_by(m.group("name"), at + m.start("name"), view, past(m.group("verb")))


def _lower_opener(text: str) -> str:
    """ "The islands …" -> "the islands …", "Resolving the row …" -> "resolving the row …": a word
    capitalised only because it opened the sentence, as it is told after "that"."""
    tokens = text.split()
    first = tokens[0] if tokens else ""
    if first in _SENTENCE_OPENERS or re.fullmatch(r"[A-Z][a-z]+ing", first):
        return first.lower() + text[len(first) :]
    # "Top Russian leaders will …", "Senior officials …": an adjective or adverb opening the sentence, before
    # a common word or a nationality ("New Zealand", "Frank Smith" keep their capitals: a name follows)
    after = tokens[1] if len(tokens) > 1 else ""
    common = after[:1].islower() or is_demonym(after.rstrip(",’'s"))
    if re.fullmatch(r"[A-Z][a-z]+", first) and common and "ADJ" in _word_kinds(first.lower()):
        return first.lower() + text[len(first) :]
    return text


def _word_kinds(word: str) -> tuple[str, ...]:
    return tuple(getAllLemmas(word))


def _told_by(who: str, start: int, view: Span, verb: str) -> ViewMention | None:
    """The view with its speaker: a pronoun, or the name without its title (None if it is no name)."""
    if who.lower() in ("he", "she", "they"):
        return ViewMention(None, Span(start, start + len(who), who), view, verb, False)
    trimmed = trim_name(who, start, allow_single=True)
    if trimmed is None and (" " in who or who in NOT_NAME):
        return None
    name, name_start = trimmed or (who, start)
    return ViewMention(Span(name_start, name_start + len(name), name), None, view, verb, False)


_INTRODUCTORY = re.compile(
    r"(?i)(?:by|in|with|for|as|if|when|since|because|although|though|after|before|without|despite|unless|until|"
    r"while|once|given|instead\s+of|rather\s+than)\s"
)


def _tag_inside(sentence: str) -> ViewMention | None:
    """ "Those talks, Hashimoto said, would be based on…": the speech tag sits inside the claim.
    The view's text joins both halves; its span is the second half (the part after the tag)."""
    m = _TAG_INSIDE.match(sentence)
    if not m or m.group("pre")[:1] in "“\"‘'":
        return None
    who = m.group("name")
    post = m.group("post").rstrip(" .!?")
    pre = _lower_opener(m.group("pre"))
    # "By making settlement … the precondition, Sheinis said, the Japanese have failed …": an opening
    # phrase keeps its comma (both blind reviewers of sets 98-99 read the run-on as pasted)
    joint = "," if _INTRODUCTORY.match(pre) else ""
    view = Span(m.start("post"), m.start("post") + len(post), f"{pre}{joint} {post}")
    return _told_by(who, m.start("name"), view, past(m.group("verb")))


# "a top adviser to Soviet leader Mikhail Gorbachev said …": the speaker is the adviser, not the name.
_SOMEONE_OF = re.compile(
    r"\b(?:advis[eo]rs?|aides?|spokes(?:wo)?m[ae]n|spokesperson|officials?|sources?|allies|ally|"
    r"associates?|friends?|envoys?|representatives?|assistants?|wife|husband|son|daughter)"
    r"\s+(?:to|of|for|close\s+to|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)


def find_views(sentence: str) -> list[ViewMention]:
    """Views attributed in one sentence; spans are relative to the sentence.

    A name that only qualifies the real speaker ("an aide to X said") is not taken for the speaker."""
    out = []
    found = _find_views(sentence) or _naming_views(sentence)
    # "X proposed making Y a free trade zone and Z said …": a request beside another speaker's words
    found += [
        r
        for r in _request_views(sentence)
        if not any(r.view.start < v.view.end and v.view.start < r.view.end for v in found)
        and not any(v.name is not None and r.name is not None and v.name.text == r.name.text for v in found)
    ]
    for v in found:
        if v.name is not None and _SOMEONE_OF.search(sentence[: v.name.start]):
            continue
        if v.name is not None and _JOINT_SUBJECT.search(sentence[: v.name.start]):
            continue  # "Mori and Russian President Putin agreed …": a joint view, not one person's
        if v.naming:
            out.append(v)
            continue
        if not v.quoted and re.match(r"to\s", v.view.text):
            continue  # "agreed to continue talks": an undertaking, not a view in a clause
        after_that = re.search(r"\bthat,?\s*$", sentence[: v.view.start])
        after_comma = re.search(r"[,:]\s*$", sentence[: v.view.start])
        if v.verb in _NEEDS_THAT and not (v.quoted or after_that or after_comma):
            continue  # "stressed the need to …", "agreed to …": an object, not a stance in a clause
        view = v.view if v.quoted or after_that else _past_the_setting(v.view)
        if view is not None and not v.quoted:
            view = _without_narration(view)
        if view is not None and v.quoted:
            view = _whole_quotation(sentence, v)
        if view is not None:
            out.append(ViewMention(v.name, v.pronoun, view, v.verb, v.quoted))
    return out


# '"As for the talks," he said, "the islands are Russian."': the quotation goes on after the tag
_QUOTATION_GOES_ON = re.compile(
    r"\s*(?:said|says|added|stressed|noted)?\s*,\s*[“\"‘](?P<rest>[^“”\"]{8,}?)[,.!?]?(?:[”\"’]|\s*$)"
)


def _whole_quotation(sentence: str, v: ViewMention) -> Span:
    """The quoted words with their second half when the speech tag splits one sentence of them ("As
    for the negotiating process …," he said, "the islands are …"): the first half alone says nothing.
    The span is the second half's; the text joins both."""
    tag = v.name or v.pronoun
    if tag is None or sentence[v.view.end : v.view.end + 1] != ",":
        return v.view
    m = _QUOTATION_GOES_ON.match(sentence, tag.end)
    if m is None:
        return v.view
    return Span(m.start("rest"), m.end("rest"), f"{v.view.text}, {m.group('rest')}")


_JOINT_SUBJECT = re.compile(r"[A-Z][\w’'-]+\s+and\s+(?:[A-Z][\w’'-]*\s+){0,4}$")
# "Naoto Kan called Medvedev’s visit “inexcusable rudeness”", "Medvedev has responded by calling
# the Kurils an “inseparable” part of Russia", "X described the islands as “a very important region”":
# the person's own label for a thing, in quotation marks, read to the end of its clause.
_NAMING = re.compile(
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{0,3}})(?:,[^,“”\"]{{5,120}},)?"
    r"(?P<link>(?:\s+[a-z][\w’'-]*){0,4}?)\s+"
    r"(?P<verb>called|calling|calls|described|describing|describes|branded|branding|labell?ed|labell?ing)\s+"
    r"(?!(?:for|on|off|in|up|upon|out|back|it\s+quits)\b)"
    r"(?P<view>(?P<object>[^,;:“”\"]{3,80}?)\s+(?:as\s+)?(?:an?\s+)?[“\"][^“”\"]{2,80}[”\"][^,;:.“”\"]{0,40})"
    r"(?=[,;:.]|\s+(?:and|but|while|after|before|because|as)\b|$)"
)
_NAMING_VERBS = {
    **{"calling": "called", "calls": "called", "describing": "described", "describes": "described"},
    **{"branding": "branded", "labelling": "labelled", "labeling": "labeled"},
}


# Words that may stand between the name and the label verb: "has responded by calling", "at the time described".
_NAMING_LINK = re.compile(
    r"(?:\s+(?:has|had|have|also|then|later|once|repeatedly|publicly|"
    r"yesterday|today|responded|reacted|by|earlier|recently|previously|openly|even|at|the|time))*"
)


def _naming_views(sentence: str) -> list[ViewMention]:
    """A named person's quoted label for something ("called the visit “an unforgivable outrage”"):
    the first one in the sentence, if any."""
    for m in _NAMING.finditer(sentence):
        if not _NAMING_LINK.fullmatch(m.group("link")):
            continue  # "Putin met Abe before calling …" is not read; only "X (has) (responded by) calling"
        name = m.group("name")
        trimmed = trim_name(name, m.start("name"), allow_single=True) if " " in name else (name, m.start("name"))
        if trimmed is None or trimmed[0] in NOT_NAME or trimmed[0] in PRONOUNS:
            continue
        who, start = trimmed
        if re.match(r"(?:it|them|this|that|these|those)\b", m.group("object")):
            continue  # "called it an “outrage”": what "it" is lies in another sentence
        view = m.group("view").rstrip()
        verb = _NAMING_VERBS.get(m.group("verb"), m.group("verb"))
        view_span = Span(m.start("view"), m.start("view") + len(view), view)
        return [ViewMention(Span(start, start + len(who), who), None, view_span, verb, False, naming=True)]
    return []


# "Lavrov urged Japan to accept “post-war historical realities”", "Medvedev proposed taking a creative
# approach toward the dispute", "Ivanov called for joint development of the islands": what a named
# person asked of a side, or put forward, read to the end of its clause.
_REQUEST = re.compile(
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NEXT_TOKEN}){{0,3}})"
    r"(?P<link>(?:\s+[a-z][\w’'-]*){0,3}?)\s+"
    r"(?P<verb>urged|urges|called\s+on|calls\s+on|pressed|presses|proposed|proposes|called\s+for|calls\s+for|"
    r"demanded|demands)\s+"
    r"(?P<view>[^;:()]{12,220}?)"
    r"(?=[.;:]|\s+but\s|,\s+(?:saying|adding|but|and|while|as|after|before|because|in|at|during|following|"
    r"when|which|who|despite|though|although|a\s)\b|$"
    # "… at a joint news conference in Moscow", "… on Monday": where and when, which the question says
    r"|\s+(?:at|during|in)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:news\s+conference|"
    r"press\s+conference|conference|meeting|talks|summit|interview|briefing|forum|session)\b"
    rf"|\s+on\s+{WEEKDAY}\b"
    # "… and Deputy Minister Maxim Travnikov said …": another speaker's sentence begins
    r"|\s+and\s+(?=(?:[A-Z][\w.’'-]*\s+|of\s+){1,8}(?:said|says|told|added)\b))"
)
# What each verb takes: a side asked to act ("urged Japan to accept"), or a proposal ("proposed that …",
# "proposed taking …", "called for the return of …")
_ASKED_OF_A_SIDE = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+(?:and\s+)?){1,5}(?:(?:government|leadership|side|authorities)\s+)?to\s+[a-z]+\b"
)
_PUT_FORWARD = re.compile(
    rf"(?:that\s+[A-Z]|(?:an?|the)\s+[a-z]|{_ASKED_OF_A_SIDE.pattern}|(?!(?:to|it|this|that|them|him|her|in|at|on|during|after|before|with|for|by)\b)[a-z]+\b)"
)
_REQUEST_PAST = {"urges": "urged", "calls on": "called on", "presses": "pressed", "proposes": "proposed"}
_REQUEST_PAST |= {"calls for": "called for", "demands": "demanded"}


def _request_views(sentence: str) -> list[ViewMention]:
    """What a named person urged a side to do, or proposed, or called for: the first in the sentence."""
    for m in _REQUEST.finditer(sentence):
        if not _NAMING_LINK.fullmatch(m.group("link")):
            continue
        written = re.sub(r"\s+", " ", m.group("verb"))
        verb = _REQUEST_PAST.get(written, written)
        # "… toward the dispute over the four islands -- Kunashiri, Etorofu, …": a closing aside goes
        view = re.sub(r"\s+(?:--|[–—])\s+[^-–—]+$", "", m.group("view")).rstrip(" ,")
        if re.search(r"\s(?:--|[–—])\s", view):
            continue  # an aside between dashes: the question would paste it
        asks = verb in ("urged", "called on", "pressed")
        if not (_ASKED_OF_A_SIDE.match(view) if asks else _PUT_FORWARD.match(view)):
            continue  # "urged patience", "pressed the minister", "proposed to Abe": no act asked or put forward
        if re.search(
            r"(?:\b\w|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No)|[^\w”\"'])$", view
        ):
            continue  # "… on “the Adenauer formula,” i.", "… from Nov.": cut at an abbreviation
        if view.count("“") != view.count("”") or view.count('"') % 2 or view.count("''") % 2:
            continue  # the clause ends inside a quotation
        name = m.group("name")
        trimmed = trim_name(name, m.start("name"), allow_single=True) if " " in name else (name, m.start("name"))
        if trimmed is None or trimmed[0] in NOT_NAME or trimmed[0] in PRONOUNS:
            continue
        who, start = trimmed
        view_span = Span(m.start("view"), m.start("view") + len(view), view)
        return [ViewMention(Span(start, start + len(who), who), None, view_span, verb, False, naming=True)]
    return []


# Verbs whose object is often a noun ("stressed the need", "announced a plan", "agreed to meet"):
# what follows is a view only after "that" or in quotation marks.
_NEEDS_THAT = {
    *("stressed", "emphasised", "emphasized", "acknowledged", "admitted", "conceded", "pointed out"),
    *("cautioned", "reiterated", "affirmed", "complained", "announced", "agreed", "noted", "declared"),
    *("indicated", "observed", "maintained", "explained", "added"),
}


# "said at a news conference on Wednesday night that …", "told a briefing in Moscow following the
# talks": where and when it was said, not what.
_SETTING = re.compile(
    r"^(?:(?:well|late|early|shortly|soon|just)\s+)?(?:at|in|on|during|following|after|before|briefing|"
    r"a\s+briefing|reporters|journalists|a\s+news|a\s+press)\b",
    re.IGNORECASE,
)
_RELATIVE_THAT = re.compile(
    r"\bthat\s+(?!(?:is|was|were|are|had|has|have|would|will|could|can|might|may|should|must|did|does)\b)"
    r"(?![a-z]+ed\b)"
)


# "…, but did not elaborate": the reporter's words about the speech, not part of the view.
_NARRATION = re.compile(
    r",?\s+(?:but|and)\s+(?:(?:he|she|they)\s+)?(?:did\s+not|didn[’']t|declined\s+to|refused\s+to|would\s+not|"
    r"wouldn[’']t|gave\s+no)\s+(?:elaborate|comment|give\s+details|details|say\s+more|specify|provide\s+details)\b.*$"
)


# "…, Kyodo News said" / "…, Uawire reported": the outlet that passed the words on, not part of them.
_OUTLET_TAG = re.compile(
    r",\s+(?:according\s+to\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
    r"(?:\s+(?:news\s+)?agency)?\s+(?:said|reported|reports|says)\s*$"
    # "…, according to Russia's Itar-Tass news agency": the outlet that reported the words, closing them
    r"|,\s+according\s+to\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
    r"(?:\s+(?:news\s+agency|agency|newspaper|daily|TV|television))?\s*$"
    # "…, the ministry said", "…, officials said": who relayed the words, not part of them (a blind review
    # of sets 156-157 failed "Who said that Moscow is ready …, the ministry said?")
    r"|,\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}(?:ministry|office|statement|report|spokes(?:man|woman|person)|"
    r"official|source|agency|embassy|government|communiqu[eé])\s+(?:said|reported|says|added|stated)\s*$"
    r"|,\s+(?:officials|sources|diplomats|aides)\s+(?:said|say)\s*$"
)


def _without_narration(view: Span) -> Span:
    m = _NARRATION.search(view.text) or _OUTLET_TAG.search(view.text.rstrip(" ."))
    if m is None:
        return view
    return Span(view.start, view.start + m.start(), view.text[: m.start()])


def _past_the_setting(view: Span) -> Span | None:
    """A reported view that opens with where or when it was said starts after "that", or is none."""
    if not _SETTING.match(view.text):
        return view
    m = _RELATIVE_THAT.search(view.text)
    if m is None or len(view.text) - m.end() < 12:
        return None
    return Span(view.start + m.end(), view.end, view.text[m.end() :])


def _find_views(sentence: str) -> list[ViewMention]:
    out: list[ViewMention] = []
    inside = _tag_inside(sentence)
    if inside is not None:
        return [inside]
    m = _QUOTE_BEFORE.search(sentence)
    if m:
        name_g = "name1" if m.group("name1") else "name2"
        verb = m.group("verb1") or m.group("verb2")
        who = m.group(name_g)
        wstart = m.start(name_g)
        if who not in PRONOUNS and len(who.split()) > 1:
            trimmed = trim_name(who, wstart, allow_single=True)
            if trimmed is None:
                return out
            who, wstart = trimmed
        view = Span(m.start("view"), m.end("view"), m.group("view"))
        if who.lower() in ("he", "she", "they"):
            out.append(ViewMention(None, Span(wstart, wstart + len(who), who), view, past(verb), True))
        elif who not in NOT_NAME:
            out.append(ViewMention(Span(wstart, wstart + len(who), who), None, view, past(verb), True))
        return out
    m = _ACCORDING.search(sentence)
    # ("As soon as Fumio Kishida, Japan's new prime minister, took office, he …": "As X" without "puts it",
    # "notes" or "says" is a clause of time or reason, not a source)
    if m and is_name(m.group("name")) and (m.group("verb") or not m.group(0).startswith("As")):
        view_text = m.group("view").strip()
        vs = m.start("view")
        # "According to Chief Cabinet Secretary Yoshihide Suga": the post's last words are no part of his name
        name, at = trim_name(m.group("name"), m.start("name")) or (m.group("name"), m.start("name"))
        out.append(
            ViewMention(
                Span(at, at + len(name), name),
                None,
                Span(vs, vs + len(view_text), view_text),
                past(m.group("verb") or "said"),
                False,
            )
        )
        return out
    m = _INVERTED.search(sentence)
    if m:
        quote_m = re.search(r"[‘“\"](.{8,}?)[’”\"](?![a-z])", sentence)
        if quote_m:
            out.append(
                ViewMention(
                    Span(m.start("name"), m.end("name"), m.group("name")),
                    None,
                    Span(quote_m.start(1), quote_m.end(1), quote_m.group(1)),
                    past(m.group("verb")),
                    True,
                )
            )
            return out
    after = _tag_after(sentence)
    if after is not None:
        return [after]
    for m in _NAME_THEN_VERB.finditer(sentence):
        who = m.group("name")
        tokens = who.split()
        titled = is_role(tokens[0]) or tokens[0].lower() in _TITLE_MODIFIERS or is_demonym(tokens[0])
        titled = titled or any(is_role(t) for t in tokens[1:-2])  # "Nationalist Deputy Sergei Baburin"
        if (tokens[0] in NOT_NAME or titled) and len(tokens) > 1:
            trimmed = trim_name(who, m.start("name"), allow_single=True)
            if trimmed is None:
                continue
            who, ns = trimmed
        else:
            ns = m.start("name")
        raw = m.group("view").strip()
        quoted = raw[:1] in "“\"‘'"
        view_text = raw[1:-1] if quoted else raw.rstrip(" ,;")
        vs = m.start("view") + (1 if quoted else 0)
        lead = re.match(r"(?:that,?\s+)", view_text)
        if lead:
            view_text, vs = view_text[lead.end() :], vs + lead.end()
        if not quoted and all(w in _ADDRESSEE_WORDS for w in re.findall(r"\b[a-z][\w’'-]*", view_text)):
            continue  # "told TASS on Thursday": to whom and when, no words (the words came before the name)
        view = Span(vs, vs + len(view_text), view_text)
        if who in PRONOUNS:
            if not re.search(r"(?:^|[,;:—–]\s*|\b(?:and|but|then)\s+)$", sentence[: m.start("name")]):
                continue
            out.append(ViewMention(None, Span(ns, ns + len(who), who), view, past(m.group("verb")), quoted))
        elif who in NOT_NAME or (len(who.split()) == 1 and who[0].islower()):
            continue
        elif len(who.split()) > 1 and not is_name(who):
            # "Seida, who now lives in Kawasaki, Kanagawa Prefecture, south of Tokyo, said …": the place of an
            # aside is no speaker (a blind review of sets 264-265 saw "Kanagawa Prefecture" among the people)
            continue
        else:
            out.append(ViewMention(Span(ns, ns + len(who), who), None, view, past(m.group("verb")), quoted))
        break
    return out


def find_byline_position(lines: list[tuple[int, str]]) -> list[PositionMention]:
    """A byline block: a line holding only a name, then "Title, Affiliation"."""
    out = []
    for (s1, l1), (s2, l2) in itertools.pairwise(lines):
        if FULL_NAME.fullmatch(l1) and is_name(l1):
            m = re.match(r"^([A-Z][\w -]*?),\s*([A-Z].+)$", l2)
            if m and _has_role(m.group(1).split()):
                out.append(
                    PositionMention(
                        name=Span(s1, s1 + len(l1), l1),
                        position=Span(s2, s2 + len(l2), l2),
                        title=m.group(1),
                        affiliation=m.group(2),
                        pattern="byline",
                    )
                )
    return out
