"""Print a quiz to PDF with Qt's own PDF writer: numbered questions, then the answer key with citations.

The document is built with QTextCursor (plain text only). The same quiz always gives the same text.
"""

from __future__ import annotations

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

from studyapp.services.quizzes import QuizView

LETTERS = "ABCDEFGH"
ANSWER_LINE = "Answer: " + "_" * 48


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
        cursor.insertText(f"{item.position}. ", _char(11, bold=True))
        cursor.insertText(question.prompt, body)
        if item.choices:
            for letter, choice in zip(LETTERS, item.choices, strict=False):
                cursor.insertBlock(_block(indent=1, bottom=2), body)
                cursor.insertText(f"{letter}. {choice}", body)
        else:
            cursor.insertBlock(_block(indent=1, top=14, bottom=6), body)
            cursor.insertText(ANSWER_LINE, body)

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
        cursor.insertText(f"{item.position}. ", _char(11, bold=True))
        cursor.insertText(answer, _char(11, bold=True))
        others = [a for a in question.accepted if a != question.answer]
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
    return document


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
    document = quiz_document(quiz)
    document.documentLayout().setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_font = QFont("DejaVu Serif", 8)
    footer_height = QFontMetricsF(footer_font, writer).height() * 2
    page_height = area.height() - footer_height
    document.setPageSize(QSizeF(area.width(), page_height))
    pages = document.pageCount()
    # Each line goes on exactly one page: the page its top falls on. (Drawing page rectangles with
    # drawContents puts a line that touches a page edge into both pages' text, visible or not.)
    lines_by_page: list[list[tuple[QTextLine, QPointF]]] = [[] for _ in range(pages)]
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            top = rect.top() + line.y()
            page = min(pages - 1, max(0, int(top // page_height)))
            lines_by_page[page].append((line, QPointF(rect.left(), rect.top() - page * page_height)))
        block = block.next()
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
