"""The rebuild: raw page lines to articles.

The stages, each a plain function over the document model:

1. `roles.classify`      – what each line is on its own (furniture, jump, credit, byline, text)
2. `layout.read_layout`  – the page's input form, indents, paragraph spaces and column widths
3. `paragraphs.blocks`   – join lines cut by a line or column end into paragraphs
4. `articles.place`      – where stories start and end; headline blocks, photos, subheads
5. `assemble.assemble`   – placements to a `Page` (bylines, datelines, jumps, header)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from banmian.errors import InputError
from banmian.model import PAGE_NUMBER_END, BBox, Line, Page, parse_page_label, valid_date, valid_section
from banmian.read import SourcePage, read_path, read_text, upright_page

# The stages are imported where a page is rebuilt, not with the package: their patterns and models take
# a second to load, which the archive's commands and the modules reading only `traditional` do not need.


def rebuild(text: str, *, paper: str | None = None, date: str | None = None,
            page: int | str | None = None, section: str | None = None) -> Page:
    """Rebuild the articles of one page of raw text; `section` is a sectioned paper's letter (B for B01),
    or `page` says both ("B1", as `--page` takes it)."""
    page, section = _checked_metadata(date, page, section)
    source = read_text(text)
    if not source.lines:
        raise InputError("empty input: only blank lines")
    return rebuild_source(source, paper=paper, date=date, page=page, section=section)


def rebuild_source(source: SourcePage, *, paper: str | None = None, date: str | None = None,
                   page: int | None = None, section: str | None = None) -> Page:
    """Rebuild one page read from a file; `page` numbers the file's first page, and a later page
    of a file of several (a PDF, a TIFF) is numbered on from it where its own head prints no
    number (the count is a guess: a file of selected pages skips some)."""
    later = bool(source.index)
    built = rebuild_lines(source.lines, paper=paper, date=date, page=None if later else page,
                          section=None if later else section, figures=source.figures)
    # A page set vertically is read turned a quarter (SourcePage.turned): its boxes go back on the page.
    built = upright_page(built, source.turned) if source.turned else built
    if later and page is not None and built.page is None:
        return with_metadata(built, source, built.paper, built.date, numbered_on(page, source), section)
    return built


def numbered_on(first: int | None, source: SourcePage) -> int | None:
    """The number of `source` in its file, where the file's first page is numbered `first`."""
    return first + source.index if first is not None and source.index else first


def rebuild_file(sources: Iterable[SourcePage], *, paper: str | None = None, date: str | None = None,
                 page: int | None = None, section: str | None = None) -> Iterator[Page]:
    """Rebuild each page of one file (`rebuild_source`), `page` its first page's number; a later
    page whose head says no paper, date or page takes them from the page before (`after`)."""
    previous = None
    for source in sources:
        if previous is None:
            built = rebuild_source(source, paper=paper, date=date, page=page, section=section)
        else:
            built = filled_in(rebuild_source(source, paper=paper, date=date), source, after(*previous, source))
        previous = built, source.index or 0
        yield built


def after(previous: Page, previous_index: int, source: SourcePage) -> tuple[str | None, str | None, int | None,
                                                                           str | None]:
    """Paper, date, page and section for a later page of `previous`'s file: one file is one issue,
    its pages in order, so the same paper and date, and the page numbered on from the one before
    (whose own head may have printed its number: 4, 第七版, then 8)."""
    number = previous.page + (source.index or 0) - previous_index if previous.page is not None else None
    if number is not None and not 1 <= number < PAGE_NUMBER_END:
        number = None
    return previous.paper, previous.date, number, previous.section if number is not None else None


def filled_in(built: Page, source: SourcePage, wanted: tuple[str | None, str | None, int | None, str | None]) -> Page:
    """`built` with the paper, date and page (with its section) it lacks taken from `wanted`."""
    paper, date, page, section = wanted
    numbered = (built.page, built.section) if built.page is not None else (page, section)
    return with_metadata(built, source, built.paper or paper, built.date or date, *numbered)


def with_metadata(built: Page, source: SourcePage, paper: str | None, date: str | None, page: int | None,
                  section: str | None) -> Page:
    """`built` (rebuilt from `source`) as it is with this paper, date, page and section.

    Assembled again rather than patched, so the article ids are those that `banmian parse --paper
    --date --page` gives for the same page.  The metadata reach only the rebuild's last stage, so
    its placements are reused, not redone; from the lines as read (a vertical page's on its turned
    frame, where built.lines are back on the page and its regions cannot be found), then put back on
    the page like built."""
    from banmian.rebuild.assemble import assemble

    if (paper, date, page, section) == (built.paper, built.date, built.page, built.section):
        return built
    again = assemble(source.lines, built.placements, paper=paper, date=date, page=page, section=section,
                     figures=source.figures)
    return upright_page(again, source.turned) if source.turned else again


def rebuild_lines(lines: list[Line], *, paper: str | None = None, date: str | None = None,
                  page: int | str | None = None, section: str | None = None,
                  figures: Sequence[BBox] = ()) -> Page:
    """Rebuild from lines made by any reader (text, PDF, scan); `figures` are photo boxes where it found them.

    Readers give only lines with text; a blank one is the caller's mistake.
    """
    from banmian.rebuild.articles import place
    from banmian.rebuild.assemble import assemble
    from banmian.rebuild.layout import close_paragraph_spaces, read_layout
    from banmian.rebuild.paragraphs import blocks
    from banmian.rebuild.roles import classify
    from banmian.rebuild.traditional import fold_table, folded

    blank = next((line.number for line in lines if not line.text.strip()), None)
    if blank is not None:
        raise InputError(f"line {blank} has no text: blank lines are gaps (gap_before), not lines")
    page, section = _checked_metadata(date, page, section)
    table = fold_table(lines)
    units = classify(close_paragraph_spaces(folded(lines, table)))
    layout = read_layout(units, figures)
    placements = place(blocks(units, layout), layout)
    return assemble(lines, placements, paper=paper, date=date, page=page, section=section, figures=figures,
                    fold=table)


def _checked_metadata(date: str | None, page: int | str | None,
                      section: str | None = None) -> tuple[int | None, str | None]:
    """The page number and section given, checked: a date must be a real YYYY-MM-DD date, a page
    a number at least 1 or a label such as "B1", and a section one letter A-Z (b is B) with a page
    number — they are stored and compared as such."""
    if date is not None and not (isinstance(date, str) and valid_date(date)):
        raise InputError(f"date {date!r} is not a YYYY-MM-DD date")
    if isinstance(page, str):
        try:
            labelled, page = parse_page_label(page)
        except ValueError as error:
            raise InputError(f"page {error}") from None
        if section is not None and labelled is not None and section.upper() != labelled:
            raise InputError(f"page {labelled}{page} is not in section {section!r}")
        section = section or labelled
    if page is not None and not (isinstance(page, int) and 1 <= page < PAGE_NUMBER_END):
        raise InputError(f"page {page!r} is not a page number (1 or more)")
    if section is not None:
        section = section.upper() if isinstance(section, str) else section
        if not (valid_section(section) and page):
            raise InputError(f"section {section!r} is not a letter A-Z given with a page number")
    return page, section


def rebuild_path(path: str | Path, *, paper: str | None = None, date: str | None = None,
                 page: int | str | None = None, section: str | None = None) -> list[Page]:
    """Read a page file (any supported format) and rebuild each page in it."""
    page, section = _checked_metadata(date, page, section)
    return list(rebuild_file(read_path(path), paper=paper, date=date, page=page, section=section))
