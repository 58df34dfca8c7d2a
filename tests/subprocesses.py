"""Running a piece of the project in a Python process of its own, as a server or a command would."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A page and the health check as a visitor and a monitor get them, with whatever database the
# environment names: each path's status and Retry-After, then its content.
PAGES_SCRIPT = """
import django
from django.test import Client, override_settings
django.setup()
client = Client(raise_request_exception=False)
storages = {"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
with override_settings(STORAGES=storages):
    for path in ("/ru/contacts/", "/healthz"):
        response = client.get(path)
        print(path, response.status_code, response.get("Retry-After"))
        print(response.content.decode())
"""


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
