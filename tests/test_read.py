"""The text reader: encodings, line splitting and cleaning, and the input errors."""

from __future__ import annotations

import codecs

import pytest

import banmian
from banmian import InputError
from banmian.read import is_image, read_bytes, read_path, read_text
from banmian.read.text import decode, split_lines
from banmian.rebuild import rebuild_source

PAGE = "东湖日报 2024年3月12日 星期二 第1版\n\n全市重点项目集中开工\n\n本报讯（记者林晓岚）3月11日上午，开工仪式举行。\n"
PAGE_TEXTS = ["东湖日报 2024年3月12日 星期二 第1版", "全市重点项目集中开工", "本报讯（记者林晓岚）3月11日上午，开工仪式举行。"]


def texts(data: bytes) -> list[str]:
    [page] = read_bytes(data, "page.txt")
    return [line.text for line in page.lines]


# --- encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),
        PAGE.encode("gb18030"),
        PAGE.encode("gbk"),
        codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"),
        PAGE.encode("utf-16"),  # BOM in the machine's order
        PAGE.replace("\n", "\r\n").encode("utf-8"),
        PAGE.replace("\n", "\r\n").encode("gbk"),
        PAGE.replace("\n", "\r").encode("utf-8"),
        codecs.BOM_UTF16_LE + PAGE.replace("\n", "\r\n").encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16le-bom", "utf16be-bom", "utf16-bom",
         "utf8-crlf", "gbk-crlf", "utf8-cr", "utf16le-crlf"],
)
def test_every_supported_encoding_gives_the_same_lines(data):
    [page] = read_bytes(data, "page.txt")
    assert [line.text for line in page.lines] == PAGE_TEXTS
    assert [line.number for line in page.lines] == [0, 2, 4]
    assert [line.gap_before for line in page.lines] == [0, 1, 1]
    assert "\ufeff" not in page.text
    assert not any("\r" in line.text for line in page.lines)
    assert page.name == "page.txt"


def test_decode_strips_no_content_and_keeps_the_bom_out():
    assert decode(codecs.BOM_UTF8 + "本报讯".encode()) == "本报讯"
    assert decode(codecs.BOM_UTF16_LE + "本报讯".encode("utf-16-le")) == "本报讯"
    assert decode(codecs.BOM_UTF16_BE + "本报讯".encode("utf-16-be")) == "本报讯"


def test_gb18030_characters_outside_gbk_survive():
    text = "𠮷野家开业 欧元符号€ 和㐀字\n"
    assert texts(text.encode("gb18030")) == ["𠮷野家开业 欧元符号€ 和㐀字"]


def test_traditional_characters_are_not_converted():
    text = "　　香港文匯報訊（記者 蘇榕蓉 福州報道）兩岸青年共話創業。\n"
    expected = ["香港文匯報訊（記者 蘇榕蓉 福州報道）兩岸青年共話創業。"]
    assert texts(text.encode("utf-8")) == expected
    assert texts(text.encode("gb18030")) == expected
    assert texts(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == expected


def test_a_utf8_page_cut_short_or_with_a_stray_byte_is_read_not_refused():
    page = (PAGE * 30).encode("utf-8")  # 30 pages' worth: a stray byte is one in 3,000
    assert texts(page[:-2])[-1] == PAGE_TEXTS[-1][:-1]  # the last character, cut short, dropped
    cut = len((PAGE_TEXTS[0] + "\n").encode("utf-8"))  # between two characters
    assert decode(page[:cut] + b"\xff" + page[cut:]) == PAGE_TEXTS[0] + "\n\ufffd" + decode(page[cut:])
    with pytest.raises(InputError, match="undecodable"):  # a short page has too few bytes to tell
        decode(PAGE.encode("utf-8")[:40] + b"\xff\xfe\xfd" + PAGE.encode("utf-8")[40:])


def test_a_big5_page_is_read_as_big5_not_as_gbk_nonsense():
    # Hong Kong and Taiwan pages: Big5 read as GB18030 gave 狥打ら厨 20243る12ら (kana in a Chinese page).
    page = "東湖日報 2024年3月12日 星期二 第1版 要聞\n\n全市一季度重點項目集中開工\n\n本報訊（記者林曉嵐）3月11日上午。\n"
    assert decode(page.encode("big5")) == page
    assert decode(PAGE.encode("gbk")) == PAGE  # a GBK page stays GBK, its Greek and Japanese words too
    foreign = PAGE + "α、β、γ、δ、ε射线；日语“カラオケ”；表格┌─┐\n"
    assert decode(foreign.encode("gbk")) == foreign


def test_a_gbk_or_big5_page_cut_short_or_with_a_stray_byte_is_read_not_refused():
    # One byte refused the whole page: GBK and Big5 back issues had none of UTF-8's forgiveness.
    page = (PAGE * 30).encode("gbk")
    cut = len((PAGE_TEXTS[0] + "\n").encode("gbk"))
    assert decode(page[:cut] + b"\xff" + page[cut:]) == PAGE_TEXTS[0] + "\n\ufffd" + decode(page[cut:])
    assert texts(page[:-2])[-1] == PAGE_TEXTS[-1][:-1]
    traditional = "東湖日報 2024年3月12日 星期二 第1版 要聞\n\n全市一季度重點項目集中開工\n\n本報訊（記者林曉嵐）3月11日上午。\n" * 30
    big5 = traditional.encode("big5")
    assert decode(big5[:-2]) == traditional[:-2]
    middle = big5.index("\n".encode("big5"), len(big5) // 2) + 1
    assert decode(big5[:middle] + b"\xff" + big5[middle:]) == decode(big5[:middle]) + "\ufffd" + decode(big5[middle:])


def test_a_utf32_page_is_read_not_taken_for_utf16():
    # Its BOM, FF FE 00 00, begins with UTF-16's: the page was stored as NUL characters.
    assert decode(codecs.BOM_UTF32_LE + PAGE.encode("utf-32-le")) == PAGE
    assert decode(codecs.BOM_UTF32_BE + PAGE.encode("utf-32-be")) == PAGE


def test_a_short_gbk_page_is_not_mistaken_for_utf8():
    assert texts("本报讯".encode("gbk")) == ["本报讯"]
    assert texts("记者 周学军 摄".encode("gbk")) == ["记者 周学军 摄"]


# --- lines ---------------------------------------------------------------------


def test_line_numbers_count_blank_lines_and_gap_before_counts_the_run():
    lines = split_lines("\n\n\n标题\n正文第一行\n\n\n\n正文第二段\n\n")
    assert [(line.number, line.text, line.gap_before) for line in lines] == [
        (3, "标题", 3),
        (4, "正文第一行", 0),
        (8, "正文第二段", 3),
    ]


def test_lines_made_of_spaces_count_as_blank():
    lines = split_lines("甲\n   \n\u3000\u3000\n\t\n乙\n")
    assert [(line.number, line.gap_before) for line in lines] == [(0, 0), (4, 3)]


def test_crlf_and_cr_line_ends_number_lines_like_lf():
    expected = [(0, "甲", 0), (2, "乙", 1), (3, "丙", 0)]
    for text in ("甲\n\n乙\n丙\n", "甲\r\n\r\n乙\r\n丙\r\n", "甲\r\r乙\r丙\r", "甲\r\n\n乙\r丙"):
        lines = split_lines(text)
        assert [(line.number, line.text, line.gap_before) for line in lines] == expected, repr(text)


def test_full_width_indent_is_noted_and_trimmed():
    lines = split_lines("\u3000\u3000本报讯（记者林晓岚）开工。\n书馆在滨江新区投入使用。\n")
    assert [(line.text, line.indent) for line in lines] == [
        ("本报讯（记者林晓岚）开工。", True),
        ("书馆在滨江新区投入使用。", False),
    ]


def test_ascii_space_indent_is_noted_too():
    [line] = split_lines("    据了解，市图书馆今年还将新增自助借阅点10个。")
    assert line.indent is True
    assert line.text == "据了解，市图书馆今年还将新增自助借阅点10个。"


def test_inner_runs_of_full_width_and_ascii_spaces_become_one_space():
    [line] = split_lines("在优化营商环境中\u3000\u3000发挥 \u3000人大力量\u3000\u3000\n")
    assert line.text == "在优化营商环境中 发挥 人大力量"
    [line] = split_lines("本报记者  王\u3000正\t\t李 四")
    assert line.text == "本报记者 王 正 李 四"


def test_trailing_spaces_do_not_make_an_indent_or_change_text():
    [line] = split_lines("记者 周学军 摄   \u3000")
    assert (line.text, line.indent) == ("记者 周学军 摄", False)


def test_form_feed_is_a_page_break_between_lines():
    lines = split_lines("第一版末行\n\f第二版首行\n")
    assert [line.text for line in lines] == ["第一版末行", "第二版首行"]
    assert lines[1].gap_before >= 1
    assert all("\f" not in line.text for line in lines)
    lines = split_lines("上\f下")
    assert [line.text for line in lines] == ["上", "下"]


def test_each_part_between_form_feeds_is_a_page_of_its_own():
    # pdftotext writes a whole issue as one file, a form feed after each page, a blank page as nothing.
    issue = PAGE + "\f" + "\f\n" + PAGE.replace("第1版", "第3版") + "\f"
    first, third = read_bytes(issue.encode(), "issue.txt")
    assert (first.index, third.index) == (0, 2)
    assert first.lines[0].text == PAGE_TEXTS[0] and third.lines[0].text.endswith("第3版")
    assert [line.number for line in third.lines] == [1, 3, 5]  # numbered in the page's own text
    kept = "".join(line.text for page in (first, third) for line in page.lines)
    assert sorted(kept.replace(" ", "")) == sorted("".join(issue.split()))  # every character once
    pages = [rebuild_source(source) for source in (first, third)]
    assert [(page.date, page.page, len(page.articles)) for page in pages] == [("2024-03-12", 1, 1),
                                                                                ("2024-03-12", 3, 1)]


def test_a_text_of_one_page_and_its_closing_form_feed_is_one_page():
    [page] = read_bytes((PAGE + "\f").encode(), "page.txt")
    assert page.index is None and [line.text for line in page.lines] == PAGE_TEXTS


@pytest.mark.parametrize("head, image", [
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n\x00\x00\x00\x14ftypjp2 ", True),  # JPEG 2000
    (b"\xff\x4f\xff\x51\x00\x2f", True),                                 # its bare codestream
    (b"RIFF\x40\x2e\x03\x00WEBPVP8 ", True),
    (b"BM\x5e\x44\x10\x00\x00\x00\x00\x00\x36\x04\x00\x00\x28\x00\x00\x00", True),
    (b"GIF89a\x8c\x05\xee\x02", True),
    ("BMW新能源汽车基地开工，总投资约二十亿元。".encode(), False),  # text that opens as a BMP does
    ("RIFF与WEBP格式".encode(), False),
])
def test_image_signatures_are_told_from_text(head, image):
    assert is_image(head) is image


def test_radicals_that_stand_for_characters_are_read_as_the_characters():
    # pdftotext gives them for some Chinese fonts; they look the same, but 人民群众 would not find them.
    [line] = split_lines("⼈⺠群众⾝边的⼩事，3⽉14⽇⼤会，⻔⻓⻋⺟⻳，豈")
    assert line.text == "人民群众身边的小事，3月14日大会，门长车母龟，豈"
    [line] = split_lines("氵扌⻊")  # radicals that are only parts of characters
    assert line.text == "氵扌⻊"


def test_a_bom_in_decoded_text_is_not_a_character_of_the_first_line():
    [line] = split_lines("\ufeff东湖日报")
    assert line.text == "东湖日报"
    assert line.number == 0


def test_read_text_keeps_name_and_text():
    page = read_text("甲\n\n乙", "x.txt")
    assert page.name == "x.txt"
    assert page.text == "甲\n\n乙"
    assert [line.text for line in page.lines] == ["甲", "乙"]


def test_read_path_reads_a_gbk_crlf_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.replace("\n", "\r\n").encode("gbk"))
    [page] = read_path(path)
    assert [line.text for line in page.lines] == PAGE_TEXTS
    assert page.name == str(path)


def test_lines_carry_no_layout_on_the_text_path():
    for line in split_lines(PAGE):
        assert line.bbox is None and line.font_size is None


# --- errors ----------------------------------------------------------------------


def _input_error(data: bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        list(read_bytes(data, "bad.txt"))
    return caught.value


@pytest.mark.parametrize(
    "data, word",
    [
        (b"", "empty"),
        (b"   \n\n\t\r\n", "empty"),
        ("\u3000\u3000\n\u3000\n".encode("utf-8"), "empty"),
        (codecs.BOM_UTF8, "empty"),
        (codecs.BOM_UTF8 + b"\n \n", "empty"),
        (codecs.BOM_UTF16_LE + "\u3000 \n".encode("utf-16-le"), "empty"),
    ],
    ids=["nothing", "ascii-blanks", "full-width-blanks", "bom-only", "bom-blanks", "utf16-blanks"],
)
def test_empty_and_blank_only_input_is_an_input_error(data, word):
    assert word in str(_input_error(data)).lower()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64 + bytes(range(32)) * 8,
        bytes(range(256)) * 16,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00\x01\x02\x03" * 100,
    ],
    ids=["png", "elf", "all-bytes", "zip"],
)
def test_binary_input_is_an_input_error(data):
    assert "binary" in str(_input_error(data)).lower()


@pytest.mark.parametrize(
    "data",
    [
        b"abc\xff\xff\xff def \x80\x80",
        "本报讯".encode("utf-8") + b"\xff\xfe\xfd",
        codecs.BOM_UTF8 + b"\xe6\x9c\xac\xff\xff",
        codecs.BOM_UTF16_LE + "本报讯".encode("utf-16-le") + b"\x00",
        codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00",  # lone high surrogate
    ],
    ids=["latin-junk", "utf8-then-junk", "utf8-bom-then-junk", "utf16-odd-length", "utf16-lone-surrogate"],
)
def test_undecodable_input_is_an_input_error(data):
    error = _input_error(data)
    assert "undecodable" in str(error).lower() or "decode" in str(error).lower()


def test_input_errors_are_banmian_errors_with_a_one_line_message():
    error = _input_error(b"")
    assert isinstance(error, banmian.BanmianError)
    assert str(error) and "\n" not in str(error)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as caught:
        read_path(tmp_path / "no-such-page.txt")
    message = str(caught.value).lower()
    assert "no such file" in message or "missing" in message or "not found" in message


def test_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as caught:
        read_path(tmp_path)
    assert "director" in str(caught.value).lower()


def test_empty_file_is_an_input_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError):
        list(read_path(path))  # its content is read as the pages are asked for


def test_rebuild_and_rebuild_path_raise_input_error_not_something_else(tmp_path):
    for text in ("", "   ", "\n\n\u3000\n", "\ufeff"):
        with pytest.raises(InputError):
            banmian.rebuild(text)
    with pytest.raises(InputError):
        banmian.rebuild_path(tmp_path / "missing.txt")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8)
    with pytest.raises(InputError):
        banmian.rebuild_path(binary)


@pytest.mark.parametrize("name, message", [
    ("scan.jpg", "named .jpg, but it is not an image (PNG, JPEG, TIFF, JPEG 2000, WebP, BMP, GIF)"),
    ("page.pdf", "named .pdf, but it is not a PDF (no %PDF- header)"),
])
def test_a_file_named_as_a_pdf_or_an_image_must_be_one(tmp_path, name, message):
    # An error page saved by a failed download was archived as a page of text.
    (tmp_path / name).write_text("<html><body>404 Not Found</body></html>", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_path(tmp_path / name)
    assert str(raised.value) == message


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_bom_is_read(encoding):
    text = "温岭日报 2024年1月23日 第1版\n\n一号改革工程落地见效\n\n本报讯（记者王小明）1月22日，会议召开。\n"
    [page] = read_bytes(text.encode(encoding), "page.txt")
    assert [line.text for line in page.lines] == [line for line in text.splitlines() if line]


def test_binary_data_that_decodes_as_utf16_is_still_binary():
    data = b"".join((n % 300).to_bytes(2, "little") for n in range(2000))
    with pytest.raises(InputError, match="binary data"):
        list(read_bytes(data, "page.txt"))


def test_control_characters_are_no_text():
    # \x02 and \x03 also mark a search snippet's hits: left in, they broke the snippet's markup.
    [page] = read_bytes("标题\n\n\x02标记\x03正文。\x7f\n".encode(), "page.txt")
    assert [line.text for line in page.lines] == ["标题", "标记正文。"]


def test_columns_set_side_by_side_are_refused_with_a_line_saying_why():
    # pdftotext -layout runs a line of each column together: read so, stories were interleaved.
    row = "本报记者 叶昊鸣        通过对过去六年历史性胜利的总结，       提出走自己的道路"
    with pytest.raises(InputError, match="columns set side by side"):
        list(read_bytes("\n".join([row] * 8).encode(), "lay.txt"))
    # A headline's layout spaces and a padded name are a page's own.
    [page] = read_bytes("在优化营商环境中 发挥 人大力量\n\n本报记者 王  正\n\n本报讯 正文。\n".encode(), "page.txt")
    assert len(page.lines) == 3


@pytest.mark.parametrize("text", ["財政司司長陳茂波在香港表示。", "陳茂波表示，香港經濟穩步復甦。", "記者 陳大文"])
def test_a_short_big5_text_is_read_as_big5(text):
    # Read as GB18030 it fell in the user-defined area, which no page prints; too short to tell otherwise.
    assert decode(text.encode("big5")) == text


def test_a_hong_kong_page_with_a_cantonese_character_is_read_as_big5():
    # One 啲 outside plain Big5 had turned the whole page into GB18030 junk.
    text = "香港特區政府推出新措施\n\n本報訊（記者 王鴻薇）特區政府宣佈新措施。有市民表示：「呢啲措施好好。」財政司司長陳茂波表示，措施即日生效。\n"
    assert decode(text.encode("big5hkscs")) == text


def test_marks_in_their_vertical_forms_are_read_as_the_marks_in_text_too():
    # pdftotext or a copy of a vertical page gives ︵记者王小明︶ and ︵下转第二版︶: no byline, no jump.
    page = banmian.rebuild("市区新增公共停车位800个\n\n本报讯︵记者王小明︶1月22日︐我市新增公共停车位800个︒︵下转第二版︶\n")
    article = page.articles[0]
    assert (article.byline.reporters, article.continued_on) == (["王小明"], 2)
    assert article.paragraphs == ["本报讯（记者王小明）1月22日，我市新增公共停车位800个。"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_bom_whose_only_ascii_is_its_newlines_is_read(encoding):
    text = "市区新增公共停车位八百个\n\n本报讯（记者王小明）１月２２日，我市新增公共停车位八百个。\n"
    assert decode(text.encode(encoding)) == text


def test_a_vertical_page_read_across_its_columns_is_refused_with_a_line_saying_why():
    # pdftotext of a page set vertically gives a character of each column a line: stored, it was junk.
    rows = ["使 类 所 漠 生", "其 不 需 的 态", "恢 合 的 无 系", "复 理 要 荒 统", "平 利 开 化 持", "衡 用 展 治 续"]
    with pytest.raises(InputError, match="read across its columns"):
        list(read_bytes("\n".join(rows).encode(), "v1.txt"))
    [page] = read_bytes("记者 王 正\n\n在优化营商环境中 发挥 人大力量\n\n本报讯 正文。\n".encode(), "page.txt")
    assert len(page.lines) == 3
