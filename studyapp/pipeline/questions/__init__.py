"""Stage 4: turn facts into the questions a teacher would ask.

Facts, not sentences: every fact has a key that is the same in every sentence and source that
states it (the 1956 date, James D. Brown's post, Iturup's Japanese name). Each fact is asked once
per direction and format: candidates from every mention are scored (:mod:`quality`), the best
one is kept, and the other mentions become its extra citations ("also in …"). Questions are
worded from the fact ("When was … signed?", "Who argued that …?", "What does Japan call …?");
a blank is only cut into a sentence that stands on its own. Not asked: publication dates,
weekdays, relative dates, heads of state's titles, authors' credentials.

The writer is one class built in layers, each a module that may use the ones below it:
:mod:`.documents` (how a question names a treaty, and whether the name says which) < :mod:`.base`
(records, index, shared helpers) < :mod:`.place_questions` < :mod:`.people_questions`
(who people are) < :mod:`.view_questions` (what they said) < :mod:`.date_questions` <
:mod:`.stance_questions` (countries' positions, figures) < :mod:`.venue_questions` (where two
people met) < :mod:`.writer` (runs them all, keeps the best candidate per slot).
"""

from studyapp.pipeline.questions.base import BLANK, Candidate, Question
from studyapp.pipeline.questions.writer import QuestionWriter, write_questions
from studyapp.pipeline.text import normalize

__all__ = ["BLANK", "Candidate", "Question", "QuestionWriter", "normalize", "write_questions"]
