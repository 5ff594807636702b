"""bench/speed.py: another checkout's rebuild timed in the same rounds (`--against`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import pagegen  # noqa: E402

SHARED = pagegen.DEFAULT_SHARED
needs_corpus = pytest.mark.skipif(not (SHARED / pagegen.ARTICLES_FILE).exists(), reason="shared corpus not available")


@needs_corpus
def test_another_checkouts_rebuild_is_timed_in_the_same_rounds():
    result = subprocess.run(
        [sys.executable, "bench/speed.py", "--pages", "3", "--rounds", "1", "--against", str(ROOT)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    assert f"| banmian at {ROOT} |" in result.stdout
    assert f"banmian at {ROOT} runs at " in result.stdout


@needs_corpus
def test_a_folder_without_banmian_is_refused(tmp_path):
    result = subprocess.run(
        [sys.executable, "bench/speed.py", "--pages", "3", "--rounds", "1", "--against", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "holds no banmian package" in result.stderr
