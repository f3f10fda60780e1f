"""Questions about where two people met: "Where in Japan did Shinzo Abe host Vladimir Putin in
December 2016?" The wrong choices are other towns of the same country and about the same size."""

from __future__ import annotations

import re
from functools import cached_property

from studyapp.pipeline import dates as D
from studyapp.pipeline.control import capital_country, countries_in, country_of_word, is_country
from studyapp.pipeline.model import Fact, FactKind
from studyapp.pipeline.questions.stance_questions import StanceQuestions
from studyapp.pipeline.towns import town_in, towns_like

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b")


class VenueQuestions(StanceQuestions):
    """Where a meeting of two named people took place, when its clause dates it."""

    @cached_property
    def _capitalised_words(self) -> set[str]:
        """Every capitalised word of the articles, read once: no wrong town is a name they use."""
        return {w for t in self.texts.values() for w in _CAPITALISED.findall(t.source.text)}

    def _q_venue(self, f: Fact) -> None:
        name = f.value
        if is_country(name) and not capital_country(name):  # ("Tokyo" is a country's word too)
            return self.drop(f, "a meeting placed in a country, not a town")
        if self.gazetteer.mentions(name):
            return self.drop(f, "a meeting on a place of the dispute (asked through its names)")
        period = f.attr("period")
        if not period:
            # "Abe and Putin met in Sochi": they met more than once; which meeting, only a date says
            return self.drop(f, "a meeting with no date in its clause: which of their meetings is not said")
        text = self.text(f.source_id)
        countries = {c.removeprefix("the ") for c in countries_in(text)}
        town = town_in(name, countries)
        if town is None:
            return self.drop(f, f"{name!r}: no town of that name in a country of the article")
        if town.capital:
            # "Where in Japan did Abe host Putin?" "Tokyo": where leaders meet as a matter of course
            return self.drop(f, "a meeting in a capital (leaders meet there as a matter of course): not worth asking")
        host, guest = f.attr("host"), f.attr("guest")
        key = f"venue|{'+'.join(sorted([host, guest]))}|{period}"
        # every town any article puts this meeting in: each is right, so none is a wrong choice
        venues = {
            g.value
            for g in self.facts
            if g.kind == FactKind.VENUE
            and g.attr("period") == period
            and {g.attr("host"), g.attr("guest")} == {host, guest}
        } | set(filter(None, f.attr("others").split("|")))
        country = country_of_word(town.country) or town.country
        when = D.display(period)
        if f.attr("meeting") == "host":
            done = "arrange to host" if f.attr("ahead") else "host"
            prompt = f"Where in {country} did {host} {done} {guest} in {when}?"
        else:
            done = "arrange to meet" if f.attr("ahead") else "meet"
            prompt = f"Where in {country} did {host} and {guest} {done} in {when}?"
        score = self._judge_asked(prompt)
        if f.attr("ahead"):
            score.lose(5, "a meeting still to come when the article was written")
        # no wrong choice the articles name anywhere, nor one that reads as a name of the two people
        wrong = towns_like(town, 3, self._capitalised_words | venues | set(host.split()) | set(guest.split()), key)
        accepted = list(dict.fromkeys([f.answer, town.name]))
        value = {
            "type": "place",
            "name": town.name,
            "names": accepted,
            "exclude": sorted(venues - {name, town.name}),
            "others": wrong,
        }
        # (multiple choice only: typed, "where" has right answers at several levels, the town, its prefecture,
        # "at a hot spring"; both blind reviewers of the course failed the typed form for refusing "Yamaguchi")
        self._add(f, key, "where", "mc", prompt, town.name, accepted, score, wrong, value=value)
        return None
