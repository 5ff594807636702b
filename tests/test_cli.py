"""End to end: the real `banmian` command run as a subprocess."""

from __future__ import annotations

import codecs
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from cjk import needs_cjk_font
from terminal import on_a_terminal

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
PAGE1 = EXAMPLES / "wenling-style-page.txt"
PAGE2 = EXAMPLES / "wenling-style-page2.txt"
EXPECTED = EXAMPLES / "wenling-style-page.expected.md"
SAMPLE = ROOT.parent / "shared" / "samples" / "wenling-page1.txt"

ARTICLE_KEYS = {
    "id", "kind", "headline", "paragraphs", "byline", "dateline", "continued_on",
    "continued_from", "continued_on_section", "continued_from_section", "jump_lines", "source_lines",
    "regions",
}
MENTIONED_KEYS = {"entities", "dates", "quantities"}  # with --enrich only
BYLINE_KEYS = {"reporters", "correspondents", "photographers", "interns", "text"}
ROLES = ("reporters", "correspondents", "photographers", "interns")


def banmian(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else src
    result = subprocess.run(
        [sys.executable, "-m", "banmian.cli", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
    )
    result.out = result.stdout.decode("utf-8")
    result.err = result.stderr.decode("utf-8", errors="replace")
    return result


def ok(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    result = banmian(*args, stdin=stdin)
    assert result.returncode == 0, result.err
    assert "Traceback" not in result.err
    return result


@lru_cache(maxsize=None)
def parsed(path: str) -> dict:
    return json.loads(ok("parse", path).out)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def output_chars(page: dict) -> Counter:
    parts = list(page["furniture"])
    for article in page["articles"]:
        parts += article["headline"] + article["paragraphs"] + article["byline"]["text"] + article["jump_lines"]
    return Counter(squash("".join(parts)))


def input_chars(path: Path) -> Counter:
    return Counter(squash(path.read_text(encoding="utf-8-sig")))


def assert_nothing_lost_nothing_invented(page: dict, path: Path) -> None:
    got, want = output_chars(page), input_chars(path)
    assert got == want, f"missing: {dict(want - got)}; invented or doubled: {dict(got - want)}"


def assert_well_formed(page: dict) -> None:
    assert set(page) == {"paper", "date", "date_inferred", "page", "section", "furniture", "articles"}
    assert all(isinstance(line, str) for line in page["furniture"])
    ids = [article["id"] for article in page["articles"]]
    assert len(set(ids)) == len(ids)
    for article in page["articles"]:
        assert set(article) == ARTICLE_KEYS
        assert set(article["byline"]) == BYLINE_KEYS
        assert article["kind"] in ("article", "photo")
        assert isinstance(article["id"], str) and article["id"]
        for key in ("headline", "paragraphs", "jump_lines"):
            assert all(isinstance(text, str) and text.strip() for text in article[key]), key
        for key in ("continued_on", "continued_from"):
            assert article[key] is None or isinstance(article[key], int)
        for key in ("continued_on_section", "continued_from_section"):
            assert article[key] is None or article[key] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        lines = article["source_lines"]
        assert lines and lines == sorted(set(lines)), lines
        assert all(isinstance(n, int) and n >= 0 for n in lines)
    seen = [n for article in page["articles"] for n in article["source_lines"]]
    assert len(seen) == len(set(seen)), "a line is in two articles"


# --- the expected rebuild of the example pages ---------------------------------------


def expected_pages() -> dict[str, dict]:
    """examples/wenling-style-page.expected.md as {file: {page keys, "articles": [...]}}."""
    pages: dict[str, dict] = {}
    page = article = None
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^# (\S+\.txt)\s*$", line)
        item = re.match(r"^## (\d+)\. (article|photo)\s*$", line)
        field = re.match(r"^- (\w+): (.*)$", line)
        if heading:
            page = pages[heading[1]] = {"articles": []}
            article = None
        elif item and page is not None:
            article = {"kind": item[2]}
            page["articles"].append(article)
            assert len(page["articles"]) == int(item[1])
        elif field and page is not None and field[1] != "note":
            (article if article is not None else page)[field[1]] = field[2].strip()
    return pages


def listed(value: str | None) -> list[str]:
    if value is None or value in ("", "—"):
        return []
    return [part.strip() for part in value.split(" | ")]


EXPECTED_PAGES = expected_pages() if EXPECTED.exists() else {}
EXPECTED_ARTICLES = [
    (name, index) for name, page in EXPECTED_PAGES.items() for index in range(len(page["articles"]))
]


def test_expected_file_covers_both_example_pages():
    assert set(EXPECTED_PAGES) == {PAGE1.name, PAGE2.name}
    assert len(EXPECTED_PAGES[PAGE1.name]["articles"]) == 6
    assert len(EXPECTED_PAGES[PAGE2.name]["articles"]) == 2


@pytest.mark.parametrize("name", [PAGE1.name, PAGE2.name])
def test_example_page_header_furniture_and_article_count(name):
    want = EXPECTED_PAGES[name]
    page = parsed(str(EXAMPLES / name))
    assert_well_formed(page)
    assert page["paper"] == want["paper"]
    assert page["date"] == want["date"]
    assert page["page"] == int(want["page"])
    assert page["furniture"] == listed(want["furniture"])
    got = [(a["kind"], squash("".join(a["headline"]))) for a in page["articles"]]
    wanted = [(a["kind"], squash("".join(listed(a.get("headline"))))) for a in want["articles"]]
    assert got == wanted


@pytest.mark.parametrize("name, index", EXPECTED_ARTICLES, ids=[f"{n}#{i + 1}" for n, i in EXPECTED_ARTICLES])
def test_example_article_is_rebuilt_as_expected(name, index):
    want = EXPECTED_PAGES[name]["articles"][index]
    page = parsed(str(EXAMPLES / name))
    headline = [squash(h) for h in listed(want.get("headline"))]
    matches = [a for a in page["articles"] if [squash(h) for h in a["headline"]] == headline
               and a["kind"] == want["kind"]]
    if not headline:  # a photo without a title: find it by its credit
        matches = [a for a in matches if a["byline"]["text"] == listed(want.get("byline_text"))]
    assert len(matches) == 1, (
        f"no single {want['kind']} with headline {headline} and credit {want.get('byline_text')}; got "
        + str([(a["kind"], a["headline"], a["byline"]["text"]) for a in page["articles"]])
    )
    article = matches[0]
    assert article["dateline"] == want.get("dateline")
    for role in ROLES:
        assert article["byline"][role] == listed(want.get(role)), role
    if "byline_text" in want:
        assert article["byline"]["text"] == listed(want["byline_text"])
    assert article["continued_on"] == (int(want["continued_on"]) if "continued_on" in want else None)
    assert article["continued_from"] == (int(want["continued_from"]) if "continued_from" in want else None)
    assert article["jump_lines"] == listed(want.get("jump_lines"))
    for text in listed(want.get("joined")) + listed(want.get("contains")):
        assert any(text in paragraph for paragraph in article["paragraphs"]), (text, article["paragraphs"])
    assert len(article["paragraphs"]) == int(want["paragraphs"]), article["paragraphs"]


@pytest.mark.parametrize("path", [PAGE1, PAGE2], ids=["page1", "page2"])
def test_example_pages_lose_and_invent_nothing(path):
    assert_nothing_lost_nothing_invented(parsed(str(path)), path)


def test_example_page1_in_detail():
    page = parsed(str(PAGE1))
    lead = page["articles"][0]
    # The in-article subhead is a paragraph of the lead story, the cut 产/业园 is joined.
    assert lead["paragraphs"][2] == "抓项目就是抓发展"
    assert lead["paragraphs"][-1].endswith("推进机制，")
    # The cross-reference stays in its sentence and is no jump.
    old_town = page["articles"][3]
    assert old_town["continued_on"] is None and old_town["jump_lines"] == []
    assert old_town["paragraphs"][2] == "改什么、怎么改，居民说了算吗？钱从哪里来、改完以后谁来管，又该如何建立长效机制？"


# --- formats, stdin, several files, -o, overrides ------------------------------------


def test_json_is_the_default_and_is_one_object_for_one_file():
    result = ok("parse", str(PAGE1))
    assert result.out.endswith("\n")
    page = json.loads(result.out)
    assert isinstance(page, dict)
    assert json.loads(ok("parse", str(PAGE1), "--format", "json").out) == page


def test_markdown_output_holds_every_headline_paragraph_and_the_page():
    page = parsed(str(PAGE1))
    out = ok("parse", str(PAGE1), "--format", "markdown").out
    lines = out.splitlines()
    assert lines[0].startswith("# ") and "东湖日报" in lines[0] and "2024-03-12" in lines[0]
    for article in page["articles"]:
        for headline in article["headline"]:
            assert any(line.startswith("#") and headline in line for line in lines), headline
        for paragraph in article["paragraphs"]:
            assert paragraph in lines, paragraph
    assert any("邵明远" in line for line in lines)
    assert "（下转第二版）" in lines  # the jump line as printed
    for furniture in page["furniture"]:
        assert any(furniture in line for line in lines)
    assert "{" not in out


def test_text_output_holds_every_headline_and_paragraph():
    page = parsed(str(PAGE1))
    out = ok("parse", str(PAGE1), "--format", "text").out
    lines = [line.strip("\u3000 ") for line in out.splitlines()]
    for article in page["articles"]:
        for text in article["headline"] + article["paragraphs"]:
            assert text in lines, text
    assert "#" not in out and "{" not in out


def test_stdin_dash_gives_the_same_page_as_the_file():
    data = PAGE1.read_bytes()
    assert json.loads(ok("parse", "-", stdin=data).out) == parsed(str(PAGE1))


def test_stdin_in_gbk_with_crlf_is_detected():
    data = PAGE1.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gbk")
    assert json.loads(ok("parse", "-", stdin=data).out) == parsed(str(PAGE1))


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("gb18030"),
        lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        lambda text: codecs.BOM_UTF16_BE + text.replace("\n", "\r\n").encode("utf-16-be"),
        lambda text: text.replace("\n", "\r").encode("utf-8"),
        lambda text: text.replace(" ", "\u3000").encode("utf-8"),
    ],
    ids=["utf8-bom", "gb18030", "utf16le-bom", "utf16be-bom-crlf", "cr", "full-width-spaces"],
)
def test_file_encodings_are_detected(tmp_path, encode):
    path = tmp_path / "page.txt"
    path.write_bytes(encode(PAGE1.read_text(encoding="utf-8")))
    assert json.loads(ok("parse", str(path)).out) == parsed(str(PAGE1))


def test_several_files_give_a_json_array_in_order():
    pages = json.loads(ok("parse", str(PAGE1), str(PAGE2)).out)
    assert isinstance(pages, list) and len(pages) == 2
    assert pages == [parsed(str(PAGE1)), parsed(str(PAGE2))]
    assert [page["page"] for page in pages] == [1, 2]


def test_stdin_and_a_file_together():
    pages = json.loads(ok("parse", str(PAGE2), "-", stdin=PAGE1.read_bytes()).out)
    assert pages == [parsed(str(PAGE2)), parsed(str(PAGE1))]


def test_several_files_in_markdown_and_text_hold_both_pages():
    for fmt in ("markdown", "text"):
        out = ok("parse", str(PAGE1), str(PAGE2), "--format", fmt).out
        assert "东湖湿地入选省级生态保护示范区" in out
        assert "市图书馆新增24小时自助借阅点" in out


def test_what_articles_mention_is_in_the_json_only_where_it_was_looked_for():
    # Empty lists on a page that was never enriched read as "nothing found".
    plain = parsed(str(PAGE1))["articles"]
    enriched = json.loads(ok("parse", str(PAGE1), "--enrich").out)["articles"]
    assert all(not MENTIONED_KEYS & set(article) for article in plain)
    assert all(set(article) == ARTICLE_KEYS | MENTIONED_KEYS for article in enriched)
    assert any(article["entities"] for article in enriched)


def test_output_file(tmp_path):
    target = tmp_path / "out.json"
    result = ok("parse", str(PAGE1), "-o", str(target))
    assert result.out == ""
    assert json.loads(target.read_text(encoding="utf-8")) == parsed(str(PAGE1))
    target_md = tmp_path / "out.md"
    ok("parse", str(PAGE1), str(PAGE2), "--output", str(target_md), "--format", "markdown")
    assert target_md.read_text(encoding="utf-8") == ok("parse", str(PAGE1), str(PAGE2), "--format", "markdown").out


def test_an_output_that_is_a_page_being_read_is_refused(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE1.read_text(encoding="utf-8"), encoding="utf-8")
    result = banmian("parse", str(PAGE2), "page.txt", "-o", "./page.txt", cwd=tmp_path)
    assert result.returncode == 2 and result.out == ""
    assert result.err == "banmian: -o ./page.txt is a page being read: choose another file\n"
    assert page.read_text(encoding="utf-8") == PAGE1.read_text(encoding="utf-8")


@pytest.mark.parametrize("output", ["/nonexistent-folder/out.json", "a-folder"])
def test_an_output_that_cannot_be_written_is_told_before_any_page_is_read(tmp_path, output):
    (tmp_path / "a-folder").mkdir()
    result = banmian("parse", "missing-page.txt", "-o", output, cwd=tmp_path)
    assert result.returncode == 2 and result.out == ""
    assert result.err.startswith(f"banmian: cannot write {output}: ") and result.err.count("\n") == 1
    kept = tmp_path / "kept.json"
    kept.write_text("yesterday", encoding="utf-8")
    assert banmian("parse", "missing-page.txt", "-o", "kept.json", cwd=tmp_path).returncode == 2
    assert kept.read_text(encoding="utf-8") == "yesterday"
    assert not (tmp_path / "new.json").exists()
    assert banmian("parse", "missing-page.txt", "-o", "new.json", cwd=tmp_path).returncode == 2
    assert not (tmp_path / "new.json").exists()


def test_an_interrupted_command_is_one_line_and_exit_130(monkeypatch, capsys):
    from banmian import cli, store

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "ingest_paths", interrupted)
    assert cli.main(["ingest", str(PAGE1), "--db", "unused.db", "--no-enrich"]) == 130
    assert capsys.readouterr().err == (
        "banmian: interrupted; pages stored before are kept, ingest again to finish\n")
    monkeypatch.setattr("banmian.read.read_path", interrupted)
    assert cli.main(["parse", str(PAGE1)]) == 130
    assert capsys.readouterr().err == "banmian: interrupted\n"


def test_ingest_sets_the_garbage_collector_back_for_a_caller_in_the_same_process(tmp_path):
    import gc

    from banmian import cli

    threshold = gc.get_threshold()
    assert cli.main(["ingest", str(PAGE1), "--db", str(tmp_path / "a.db"), "--no-enrich", "-q"]) == 0
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == 0


def test_paper_date_and_page_override_the_header():
    page = json.loads(ok("parse", str(PAGE1), "--paper", "西山晚报", "--date", "2023-11-05", "--page", "7").out)
    assert (page["paper"], page["date"], page["page"]) == ("西山晚报", "2023-11-05", 7)
    default = parsed(str(PAGE1))
    assert [a["headline"] for a in page["articles"]] == [a["headline"] for a in default["articles"]]
    assert page["furniture"] == default["furniture"]
    pages = json.loads(ok("parse", str(PAGE1), str(PAGE2), "--paper", "西山晚报").out)
    assert [p["paper"] for p in pages] == ["西山晚报", "西山晚报"]
    assert [p["page"] for p in pages] == [1, 2]


def test_overrides_fill_in_a_page_without_a_header():
    lines = PAGE1.read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.startswith("东湖日报")).encode("utf-8")
    page = json.loads(ok("parse", "-", "--paper", "东湖日报", "--date", "2024-03-12", "--page", "1", stdin=text).out)
    assert (page["paper"], page["date"], page["page"]) == ("东湖日报", "2024-03-12", 1)


@pytest.mark.parametrize("option, value", [("--date", "garbage"), ("--date", "2024-13-45"), ("--date", "2024-02-30"),
                                           ("--page", "0"), ("--page", "3000000000"), ("--page", "x")])
def test_a_bad_date_or_page_number_is_a_usage_error(option, value):
    result = banmian("parse", str(PAGE1), option, value)
    assert result.returncode == 2 and result.out == "" and "Traceback" not in result.err
    assert result.err.splitlines()[-1].startswith(f"banmian parse: error: argument {option}: ")


def test_help_says_what_the_tool_does_in_one_line():
    lines = ok("--help").out.splitlines()
    assert lines[2:4] == [DESCRIPTION, ""]


DESCRIPTION = "Rebuild Chinese newspaper pages into articles; store, search and serve them."


def test_same_input_same_ids():
    first = json.loads(ok("parse", str(PAGE1)).out)
    second = json.loads(ok("parse", "-", stdin=PAGE1.read_bytes()).out)
    assert [a["id"] for a in first["articles"]] == [a["id"] for a in second["articles"]]


def test_the_banmian_script_is_installed_and_works():
    import shutil

    beside = Path(sys.executable).parent / "banmian"
    script = str(beside) if beside.exists() else shutil.which("banmian")
    if script is None:
        pytest.skip("no banmian console script beside python or on PATH (package not pip-installed)")
    result = subprocess.run([script, "parse", str(PAGE1)], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert json.loads(result.stdout.decode("utf-8"))["page"] == 1


def test_a_closed_pipe_is_no_traceback():
    many = [str(PAGE1)] * 40  # far more than a pipe buffer holds
    env = {k: v for k, v in os.environ.items()}
    env["PYTHONPATH"] = str(ROOT / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    process = subprocess.Popen(
        [sys.executable, "-m", "banmian.cli", "parse", *many],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, cwd=ROOT, env=env,
    )
    process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.wait(timeout=120)
    assert "Traceback" not in stderr
    assert "BrokenPipeError" not in stderr


# --- the real sample page ---------------------------------------------------------------

SAMPLE_HEADLINES = [
    ("article", "我市组织收看台州市纪委六届五次全会视频会议纵深推进自我革命市域实践加快打造新时代勤廉台州"),
    ("article", "在优化营商环境中发挥人大力量"),
    ("article", "聚力岭航持续提升统一战线辨识度贡献度"),
    ("article", "做好道路除雪防滑保畅工作人员、物资、机械三到位"),
    ("photo", "新年第一场雪"),
    ("article", "建谏言谋良策出实招助力打造世界级数控机床产业集群"),
]
SAMPLE_BYLINES = [
    {"reporters": ["苏嘉堉"]},
    {},
    {"reporters": ["张璐玮"], "correspondents": ["陈丹琦"]},
    {"reporters": ["赵云"], "correspondents": ["林媛"]},
    {"photographers": ["周学军"]},
    {},
]
# Text cut by a column end in the sample, which must be joined again.
SAMPLE_JOINS = [
    "科学回答我们党为什么要自我革命",
    "过去一年台州市纪检监察工作",
    "大力整治基层歪风",
    "组织代表在各地成立“助企小组”",
    "辨识度和贡献度",
    "力争在全市形成示范效应",
    "对外交流的宣传者",
    "养护工人冒雪在路边堆放",
    "抢险救援照明车、挖掘机、高空作业车",
    "该中心还做好机械调试",
    "占据着台州高端装备",
]


@pytest.fixture(scope="module")
def sample() -> dict:
    if not SAMPLE.exists():
        pytest.skip(f"real sample page not found at {SAMPLE} (it lives in shared/, beside the repo)")
    return json.loads(ok("parse", str(SAMPLE)).out)


def test_sample_has_six_items_with_the_right_headlines(sample):
    assert_well_formed(sample)
    got = [(a["kind"], squash("".join(a["headline"]))) for a in sample["articles"]]
    assert got == SAMPLE_HEADLINES


def test_sample_bylines(sample):
    for article, want in zip(sample["articles"], SAMPLE_BYLINES):
        for role in ROLES:
            assert article["byline"][role] == want.get(role, []), (article["headline"], role)
    assert sample["articles"][4]["byline"]["text"] == ["记者 周学军 摄"]
    assert [a["dateline"] for a in sample["articles"]] == ["本报讯", None, "本报讯", "本报讯", None, None]


def test_sample_jumps(sample):
    assert [a["continued_on"] for a in sample["articles"]] == [None, 2, None, None, None, 2]
    assert all(a["continued_from"] is None for a in sample["articles"])
    assert [a["jump_lines"] for a in sample["articles"]] == [[], ["（下转第二版）"], [], [], [], ["（下转第二版）"]]


def test_sample_paragraphs_are_joined_across_column_cuts(sample):
    assert [len(a["paragraphs"]) for a in sample["articles"]] == [4, 10, 3, 4, 1, 8]
    paragraphs = [p for a in sample["articles"] for p in a["paragraphs"]]
    for text in SAMPLE_JOINS:
        assert any(text in paragraph for paragraph in paragraphs), text
    # The question paragraph is body text of the 人大 story.
    assert sample["articles"][1]["paragraphs"][6].endswith("瓶颈问题？")


def test_sample_loses_and_invents_nothing(sample):
    assert_nothing_lost_nothing_invented(sample, SAMPLE)


def test_sample_copied_without_its_blank_lines_rebuilds_the_same(sample):
    # Some copies and exports drop the blank lines between fragments: the lines are the same.
    text = "\n".join(line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip())
    page = json.loads(ok("parse", "-", stdin=text.encode()).out)
    keys = ("headline", "paragraphs", "byline", "continued_on")
    assert [[a[k] for k in keys] for a in page["articles"]] == [[a[k] for k in keys] for a in sample["articles"]]


def test_sample_has_no_header_so_overrides_fill_it():
    if not SAMPLE.exists():
        pytest.skip(f"real sample page not found at {SAMPLE}")
    page = json.loads(ok("parse", str(SAMPLE), "--paper", "温岭日报", "--date", "2024-01-23", "--page", "1").out)
    assert (page["paper"], page["date"], page["page"]) == ("温岭日报", "2024-01-23", 1)


# --- errors ---------------------------------------------------------------------------


def assert_failed(result: subprocess.CompletedProcess, bad: list[tuple[str, tuple[str, ...]]]) -> None:
    """Exit 2, one stderr line per bad file naming the file and its problem, no traceback."""
    assert result.returncode == 2, (result.returncode, result.err)
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == len(bad), lines
    for line, (name, words) in zip(lines, bad):
        assert name in line, (name, line)
        assert any(word in line.lower() for word in words), (words, line)


MISSING = ("no such file", "not found", "missing", "does not exist")
EMPTY = ("empty",)
BINARY = ("binary",)
UNDECODABLE = ("decod", "encoding")
DIRECTORY = ("director",)


def test_missing_file(tmp_path):
    result = banmian("parse", str(tmp_path / "nope.txt"))
    assert_failed(result, [("nope.txt", MISSING)])
    assert result.out == ""


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", EMPTY),
        (b"\n \n\t\n", EMPTY),
        ("\u3000\u3000\r\n".encode("utf-8"), EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, BINARY),
        (b"abc \xff\xff\xff\x80 def", UNDECODABLE),
    ],
    ids=["empty", "blank", "full-width-blank", "binary", "undecodable"],
)
def test_bad_file(tmp_path, data, words):
    path = tmp_path / "bad-page.txt"
    path.write_bytes(data)
    result = banmian("parse", str(path))
    assert_failed(result, [("bad-page.txt", words)])
    assert result.out == ""


def test_directory(tmp_path):
    result = banmian("parse", str(tmp_path))
    assert_failed(result, [(str(tmp_path), DIRECTORY)])


def test_empty_stdin():
    result = banmian("parse", "-", stdin=b"")
    assert result.returncode == 2
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "empty" in result.err.lower()


def test_good_and_bad_files_mixed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    result = banmian("parse", str(missing), str(PAGE1), str(empty), str(binary), str(PAGE2))
    assert_failed(result, [("missing.txt", MISSING), ("empty.txt", EMPTY), ("scan.png", BINARY)])
    pages = json.loads(result.out)
    assert pages == [parsed(str(PAGE1)), parsed(str(PAGE2))]


def test_good_and_bad_files_mixed_with_output_file(tmp_path):
    target = tmp_path / "out.md"
    result = banmian("parse", str(PAGE1), str(tmp_path / "gone.txt"), "-o", str(target), "--format", "markdown")
    assert_failed(result, [("gone.txt", MISSING)])
    assert "全市一季度重点项目集中开工" in target.read_text(encoding="utf-8")


def _two_page_scan(path: Path) -> Path:
    """A two-frame TIFF: the PDF reader's test page rendered twice, once with another headline."""
    pdfium = pytest.importorskip("pypdfium2")
    from store.test_page_sources import pdf_pages

    document = pdfium.PdfDocument(pdf_pages("全市重点项目　集中开工", "城南污水管网　年内完工"))
    frames = [document[n].render(scale=150 / 72, grayscale=True).to_pil().convert("L") for n in range(2)]
    document.close()
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:])
    return path


@needs_cjk_font
def test_parse_of_a_scan_tells_each_page_on_a_terminal_only(tmp_path):
    pytest.importorskip("rapidocr", reason="OCR is not installed: pip install 'banmian[ocr]'")
    scan = _two_page_scan(tmp_path / "scan.tif")
    status, out, shown = on_a_terminal("parse", str(scan), cwd=tmp_path)
    assert status == 0 and "scan.tif: page 1/2 read" in shown and "scan.tif: page 2/2 read" in shown
    pages = json.loads(out)
    assert [page["articles"][0]["headline"] for page in pages] == [["全市重点项目 集中开工"],
                                                                      ["城南污水管网 年内完工"]]
    status, quiet_out, quiet = on_a_terminal("parse", "--quiet", str(scan), cwd=tmp_path)
    assert status == 0 and quiet_out == out and "page" not in quiet
    piped = banmian("parse", str(scan), cwd=tmp_path)
    assert piped.out == out and piped.err == ""


def test_corrupt_and_truncated_pdfs_and_images_fail_alone_in_a_batch(tmp_path):
    pytest.importorskip("PIL")
    from PIL import Image

    png = tmp_path / "whole.png"
    Image.new("L", (200, 100), 255).save(png)
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(png.read_bytes()[:60])
    tiff = tmp_path / "truncated.tif"
    Image.new("L", (200, 100), 128).save(tiff)
    tiff.write_bytes(tiff.read_bytes()[:300])
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnot a PDF after all")
    result = banmian("parse", str(truncated), str(PAGE1), str(corrupt), str(tiff), str(PAGE2))
    assert result.returncode == 2 and "Traceback" not in result.err
    failed = result.err.strip().splitlines()
    assert [line.split(": ")[1].rsplit("/", 1)[-1] for line in failed] == \
        ["truncated.png", "corrupt.pdf", "truncated.tif"]
    assert json.loads(result.out) == [parsed(str(PAGE1)), parsed(str(PAGE2))]
    db = tmp_path / "archive.db"
    for name in ("truncated.png", "corrupt.pdf", "truncated.tif"):
        (tmp_path / "batch" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "batch" / name).write_bytes((tmp_path / name).read_bytes())
    (tmp_path / "batch" / "page1.txt").write_bytes(PAGE1.read_bytes())
    ingested = banmian("ingest", str(tmp_path / "batch"), "--db", str(db), "--no-enrich")
    assert ingested.returncode == 2 and "Traceback" not in ingested.err
    lines = ingested.err.strip().splitlines()
    assert len(lines) == 4 and lines[-1].startswith("stored 1 pages") and lines[-1].endswith("3 failed")


def test_a_page_number_given_for_several_files_is_refused(tmp_path):
    result = banmian("parse", str(PAGE1), str(PAGE1), "--page", "3")
    assert result.returncode == 2 and result.out == ""
    assert result.err.strip() == ("banmian: a page number names one page file, and 2 were given: "
                                  "let the pages' headers number them")


def test_an_output_that_is_an_archive_is_refused(tmp_path):
    ok("ingest", str(PAGE1), "--db", str(tmp_path / "banmian.db"), "-q")
    stored = (tmp_path / "banmian.db").read_bytes()
    result = banmian("parse", str(PAGE2), "-o", "banmian.db", cwd=tmp_path)
    assert result.returncode == 2
    assert result.err == "banmian: -o banmian.db is a database (an archive?): choose another file\n"
    assert (tmp_path / "banmian.db").read_bytes() == stored


def test_parse_on_a_gbk_pipe_writes_every_character(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("吉祥物亮相\n\n本报讯（记者王敏）城南镇的𠮷祥物€昨日亮相。\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}
    result = subprocess.run([sys.executable, "-m", "banmian.cli", "parse", str(page), "--format", "text"],
                            capture_output=True, env=env, timeout=120)
    assert result.returncode == 0 and "𠮷祥物€" in result.stdout.decode("gb18030")


def test_importing_banmian_loads_neither_the_rebuilds_stages_nor_the_tagger_until_they_are_used():
    code = ("import sys, banmian; loaded = lambda: sorted(m for m in sys.modules if m in "
            "('banmian.rebuild.patterns', 'banmian.enrich')); before = loaded(); "
            "banmian.rebuild('标题\\n\\n正文。'); banmian.tag('王小明'); print(before, loaded())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "[] ['banmian.enrich', 'banmian.rebuild.patterns']", result.stderr


def test_help_loads_neither_the_rebuild_nor_the_tagger():
    code = ("import sys\nfrom banmian.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m in ('banmian.rebuild.patterns', 'banmian.enrich')), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stderr.strip().splitlines()[-1] == "[]", result.stderr
