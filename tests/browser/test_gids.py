"""The guide after the six steps, and the pictures, in a real browser (Debian's Chromium).

For each page of "Verder na de zes stappen" and each page with a picture drawn at build time
(docs/_hooks/wik_grafieken.py): it loads without console errors and without asking another host,
its internal links resolve, axe-core finds nothing serious or critical, and at 375 px nothing
sticks out sideways. Each picture is an inline SVG with a title, visible and inside the screen at
1280 and at 375 px. Screenshots of the chart pages land in tests/artifacts/gids/.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag

import pytest

NIEUW = ["verder/", "verder/betwist/", "verder/betalingsregeling/", "verder/verjaring/", "verder/rechter/",
         "verder/wie-int/", "verder/faillissement/", "verder/btw-oninbaar/"]
#: Page → how many pictures it shows.
GRAFIEKEN = {"": 1, "stappen/": 1, "incassokosten/": 1, "rente/": 1}
BREEDTES = (1280, 375)


def naam(pagina: str) -> str:
    return pagina.strip("/").replace("/", "-") or "home"


@pytest.fixture(scope="module")
def gecontroleerd() -> dict[str, str | None]:
    """Link targets fetched in this module: URL → HTML ('' for a file that is no page, None if missing)."""
    return {}


def _links(page, site_url: str, site_origin: str, gecontroleerd: dict) -> list[str]:
    kapot = []
    for href in sorted(set(page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)"))):
        if not href.startswith(site_origin):
            continue
        doel, fragment = urldefrag(href)
        if not doel.startswith(site_url):
            kapot.append(f"{href} (buiten {site_url})")
            continue
        if doel not in gecontroleerd:
            r = page.request.get(doel)
            gecontroleerd[doel] = (r.text() if r.ok and "html" in r.headers.get("content-type", "") else
                                   ("" if r.ok else None))
        html = gecontroleerd[doel]
        if html is None:
            kapot.append(f"{href} (niet gevonden)")
        elif fragment and not re.search(rf'id="{re.escape(fragment)}"', html):
            kapot.append(f"{href} (geen id {fragment!r})")
    return kapot


def _te_breed(page) -> dict:
    return page.evaluate("""() => {
        const w = document.documentElement.clientWidth;
        const te_breed = [...document.querySelectorAll('body *')].filter(e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.right > w + 1 && getComputedStyle(e).position !== 'fixed'
                && !e.closest('.md-typeset__scrollwrap, .md-sidebar, .md-search, pre, .md-nav');
        }).slice(0, 5).map(e => e.tagName + '.' + e.getAttribute('class'));
        return {scroll: document.documentElement.scrollWidth, w, te_breed};
    }""")


def _grafieken(page) -> list[dict]:
    """Every picture: its title, its accessible name parts, and its box on the screen."""
    return page.evaluate("""() => [...document.querySelectorAll('figure.wik-grafiek svg')].map(svg => {
        const r = svg.getBoundingClientRect();
        const ids = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
        return {
            role: svg.getAttribute('role'),
            titel: svg.querySelector('title')?.textContent || '',
            namen: ids.map(id => document.getElementById(id)?.textContent || ''),
            links: r.left, rechts: r.right, breedte: r.width, hoogte: r.height,
            zichtbaar: getComputedStyle(svg).display !== 'none' && getComputedStyle(svg).visibility !== 'hidden',
            scherm: document.documentElement.clientWidth,
            tekst: Math.min(...[...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect().height)),
        };
    })""")


@pytest.mark.parametrize("pagina", NIEUW + [p for p in GRAFIEKEN if p not in NIEUW], ids=naam)
def test_gidspagina(pagina, page, kijker, site_url, site_origin, axe, artifacts, gecontroleerd):
    url = site_url + pagina
    schaduw = artifacts / "gids"
    schaduw.mkdir(exist_ok=True)
    for breedte in BREEDTES:
        page.set_viewport_size({"width": breedte, "height": 900})
        antwoord = page.goto(url, wait_until="load")
        assert antwoord is not None and antwoord.status == 200, f"{url} gaf {antwoord and antwoord.status}"
        assert page.locator("h1").count() == 1
        page.wait_for_timeout(100)

        grafieken = _grafieken(page)
        assert len(grafieken) == GRAFIEKEN.get(pagina, 0), f"{url}: {len(grafieken)} grafieken"
        for g in grafieken:
            assert g["role"] == "img" and g["titel"] and all(g["namen"]) and len(g["namen"]) == 2, g
            assert g["zichtbaar"] and g["breedte"] > 200 and g["hoogte"] > 150, f"{url} bij {breedte} px: {g}"
            assert g["links"] >= 0 and g["rechts"] <= g["scherm"] + 1, f"{url} bij {breedte} px: buiten beeld {g}"
            # the smallest text in the picture is still readable on a phone
            assert g["tekst"] >= 9, f"{url} bij {breedte} px: tekst van {g['tekst']:.1f} px"

        if breedte == 375:
            maat = _te_breed(page)
            assert maat["scroll"] <= maat["w"], f"horizontaal scrollen op 375 px: {maat}"
            assert maat["te_breed"] == [], f"elementen breder dan 375 px: {maat}"
        else:
            assert _links(page, site_url, site_origin, gecontroleerd) == [], url
        if pagina in GRAFIEKEN:
            page.screenshot(path=str(schaduw / f"{naam(pagina)}-{breedte}.png"), full_page=True)
            for i in range(len(grafieken)):
                page.locator("figure.wik-grafiek").nth(i).screenshot(
                    path=str(schaduw / f"{naam(pagina)}-grafiek{i + 1}-{breedte}.png"))
        schendingen = axe(page)
        assert schendingen == [], f"axe-core op {url} ({breedte} px): {schendingen}"

    assert kijker.fouten == [], f"fouten in de console op {url}: {kijker.fouten}"
    assert kijker.vreemde_verzoeken(site_origin) == [], f"verzoeken aan een andere host vanaf {url}"


def test_nieuwe_paginas_in_de_navigatie(page, site_url):
    page.goto(site_url)
    hrefs = page.eval_on_selector_all("nav.md-nav--primary a.md-nav__link[href]", "els => els.map(a => a.href)")
    in_nav = {urldefrag(h)[0][len(site_url):] for h in hrefs if h.startswith(site_url)}
    assert set(NIEUW) <= in_nav, set(NIEUW) - in_nav


def test_zoeken_vindt_de_nieuwe_paginas(page, kijker, site_url, site_origin):
    """Material's search (Dutch) finds a new page by a word only it uses."""
    page.goto(site_url + "verder/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("curator")
    resultaat = page.locator(".md-search-result__item")
    resultaat.first.wait_for(timeout=10_000)
    links = page.eval_on_selector_all(".md-search-result__item a[href]", "els => els.map(a => a.href)")
    assert any("verder/faillissement/" in h for h in links), links
    assert kijker.fouten == [] and kijker.vreemde_verzoeken(site_origin) == []
