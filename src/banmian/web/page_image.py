"""The image of a stored page, for the reader's hotspot view: its PDF page rendered, or the scan itself.

The archive keeps each page's file, format and index in it (store/archive.py).
Region boxes are in PDF points for a PDF page and in pixels of the image as
given (EXIF orientation applied) for a scan (read/scan.py), so the reader
draws them over the image in the page's own units (`page_size`) and lets the
browser scale both together.  Nothing is cached: a page is rendered when asked for.

A PDF page is rendered with pypdfium2 and written as PNG here (zlib), so the
web extra needs no imaging library; a scan is opened with Pillow, which
reading it by OCR needed too.
"""

from __future__ import annotations

import contextlib
import io
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from banmian.store.paths import file_stamp, reopened

# PDF pages are drawn at twice 72 dpi: the small print of a newspaper page stays legible.
PDF_SCALE = 2.0
# A scan is shrunk to at most this many pixels a side: enough for the screen, far less to send.
MAX_SCAN_SIDE = 2400
UNITS = {"pdf": "pt", "image": "px"}


class NoPageImage(Exception):
    """Why a stored page has no image to show; the message is for the reader."""


@dataclass(frozen=True)
class PageFile:
    """Where a stored page's image is: its file, the file's format (pdf or image), the page's index."""

    path: Path
    format: str
    index: int

    @property
    def unit(self) -> str:
        """The unit of the page's region boxes: PDF points or image pixels."""
        return UNITS[self.format]


def page_file(record: dict) -> PageFile:
    """The image file of a stored page (as Archive.page_at gives it); NoPageImage saying why there is none."""
    fmt, index, source = record.get("source_format"), record.get("source_page"), record.get("source")
    if fmt == "text":
        raise NoPageImage("No page image: this page was stored from text.")
    if fmt not in UNITS:
        raise NoPageImage("No page image: this page was stored before page images were kept "
                          "(ingest it again), or not from a file.")
    if index is None:
        raise NoPageImage("No page image: which page of its file this is could not be told.")
    path = reopened(source)
    if not path.is_file():
        raise NoPageImage(f"No page image: its file {source} is no longer there.")
    if record.get("source_stamp") and file_stamp(path) != record["source_stamp"]:
        raise NoPageImage(f"No page image: its file {source} has changed since the page was stored "
                          "(ingest it again).")
    return PageFile(path, fmt, index)


def page_size(page: PageFile) -> tuple[float, float]:
    """The page's width and height in the units of its region boxes."""
    if page.format == "pdf":
        with _pdf_page(page) as pdf_page:
            return pdf_page.get_size()
    with _frame(page) as frame:
        return float(frame.width), float(frame.height)


def page_png(page: PageFile) -> bytes:
    """The page image as PNG."""
    from banmian.read.scan import on_white  # imported here, as the scan reader is: OCR's modules are heavy

    if page.format == "pdf":
        with _pdf_page(page) as pdf_page:
            pixels = pdf_page.render(scale=PDF_SCALE, rev_byteorder=True).to_numpy()
            return encode_png(pixels[..., :3] if pixels.ndim == 3 else pixels)  # any alpha dropped
    with _frame(page) as frame:
        frame.thumbnail((MAX_SCAN_SIDE, MAX_SCAN_SIDE))
        out = io.BytesIO()
        frame = on_white(frame)
        frame.convert("L" if frame.mode in ("1", "L", "I;16", "I") else "RGB").save(out, "PNG")
        return out.getvalue()


@contextlib.contextmanager
def _pdf_page(page: PageFile) -> Iterator:
    """One page of a PDF file, closed with its document after the `with` block."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(page.path))
    except pdfium.PdfiumError as error:
        raise NoPageImage(f"No page image: its file {page.path} cannot be read ({error}).") from None
    try:
        if page.index >= len(document):
            raise NoPageImage(f"No page image: its file {page.path} has no page {page.index + 1} now.")
        yield document[page.index]
    finally:
        document.close()


@contextlib.contextmanager
def _frame(page: PageFile) -> Iterator:
    """One frame of an image file, upright as the OCR read it, closed after the `with` block."""
    try:
        from PIL import Image, ImageOps
    except ImportError:
        raise NoPageImage("No page image: showing a scan needs Pillow: pip install 'banmian[ocr]'") from None
    try:
        image = Image.open(page.path)
    except OSError as error:
        raise NoPageImage(f"No page image: its file {page.path} cannot be read ({error}).") from None
    with image:
        try:
            image.seek(page.index)
            frame = ImageOps.exif_transpose(image)
        except (OSError, EOFError, ValueError) as error:
            raise NoPageImage(f"No page image: its file {page.path} cannot be read ({error}).") from None
        yield frame


def encode_png(pixels) -> bytes:
    """An 8-bit RGB (height × width × 3) or grey (height × width) array as PNG."""
    height, width = pixels.shape[:2]
    colour = 2 if pixels.ndim == 3 else 0
    # Each row starts with its filter type, 0 (none): pages are mostly flat paper, which
    # deflate packs well as it is.
    rows = b"".join(b"\x00" + row.tobytes() for row in pixels.astype("uint8"))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 3))
            + chunk(b"IEND", b""))
