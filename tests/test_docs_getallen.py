# Over 200 lines: one check per table or number on the site, all against one fresh build.
"""The numbers on the site agree with the engine, and the engine's examples with the law.

The site is built fresh into a temporary folder (``mkdocs build --strict``), so the check runs
against the current pages and the current engine, never against a stale ``site/``; set
``WIK_SITE`` to a folder you just built to test that one instead (as tests/browser does). Then every
table the hook generated (``<div class="wik-tabel" data-wik="…">``) and every inline value
(``<span class="wik-getal" data-wik="kosten 1234.56">``) is read back from the HTML, parsed the
Dutch way (``€ 1.234,56``, ``dinsdag 10 maart 2026``) and recomputed through ``wik.handle``.
A few rows are also held against worked examples computed by hand from the Besluit BIK (art. 2),
the Hoge Raad's delivery rule (HR 25-11-2016, ECLI:NL:HR:2016:2704) and Atw art. 1, independently of
the engine.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from wik import handle
from wik import incassokosten as wik_incassokosten
from wik import termijnen as wik_termijnen

ROOT = Path(__file__).resolve().parents[1]
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
EURO = re.compile(r"-?€\s?(\d{1,3}(?:\.\d{3})*,\d{2})")
DATUM = re.compile(r"(?:(" + "|".join(WEEKDAGEN) + r") )?(\d{1,2}) (" + "|".join(MAANDEN) + r") (\d{4})")


# --- reading the built pages ----------------------------------------------------------------------

class _Lezer(HTMLParser):
    """Collects the generated tables (rows of cell texts), inline values and letters of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tabellen: dict[str, list[list[list[str]]]] = {}
        self.inline: list[tuple[str, str]] = []
        self.brieven: list[tuple[str, str]] = []
        self.tekst: list[str] = []
        self._tabel = None  # (naam, diepte)
        self._diepte = 0
        self._cel: list[str] | None = None
        self._rij: list[str] | None = None
        self._span = None  # [data-wik, tekst]
        self._brief = None  # [verzenddatum, tekst, diepte]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            self._diepte += 1
            if "wik-tabel" in (a.get("class") or ""):
                self._tabel = (a["data-wik"], self._diepte)
                self.tabellen.setdefault(a["data-wik"], []).append([])
            if "wik-brief" in (a.get("class") or ""):
                self._brief = [a["data-verzenddatum"], [], self._diepte]
        elif tag == "span" and "wik-getal" in (a.get("class") or ""):
            self._span = [a["data-wik"], []]
        elif self._tabel and tag == "tr":
            self._rij = []
        elif self._tabel and tag in ("td", "th"):
            self._cel = []
        elif self._brief and tag == "p":
            self._brief[1].append("\n\n")
        elif self._brief and tag == "br":
            self._brief[1].append("\n")

    def handle_endtag(self, tag):
        if tag == "div":
            if self._tabel and self._tabel[1] == self._diepte:
                self._tabel = None
            if self._brief and self._brief[2] == self._diepte:
                self.brieven.append((self._brief[0], "".join(self._brief[1])))
                self._brief = None
            self._diepte -= 1
        elif tag == "span" and self._span:
            self.inline.append((self._span[0], "".join(self._span[1])))
            self._span = None
        elif self._tabel and tag in ("td", "th") and self._cel is not None:
            self._rij.append(" ".join("".join(self._cel).split()))
            self._cel = None
        elif self._tabel and tag == "tr" and self._rij is not None:
            self.tabellen[self._tabel[0]][-1].append(self._rij)
            self._rij = None

    def handle_data(self, data):
        data = data.replace("\u00a0", " ")
        self.tekst.append(data)
        for doel in (self._cel, self._span[1] if self._span else None, self._brief[1] if self._brief else None):
            if doel is not None:
                doel.append(data)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    if os.environ.get("WIK_SITE"):  # a build made just before, e.g. mkdocs build -d /tmp/site-docs
        gebouwd = Path(os.environ["WIK_SITE"])
        assert (gebouwd / "index.html").is_file(), f"WIK_SITE={gebouwd} is geen gebouwde site"
        return gebouwd
    doel = tmp_path_factory.mktemp("site")
    proces = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(doel)],
                            cwd=ROOT, capture_output=True, text=True)
    assert proces.returncode == 0, f"mkdocs build faalde:\n{proces.stderr[-3000:]}"
    return doel


_cache: dict[Path, _Lezer] = {}


def lees(site: Path, pagina: str) -> _Lezer:
    pad = site / pagina / "index.html"
    if pad not in _cache:
        lezer = _Lezer()
        lezer.feed(pad.read_text(encoding="utf-8"))
        _cache[pad] = lezer
    return _cache[pad]


def tabel(site: Path, pagina: str, naam: str, nummer: int = 0) -> list[list[str]]:
    """The body rows of a generated table (the header row dropped)."""
    tabellen = lees(site, pagina).tabellen.get(naam)
    assert tabellen, f"tabel {naam!r} ontbreekt op {pagina or 'home'}"
    return tabellen[nummer][1:]


def bedrag(tekst: str) -> Decimal:
    """The one euro amount in a text: '€ 1.234,56' → Decimal('1234.56')."""
    gevonden = EURO.findall(tekst)
    assert len(gevonden) == 1, f"verwacht één bedrag in {tekst!r}, gevonden {gevonden}"
    return euro_getal(gevonden[0])


def bedragen(tekst: str) -> list[Decimal]:
    return [euro_getal(g) for g in EURO.findall(tekst)]


def euro_getal(tekst: str) -> Decimal:
    return Decimal(tekst.replace(".", "").replace(",", "."))


def procent(tekst: str) -> Decimal:
    m = re.fullmatch(r"(\d+(?:,\d+)?)%", tekst.strip())
    assert m, f"geen percentage: {tekst!r}"
    return Decimal(m[1].replace(",", "."))


def datum(tekst: str) -> date:
    """'dinsdag 10 maart 2026' or '10 maart 2026' → date; a weekday must match the date."""
    m = DATUM.fullmatch(tekst.strip())
    assert m, f"geen datum: {tekst!r}"
    dag = date(int(m[4]), MAANDEN.index(m[3]) + 1, int(m[2]))
    if m[1]:
        assert WEEKDAGEN[dag.weekday()] == m[1], f"{tekst!r}: {dag} is geen {m[1]}"
    return dag


# --- the engine -----------------------------------------------------------------------------------

def vraag(verzoek: dict) -> dict:
    antwoord = handle(verzoek)
    assert "fout" not in antwoord, antwoord
    return antwoord


def kosten(*hoofdsommen: Decimal, debiteur="consument", **extra) -> dict:
    verzoek = {"actie": "bereken", "debiteur": debiteur, "rente": {"soort": "geen"},
               "vorderingen": [{"kenmerk": f"F-{i}", "bedrag": f"{h:.2f}"} for i, h in enumerate(hoofdsommen, 1)]}
    verzoek.update(extra)
    return vraag(verzoek)


def termijn(verzonden: date) -> dict:
    """Presumed delivery and term through the contract's letter request."""
    return vraag({"actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": verzonden.isoformat(),
                  "berekening": {"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
                                 "vorderingen": [{"kenmerk": "A", "bedrag": "100.00", "vervaldatum": "2026-01-02"}]},
                  "schuldeiser": {"naam": "A"}, "schuldenaar": {"naam": "B"}})


# --- worked examples by hand (Besluit BIK art. 2; HR 2016:2704; Atw art. 1), independent of the engine ---

BESLUIT = [(Decimal("2500"), Decimal("15")), (Decimal("2500"), Decimal("10")), (Decimal("5000"), Decimal("5")),
           (Decimal("190000"), Decimal("1")), (None, Decimal("0.5"))]
GOUDEN_KOSTEN = {"266.67": "40.00", "1234.56": "185.18", "2500.00": "375.00", "5000.00": "625.00",
                 "10000.00": "875.00", "200000.00": "2775.00", "1000000.00": "6775.00"}
#: Posted → (presumed delivery, last day, costs due), by HR 25-11-2016 (ECLI:NL:HR:2016:2704): Friday → Tuesday,
#: and Koningsdag skipped; Algemene termijnenwet art. 1 (day 14 is Saturday 21 March, so the term runs through
#: Monday 23 March); and the relaxed postal norm (posted Wednesday 23 December 2026: counted 24, 29, 30 December).
GOUDEN_BEZORGING = {date(2026, 3, 6): (date(2026, 3, 10), date(2026, 3, 24), date(2026, 3, 25)),
                    date(2026, 3, 5): (date(2026, 3, 7), date(2026, 3, 23), date(2026, 3, 24)),
                    date(2026, 4, 24): (date(2026, 4, 28), date(2026, 5, 12), date(2026, 5, 13)),
                    date(2026, 12, 23): (date(2026, 12, 30), date(2027, 1, 13), date(2027, 1, 14))}
#: The postal-norm steps (Rijksoverheid, 19 December 2025) and the counted day we presume (one day of margin).
GOUDEN_POSTNORMEN = [(2, None), (3, date(2026, 7, 1)), (4, date(2027, 7, 1))]
TELWOORDEN = {2: "tweede", 3: "derde", 4: "vierde"}


# --- the tests ------------------------------------------------------------------------------------

def test_staffel_volgt_het_besluit_en_de_motor(site):
    rijen = tabel(site, "incassokosten", "staffel")
    assert len(rijen) == len(BESLUIT)
    motor = kosten(Decimal("1000000"))["incassokosten"]["staffel"]
    fout = []
    for (deel, pct, schijf), (breedte, wet_pct), band in zip(rijen, BESLUIT, motor):
        if procent(pct) != wet_pct:
            fout.append(f"{deel}: {pct} is niet {wet_pct}% (Besluit art. 2 lid 1)")
        if breedte is not None and bedrag(deel) != breedte:
            fout.append(f"{deel}: schijf is niet € {breedte}")
        if bedrag(schijf) != Decimal(band["bedrag"]):
            fout.append(f"{deel}: {schijf} maar de motor zegt {band['bedrag']}")
        if breedte is not None and bedrag(schijf) != breedte * wet_pct / 100:
            fout.append(f"{deel}: {schijf} is niet {wet_pct}% van {breedte}")
    assert fout == []
    onder = " ".join(lees(site, "incassokosten").tekst)
    assert "minimaal € 40,00 (art. 2 lid 2) en maximaal € 6.775,00" in onder


def test_voorbeelden_van_de_incassokosten(site):
    rijen = tabel(site, "incassokosten", "voorbeelden")
    gezien = {f"{bedrag(r[0]):.2f}": bedrag(r[2]) for r in rijen}
    assert set(GOUDEN_KOSTEN) <= set(gezien), "de voorbeelden uit de opdracht ontbreken"
    fout = [(h, k) for h, k in gezien.items()
            if k != Decimal(kosten(Decimal(h))["incassokosten"]["bedrag"])
            or (h in GOUDEN_KOSTEN and k != Decimal(GOUDEN_KOSTEN[h]))]
    assert fout == []
    for hoofdsom, berekening, _ in rijen:  # the explanation's parts add up to the hoofdsom
        delen = [euro_getal(g) for g in re.findall(r"van € ?([\d.]+,\d{2})", berekening)]
        assert sum(delen) == bedrag(hoofdsom), (hoofdsom, berekening)


def test_een_brief_tegen_losse_brieven(site):
    tabellen = lees(site, "incassokosten").tabellen["een-brief"]
    assert len(tabellen) == 2
    for t in tabellen:
        rijen = t[1:]
        facturen = [r for r in rijen if r[0].startswith("Factuur")]
        los = [bedrag(r[2]) for r in facturen]
        hoofdsommen = [bedrag(r[1]) for r in facturen]
        assert los == [Decimal(kosten(h)["incassokosten"]["bedrag"]) for h in hoofdsommen]
        apart = next(r for r in rijen if r[0].startswith("Apart"))
        samen = next(r for r in rijen if r[0].startswith("In één brief"))
        assert bedrag(apart[2]) == sum(los)
        assert bedrag(samen[1]) == sum(hoofdsommen)
        assert bedrag(samen[2]) == Decimal(kosten(*hoofdsommen)["incassokosten"]["bedrag"])
        assert bedrag(samen[2]) < bedrag(apart[2]), "één brief moet goedkoper zijn"
    eerste = tabellen[0][1:]
    assert [bedrag(r[1]) for r in eerste[:2]] == [Decimal("150.00"), Decimal("200.00")]
    assert bedrag(eerste[-1][2]) == Decimal("52.50")  # art. 6:96 lid 7 BW: summed, not 2 × € 40


def test_btw_beide_lezingen(site):
    rijen = tabel(site, "btw", "btw")
    assert rijen
    verschil = False
    for hoofdsom, zonder, lezing1, lezing2 in rijen:
        h = bedrag(hoofdsom)
        een = kosten(h, btw={"verhogen": True})["incassokosten"]
        twee = kosten(h, btw={"verhogen": True, "max_incl_btw": True})["incassokosten"]
        assert bedrag(zonder) == Decimal(een["bedrag"])
        assert bedragen(lezing1) == [Decimal(een["totaal"]), Decimal(een["btw"])]
        assert bedragen(lezing2) == [Decimal(twee["totaal"]), Decimal(twee["btw"])]
        assert bedragen(lezing2)[0] <= Decimal("6775.00")
        verschil = verschil or lezing1 != lezing2
    assert verschil, "de tabel moet een geval tonen waarin de lezingen verschillen"
    assert ["€ 1.000.000,00", "€ 6.775,00", "€ 8.197,75 (btw € 1.422,75)"] == rijen[-1][:3]  # Besluit BIK art. 2 lid 1 and 3: the cap, then 21 % btw


def test_afwijken_van_de_staffel(site):
    rijen = tabel(site, "afwijken", "afwijken")
    soorten = {"Bedrijf": "bedrijf", "Consument": "consument"}
    assert [r[0] for r in rijen] == list(soorten)
    for klant, hoofdsom, staffel, gevraagd, _ in rijen:
        k = kosten(bedrag(hoofdsom), debiteur=soorten[klant],
                   kosten={"soort": "percentage", "waarde": "15"})["incassokosten"]
        assert (bedrag(staffel), bedrag(gevraagd)) == (Decimal(k["wettelijk"]), Decimal(k["bedrag"]))
    assert bedrag(rijen[0][2]) == Decimal("1023.22")  # the facts of HR 10-07-2015 (ECLI:NL:HR:2015:1868): staffel over € 24.821,73
    assert bedrag(rijen[1][3]) == bedrag(rijen[1][2]), "bij een consument hoogstens de staffel"


def test_rentetabel_compleet_en_eerlijk(site):
    rijen = tabel(site, "rente", "tarieven")
    motor = vraag({"actie": "tarieven"})
    verwacht = list(reversed(motor["tarieven"]))
    assert len(rijen) == len(verwacht)
    fout = []
    for (vanaf, wettelijk, handels, gecheckt), rij in zip(rijen, verwacht):
        if datum(vanaf).isoformat() != rij["ingangsdatum"]:
            fout.append((vanaf, rij["ingangsdatum"]))
        if procent(wettelijk) != Decimal(rij["wettelijk"]):
            fout.append((vanaf, wettelijk, rij["wettelijk"]))
        if (handels == "–") != (rij["handels"] is None) or (rij["handels"] and procent(handels) != Decimal(rij["handels"])):
            fout.append((vanaf, handels, rij["handels"]))
        wettelijk_ok = rij["geverifieerd_wettelijk"]
        handels_ok = rij["handels"] is None or rij["geverifieerd_handels"]
        # Each rate shows its own flag; where both flags agree, the column reads plainly ja / nee.
        if wettelijk_ok == handels_ok and gecheckt != ("ja" if rij["geverifieerd"] else "nee"):
            fout.append((vanaf, gecheckt, rij["geverifieerd"]))
        per_tarief = ("ja" if wettelijk_ok and handels_ok else "nee" if wettelijk_ok == handels_ok else
                      f"wettelijke rente {'ja' if wettelijk_ok else 'nee'}, "
                      f"handelsrente {'ja' if handels_ok else 'nee'}")
        if gecheckt != per_tarief:
            fout.append((vanaf, gecheckt, per_tarief))
        if datum(vanaf) > date(2025, 1, 1) and gecheckt != "nee":
            fout.append((vanaf, "na 1 januari 2025 moet 'nee' staan"))
    assert fout == []
    # Sources disagree only on the handelsrente of 2004-01-01 and 2011-07-01 (see tarieven.csv); the statutory
    # rate (5 % and 4 %) is verified, so the page must not call it unchecked.
    gemengd = {datum(r[0]).isoformat(): r[3] for r in rijen if datum(r[0]).year in (2004, 2011)}
    assert gemengd["2004-01-01"] == gemengd["2011-07-01"] == "wettelijke rente ja, handelsrente nee", gemengd
    assert [r["ingangsdatum"] for r in motor["tarieven"] if r["geverifieerd_wettelijk"] and not r["geverifieerd"]] \
        == ["2004-01-01", "2011-07-01"]
    tekst = " ".join(" ".join(lees(site, "rente").tekst).split())
    assert f"Laatst gecontroleerd: {_nl(motor['laatst_gecontroleerd'])}" in tekst
    assert "nog niet gecontroleerd" in tekst


def _nl(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def _perioden(rijen, antwoord):
    perioden = [r for r in rijen if not r[0].startswith("Totaal")]
    assert len(perioden) == len(antwoord["rente"]["perioden"])
    for (van, tot, dagen, pct, over, rente), p in zip(perioden, antwoord["rente"]["perioden"]):
        assert (datum(van).isoformat(), datum(tot).isoformat(), int(dagen), procent(pct), bedrag(over), bedrag(rente)) \
            == (p["van"], p["tot_en_met"], p["dagen"], Decimal(p["percentage"]), Decimal(p["grondslag"]),
                Decimal(p["bedrag"]))
    totaal = next(r for r in rijen if r[0].startswith("Totaal"))
    assert bedrag(totaal[-1]) == Decimal(antwoord["rente"]["totaal"]) == sum(bedrag(r[-1]) for r in perioden)


def test_rentevoorbeeld(site):
    antwoord = vraag({"actie": "bereken", "debiteur": "bedrijf", "rente": {"soort": "handels"},
                      "vorderingen": [{"kenmerk": "F-1", "bedrag": "10000.00", "vervaldatum": "2021-06-30"}],
                      "peildatum": "2023-06-30", "kosten": {"soort": "geen"}})
    rijen = tabel(site, "rente", "rente-voorbeeld")
    _perioden(rijen, antwoord)
    assert bedrag(rijen[-1][-1]) == Decimal("1797.89")  # by hand: 800,00 + 435,55 + 562,34 (art. 6:119a lid 3, 6:120 BW)


def test_deelbetaling_6_44(site):
    antwoord = vraag({"actie": "bereken", "debiteur": "consument", "rente": {"soort": "wettelijk"},
                      "vorderingen": [{"kenmerk": "F-1", "bedrag": "1000.00", "vervaldatum": "2025-01-31"}],
                      "betalingen": [{"bedrag": "400.00", "datum": "2025-07-31"}], "peildatum": "2025-12-31",
                      "kosten": {"soort": "wik", "verschuldigd_vanaf": "2025-03-01"}})
    [[betaling, naar_kosten, naar_rente, naar_hoofdsom]] = tabel(site, "rente", "betaling-verdeling")
    b = antwoord["betalingen"][0]
    assert [bedragen(betaling)[0], bedrag(naar_kosten), bedrag(naar_rente), bedrag(naar_hoofdsom)] \
        == [Decimal(b[k]) for k in ("bedrag", "kosten", "rente", "hoofdsom")]
    assert bedrag(naar_kosten) + bedrag(naar_rente) + bedrag(naar_hoofdsom) == Decimal("400.00")
    _perioden(tabel(site, "rente", "betaling-rente"), antwoord)


def _atw_ok(veertiende: date, laatste: date) -> bool:
    """Atw art. 1: the last day is the 14th, or the first day after it that is no Saturday, Sunday or holiday."""
    def vrij(d: date) -> bool:
        return d.weekday() >= 5 or wik_termijnen.is_feestdag(d)

    tussen = [veertiende + timedelta(days=i) for i in range((laatste - veertiende).days)]
    return laatste >= veertiende and not vrij(laatste) and all(vrij(d) for d in tussen)


def test_bezorging_en_termijn(site):
    rijen = tabel(site, "veertiendagenbrief", "bezorging")
    gezien, fout = {}, []
    for verstuurd, bezorgd, laatste in rijen:
        v = datum(verstuurd)
        t = termijn(v)
        verlengd = laatste.endswith(" (verlengd)")
        eind = datum(laatste.removesuffix(" (verlengd)"))
        gezien[v] = (datum(bezorgd), eind, eind + timedelta(days=1))  # costs due: the line below the table
        if gezien[v] != (date.fromisoformat(t["bezorgdatum"]), date.fromisoformat(t["laatste_dag"]),
                         date.fromisoformat(t["kosten_verschuldigd_vanaf"])):
            fout.append(f"{verstuurd}: niet wat de motor zegt")
        veertiende = gezien[v][0] + timedelta(days=14)
        if not _atw_ok(veertiende, gezien[v][1]) or verlengd != (gezien[v][1] != veertiende):
            fout.append(f"{verstuurd}: laatste dag {laatste} past niet bij art. 1 Atw")
        if gezien[v][2] != gezien[v][1] + timedelta(days=1):
            fout.append(f"{verstuurd}: kosten niet de dag na de laatste dag")
    assert fout == []
    for v, verwacht in GOUDEN_BEZORGING.items():
        assert gezien.get(v) == verwacht, v
    assert any(d >= date(2026, 7, 1) for d in gezien) and any(d >= date(2027, 7, 1) for d in gezien)
    assert any(r[2].endswith("(verlengd)") for r in rijen), "de tabel moet een verlengde termijn tonen"
    assert "verschuldigd vanaf de dag na de laatste dag" in _tekst(site, "veertiendagenbrief")


def test_postnormen_volgen_de_motor(site):
    """The table of presumed delivery days per period is ``wik.termijnen.POSTNORMEN``, with a worked example."""
    rijen = tabel(site, "veertiendagenbrief", "postnormen")
    normen = wik_termijnen.POSTNORMEN
    assert len(rijen) == len(normen) == len(GOUDEN_POSTNORMEN)
    for i, ((periode, telling, voorbeeld), norm, (gouden_telling, gouden_vanaf)) in enumerate(
            zip(rijen, normen, GOUDEN_POSTNORMEN)):
        assert (norm.telling, norm.vanaf if i else None) == (gouden_telling, gouden_vanaf)
        assert telling == f"de {TELWOORDEN[norm.telling]} getelde dag na verzending"
        grenzen = [datum(m.group(0)) for m in DATUM.finditer(periode)]
        if i:
            assert grenzen[0] == norm.vanaf, periode
        if i + 1 < len(normen):
            assert grenzen[-1] == normen[i + 1].vanaf - timedelta(days=1), periode
        else:
            assert periode.startswith("vanaf "), periode
        verstuurd, bezorgd = [datum(m.group(0)) for m in DATUM.finditer(voorbeeld)]
        assert norm.vanaf <= verstuurd and (i + 1 == len(normen) or verstuurd < normen[i + 1].vanaf)
        assert bezorgd == wik_termijnen.bezorgdatum(verstuurd), voorbeeld
    voorbeelden = {datum(m.group(0)) for r in rijen for m in list(DATUM.finditer(r[2]))[:1]}
    verwacht = {date(2026, 3, 4): date(2026, 3, 6),      # Thursday, Friday
                date(2026, 12, 23): date(2026, 12, 30),  # the third counted day: 24, 29, 30 December
                date(2027, 7, 7): date(2027, 7, 13)}     # Thursday, Friday, Saturday, (Sunday, Monday) Tuesday
    assert {v: wik_termijnen.bezorgdatum(v) for v in voorbeelden} == verwacht
    tekst = _tekst(site, "veertiendagenbrief")
    for zin in ("Rijksoverheid, nieuwsbericht van 19 december 2025", "Postbesluit 2009", "veiligheidsmarge",
                "aangetekend", "track & trace", "e-mail"):
        assert zin in tekst, zin


def test_atw_voorbeeld(site):
    """The worked example of Atw art. 1: posted Thursday 5 March 2026, term through Monday 23 March."""
    waarden = {sleutel.split()[2]: datum(tekst) for sleutel, tekst in lees(site, "veertiendagenbrief").inline
               if sleutel.startswith("termijn 2026-03-05 ")}
    t = wik_termijnen.termijn(date(2026, 3, 5))
    assert waarden == {"verzenddatum": date(2026, 3, 5), "bezorgdatum": t.bezorgdatum,
                       "veertiende_dag": t.bezorgdatum + timedelta(days=14), "laatste_dag": t.laatste_dag,
                       "verschuldigd_vanaf": t.verschuldigd_vanaf}
    assert t.verlengd
    assert [waarden[k] for k in ("bezorgdatum", "veertiende_dag", "laatste_dag", "verschuldigd_vanaf")] == \
        [date(2026, 3, 7), date(2026, 3, 21), date(2026, 3, 23), date(2026, 3, 24)]  # Algemene termijnenwet art. 1
    assert "art. 1 Algemene termijnenwet" in _tekst(site, "veertiendagenbrief")


def test_kleine_termijnen(site):
    """Six monthly termijnen of € 50: one letter each € 40 + 5 × € 20 = € 140; one letter for all € 45."""
    rijen = tabel(site, "incassokosten", "kleine-termijnen")
    brieven = [r for r in rijen if r[0].startswith("Brief ")]
    assert len(brieven) == 6
    data = [datum(r[1]) for r in brieven]
    for k, (hoofdsom, _, los) in enumerate(brieven):
        motor = kosten(bedrag(hoofdsom), kosten={"soort": "wik", "verschuldigd_vanaf": data[k].isoformat(),
                                                 "eerdere_termijnkosten": [d.isoformat() for d in data[:k]]})
        assert bedrag(los) == Decimal(motor["incassokosten"]["bedrag"]), brieven[k]
        assert motor["incassokosten"]["kleine_termijn"] == (k > 0)
        assert (data[k] - data[0]).days <= 183 and data[k] >= date(2024, 10, 1)
    samen = next(r for r in rijen if r[0].startswith("Zes brieven"))
    een = next(r for r in rijen if r[0].startswith("Eén brief"))
    assert bedrag(samen[2]) == sum(bedrag(r[2]) for r in brieven)
    hoofdsommen = [bedrag(r[0]) for r in brieven]
    assert bedrag(een[0]) == bedrag(samen[0]) == sum(hoofdsommen)
    assert bedrag(een[2]) == Decimal(kosten(*hoofdsommen)["incassokosten"]["bedrag"])
    # Stb. 2024, 44 (working model): € 40 + 5 × € 20 = € 140 per letter; 15 % of € 300 = € 45 in one letter
    assert [bedrag(r[2]) for r in brieven] == [Decimal("40.00")] + [Decimal("20.00")] * 5
    assert (bedrag(samen[2]), bedrag(een[2])) == (Decimal("140.00"), Decimal("45.00"))
    tekst = _tekst(site, "incassokosten")
    for zin in ("Stb. 2024, 44", "1 oktober 2024", "Nog niet geverifieerd",
                "Eerder incassokosten gerekend voor een vorige termijn van dezelfde overeenkomst?",
                "Eén brief voor alle termijnen is dus goedkoper voor de klant en eenvoudiger voor u."):
        assert zin in tekst, zin


def test_traject_zonder_afgesproken_termijn(site):
    """A consumer without an agreed payment term: step 5 (ingebrekestelling) before step 4 (art. 6:82, 6:96 lid 6)."""
    rijen = tabel(site, "stappen", "traject-zonder-afspraak")
    antwoord = vraag({"actie": "traject", "factuurdatum": "2026-11-02", "betaaltermijn_dagen": 14,
                      "debiteur": "consument", "betaaltermijn_afgesproken": False})
    assert len(rijen) == len(antwoord["stappen"])
    for (stap, wanneer, verplicht), s in zip(rijen, antwoord["stappen"]):
        assert s["naam"] in stap
        assert (None if wanneer == "vooraf" else datum(wanneer).isoformat()) == s["datum"]
        assert (verplicht == "ja") == s["wettelijk_verplicht"]
    nummers = [r[0].split(".")[0] for r in rijen]
    assert nummers.index("5") < nummers.index("4")
    vijf, vier = (datum(next(r[1] for r in rijen if r[0].startswith(n + "."))) for n in ("5", "4"))
    assert vier > vijf


#: The box that puts step 5 before step 4 for a consumer without an agreed payment term.
ZONDER_AFSPRAAK = "Geen betaaltermijn afgesproken met een consument?"


def _tekst(site: Path, pagina: str) -> str:
    """A page's text in one line; fragments joined as they stand (an <abbr> sits inside a word: "ECLI:…")."""
    return " ".join("".join(lees(site, pagina).tekst).split())


def test_verzuim_van_een_consument_op_elke_stappenpagina(site):
    for pagina in ("stappen", "stappen/aanmaning", "stappen/ingebrekestelling", "veertiendagenbrief"):
        tekst = _tekst(site, pagina)
        assert ZONDER_AFSPRAAK in tekst, pagina
        assert "vóór stap 4" in tekst, pagina
        assert "ECLI:NL:RBNHO:2023:6558" in tekst, pagina
        assert "6:82" in tekst, pagina
    for pagina in ("stappen/aanmaning", "stappen/ingebrekestelling"):  # the six steps keep their pages
        assert "Volgende stap:" in _tekst(site, pagina)


def test_uitspraken_en_formuleringen(site):
    """The corrected statements of the review: HR 2014:1405, consumer costs refused not reduced, KOR, 6:43."""
    brief = _tekst(site, "veertiendagenbrief")
    assert "WIK-brief" in brief and "veertiendagenbrief" in brief
    assert "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd" in brief
    assert "zaterdag telt wel mee" in brief.lower()
    assert "in redelijkheid tot incassohandelingen" in _tekst(site, "incassokosten")
    assert "ECLI:NL:RBZWB:2015:8040" in _tekst(site, "incassokosten")
    bureau = _tekst(site, "stappen/incassobureau")
    assert "Een consument betaalt nooit méér" in bureau and "ECLI:NL:HR:2015:1868" in bureau
    assert "kleineondernemersregeling" in _tekst(site, "btw")
    assert "naar verhouding" in _tekst(site, "rente")
    assert "Hebben de herinnering en het telefoontje niet geholpen?" in _tekst(site, "stappen/aanmaning")


def _paginas(site: Path):
    for html in sorted(site.glob("**/index.html")):
        if "assets" in html.parts or html.parent.name == "search":
            continue
        yield html


def test_geen_verouderde_zinnen(site):
    """Statements the site no longer makes, on any page."""
    verboden = ("alle openstaande facturen", "heeft de herinnering en het telefoontje",
                "de klant betaalt nooit méér", "of een zaterdag als bezorgdag telt")
    fout = []
    for html in _paginas(site):
        lezer = _Lezer()
        lezer.feed(html.read_text(encoding="utf-8"))
        tekst = " ".join("".join(lezer.tekst).split())
        fout += [f"{html.relative_to(site)}: {zin!r}" for zin in verboden if zin in tekst.lower()]
        # The delivery day is counted in days, not working days: a Saturday counts (HR 2016:2704).
        for zin in re.split(r"(?<=[.!?])\s+", tekst):
            if "bezorg" in zin.lower() and "werkdag" in zin.lower():
                fout.append(f"{html.relative_to(site)}: werkdag bij de bezorging: {zin!r}")
    assert fout == []


def test_traject(site):
    rijen = tabel(site, "stappen", "traject")
    antwoord = vraag({"actie": "traject", "factuurdatum": "2026-11-02", "betaaltermijn_dagen": 14,
                      "debiteur": "consument"})
    assert len(rijen) == len(antwoord["stappen"])
    for (stap, wanneer, verplicht), s in zip(rijen, antwoord["stappen"]):
        assert s["naam"] in stap
        assert (None if wanneer == "vooraf" else datum(wanneer).isoformat()) == s["datum"]
        assert (verplicht == "ja") == s["wettelijk_verplicht"]


def test_voorbeeldbrief_is_die_van_de_motor(site):
    [(verzenddatum, tekst)] = lees(site, "veertiendagenbrief").brieven
    assert verzenddatum == "2026-03-06"
    tekst = " ".join(tekst.split())
    assert "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd" in tekst
    assert "€ 185,18" in tekst
    # No delivery day, last day or due date of the costs in the letter: they are for the creditor only.
    t = termijn(date(2026, 3, 6))
    for sleutel in ("bezorgdatum", "laatste_dag", "kosten_verschuldigd_vanaf"):
        assert _nl(t[sleutel]) not in tekst, sleutel
    naast = {sleutel.split()[2]: datum(waarde) for sleutel, waarde in lees(site, "veertiendagenbrief").inline
             if sleutel.startswith("termijn 2026-03-06 ")}
    assert naast["bezorgdatum"] == date(2026, 3, 10) and naast["verschuldigd_vanaf"] == date(2026, 3, 25)


INLINE_PAGINAS = ("", "stappen", "stappen/aanmaning", "stappen/bellen", "stappen/incassobureau", "incassokosten",
                  "afwijken", "btw", "rente", "veertiendagenbrief", "vragen", "over", "verder/betwist",
                  "verder/btw-oninbaar")


def test_elk_getal_in_de_lopende_tekst(site):
    """Every inline value the hook wrote (``<span data-wik="kosten 1234.56">``) is recomputed."""
    motor = vraag({"actie": "tarieven"})
    fout, aantal = [], 0
    for pagina in INLINE_PAGINAS:
        for sleutel, tekst in lees(site, pagina).inline:
            aantal += 1
            naam, *args = sleutel.split()
            if naam == "kosten":
                goed = bedrag(tekst) == Decimal(kosten(Decimal(args[0]))["incassokosten"]["bedrag"])
            elif naam == "minimum":
                goed = bedrag(tekst) == Decimal("40.00") == Decimal(kosten(Decimal("0.01"))["incassokosten"]["bedrag"])
            elif naam == "maximum":
                goed = bedrag(tekst) == Decimal("6775.00") == Decimal(
                    kosten(Decimal("1000000000"))["incassokosten"]["bedrag"])
            elif naam == "termijn":
                v = date.fromisoformat(args[0])
                t = termijn(v)
                veertiende = date.fromisoformat(t["bezorgdatum"]) + timedelta(days=14)
                veld = {"verzenddatum": v.isoformat(), "bezorgdatum": t["bezorgdatum"],
                        "veertiende_dag": veertiende.isoformat(), "laatste_dag": t["laatste_dag"],
                        "verschuldigd_vanaf": t["kosten_verschuldigd_vanaf"]}[args[1]]
                goed = datum(tekst).isoformat() == veld
            elif naam == "grens_kleine_termijnen":
                goed = bedrag(tekst) == wik_incassokosten.KLEINE_TERMIJN_GRENS == Decimal("266.67")
            elif naam == "termijnkosten_maximum":
                goed = bedrag(tekst) == wik_incassokosten.KLEINE_TERMIJN_MAXIMUM == Decimal("20.00")
            elif naam == "traject_dagen":
                plan = vraag({"actie": "traject", "factuurdatum": args[0], "betaaltermijn_dagen": int(args[1]),
                              "debiteur": args[2]})
                data = {str(st["nummer"]): st["datum"] for st in plan["stappen"] if st["datum"]}
                goed = int(tekst) == (date.fromisoformat(data[args[4]]) - date.fromisoformat(data[args[3]])).days
            elif naam == "oninbaar":
                plan = vraag({"actie": "traject", "factuurdatum": args[0], "betaaltermijn_dagen": int(args[1]),
                              "debiteur": args[2]})
                verval = date.fromisoformat(plan["vervaldatum"])
                jaar = verval.replace(year=verval.year + 1)  # art. 29 lid 2 Wet OB: at the latest a year later
                kwartaal = ("eerste", "tweede", "derde", "vierde")[(jaar.month - 1) // 3]
                goed = tekst == {"betaaldag": None, "uiterlijk": None,
                                 "maand": f"{MAANDEN[jaar.month - 1]} {jaar.year}",
                                 "kwartaal": f"het {kwartaal} kwartaal van {jaar.year}"}[args[3]] if args[3] in (
                    "maand", "kwartaal") else datum(tekst) == {"betaaldag": verval, "uiterlijk": jaar}[args[3]]
            elif naam == "gecontroleerd":
                goed = tekst == _nl(motor["laatst_gecontroleerd"])
            elif naam == "laatste_tarief":
                rij = motor["tarieven"][-1]
                goed = (tekst.startswith(f"sinds {_nl(rij['ingangsdatum'])}: wettelijke rente "
                                         f"{rij['wettelijk'].replace('.', ',')}%, handelsrente "
                                         f"{rij['handels'].replace('.', ',')}%")
                        and ("nog niet gecontroleerd" in tekst) != rij["geverifieerd"])
            else:
                goed = False
            if not goed:
                fout.append(f"{pagina or 'home'}: {sleutel} → {tekst!r}")
    assert fout == []
    assert aantal >= 30, f"maar {aantal} getallen gevonden: worden de markers nog vervangen?"


def test_geen_marker_over_en_geen_bedrag_met_punt(site):
    """No marker left in any page, and no amount in the contract's notation (``1234.56``) leaked."""
    fout = []
    for html in site.glob("**/index.html"):
        if html.parent.name in ("search",) or "assets" in html.parts:
            continue
        tekst = html.read_text(encoding="utf-8")
        if re.search(r"\{\{\s*wik", tekst):
            fout.append(f"{html}: marker")
        if re.search(r"€\s?\d+\.\d{2}\b", tekst):
            fout.append(f"{html}: bedrag niet in Nederlandse notatie")
    assert fout == []


def test_workflows_zijn_geldig():
    """The GitHub workflows parse, CI runs ``make test``, Pages deploys ``site/`` built by ``make build``."""
    import yaml

    def lees_yaml(naam):
        data = yaml.safe_load((ROOT / ".github" / "workflows" / naam).read_text(encoding="utf-8"))
        data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
        return data

    ci = lees_yaml("ci.yml")
    assert set(ci["on"]) == {"push", "pull_request"}
    stappen = ci["jobs"]["test"]["steps"]
    assert any(s.get("run") == "make test" for s in stappen)

    pages = lees_yaml("pages.yml")
    assert pages["on"]["push"]["branches"] == ["main"]
    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    bouw = pages["jobs"]["build"]["steps"]
    assert any(s.get("run") == "make build" for s in bouw)
    upload = next(s for s in bouw if str(s.get("uses", "")).startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    deploy = pages["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert any(str(s.get("uses", "")).startswith("actions/deploy-pages@") for s in deploy["steps"])


# --- the pages after the six steps (issue 11) and the pictures -------------------------------------

#: The seven pages of "Verder na de zes stappen", each with its "Wat nu?" box.
NIEUWE_PAGINAS = ("verder/betwist", "verder/betalingsregeling", "verder/verjaring", "verder/rechter",
                  "verder/wie-int", "verder/faillissement", "verder/btw-oninbaar")


def _html(site: Path, pagina: str) -> str:
    return (site / pagina / "index.html").read_text(encoding="utf-8")


def _nav_bestanden() -> list[str]:
    """Every Markdown file in mkdocs.yml's nav (its !ENV tags read as nothing)."""
    import yaml

    class Lader(yaml.SafeLoader):
        pass

    Lader.add_multi_constructor("!", lambda lader, tag, knoop: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Lader)
    gevonden = []

    def loop(item):
        if isinstance(item, str):
            gevonden.append(item)
        elif isinstance(item, dict):
            for waarde in item.values():
                loop(waarde)
        elif isinstance(item, list):
            for waarde in item:
                loop(waarde)

    loop(config["nav"])
    return gevonden


def test_nieuwe_paginas_in_navigatie_en_zoekindex(site):
    import json

    nav = _nav_bestanden()
    zoek = {d["location"] for d in json.loads((site / "search" / "search_index.json").read_text())["docs"]}
    for pagina in NIEUWE_PAGINAS:
        assert f"{pagina}.md" in nav, f"{pagina} staat niet in de navigatie"
        assert f"{pagina}/" in zoek, f"{pagina} staat niet in de zoekindex"
        assert (site / pagina / "index.html").is_file()
    assert "verder/index.md" in nav
    # the section comes right after the six steps
    assert nav.index("verder/index.md") == nav.index("stappen/incassobureau.md") + 1


def test_elke_nieuwe_pagina_heeft_een_wat_nu_vak(site):
    for pagina in NIEUWE_PAGINAS:
        html = _html(site, pagina)
        assert re.search(r'<div class="admonition [a-z]+">\s*<p class="admonition-title">Wat nu\?</p>', html), pagina
        # the box comes before the first heading after the title: the first screen says what to do
        assert html.index("Wat nu?</p>") < html.index("<h2"), pagina
        assert "../../rekentool/" in html or pagina in ("verder/faillissement", "verder/btw-oninbaar"), pagina


def _svgs(html: str) -> list[str]:
    return re.findall(r"<svg class=\"wik-grafiek__svg\".*?</svg>", html, flags=re.S)


GRAFIEK_PAGINAS = {"": ["traject"], "stappen": ["traject"], "incassokosten": ["staffel"], "rente": ["rente"]}


def test_grafieken_zijn_toegankelijk_en_schalen(site):
    for pagina, namen in GRAFIEK_PAGINAS.items():
        html = _html(site, pagina)
        svgs = _svgs(html)
        assert len(svgs) == len(namen), pagina
        for svg, naam in zip(svgs, namen, strict=True):
            kop = svg[:svg.index(">") + 1]
            assert 'role="img"' in kop and 'width="100%"' in kop and "viewBox=" in kop, kop
            assert not re.search(r'\b(?:width|height)="\d+(?:px)?"', kop), f"vaste maat in {kop}"
            ids = re.search(r'aria-labelledby="([^"]+)"', kop)[1].split()
            assert ids == [f"grafiek-{naam}-titel", f"grafiek-{naam}-uitleg"]
            assert re.search(rf'<title id="{ids[0]}">[^<]+</title>', svg)
            assert re.search(rf'<desc id="{ids[1]}">[^<]+</desc>', svg)
            assert "<script" not in svg and not re.search(r"\sstyle=", svg) and "http" not in svg.replace(
                'xmlns="http://www.w3.org/2000/svg"', "")
            for tekst in re.findall(r"<text[^>]*>([^<]*)</text>", svg):  # Dutch amounts: € 1.234, never 1,234 or €1234
                assert not re.search(r"€\S|\d,\d{3}\b|\d\.\d{2}\b(?!\d)|\d %", tekst), (pagina, tekst)


def test_grafiek_traject_volgt_de_planner(site):
    plan = vraag({"actie": "traject", "factuurdatum": "2026-11-02", "betaaltermijn_dagen": 14, "debiteur": "consument"})
    verwacht = {str(st["nummer"]): st["datum"] for st in plan["stappen"] if st["datum"]}
    verwacht["betaaldag"] = plan["vervaldatum"]
    for pagina in ("", "stappen"):
        [svg] = _svgs(_html(site, pagina))
        punten = dict(re.findall(r'data-stap="([^"]+)" data-datum="([^"]+)"', svg))
        assert punten == verwacht, pagina
        data = sorted(date.fromisoformat(d) for d in punten.values())
        tussen = [int(n) for n in re.findall(r">(\d+) dagen? later<", svg)]
        assert tussen == [(b - a).days for a, b in itertools.pairwise(data)], pagina
        # the same dates as the planner's table on the page
        rijen = tabel(site, pagina, "traject")
        in_tabel = {datum(r[1]).isoformat() for r in rijen if r[1] != "vooraf"}
        assert in_tabel == set(verwacht.values()) - {plan["vervaldatum"]}
    # the step page no longer promises "about 16 days" for the phone call: the planner says otherwise
    assert "ongeveer 16 dagen" not in _tekst(site, "stappen/bellen") + _tekst(site, "stappen")
    assert dict(lees(site, "stappen/bellen").inline)["traject_dagen 2026-11-02 14 consument 1 3"] == "23"


def test_grafiek_staffel_volgt_de_motor(site):
    [svg] = _svgs(_html(site, "incassokosten"))
    punten = re.findall(r'data-hoofdsom="([^"]+)" data-kosten="([^"]+)" data-procent="([^"]+)"', svg)
    assert len(punten) >= 6
    for hoofdsom, bedrag_, pct in punten:
        motor = wik_incassokosten.staffel(Decimal(hoofdsom))
        assert Decimal(bedrag_) == motor.bedrag, hoofdsom
        assert abs(Decimal(pct) - motor.bedrag / Decimal(hoofdsom) * 100) < Decimal("0.0001")
    gezien = {Decimal(h): Decimal(k) for h, k, _ in punten}
    assert gezien[Decimal("266.67")] == Decimal("40.00") and gezien[Decimal("1000000.00")] == Decimal("6775.00")
    assert "minimum € 40<" in svg and "maximum € 6.775<" in svg  # Besluit BIK art. 2 lid 1 and 2


def test_grafiek_en_tabel_rente_op_rente(site):
    html = _html(site, "rente")
    [svg] = _svgs(html)
    punten = re.findall(r'data-datum="([^"]+)" data-met="([^"]+)" data-zonder="([^"]+)"', svg)
    rijen = tabel(site, "rente", "rente-groei")
    assert len(punten) == len(rijen) == 8
    for (dag, met, zonder), rij in zip(punten[1:], rijen[1:], strict=True):
        antwoord = {s_: vraag({"actie": "bereken", "debiteur": "consument",
                               "rente": {"soort": "wettelijk", "samengesteld": s_},
                               "vorderingen": [{"kenmerk": "F-1", "bedrag": "10000.00", "vervaldatum": "2017-12-31"}],
                               "peildatum": dag, "kosten": {"soort": "geen"}})["totaal"] for s_ in (True, False)}
        assert (Decimal(met), Decimal(zonder)) == (Decimal(antwoord[True]), Decimal(antwoord[False])), dag
        assert (bedrag(rij[1]), bedrag(rij[2]), bedrag(rij[3])) == (Decimal(met), Decimal(zonder),
                                                                     Decimal(met) - Decimal(zonder))
    # art. 6:119 lid 2 BW by hand: 2 % on € 1.000 compounds to € 40,40 over two years; on € 10.000: € 10.200 and € 10.404
    assert [Decimal(p[1]) for p in punten[:3]] == [Decimal("10000.00"), Decimal("10200.00"), Decimal("10404.00")]
    assert Decimal(punten[-1][1]) > Decimal(punten[-1][2])


def test_verjaring_voorbeeld(site):
    rijen = tabel(site, "verder/verjaring", "verjaring")
    plan = vraag({"actie": "traject", "factuurdatum": "2026-11-02", "betaaltermijn_dagen": 14, "debiteur": "consument"})
    verval = date.fromisoformat(plan["vervaldatum"])
    bezorgd = date.fromisoformat(next(st for st in plan["stappen"] if st["nummer"] == 4)["bezorgdatum"])
    assert [r[1] for r in rijen] == ["5 jaar", "2 jaar"]
    for rij, jaren in zip(rijen, (5, 2), strict=True):
        # the term starts the day after the uiterste betaaldag (art. 3:307) and after the letter is delivered
        # (art. 3:317, 3:319 BW); a term of n years starting on day d ends on the same date n years later, minus one
        assert datum(rij[2]) == verval.replace(year=verval.year + jaren)
        assert datum(rij[3]) == max(datum(rij[2]), bezorgd.replace(year=bezorgd.year + jaren))
    assert (datum(rijen[0][2]), datum(rijen[1][2])) == (date(2031, 11, 16), date(2028, 11, 16))
    tekst = _tekst(site, "verder/verjaring")
    for zin in ("art. 3:307", "art. 3:308", "art. 7:28", "art. 3:317", "art. 3:319",
                "verjaart de rechtsvordering tot betaling van de koopprijs door verloop van twee jaren"):
        assert zin in tekst, zin


def test_feiten_op_de_nieuwe_paginas(site):
    """The facts each page must state with its article, ruling or dated source."""
    verwacht = {
        "verder/betwist": ("art. 6:89", "7:23", "twee maanden", "6:52", "6:262",
                           "in redelijkheid tot incassohandelingen", "ECLI:NL:HR:2014:1405"),
        "verder/betalingsregeling": ("art. 6:44", "3:318", "opeisbaar",
                                     "brief waarmee u een betalingsregeling bevestigt"),
        "verder/rechter": ("€ 25.000", "art. 93", "gerechtsdeurwaarder", "griffierecht", "liquidatietarief",
                           "verstek", "conservatoir beslag", "Loonbeslag", "Bankbeslag", "kst-35439-3",
                           "1 februari 2023", "2022"),
        "verder/wie-int": ("Register incassodienstverlening", "Justis", "1 april 2024", "1 april 2025",
                           "no cure no pay"),
        "verder/faillissement": ("curator", "3:92", "eigendomsvoorbehoud", "Wsnp", "bewindvoerder",
                                 "Centraal Insolventieregister", "art. 26 en 110 Faillissementswet"),
        "verder/btw-oninbaar": ("art. 29", "uiterlijk een jaar", "1a of 1b", "art. 29 lid 5",
                                "Wat wij niet konden controleren"),
    }
    for pagina, zinnen in verwacht.items():
        tekst = _tekst(site, pagina)
        for zin in zinnen:
            assert zin in tekst, f"{pagina}: {zin!r}"


MIJN_PAGINAS = ("", "stappen", "stappen/vooraf", "stappen/factuur", "stappen/herinnering", "stappen/bellen",
                "stappen/aanmaning", "stappen/ingebrekestelling", "stappen/incassobureau", "incassokosten",
                "afwijken", "btw", "rente", "veertiendagenbrief", "vragen", "over", "verder", *NIEUWE_PAGINAS)


def test_een_woordenschat(site):
    """One term per thing, one style per kind of number, and the phrases the review asked to fix."""
    fout = []
    for pagina in MIJN_PAGINAS:
        html = _html(site, pagina)
        # Left out: the sources of the rate table, quoted as they were written ("per 01-01-1998: 6 %"),
        # and the engine's own letter (its wording is the engine's, tested with the engine).
        html = html.split('data-wik="tarieven"')[0]
        html = re.sub(r'<div class="wik-brief".*?</div>', "", html, flags=re.S)
        lezer = _Lezer()
        lezer.feed(html)
        tekst = " ".join("".join(lezer.tekst).split())
        for zin in ("uiterste betaaldatum", "vervaldatum", "zzp'er) of een andere rechtspersoon",
                    "zzp'er of een andere rechtspersoon", "loopt ook over die rente rente", "ongeveer 16 dagen",
                    "wij konden die niet raadplegen", "veertien-dagenbrief", "14 dagenbrief"):
            if zin in tekst.lower():
                fout.append(f"{pagina or 'home'}: {zin!r}")
        if re.search(r"\d %", tekst):
            fout.append(f"{pagina or 'home'}: een spatie voor het procentteken")
        if re.search(r"€\d|EUR \d|\d,-", tekst):
            fout.append(f"{pagina or 'home'}: een bedrag zonder '€ ' ervoor")
    assert fout == []
