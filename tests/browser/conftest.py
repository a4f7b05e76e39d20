"""Browser tests: real Chromium (Debian's) against the built site over HTTP.

Fixtures for every browser test module:

- ``site_url``: the built ``site/`` served under a sub-path, like GitHub Pages
  (``http://127.0.0.1:<port>/incasso-wijzer/``).
- ``site_origin``: ``http://127.0.0.1:<port>``, to tell own requests from others.
- ``page`` (pytest-playwright), launched with Debian's Chromium.
- ``kijker``: a page that records console errors, page errors and every request,
  so a test can assert there were none and no other origin was asked.
- ``axe(page)``: run axe-core in the page and return the serious and critical violations.

Run ``make build`` first (``make test`` does).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from chromium import ARGS, vind
from server import SiteServer

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("WIK_SITE", ROOT / "site"))  # WIK_SITE: another build folder
AXE = ROOT / "calculator" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "tests" / "artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    pad = vind()
    if not pad:
        pytest.fail("Geen Chromium gevonden: installeer Debian's pakket 'chromium' (make browser).")
    return {**browser_type_launch_args, "executable_path": pad, "args": ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


@pytest.fixture(scope="session")
def site_server():
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is niet gebouwd: draai eerst 'make build'.")
    with SiteServer(SITE) as server:
        yield server


@pytest.fixture(scope="session")
def site_url(site_server) -> str:
    return site_server.url


@pytest.fixture(scope="session")
def site_origin(site_server) -> str:
    return site_server.origin


@dataclass
class Kijker:
    """What a page did: console errors, uncaught errors and requested URLs."""

    page: object
    fouten: list[str] = field(default_factory=list)
    verzoeken: list[str] = field(default_factory=list)

    def vreemde_verzoeken(self, origin: str) -> list[str]:
        """Requests to any origin but our own (data: and blob: URLs are local)."""
        return [u for u in self.verzoeken
                if not u.startswith(origin) and not u.startswith(("data:", "blob:", "about:"))]


def volg(page) -> Kijker:
    """Start recording a page's console errors, page errors and requests."""
    kijker = Kijker(page)
    page.on("console", lambda m: kijker.fouten.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: kijker.fouten.append(f"pageerror: {e}"))
    page.on("request", lambda r: kijker.verzoeken.append(r.url))
    return kijker


@pytest.fixture
def kijker(page) -> Kijker:
    return volg(page)


def _axe(page, context=None) -> list[dict]:
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # evaluate, not a <script> tag: the site's Content-Security-Policy forbids inline scripts
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")
    resultaat = page.evaluate(
        """async (context) => {
            // the page as it settles: let running CSS transitions end first (after a resize the
            // theme's drawer slides away; mid-slide its title can sit over other content), at most 2 s
            const lopend = document.getAnimations().filter((a) => a.playState === "running"
                && a.effect?.getComputedTiming().endTime !== Infinity);
            await Promise.race([Promise.all(lopend.map((a) => a.finished.catch(() => {}))),
                                new Promise((klaar) => setTimeout(klaar, 2000))]);
            const r = await axe.run(context || document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }""",
        context,
    )
    return [v for v in resultaat if v["impact"] in ("serious", "critical")]


@pytest.fixture(scope="session")
def axe():
    """``axe(page, context=None)`` → serious and critical axe-core violations."""
    if not AXE.exists():
        pytest.fail("axe-core ontbreekt: draai 'make install'.")
    return _axe


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """A folder for screenshots (not committed)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
