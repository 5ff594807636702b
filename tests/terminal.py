"""Run the real CLI with stderr on a pseudo-terminal, as a person at a shell would see it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import banmian

SRC = str(Path(banmian.__file__).resolve().parent.parent)


def on_a_terminal(*args: str, cwd: Path) -> tuple[int, str, str]:
    """Exit status, stdout, and what the terminal showed on stderr."""
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    process = subprocess.run([sys.executable, "-m", "banmian.cli", *args], cwd=cwd, env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower, timeout=120)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.returncode, process.stdout.decode("utf-8"), shown.decode("utf-8", errors="replace")
