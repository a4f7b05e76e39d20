"""The numbers on the site agree with the engine, and the engine's examples with the law.

The site is built fresh into a temporary folder (``mkdocs build --strict``), so the check runs
against the current pages and the current engine, never against a stale ``site/``. Then every
table the hook generated (``<div class="wik-tabel" data-wik="…">``) and every inline value
(``<span class="wik-getal" data-wik="kosten 1234.56">``) is read back from the HTML, parsed the
Dutch way (``€ 1.234,56``, ``dinsdag 10 maart 2026``) and recomputed through ``wik.handle``.
A few rows are also held against the worked examples in shared/law/law.md §5, which were
computed by hand from the Besluit and the Hoge Raad's rule, independently of the engine.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from wik import handle

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


# --- the law's worked examples (law.md §5.1 and §5.3), independent of the engine -------------------

BESLUIT = [(Decimal("2500"), Decimal("15")), (Decimal("2500"), Decimal("10")), (Decimal("5000"), Decimal("5")),
           (Decimal("190000"), Decimal("1")), (None, Decimal("0.5"))]
GOUDEN_KOSTEN = {"266.67": "40.00", "1234.56": "185.18", "2500.00": "375.00", "5000.00": "625.00",
                 "10000.00": "875.00", "200000.00": "2775.00", "1000000.00": "6775.00"}
GOUDEN_BEZORGING = {date(2026, 3, 6): (date(2026, 3, 10), date(2026, 3, 24), date(2026, 3, 25)),
                    date(2026, 4, 24): (date(2026, 4, 28), date(2026, 5, 12), date(2026, 5, 13)),
                    date(2026, 12, 23): (date(2026, 12, 29), date(2027, 1, 12), date(2027, 1, 13))}


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
    assert bedrag(eerste[-1][2]) == Decimal("52.50")  # law.md B22: not 2 × € 40


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
    assert ["€ 1.000.000,00", "€ 6.775,00", "€ 8.197,75 (btw € 1.422,75)"] == rijen[-1][:3]  # law.md B20


def test_afwijken_van_de_staffel(site):
    rijen = tabel(site, "afwijken", "afwijken")
    soorten = {"Bedrijf": "bedrijf", "Consument": "consument"}
    assert [r[0] for r in rijen] == list(soorten)
    for klant, hoofdsom, staffel, gevraagd, _ in rijen:
        k = kosten(bedrag(hoofdsom), debiteur=soorten[klant],
                   kosten={"soort": "percentage", "waarde": "15"})["incassokosten"]
        assert (bedrag(staffel), bedrag(gevraagd)) == (Decimal(k["wettelijk"]), Decimal(k["bedrag"]))
    assert bedrag(rijen[0][2]) == Decimal("1023.22")  # law.md §5.4: staffel over € 24.821,73
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
    # law.md par. 3: on 2004-01-01 and 2011-07-01 only the handelsrente is in doubt; the statutory
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
    assert bedrag(rijen[-1][-1]) == Decimal("1797.89")  # SPEC §2 worked check, law.md I9


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


def test_bezorging_en_termijn(site):
    rijen = tabel(site, "veertiendagenbrief", "bezorging")
    gezien = {}
    for verstuurd, bezorgd, laatste, vanaf in rijen:
        v = datum(verstuurd)
        t = termijn(v)
        gezien[v] = (datum(bezorgd), datum(laatste), datum(vanaf))
        assert gezien[v] == (date.fromisoformat(t["bezorgdatum"]), date.fromisoformat(t["laatste_dag"]),
                             date.fromisoformat(t["kosten_verschuldigd_vanaf"])), verstuurd
        assert gezien[v][1] == gezien[v][0] + timedelta(days=14)
    for v, verwacht in GOUDEN_BEZORGING.items():  # law.md §5.3 T4, T5, T6
        assert gezien.get(v) == verwacht, v


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
    assert "dinsdag 10 maart 2026" in tekst and "€ 185,18" in tekst


INLINE_PAGINAS = ("", "stappen", "stappen/aanmaning", "stappen/incassobureau", "incassokosten", "afwijken", "btw",
                  "rente", "veertiendagenbrief", "vragen", "over")


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
                veld = {"verzenddatum": v.isoformat(), "bezorgdatum": t["bezorgdatum"],
                        "laatste_dag": t["laatste_dag"], "verschuldigd_vanaf": t["kosten_verschuldigd_vanaf"]}[args[1]]
                goed = datum(tekst).isoformat() == veld
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
