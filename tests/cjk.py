"""Whether this machine can draw the test pages' Chinese.

The test PDFs name reportlab's built-in STSong-Light without embedding it,
so pdfium draws their Chinese from a system CJK face; where none is
installed (`apt-get install fonts-wqy-zenhei`, as .ci/run does) the pages
render without it and reading them back says nothing.
"""

from __future__ import annotations

import io

import pytest

NO_CJK_FONT = "no CJK font to draw the test pages' Chinese: apt-get install fonts-wqy-zenhei"


def renders_chinese() -> bool:
    try:
        import pypdfium2 as pdfium
        from reportlab.pdfgen import canvas
    except ImportError:
        return False  # the tests that draw pages skip themselves for want of these first
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(60, 30))
    page.setFont("STSong-Light", 20)
    page.drawString(5, 5, "中文")
    page.save()
    document = pdfium.PdfDocument(out.getvalue())
    try:
        image = document[0].render(scale=2, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    return image.getextrema()[0] < 128


# checked once, as the test modules are collected
needs_cjk_font = pytest.mark.skipif(not renders_chinese(), reason=NO_CJK_FONT)
