"""How good a candidate question would be in front of a class: a score with its reasons.

Every generated question starts at 100 points and loses points for what a strict teacher would
object to. The writer keeps the best candidate per fact and drops every candidate under
:data:`PASS_MARK`, so ``bank build`` can say what it dropped and why. The rules here read
English, not the course's articles: each one is tested on sentences from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.pipeline.text import LANDFORMS

PASS_MARK = 75

# A sentence that opens with one of these leans on what came before it.
_LEADING_CONNECTIVE = re.compile(
    r"^(?:However|But|And|So|Still|Yet|Also|Instead|Thus|Therefore|Meanwhile|Moreover|Furthermore|Indeed|"
    r"Nevertheless|Nonetheless|Hence|Consequently|Besides|Likewise|Similarly|Otherwise|Rather|Then|Now|"
    r"Finally|Again|Unfortunately|Fortunately|Perhaps|Admittedly|Ironically|Clearly|Of course|In fact|"
    r"In addition|In turn|In short|In other words|As a result|As it happens|After all|Even so|That said|"
    r"On the other hand|On the one hand|For starters|For example|For instance|To be sure|Beyond this|"
    r"Beyond that|At the same time|By contrast|In contrast|Above all|First|Second|Third|Firstly|Secondly|"
    r"Lastly|Worse|Better still|Not only that|After that|Before that|Since then|By then|Until then|"
    r"At that time|At the time|Against this backdrop|In this context|Given this|As such|To that end|"
    r"On top of that|Even then|Even now|Here|Thereafter|Afterwards|Later)\b[,:]?\s+"
)
# Connectives that can be dropped from the front of a sentence without changing what it states.
_DROPPABLE_CONNECTIVE = re.compile(
    r"^(?:(?:However|But|And|So|Still|Yet|Also|Indeed|Moreover|Furthermore|Meanwhile|In fact|In addition|"
    r"Of course|After all|As it happens|Nevertheless|Nonetheless|For starters|Besides|At the same time|"
    r"Unfortunately|Fortunately|Ironically|Admittedly),\s+|(?:But|And|Yet|Also)\s+)"
)
# Words whose meaning lives in another sentence.
_DANGLING = re.compile(
    r"\b(?:he|she|him|his|her|hers|they|them|their|theirs|himself|herself|themselves|"
    r"the latter|the former(?!\s+[A-Z])|such(?!\s+as\b)|the two|the\s+other\s+(?:one|ones|two|three)|the\s+others|"
    r"(?<!the )then(?!\s+Soviet)(?!-)|thereafter|there\s+(?!is\b|are\b|was\b|were\b|will\b|would\b|has\b|have\b|had\b|"
    r"could\b|can\b|may\b|might\b|must\b|should\b|seems?\b|remains?\b)|"
    r"th(?:is|ese|ose)|the\s+latest|the\s+recent|that(?=\s*(?:[,.;:]|could|would|is|was|will|may|might|means?|meant)\b)|"
    r"that\s+(?:man|woman|move|plan|idea|proposal|view|approach|step|issue|problem|"
    r"point|deal|one|ones|decision|agreement|meeting|visit|summit|offer|statement|stance|position|week|"
    r"day|night|morning|evening|month|year|summer|winter|spring|autumn|fall|time|case|way|process|policy|strategy|development|region)|"
    r"(?<=\w\s)involved(?!\s+(?:in|with|parties)\b)|the same|here|"
    r"it(?!\s+(?:is|was|will|would|has|had|seems|appears|remains|may|might|could|can|must|should|"
    r"took|takes|became|becomes)\b)(?![’']s))\b|\b[Ii]t(?:['’]s|\s+(?:is|was|will\s+be|would\s+be))\s+(?:a|an|the)\b",
    re.I,
)
# "the islands", "the meeting", "the two leaders": a definite description that points back to
# something named in an earlier sentence.
_BACK_REFERENCE = re.compile(
    # "stopped both countries from signing": which two, the words do not say (both blind reviewers of the
    # sets 100-101 question failed it once "both countries" was left as written)
    r"\b[Bb]oth\s+(?:countries|nations)\b(?!\s*[\[(])|"
    r"\b[Tt]he\s+(?:(?:two|three|four|five|six|disputed|contested|recent|latest|same|other|new|current|previous|first|second|final|whole|entire"
    # "textbooks referring to the rocky islets" (a blind review of sets 304-305): how they look is not which
    r"|rocky|tiny|small|little|uninhabited|remote|barren|volcanic|outlying"
    r"|\d{4}[-–]\d{2,4})\s+)?"  # "the 2007-15 program"
    r"(?:islands?|isles?|island\s+group|islets?|chain|archipelago|declaration|treaty|agreement|deal|accord|meeting|meetings|"
    r"summit|talks|visit|trip|forum|conference|leaders?|countries|nations|sides|men|issue|minister|president|"
    r"premier|government|plans?|proposals?|moves?|decisions?|region|area|group|ruling|statements?|reports?|ideas?|offers?|agreements|deals|accords|"
    r"conditions?|terms|demands?|"  # "did Japan reject the condition": which, the sentence before said
    r"dispute|negotiations|project|programm?e?|package|framework|initiative|measures?|steps?|action|incident|exercises?|"
    r"drills?|deployment|announcement|order|protests?|objections?|complaints?|criticism|court|[Cc]ourt|village|town|"
    r"transfer|handover|hand-over|withdrawal|pullout|pull-out|"  # "the transfer will improve ties": of what?
    r"dispatch|mission|delegation|"  # "prior to the dispatch, a group will visit …": which?
    # "the vessel was apprehended in Russian waters": the boat, the crew, the seizure the sentence before told of
    r"vessels?|boats?|ships?|trawlers?|schooners?|crew|planes?|aircraft|jets?|fisherm[ae]n|shooting|seizure|detention|"
    # "pull soldiers from the disputed zone", "the new blueprint should be more realistic": which (both blind
    # reviewers of the session-21 census of the dev sets failed the zone, one the blueprint)
    r"zone|blueprint|scheme|strategy|road\s*map|concept|"
    # "the republic won't cede its territory": which, the sentence before named (both blind reviewers of sets
    # 314-315 failed "Who stated that the republic won't unilaterally cede its territory?")
    r"republic|kingdom|province|country|border|frontier|"
    rf"{LANDFORMS})\b"
    r"(?!\s+(?:of|between|in|on|with|for|at|to|over|comprising|making\s+up|that\s+make\s+up|known\s+as|called)\s+"
    r"(?:the\s+)?[A-Z\d])(?!\s+[A-Z])(?!\s+\[)"
    r"(?!\s+(?:that|which)\s+[A-Z][\w’'-]*\s+(?:calls|call|names|knows)\b)"  # "the islands that Japan calls …"
    r"(?!\s+(?:disputed|claimed|held|occupied)\s+by\s+(?:the\s+)?[A-Z])"  # "the islands disputed by Japan and Russia"
    # "settle the matter at the International Court of Justice": which matter, a court says not (both blind
    # reviewers of sets 282-283 failed it); "the row over …" says which
    # ("file the suit": which suit? both blind reviewers of sets 306-307 failed it)
    r"|\b[Tt]he\s+(?:matter|case|row|quarrel|feud|conflict|stand-?off|suit|lawsuit|complaint|petition)\b"
    # ("the case against Chile", "the quarrel with Japan" say which)
    r"(?!\s+(?:of|over|about|between|concerning|regarding|on|against|with)\b)(?!\s+[A-Z])"
)
# "ceded the island to France": the country it went to says nothing of which island (a blind review of
# sets 116-117 failed the year of such a cession as not self-contained)
_PLACE_HANDED_TO = re.compile(
    r"\b[Tt]he\s+(?:(?:two|three|four|disputed|other)\s+)?(?:islands?|islets?|isles?|territory|territories|peninsula|"
    r"region|area|enclave|strip)\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]"
)
# "the legal position is stipulated by the treaty": a position on what, the words do not say (both blind
# reviewers of sets 120-121 failed it as not self-contained)
_WHOSE_POSITION = re.compile(
    r"\b[Tt]he\s+(?:legal|official|current|present|basic|same|previous|old|new)\s+(?:position|stance|status|situation)\b"
    r"(?!\s+(?:of|on|over|regarding|concerning|in|towards?)\b)"
)
# "rejected the Soviet offer": a side's proposal named by the side alone, which the sentences before
# told (both blind reviewers of sets 138-139 failed "In what year did Japan reject the Soviet offer?")
_SIDES_PROPOSAL = re.compile(
    r"\b[Tt]he\s+[A-Z][\w-]+\s+(?:offer|proposal|plan|idea|initiative|demand|request|response|reply|"
    r"concession|compromise|package)s?\b(?!\s+(?:of|on|to|for|regarding|concerning|over|that|which)\b)(?!\s+[A-Z])"
)
# "ratify the Declaration": a document named by its kind alone, with the capital the article gave it once
# it had named it in full (both blind reviewers of sets 126-127 failed it as not self-contained)
_BARE_CAPITAL_DOCUMENT = re.compile(
    r"\b[Tt]he\s+(?:Declaration|Treaty|Agreement|Accord|Pact|Convention|Protocol|Communiqu[eé]|Charter)\b"
    r"(?!\s+(?:of|on|between|for)\s)(?!\s+[A-Z])"
)
# People named in the plural, whom a "their" later in the same words can stand for
_PLURAL_BEFORE = re.compile(
    r"\b(?:people|residents|islanders|inhabitants|fishermen|citizens|nationals|families|troops|forces|soldiers|"
    r"workers|settlers|refugees|veterans)\b",
    re.I,
)
# A noun phrase an "it" later in the same words can stand for: "the development plan", "a visit".
_ANTECEDENT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w-]{2,}\b|\]"
)
# ("Leonid I. Brezhnev": a middle initial is no "I")
_FIRST_PERSON = re.compile(r"\b(?:I(?!\.\s+[A-Z])|we|our|us|my|me|ours)\b")
# Deictic time words: what they mean depends on when the article was written.
_DEICTIC_TIME = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|now|recently|currently|(?:this|last|next|past|coming)\s+"
    r"(?:week|month|year|summer|winter|spring|autumn|fall|weekend|decade)|(?:on\s+)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)|earlier this|later this|so far|(?:over|at|during)\s+the\s+weekend|"
    # "the previous day", "the day before": a day before what, the question does not say (a blind review of
    # sets 120-121)
    r"the\s+(?:previous|following|next)\s+(?:day|week|month|year)|the\s+(?:day|week|month)\s+(?:before|after))\b",
    re.I,
)
_PRONOUN_START = re.compile(
    r"^[“\"‘']?\s*(?:It|This|That|These|Those|Such|There|Here|The\s+(?:main|primary|key|chief|other|second|first|"
    r"real|only|same|latter|former|next|last|final)?\s*(?:reason|problem|issue|question|answer|result|point|"
    r"difference|goal|aim|idea|plan|move|answer|upshot|outcome)s?\s+(?:is|was|are|were|for|behind)\b)\b"
)
# "talks on singing a peace treaty": a document is signed, never sung
_SING_FOR_SIGN = re.compile(
    r"\bs(?:ing|ings|inging|inged|ang|ung)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:treaty|treaties|agreement|accord|pact|declaration|deal|protocol|convention|memorandum)\b",
    re.I,
)
_DOUBLED_WORD = re.compile(r"\b(the|a|an|of|to|in|and|on)\s+\1\b", re.I)
_WORD = re.compile(r"[\w’'-]+")


@dataclass
class Score:
    """Points out of 100 and every reason a point was lost."""

    points: int = 100
    reasons: list[str] = field(default_factory=list)

    def lose(self, points: int, reason: str) -> None:
        self.points -= points
        self.reasons.append(reason)

    @property
    def passes(self) -> bool:
        return self.points >= PASS_MARK

    def why(self) -> str:
        return "; ".join(self.reasons) if self.reasons else "ok"


def words(text: str) -> int:
    return len(_WORD.findall(text))


def opens_mid_thought(text: str) -> str | None:
    """The connective a text opens with ("As a result", "However"), which leans on what came before."""
    m = _LEADING_CONNECTIVE.match(text.lstrip("“\"‘' "))
    return m.group(0).strip() if m else None


def strip_any_connective(sentence: str) -> str:
    """ "Thus, in 1956, Japan and the USSR signed …" -> "In 1956, Japan and the USSR signed …": for a
    question worded from a dated statement, where the date in it anchors the act on its own."""
    m = _LEADING_CONNECTIVE.match(sentence)
    if not m or not m.group(0).rstrip().endswith(","):
        return strip_connective(sentence)
    rest = sentence[m.end() :]
    return rest[:1].upper() + rest[1:] if rest else sentence


# A dateline opening an article's first sentence: "KURILSK, Russia -- ", "Kurilsk, Russia, 25 November
# 1998 (RFE/RL) -- ", "Nemuro, Japan | ", "TOKYO (AP) — ": where the story was filed, not part of the claim.
_DATELINE = re.compile(
    r"^(?:[A-Z]{3,}(?:[\s-][A-Z]{3,})*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?=,\s+[A-Z]))"
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*){0,2}"
    r"(?:,?\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?"
    r"(?:\s*\([^()]{2,30}\))?"
    r"\s*(?:--|—|–|-|\|)\s+(?=[A-Z“\"‘'])"
)


def strip_dateline(sentence: str) -> str:
    """ "KURILSK, Russia -- When Raisa moved …" -> "When Raisa moved …"."""
    m = _DATELINE.match(sentence)
    return sentence[m.end() :] if m else sentence


def strip_connective(sentence: str) -> str:
    """ "However, Japan wants…" -> "Japan wants…" (only connectives that add nothing to the claim), and
    a dateline before the first sentence ("TOKYO (AP) — ") with it."""
    sentence = strip_dateline(sentence)
    m = _DROPPABLE_CONNECTIVE.match(sentence)
    if not m:
        return sentence
    rest = sentence[m.end() :]
    return rest[:1].upper() + rest[1:] if rest else sentence


def _quotes_balanced(text: str) -> bool:
    if text.count("“") != text.count("”"):
        return False
    straight = len(re.findall(r'(?<!\w)"|"(?!\w)', text))
    return straight % 2 == 0


# "Ties have been soured since …": whose ties, the sentence does not say
_BARE_RELATIONS = re.compile(r"^(?:Ties|Relations|Tensions|Negotiations)\b(?!\s+(?:between|with|among)\b)")
# "As of June 30, only 4,907 …": a day whose year the sentence does not give
_DAY_WITHOUT_YEAR = re.compile(
    r"\b(?:[Aa]s\s+of|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s*\d{4})"
)
# "since the waning days of the war": which war, the sentence does not say
_WHICH_WAR = re.compile(r"\bthe\s+war\b(?!\s+(?:of|in|between|with|against|over)\b)")


def judge_sentence(sentence: str, score: Score, *, max_words: int = 32) -> None:
    """Can ``sentence`` be shown on its own, as the body of a question?"""
    s = sentence.strip()
    if _BARE_RELATIONS.match(s):
        score.lose(35, f"relations of nobody named ({_BARE_RELATIONS.match(s).group(0)!r}: whose?)")  # type: ignore[union-attr]
    if _WHICH_WAR.search(s):
        score.lose(30, "'the war' names no war")
    m = _DAY_WITHOUT_YEAR.search(s)
    if m:
        score.lose(30, f"a day with no year ({m.group(0)!r})")
    if re.search(r"\baimed\s+[a-z]+ing\b", s):
        score.lose(40, "source typo ('aimed' with no 'at')")
    m = _SING_FOR_SIGN.search(s)
    if m:
        score.lose(40, f"source typo ({m.group(0)!r}: 'sign' misspelt)")
    if not s[:1].isupper() and s[:1] not in "“\"‘'":
        score.lose(40, "sentence does not start with a capital letter")
    if _LEADING_CONNECTIVE.match(s) and not _DROPPABLE_CONNECTIVE.match(s):
        score.lose(35, f"opens mid-thought ({_LEADING_CONNECTIVE.match(s).group(0).strip()})")  # type: ignore[union-attr]
    if _PRONOUN_START.match(s):
        score.lose(35, "opens with a word that points back (It/This/That/There)")
    m = next((m for m in _DANGLING.finditer(s) if not _plural_named_before(s, m)), None)
    if m:
        score.lose(35, f"leans on another sentence ({m.group(0)!r})")
    m = _leaning_reference(s)
    if m:
        score.lose(30, f"points back to something named earlier ({m.group(0)!r})")
    if re.search(r"\s[–—-]{1,2}\s", s):
        score.lose(20, "dash aside")
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’", "", s)
    if _FIRST_PERSON.search(unquoted):
        score.lose(30, "first-person words with no speaker named")
    m = _DEICTIC_TIME.search(s)
    if m:
        score.lose(30, f"time word that depends on the article's date ({m.group(0)!r})")
    n = words(s)
    if n > max_words:
        score.lose(min(45, 10 + (n - max_words) * 2), f"long sentence ({n} words)")
    if _DOUBLED_WORD.search(s):
        score.lose(40, f"source typo ({_DOUBLED_WORD.search(s).group(0)!r})")  # type: ignore[union-attr]
    if not _quotes_balanced(s):
        score.lose(40, "unbalanced quotation marks")
    aside = re.search(r",\s+(?:that|which|who)\s+[^,]{25,},", s)
    if aside:
        score.lose(25, "long aside")
    if re.search(r"\(\s*[^)]*\)", s) and len(re.search(r"\(\s*[^)]*\)", s).group(0).split()) > 6:  # type: ignore[union-attr]
        score.lose(15, "long parenthesis")
    if re.search(r"\[\d+\]|https?://|@\w", s):
        score.lose(40, "footnote mark, link or handle")
    if s.endswith("?"):
        score.lose(30, "rhetorical question")
    if s.rstrip().endswith((":", ";", ",")):
        score.lose(40, "the sentence leads into a list or goes on elsewhere")


def _plural_named_before(text: str, m: re.Match[str]) -> bool:
    """Is ``m`` a "they"/"their" whose people the same words name before it?"""
    return m.group(0).lower() in ("they", "them", "their", "themselves") and bool(
        _PLURAL_BEFORE.search(text[: m.start()])
    )


def dangling_in(text: str, speaker_pronouns: bool = False) -> str | None:
    """The first word of ``text`` that needs another sentence to mean anything, or None.

    With ``speaker_pronouns``, he/his/him/she/her are allowed: in a reported view ("Putin said
    that he would…") they stand for the speaker the question names."""
    for m in _DANGLING.finditer(text):
        if speaker_pronouns and m.group(0).lower() in ("he", "his", "him", "she", "her", "himself", "herself"):
            continue
        if m.group(0).lower() == "it" and _ANTECEDENT_BEFORE.search(text[: m.start()]):
            continue  # "would study the plan only if it did not …": "it" has its noun in the same words
        if _plural_named_before(text, m):
            continue  # "allow Japanese people to visit the graves of their ancestors": the people are named
        return m.group(0)
    found = _DEICTIC_TIME.search(text) or _leaning_reference(text)
    return found.group(0) if found else None


# "signed another declaration with Japan": another than the one the sentence before told of
_ANOTHER = re.compile(
    r"\b(?:[Aa]nother|[Yy]et\s+another|[Aa]\s+further)\s+(?:[\w-]+\s+)?(?:declaration|treaty|agreement|deal|"
    r"accord|pact|communiqu[eé]|document|visit|trip|round|summit|protest|statement|proposal|offer)\b"
)


# "one potential area of development would be …": one item of a list the sentence before gave (all four
# blind reviewers of the session-23 pooled sample and stance census flagged it as a side remark)
_ONE_OF_A_LIST = re.compile(
    r"\b(?:[Oo]ne|[Aa]nother)\s+(?:[a-z]+\s+){0,2}(?:areas?|options?|ideas?|steps?|ways?|possibilit(?:y|ies)|"
    r"examples?|fields?|directions?|priorit(?:y|ies))\s+(?:of\s+[a-z\s]+?\s+)?(?:would|could|will|is|was|might)\b"
)


def _leaning_reference(text: str) -> re.Match[str] | None:
    """A definite description that leans on another sentence: "the islands", "the legal position",
    "ceded the island to France", "the Declaration"."""
    return (
        _BACK_REFERENCE.search(text)
        or _PLACE_HANDED_TO.search(text)
        or _WHOSE_POSITION.search(text)
        or _BARE_CAPITAL_DOCUMENT.search(text)
        or _SIDES_PROPOSAL.search(text)
        or _ANOTHER.search(text)
        or _ONE_OF_A_LIST.search(text)
    )
