"""Stories out of the archive: JSON Lines, CSV, Parquet or IPTC ninjs.

One record per story (an article with its continuations stitched in), with
every field `banmian show --json` gives, what it mentions included.  CSV
lists the people, organisations, places and dates mentioned, one column each;
ninjs records follow the field names of IPTC ninjs 2.0 (`people`,
`organisations`, `places`), one JSON object per line.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

from banmian.store.errors import ArchiveError
from banmian.store.stitch import Story

FORMATS = ("jsonl", "csv", "parquet", "ninjs")
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json"
# Chinese papers date their issues in China Standard Time.
ISSUE_TIMEZONE = "+08:00"
CSV_COLUMNS = ("id", "paper", "date", "page", "section", "pages", "kind", "headline", "dateline",
               "reporters", "correspondents", "photographers", "interns", "paragraphs", "parts",
               "open_jump", "people", "organisations", "places", "dates_mentioned", "ocr_confidence",
               "low_ocr_confidence")
# The entity types and the ninjs 2.0 / CSV field that lists them.
ENTITY_FIELDS = (("PER", "people"), ("ORG", "organisations"), ("LOC", "places"))
_ROLES = (("记者", "reporters"), ("通讯员", "correspondents"), ("实习生", "interns"),
          ("摄影", "photographers"))


def write(stories: Iterable[Story], fmt: str, output: str | IO | None = None) -> int:
    """Write the stories to `output` (a path, an open file, or None for stdout); return how many."""
    if fmt not in FORMATS:
        raise ArchiveError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _parquet(stories, output)
    # A CSV file starts with a BOM: Excel reads one without as the system's code page (GBK on
    # Chinese Windows), every Chinese character garbled.
    with _opened(output, encoding="utf-8-sig" if fmt == "csv" else "utf-8") as out:
        if fmt == "csv":
            return _csv(stories, out)
        record = ninjs if fmt == "ninjs" else Story.to_dict
        count = 0
        for story in stories:
            out.write(json.dumps(record(story), ensure_ascii=False) + "\n")
            count += 1
        return count


@contextlib.contextmanager
def _opened(output: str | IO | None, binary: bool = False, encoding: str = "utf-8") -> Iterator[IO]:
    if output is None:
        yield sys.stdout.buffer if binary else sys.stdout
    elif isinstance(output, str):
        with _replaced_when_done(output) as path:
            try:
                out = open(path, "wb" if binary else "w", encoding=None if binary else encoding,
                           newline=None if binary else "")
            except OSError as error:
                raise ArchiveError(f"cannot write {output}: {error.strerror}") from None
            with out:
                yield out
    else:
        yield output


@contextlib.contextmanager
def _replaced_when_done(output: str) -> Iterator[str]:
    """The path to write `output` at: a new file in its folder that replaces `output` only once
    written whole, so that a failed or interrupted export leaves what was there (a bad query
    used to leave yesterday's export empty).  A device or pipe is written to as it is."""
    if os.path.exists(output) and not os.path.isfile(output):
        yield output
        return
    target = os.path.realpath(output)  # a link is written through, not replaced
    try:
        handle, partial = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".banmian-export-")
    except OSError as error:
        raise ArchiveError(f"cannot write {output}: {error.strerror}") from None
    os.close(handle)
    try:
        yield partial
        os.chmod(partial, _file_mode(target))
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def _file_mode(path: str) -> int:
    """The mode writing over `path` with open() would have left it (mkstemp's is 0600)."""
    if os.path.exists(path):
        return os.stat(path).st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _csv(stories: Iterable[Story], out: IO) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for story in stories:
        byline = story.byline
        writer.writerow([
            story.id, story.paper or "", story.date or "", _blank(story.page), story.section or "",
            " ".join(part.printed_page() or "" for part in story.parts), story.kind, "\n".join(story.headline),
            story.dateline or "", "、".join(byline.reporters), "、".join(byline.correspondents),
            "、".join(byline.photographers), "、".join(byline.interns), "\n".join(story.paragraphs),
            " ".join(part.id for part in story.parts), "true" if story.open_jump else "false",
            *("、".join(names) for names in entity_names(story).values()),
            " ".join(dict.fromkeys(date["value"] for date in story.dates)),
            _blank(story.ocr_confidence), "true" if story.low_ocr_confidence else "false",
        ])
        count += 1
    return count


def _blank(value) -> str:
    return "" if value is None else str(value)


def entity_names(story: Story) -> dict[str, list[str]]:
    """The canonical names the story mentions, by ninjs field, each once, in text order."""
    names: dict[str, list[str]] = {name: [] for _, name in ENTITY_FIELDS}
    field_of = dict(ENTITY_FIELDS)
    for entity in story.entities:
        found = names.get(field_of.get(entity["type"], ""))
        if found is not None and entity["canonical"] not in found:
            found.append(entity["canonical"])
    return names


def ninjs(story: Story) -> dict:
    """The story as an IPTC ninjs 2.0 news item."""
    item: dict = {
        "uri": f"urn:banmian:article:{story.id}",
        "standard": {"name": "ninjs", "version": "2.0", "schema": NINJS_SCHEMA},
        "type": "picture" if story.kind == "photo" else "text",
        "representationtype": "partial" if story.open_jump else "full",
        "pubstatus": "usable",
        "language": "zh",
        "title": " ".join(story.headline),
        "headlines": [{"value": line} for line in story.headline],
        "bodies": [{"role": "main", "contenttype": "text/plain",
                    "value": "\n".join(story.paragraphs),
                    "charcount": sum(len(p) for p in story.paragraphs)}],
        "altids": [{"role": "banmian-part", "value": part.id} for part in story.parts],
    }
    by = " ".join(f"{role} {'、'.join(getattr(story.byline, name))}"
                  for role, name in _ROLES if getattr(story.byline, name))
    if by:
        item["by"] = by
    if story.date:
        item["contentcreated"] = f"{story.date}T00:00:00{ISSUE_TIMEZONE}"
    if story.paper:
        item["copyrightholder"] = story.paper
        item["infosources"] = [{"name": story.paper}]
    if story.dateline:
        item["descriptions"] = [{"role": "dateline", "value": story.dateline}]
    if story.open_jump:
        item["ednote"] = "incomplete: a part this story jumps to or from is not in the archive"
    for name, found in entity_names(story).items():
        if found:
            item[name] = [{"name": entity} for entity in found]
    return item


def _parquet(stories: Iterable[Story], output: str | IO | None) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ArchiveError("parquet export needs pyarrow: pip install 'banmian[parquet]'") from None
    names = pa.list_(pa.string())
    schema = pa.schema([
        ("id", pa.string()), ("paper", pa.string()), ("date", pa.string()), ("page", pa.int32()),
        ("section", pa.string()), ("pages", pa.list_(pa.int32())), ("printed_pages", pa.list_(pa.string())),
        ("kind", pa.string()),
        ("headline", names), ("paragraphs", names),
        ("byline", pa.struct([(role, names) for role in
                              ("reporters", "correspondents", "photographers", "interns", "text")])),
        ("dateline", pa.string()),
        ("parts", pa.list_(pa.struct([
            ("id", pa.string()), ("page", pa.int32()), ("headline", names),
            ("paragraphs", pa.int32()), ("continued_from", pa.int32()), ("continued_on", pa.int32()),
            ("ocr_confidence", pa.float64()), ("section", pa.string()),
            ("continued_from_section", pa.string()), ("continued_on_section", pa.string()),
        ]))),
        ("open_jump", pa.bool_()),
        ("entities", pa.list_(pa.struct([
            ("text", pa.string()), ("type", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
            ("canonical", pa.string()), ("title", pa.string()), ("role", pa.string()),
            ("group", pa.string()), ("part", pa.string()),
            ("story_start", pa.int32()), ("story_end", pa.int32()),
        ]))),
        ("dates", pa.list_(pa.struct([
            ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("value", pa.string()),
            ("precision", pa.string()), ("part_of_day", pa.string()), ("relative", pa.bool_()),
            ("part", pa.string()), ("story_start", pa.int32()), ("story_end", pa.int32()),
        ]))),
        ("quantities", pa.list_(pa.struct([
            ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("value", pa.float64()),
            ("unit", pa.string()), ("counts", pa.string()), ("approximate", pa.bool_()),
            ("part", pa.string()), ("story_start", pa.int32()), ("story_end", pa.int32()),
        ]))),
        ("regions", pa.list_(pa.struct([
            ("part", pa.string()), ("page", pa.int32()), ("kind", pa.string()),
            ("bbox", pa.struct([(side, pa.float64()) for side in ("x0", "y0", "x1", "y1")])),
        ]))),
        ("ocr_confidence", pa.float64()), ("low_ocr_confidence", pa.bool_()),
    ])
    count = 0
    with _opened(output, binary=True) as out, pq.ParquetWriter(out, schema) as writer:
        batch: list[dict] = []
        for story in stories:
            batch.append(story.to_dict())
            count += 1
            if len(batch) == 2000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count
