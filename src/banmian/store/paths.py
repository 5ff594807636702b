"""Paper, date and page from a page file's path, and the page files under a folder.

Two layouts are understood (the date must be a real calendar date):

    PAPER/YYYY-MM-DD/NN.txt      wenling/2024-01-23/01.txt   (also PAPER/YYYYMMDD/…, 2024.01.23/,
                                 2024_1_23/, 2024年01月23日/, PAPER/YYYY/MM/DD/…, YYYY/MMDD/,
                                 2024年/01月/23日/, a year's folder above the date's, a page's
                                 folder under it, and p01.txt, A03.txt, 第1版.txt, 第01版：要闻.txt)
    PAPER_YYYYMMDD_pNN.txt       wenling_20240123_p01.txt    (also - or . between parts,
                                 YYYY-MM-DD, 2024年1月23日, NN or A03 for the page, no paper)

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
# Saved e-paper pages (.html, .htm) are read for their text, as text files are.
_HTML_SUFFIXES = (".html", ".htm")
PAGE_SUFFIXES = (".txt", *_HTML_SUFFIXES, ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".jp2", ".j2k", ".jpf",
                 ".jpx")

_DATE_IN_NAME = re.compile(r"(?<!\d)(?P<year>\d{4})(?:-?(?P<month>\d{2})-?(?P<day>\d{2})"
                           r"|年(?P<month_cn>\d{1,2})月(?P<day_cn>\d{1,2})日)(?!\d)")
# A phone's or camera's picture (IMG_20240521_093012.jpg): its date is the day it was taken, not the issue's
_CAMERA_NAME = re.compile(r"^(?:IMG|PXL|MVIMG|DSC[NF]?|Screenshot|微信图片|mmexport|wx_camera)[_\-\s]?\d{8}",
                          re.IGNORECASE)
_TWO_DIGITS = re.compile(r"\d{2}")
# Month folders: 2024-05, 202405, 2024.05, 2024_5, 2024年5月
_MONTH_DIR = re.compile(r"^(\d{4})(?:[-._]?(\d{2})|[-._](\d{1,2})|\s*年\s*(\d{1,2})\s*月)$")
_EPAPER_NAME = re.compile(r"^(?P<code>[A-Za-z]{2,8})(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})"
                          r"(?P<page>[A-Za-z]?\d{2,3})$")
# Day folders: 2024-05-21, 20240521, 2024.05.21, 2024_5_21, 2024-1-23, and 2024年05月21日, as
# Chinese users (and Windows' Chinese locale) name a day's folder
_DATE_DIR = re.compile(r"^(\d{4})(?:(\d{2})(\d{2})|([-._])(\d{1,2})\4(\d{1,2})"
                       r"|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)$")
_YEAR_DIR = re.compile(r"^(\d{4})\s*年?$")
_MONTH_OF_YEAR_DIR = re.compile(r"^(\d{1,2})\s*月?$")
_DAY_OF_MONTH_DIR = re.compile(r"^(\d{1,2})\s*日?$")
# A section's folder: B, B叠, B版; with the section's name, B_城事, E-体育, F叠-财经, A叠 要闻; or with
# its pages, A01-A16, A叠(A01-A16), A01~A16
_SECTION_DIR = re.compile(r"^(?P<section>[A-Za-z])(?:叠|版)?(?:[\s_\-·]*[\u4e00-\u9fff]{2,8})?"
                          r"(?:[\s_\-·]*[（(]?[A-Za-z]?\d{1,3}\s*[-~—～]\s*[A-Za-z]?\d{1,3}[)）]?)?$")
_PAGE = re.compile(r"^(?:p|page|第)?\s*(?P<section>[a-z])?0*(?P<number>\d{1,3})\s*版?$", re.IGNORECASE)
_SEPARATORS = "_-. :："
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


@dataclass(frozen=True)
class Fingerprint:
    """What tells a file read before from one changed since: its size, time of change (ns) and the
    SHA-1 of its whole content (a file touched or copied unchanged keeps its SHA-1)."""

    size: int
    mtime_ns: int
    sha1: str


def fingerprint(path: str | Path) -> Fingerprint:
    with open(path, "rb") as file:
        status = os.fstat(file.fileno())
        digest = hashlib.sha1()
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return Fingerprint(status.st_size, status.st_mtime_ns, digest.hexdigest())


def unchanged(path: str | Path, size: int, mtime_ns: int, sha1: str) -> bool:
    """Is the file at `path` the one of that size, time of change and SHA-1?  Its size and time
    tell at once; where only its time differs, its content is hashed to tell."""
    try:
        status = os.stat(path)
        return status.st_size == size and (status.st_mtime_ns == mtime_ns or fingerprint(path).sha1 == sha1)
    except OSError:
        return False  # gone or unreadable: reading it says what is wrong


def meta_from_path(path: str | Path) -> PathMeta:
    path = Path(readable(str(path)))
    stem = path.stem
    epaper = _EPAPER_NAME.match(stem)
    if epaper:
        # rmrb2024031201.pdf, as paper.people.com.cn names a page: code, date, page, no separator
        date = _iso(epaper["year"], epaper["month"], epaper["day"])
        paper = _from_folders(path.parent.parts, "").paper or epaper["code"]
        return PathMeta(paper, date, *_page(epaper["page"])) if date else PathMeta()
    if _CAMERA_NAME.match(stem):
        return _from_folders(path.parent.parts, "")
    match = _DATE_IN_NAME.search(stem)
    date = _iso(match["year"], match["month"] or match["month_cn"], match["day"] or match["day_cn"]) \
        if match else None
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
    date, used, page_folder = _date_of_folders(names)
    if not date:
        # No date anywhere: only a page number at the end of the name (wenling-page1).  (A folder
        # not understood under the date's is not skipped: two of them would make one page.)
        return PathMeta(None, None, *_page(_parts(stem)[-1] if _parts(stem) else ""))
    above = names[: len(names) - used]
    while above and (year := _YEAR_DIR.match(above[-1])) and year[1] == date[:4]:
        above.pop()  # 东湖日报/2024/2024-05/21/: a year's folder between the paper's and the date's
    paper = above[-1] if above and above[-1] not in ("/", ".", "..") and not above[-1].isdigit() else None
    return PathMeta(paper, date, *(_page(page_folder) if page_folder else _page_in(stem)))


def _date_of_folders(names: list[str]) -> tuple[str | None, int, str | None]:
    """The date the last folders give, how many folders give it, and the folder of its page where
    one comes under the date's (YYYY-MM/DD/NN/, as paper.people.com.cn keeps a page's files)."""
    for page_folder in (names[-1:], []):
        if page_folder and _page(page_folder[0])[0] is None:
            continue
        folders = names[: len(names) - len(page_folder)]
        date, used = _date_of(folders)
        if date:
            return date, used + len(page_folder), page_folder[0] if page_folder else None
    return None, 0, None


def _date_of(names: list[str]) -> tuple[str | None, int]:
    """The date the last folders give (2024-01-23; 2024-01/23; 2024/01/23; 2024/0123; 2024年/01月/23日),
    and how many give it."""
    if names and (day := _DATE_DIR.match(names[-1])):
        year, *month_day = (part for part in day.groups() if part and part[0].isdigit())
        return _iso(year, *month_day), 1
    if len(names) >= 2 and (day := _DAY_OF_MONTH_DIR.match(names[-1])):
        if month := _MONTH_DIR.match(names[-2]):
            return _iso(month[1], next(part for part in month.groups()[1:] if part), day[1]), 2
        if len(names) >= 3 and (year := _YEAR_DIR.match(names[-3])) and (month := _MONTH_OF_YEAR_DIR.match(names[-2])):
            return _iso(year[1], month[1], day[1]), 3
    if len(names) >= 2 and (year := _YEAR_DIR.match(names[-2])) and re.fullmatch(r"\d{4}", names[-1]):
        return _iso(year[1], names[-1][:2], names[-1][2:]), 2
    return None, 0


def _parts(stem: str) -> list[str]:
    # (第01版：要闻, as e-paper sites title a page: a colon, full-width or not, ends the number)
    return [part for part in re.split(r"[_\-. :：]+", stem) if part]


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
    """A path as given, or a folder's page files (recursive through linked folders too, sorted,
    hidden ones skipped).

    Files of one page are read text first, then images, then PDF, and of one form the file named
    as the page last: of one page kept in several forms (04.txt beside 04.pdf, as pdftotext leaves
    it), the later stored, the richest, is kept, and of 03.txt beside 03_old.txt, 03.txt."""
    path = Path(name)
    if name == "-" or not path.is_dir():
        return [name]
    return [str(file) for file in sorted(_files_under(path), key=_reading_order)]


def _files_under(folder: Path) -> list[Path]:
    """The page files under `folder`, following linked folders (an issue moved to another disk and
    linked back) but each folder once; a browser's folder of a saved page's images (page_files/
    beside page.html: its logos and buttons) is left out."""
    found, seen = [], set()
    for top, folders, files in os.walk(folder, followlinks=True):
        place = os.path.realpath(top)
        if place in seen:
            folders[:] = []
            continue
        seen.add(place)
        saved_pages = {Path(file).stem for file in files if Path(file).suffix.lower() in _HTML_SUFFIXES}
        folders[:] = [sub for sub in folders
                      if not sub.startswith(".") and not _saved_pages_images(sub, saved_pages)]
        found += [Path(top, file) for file in files if not file.startswith(".")
                  and Path(file).suffix.lower() in PAGE_SUFFIXES and Path(top, file).is_file()]
    return found


def _saved_pages_images(folder: str, saved_pages: set[str]) -> bool:
    return any(folder in (f"{stem}_files", f"{stem}.files", f"{stem}_文件") for stem in saved_pages)


def _reading_order(file: Path) -> tuple:
    """A folder's files by the page they name (else by name), each page's forms in the order that
    keeps the one wanted (stored last)."""
    meta = meta_from_path(file)
    # (a number is the page's only in a dated path: 0003.txt and content_3.html may count files)
    named = (f"{meta.paper}|{meta.date}|{meta.section or ''}{meta.page:04d}" if meta.date and meta.page is not None
             else str(file.with_suffix("")))
    as_the_page = _page(file.stem)[0] is not None  # 03.txt, not 03_old.txt or 03 - 副本.txt
    return str(file.parent), named, _richness(file), as_the_page, str(file)


def _richness(file: Path) -> int:
    suffix = file.suffix.lower()
    return 0 if suffix in (".txt", *_HTML_SUFFIXES) else 2 if suffix == ".pdf" else 1
