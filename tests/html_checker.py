"""The Nu Html Checker (vnu.jar from npm, installed by ``make test-tools``) over saved pages."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

VNU = Path(__file__).resolve().parent.parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")
needs_vnu = pytest.mark.skipif(not (VNU.exists() and JAVA), reason="needs java and vnu.jar (make test-tools)")


def html_errors(folder, pages):
    """The checker's errors in ``pages`` (name: HTML), saved in ``folder`` as ``<name>.html``;
    one ``file:line: message`` each."""
    files = []
    for name, content in pages.items():
        path = folder / f"{name}.html"
        path.write_bytes(content)
        files.append(path)
    result = subprocess.run(
        [JAVA, "-jar", str(VNU), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [
        f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages if m["type"] == "error"
    ]
