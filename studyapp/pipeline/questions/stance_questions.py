"""Questions about countries' positions and key figures."""

from __future__ import annotations

import re

from studyapp.grading.values import phrase_value
from studyapp.pipeline import clauses
from studyapp.pipeline.control import (
    NEIGHBOURS,
    SAME_HOLDER,
    also_claims,
    countries_in,
    forms_of,
    names_of,
    same_holder,
)
from studyapp.pipeline.distractors import number_distractors, pick
from studyapp.pipeline.model import Fact
from studyapp.pipeline.numbers import NumberMention
from studyapp.pipeline.places import PlaceGroup
from studyapp.pipeline.quality import words
from studyapp.pipeline.questions.date_questions import DateQuestions
from studyapp.pipeline.questions.people_questions import _THE_TERRITORY
from studyapp.pipeline.questions.place_questions import _NUMBER_WORDS
from studyapp.pipeline.reported_words import FIRST_PERSON_WORD, clean_view
from studyapp.pipeline.text import normalize

_KEY_FIGURE = re.compile(
    r"\b(?:agreements?|accords?|deals?|contracts?|projects?|documents?|memorand\w+|islands?|islets?|residents?|"
    r"inhabitants?|people|citizens|troops|soldiers|servicemen|ships|vessels|aircraft|jets|missiles|businesses|"
    r"companies|firms|cities|towns|protesters|villages|settlements|bases|points?)\b"
)

# "a tour by 44 people", "a delegation of 12 lawmakers", "a visit by 60 former residents"
_TRAVELLING_PARTY = re.compile(
    r"\b(?:tours?|trips?|visits?|delegations?|missions?|groups?|parties|party|cruises?|voyages?)\s+"
    r"(?:\w+\s+){0,2}?(?:by|of|with)\s+(?:some\s+|about\s+|around\s+)?$",
    re.I,
)

_BOUND_BEFORE = re.compile(
    r"(?:more|fewer|less|greater|higher|lower)\s+than\s+(?:the\s+)?$|"
    # ("voted to turn over 380 square miles": "over" of a verb that hands something over is no bound)
    r"(?<!\bturn\s)(?<!\bturns\s)(?<!\bturned\s)(?<!\bhand\s)(?<!\bhands\s)(?<!\bhanded\s)"
    r"(?<!\bgive\s)(?<!\bgave\s)(?<!\bsigned\s)(?<!\bsign\s)(?<!\bcede\s)"
    r"(?:over|under|at\s+least|at\s+most|up\s+to|exceeding)\s+(?:the\s+)?$",
    re.I,
)

# A sentence that attributes what it states to someone: its figures are theirs.
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|according\s+to|reported|reports|claimed|claims|estimated|estimates)\b", re.I
)

# "wants all four returned": a count of the territory's islands with the noun left out
_ALL_COUNTED = re.compile(r"\ball\s+(two|three|four|five|six)\b(?!\s+(?:of\b|islands?\b|isles?\b|islets?\b))", re.I)

# A plain claim of ownership fits both sides of a dispute; asymmetric positions tell them apart.
_OWNERSHIP = re.compile(
    r"(?i)\b(?:part\s+of\s+its|its\s+(?:own\s+|sovereign\s+)?territory|belongs?\s+to\s+it|its\s+sovereignty|"
    # "its claims to the islands are supported by international treaties": each side says so of its own
    r"its\s+claims?\b[^.;]{0,60}\b(?:supported|backed|justified|based|grounded|rests?)\b)"
)

_ASYMMETRIC = re.compile(
    r"(?i)\b(?:undisputed|no\s+(?:territorial\s+)?dispute|not\s+recogni[sz]e|illegal\w*|occup\w*|"
    r"cannot\s+be\s+(?:called\s+into\s+question|questioned)|not\s+negotiable|renounced|seized|annexed)\b"
)

# A country's position worth a class: who owns, rules or may claim the place.
_TERRITORIAL = re.compile(
    r"(?i)\b(?:sovereign\w*|territor\w*|belong\w*|part\s+of|own\w*|occup\w*|illegal\w*|annex\w*|"
    r"claim\w*|jurisdiction|return\w*|inherent|integral|inalienable|control\w*|dispute\w*)\b"
)


class StanceQuestions(DateQuestions):
    """Questions about countries' positions and key figures."""

    # -- countries' positions ---------------------------------------------------------------------
    def _q_country_stance(self, f: Fact) -> None:
        """ "Which country maintains that its sovereignty over the Southern Kurils (Northern
        Territories) is undisputed?" with the other side and its neighbours as wrong choices."""
        country = f.subject
        view = clean_view(f.value)
        view = re.sub(r",\s+(?:which|who)\s+[^,;]{3,90},\s+", " ", view)  # an aside on the place
        view = self._spelt_out(f, view, int(f.attr("view_start")), quoted=False).text
        if FIRST_PERSON_WORD.search(view):
            return self.drop(f, "a country's position in the first person (whose 'we'?)")
        territory = self._article_territory(f.source_id)
        view = self._whole_as_territory(view, f.source_id)
        mentions = self.gazetteer.mentions(view)
        bare = _THE_TERRITORY.search(view)
        if not mentions and bare and territory:
            # "insists that its sovereignty over the islands is undisputed": the article's one territory
            view = f"{view[: bare.start()]}{territory}{view[bare.end() :]}"
            mentions = self.gazetteer.mentions(view)
        size = _NUMBER_WORDS.get(self._territory_size(f.source_id), "")
        counted = _ALL_COUNTED.search(view)
        if not mentions and territory and counted and counted.group(1).lower() == size:
            # "Japan wants all four returned": all the islands of the article's one territory
            view = f"{view[: counted.start()]}all {size} islands of {territory}{view[counted.end() :]}"
            mentions = self.gazetteer.mentions(view)
        if not mentions:
            return self.drop(f, "a country's position that names no place (not about the territory)")
        if not _TERRITORIAL.search(view):
            return self.drop(f, "a country's position on something other than the territory's status")
        # Its own name in its position gives the key away: "Japan's territory" -> "its territory";
        # so does its other name ("the sovereignty of the USSR" in Russia's position)
        selves = [c for pair in SAME_HOLDER if country in pair for c in pair] or [country]
        own = "|".join(re.escape(re.sub(r"^the\s+", "", w)) for c in selves for w in [c, *forms_of(c)])
        view = re.sub(rf"\b(?:the\s+)?(?:{own})[’']s\b", "its", view)
        if re.search(rf"\b(?:{own})\b", view):
            return self.drop(f, "a country's position that names the country (gives the key away)")
        if _OWNERSHIP.search(view) and not _ASYMMETRIC.search(view):
            # "maintains that the islands are an inherent part of its territory": the other side
            # maintains the same of its own territory, so the other side's name would be right too
            return self.drop(f, "a country's plain claim of ownership (both sides claim the place)")
        view = self._both_sides_names(view, country)
        verb = f.attr("verb")
        if re.search(r"[“”\"]", view):
            # "rejected Gibraltar's description of events, “as well as …”": a quotation inside a
            # question about who holds a position reads badly, and its words must not be spelt out
            return self.drop(f, "a country's position partly in quotation marks")
        prompt = f"Which country {verb} that {view}?" if f.attr("takes_that") else f"Which country {verb} {view}?"
        score = self._judge_asked(prompt)
        n = words(view)
        if n < 5:
            score.lose(40, f"position too short to state anything ({n} words)")
        text = self.text(f.source_id)
        named = set(countries_in(view))
        # The other side of the dispute first (the sides the gazetteer gives the place's names),
        # then the country's neighbours; never a country the article says claims it too.
        sides = [side for m in mentions if (g := self.group(m.group)) for side in g.called]
        pool = list(dict.fromkeys([*sides, *NEIGHBOURS.get(country, ())]))
        pool = [c for c in pool if c != country and not same_holder(c, country) and c not in named]
        pool = [c for c in pool if not also_claims(text, c) or c in sides]
        key = f"country_stance|{country}|{normalize(view)[:80]}"
        same = f"country_stance|{country}|{normalize(self._places_as_one(view))[:80]}"  # one fact, two wordings
        # Wrong choices the article itself names as parties; the neighbours of a two-sided dispute (the
        # United States, China, South Korea beside Japan and Russia) are ruled out at a glance (blind
        # reviews failed them as weak three times). Asked typed instead, "Which country wants the islands
        # back?" only asks which side is the claimant, the premise of the topic (a blind review of 52
        # pooled questions called all five such questions not worth asking), so it is not asked at all
        named_here = set(countries_in(text))
        plausible = [c for c in pool if c in named_here]
        if len(plausible) < 3:
            return self.drop(f, "a two-sided dispute's position: which side holds it is the premise of the topic")
        choices = pick(plausible, [country], 3, key, keep_order=True)
        written = f.answer
        notes = [] if written == country else [f"Normalised name: the source writes “{written}” for {country}."]
        accepted = list(dict.fromkeys([country, *names_of(country)]))
        self._add(
            f,
            key,
            "which",
            "mc",
            prompt,
            country,
            accepted,
            score,
            choices,
            notes=notes,
            value=phrase_value(country),
            same_as=same,
        )
        return None

    def _whole_as_territory(self, view: str, source_id: str) -> str:
        """A country's position on "the islands" that the text before read as the whole chain ("does not
        recognize Russia's sovereignty over the Kuril Islands") is on the part in dispute, the one
        territory the article is about: Japan renounced the rest of the chain (a blind review failed the
        chain's name as untrue)."""
        one, territory = self._one_territory(source_id), self._article_territory(source_id)
        if one is None or territory is None or not one.part_of:
            return view
        for m in reversed(self.gazetteer.mentions(view)):
            if m.group == one.part_of and not re.search(r"(?i)\b(?:southern|south)\s*$", view[: m.start]):
                view = f"{view[: m.start]}{territory}{view[m.end :]}"
                view = re.sub(r"\bthe\s+the\b", "the", view)
        return view

    def _places_as_one(self, text: str) -> str:
        """``text`` with every place by its gazetteer name, each once ("the Northern Territories
        (Southern Kuril Islands)" and "the Northern Territories / Southern Kurils" read alike): two
        articles' words for one position make one fact."""
        out = text
        for m in reversed(self.gazetteer.mentions(text)):
            group = self.group(m.group)
            out = f"{out[: m.start]}{group.name if group else m.surface}{out[m.end :]}"
        return re.sub(r"\b([A-Z][\w ]+?)\s*(?:/\s*|\(\s*)\1\)?", r"\1", out)

    def _both_sides_names(self, text: str, holder: str = "") -> str:
        """A place named the way one side names it gets the other side's name beside it, so that the
        name does not tell whose position it is: "the Northern Territories (Southern Kurils)". When the
        side is the position's ``holder``, the other side's name goes first."""
        out = text
        for m in reversed(self.gazetteer.mentions(text)):
            group = self.group(m.group)
            side = group.side_of(m.surface) if group else ""
            if not group or not side or not self._disputed(group):
                continue
            other = [names[0] for s, names in group.called.items() if s != side and names]
            if other and other[0].lower() not in text.lower():
                if side == holder:  # "the Southern Kurils (Northern Territories)" in Japan's position
                    out = f"{out[: m.start]}{other[0]} ({m.surface}){out[m.end :]}"
                else:
                    out = f"{out[: m.end]} ({other[0]}){out[m.end :]}"
        return out

    def _disputed(self, group: PlaceGroup) -> bool:
        """Is the place a disputed territory, or part of one (Etorofu of the Northern Territories)?"""
        return self._territory_of(group) is not None

    # -- numbers ------------------------------------------------------------------------------------
    def _q_number(self, f: Fact) -> None:
        text = self.text(f.source_id)
        before = text[f.quote_start : f.answer_start]
        after = text[f.answer_end : f.quote_end]
        if _BOUND_BEFORE.search(before):
            return self.drop(f, "bound ('more than', 'over'): smaller figures would also be true")
        if re.match(r"\s*\(\s*[$€£¥]?\d", after) or re.search(r"[$€£¥]?\d[\d.,]*\s*(?:\w+\s+){0,2}\(\s*$", before):
            return self.drop(f, "a converted figure stands beside the blank (giveaway)")
        if re.search(
            r"\b(?:the\s+)?equivalent\s+of\s+(?:about\s+|roughly\s+|some\s+)?$|\bworth\s+(?:about\s+)?$", before
        ):
            # "$600 million -- the equivalent of $1,000 per person per month": the reporter's sum, not a fact
            return self.drop(f, "a figure worked out from another ('the equivalent of'): arithmetic, not a fact")
        if not f.attr("counted") and not f.attr("unit"):
            return self.drop(f, "figure with nothing counted")
        if (f.answer[:1].isupper() and before.strip()) or re.search(r"\b(?:Group|G)\s+of\s+$", before):
            return self.drop(f, "the number is part of a name (Group of Seven)")
        counted = f.attr("counted")
        if re.search(r"\b(?:some|about|around|roughly|nearly|almost|approximately|an\s+estimated)\s+$", before, re.I):
            return self.drop(f, "an approximate figure ('some 30'): nearby figures are also right")
        sentence = text[f.quote_start : f.quote_end]
        if re.search(r"\b(?:expected|forecast|projected|planned|could|would|may|might|likely|plans?\s+to)\b", sentence):
            return self.drop(f, "a figure that was only expected or planned")
        if f.attr("unit") == "percent":
            return self.drop(f, "a percentage in passing (forecasts and shares are trivia)")
        if _REPORTED.search(sentence):
            return self.drop(f, "a figure someone reported ('X said', 'according to'): theirs, not established")
        if re.search(r"\b(?:the|a|an)\s+$", before) and re.match(r"\s+[a-z]", after) and f.attr("unit"):
            return self.drop(f, "a figure that describes a thing ('the $1 billion rig'): its blank could take a name")
        if counted and not _KEY_FIGURE.search(counted):
            return self.drop(f, f"a count of {counted!r} is not a key figure of the topic")
        if _TRAVELLING_PARTY.search(before):
            # "The five-day trial tour by 44 people": how many went is logistics (a blind review
            # judged it not worth asking)
            return self.drop(f, "the size of a travelling party (a detail of a trip, not of the dispute)")
        key = f"number|{normalize(f.attr('counted') or f.attr('unit'))}|{f.value}"
        like = NumberMention(0, len(f.answer), f.answer, float(f.value), f.attr("unit"), f.attr("counted"))
        stmt, off = self._statement(f)
        stmt, span = self._statement_spelt_out(f, stmt, (f.answer_start - off, f.answer_end - off), off)
        asked = clauses.ask_how_many(stmt, span, counted) if counted else None
        accepted = list(f.accepted)
        value = float(f.value)
        digits = str(int(value)) if value == int(value) else f.value
        accepted.append(digits)
        if value == int(value) and int(value) in _NUMBER_WORDS:
            accepted.append(_NUMBER_WORDS[int(value)])
        choices = pick(number_distractors(like), accepted, 3, key, keep_order=True)
        figure = {"type": "number", "value": value, "unit": f.attr("unit"), "counted": counted, "qualifier": ""}
        if asked is None:
            # "The bridge, which cost _____, is Putin's project …", "life has never been easy for its _____
            # residents": every figure blanked in its sentence in blind reviews of sets 66-89 was failed
            # (an adjective fits the blank; the village is unnamed) or flagged (a cost, a head count)
            return self.drop(f, "a figure no 'How many …?' asks: a blank in its sentence is not asked")
        self._add(f, key, "count", "mc", asked, f.answer, accepted, self._judge_asked(asked), choices, value=figure)
        return None
