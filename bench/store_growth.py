#!/usr/bin/env python3
"""The store's cost as the archive grows: the same pages stored again and again.

    python bench/pagegen.py --split dev --count 300 --seed 0 --out bench/out/pages300
    taskset -c 0 python bench/store_growth.py bench/out/pages300 --copies 20

The pages of the folder are read, rebuilt and enriched once, as ingest does;
then copy after copy of them is stored 100 pages a transaction, as ingest
stores them, into one new SQLite archive.  Each copy is dated four years before
the one before it (leap years stay leap years) and its page texts end with the
copy's number, so no page replaces another and each copy's jumps are paired
within its own issues.  Prints the CPU milliseconds a page of storing each copy:
archive_bench's 300 pages go into an empty archive, and storing a page costs
more as the archive's indexes grow (bench/RESULTS-archive.md, session 7).

Skips (exit 0) when the folder is absent.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from banmian.store import ingest, open_archive  # noqa: E402
from banmian.store.archive import PageToStore  # noqa: E402
from banmian.store.paths import page_files  # noqa: E402

BATCH = ingest.BATCH_PAGES


def prepared_pages(folder: str) -> list[PageToStore]:
    """Every page of the folder, rebuilt and enriched as ingest prepares it for storing."""
    return [PageToStore(ingest.prepare_page(source), source.text, **{"source": source.name, **origin})
            for name in page_files(folder) for source, origin in ingest._read(name, None, None)]


def copy_of(pages: list[PageToStore], number: int) -> list[PageToStore]:
    """The pages as copy `number`: its own issue dates and texts."""
    def moved(date: str | None) -> str | None:
        return f"{int(date[:4]) - 4 * number:04d}{date[4:]}" if date else None
    return [replace(item, page=replace(item.page, date=moved(item.page.date)), text=f"{item.text}\n{number}")
            for item in pages]


def store_copies(pages: list[PageToStore], copies: int, db: str) -> list[float]:
    """CPU ms a page of storing each copy into the archive at `db`."""
    spent = []
    with open_archive(db) as archive:
        for number in range(copies):
            batch = copy_of(pages, number)
            started = time.process_time()
            for at in range(0, len(batch), BATCH):
                results = archive.add_pages(batch[at:at + BATCH])
                failed = [r for r in results if isinstance(r, Exception) or r.replaced]
                if failed:
                    raise SystemExit(f"copy {number}: a page failed or replaced another: {failed[0]}")
            spent.append(round((time.process_time() - started) * 1000 / len(batch), 2))
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="page files (bench/pagegen.py's output)")
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args(argv)
    if not Path(args.folder).is_dir():
        print(f"skipped: {args.folder} not found (make it with bench/pagegen.py)")
        return 0
    pages = prepared_pages(args.folder)
    # As `banmian ingest` runs (archive_cli._ingest): what is loaded by now is frozen.
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    with tempfile.TemporaryDirectory() as folder:
        spent = store_copies(pages, args.copies, str(Path(folder) / "growth.db"))
    articles = sum(len(item.page.articles) for item in pages)
    print(f"{len(pages)} pages ({articles} articles) a copy; CPU ms a page of storing each copy:")
    for number, ms in enumerate(spent):
        print(f"  copy {number + 1:3d} (archive then {(number + 1) * articles:,} articles): {ms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
