"""Plain-text pages: detect the encoding, split into `Line`s."""

from __future__ import annotations

import codecs
import re
import unicodedata

from banmian.errors import InputError
from banmian.model import Line

_BOMS = (  # UTF-32's first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text: NUL and the C0 controls other than tab,
# newline, form feed and carriage return.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_INDENT = re.compile(r"^(?:\u3000|\s{2,})")
_SPACES = re.compile(r"[\s\u3000]+")
# Chinese PDFs' ToUnicode maps (and so pdftotext) give some ordinary characters as the radical
# that looks the same: 人 as ⼈ (Kangxi Radicals), 民 as ⺠ (CJK Radicals Supplement).  Search,
# dates and names need the ordinary character.  NFKC maps the Kangxi block and the CJK
# Compatibility Ideographs; of the supplement only 母 and 龟, so the forms that stand for a whole
# character are listed (radicals that are only parts of characters, 氵 扌 ⻊, are left alone).
_SUPPLEMENT_RADICALS = "⺠⺩⺼⻁⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰"
_THEIR_CHARACTERS = "民王月虎西见角贝车長长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙"
# The vertical presentation forms a vertical page's font gives its marks as (︒ for 。), in its text
# layer and in what pdftotext or a copy of it gives: read as the marks.
VERTICAL_FORMS = str.maketrans(dict(zip("︐︑︒︓︔︕︖︗︘︙︱︲︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄﹇﹈",
                                        "，、。：；！？〖〗…—–（）｛｝〔〕【】《》〈〉「」『』［］")))
# Control characters are no text (\x02 and \x03 also mark a search snippet's hits): dropped.
_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1C), 0x7F]))
_ORDINARY = {
    **{code: unicodedata.normalize("NFKC", chr(code))
       for code in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)]
       if unicodedata.normalize("NFKC", chr(code)) != chr(code)},
    **str.maketrans(_SUPPLEMENT_RADICALS, _THEIR_CHARACTERS),
    **dict.fromkeys(map(ord, _CONTROLS)),
    **VERTICAL_FORMS,
}
# Kana, Greek, Cyrillic, box lines and small-form marks: out of place on a Chinese page.
_OUT_OF_PLACE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3040-\u30ff\ufe50-\ufe6f]+")
# GB18030's user-defined area: no page prints it, and Big5 read as GB18030 lands there often (a
# short Big5 headline or sentence, too short for the places below to tell).
_USER_DEFINED = re.compile("[\ue000-\uf8ff]")
# This many places where they stand, or more, on a page read as GB18030 say it may be Big5.
_BIG5_ODD = 5
# A line of nothing but spaces and control characters is blank.
_BLANK = re.compile(f"^[\\s\u3000\ufeff{re.escape(_CONTROLS)}]*$")
_NOT_ORDINARY = re.compile(f"[\u2e80-\u2fdf\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe48{re.escape(_CONTROLS)}]")


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, GB18030/GBK, or Big5;
    without a BOM, a few bytes damaged are forgiven (`_forgiving`)."""
    if not data.strip():
        raise InputError("empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"undecodable {encoding} text at byte {error.start}") from None
    text = _utf16_without_bom(data)
    if text is not None:
        return text
    if _is_binary(data):
        raise InputError("binary data, not text")
    text = _forgiving(data, "utf-8")
    if text is not None:
        return text
    text = _forgiving(data, "gb18030")
    if text is None or _OUT_OF_PLACE.search(text):
        text = _big5(data, text)
    if text is None:
        raise InputError("undecodable text: neither UTF-8, UTF-16, UTF-32, GB18030 nor Big5")
    return text


def _big5(data: bytes, text: str | None) -> str | None:
    """Big5 (Hong Kong and Taiwan pages) read as GB18030 is nonsense strewn with kana, Greek and
    Cyrillic letters and box lines, Big5's commonest characters falling on GB2312's rows of
    them: the Big5 reading where they stand in many places in `text` (one in 20 of its
    non-ASCII characters, 5 or more; a word of Greek or Japanese in a page is one place; or any
    character of GB18030's user-defined area) and
    nowhere in the Big5 reading, or where `text` is None (no GB18030 reading).  A page in GBK is
    not Big5: its commonest characters (片 平 气 请 情 清 青 …) fall where Big5 has none, so
    the Big5 reading fails, or has too many bytes wrong."""
    if text is not None and not _USER_DEFINED.search(text):
        odd = len(_OUT_OF_PLACE.findall(text))
        if odd < max(_BIG5_ODD, sum(not character.isascii() for character in text) / 20):
            return text
    traditional = _forgiving(data, "big5hkscs")  # Big5 and Hong Kong's own characters (啲, 嘅, 㗎)
    if traditional is None or _OUT_OF_PLACE.search(traditional):
        return text
    return traditional


def _forgiving(data: bytes, encoding: str) -> str | None:
    """`data` read as `encoding`, with a few bytes wrong, as a download cut short or a stray byte
    leaves them, else None.  A last character cut short is dropped; a byte that is no character
    becomes U+FFFD, where such bytes are one in 300 of the non-ASCII ones or fewer (a page in
    another encoding has one nearly every character).  One byte would otherwise lose the page."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if error.end == len(data) and error.reason in ("unexpected end of data", "incomplete multibyte sequence"):
            data = data[:error.start]
    text = data.decode(encoding, errors="replace")
    wrong = text.count("\ufffd") - _replacement_marks(data, encoding)
    return text if wrong * 300 <= sum(byte >= 0x80 for byte in data) else None


def _replacement_marks(data: bytes, encoding: str) -> int:
    """How many U+FFFD the bytes themselves hold, where `encoding` can write one."""
    try:
        return data.count("\ufffd".encode(encoding))
    except UnicodeEncodeError:
        return 0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without its BOM: each newline, digit and space leaves a zero byte on one side of its
    pair (the second in little-endian, the first in big-endian); on the other side only the few
    characters ending in 00 (一, 丐 …) leave one."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 4:
        return None
    first_zeros, second_zeros = sample[0::2].count(0), sample[1::2].count(0)
    if not (first_zeros or second_zeros):
        return None  # most pages: no zero byte at all
    if max(first_zeros, second_zeros) >= _UTF16_ZEROS * (min(first_zeros, second_zeros) + 1):
        encoding = "utf-16-le" if second_zeros > first_zeros else "utf-16-be"
    else:
        # A page whose only ASCII is its newlines (full-width figures, as Word writes them): its
        # newlines lie on one side of the pairs, 0A 00 or 00 0A, none on the other.
        encoding = _utf16_by_newlines(data)
        if encoding is None:
            return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _BINARY_CHARACTERS.search(text) else text  # binary data that decodes as UTF-16


def _utf16_by_newlines(data: bytes) -> str | None:
    pairs = list(zip(data[0::2], data[1::2]))
    little, big = pairs.count((0x0A, 0)), pairs.count((0, 0x0A))
    if little and not big:
        return "utf-16-le"
    return "utf-16-be" if big and not little else None


_UTF16_ZEROS = 4  # times as many zero bytes on one side of the pairs as on the other
_BINARY_CHARACTERS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffe\uffff]")


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    return len(_BINARY_BYTES.findall(sample)) > max(2, len(sample) // 200)


def columns_side_by_side(text: str) -> bool:
    """Is the text laid out with its columns beside each other on each line (pdftotext -layout),
    so that a line holds pieces of several columns, and of several stories, run together?  Many of
    its lines then hold a wide run of spaces between two pieces of text; a page's own lines (a
    headline's layout spaces, a padded name) hold one or two."""
    return "   " in text and _many_lines_like(text, _COLUMN_GAP)  # most pages: no wide run of spaces at all


_COLUMN_GAP = re.compile(r"\S {3,}\S")


def read_across_columns(text: str) -> bool:
    """Is this a page set in vertical type read across its columns (pdftotext of such a page)? Its
    lines are then one character of each column: 使 类 所 漠 生.  Many lines are runs of single
    characters a space apart; a page's own lines hold a padded name (王 正) at most."""
    return " " in text and _many_lines_like(text, _ONE_CHARACTER_EACH)


def _many_lines_like(text: str, shape: re.Pattern) -> bool:
    """Do _SIDE_BY_SIDE_LINES or more of the text's lines, and _SIDE_BY_SIDE_SHARE of them, have this
    shape somewhere in them (their ends trimmed)?"""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    alike = sum(1 for line in lines if shape.search(line))
    return alike >= _SIDE_BY_SIDE_LINES and alike >= _SIDE_BY_SIDE_SHARE * len(lines)


_ONE_CHARACTER_EACH = re.compile(r"^(?:\S ){3,}\S$")
_SIDE_BY_SIDE_LINES = 5
_SIDE_BY_SIDE_SHARE = 0.3


def split_lines(text: str) -> list[Line]:
    """Text to its non-blank lines, each knowing its number and the blank lines above it.

    Form feeds (page breaks in pdftotext output) count as blank lines.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines: list[Line] = []
    gap = 0
    for number, raw in enumerate(text.split("\n")):
        if _BLANK.match(raw):
            gap += 1
            continue
        lines.append(
            Line(
                number=number,
                text=_clean(raw),
                gap_before=gap,
                indent=bool(_INDENT.match(raw)),
                spaces_lost=_spaces_lost(raw),
            )
        )
        gap = 0
    return lines


def _spaces_lost(raw: str) -> float:
    """The ems of space inside the line that `_clean` takes away from a word space set as one full-width space (an em
    wide; the ASCII space left is half).  Runs of spaces align a table's cells or a box's fields: their width is no
    measure of the column's."""
    inner = raw.strip()
    if "\u3000" not in inner:
        return 0.0  # most lines
    return 0.5 * sum(run == "\u3000" for run in _SPACES.findall(inner))


def _clean(raw: str) -> str:
    """Trim the line, collapse its inner runs of (full-width) spaces to one space, and give its
    radicals the characters they stand for."""
    # split and join: what _SPACES.sub(" ", raw).strip() gives (re's \s and str.split's whitespace are one set, and
    # \u3000 is in it), in a quarter of the time, asked of every line
    return ordinary_characters(" ".join(raw.split()))


def ordinary_characters(text: str) -> str:
    """`text` with each radical or compatibility ideograph that stands for a character as that
    character, and without control characters."""
    return text.translate(_ORDINARY) if _NOT_ORDINARY.search(text) else text
