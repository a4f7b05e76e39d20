# Over 200 lines: the print and PDF checks share one slow page set-up (a real Pyodide start).
"""The Rekentool tab as a record: what is owed now, the printed calculation, results in view.

Real Chromium against the built site, real Pyodide, started once for this module. The state is
set through the URL fragment, like a shared link; expected figures come from CPython's
``wik.handle`` on the very request the browser sent. The PDF and screenshots land in
``tests/artifacts/afdruk/`` (or ``$WIK_SHOTS``).
"""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import volg
from test_rekentool import EL, PANEEL, SAMENVATTING, euro, fragment, staat
from wik import handle

#: An amount as the site writes it: `€ 1.234,56` (a space or a non-breaking one after the sign).
BEDRAG = re.compile(r"€[ \u00a0]\d{1,3}(?:\.\d{3})*,\d{2}")
RESULTAAT = f"{EL} [id$=paneel-rekentool] .wik-resultaat"
#: Three invoices, two due the same day (they share a payment), a payment, and both parties.
VOLLEDIG = staat(
    vorderingen=[{"kenmerk": "F-101", "bedrag": "1.250,00", "vervaldatum": "2026-02-28"},
                 {"kenmerk": "F-102", "bedrag": "800", "vervaldatum": "2026-02-28"},
                 {"kenmerk": "F-103", "bedrag": "3.400,00", "vervaldatum": "2026-05-31"}],
    betalingen=[{"bedrag": "600", "datum": "2026-06-15", "kenmerk": ""}],
    brief={"schuldeiser": {"naam": "Bakkerij De Korst", "plaats": "Utrecht"}, "schuldenaar": {"naam": "J. Jansen"}})

ANDER = staat(vorderingen=[{"kenmerk": "X", "bedrag": "1", "vervaldatum": "2026-01-31"}])


@pytest.fixture(scope="module")
def map_(artifacts) -> Path:
    pad = Path(os.environ.get("WIK_SHOTS") or artifacts / "afdruk")
    pad.mkdir(parents=True, exist_ok=True)
    return pad


@pytest.fixture(scope="module")
def pagina(browser, browser_context_args, site_url):
    """One page with the rekentool, Python started: ``(page, kijker)``."""
    context = browser.new_context(**browser_context_args, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    kijker = volg(page)
    page.goto(site_url + "rekentool/" + fragment(staat()))
    page.evaluate(f"async () => {{ await customElements.whenDefined('{EL}'); await document.querySelector('{EL}').ready; }}")
    yield page, kijker
    context.close()


def zet(page, nieuwe_staat: dict) -> tuple[dict, dict]:
    """Put a state in the fragment and return the request the element sent and its answer."""
    detail = page.evaluate("""async ([f, ander]) => {
        const el = document.querySelector('wik-rekentool');
        const zet = (hash) => {
            const klaar = new Promise((ok) => {
                el.addEventListener('wik-rekentool:uitkomst', (e) => ok(e.detail), {once: true});
                setTimeout(() => ok(null), 15000);
            });
            location.hash = hash;
            return klaar;
        };
        await zet(ander);  // the state shown may be this one already (then nothing would be calculated)
        return await zet(f);
    }""", [fragment(nieuwe_staat), fragment(ANDER)])
    assert detail, "geen uitkomst"
    verwacht = json.loads(json.dumps(handle(detail["verzoek"])))
    assert detail["antwoord"] == verwacht, "de browser rekent anders dan CPython"
    return detail["verzoek"], verwacht


def bedragen(tekst: str) -> set[str]:
    return {b.replace("\u00a0", " ") for b in BEDRAG.findall(tekst)}


def zichtbare_bediening(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('input, select, button, textarea')]
        .filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 100))""")


# --- what is owed now --------------------------------------------------------------------------

def test_consument_ziet_wat_nu_en_wat_na_de_brief_verschuldigd_is(pagina):
    page, _ = pagina
    _, a = zet(page, staat(vorderingen=[{"kenmerk": "F-1", "bedrag": "10.000,00", "vervaldatum": "2026-10-31"}]))
    assert a["incassokosten"]["verschuldigd"] is False and a["nu_verschuldigd"] != a["totaal"]
    expect(page.locator(f"{SAMENVATTING} [data-post=nu] dt")).to_have_text("Nu verschuldigd")
    expect(page.locator(f"{SAMENVATTING} [data-post=nu] dd")).to_have_text(euro(a["nu_verschuldigd"]))
    expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dt")).to_have_text("Na de 14-dagenbrief")
    expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(a["totaal"]))
    expect(page.locator(f"{PANEEL} .wik-nu-uitleg")).to_contain_text(
        f"de incassokosten ({euro(a['incassokosten']['open'])}) zijn pas verschuldigd")
    expect(page.locator(f"{EL} [aria-live=polite]")).to_contain_text(f"Nu verschuldigd {euro(a['nu_verschuldigd'])}")
    for melding in a["meldingen"]:
        expect(page.locator(f"{PANEEL} .wik-meldingen [data-code={melding['code']}]")).to_have_text(melding["tekst"])

    # handelsrente chosen for a consumer: the warning is there, the two figures stay
    _, a = zet(page, staat(vorderingen=[{"kenmerk": "F-1", "bedrag": "10.000,00", "vervaldatum": "2026-10-31"}],
                           rente={"soort": "handels", "percentage": "", "samengesteld": True}))
    waarschuwing = [m for m in a["meldingen"] if m["code"] == "handelsrente_consument"]
    assert waarschuwing
    expect(page.locator(f"{PANEEL} .wik-meldingen [data-code=handelsrente_consument]")).to_be_visible()
    expect(page.locator(f"{PANEEL} .wik-meldingen [data-code=handelsrente_consument]")).to_have_text(waarschuwing[0]["tekst"])
    expect(page.locator(f"{SAMENVATTING} [data-post=nu] dd")).to_have_text(euro(a["nu_verschuldigd"]))


@pytest.mark.parametrize("anders", [
    {"kosten": {"soort": "wik", "verschuldigd_vanaf": "2026-11-10"}},  # the 14-day letter ran out
    {"debiteur": "bedrijf"},
    {"kosten": {"soort": "geen"}},
], ids=["brief-verlopen", "bedrijf", "geen-kosten"])
def test_anders_een_totaal(pagina, anders):
    page, _ = pagina
    _, a = zet(page, staat(vorderingen=[{"kenmerk": "F-1", "bedrag": "10.000,00", "vervaldatum": "2026-10-31"}], **anders))
    expect(page.locator(f"{SAMENVATTING} [data-post=nu]")).to_have_count(0)
    expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dt")).to_have_text("Totaal te vorderen")
    expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(a["totaal"]))
    expect(page.locator(f"{PANEEL} .wik-nu-uitleg")).to_have_count(0)
    assert a["nu_verschuldigd"] == a["totaal"]  # no costs that wait for a 14-day letter, in every case


# --- the printed calculation -------------------------------------------------------------------

def test_afdruk_bevat_elk_bedrag_en_geen_bediening(pagina, map_):
    page, kijker = pagina
    verzoek, a = zet(page, VOLLEDIG)
    page.get_by_label("Per factuur, met een subtotaal per factuur").check()
    for kenmerk in ("F-101", "F-102", "F-103"):  # a subtotal per invoice: the sum of its periods
        som = sum(Decimal(p["bedrag"]) for p in a["rente"]["perioden"] if p["kenmerk"] == kenmerk)
        tabel = page.locator(f"{PANEEL} table", has=page.locator("caption", has_text=f"Rente over factuur {kenmerk}"))
        expect(tabel.locator("tfoot")).to_contain_text(f"Subtotaal {kenmerk}")
        expect(tabel.locator("tfoot")).to_contain_text(euro(f"{som:.2f}"))
    deel = a["betalingen"][0]["vorderingen"]
    assert len(deel) == 2  # two invoices due the same day share the payment
    for v in deel:
        expect(page.locator(f"{PANEEL} .wik-deelrij", has_text=f"factuur {v['kenmerk']}")).to_contain_text(euro(v["hoofdsom"]))
    scherm = bedragen(page.locator(RESULTAAT).inner_text())
    for bedrag in (a["hoofdsom"], a["totaal"], a["nu_verschuldigd"], a["incassokosten"]["wettelijk"], a["rente"]["totaal"],
                   *(p["bedrag"] for p in a["rente"]["perioden"]), *(p["grondslag"] for p in a["rente"]["perioden"])):
        assert euro(bedrag) in scherm
    page.get_by_role("button", name="Afdrukken / PDF").wait_for()

    page.emulate_media(media="print")
    try:
        afdruk = page.inner_text("body")
        ontbreekt = sorted(scherm - bedragen(afdruk))
        assert ontbreekt == [], f"op het scherm, niet in de afdruk: {ontbreekt}"
        assert zichtbare_bediening(page) == []
        for weg in (".md-header", ".md-sidebar--primary", ".md-footer", "h1", f"{EL} .wik-tabs", f"{EL} form",
                    f"{EL} .wik-balk", ".wik-afdruk"):
            assert page.locator(weg).first.is_hidden(), f"{weg} zichtbaar in de afdruk"
        for tekst in ("Berekening van incassokosten en rente", "Bakkerij De Korst, Utrecht", "J. Jansen", "Afgedrukt op",
                      "Uiterste betaaldag", "Dagen", "Over", "Naar kosten", page.url):
            assert tekst in afdruk, f"{tekst!r} niet in de afdruk"
        for v in verzoek["vorderingen"]:
            assert v["kenmerk"] in afdruk and euro(v["bedrag"]) in afdruk
        # on A4 (165 mm between the margins is about 624 px) every column shows and nothing is clipped
        page.set_viewport_size({"width": 624, "height": 900})
        afgeknipt = page.evaluate(f"""() => [...document.querySelectorAll('{RESULTAAT} :is(.wik-tabelvak, td, th, dd)')]
            .filter((e) => e.checkVisibility() && e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent.slice(0, 40))""")
        assert afgeknipt == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 624
        page.screenshot(path=map_ / "rekentool-afdruk.png", full_page=True)
        page.pdf(path=map_ / "rekentool-afdruk.pdf", format="A4")
    finally:
        page.emulate_media(media="screen")
        page.set_viewport_size({"width": 1280, "height": 900})
    paginas = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", (map_ / "rekentool-afdruk.pdf").read_bytes()))
    assert 1 <= paginas <= 3, f"{paginas} pagina's"
    assert kijker.fouten == []


# --- results where the eye is ------------------------------------------------------------------

def test_breed_naast_het_formulier_smal_een_balk(pagina, axe, map_):
    page, _ = pagina
    _, a = zet(page, VOLLEDIG)
    formulier = page.locator(f"{PANEEL} form").bounding_box()
    uitkomst = page.locator(RESULTAAT).bounding_box()
    assert uitkomst["x"] >= formulier["x"] + formulier["width"], "de uitkomst staat niet naast het formulier"
    assert axe(page, EL) == []
    page.screenshot(path=map_ / "rekentool-1280.png", full_page=True)
    page.evaluate(f"window.scrollTo(0, document.querySelector('{PANEEL} form').getBoundingClientRect().bottom + scrollY - 700)")
    page.wait_for_timeout(100)
    kern = page.locator(f"{PANEEL} .wik-kern").bounding_box()
    assert 0 <= kern["y"] < 200, f"de samenvatting scrolt weg: {kern}"
    page.screenshot(path=map_ / "rekentool-1280-gescrold.png")
    expect(page.locator(f"{PANEEL} .wik-balk")).to_be_hidden()

    page.set_viewport_size({"width": 375, "height": 740})
    try:
        page.wait_for_timeout(150)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert axe(page, EL) == []
        # the key columns fit: no table scrolls, no amount is cut off
        vakken = page.evaluate(f"""() => [...document.querySelectorAll('{RESULTAAT} .wik-tabelvak')]
            .filter((v) => v.checkVisibility()).map((v) => [v.getAttribute('aria-label'), v.scrollWidth, v.clientWidth])""")
        assert vakken and all(s <= c + 1 for _, s, c in vakken), vakken
        koppen = page.locator(f"{RESULTAAT} table", has=page.locator("caption", has_text="Rente over factuur F-101")).locator("thead th")
        expect(koppen.filter(visible=True)).to_have_text(["Periode", "Rente per jaar", "Rente"])
        afgeknipt = page.evaluate(f"""() => [...document.querySelectorAll('{RESULTAAT} :is(td, th, dd)')]
            .filter((e) => e.checkVisibility() && (e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > innerWidth))
            .map((e) => e.textContent.slice(0, 40))""")
        assert afgeknipt == []
        # the bar: in view with the form, small, gone while a field has focus or the summary shows
        balk = page.locator(f"{PANEEL} .wik-balk")
        page.locator(f"{PANEEL} form input").nth(3).scroll_into_view_if_needed()
        expect(balk).to_be_visible()
        expect(balk).to_contain_text(euro(a["nu_verschuldigd"]))
        assert balk.bounding_box()["height"] <= 60
        page.screenshot(path=map_ / "rekentool-375-balk.png")
        page.locator(f"{PANEEL} form input[type=text]").first.focus()
        expect(balk).to_be_hidden()
        page.evaluate("document.activeElement.blur()")
        expect(balk).to_be_visible()
        page.locator(f"{PANEEL} .wik-kern").scroll_into_view_if_needed()
        expect(balk).to_be_hidden()
        page.screenshot(path=map_ / "rekentool-375.png", full_page=True)
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.parametrize("pad", ["rente/", "stappen/", "veertiendagenbrief/", "btw/", "incassokosten/"])
def test_geen_bedrag_afgesneden_op_375_pixels(browser, browser_context_args, site_url, pad):
    context = browser.new_context(**browser_context_args, viewport={"width": 375, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + pad)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        afgesneden = page.evaluate("""() => [...document.querySelectorAll('.md-typeset table :is(td, th)')]
            .filter((c) => /€\\s?\\d/.test(c.innerText) && c.getBoundingClientRect().right > innerWidth)
            .map((c) => c.innerText)""")
        assert afgesneden == [], f"{pad}: {afgesneden}"
    finally:
        context.close()
