"""axe-core in the page under test, from the npm package `make install` puts in node_modules/."""

from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_SOURCE = AXE.read_text() if AXE.exists() else ""
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

needs_axe = pytest.mark.skipif(not AXE.exists(), reason="no axe-core (make install runs npm ci)")


def axe_violations(page):
    """The page's WCAG 2.1 AA violations, one line each: rule, help text, the first few elements."""
    # Evaluated through the DevTools protocol, which the page's CSP (rightly) does not cover.
    page.evaluate(AXE_SOURCE)
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
    )
    return [
        f"{violation['id']}: {violation['help']} — {[node['target'] for node in violation['nodes'][:3]]}"
        for violation in result["violations"]
    ]
