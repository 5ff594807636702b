"""How the PDF reader follows a column through white space, on pages drawn here with reportlab."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from banmian.read.pdf import read_pdf  # noqa: E402

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BODY, PITCH = 10, 14


def _pdf(lines: list[tuple[float, float, str]], height: float = 400) -> bytes:
    """(x, baseline from the top, text) in ten-point type."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(420, height))
    pdf.setFont(FONT, BODY)
    for x, y, text in lines:
        pdf.drawString(x, height - y, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_paragraph_space_under_columns_that_have_ended_does_not_end_the_column():
    # The middle column goes on after a paragraph space below the ends of the columns beside it,
    # so the space runs across the whole width: the column is still read to its foot first.
    left = [(30, 40 + PITCH * k, "左栏正文一二三四五六七八") for k in range(3)]
    middle = [(160, 40 + PITCH * k, f"中栏第一段第{k}行甲乙丙丁") for k in range(6)]
    middle += [(160, 40 + PITCH * 6 + 8 + PITCH * k, f"中栏第二段第{k}行甲乙丙丁") for k in range(3)]
    right = [(290, 40 + PITCH * k, "右栏正文一二三四五六七八") for k in range(3)]
    lines = read_pdf(_pdf(left + middle + right), "columns.pdf")[0].lines
    assert [line.text for line in lines] == [text for _, _, text in left + middle + right]
