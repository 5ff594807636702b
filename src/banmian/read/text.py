"""Plain-text pages: detect the encoding, split into `Line`s."""

from __future__ import annotations

import codecs
import re
import unicodedata

from banmian.errors import InputError
from banmian.model import Line

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text: NUL and the C0 controls other than tab,
# newline, form feed and carriage return.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_INDENT = re.compile(r"^(?:\u3000|\s{2,})")
_BLANK = re.compile(r"^[\s\u3000\ufeff]*$")
_SPACES = re.compile(r"[\s\u3000]+")
# Chinese PDFs' ToUnicode maps (and so pdftotext) give some ordinary characters as the radical
# that looks the same: 人 as ⼈ (Kangxi Radicals), 民 as ⺠ (CJK Radicals Supplement).  Search,
# dates and names need the ordinary character.  NFKC maps the Kangxi block and the CJK
# Compatibility Ideographs; of the supplement only 母 and 龟, so the forms that stand for a whole
# character are listed (radicals that are only parts of characters, 氵 扌 ⻊, are left alone).
_SUPPLEMENT_RADICALS = "⺠⺩⺼⻁⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰"
_THEIR_CHARACTERS = "民王月虎西见角贝车長长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙"
_ORDINARY = {
    **{code: unicodedata.normalize("NFKC", chr(code))
       for code in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)]
       if unicodedata.normalize("NFKC", chr(code)) != chr(code)},
    **str.maketrans(_SUPPLEMENT_RADICALS, _THEIR_CHARACTERS),
}
_RADICAL_OR_COMPATIBLE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK."""
    if not data.strip():
        raise InputError("empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"undecodable {encoding} text at byte {error.start}") from None
    if _is_binary(data):
        raise InputError("binary data, not text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("undecodable text: neither UTF-8, UTF-16 nor GB18030")


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    return len(_BINARY_BYTES.findall(sample)) > max(2, len(sample) // 200)


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
            )
        )
        gap = 0
    return lines


def _clean(raw: str) -> str:
    """Trim the line, collapse its inner runs of (full-width) spaces to one space, and give its
    radicals the characters they stand for."""
    return ordinary_characters(_SPACES.sub(" ", raw).strip())


def ordinary_characters(text: str) -> str:
    """`text` with each radical or compatibility ideograph that stands for a character as that character."""
    return text.translate(_ORDINARY) if _RADICAL_OR_COMPATIBLE.search(text) else text
