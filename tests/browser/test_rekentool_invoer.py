# Over 200 lines: input, links, history and the letter's dates share one started page per module.
"""The rekentool as a record (issue 10): input, share links, history and the Brief tab's dates.

One page with Python started serves the module (the ``rekentool`` fixture of
``test_rekentool.py``); a test that must see a first load opens a second page in the same
context and closes it before Python matters. Expected figures come from CPython's
``wik.handle``. Screenshots land in ``tests/artifacts/invoer/`` (or ``WIK_SHOTS``).
"""

from __future__ import annotations

import base64
import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from test_rekentool import (BRIEFSTAAT, EL, PANEEL, SAMENVATTING, euro, formulier_verzoek, fragment,
                            geen_kapotte_tekst, na_invoer, rekentool, staat, zet)
from wik import handle

__all__ = ["rekentool"]  # the session page with Python started, shared with test_rekentool.py's pattern

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
DATUM_NL = re.compile(rf"\b\d{{1,2}} (?:{'|'.join(MAANDEN)}) \d{{4}}\b")
NAAST = f"{PANEEL} .wik-voor-uzelf"


@pytest.fixture(scope="module")
def shots(artifacts) -> Path:
    map_ = Path(os.environ.get("WIK_SHOTS") or artifacts / "invoer")
    map_.mkdir(parents=True, exist_ok=True)
    return map_


def datum_nl(iso: str) -> str:
    """``2026-11-25`` as the site writes it: ``25 november 2026``."""
    jaar, maand, dag = iso.split("-")
    return f"{int(dag)} {MAANDEN[int(maand) - 1]} {jaar}"


def geschiedenis(page) -> int:
    return page.evaluate("history.length")


def brief_verzoek(b: dict, berekening: dict | None = None, **extra) -> dict:
    """The request the Brief tab sends for BRIEFSTAAT-like state ``b`` (a consumer, one invoice)."""
    return {"actie": "brief", "soort": b["soort"], "verzenddatum": b["verzenddatum"],
            "schuldeiser": b["schuldeiser"], "schuldenaar": b["schuldenaar"],
            "berekening": berekening or formulier_verzoek(
                "consument", [("F-<script>alert(1)</script>", "10000.00", "2026-10-31")]), **extra}


# --- share links ---------------------------------------------------------------------------------

def _ruw(data: object) -> str:
    return "#r=" + base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


KAPOT = {
    "afgebroken": fragment(staat(vorderingen=[{"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-06-30"}]))[:-7],
    "tekens": "#r=abc!def",
    "geen-object": _ruw([1, 2, 3]),
    "nieuwere-versie": _ruw({"v": 99, "tab": "rekentool", "debiteur": "bedrijf"}),
}


@pytest.mark.parametrize("soort", list(KAPOT))
def test_kapotte_link_geeft_een_melding_en_houdt_het_fragment(rekentool, site_url, soort, shots):
    page, _ = rekentool
    nieuw = page.context.new_page()
    try:
        hash_ = KAPOT[soort]
        nieuw.goto(site_url + "rekentool/" + hash_)
        melding = nieuw.locator(f"{EL} .wik-linkfout")
        expect(melding).to_be_visible()
        expect(melding).to_have_attribute("role", "alert")
        expect(melding).to_contain_text("nieuwere versie" if soort == "nieuwere-versie" else "beschadigd")
        expect(melding).to_contain_text("niet veranderd")
        expect(nieuw.get_by_role("button", name="Opnieuw beginnen")).to_be_visible()
        # the loading text speaks plain Dutch, not of the machinery behind it
        assert "Python" not in nieuw.locator(EL).inner_text()
        nieuw.wait_for_timeout(600)  # longer than the element waits before it writes the URL
        assert nieuw.evaluate("location.hash") == hash_, "het fragment is overschreven"
        if soort == "afgebroken":
            nieuw.screenshot(path=shots / "link-kapot-1280.png")
            lengte = geschiedenis(nieuw)
            nieuw.get_by_role("button", name="Opnieuw beginnen").click()
            expect(melding).to_be_hidden()
            expect(nieuw).not_to_have_url(re.compile(re.escape(hash_) + "$"))
            assert geschiedenis(nieuw) == lengte + 1  # the damaged link is one step back
            expect(nieuw.get_by_label("Kenmerk").first).to_be_focused()
            nieuw.go_back()
            expect(melding).to_be_visible()
            assert nieuw.evaluate("location.hash") == hash_
        elif soort == "tekens":
            nieuw.get_by_label("Kenmerk").first.fill("X-1")  # typing is acting too
            expect(melding).to_be_hidden()
            expect(nieuw).to_have_url(re.compile(r"#r=[A-Za-z0-9_-]+$"))
    finally:
        nieuw.close()


def test_oude_link_zonder_versie_werkt_en_een_nieuwe_heeft_er_een(rekentool):
    page, _ = rekentool
    oud = staat(debiteur="bedrijf", vorderingen=[{"kenmerk": "O-1", "bedrag": "1.000", "vervaldatum": "2026-01-31"}])
    assert "v" not in oud
    antwoord = zet(page, oud)
    assert antwoord["hoofdsom"] == "1000.00"
    expect(page.locator(f"{EL} .wik-linkfout")).to_be_hidden()
    expect(page).not_to_have_url(re.compile(re.escape(fragment(oud)) + "$"))
    data = json.loads(base64.urlsafe_b64decode(page.evaluate("location.hash")[3:] + "=="))
    assert data["v"] == 2 and data["vorderingen"][0]["kenmerk"] == "O-1"


# --- history -------------------------------------------------------------------------------------

def test_typen_voegt_geen_stap_toe_aan_de_geschiedenis_een_tab_wel(rekentool):
    page, _ = rekentool
    zet(page, staat(vorderingen=[{"kenmerk": "", "bedrag": "", "vervaldatum": ""}]), wacht=False)
    page.wait_for_timeout(400)
    lengte = geschiedenis(page)
    page.get_by_label("Kenmerk").first.fill("H-1")
    page.get_by_label("Bedrag (incl. btw)").first.press_sequentially("1.250,00")
    page.get_by_label("Uiterste betaaldag").first.fill("2026-05-31")
    page.get_by_label("Soort rente").select_option("geen")
    page.get_by_label("Bedrijf", exact=True).check()
    page.get_by_role("button", name="+ Factuur toevoegen").click()
    page.get_by_role("button", name="+ Betaling toevoegen").click()
    page.get_by_label("Rente op rente (samengesteld, zoals de wet voorschrijft)").uncheck()
    expect(page.locator(f"{SAMENVATTING} [data-post=hoofdsom] dd")).to_have_text("€ 1.250,00")
    page.wait_for_timeout(400)
    assert geschiedenis(page) == lengte, "typen, kiezen of een rij toevoegen maakte een nieuwe stap"
    page.get_by_role("tab", name="Planner").click()
    expect(page.locator(EL)).to_have_attribute("tab", "planner")
    page.wait_for_timeout(100)
    assert geschiedenis(page) == lengte + 1
    page.go_back()  # back: the Rekentool tab with everything typed
    expect(page.locator(EL)).to_have_attribute("tab", "rekentool")
    expect(page.get_by_label("Kenmerk").first).to_have_value("H-1")
    expect(page.get_by_label("Bedrijf", exact=True)).to_be_checked()


# --- the Brief tab --------------------------------------------------------------------------------

def test_brief_de_datums_staan_naast_de_brief_en_niet_erin(rekentool, shots):
    page, _ = rekentool
    antwoord = zet(page, BRIEFSTAAT)
    verwacht = json.loads(json.dumps(handle(brief_verzoek(BRIEFSTAAT["brief"]))))
    assert antwoord == verwacht
    naast = page.locator(NAAST)
    expect(naast).to_contain_text("Voor uzelf, niet in de brief:")
    feiten = naast.locator(".wik-los").inner_text()
    datums = [datum_nl(antwoord[k]) for k in ("bezorgdatum", "laatste_dag", "kosten_verschuldigd_vanaf")]
    assert DATUM_NL.findall(feiten) == datums, feiten
    brief = page.locator(f"{PANEEL} .wik-brief").inner_text()
    for datum in datums:
        assert datum not in brief, f"{datum} staat in de brief"
        assert datum not in antwoord["tekst"], f"{datum} staat in de tekst van de brief"
    assert antwoord["meldingen"]
    for melding in antwoord["meldingen"]:  # the engine's notes with them, never in the letter
        expect(page.locator(f"{PANEEL} .wik-meldingen")).to_contain_text(melding["tekst"])
        assert melding["tekst"] not in brief
    geen_kapotte_tekst(page)
    page.screenshot(path=shots / "brief-1280.png", full_page=True)


def _brief_met(**schuldeiser) -> dict:
    b = BRIEFSTAAT["brief"]
    return {**BRIEFSTAAT, "brief": {**b, "schuldeiser": {**b["schuldeiser"], **schuldeiser}}}


@pytest.mark.parametrize(("veld", "waarde", "code"), [("iban", "NL91ABNA0417164301", "ongeldig_iban"),
                                                      ("email", "info@", "ongeldig_email")])
def test_iban_en_email_fout_staan_bij_het_veld(rekentool, veld, waarde, code):
    page, _ = rekentool
    toestand = _brief_met(**{veld: waarde})
    verwacht = handle(brief_verzoek(toestand["brief"]))
    assert verwacht.get("fout", {}).get("code") == code, f"de rekenmodule kent {code} nog niet: {verwacht}"
    assert verwacht["fout"]["veld"] == f"schuldeiser.{veld}"
    zet(page, toestand, wacht=False)
    control = page.locator(f"{PANEEL} [data-veld='schuldeiser.{veld}']")
    expect(control).to_have_attribute("aria-invalid", "true")
    fout = page.locator(f"#{control.get_attribute('id')}-fout")
    expect(fout).to_have_text(verwacht["fout"]["tekst"])
    assert f"{control.get_attribute('id')}-fout" in control.get_attribute("aria-describedby").split()
    expect(page.locator(f"{PANEEL} .wik-probleem")).to_contain_text(verwacht["fout"]["tekst"])
    # repaired: the error goes, the letter comes
    antwoord = na_invoer(page, lambda: control.fill(BRIEFSTAAT["brief"]["schuldeiser"][veld]))
    assert antwoord and "fout" not in antwoord
    expect(control).not_to_have_attribute("aria-invalid", "true")


def test_betaaltermijn_niet_afgesproken_brief_en_planner(rekentool):
    page, _ = rekentool
    zet(page, BRIEFSTAAT)
    vraag = page.locator(f"{PANEEL} fieldset.wik-janee.wik-alleen-consument")
    expect(vraag).to_contain_text("Is de betaaltermijn met de klant afgesproken")
    ja = vraag.get_by_label("Ja", exact=True)
    expect(ja).to_be_checked()
    datum = page.get_by_label("Datum waarop u de ingebrekestelling verstuurde")
    expect(datum).to_be_hidden()
    vraag.get_by_label("Nee", exact=True).focus()
    page.keyboard.press("Space")  # the keyboard chooses
    expect(datum).to_be_visible()
    expect(page.locator(f"#{datum.get_attribute('id')}-fout")).to_contain_text("ingebrekestelling")
    antwoord = na_invoer(page, lambda: datum.fill("2026-11-02"))
    b = BRIEFSTAAT["brief"]
    verwacht = json.loads(json.dumps(handle(brief_verzoek(b, betaaltermijn_afgesproken=False,
                                                          ingebrekestelling_verzonden="2026-11-02"))))
    assert antwoord == verwacht
    # the planner asks the same question and already knows the answer
    page.get_by_role("tab", name="Planner").click()
    planner = page.locator(f"{PANEEL} fieldset.wik-janee.wik-alleen-consument")
    expect(planner.get_by_label("Nee", exact=True)).to_be_checked()
    antwoord = na_invoer(page, lambda: page.get_by_label("Factuurdatum").fill("2026-11-02"))
    verwacht = json.loads(json.dumps(handle({"actie": "traject", "factuurdatum": "2026-11-02", "betaaltermijn_dagen": 30,
                                             "debiteur": "consument", "betaaltermijn_afgesproken": False})))
    assert antwoord == verwacht
    stappen = page.locator(f"{PANEEL} .wik-stappen > li")
    expect(stappen).to_have_count(len(verwacht["stappen"]))
    for i, stap in enumerate(verwacht["stappen"]):  # in the answer's order, each with its own number
        expect(stappen.nth(i)).to_contain_text(stap["naam"])
        assert stappen.nth(i).get_attribute("value") == str(stap["nummer"])
    planner.get_by_label("Ja", exact=True).check()
    page.get_by_role("tab", name="Brief").click()
    expect(page.locator(f"{PANEEL} fieldset.wik-janee.wik-alleen-consument").get_by_label("Ja", exact=True)).to_be_checked()


# --- the Rekentool tab ---------------------------------------------------------------------------

def test_eerdere_termijnkosten_maken_de_kosten_lager(rekentool, shots):
    page, _ = rekentool
    zet(page, staat(vorderingen=[{"kenmerk": "T-6", "bedrag": "50", "vervaldatum": "2026-10-31"}]))
    kosten = page.locator(f"{SAMENVATTING} [data-post=incassokosten] dd")
    expect(kosten).to_have_text("€ 40,00")
    vraag = page.locator(f"{PANEEL} fieldset.wik-janee.wik-alleen-termijnen")
    expect(vraag).to_contain_text("Eerder incassokosten gerekend voor een vorige termijn van dezelfde overeenkomst?")
    datum = page.get_by_label("Incassokosten van een eerdere termijn verschuldigd op (1)")
    expect(datum).to_be_hidden()
    vraag.get_by_label("Ja", exact=True).check()
    expect(datum).to_be_visible()
    expect(page.locator(f"#{datum.get_attribute('id')}-fout")).to_contain_text("Vul de dag in")
    antwoord = na_invoer(page, lambda: datum.fill("2026-08-01"))
    verwacht = json.loads(json.dumps(handle(formulier_verzoek(
        "consument", [("T-6", "50.00", "2026-10-31")], kosten={"soort": "wik", "eerdere_termijnkosten": ["2026-08-01"]}))))
    assert antwoord == verwacht
    assert verwacht["incassokosten"]["bedrag"] == "20.00", "de rekenmodule kent de regel voor kleine termijnen nog niet"
    expect(kosten).to_have_text("€ 20,00")
    page.get_by_role("button", name="+ Datum toevoegen").click()
    tweede = page.get_by_label("Incassokosten van een eerdere termijn verschuldigd op (2)")
    expect(tweede).to_be_focused()
    tweede.fill("2026-09-01")
    expect(kosten).to_have_text("€ 20,00")
    page.screenshot(path=shots / "rekentool-1280.png", full_page=True)
    page.get_by_label("Bedrijf", exact=True).check()  # only for a consumer
    expect(vraag).to_be_hidden()
    expect(kosten).to_have_text("€ 40,00")


def test_statusregel_meldt_alleen_de_laatste_handeling(rekentool):
    page, _ = rekentool
    zet(page, BRIEFSTAAT)
    regel = page.locator(f"{PANEEL} .wik-bevestiging")
    page.get_by_role("button", name="Kopieer tekst").click()
    expect(regel).to_have_text("De brief is gekopieerd.")
    with page.expect_download():
        page.get_by_role("button", name="Download als .txt").click()
    expect(regel).to_have_text("De brief is gedownload als veertiendagenbrief-2026-11-23.txt.")
    na_invoer(page, lambda: page.get_by_label("Plaats").first.fill("Amersfoort"))
    expect(regel).to_have_text("")


def test_grens_van_veertig_rijen_staat_er_in_woorden(rekentool):
    page, _ = rekentool
    rijen = [{"kenmerk": f"R{i:02}", "bedrag": "10", "vervaldatum": "2026-06-30"} for i in range(40)]
    zet(page, staat(vorderingen=rijen))
    knop = page.get_by_role("button", name="+ Factuur toevoegen")
    expect(knop).to_be_disabled()
    grens = page.locator(f"#{knop.get_attribute('aria-describedby')}")
    expect(grens).to_be_visible()
    expect(grens).to_contain_text("maximum van 40 facturen")


def test_live_regio_zegt_dat_de_uitkomst_niet_meer_geldt(rekentool):
    page, _ = rekentool
    zet(page, staat(vorderingen=[{"kenmerk": "L", "bedrag": "100", "vervaldatum": "2026-06-30"}]))
    melder = page.locator(f"{EL} [aria-live=polite]")
    expect(melder).to_contain_text("Totaal te vorderen")
    page.get_by_label("Bedrag (incl. btw)").first.fill("abc")
    expect(melder).to_contain_text("De uitkomst is niet meer geldig.")
    na_invoer(page, lambda: page.get_by_label("Bedrag (incl. btw)").first.fill("100"))
    expect(melder).to_contain_text("Totaal te vorderen")
    # an error of the engine counts too
    page.get_by_label("Bedrag (incl. btw)").first.fill("0")
    expect(melder).to_contain_text("De uitkomst is niet meer geldig.")


# --- accessibility and small screens --------------------------------------------------------------

TOESTANDEN = {
    "rekentool": staat(vorderingen=[{"kenmerk": "T-1", "bedrag": "50", "vervaldatum": "2026-10-31"}],
                       kosten={"soort": "wik", "waarde": "", "verschuldigd_vanaf": "", "eerder": True,
                               "eerdere_termijnkosten": ["2026-08-01", "2026-09-01"]}),
    "brief": {**BRIEFSTAAT, "betaaltermijn_afgesproken": False,
              "brief": {**BRIEFSTAAT["brief"], "ingebrekestelling_verzonden": "2026-11-02"}},
    "planner": staat(tab="planner", betaaltermijn_afgesproken=False, planner={"factuurdatum": "2026-11-02", "betaaltermijn": "14"}),
}


@pytest.mark.parametrize("tab", list(TOESTANDEN))
def test_axe_en_375_pixels_zonder_afgesneden_bedragen(rekentool, axe, tab, shots):
    page, _ = rekentool
    zet(page, TOESTANDEN[tab])
    expect(page.locator(f"{PANEEL} .wik-uitkomst")).to_have_attribute("aria-busy", "false")
    assert axe(page, EL) == []
    page.set_viewport_size({"width": 375, "height": 800})
    try:
        page.wait_for_timeout(150)
        breedte = page.evaluate("document.documentElement.scrollWidth")
        assert breedte <= 375, f"horizontaal scrollen op 375 px: {breedte}"
        # no amount is cut off: every cell or line with € fits in its own box, or its table scrolls
        afgesneden = page.evaluate("""(paneel) => [...document.querySelectorAll(paneel + ' :is(dd, td, th, li, p)')]
            .filter((el) => el.offsetParent && /€/.test(el.textContent))
            .filter((el) => !el.closest('.wik-tabelvak') && el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.textContent.trim().slice(0, 60))""", PANEEL)
        assert afgesneden == []
        assert axe(page, EL) == []
        page.screenshot(path=shots / f"{tab}-375.png", full_page=True)
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})
