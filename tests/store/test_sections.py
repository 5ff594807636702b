"""Sectioned papers (A/B/C叠): page 1 of section B is B01, a page of its own, and jumps stay in their section."""

from __future__ import annotations

from dataclasses import replace

import pytest

from banmian import rebuild
from banmian.archive_cli import _story_text
from banmian.store import NotFoundError, get_article, ingest_paths, ingest_text

from .fixtures import PAGE1, PAGE2


def sectioned(text: str, section: str) -> str:
    """The fixture page as printed in `section`: its header's 第N版 becomes 第{section}0N版, its
    stories told apart from the other section's."""
    for number in ("1", "2"):
        text = text.replace(f"第{number}版", f"第{section}0{number}版")
    return text.replace("市人大常委会", f"{section}区人大常委会").replace("数控机床", f"{section}型数控机床")


def test_pages_of_two_sections_with_the_same_number_are_two_pages(archive, tmp_path):
    # B01 was stored as page 1 and replaced A01: half of every sectioned issue was lost.
    folder = tmp_path / "南方都市报" / "2024-01-23"
    folder.mkdir(parents=True)
    for section in "AB":
        for number, page in enumerate((PAGE1, PAGE2), 1):
            (folder / f"{section}0{number}.txt").write_text(sectioned(page, section), encoding="utf-8")
    report = ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert report.pages == 4 and not report.collisions and not report.failed
    keys = {row["key"] for row in archive._query("SELECT key FROM pages")}
    assert keys == {f"温岭日报|2024-01-23|{label}" for label in ("A1", "A2", "B1", "B2")}
    assert archive.page_at("温岭日报", "2024-01-23", 1, "B")["raw_text"] == sectioned(PAGE1, "B")
    # Each front-page story is joined to its continuation in its own section.
    heads = archive._query("SELECT a.id, a.section FROM articles a JOIN jumps j ON j.from_id = a.id")
    assert sorted(row["section"] for row in heads) == ["A", "A", "B", "B"]
    for row in heads:
        story = get_article(archive, row["id"])
        assert story.section == row["section"] and story.pages == [1, 2]
        assert all(f"{row['section']}" in text for text in story.paragraphs if "人大常委会" in text)


def test_a_section_comes_from_the_header_or_is_given():
    page = rebuild(sectioned(PAGE1, "B"))
    assert (page.page, page.section) == (1, "B")
    given = rebuild(PAGE1, page=3, section="C")
    assert (given.page, given.section) == (3, "C")


def test_a_page_stored_before_sections_were_read_is_replaced_not_kept_twice(archive):
    text = sectioned(PAGE1, "B")
    built = rebuild(text)
    archive.add_page(replace(built, section=None), text=text)  # as an older banmian stored it: key …|1
    ingest_text(archive, text, enrich=False)
    assert [row["key"] for row in archive._query("SELECT key FROM pages")] == ["温岭日报|2024-01-23|B1"]


def test_a_page_whose_section_is_not_known_is_joined_to_the_jumps_of_any(archive):
    # Page A01 says its section; its page 2, given by number only (--page 2), says none.
    ingest_text(archive, sectioned(PAGE1, "A"), enrich=False)
    ingest_text(archive, PAGE2.replace("第2版", "要闻"), paper="温岭日报", date="2024-01-23", page=2,
                enrich=False)
    assert archive.counts()["jumps"] == 2


def test_a_jump_that_names_another_section_joins_that_section_s_page(archive, tmp_path):
    # A01's stories go on in section B (（下转B2版）, （上接A1版）); A02 holds other stories.  The
    # letter was dropped, so the jumps looked for page 2 of section A and were never joined.
    front = sectioned(PAGE1, "A").replace("（下转第二版）", "（下转B2版）")
    continued = (sectioned(PAGE2, "B").replace("（上接第一版）", "（上接A1版）")
                 .replace("B区人大常委会", "A区人大常委会").replace("B型数控机床", "A型数控机床"))
    ingest_text(archive, front, enrich=False)
    ingest_text(archive, sectioned(PAGE2, "A").replace("（上接第一版）\n", ""), enrich=False)
    ingest_text(archive, continued, enrich=False)
    heads = archive._query("SELECT a.id FROM articles a JOIN jumps j ON j.from_id = a.id")
    assert len(heads) == 2
    for row in heads:
        story = get_article(archive, row["id"])
        assert [(part.section, part.page) for part in story.parts] == [("A", 1), ("B", 2)]
        assert story.parts[0].continued_on_section == "B" and story.parts[1].continued_from_section == "A"
        assert "第A1、B2版" in _story_text(story) and "(第B2版)" in _story_text(story).split("parts: ")[1]
        # The JSON of show and the exports names each part's page as printed, not only its number.
        assert story.to_dict()["printed_pages"] == ["A1", "B2"] and story.pages == [1, 2]
    rebuilt = rebuild(front)
    assert {(a.continued_on, a.continued_on_section) for a in rebuilt.articles if a.continued_on} == {(2, "B")}


def test_a_plain_page_number_in_the_header_keeps_the_section_of_the_path(archive, tmp_path):
    # Both sections' fronts print 第1版: B01.txt was stored as page 1 and replaced A01.txt.
    folder = tmp_path / "温岭日报" / "2024-01-23"
    folder.mkdir(parents=True)
    for section in "AB":
        (folder / f"{section}01.txt").write_text(PAGE1.replace("市人大常委会", f"{section}区人大常委会"),
                                                 encoding="utf-8")
    report = ingest_paths(archive, [str(folder / "A01.txt"), str(folder / "B01.txt")], enrich=False)
    assert report.pages == 2 and not report.collisions
    keys = {row["key"] for row in archive._query("SELECT key FROM pages")}
    assert keys == {"温岭日报|2024-01-23|A1", "温岭日报|2024-01-23|B1"}
    # A path whose number is not the header's says nothing of the header's page.
    other = tmp_path / "2024-01-23" / "B03.txt"
    other.parent.mkdir()
    other.write_text(PAGE2, encoding="utf-8")
    ingest_paths(archive, [str(other)], enrich=False)
    assert archive.page_at("温岭日报", "2024-01-23", 2)["raw_text"] == PAGE2


def test_deleting_a_page_number_of_a_sectioned_issue_names_its_sections(archive):
    for section in "AB":
        ingest_text(archive, sectioned(PAGE2, section), enrich=False)
    with pytest.raises(NotFoundError, match=r"no page 温岭日报 2024-01-23 2 in the archive \(it holds A2, B2\)"):
        archive.remove_page("温岭日报", "2024-01-23", 2)
