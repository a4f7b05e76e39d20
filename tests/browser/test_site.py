"""The site in a real browser: every page loads cleanly, links resolve, axe passes, 375 px fits.

The pages are discovered from the built ``site/`` (every ``index.html`` outside ``assets/`` and
``search/``), and a separate test checks that this is the same set as the pages in the
navigation, so a page cannot silently drop out of either. Each page is opened once at desktop
width and once at 375 px, served under the GitHub Pages sub-path (see ``conftest.py``).
Screenshots land in ``tests/artifacts/site/``.
"""

from __future__ import annotations

import os

import re
from pathlib import Path
from urllib.parse import urldefrag, urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("WIK_SITE", ROOT / "site"))  # the folder conftest serves
#: Built folders that are not pages of the site: theme assets, the search index, and the
#: chrome-less embed page of the rekentool (tested with the rekentool, not in the navigation).
GEEN_PAGINA = ("assets", "search", "embed")


def paginas() -> list[str]:
    """Relative URLs of the built pages: ``""`` for home, ``"rente/"``, ``"stappen/factuur/"``…"""
    gevonden = []
    for html in SITE.glob("**/index.html"):
        deel = html.parent.relative_to(SITE).as_posix()
        if deel.split("/")[0] in GEEN_PAGINA:
            continue
        gevonden.append("" if deel == "." else deel + "/")
    return sorted(gevonden)


PAGINAS = paginas() or ["<site/ is niet gebouwd>"]


def naam(pagina: str) -> str:
    return pagina.strip("/").replace("/", "-") or "home"


@pytest.fixture(scope="module")
def gecontroleerd() -> dict[str, str]:
    """Link targets already fetched in this run: URL → HTML (shared by all pages)."""
    return {}


def test_navigatie_bevat_precies_de_gebouwde_paginas(page, site_url):
    """Every built page is in the navigation, and every navigation entry was built."""
    page.goto(site_url)
    hrefs = page.eval_on_selector_all(
        "nav.md-nav--primary a.md-nav__link[href]", "els => els.map(a => a.href)")
    in_nav = sorted({urldefrag(h)[0][len(site_url):] for h in hrefs if h.startswith(site_url)})
    assert in_nav == PAGINAS


@pytest.mark.parametrize("pagina", PAGINAS, ids=naam)
def test_pagina(pagina, page, kijker, site_url, site_origin, axe, artifacts, gecontroleerd):
    url = site_url + pagina
    antwoord = page.goto(url, wait_until="load")
    assert antwoord is not None and antwoord.status == 200, f"{url} gaf {antwoord and antwoord.status}"
    assert page.title(), "pagina zonder titel"
    assert page.locator("h1").count() == 1, "een pagina heeft precies één h1"

    # Internal links: every same-site href resolves to a page, and every #fragment to an id there.
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")
    kapot = []
    for href in sorted(set(hrefs)):
        if not href.startswith(site_origin):
            continue  # other sites are plain links; nothing is requested from them
        doel, fragment = urldefrag(href)
        if not doel.startswith(site_url):
            kapot.append(f"{href} (buiten {site_url})")
            continue
        if doel not in gecontroleerd:
            r = page.request.get(doel)
            gecontroleerd[doel] = r.text() if r.ok and "html" in r.headers.get("content-type", "") else (
                "" if r.ok else None)
        html = gecontroleerd[doel]
        if html is None:
            kapot.append(f"{href} (niet gevonden)")
        elif fragment and not re.search(rf'id="{re.escape(fragment)}"', html):
            kapot.append(f"{href} (geen id {fragment!r})")
    assert kapot == [], f"kapotte links op {url}: {kapot}"

    schaduw = artifacts / "site"
    schaduw.mkdir(exist_ok=True)
    page.screenshot(path=str(schaduw / f"{naam(pagina)}-desktop.png"), full_page=True)
    schendingen = axe(page)
    assert schendingen == [], f"axe-core op {url} (desktop): {schendingen}"

    # 375 px: nothing may stick out sideways (tables scroll inside their own box).
    page.set_viewport_size({"width": 375, "height": 800})
    page.wait_for_timeout(100)
    breedte = page.evaluate("""() => {
        const w = document.documentElement.clientWidth;
        const te_breed = [...document.querySelectorAll('body *')].filter(e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.right > w + 1 && getComputedStyle(e).position !== 'fixed'
                && !e.closest('.md-typeset__scrollwrap, .md-sidebar, .md-search, pre, .md-nav');
        }).slice(0, 5).map(e => e.tagName + '.' + e.className);
        return {scroll: document.documentElement.scrollWidth, w, te_breed};
    }""")
    assert breedte["scroll"] <= breedte["w"], f"horizontaal scrollen op 375 px: {breedte}"
    assert breedte["te_breed"] == [], f"elementen breder dan 375 px: {breedte}"
    page.screenshot(path=str(schaduw / f"{naam(pagina)}-375.png"), full_page=True)
    schendingen = axe(page)
    assert schendingen == [], f"axe-core op {url} (375 px): {schendingen}"

    assert kijker.fouten == [], f"fouten in de console op {url}: {kijker.fouten}"
    vreemd = kijker.vreemde_verzoeken(site_origin)
    assert vreemd == [], f"verzoeken aan een andere host vanaf {url}: {vreemd}"


def test_geen_onvervangen_markers_of_absolute_paden():
    """No ``{{ wik_… }}`` left in the HTML, and no root-relative link that breaks under a sub-path."""
    fouten = []
    for pagina in PAGINAS:
        html = (SITE / pagina / "index.html").read_text(encoding="utf-8")
        if "{{" in html and "wik_" in html:
            fouten.append(f"{pagina}: marker niet vervangen")
        for attr in re.findall(r'(?:href|src)="(/[^"]*)"', html):
            fouten.append(f"{pagina}: absoluut pad {attr}")
    assert fouten == []


def test_zoeken_werkt_zonder_internet(page, kijker, site_url, site_origin):
    """Material's built-in search (Dutch stemmer) runs from the site's own files."""
    page.goto(site_url + "rente/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("veertiendagenbrief")  # Material searches on key events, not on fill()
    resultaat = page.locator(".md-search-result__item")
    resultaat.first.wait_for(timeout=10_000)
    assert resultaat.count() >= 1
    teksten = " ".join(resultaat.all_inner_texts()).lower()
    assert "bezorgd" in teksten or "14-dagenbrief" in teksten
    assert kijker.fouten == []
    assert kijker.vreemde_verzoeken(site_origin) == []
    assert urlparse(page.url).path.startswith(urlparse(site_url).path)
