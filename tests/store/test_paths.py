"""Paper, date and page from a page file's path; the page files under a folder."""

import pytest

from banmian.store.paths import PathMeta, meta_from_path, page_files


@pytest.mark.parametrize(
    "path, meta",
    [
        ("wenling/2024-01-23/01.txt", PathMeta("wenling", "2024-01-23", 1)),
        ("/data/wenling/2024-01-23/p02.txt", PathMeta("wenling", "2024-01-23", 2)),
        ("wenling/20240123/A03.txt", PathMeta("wenling", "2024-01-23", 3, "A")),
        ("nandu/2024-03-12/b01.pdf", PathMeta("nandu", "2024-03-12", 1, "B")),
        ("wenling/2024/01/23/12.txt", PathMeta("wenling", "2024-01-23", 12)),
        ("2024-01-23/01.txt", PathMeta(None, "2024-01-23", 1)),
        ("wenling_20240123_p01.txt", PathMeta("wenling", "2024-01-23", 1)),
        ("dir/wenling-2024-01-23-04.txt", PathMeta("wenling", "2024-01-23", 4)),
        ("wenweipo_20150810_A26_excerpt.txt", PathMeta("wenweipo", "2015-08-10", 26, "A")),
        ("20240123_p05.txt", PathMeta(None, "2024-01-23", 5)),
        ("wenling_20240123.txt", PathMeta("wenling", "2024-01-23", None)),
        ("wenling/第3版.txt", PathMeta(None, None, 3)),
        ("wenling-page1.txt", PathMeta(None, None, 1)),
        ("notes.txt", PathMeta()),
        ("notes 2024.txt", PathMeta()),
        ("wenling/2024-01-23/p3000000000.txt", PathMeta("wenling", "2024-01-23", None)),
        # As e-paper downloads name them: the page's name after its number, or a word before it
        ("东湖日报/2024-01-23/A01_要闻.txt", PathMeta("东湖日报", "2024-01-23", 1, "A")),
        ("东湖日报/2024-01-23/B01-城事.pdf", PathMeta("东湖日报", "2024-01-23", 1, "B")),
        ("东湖日报/2024-01-23/10-要闻.txt", PathMeta("东湖日报", "2024-01-23", 10)),
        ("东湖日报/2024-01-23/page_B05.txt", PathMeta("东湖日报", "2024-01-23", 5, "B")),
        ("人民日报_2024-01-23_要闻_04.txt", PathMeta("人民日报", "2024-01-23", 4)),
        # a dated name under the paper's folders keeps the paper the folders give
        ("东湖日报/2024-01-23/20240123A18.txt", PathMeta("东湖日报", "2024-01-23", 18, "A")),
        # a section's own folder under the issue's
        ("东湖日报/2024-01-23/B/01.txt", PathMeta("东湖日报", "2024-01-23", 1, "B")),
        ("东湖日报/2024-01-24/A叠/03.pdf", PathMeta("东湖日报", "2024-01-24", 3, "A")),
    ],
)
def test_meta_from_path(path, meta):
    assert meta_from_path(path) == meta


def test_impossible_dates_are_not_dates():
    assert meta_from_path("wenling_20240231_p01.txt").date is None
    assert meta_from_path("wenling/2024-13-01/01.txt").date is None


def test_page_files_recurse_sorted_and_skip_hidden(tmp_path):
    for name in ["b/02.txt", "b/01.txt", "a/01.txt", "a/notes.md", ".git/x.txt", "a/.hidden.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = page_files(str(tmp_path))
    assert [p[len(str(tmp_path)) + 1:] for p in found] == ["a/01.txt", "b/01.txt", "b/02.txt"]


def test_page_files_include_pdf_pages_and_scans(tmp_path):
    names = ["2024-01-23/01.pdf", "2024-01-23/02.txt", "2024-01-23/03.PNG", "2024-01-23/04.jpg",
             "2024-01-23/05.tif", "2024-01-23/06.jp2", "2024-01-23/notes.md", "2024-01-23/index.json",
             "2024-01-23/logo.gif", "2024-01-23/01_thumb.webp", "2024-01-23/icon.bmp"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = page_files(str(tmp_path))
    # A folder's GIF, WebP and BMP files are its logos and thumbnails: they failed as pages.
    assert [p[len(str(tmp_path)) + 1:] for p in found] == names[:6]
    assert page_files(str(tmp_path / "2024-01-23/logo.gif")) == [str(tmp_path / "2024-01-23/logo.gif")]


def test_files_and_stdin_are_taken_as_given(tmp_path):
    assert page_files("-") == ["-"]
    assert page_files(str(tmp_path / "missing.pdf")) == [str(tmp_path / "missing.pdf")]


def test_messages_leave_a_password_out():
    from banmian.store.errors import display_url

    assert display_url("postgresql://app:secret@db:5432/news") == "postgresql://app@db:5432/news"
    assert display_url("archive.db") == "archive.db"
    # libpq's other forms: a query parameter (any case) and key=value
    assert display_url("postgresql://pg@h:5519/news?password=S3cret&sslmode=disable") == (
        "postgresql://pg@h:5519/news?password=…&sslmode=disable")
    assert display_url("postgresql://h/news?user=pg&PASSWORD=S3cret") == "postgresql://h/news?user=pg&password=…"
    assert display_url("host=h password=S3cret dbname=news") == "host=h password=… dbname=news"


def test_a_pages_forms_of_one_name_are_read_text_then_image_then_pdf(tmp_path):
    # Of one page kept as 04.txt beside 04.pdf, the later stored is kept: the PDF, with its image and regions.
    for name in ["04.txt", "04.pdf", "04.png", "03.pdf", "05.txt"]:
        (tmp_path / name).write_bytes(b"x")
    found = page_files(str(tmp_path))
    assert [p[len(str(tmp_path)) + 1:] for p in found] == ["03.pdf", "04.txt", "04.png", "04.pdf", "05.txt"]


@pytest.mark.parametrize("path, meta", [
    # paper.people.com.cn's page files and folders: code, date and page run together; YYYY-MM/DD/NN/
    ("人民日报/2024-03/12/01/rmrb2024031201.pdf", ("人民日报", "2024-03-12", 1, None)),
    ("downloads/rmrb2024031203.pdf", ("rmrb", "2024-03-12", 3, None)),
    ("gmrb20240312A05.pdf", ("gmrb", "2024-03-12", 5, "A")),
    ("人民日报/2024-03/12/05.txt", ("人民日报", "2024-03-12", 5, None)),
    # a version or a take is no section's page
    ("final_v2.txt", (None, None, None, None)), ("t1.txt", (None, None, None, None)),
    ("A3.txt", (None, None, 3, "A")), ("wenling/2024-01-23/b01.txt", ("wenling", "2024-01-23", 1, "B")),
    # a section's folder with its name, and a folder level not understood under the date's
    ("新京报/2024-03-12/C_城事/01.txt", ("新京报", "2024-03-12", 1, "C")),
    ("新京报/2024-03-12/F叠-财经/01.txt", ("新京报", "2024-03-12", 1, "F")),
    ("新京报/2024-03-12/A叠 要闻/02.txt", ("新京报", "2024-03-12", 2, "A")),
    ("新京报/2024-03-12/A01-A16/01.txt", ("新京报", "2024-03-12", 1, "A")),
    ("新京报/2024-03-12/A/A03.txt", ("新京报", "2024-03-12", 3, "A")),
    ("新京报/2024-03-12/C_城事/C01.txt", ("新京报", "2024-03-12", 1, "C")),
    ("新京报/2024-03-12/B叠（B01-B08）/02.txt", ("新京报", "2024-03-12", 2, "B")),
    ("新京报/2024-03-12/A01~A16/03.txt", ("新京报", "2024-03-12", 3, "A")),
    # a folder level not understood keeps no date: two such folders' 01.txt would be one page
    ("新京报/2024-03-12/城事/01.txt", (None, None, 1, None)),
])
def test_e_paper_names_and_folders_give_the_page(path, meta):
    found = meta_from_path(path)
    assert (found.paper, found.date, found.page, found.section) == meta


@pytest.mark.parametrize("path, meta", [
    # Day folders as Chinese users and Windows' Chinese locale name them, and other common spellings
    ("东湖日报/2024年05月21日/01.txt", ("东湖日报", "2024-05-21", 1, None)),
    ("东湖日报/2024年5月21日/01.txt", ("东湖日报", "2024-05-21", 1, None)),
    ("东湖日报/2024.05.21/01.txt", ("东湖日报", "2024-05-21", 1, None)),
    ("东湖日报/2024_05_21/01.txt", ("东湖日报", "2024-05-21", 1, None)),
    ("温岭日报/2024-1-23/01.txt", ("温岭日报", "2024-01-23", 1, None)),
    ("温岭日报/2024/0123/01.txt", ("温岭日报", "2024-01-23", 1, None)),
    ("温岭日报/2024年/01月/23日/01.txt", ("温岭日报", "2024-01-23", 1, None)),
    ("温岭日报/2024/01月/23日/01版.txt", ("温岭日报", "2024-01-23", 1, None)),
    ("温岭日报/2024年05月/21日/01.txt", ("温岭日报", "2024-05-21", 1, None)),
    ("温岭日报2024年1月23日第1版.txt", ("温岭日报", "2024-01-23", 1, None)),
    # a page's own folder under the day's
    ("温岭日报/2024-01-23/01/page.pdf", ("温岭日报", "2024-01-23", 1, None)),
    ("温岭日报/2024-01-23/A03/page.pdf", ("温岭日报", "2024-01-23", 3, "A")),
    # a year's folder between the paper's and the month's is no paper
    ("东湖日报/2024/2024-05/21/01.txt", ("东湖日报", "2024-05-21", 1, None)),
    ("东湖日报/2024年/2024-05-21/01.txt", ("东湖日报", "2024-05-21", 1, None)),
    ("archive/2023/2024-05-21/01.txt", (None, "2024-05-21", 1, None)),
    # a page titled as e-paper sites title it: 第01版：要闻
    ("东湖日报/2024-05-21/第01版：要闻.txt", ("东湖日报", "2024-05-21", 1, None)),
    ("东湖日报/2024-05-21/第02版:科技.pdf", ("东湖日报", "2024-05-21", 2, None)),
    # a camera's name says when the picture was taken, not the issue, and names no paper
    ("phone/人民日报/1950-03-01/IMG_20240521_093012.jpg", ("人民日报", "1950-03-01", None, None)),
    ("photos/PXL_20240521_093012345.jpg", (None, None, None, None)),
    ("Screenshot_20240521-093012.png", (None, None, None, None)),
    # and what was understood before stays
    ("wenling/2024/01/23/12.txt", ("wenling", "2024-01-23", 12, None)),
    ("人民日报/2024-03/12/01/x.pdf", ("人民日报", "2024-03-12", 1, None)),
])
def test_day_folders_as_archives_spell_them_give_paper_and_date(path, meta):
    found = meta_from_path(path)
    assert (found.paper, found.date, found.page, found.section) == meta


def _tree(root, names):
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"x")


def test_a_folder_reached_through_a_link_is_searched_once(tmp_path):
    # rglob does not follow linked folders: an issue moved to another disk and linked back was skipped.
    _tree(tmp_path, ["moved/2024-05-21/01.txt", "papers/东湖日报/2024-05-22/01.txt"])
    (tmp_path / "papers/东湖日报/2024-05-21").symlink_to(tmp_path / "moved/2024-05-21")
    (tmp_path / "papers/东湖日报/loop").symlink_to(tmp_path / "papers")
    found = page_files(str(tmp_path / "papers"))
    assert [p[len(str(tmp_path / "papers")) + 1:] for p in found] == [
        "东湖日报/2024-05-21/01.txt", "东湖日报/2024-05-22/01.txt"]


def test_saved_e_paper_pages_are_taken_from_a_folder_but_not_their_images(tmp_path):
    # A folder's .html pages were skipped without a word, and the logo and buttons a browser saves
    # beside them (content_1_files/) were read as pages.
    _tree(tmp_path, ["01.txt", "content_1.html", "content_1_files/logo.png", "content_2.htm", "pics/03.png"])
    found = page_files(str(tmp_path))
    assert [p[len(str(tmp_path)) + 1:] for p in found] == ["01.txt", "content_1.html", "content_2.htm", "pics/03.png"]


def test_of_two_files_of_one_page_and_form_the_one_named_as_the_page_is_kept(tmp_path):
    # 03_旧版OCR.txt sorted after 03.txt and so replaced it: the backup was kept, the page file lost.
    _tree(tmp_path, ["2024-05-21/03.txt", "2024-05-21/03_旧版OCR.txt", "2024-05-21/03 - 副本.txt",
                     "2024-05-21/02_要闻.txt", "2024-05-21/04_old.pdf", "2024-05-21/04.txt"])
    found = page_files(str(tmp_path))
    assert [p[len(str(tmp_path)) + 12:] for p in found] == [
        "02_要闻.txt", "03 - 副本.txt", "03_旧版OCR.txt", "03.txt", "04.txt", "04_old.pdf"]
