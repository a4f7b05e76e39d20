# Over 200 lines: the visitor's flows through the rekentool share one started page per module.
"""The rekentool in a real browser: the built site, real Pyodide, no mocks.

Pyodide starts once per session: one page opens ``rekentool/`` and every test reuses it,
setting the state through the URL fragment (``#r=`` + base64url JSON, the element's own
format) and reading what a visitor reads. Expected figures come from CPython's
``wik.handle`` in this process, so the browser must agree with the Python tests' engine.
Screenshots land in ``tests/artifacts/rekentool/``.
"""

from __future__ import annotations

import base64
import json
import re
import time

import pytest
from playwright.sync_api import expect

from conftest import volg
from wik import handle

PEILDATUM = "2026-11-23"
EL = "wik-rekentool"
PANEEL = f"{EL} [role=tabpanel]:not([hidden])"
SAMENVATTING = f"{EL} #wik1-paneel-rekentool .wik-samenvatting"
#: In the page: wait for Python, then the worker's `gereed` message (start: "koud"/"snapshot", bronnen, stappen).
START_INFO = """async () => { await customElements.whenDefined('wik-rekentool');
    await document.querySelector('wik-rekentool').ready;
    const src = document.querySelector('script[src$="rekentool-define.js"]').src;
    return (await import(new URL('motor.js', src))).startMotor().ready; }"""


def fragment(staat: dict) -> str:
    """The element's own fragment format: ``#r=`` + base64url(JSON), no padding."""
    tekst = json.dumps(staat, ensure_ascii=False).encode()
    return "#r=" + base64.urlsafe_b64encode(tekst).decode().rstrip("=")


def euro(bedrag: str) -> str:
    """The contract's ``"1234.56"`` as the site writes it: ``€ 1.234,56``."""
    heel, cent = bedrag.split(".")
    return "€ " + f"{int(heel):,}".replace(",", ".") + "," + cent


def staat(**velden) -> dict:
    basis = {"tab": "rekentool", "debiteur": "consument", "peildatum": PEILDATUM, "betalingen": [],
             "vorderingen": [{"kenmerk": "F-001", "bedrag": "", "vervaldatum": ""}]}
    return {**basis, **velden}


@pytest.fixture(scope="session")
def rekentool(browser, browser_context_args, site_url, artifacts):
    """One page with the rekentool, Python started: ``(page, kijker)``."""
    context = browser.new_context(**browser_context_args, viewport={"width": 1280, "height": 900},
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    kijker = volg(page)
    page.on("response", lambda r: kijker.fouten.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    begin = time.monotonic()
    page.goto(site_url + "rekentool/" + fragment(staat()))
    gereed_ms = page.evaluate(f"""async () => {{
        await customElements.whenDefined('{EL}');
        await document.querySelector('{EL}').ready;
        return performance.now();
    }}""")
    opstart = time.monotonic() - begin
    map_ = artifacts / "rekentool"
    map_.mkdir(exist_ok=True)
    (map_ / "opstart.txt").write_text(
        f"navigatie tot el.ready: {gereed_ms:.0f} ms (performance.now); gemeten in pytest: {opstart:.2f} s\n")
    print(f"\nrekentool: Python gereed {gereed_ms:.0f} ms na navigatie")
    yield page, kijker
    context.close()


def zet(page, nieuwe_staat: dict, wacht: bool = True):
    """Put a state in the URL fragment (as a shared link would) and wait for its answer."""
    return page.evaluate("""async ([f, wacht]) => {
        const el = document.querySelector('wik-rekentool');
        const antwoord = new Promise((klaar) => {
            el.addEventListener('wik-rekentool:uitkomst', (e) => klaar(e.detail.antwoord), {once: true});
            setTimeout(() => klaar(null), 15000);
        });
        location.hash = f;
        return wacht ? await antwoord : null;
    }""", [fragment(nieuwe_staat), wacht])


def na_invoer(page, actie):
    """Do something in the page and return the next answer the element shows (None: no answer)."""
    page.evaluate("""() => { window.volgendeAntwoord = new Promise((klaar) => {
        document.querySelector('wik-rekentool').addEventListener('wik-rekentool:uitkomst',
            (e) => klaar(e.detail.antwoord), {once: true});
        setTimeout(() => klaar(null), 15000);
    }); }""")
    actie()
    return page.evaluate("window.volgendeAntwoord")


def zichtbare_tekst(page) -> str:
    return page.inner_text(EL)


def geen_kapotte_tekst(page):
    tekst = zichtbare_tekst(page)
    kapot = [w for w in ("undefined", "NaN", "null", "[object", "Infinity") if w in tekst]
    assert kapot == [], f"kapotte tekst zichtbaar: {kapot}"


# --- a visitor ----------------------------------------------------------------------------------

def test_bezoeker_vult_een_factuur_in_en_leest_de_incassokosten(rekentool, artifacts):
    page, _ = rekentool
    zet(page, staat(vorderingen=[{"kenmerk": "", "bedrag": "", "vervaldatum": ""}]), wacht=False)
    expect(page.locator(f"{PANEEL} .wik-leeg")).to_contain_text("Vul een factuur in")
    page.get_by_label("Kenmerk").first.fill("F-2026-001")
    page.get_by_label("Bedrag (incl. btw)").first.press_sequentially("10.000,00")
    page.get_by_label("Uiterste betaaldag").first.fill("2026-10-31")
    verwacht = handle(formulier_verzoek("consument", [("F-2026-001", "10000.00", "2026-10-31")]))
    assert verwacht["incassokosten"]["bedrag"] == "875.00"
    expect(page.locator(f"{SAMENVATTING} [data-post=incassokosten] dd")).to_have_text("€ 875,00")
    expect(page.locator(f"{SAMENVATTING} [data-post=hoofdsom] dd")).to_have_text("€ 10.000,00")
    expect(page.locator(f"{SAMENVATTING} [data-post=rente] dd")).to_have_text(euro(verwacht["rente"]["open"]))
    expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(verwacht["totaal"]))
    staffel = page.locator(f"{PANEEL} table").first.inner_text()
    for band in verwacht["incassokosten"]["staffel"]:
        assert euro(band["bedrag"]) in staffel
    assert verwacht["meldingen"]
    for melding in verwacht["meldingen"]:
        expect(page.locator(f"{PANEEL} .wik-meldingen")).to_contain_text(melding["tekst"])
    expect(page.locator(f"{EL} [aria-live=polite]")).to_contain_text(f"Totaal te vorderen {euro(verwacht['totaal'])}")
    geen_kapotte_tekst(page)
    page.screenshot(path=artifacts / "rekentool" / "rekentool-desktop.png", full_page=True)


NOTATIES = [  # what a visitor types → the amount the engine gets
    ("1.234,56", "1234.56"), ("1234,56", "1234.56"), ("€ 1.234", "1234.00"), ("€1.234,5", "1234.50"),
    ("1234.56", "1234.56"), ("1.000.000", "1000000.00"), ("  250 ", "250.00"), ("99,-", "99.00"),
]


def test_nederlandse_notatie_van_bedragen(rekentool):
    page, _ = rekentool
    zet(page, staat(vorderingen=[{"kenmerk": "A", "bedrag": "1", "vervaldatum": ""}], rente={"soort": "geen"}))
    veld = page.get_by_label("Bedrag (incl. btw)").first
    mis = []
    for getypt, bedrag in NOTATIES:
        antwoord = na_invoer(page, lambda: veld.fill(getypt))
        if not antwoord or antwoord.get("hoofdsom") != bedrag:
            mis.append((getypt, antwoord and antwoord.get("hoofdsom", antwoord)))
        expect(page.locator(f"{SAMENVATTING} [data-post=hoofdsom] dd")).to_have_text(euro(bedrag))
    assert mis == []
    for getypt, melding in [("12,345", "twee cijfers achter de komma"), ("1e999", "geen bedrag"),
                            ("-0", "niet negatief"), ("abc", "geen bedrag")]:
        veld.fill(getypt)
        fout = page.locator(f"#{veld.get_attribute('id')}-fout")
        expect(fout).to_contain_text(melding)
        assert f"{veld.get_attribute('id')}-fout" in veld.get_attribute("aria-describedby").split()
        expect(veld).to_have_attribute("aria-invalid", "true")
        geen_kapotte_tekst(page)


def test_fout_van_de_rekenmodule_staat_bij_het_veld(rekentool):
    page, _ = rekentool
    zet(page, staat(vorderingen=[{"kenmerk": "A", "bedrag": "10", "vervaldatum": "2026-01-31"},
                                 {"kenmerk": "", "bedrag": "", "vervaldatum": ""},
                                 {"kenmerk": "B", "bedrag": "0", "vervaldatum": "2026-01-31"}]), wacht=False)
    # the empty row is left out of the request, so the engine's vorderingen[1] is the third row
    veld = page.locator("[data-veld='vorderingen[2].bedrag']")
    expect(veld).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#{veld.get_attribute('id')}-fout")).to_contain_text("groter dan nul")
    expect(page.locator(f"{PANEEL} .wik-probleem")).to_contain_text("groter dan nul")
    geen_kapotte_tekst(page)
    # a percentage out of range: the engine decides (invoer.percentage), and says so at the field
    zet(page, staat(debiteur="bedrijf", vorderingen=[{"kenmerk": "A", "bedrag": "10", "vervaldatum": "2026-01-31"}],
                    rente={"soort": "contractueel", "percentage": "150", "samengesteld": True}), wacht=False)
    veld = page.locator("[data-veld='rente.percentage']")
    expect(veld).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#{veld.get_attribute('id')}-fout")).to_contain_text("hoogstens 100")
    expect(page.locator(f"{PANEEL} .wik-probleem")).to_contain_text("hoogstens 100")


# --- the URL fragment ---------------------------------------------------------------------------

def test_link_geeft_dezelfde_uitkomst_en_terugknop_werkt(rekentool, browser, browser_context_args, site_url):
    page, _ = rekentool
    zet(page, staat(debiteur="bedrijf",
                    vorderingen=[{"kenmerk": "A-1", "bedrag": "2.500,00", "vervaldatum": "2025-03-31"},
                                 {"kenmerk": "A-2", "bedrag": "7.499,99", "vervaldatum": "2025-09-30"}],
                    betalingen=[{"bedrag": "1.000", "datum": "2025-12-01", "kenmerk": "A-2"}]))
    lengte = page.evaluate("history.length")
    page.get_by_label("Bedrijf", exact=True).check()  # already chosen
    page.get_by_label("Overheid", exact=True).check()  # choosing replaces the history entry (Back means back)
    expect(page.locator(f"{EL}")).to_have_attribute("debiteur", "overheid")
    overheid = handle(formulier_verzoek("overheid", [("A-1", "2500.00", "2025-03-31"), ("A-2", "7499.99", "2025-09-30")],
                                        [("1000.00", "2025-12-01", "A-2")]))
    expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(overheid["totaal"]))
    assert page.evaluate("history.length") == lengte
    page.get_by_role("tab", name="Planner").click()  # only a tab change is a step in the history
    expect(page.locator(f"{EL}")).to_have_attribute("tab", "planner")
    page.go_back()
    expect(page.locator(f"{EL}")).to_have_attribute("tab", "rekentool")
    expect(page.locator(f"{EL}")).to_have_attribute("debiteur", "overheid")
    expect(page.get_by_label("Overheid", exact=True)).to_be_checked()
    expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(overheid["totaal"]))
    link = page.url
    page.go_forward()
    expect(page.locator(f"{EL}")).to_have_attribute("tab", "planner")
    page.go_back()

    # A fresh page from the link (a new Pyodide): the form is filled and usable before Python is ready.
    context = browser.new_context(**browser_context_args)
    nieuw = context.new_page()
    kijker = volg(nieuw)
    try:
        nieuw.goto(link)
        expect(nieuw.locator("[data-veld='vorderingen[1].bedrag']")).to_have_value("7.499,99", timeout=3000)
        laden = nieuw.locator(f"{EL} .wik-laden")
        expect(laden).to_be_visible()  # Python needs seconds; the form is there at once
        expect(laden).to_contain_text("U kunt alvast invullen")
        nieuw.locator("[data-veld='vorderingen[0].kenmerk']").fill("A-1b")
        assert laden.is_visible(), "Python was al klaar: de test bewijst niet dat het formulier eerder werkt"
        verwacht = handle(formulier_verzoek("overheid", [("A-1b", "2500.00", "2025-03-31"), ("A-2", "7499.99", "2025-09-30")],
                                            [("1000.00", "2025-12-01", "A-2")]))
        expect(nieuw.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(verwacht["totaal"]),
                                                                                   timeout=30000)
        expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(verwacht["totaal"]))
        tabel = nieuw.locator(f"{PANEEL} table").nth(2).inner_text()  # payments table
        for deel in verwacht["betalingen"][0]["hoofdsom"], verwacht["betalingen"][0]["rente"]:
            assert euro(deel) in tabel
        assert "A-1b" in nieuw.locator(f"{PANEEL} table").nth(1).inner_text()  # typed before Python was ready
        assert kijker.fouten == []
    finally:
        context.close()


# --- the letter and the planner -----------------------------------------------------------------

BRIEFSTAAT = staat(
    tab="brief", vorderingen=[{"kenmerk": "F-<script>alert(1)</script>", "bedrag": "10.000,00", "vervaldatum": "2026-10-31"}],
    brief={"soort": "veertiendagenbrief", "verzenddatum": "2026-11-23",
           "schuldeiser": {"naam": "Bakkerij <b>De Korst</b>", "adres": "Dorpsstraat 1", "postcode": "1234 AB",
                           "plaats": "Utrecht", "iban": "NL91ABNA0417164300", "email": "info@dekorst.example",
                           "telefoon": "030 123 45 67"},
           "schuldenaar": {"naam": "<img src=x onerror=alert(1)> Jansen", "adres": "Laan 2", "postcode": "4321 BA",
                           "plaats": "Zeist"}})


def brief_verzoek(soort: str) -> dict:
    b = BRIEFSTAAT["brief"]
    return {"actie": "brief", "soort": soort, "verzenddatum": b["verzenddatum"],
            "schuldeiser": b["schuldeiser"], "schuldenaar": b["schuldenaar"],
            "berekening": {"actie": "bereken", "debiteur": "consument", "peildatum": PEILDATUM,
                           "vorderingen": [{"kenmerk": "F-<script>alert(1)</script>", "bedrag": "10000.00",
                                            "vervaldatum": "2026-10-31"}], "betalingen": [],
                           "rente": {"soort": "wettelijk", "samengesteld": True}, "kosten": {"soort": "wik"},
                           "btw": {"verhogen": False}}}


def test_brief_voorbeeld_afdrukken_kopieren_en_downloaden(rekentool, artifacts):
    page, _ = rekentool
    antwoord = zet(page, BRIEFSTAAT)
    verwacht = handle(brief_verzoek("veertiendagenbrief"))
    assert antwoord == json.loads(json.dumps(verwacht))
    brief = page.locator(f"{PANEEL} .wik-brief")
    expect(brief).to_contain_text("Bakkerij <b>De Korst</b>")
    expect(brief).to_contain_text("<img src=x onerror=alert(1)> Jansen")
    expect(brief).to_contain_text("F-<script>alert(1)</script>")
    expect(brief).to_contain_text("binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd")
    expect(brief).to_contain_text("€ 875,00")
    assert page.locator(f"{EL} script, {EL} img, {EL} .wik-brief b").count() == 0
    feiten = page.locator(f"{PANEEL} .wik-los").inner_text()
    # posted Mon 23 November 2026: presumed delivered on the third counted day (postal norm from 1 July 2026)
    assert "26 november 2026" in feiten and "10 december 2026" in feiten and "11 december 2026" in feiten
    for datum in ("26 november 2026", "10 december 2026", "11 december 2026"):
        assert datum not in brief.inner_text()  # the creditor's dates, never the letter's (issue 10 rule 1)
    geen_kapotte_tekst(page)
    page.screenshot(path=artifacts / "rekentool" / "brief-desktop.png", full_page=True)

    with page.expect_download() as download:
        page.get_by_role("button", name="Download als .txt").click()
    inhoud = download.value.path().read_text(encoding="utf-8-sig")
    assert download.value.suggested_filename == "veertiendagenbrief-2026-11-23.txt"
    assert inhoud == verwacht["tekst"]

    page.get_by_role("button", name="Kopieer tekst").click()
    expect(page.locator(f"{PANEEL} .wik-bevestiging")).to_have_text("De brief is gekopieerd.")
    assert page.evaluate("navigator.clipboard.readText()") == verwacht["tekst"]

    page.emulate_media(media="print")
    try:
        expect(page.locator(".wik-afdruk .wik-brief")).to_be_visible()
        for weg in (".md-header", ".md-sidebar--primary", f"{EL} form", f"{EL} .wik-knoppen", "h1"):
            assert page.locator(weg).first.is_hidden(), f"{weg} zichtbaar in de afdruk"
        assert page.locator(".wik-afdruk .wik-brief").inner_text().startswith("Bakkerij <b>De Korst</b>")
        page.screenshot(path=artifacts / "rekentool" / "brief-afdruk.png", full_page=True)
        page.pdf(path=artifacts / "rekentool" / "brief-afdruk.pdf", format="A4", prefer_css_page_size=True)
        pdf = (artifacts / "rekentool" / "brief-afdruk.pdf").read_bytes()
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, "een brief over één factuur past op één A4"
    finally:
        page.emulate_media(media="screen")


@pytest.mark.parametrize("soort", ["herinnering", "aanmaning", "ingebrekestelling"])
def test_andere_brieven(rekentool, soort):
    page, _ = rekentool
    antwoord = zet(page, {**BRIEFSTAAT, "brief": {**BRIEFSTAAT["brief"], "soort": soort}})
    verwacht = json.loads(json.dumps(handle(brief_verzoek(soort))))
    assert antwoord == verwacht
    expect(page.locator(f"{PANEEL} .wik-onderwerp")).to_have_text(f"Onderwerp: {verwacht['onderdelen']['onderwerp']}")
    geen_kapotte_tekst(page)


def test_brief_voor_de_vervaldatum_geeft_een_melding(rekentool):
    page, _ = rekentool
    zet(page, {**BRIEFSTAAT, "brief": {**BRIEFSTAAT["brief"], "verzenddatum": "2026-10-15"}}, wacht=False)
    verwacht = handle({**brief_verzoek("veertiendagenbrief"), "verzenddatum": "2026-10-15"})
    assert "fout" in verwacht
    expect(page.locator(f"{PANEEL} .wik-probleem")).to_contain_text(verwacht["fout"]["tekst"])
    geen_kapotte_tekst(page)


def test_planner_met_agendabestand(rekentool, artifacts):
    page, _ = rekentool
    zet(page, staat(tab="planner", debiteur="bedrijf", planner={"factuurdatum": "2026-11-02", "betaaltermijn": "30"}))
    verwacht = handle({"actie": "traject", "factuurdatum": "2026-11-02", "betaaltermijn_dagen": 30, "debiteur": "bedrijf"})
    stappen = page.locator(f"{PANEEL} .wik-stappen > li")
    expect(stappen).to_have_count(len(verwacht["stappen"]))
    for i, stap in enumerate(verwacht["stappen"]):
        expect(stappen.nth(i)).to_contain_text(stap["naam"])
    with page.expect_download() as download:
        page.get_by_role("button", name="Zet in uw agenda (.ics)").click()
    ics = download.value.path().read_bytes().decode("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    gedateerd = [s for s in verwacht["stappen"] if s["datum"]]
    assert ics.count("BEGIN:VEVENT") == len(gedateerd)
    for s in gedateerd:
        assert f"DTSTART;VALUE=DATE:{s['datum'].replace('-', '')}" in ics
    assert all(len(regel.encode()) <= 75 for regel in ics.split("\r\n"))
    geen_kapotte_tekst(page)
    page.screenshot(path=artifacts / "rekentool" / "planner-desktop.png", full_page=True)


# --- hostile input ------------------------------------------------------------------------------

def test_veertig_facturen_en_de_grens(rekentool):
    page, _ = rekentool
    rijen = [{"kenmerk": f"R{i:02}", "bedrag": f"{100 + i},50", "vervaldatum": "2026-06-30"} for i in range(40)]
    antwoord = zet(page, staat(vorderingen=rijen))
    assert antwoord["hoofdsom"] == f"{sum(100 + i for i in range(40)) + 20:.2f}"
    expect(page.locator(f"{PANEEL} [data-lijst=vorderingen] .wik-rij")).to_have_count(40)
    expect(page.get_by_role("button", name="+ Factuur toevoegen")).to_be_disabled()
    expect(page.locator(f"{SAMENVATTING} [data-post=hoofdsom] dd")).to_have_text(euro(antwoord["hoofdsom"]))
    geen_kapotte_tekst(page)
    page.get_by_role("button", name="Factuur 40 verwijderen").click()
    expect(page.locator(f"{PANEEL} [data-lijst=vorderingen] .wik-rij")).to_have_count(39)
    expect(page.get_by_role("button", name="+ Factuur toevoegen")).to_be_enabled()


def test_rijen_toevoegen_en_weghalen(rekentool):
    page, _ = rekentool
    zet(page, staat(vorderingen=[{"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-06-30"}]))
    page.get_by_role("button", name="+ Factuur toevoegen").click()
    page.locator("[data-veld='vorderingen[1].bedrag']").fill("200")
    page.locator("[data-veld='vorderingen[1].vervaldatum']").fill("2026-07-31")
    page.get_by_role("button", name="+ Betaling toevoegen").click()
    page.locator("[data-veld='betalingen[0].bedrag']").fill("50")
    page.locator("[data-veld='betalingen[0].datum']").fill("2026-09-01")
    page.locator("[data-veld='betalingen[0].kenmerk']").select_option("factuur 2")
    verwacht = handle(formulier_verzoek("consument", [("A", "100.00", "2026-06-30"), ("factuur 2", "200.00", "2026-07-31")],
                                        [("50.00", "2026-09-01", "factuur 2")]))
    expect(page.locator(f"{SAMENVATTING} [data-post=totaal] dd")).to_have_text(euro(verwacht["totaal"]))
    page.get_by_role("button", name="Factuur 1 verwijderen").click()
    expect(page.locator("[data-veld='vorderingen[0].kenmerk']")).to_have_value("")
    expect(page.locator("[data-veld='vorderingen[0].bedrag']")).to_have_value("200")
    geen_kapotte_tekst(page)


VIJANDIG = [
    "nonsense", None, 42, [], {"actie": "bereken", "vorderingen": "x"},
    {"actie": "bereken", "debiteur": "consument", "vorderingen": [{"bedrag": 1e300}]},
    {"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"}, "vorderingen": [{"bedrag": "1e999"}]},
    {"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"}, "vorderingen": [{"bedrag": "-0"}]},
    {"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"}, "vorderingen": [{"bedrag": "x" * 5000}]},
    {"actie": "bereken", "debiteur": "consument", "vorderingen": [{"bedrag": "1"}] * 200},
    {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": {"j": {}}}}}}}}}}},
    {"actie": "__import__('os')"},
]


def test_vijandige_verzoeken_via_handle_en_de_worker_blijft_antwoorden(rekentool):
    page, _ = rekentool
    antwoorden = page.evaluate("""async (verzoeken) => {
        const el = document.querySelector('wik-rekentool');
        const uit = [];
        for (const v of verzoeken) uit.push(await el.handle(v));
        uit.push(await el.handle({actie: "bereken", bedrag: Infinity, x: NaN}));
        uit.push(await el.handle(undefined));
        const kring = {}; kring.kring = kring;
        uit.push(await el.handle(kring));
        uit.push(await el.handle("x".repeat(2_000_000)));
        return uit;
    }""", VIJANDIG)
    assert all(set(a) == {"fout"} and a["fout"]["tekst"] for a in antwoorden), antwoorden
    for verzoek, antwoord in zip(VIJANDIG, antwoorden):
        if not isinstance(verzoek, str):
            assert antwoord == handle(verzoek), verzoek
    na = page.evaluate("document.querySelector('wik-rekentool').handle({actie: 'tarieven'})")
    assert na == json.loads(json.dumps(handle({"actie": "tarieven"})))


# --- parity: the browser's answers are CPython's ------------------------------------------------

def _bereken(debiteur, vorderingen, peildatum="2026-11-23", **extra):
    return {"actie": "bereken", "debiteur": debiteur, "peildatum": peildatum,
            "vorderingen": [{"kenmerk": k, "bedrag": b, "vervaldatum": v} for k, b, v in vorderingen], **extra}


def formulier_verzoek(debiteur, vorderingen, betalingen=(), **anders) -> dict:
    """What the form asks for these invoices ``(kenmerk, bedrag, vervaldatum)`` and payments
    ``(bedrag, datum, kenmerk)``: its defaults (WIK costs, statutory interest for a consumer and
    commercial interest otherwise, compounded, no btw), with ``anders`` replacing whole parts."""
    verzoek = _bereken(debiteur, vorderingen, PEILDATUM,
                       betalingen=[{"bedrag": b, "datum": d, "kenmerk": k} for b, d, k in betalingen],
                       rente={"soort": "wettelijk" if debiteur == "consument" else "handels", "samengesteld": True},
                       kosten={"soort": "wik"}, btw={"verhogen": False})
    return {**verzoek, **anders}


def pariteit_tabel() -> list:
    """The worked cases of py/README.md, every actie and error class, and a spread of generated calculations."""
    tabel = [
        {"actie": "bereken", "debiteur": "consument", "vorderingen": [{"kenmerk": "F-001", "bedrag": "1234.56",
         "vervaldatum": "2025-01-31"}], "betalingen": [], "peildatum": "2025-06-30",
         "rente": {"soort": "wettelijk", "samengesteld": True}, "kosten": {"soort": "wik"}, "btw": {"verhogen": False}},
        {"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
         "vorderingen": [{"kenmerk": "A", "bedrag": "150"}, {"kenmerk": "B", "bedrag": "200"}]},
        _bereken("bedrijf", [("H", "10000", "2021-06-30")], "2023-06-30", rente={"soort": "handels"}),
        _bereken("bedrijf", [("H", "10000", "2021-06-30")], "2023-06-30", rente={"soort": "handels", "samengesteld": False}),
        _bereken("consument", [("C", "5000", "2024-02-28")], rente={"soort": "contractueel", "percentage": "12.5"}),
        _bereken("bedrijf", [("K", "20000", "2026-01-31")], kosten={"soort": "percentage", "waarde": "15"}),
        _bereken("bedrijf", [("K", "20000", "2026-01-31")], kosten={"soort": "vast", "waarde": "250"}),
        _bereken("consument", [("K", "20000", "2026-01-31")], kosten={"soort": "vast", "waarde": "5000"}),
        _bereken("overheid", [("G", "3000", "2025-12-31")], kosten={"soort": "geen"}),
        _bereken("bedrijf", [("V", "2000000", "2025-12-31")], btw={"verhogen": True}),
        _bereken("bedrijf", [("V", "2000000", "2025-12-31")], btw={"verhogen": True, "max_incl_btw": True}),
        _bereken("consument", [("P", "1000", "2024-02-29")], "2026-03-15"),
        _bereken("consument", [("A", "500", "2025-01-31"), ("B", "700", "2025-03-31")],
                 betalingen=[{"bedrag": "300", "datum": "2025-06-01"}, {"bedrag": "100", "datum": "2025-09-01", "kenmerk": "B"}],
                 kosten={"soort": "wik", "verschuldigd_vanaf": "2025-08-01"}),
        {"actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": "2026-03-06",
         "berekening": _bereken("consument", [("F-9", "640.25", "2026-02-27")], "2026-03-06"),
         "schuldeiser": {"naam": "A & B", "iban": "NL91ABNA0417164300"}, "schuldenaar": {"naam": "Ü. Çelik"}},
        {"actie": "traject", "factuurdatum": "2026-12-20", "betaaltermijn_dagen": 14, "debiteur": "consument"},
        {"actie": "traject", "factuurdatum": "2026-04-01", "betaaltermijn_dagen": 60, "debiteur": "bedrijf"},
        {"actie": "tarieven"},
    ]
    for soort in ("herinnering", "veertiendagenbrief", "aanmaning", "ingebrekestelling"):
        tabel.append(brief_verzoek(soort))
    for hoofdsom in ("0.01", "100", "266.67", "267", "2500", "5000.01", "10000", "199999.99", "1000000", "1000000000"):
        tabel.append({"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
                      "vorderingen": [{"kenmerk": "S", "bedrag": hoofdsom}]})
    # errors: negative, zero, non-numeric, over-precise, too large, float, impossible date, no claims,
    # unknown claim in a payment, letter before the due date, unknown key, unknown value
    for bedrag in ("-5", "0", "abc", "1.234", "1000000000.01", 12.5):
        tabel.append({"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
                      "vorderingen": [{"kenmerk": "X", "bedrag": bedrag}]})
    tabel += [
        _bereken("consument", [("X", "10", "2026-02-30")]),
        _bereken("consument", []),
        _bereken("consument", [("X", "10", "2026-01-31")], betalingen=[{"bedrag": "5", "datum": "2026-03-01", "kenmerk": "Q"}]),
        {**brief_verzoek("veertiendagenbrief"), "verzenddatum": "2026-10-01"},
        {**_bereken("consument", [("X", "10", "2026-01-31")]), "onbekend": True},
        _bereken("werkgever", [("X", "10", "2026-01-31")]),
    ]
    # generated: every debtor and interest kind, several claims and payments, over ten years
    debiteuren = ("consument", "bedrijf", "overheid")
    for n in range(30):
        vorderingen = [(f"G{n}-{j}", f"{(n * 7919 + j * 104729) % 250000 / 7:.2f}",
                        f"{2015 + (n + j) % 10}-{1 + (n * 5 + j) % 12:02}-{1 + (n * 3 + j * 11) % 28:02}")
                       for j in range(1 + n % 4)]
        betalingen = [{"bedrag": f"{50 + (n * 31 + j * 17) % 900}.{n % 100:02}", "datum": f"{2025}-{1 + (n + j) % 12:02}-15"}
                      for j in range(n % 3)]
        rente = [{"soort": "wettelijk"}, {"soort": "handels"}, {"soort": "handels", "samengesteld": False},
                 {"soort": "contractueel", "percentage": f"{1 + n % 15}.5"}][n % 4]
        tabel.append(_bereken(debiteuren[n % 3], vorderingen, "2026-06-30", betalingen=betalingen, rente=rente,
                              btw={"verhogen": n % 5 == 0}))
    return tabel


def test_pariteit_met_cpython(rekentool):
    page, _ = rekentool
    tabel = pariteit_tabel()
    uit_browser = page.evaluate("""async (verzoeken) => {
        const el = document.querySelector('wik-rekentool');
        return Promise.all(verzoeken.map((v) => el.handle(v)));
    }""", tabel)
    uit_python = [json.loads(json.dumps(handle(v))) for v in tabel]
    verschil = [(i, tabel[i], b, p) for i, (b, p) in enumerate(zip(uit_browser, uit_python)) if b != p]
    assert verschil == []
    # the table exercises answers and errors alike
    assert sum("fout" in a for a in uit_python) >= 10 and sum("fout" not in a for a in uit_python) >= 40


# --- attributes ---------------------------------------------------------------------------------

def test_attributen_en_standaarden(rekentool):
    page, _ = rekentool
    uitkomst = page.evaluate("""async () => {
        const maak = (attrs) => {
            const el = document.createElement('wik-rekentool');
            for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
            document.body.append(el);
            const z = {tab: el.tab, debiteur: el.debiteur,
                       zichtbaar: el.querySelector('[role=tabpanel]:not([hidden])').id.replace(/^wik\\d+-paneel-/, ''),
                       rente: el.querySelector('[data-pad="rente.soort"]').value};
            el.remove();
            return z;
        };
        return [maak({'zonder-url': '', tab: 'planner', debiteur: 'bedrijf'}),
                maak({'zonder-url': '', tab: 'onzin', debiteur: '<b>'}),
                maak({'zonder-url': '', compact: ''})];
    }""")
    assert uitkomst == [
        {"tab": "planner", "debiteur": "bedrijf", "zichtbaar": "planner", "rente": "handels"},
        {"tab": "rekentool", "debiteur": "consument", "zichtbaar": "rekentool", "rente": "wettelijk"},
        {"tab": "rekentool", "debiteur": "consument", "zichtbaar": "rekentool", "rente": "wettelijk"},
    ]


def test_tabs_met_het_toetsenbord(rekentool):
    page, _ = rekentool
    zet(page, {**BRIEFSTAAT, "tab": "rekentool"})
    page.evaluate("""() => { window.volgendeUitkomst = new Promise((klaar) => document.querySelector('wik-rekentool')
        .addEventListener('wik-rekentool:uitkomst', (e) => klaar(e.detail.tab), {once: true})); }""")
    page.get_by_role("tab", name="Rekentool").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Brief")).to_be_focused()
    expect(page.get_by_role("tab", name="Brief")).to_have_attribute("aria-selected", "true")
    assert page.evaluate("window.volgendeUitkomst") == "brief"  # the letter is made on arrival
    expect(page.locator(f"{PANEEL} .wik-brief")).to_contain_text("Bakkerij <b>De Korst</b>")
    page.go_back()  # the tab switch is a step in the history
    expect(page.locator(f"{EL}")).to_have_attribute("tab", "rekentool")
    page.go_forward()
    expect(page.locator(f"{EL}")).to_have_attribute("tab", "brief")
    page.keyboard.press("End")
    expect(page.locator(f"{EL}")).to_have_attribute("tab", "planner")
    page.keyboard.press("Home")
    expect(page.locator(f"{EL}")).to_have_attribute("tab", "rekentool")


# --- accessibility, small screens, no other origins ---------------------------------------------

TOESTANDEN = {
    "rekentool": staat(debiteur="bedrijf", vorderingen=[{"kenmerk": "A", "bedrag": "12.345,67", "vervaldatum": "2024-05-31"}],
                       betalingen=[{"bedrag": "500", "datum": "2025-01-15", "kenmerk": ""}], btw={"verhogen": True}),
    "brief": BRIEFSTAAT,
    "planner": staat(tab="planner", planner={"factuurdatum": "2026-11-02", "betaaltermijn": "14"}),
}


@pytest.mark.parametrize("tab", list(TOESTANDEN))
def test_axe_en_375_pixels(rekentool, axe, artifacts, tab):
    page, _ = rekentool
    zet(page, TOESTANDEN[tab])
    assert axe(page, EL) == []
    page.set_viewport_size({"width": 375, "height": 800})
    try:
        page.wait_for_timeout(100)
        breedte = page.evaluate("document.documentElement.scrollWidth")
        assert breedte <= 375, f"horizontaal scrollen op 375 px: {breedte}"
        assert axe(page, EL) == []
        page.screenshot(path=artifacts / "rekentool" / f"{tab}-375.png", full_page=True)
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def test_geen_fouten_en_niets_naar_andere_hosts(rekentool, site_origin):
    page, kijker = rekentool
    zet(page, staat(vorderingen=[{"kenmerk": "Z", "bedrag": "77", "vervaldatum": "2026-01-31"}]))
    assert kijker.vreemde_verzoeken(site_origin) == []
    assert kijker.fouten == []
    # the runtime from the site itself (a fresh browser: the xz copies of the two big files)
    runtime = [u for u in kijker.verzoeken if "/assets/pyodide/" in u]
    assert any(u.endswith("pyodide.asm.wasm.xz") for u in runtime)
    bundel = r"/assets/rekentool/[0-9a-f]{12}/"
    assert any(re.search(bundel + r"python_stdlib\.zip\.xz$", u) for u in kijker.verzoeken)
    assert any(re.search(bundel + r"wik\.zip$", u) for u in kijker.verzoeken)


def test_lege_tabs_leggen_uit_en_planner_fouten_staan_bij_het_veld(rekentool):
    page, _ = rekentool
    zet(page, staat(tab="brief", vorderingen=[{"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-06-30"}]), wacht=False)
    expect(page.locator(f"{PANEEL} .wik-leeg")).to_have_text("Vul uw naam en de naam van uw klant in; dan ziet u hier de brief.")
    assert page.locator(f"{EL} [aria-invalid=true]").count() == 0
    for knop in ("Afdrukken", "Kopieer tekst", "Download als .txt"):
        expect(page.get_by_role("button", name=knop)).to_be_disabled()
    assert page.locator(".wik-afdruk .wik-brief").count() == 0  # nothing stale to print
    zet(page, staat(tab="planner", planner={"factuurdatum": "", "betaaltermijn": "30"}), wacht=False)
    expect(page.locator(f"{PANEEL} .wik-leeg")).to_have_text("Vul de factuurdatum in om de planning te zien.")
    expect(page.get_by_role("button", name="Zet in uw agenda (.ics)")).to_be_disabled()
    page.get_by_label("Factuurdatum").fill("2026-11-02")
    termijn = page.get_by_label("Betaaltermijn (dagen)")
    for getypt, melding in [("abc", "hele dagen"), ("999", handle({"actie": "traject", "factuurdatum": "2026-11-02",
                                                                       "betaaltermijn_dagen": 999, "debiteur": "consument"})["fout"]["tekst"])]:
        termijn.fill(getypt)
        expect(page.locator(f"#{termijn.get_attribute('id')}-fout")).to_contain_text(melding)
        expect(termijn).to_have_attribute("aria-invalid", "true")
    termijn.fill("14")
    expect(termijn).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"{PANEEL} .wik-stappen > li").first).to_be_visible()
    geen_kapotte_tekst(page)


def test_afspraken_bij_een_bedrijf_rente_kosten_en_btw(rekentool):
    page, _ = rekentool
    zet(page, staat(debiteur="bedrijf", vorderingen=[{"kenmerk": "B-7", "bedrag": "20.000", "vervaldatum": "2026-03-31"}]))
    assert page.get_by_label("Afgesproken rente (% per jaar)").is_hidden()
    page.get_by_label("Soort rente").select_option("contractueel")
    page.get_by_label("Afgesproken rente (% per jaar)").fill("12,5")
    page.get_by_label("Welke incassokosten?").select_option("percentage")
    page.get_by_label("Afgesproken percentage of bedrag").fill("15")
    antwoord = na_invoer(page, lambda: page.get_by_label("Verhoog de incassokosten met btw").check())
    verwacht = json.loads(json.dumps(handle(formulier_verzoek(
        "bedrijf", [("B-7", "20000.00", "2026-03-31")],
        rente={"soort": "contractueel", "samengesteld": True, "percentage": "12.5"},
        kosten={"soort": "percentage", "waarde": "15"}, btw={"verhogen": True, "max_incl_btw": False}))))
    assert antwoord == verwacht
    k = verwacht["incassokosten"]
    assert k["bedrag"] != k["wettelijk"]  # the agreed amount is shown beside the staffel amount
    uitkomst = page.locator(f"{PANEEL} .wik-uitkomst").inner_text()
    for bedrag in (k["bedrag"], k["wettelijk"], k["btw"], k["totaal"]):
        assert euro(bedrag) in uitkomst
    expect(page.get_by_label("Houd ook inclusief btw het maximum van € 6.775 aan (voorzichtige lezing)")).to_be_visible()
    assert verwacht["meldingen"]
    for melding in verwacht["meldingen"]:
        assert melding["tekst"] in uitkomst
    page.get_by_label("Consument (particulier)").check()  # an agreed rate stays when the debtor changes
    expect(page.get_by_label("Soort rente")).to_have_value("contractueel")
    geen_kapotte_tekst(page)


def test_te_veel_betaald(rekentool):
    page, _ = rekentool
    antwoord = zet(page, staat(vorderingen=[{"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-06-30"}],
                               betalingen=[{"bedrag": "500", "datum": "2026-08-01", "kenmerk": ""}]))
    over = antwoord["betalingen"][0]["over"]
    assert over != "0.00"
    tabel = page.locator(f"{PANEEL} table").nth(2)
    expect(tabel).to_contain_text("Te veel betaald")
    expect(tabel).to_contain_text(euro(over))
    geen_kapotte_tekst(page)
