"""Regenerate src/banmian/rebuild/words.txt from jieba's dictionary.

    pip download --no-deps jieba==0.42.1 && tar xzf jieba-0.42.1.tar.gz
    python bench/make_words.py jieba-0.42.1/jieba/dict.txt

Keeps the 2–4 character Chinese words with frequency ≥ 5 (see WORDS.md).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
MIN_FREQUENCY = 5
TARGET = Path(__file__).resolve().parents[1] / "src" / "banmian" / "rebuild" / "words.txt"


def words(dictionary: Path) -> list[str]:
    found = []
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency, *_ = line.split()
        if WORD.match(word) and int(frequency) >= MIN_FREQUENCY:
            found.append(word)
    return sorted(found)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    chosen = words(Path(sys.argv[1]))
    TARGET.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    print(f"{len(chosen)} words -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
