import pytest


@pytest.fixture(autouse=True)
def evidence_root(settings, tmp_path):
    """Evidence goes to the test's own folder, never the project's."""
    root = tmp_path / "evidence"
    settings.STORAGES = {
        **settings.STORAGES,
        "evidence": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": root}},
    }
    return root
