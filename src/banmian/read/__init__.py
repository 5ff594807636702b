"""Readers: each input format becomes `SourcePage`s of `Line`s.

The rebuild never asks which reader made the lines.  The format is told from
the content, never the file name: a `%PDF-` header is a PDF (read from its
text layer, or by OCR where it has none), an image's signature (PNG, JPEG,
TIFF, JPEG 2000, WebP, BMP, GIF) is a scan (OCR), anything else is text.

Reading scans is slow (seconds a page), so the readers yield each page as
soon as it is read, and `progress`, where given, is called with (pages done,
pages in the file) after each page read by OCR.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from banmian.errors import InputError
from banmian.model import BBox, Line, Page
from banmian.read.html import html_text, is_html
from banmian.read.text import columns_side_by_side, decode, read_across_columns, split_lines

if TYPE_CHECKING:
    from banmian.read.pdf import TextLayer


@dataclass(frozen=True)
class SourcePage:
    """One page as read: where it came from, its text and its lines.

    `index` is the page's 0-based place among the pages or frames of its file
    (PDF, TIFF, a text of pages separated by form feeds); None for a text of one
    page.  Pages with nothing to read are skipped, so it need not follow on
    from the page before.  `figures` are the boxes of the
    pictures printed on the page (photos, graphics), in the units and origin
    of the lines' boxes; from PDFs with a text layer only.  A page set in vertical type (竖排)
    is read turned a quarter anticlockwise, as a page set across: its lines' and figures' boxes
    are on the page turned, (x, y) → (y, W − x), and `turned` is its width W (`upright_page` puts
    the rebuilt page's boxes back on it).  A scan fed sideways, or set vertically, is read turned
    too, either way: turned clockwise, (x, y) → (H − y, x), `turned` is minus its height, −H.
    None for a page read as it lies.
    """

    name: str
    text: str
    lines: list[Line]
    index: int | None = None
    figures: list[BBox] = field(default_factory=list)
    turned: float | None = None


def upright_page(page: Page, turned: float) -> Page:
    """A page rebuilt from lines read turned a quarter (`SourcePage.turned`), its regions, figures
    and line boxes back on the page as printed: (x, y) → (W − y, x) where `turned` is its width W,
    (x, y) → (y, H − x) where it is −H (read turned clockwise)."""
    articles = [replace(article, regions=[replace(region, bbox=_upright(region.bbox, turned))
                                          for region in article.regions]) for article in page.articles]
    return replace(page, articles=articles, figures=[_upright(figure, turned) for figure in page.figures],
                   lines=[replace(line, bbox=line.bbox and _upright(line.bbox, turned)) for line in page.lines])


def _upright(box: BBox, turned: float) -> BBox:
    if turned < 0:
        return BBox(box.y0, round(-turned - box.x1, 2), box.y1, round(-turned - box.x0, 2))
    return BBox(round(turned - box.y1, 2), box.x0, round(turned - box.y0, 2), box.x1)


def read_text(text: str, name: str = "<text>") -> SourcePage:
    return SourcePage(name=name, text=text, lines=split_lines(text))


def read_bytes(data: bytes, name: str,
               progress: Callable[[int, int], None] | None = None) -> Iterator[SourcePage]:
    """The pages in `data`, each yielded as soon as it is read: a scan's page by page as OCR reads
    it, so a caller can keep each before the next (an interrupted file of scans, a later page that
    fails, as an `InputError` after the pages before it)."""
    if is_pdf(data):
        yield from _read_pdf(data, name, progress)
    elif is_image(data):
        from banmian.read.scan import read_image  # imported here: text needs no OCR

        yield from read_image(data, name, progress)
    else:
        text = html_text(decode(data)) if is_html(data) else decode(data)
        if columns_side_by_side(text):
            raise InputError("columns set side by side on each line, as pdftotext -layout writes them: "
                             "give the PDF itself, or its text without -layout")
        if read_across_columns(text):
            raise InputError("a page set in vertical type read across its columns, a character of each a "
                             "line: give the PDF itself")
        pages = _text_pages(text, name)
        if not pages:
            raise InputError("empty input: only blank lines")
        yield from pages


def _text_pages(text: str, name: str) -> list[SourcePage]:
    """A text's pages: the parts between form feeds (pdftotext ends each page of an issue with
    one), each with its place among them as `index`, blank parts left out.  A text of one page
    is read whole, with no index, its form feeds blank lines."""
    if "\f" not in text:  # most texts: read once, not once as a part and once whole
        single = read_text(text, name)
        return [single] if single.lines else []
    pages = [SourcePage(name=name, text=part, lines=lines, index=index)
             for index, part in enumerate(text.split("\f")) if (lines := split_lines(part))]
    return [read_text(text, name)] if len(pages) == 1 else pages


def _read_pdf(data: bytes, name: str, progress) -> Iterator[SourcePage]:
    """The text layer; pages that are scans (pictures with no text, or a stamped line of it) or
    draw their text as outlines go to OCR, in their place."""
    from banmian.read.pdf import NO_CONTENT, read_text_layer  # imported here: text needs no PDF library

    layer = read_text_layer(data, name)
    if not layer.scanned:
        if not layer.pages:
            raise InputError(NO_CONTENT)
        yield from layer.pages
        return
    from banmian.read.scan import read_scanned_pdf, with_text  # imported here: a text layer needs no OCR

    yield from with_text(_in_place(layer, read_scanned_pdf(data, name, layer.scanned, progress)))


def _in_place(layer: TextLayer, scans: Iterator[SourcePage]) -> Iterator[SourcePage]:
    """The PDF's pages in order: a scan as OCR read it (`scans`, one a scanned page), or by its
    text layer where OCR found nothing in its picture."""
    text_layer = {page.index: page for page in layer.pages}
    scanned = set(layer.scanned)
    for index in sorted(text_layer.keys() | scanned):
        read = next(scans) if index in scanned else text_layer[index]
        yield read if read.lines else text_layer.get(index, read)


def is_pdf(data: bytes) -> bool:
    """A PDF starts with its `%PDF-` header (white space before it is tolerated)."""
    return data.lstrip(b" \t\r\n\f\x00").startswith(b"%PDF-")


# The signatures that open a PNG, a JPEG, a TIFF (either byte order), a JPEG 2000 file and bare
# codestream (the usual format of newspaper digitisation archives) and a GIF.
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*",
                b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51", b"GIF87a", b"GIF89a")
# The sizes of the header a BMP's pixel format follows (BITMAPCOREHEADER to BITMAPV5HEADER).
_BMP_HEADERS = (12, 40, 52, 56, 64, 108, 124)


def is_image(data: bytes) -> bool:
    """An image Pillow reads: PNG, JPEG, TIFF, JPEG 2000, GIF, WebP or BMP, told by its signature."""
    webp = data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    # "BM" alone opens text too (BMW…): a BMP has four zero bytes after its size and a known header.
    bmp = data[:2] == b"BM" and data[6:10] == bytes(4) and int.from_bytes(data[14:18], "little") in _BMP_HEADERS
    return data.startswith(_IMAGE_MAGIC) or webp or bmp


def read_path(path: str | Path, progress: Callable[[int, int], None] | None = None) -> Iterator[SourcePage]:
    """The pages of a page file, each yielded as soon as it is read (`read_bytes`); a file that
    cannot be read, or is not what its name says, is an `InputError` at once."""
    data = file_bytes(path)
    _check_named_kind(Path(path), data)
    return read_bytes(data, str(path), progress)


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".jp2", ".j2k", ".jpf", ".jpx", ".webp", ".bmp", ".gif")


def _check_named_kind(path: Path, data: bytes) -> None:
    """A file named as a PDF or an image must be one: an error page saved by a failed download
    as scan.jpg is not a page of text."""
    suffix = path.suffix.lower()
    if suffix == ".pdf" and not is_pdf(data):
        raise InputError("named .pdf, but it is not a PDF (no %PDF- header)")
    if suffix in IMAGE_SUFFIXES and not is_image(data):
        raise InputError(f"named {suffix}, but it is not an image (PNG, JPEG, TIFF, JPEG 2000, WebP, BMP, GIF)")


def file_bytes(path: str | Path) -> bytes:
    """A page file's bytes; a missing or unreadable file is an `InputError`."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a page file") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}") from None


def plain_text(data: bytes) -> str:
    """Text given as bytes, decoded as pages are; a PDF, an image or an HTML page is an `InputError`,
    since offsets into the text read from it would point into a text its reader never sees."""
    if is_pdf(data) or is_image(data) or is_html(data):
        raise InputError("a PDF, an image or an HTML page, not plain text: banmian parse --enrich reads those")
    return decode(data)
