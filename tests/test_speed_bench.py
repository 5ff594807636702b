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


def test_another_checkouts_rebuild_runs_its_own_stages_and_ours_ours(tmp_path):
    # its rebuild imports the stages when called: they had been this checkout's, so both trees timed one code
    import shutil

    import banmian
    import speed

    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("*.npz", "__pycache__"))
    roles = tmp_path / "src" / "banmian" / "rebuild" / "roles.py"
    roles.write_text(roles.read_text(encoding="utf-8").replace(
        "def role_of(text: str) -> str:\n", "def role_of(text: str) -> str:\n    return \"furniture\"\n", 1), encoding="utf-8")
    text = "市区新增公共停车位800个\n\n本报讯（记者王小明）1月22日，市区新增公共停车位800个。\n"
    theirs = speed.rebuild_of(tmp_path, [text])
    assert theirs(text).articles == [] and banmian.rebuild(text).articles and theirs(text).articles == []
