"""Paper, date and page from a page file's path, and the page files under a folder.

Two layouts are understood (the date must be a real calendar date):

    PAPER/YYYY-MM-DD/NN.txt      wenling/2024-01-23/01.txt   (also PAPER/YYYYMMDD/…,
                                 PAPER/YYYY/MM/DD/…, and p01.txt, A03.txt, 第1版.txt)
    PAPER_YYYYMMDD_pNN.txt       wenling_20240123_p01.txt    (also - or . between parts,
                                 YYYY-MM-DD, NN or A03 for the page, no paper)

Anything after the page in a file name (`_excerpt`) is ignored.  A name with
no date gives at most a page, from its last part (`wenling-page1.txt`).  What
a path does not say stays None.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from banmian.model import PAGE_NUMBER_END

# Files taken from a folder: text, PDF and the images pages are scanned to (JPEG 2000 is the
# archives' own).  GIF, BMP and WebP are read when named, but in a folder they are the logos and
# thumbnails beside the pages.  A file named on the command line is read whatever its name.
PAGE_SUFFIXES = (".txt", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".jp2", ".j2k", ".jpf", ".jpx")

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_TWO_DIGITS = re.compile(r"\d{2}")
_MONTH_DIR = re.compile(r"^(\d{4})-?(\d{2})$")
_EPAPER_NAME = re.compile(r"^(?P<code>[A-Za-z]{2,8})(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})"
                          r"(?P<page>[A-Za-z]?\d{2,3})$")
_DATE_DIR = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
# A section's folder: B, B叠, B版; with the section's name, B_城事, E-体育, F叠-财经, A叠 要闻; or with
# its pages, A01-A16, A叠(A01-A16), A01~A16
_SECTION_DIR = re.compile(r"^(?P<section>[A-Za-z])(?:叠|版)?(?:[\s_\-·]*[\u4e00-\u9fff]{2,8})?"
                          r"(?:[\s_\-·]*[（(]?[A-Za-z]?\d{1,3}\s*[-~—～]\s*[A-Za-z]?\d{1,3}[)）]?)?$")
_PAGE = re.compile(r"^(?:p|page|第)?\s*(?P<section>[a-z])?0*(?P<number>\d{1,3})\s*版?$", re.IGNORECASE)
_SEPARATORS = "_-. "
_STAMPED_BYTES = 64 * 1024  # where two page files differ, if anywhere: a PDF's or image's header and first page


@dataclass(frozen=True)
class PathMeta:
    paper: str | None = None
    date: str | None = None
    page: int | None = None
    section: str | None = None  # B of B01.pdf: a sectioned paper numbers each section from 1


def readable(name: str) -> str:
    """A file name as text that can be stored and shown.  A name that is not UTF-8 (GBK names
    from a Chinese Windows zip) comes from Python as lone surrogates, which no database takes:
    it is read as GB18030, else its odd bytes are written as escapes."""
    raw = os.fsencode(name)
    for encoding in ("utf-8", "gb18030"):
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(encoding)
    return raw.decode("utf-8", "backslashreplace")


def reopened(name: str) -> Path:
    """The file a stored `readable` name came from: the name itself, or its GB18030 bytes."""
    path = Path(name)
    if not path.exists():
        with contextlib.suppress(UnicodeEncodeError):
            encoded = Path(os.fsdecode(name.encode("gb18030")))
            if encoded.exists():
                return encoded
    return path


def file_stamp(path: str | Path) -> str:
    """A file's size and the SHA-1 of its head: another file saved under its name has another
    (its time of change would not do: a copied folder of pages has new ones)."""
    return stamped_head(path)[1]


def stamped_head(path: str | Path) -> tuple[bytes, str]:
    """A file's first bytes (what `file_stamp` hashes) and its stamp, from one read."""
    with open(path, "rb") as file:
        head = file.read(_STAMPED_BYTES)
        size = os.fstat(file.fileno()).st_size
    return head, f"{size}:{hashlib.sha1(head).hexdigest()}"


def meta_from_path(path: str | Path) -> PathMeta:
    path = Path(readable(str(path)))
    stem = path.stem
    epaper = _EPAPER_NAME.match(stem)
    if epaper:
        # rmrb2024031201.pdf, as paper.people.com.cn names a page: code, date, page, no separator
        date = _iso(epaper["year"], epaper["month"], epaper["day"])
        paper = _from_folders(path.parent.parts, "").paper or epaper["code"]
        return PathMeta(paper, date, *_page(epaper["page"])) if date else PathMeta()
    match = _DATE_IN_NAME.search(stem)
    date = _iso(*match.groups()) if match else None
    if date:
        # 东湖日报/2024-01-23/20240123A18.txt: a paper named by the folders where the name has none
        paper = stem[: match.start()].strip(_SEPARATORS) or _from_folders(path.parent.parts, "").paper
        return PathMeta(paper, date, *_page_in(stem[match.end():]))
    return _from_folders(path.parent.parts, stem)


def _from_folders(folders: tuple[str, ...], stem: str) -> PathMeta:
    """PAPER/YYYY-MM-DD/NN or PAPER/YYYY/MM/DD/NN: the date from the nearest folders; a folder
    of a section under the date's (2024-01-23/B/01, B叠/01) gives the section of its pages."""
    names = list(folders)
    stack = _SECTION_DIR.match(names[-1]) if names else None
    if stack:
        meta = _from_folders(tuple(names[:-1]), stem)
        if meta.date and meta.page is not None:
            # (the file's own letter, C01 in C叠/, wins over its folder's)
            return PathMeta(meta.paper, meta.date, meta.page, meta.section or stack["section"].upper())
    date, used, page_folder = None, 0, None
    if len(names) >= 3 and (month := _MONTH_DIR.match(names[-3])) and re.fullmatch(r"\d{1,2}", names[-2]) \
            and _page(names[-1])[0] is not None:
        # YYYY-MM/DD/NN/, as paper.people.com.cn keeps a page's files
        date, used, page_folder = _iso(*month.groups(), names[-2]), 3, names[-1]
    elif len(names) >= 2 and (month := _MONTH_DIR.match(names[-2])) and re.fullmatch(r"\d{1,2}", names[-1]):
        date, used = _iso(*month.groups(), names[-1]), 2
    elif names and _DATE_DIR.match(names[-1]):
        date, used = _iso(*_DATE_DIR.match(names[-1]).groups()), 1
    elif len(names) >= 3 and re.fullmatch(r"\d{4}", names[-3]) and all(
        re.fullmatch(r"\d{1,2}", name) for name in names[-2:]
    ):
        date, used = _iso(names[-3], names[-2], names[-1]), 3
    if not date:
        # No date anywhere: only a page number at the end of the name (wenling-page1).  (A folder
        # not understood under the date's is not skipped: two of them would make one page.)
        return PathMeta(None, None, *_page(_parts(stem)[-1] if _parts(stem) else ""))
    above = names[: len(names) - used]
    paper = above[-1] if above and above[-1] not in ("/", ".", "..") else None
    return PathMeta(paper, date, *(_page(page_folder) if page_folder else _page_in(stem)))


def _parts(stem: str) -> list[str]:
    return [part for part in re.split(r"[_\-. ]+", stem) if part]


def _page_in(stem: str) -> tuple[int | None, str | None]:
    """The page a dated file's name gives: the whole name (B01, 第1版), or its first part that is a
    page, as e-paper downloads name them (A01_要闻, 10-要闻, page_B05)."""
    whole = _page(stem)
    if whole[0] is not None:
        return whole
    return next((found for found in map(_page, _parts(stem)) if found[0] is not None), (None, None))


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _page(token: str) -> tuple[int | None, str | None]:
    """The page number and section letter a file name's last part gives (B01 → 1, B)."""
    match = _PAGE.match(token)
    if not match or not 1 <= int(match["number"]) < PAGE_NUMBER_END:  # not a page number the archive holds
        return None, None
    section = match["section"]
    if section and section.islower() and not _TWO_DIGITS.search(token):
        return None, None  # v2, t1, x3: a version or a take, not section V's page 2 (that is V2 or v02)
    return int(match["number"]), section.upper() if section else None


def page_files(name: str) -> list[str]:
    """A path as given, or a folder's page files (recursive, sorted, hidden ones skipped).

    Files of one name are read text first, then images, then PDF: of one page kept in several
    forms (04.txt beside 04.pdf, as pdftotext leaves it), the later stored, the richest, is kept."""
    path = Path(name)
    if name == "-" or not path.is_dir():
        return [name]
    found = [
        file for file in path.rglob("*")
        if file.suffix.lower() in PAGE_SUFFIXES
        and file.is_file()
        and not any(part.startswith(".") for part in file.relative_to(path).parts)
    ]
    return [str(file) for file in sorted(found, key=lambda file: (str(file.with_suffix("")), _richness(file), str(file)))]


def _richness(file: Path) -> int:
    suffix = file.suffix.lower()
    return 0 if suffix == ".txt" else 2 if suffix == ".pdf" else 1
