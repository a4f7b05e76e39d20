"""The debtor's check (`<wik-controle>` on controle/) in a real browser: the built site, real Pyodide.

One page starts Python once; the tests fill the form as a visitor would and read what the visitor
reads: the verdict first, the points, and the reply letter. Expected figures come from CPython's
``wik.handle`` in this process. Screenshots land in ``tests/artifacts/controle/``.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import volg
from wik import handle

EL = "wik-controle"
PEILDATUM = "2026-11-30"


def euro(bedrag: str) -> str:
    heel, cent = bedrag.split(".")
    return "€ " + f"{int(heel):,}".replace(",", ".") + "," + cent


@pytest.fixture(scope="module")
def controle(browser, browser_context_args, site_url):
    context = browser.new_context(**browser_context_args, viewport={"width": 1280, "height": 900},
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    kijker = volg(page)
    page.goto(site_url + "controle/")
    page.evaluate(f"async () => {{ await customElements.whenDefined('{EL}'); await document.querySelector('{EL}').ready; }}")
    yield page, kijker
    context.close()


def opnieuw(page, site_url):
    page.goto(site_url + "controle/")
    page.evaluate(f"async () => {{ await customElements.whenDefined('{EL}'); await document.querySelector('{EL}').ready; }}")


def vul_in(page, *, bedrag="500,00", vervaldatum="2026-08-31", kosten="75,00", overige="", ontvangen_op="2026-10-01",
           termijn="Betaal binnen veertien dagen na ontvangst van deze brief.", genoemd="exact"):
    page.get_by_label("Bedrag van de factuur").fill(bedrag)
    page.get_by_label("Uiterste betaaldag").fill(vervaldatum)
    page.get_by_label("Incassokosten", exact=True).fill(kosten)
    page.get_by_label("Andere kosten").fill(overige)
    page.get_by_label("Datum van vandaag (of de dag waarop u wilt betalen)").fill(PEILDATUM)
    page.get_by_label("Op welke dag kwam die brief bij u?").fill(ontvangen_op)
    page.get_by_label("Wat staat er in die brief over de termijn? Neem de woorden over.").fill(termijn)
    page.get_by_label("Hoe noemde die brief de incassokosten?").select_option(genoemd)


def verwacht(termijn="Betaal binnen veertien dagen na ontvangst van deze brief.", **geeist) -> dict:
    return handle({"actie": "controleer", "debiteur": "consument", "peildatum": PEILDATUM,
                   "vorderingen": [{"bedrag": "500.00", "vervaldatum": "2026-08-31"}], "geeist": geeist,
                   "veertiendagenbrief": {"ontvangen_op": "2026-10-01", "kosten_genoemd": "exact", "btw_verklaring": False,
                                          "termijn": termijn}})


def test_een_correcte_brief(controle, site_url, axe, artifacts):
    page, kijker = controle
    vul_in(page)
    oordeel = page.locator(f"{EL} .wik-oordeel")
    expect(oordeel).to_contain_text("De bedragen kloppen")
    a = verwacht(incassokosten="75.00")
    assert a["oordeel"] == "klopt"
    expect(page.locator(f"{EL} .wik-totaal td")).to_have_text(euro(a["toegestaan"]["totaal"]))
    assert axe(page) == []
    (artifacts / "controle").mkdir(exist_ok=True)
    page.screenshot(path=artifacts / "controle" / "klopt-1280.png", full_page=True)
    assert kijker.vreemde_verzoeken(site_url.split("/incasso-wijzer")[0]) == []
    assert kijker.fouten == []


def test_een_onrechtmatige_brief_en_de_antwoordbrief(controle, site_url, axe, artifacts):
    page, kijker = controle
    opnieuw(page, site_url)
    vul_in(page, kosten="95,00", overige="15,00", termijn="te betalen binnen 14 dagen na dagtekening")
    expect(page.locator(f"{EL} .wik-oordeel")).to_contain_text("niet verschuldigd")
    a = verwacht("te betalen binnen 14 dagen na dagtekening", incassokosten="95.00", overige_kosten="15.00")
    assert a["oordeel"] == "niet_verschuldigd"
    punten = page.locator(f"{EL} .wik-punt")
    expect(punten).to_have_count(len(a["punten"]))
    for p in a["punten"]:
        expect(page.locator(f"{EL} .wik-punten")).to_contain_text(p["artikel"])
    # the reply letter: the visitor's and the sender's names
    page.get_by_label("Uw naam").fill("J. Jansen")
    page.locator(f"{EL} [data-pad='antwoord.aan']").fill("Incasso <b>BV</b>")
    brief = page.locator(f"{EL} .wik-brieftekst")
    expect(brief).to_contain_text("specificatie")
    expect(brief).to_contain_text("Incasso <b>BV</b>")  # as text, never as HTML
    expect(brief).to_contain_text(f"Het deel dat ik niet betwist, {euro(a['toegestaan']['totaal'])}")
    assert page.locator(f"{EL} .wik-brieftekst b").count() == 0
    page.get_by_role("button", name="Kopieer tekst").click()
    expect(page.locator(f"{EL} .wik-bevestiging")).to_have_text("De brief is gekopieerd.")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download als .txt").click()
    assert download.value.suggested_filename == f"bezwaar-{PEILDATUM}.txt"
    assert page.evaluate("navigator.clipboard.readText()") in download.value.path().read_text(encoding="utf-8-sig")
    # the payment plan proposal
    page.get_by_label("Welke brief wilt u sturen?").select_option("voorstel_betalingsregeling")
    page.get_by_label("Eerste betaaldag").fill("2027-01-31")
    expect(brief).to_contain_text("Termijn 6:")
    assert axe(page) == []
    page.screenshot(path=artifacts / "controle" / "onrechtmatig-1280.png", full_page=True)
    page.set_viewport_size({"width": 375, "height": 800})
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert axe(page) == []
        page.screenshot(path=artifacts / "controle" / "onrechtmatig-375.png", full_page=True)
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})
    tekst = page.inner_text(EL)
    assert not [w for w in ("undefined", "NaN", "[object") if w in tekst]
    assert kijker.fouten == []


def test_fouten_bij_het_veld_en_de_link_bewaart_alles(controle, site_url):
    page, _ = controle
    opnieuw(page, site_url)
    lengte = page.evaluate("history.length")
    page.get_by_label("Bedrag van de factuur").fill("twaalf")
    fout = page.locator(f"{EL} [data-veld='vorderingen[0].bedrag']")
    expect(fout).to_have_attribute("aria-invalid", "true")
    page.get_by_label("Bedrag van de factuur").fill("250,00")
    page.get_by_label("Uiterste betaaldag").fill("2026-09-30")
    page.get_by_label("Incassokosten", exact=True).fill("40,00")
    datum = page.locator(f"{EL} [data-veld='veertiendagenbrief.ontvangen_op']")
    expect(datum).to_have_attribute("aria-invalid", "true")  # the letter's date is asked for, at its field
    datum.fill("2026-10-15")
    expect(page.locator(f"{EL} .wik-oordeel")).to_be_visible()
    assert page.evaluate("history.length") == lengte  # typing replaces the history entry
    link = page.url
    assert "#c=" in link and "250" not in link.split("#")[0]
    page.goto("about:blank")
    page.goto(link)
    expect(page.get_by_label("Bedrag van de factuur")).to_have_value("250,00")
    page.goto("about:blank")
    page.goto(site_url + "controle/#c=beschadigd!!")
    expect(page.locator(f"{EL} .wik-linkfout")).to_contain_text("beschadigd")
    assert page.url.endswith("#c=beschadigd!!")  # kept until the visitor acts


def test_handle_geeft_hetzelfde_als_cpython(controle, site_url):
    page, kijker = controle
    opnieuw(page, site_url)
    verzoeken = [
        {"actie": "controleer", "debiteur": "bedrijf", "peildatum": PEILDATUM, "geeist": {"incassokosten": "500.00"},
         "vorderingen": [{"kenmerk": "A", "bedrag": "1000.00", "vervaldatum": "2026-09-30"}]},
        {"actie": "controleer", "debiteur": "consument", "peildatum": PEILDATUM, "geeist": {"incassokosten": "75.00"},
         "vorderingen": [{"bedrag": "500.00", "vervaldatum": "2026-08-31"}], "veertiendagenbrief": {}},
        {"actie": "controleer", "debiteur": "overheid", "peildatum": PEILDATUM, "vorderingen": []},
    ]
    uit = page.evaluate(f"async (vv) => Promise.all(vv.map((v) => document.querySelector('{EL}').handle(v)))", verzoeken)
    assert uit == [handle(v) for v in verzoeken]
    assert kijker.fouten == []
