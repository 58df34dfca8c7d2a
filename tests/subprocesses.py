"""Running a piece of the project in a Python process of its own, as a server or a command would."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_python(script, env, *, cwd=ROOT, check=False, timeout=60):
    """``python -c script`` in ``cwd`` with the environment ``env``; its output as text."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=check,
        timeout=timeout,
    )
