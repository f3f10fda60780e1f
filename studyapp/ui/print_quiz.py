"""Print a quiz to PDF with Qt's own PDF writer: numbered questions, then the answer key with citations.

The document is built with QTextCursor (plain text only). The same quiz always gives the same text.
A question stays on one page with its choices or answer line, and an answer-key entry with its
source and the first lines of its quote: when one would straddle a page, it starts the next page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
)

from studyapp.grading.values import other_accepted
from studyapp.services.quizzes import QuizView

LETTERS = "ABCDEFGH"
ANSWER_LINE = "Answer: " + "_" * 48
KEY_QUOTE_LINES = 2  # of an answer-key entry's quote, kept with its answer and source


@dataclass(frozen=True)
class Unit:
    """Blocks that must share a page: ``first``..``last`` (block numbers), and of ``last`` only its first
    ``last_lines`` lines (0: all of it)."""

    first: int
    last: int
    last_lines: int = 0


def ensure_gui_application() -> QGuiApplication:
    """Fonts and page layout need a Qt application; from the command line make an offscreen one."""
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QApplication(["studyapp", "-platform", "offscreen"])
    assert isinstance(app, QGuiApplication)
    return app


def _char(size: float, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    font = QFont("DejaVu Serif")
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    fmt.setFont(font)
    return fmt


def _block(*, top: float = 0, bottom: float = 0, indent: int = 0, page_break: bool = False) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setIndent(indent)
    if page_break:
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return fmt


def quiz_document(quiz: QuizView) -> QTextDocument:
    return quiz_document_with_units(quiz)[0]


def quiz_document_with_units(quiz: QuizView) -> tuple[QTextDocument, list[Unit]]:
    """The printable quiz, and the groups of blocks that must not be split across pages."""
    units: list[Unit] = []
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    document.setIndentWidth(18)
    cursor = QTextCursor(document)
    body = _char(11)
    cursor.setBlockFormat(_block(bottom=4))
    cursor.insertText(quiz.name, _char(18, bold=True))
    count = len(quiz.items)
    cursor.insertBlock(_block(bottom=10), body)
    cursor.insertText(
        f"{count} question{'s' if count != 1 else ''} · {quiz.seconds_per_question} seconds each · seed {quiz.seed}",
        body,
    )
    cursor.insertBlock(_block(bottom=16), body)
    cursor.insertText("Name: ______________________________    Date: ______________", body)
    for item in quiz.items:
        question = item.question
        cursor.insertBlock(_block(top=10, bottom=4), body)
        first = cursor.block().blockNumber()
        cursor.insertText(f"{item.position}. ", _char(11, bold=True))
        cursor.insertText(question.prompt, body)
        if item.choices:
            for letter, choice in zip(LETTERS, item.choices, strict=False):
                cursor.insertBlock(_block(indent=1, bottom=2), body)
                cursor.insertText(f"{letter}. {choice}", body)
        else:
            cursor.insertBlock(_block(indent=1, top=14, bottom=6), body)
            cursor.insertText(ANSWER_LINE, body)
        units.append(Unit(first, cursor.block().blockNumber()))

    cursor.insertBlock(_block(bottom=10, page_break=True), body)
    cursor.insertText(f"Answer key — {quiz.name}", _char(16, bold=True))
    for item in quiz.items:
        question = item.question
        citation = question.citation
        source = citation.source
        answer = question.answer
        if item.choices and answer in item.choices:
            answer = f"{LETTERS[item.choices.index(answer)]}. {answer}"
        cursor.insertBlock(_block(top=8, bottom=2), body)
        first = cursor.block().blockNumber()
        cursor.insertText(f"{item.position}. ", _char(11, bold=True))
        cursor.insertText(answer, _char(11, bold=True))
        others = other_accepted(question.answer, question.accepted, question.value)
        if others and not item.choices:
            cursor.insertText(f"   (also accepted: {', '.join(others)})", body)
        cursor.insertBlock(_block(indent=1, bottom=1), body)
        author = source.author if source.author and source.author != "unknown" else "author not given"
        date = source.date if source.date and source.date != "unknown" else "date not given"
        cursor.insertText(
            f"Source: “{source.title}”, {author}, {source.publisher}, {date}, passage {citation.passage_index + 1}",
            _char(9.5),
        )
        cursor.insertBlock(_block(indent=1, bottom=4), body)
        cursor.insertText(f"“{citation.quote}”", _char(9.5, italic=True))
        units.append(Unit(first, cursor.block().blockNumber(), KEY_QUOTE_LINES))
    return document, units


def keep_together(document: QTextDocument, units: list[Unit], page_height: float) -> int:
    """Start a unit on a new page wherever it would straddle one (and fits a page); returns how many
    page breaks were added. The document's page size must be set."""
    layout = document.documentLayout()
    _lay_out(document)  # Qt lays out lazily; measuring a half-laid-out document loses lines
    added = 0
    for unit in units:  # in order: a break moves what follows, which is measured after it
        first, last = document.findBlockByNumber(unit.first), document.findBlockByNumber(unit.last)
        top = layout.blockBoundingRect(first).top()
        last_rect = layout.blockBoundingRect(last)
        lines = last.layout()
        count = lines.lineCount()
        keep = min(count, unit.last_lines) if unit.last_lines else count
        bottom = last_rect.top() + (lines.lineAt(keep - 1).y() + lines.lineAt(keep - 1).height() if keep else 0)
        if int(top // page_height) != int((bottom - 0.01) // page_height) and bottom - top < page_height:
            fmt = first.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(first).setBlockFormat(fmt)
            added += 1  # the layout below this block moves: the next units are measured again
            _lay_out(document)
    return added


def _lay_out(document: QTextDocument) -> None:
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        layout.blockBoundingRect(block)
        block = block.next()


def write_quiz_pdf(quiz: QuizView, path: Path) -> int:
    """Write the PDF; returns the number of pages. Pages are painted one by one with a footer."""
    ensure_gui_application()
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(quiz.name)
    writer.setCreator("studyapp")
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    document, units = quiz_document_with_units(quiz)
    document.documentLayout().setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_font = QFont("DejaVu Serif", 8)
    footer_height = QFontMetricsF(footer_font, writer).height() * 2
    page_height = area.height() - footer_height
    document.setPageSize(QSizeF(area.width(), page_height))
    keep_together(document, units, page_height)
    layout = document.documentLayout()
    # Each line goes on exactly one page: the page its top falls on. (Drawing page rectangles with
    # drawContents puts a line that touches a page edge into both pages' text, visible or not.)
    # Asking for each block's rectangle also finishes the layout, which Qt does lazily.
    placed: list[tuple[int, QTextLine, QPointF]] = []
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            page = max(0, int((rect.top() + line.y()) // page_height))
            placed.append((page, line, QPointF(rect.left(), rect.top() - page * page_height)))
        block = block.next()
    pages = max([document.pageCount(), *(page + 1 for page, _, _ in placed)])
    lines_by_page: list[list[tuple[QTextLine, QPointF]]] = [[] for _ in range(pages)]
    for page, line, origin in placed:
        lines_by_page[page].append((line, origin))
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            for line, origin in lines_by_page[page]:
                line.draw(painter, origin)
            painter.setFont(footer_font)
            painter.drawText(
                QRectF(0, page_height, area.width(), footer_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"{quiz.name} — page {page + 1} of {pages}",
            )
    finally:
        painter.end()
    return pages
