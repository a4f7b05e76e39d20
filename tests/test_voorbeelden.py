# Over 200 lines: the worked examples are data (one case per golden example), not logic.
"""Worked examples: every worked check of py/README.md and the golden cases B1-B24 and I1-I9.

Each table is one test with one assertion that lists every failing row, so a
failure shows all disagreements at once. Expected values come from the law and
hand calculations (B1-B24, I1-I9), not from the engine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path


from wik import handle

ROOT = Path(__file__).resolve().parents[1]


def pad(antwoord: dict, sleutel: str):
    """``"incassokosten.bedrag"`` or ``"rente.perioden.1.bedrag"`` in an answer."""
    waarde = antwoord
    for deel in sleutel.split("."):
        waarde = waarde[int(deel)] if isinstance(waarde, list) else waarde[deel]
    return waarde


def fouten_in(tabel) -> list[str]:
    fout = []
    for naam, verzoek, verwacht in tabel:
        antwoord = handle(verzoek)
        if "fout" in antwoord:
            fout.append(f"{naam}: fout {antwoord['fout']}")
            continue
        for sleutel, waarde in verwacht.items():
            try:
                gekregen = pad(antwoord, sleutel)
            except (KeyError, IndexError, TypeError) as e:
                gekregen = f"<ontbreekt: {e!r}>"
            if gekregen != waarde:
                fout.append(f"{naam}: {sleutel} = {gekregen!r}, verwacht {waarde!r}")
    return fout


def kosten(hoofdsom: str, debiteur: str = "consument", **extra) -> dict:
    verzoek = {"actie": "bereken", "debiteur": debiteur,
               "vorderingen": [{"kenmerk": "A", "bedrag": hoofdsom}], "rente": {"soort": "geen"}}
    verzoek.update(extra)
    return verzoek


# --- the BIK staffel: golden cases B1-B24 ---------------------------------------------------------

B = [  # (#, hoofdsom, BIK, BIK + 21 % btw surcharge)
    ("B1", "100.00", "40.00", "48.40"), ("B2", "250.00", "40.00", "48.40"),
    ("B3", "266.67", "40.00", "48.40"), ("B4", "267.00", "40.05", "48.46"),
    ("B5", "300.00", "45.00", "54.45"), ("B6", "1000.00", "150.00", "181.50"),
    ("B7", "1234.56", "185.18", "224.07"), ("B8", "2500.00", "375.00", "453.75"),
    ("B9", "2505.30", "375.53", "454.39"), ("B10", "2603.00", "385.30", "466.21"),
    ("B11", "3000.00", "425.00", "514.25"), ("B12", "4321.09", "557.11", "674.10"),
    ("B13", "5000.00", "625.00", "756.25"), ("B14", "7500.00", "750.00", "907.50"),
    ("B15", "10000.00", "875.00", "1058.75"), ("B16", "15000.00", "925.00", "1119.25"),
    ("B17", "32721.40", "1102.21", "1333.67"), ("B18", "200000.00", "2775.00", "3357.75"),
    ("B19", "500000.00", "4275.00", "5172.75"), ("B20", "1000000.00", "6775.00", "8197.75"),
    ("B21", "2000000.00", "6775.00", "8197.75"),
]


def test_staffel_law_5_1_b1_b21():
    tabel = []
    for naam, hoofdsom, bik, met_btw in B:
        for debiteur in ("consument", "bedrijf", "overheid"):
            tabel.append((f"{naam} {debiteur}", kosten(hoofdsom, debiteur), {
                "incassokosten.grondslag": hoofdsom, "incassokosten.bedrag": bik,
                "incassokosten.btw": "0.00", "incassokosten.totaal": bik,
                "incassokosten.wettelijk": bik, "hoofdsom": hoofdsom}))
        btw = f"{Decimal(met_btw) - Decimal(bik):f}"
        tabel.append((f"{naam} btw", kosten(hoofdsom, btw={"verhogen": True}), {
            "incassokosten.bedrag": bik, "incassokosten.btw": btw, "incassokosten.totaal": met_btw}))
        tabel.append((f"{naam} btw 21 expliciet",
                      kosten(hoofdsom, btw={"verhogen": True, "percentage": "21"}),
                      {"incassokosten.totaal": met_btw}))
    assert fouten_in(tabel) == []


def test_staffel_law_5_1_b22_b24():
    tabel = [
        # B22 (and py/README.md, "Costs"): two consumer invoices in one letter, summed.
        ("B22", {"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
                 "vorderingen": [{"kenmerk": "A", "bedrag": "150"}, {"kenmerk": "B", "bedrag": "200"}]},
         {"incassokosten.grondslag": "350.00", "incassokosten.bedrag": "52.50", "hoofdsom": "350.00",
          "totaal": "402.50"}),
        # B23: 400 paid inside the 14-day term: the fee is over the remaining 600.
        ("B23 met verschuldigd_vanaf",
         {"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
          "vorderingen": [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2026-01-31"}],
          "betalingen": [{"datum": "2026-02-10", "bedrag": "400"}],
          "kosten": {"soort": "wik", "verschuldigd_vanaf": "2026-02-20"}, "peildatum": "2026-03-01"},
         {"incassokosten.grondslag": "600.00", "incassokosten.bedrag": "90.00", "hoofdsom": "600.00",
          "betalingen.0.hoofdsom": "400.00", "betalingen.0.kosten": "0.00", "betalingen.0.rente": "0.00",
          "totaal": "690.00"}),
        ("B23 zonder verschuldigd_vanaf",
         {"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
          "vorderingen": [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2026-01-31"}],
          "betalingen": [{"datum": "2026-02-10", "bedrag": "400"}], "peildatum": "2026-03-01"},
         {"incassokosten.bedrag": "90.00", "hoofdsom": "600.00", "totaal": "690.00"}),
        # B24: B2B invoice of 100, no agreement on costs: at least 40 (6:96 lid 4).
        ("B24", kosten("100", "bedrijf"), {"incassokosten.bedrag": "40.00", "incassokosten.wettelijk": "40.00"}),
        ("B24 overheid", kosten("100", "overheid"), {"incassokosten.bedrag": "40.00"}),
        # HR 10-07-2015, ECLI:NL:HR:2015:1868, facts: B2B contractual 15 % versus the staffel.
        ("HR 2015:1868 15 %", kosten("24821.73", "bedrijf", kosten={"soort": "percentage", "waarde": "15"}),
         {"incassokosten.bedrag": "3723.26", "incassokosten.wettelijk": "1023.22"}),
        ("HR 2015:1868 consument gemaximeerd",
         kosten("24821.73", "consument", kosten={"soort": "percentage", "waarde": "15"}),
         {"incassokosten.bedrag": "1023.22", "incassokosten.wettelijk": "1023.22"}),
        # py/README.md, "Costs": the max_incl_btw reading caps the total incl. btw at 6775.
        ("B20 max_incl_btw", kosten("1000000", btw={"verhogen": True, "max_incl_btw": True}),
         {"incassokosten.totaal": "6775.00"}),
        ("B21 max_incl_btw", kosten("2000000", btw={"verhogen": True, "max_incl_btw": True}),
         {"incassokosten.totaal": "6775.00"}),
        ("B15 max_incl_btw (niet bereikt)", kosten("10000", btw={"verhogen": True, "max_incl_btw": True}),
         {"incassokosten.totaal": "1058.75", "incassokosten.btw": "183.75"}),
        ("kosten geen", kosten("10000", kosten={"soort": "geen"}),
         {"incassokosten.bedrag": "0.00", "incassokosten.totaal": "0.00", "totaal": "10000.00"}),
    ]
    assert fouten_in(tabel) == []


# --- boundaries of the staffel, a cent either side, and half-up rounding ------------

GRENZEN = [
    ("266.66", "40.00"), ("266.67", "40.00"), ("266.68", "40.00"), ("266.69", "40.00"),
    ("266.70", "40.01"),  # 40.005 rounds half-up
    ("2499.99", "375.00"), ("2500.00", "375.00"), ("2500.01", "375.00"),
    ("2501.25", "375.13"),  # 375.125: half-up, not half-even
    ("4999.99", "625.00"), ("5000.00", "625.00"), ("5000.01", "625.00"),
    ("5000.10", "625.01"),  # 625.005: half-up
    ("9999.99", "875.00"), ("10000.00", "875.00"), ("10000.01", "875.00"), ("10000.50", "875.01"),
    ("199999.99", "2775.00"), ("200000.00", "2775.00"), ("200000.01", "2775.00"),
    ("200001.00", "2775.01"),  # 2775.005
    ("999999.99", "6775.00"), ("1000000.00", "6775.00"), ("1000000.01", "6775.00"),
    ("1000000000", "6775.00"), ("0.01", "40.00"),
    ("1234.57", "185.19"),  # 185.1855
]


def test_staffel_grenzen():
    tabel = [(f"grens {h}", kosten(h), {"incassokosten.bedrag": fee, "incassokosten.wettelijk": fee})
             for h, fee in GRENZEN]
    assert fouten_in(tabel) == []


# --- statutory interest: golden cases I1-I9 and py/README.md, "Conventions" ------------------------------

def rente(bedrag, vervaldatum, peildatum, soort, debiteur="consument", samengesteld=True):
    return {"actie": "bereken", "debiteur": debiteur,
            "vorderingen": [{"kenmerk": "A", "bedrag": bedrag, "vervaldatum": vervaldatum}],
            "peildatum": peildatum, "rente": {"soort": soort, "samengesteld": samengesteld},
            "kosten": {"soort": "geen"}}


def perioden(*rijen):
    """Expected periods: (van, tot_en_met, dagen, percentage, grondslag, bedrag)."""
    verwacht = {"rente.perioden": [
        {"kenmerk": "A", "van": van, "tot_en_met": tm, "dagen": d, "percentage": p, "grondslag": g, "bedrag": b}
        for van, tm, d, p, g, b in rijen]}
    return verwacht


def test_rente_law_5_2_en_spec():
    tabel = [
        ("I1", rente("1000", "2016-12-31", "2017-12-31", "wettelijk"),
         {"rente.totaal": "20.00", "rente.open": "20.00", "totaal": "1020.00",
          **perioden(("2017-01-01", "2017-12-31", 365, "2", "1000.00", "20.00"))}),
        ("I2", rente("1000", "2016-12-31", "2018-12-31", "wettelijk"),
         {"rente.totaal": "40.40",
          **perioden(("2017-01-01", "2017-12-31", 365, "2", "1000.00", "20.00"),
                     ("2018-01-01", "2018-12-31", 365, "2", "1020.00", "20.40"))}),
        ("I2s", rente("1000", "2016-12-31", "2018-12-31", "wettelijk", samengesteld=False),
         {"rente.totaal": "40.00"}),
        ("I3", rente("10000", "2020-12-31", "2022-12-31", "handels", "bedrijf"),
         {"rente.totaal": "1664.00",
          **perioden(("2021-01-01", "2021-12-31", 365, "8", "10000.00", "800.00"),
                     ("2022-01-01", "2022-12-31", 365, "8", "10800.00", "864.00"))}),
        # the source table's I4 says 1,125.62 but its own parts 520.68 + 604.93 sum to 1,125.61;
        # the source table's preamble says the per-period rounding convention (1,125.61) is the convention.
        ("I4", rente("10000", "2022-12-31", "2023-12-31", "handels", "bedrijf"),
         {"rente.totaal": "1125.61",
          **perioden(("2023-01-01", "2023-06-30", 181, "10.5", "10000.00", "520.68"),
                     ("2023-07-01", "2023-12-31", 184, "12", "10000.00", "604.93"))}),
        ("I5", rente("5000", "2022-12-31", "2023-12-31", "wettelijk"),
         {"rente.totaal": "250.41",
          **perioden(("2023-01-01", "2023-06-30", 181, "4", "5000.00", "99.18"),
                     ("2023-07-01", "2023-12-31", 184, "6", "5000.00", "151.23"))}),
        # the source table's I6 says 142.17 (the exact total 142.1655 rounded), but its own rounded
        # parts 40.00 + 40.46 + 61.70 sum to 142.16, the README convention (sum of rounded periods).
        ("I6", rente("2000", "2021-12-31", "2023-12-31", "wettelijk"),
         {"rente.totaal": "142.16",
          **perioden(("2022-01-01", "2022-12-31", 365, "2", "2000.00", "40.00"),
                     ("2023-01-01", "2023-06-30", 181, "4", "2040.00", "40.46"),
                     ("2023-07-01", "2023-12-31", 184, "6", "2040.00", "61.70"))}),
        ("I6s", rente("2000", "2021-12-31", "2023-12-31", "wettelijk", samengesteld=False),
         {"rente.totaal": "140.16"}),
        ("I7", rente("1000", "2017-03-14", "2017-04-13", "wettelijk"),
         {"rente.totaal": "1.64", **perioden(("2017-03-15", "2017-04-13", 30, "2", "1000.00", "1.64"))}),
        # I8 with the vervaldatum given directly (first interest day 2025-04-10).
        ("I8", {**rente("2500", "2025-04-09", "2025-10-09", "handels", "bedrijf"), "kosten": {"soort": "wik"}},
         {"rente.totaal": "132.84", "incassokosten.bedrag": "375.00", "incassokosten.wettelijk": "375.00",
          **perioden(("2025-04-10", "2025-06-30", 82, "11.15", "2500.00", "62.62"),
                     ("2025-07-01", "2025-10-09", 101, "10.15", "2500.00", "70.22"))}),
        # I9 = py/README.md, "Conventions"'s worked check.
        ("I9 / README example", rente("10000", "2021-06-30", "2023-06-30", "handels", "bedrijf"),
         {"rente.totaal": "1797.89", "rente.open": "1797.89",
          **perioden(("2021-07-01", "2022-06-30", 365, "8", "10000.00", "800.00"),
                     ("2022-07-01", "2022-12-31", 184, "8", "10800.00", "435.55"),
                     ("2023-01-01", "2023-06-30", 181, "10.5", "10800.00", "562.34"))}),
        ("I9 overheid", rente("10000", "2021-06-30", "2023-06-30", "handels", "overheid"),
         {"rente.totaal": "1797.89"}),
        ("I9 default soort bedrijf",
         {"actie": "bereken", "debiteur": "bedrijf", "peildatum": "2023-06-30",
          "vorderingen": [{"kenmerk": "A", "bedrag": "10000", "vervaldatum": "2021-06-30"}]},
         {"rente.totaal": "1797.89",
          # py/README.md, "Costs": fee over principal + capitalised interest (10,800).
          "incassokosten.grondslag": "10800.00", "incassokosten.bedrag": "883.00", "hoofdsom": "10000.00",
          "totaal": "12680.89"}),
        ("contractueel 10 %", rente("1000", "2016-12-31", "2017-12-31", "contractueel") | {
            "rente": {"soort": "contractueel", "percentage": "10"}},
         {"rente.totaal": "100.00", **perioden(("2017-01-01", "2017-12-31", 365, "10", "1000.00", "100.00"))}),
        # py/README.md, "Conventions": days / 365 also in a leap year: 366 days in 2024 at 7 %.
        ("schrikkeljaar", rente("1000", "2023-12-31", "2024-12-31", "wettelijk"),
         {"rente.totaal": "70.19",  # 1000 x 7 % x 366 / 365 = 70.1917...
          **perioden(("2024-01-01", "2024-12-31", 366, "7", "1000.00", "70.19"))}),
        # py/README.md, "Conventions": a first interest day of 29 February has its anniversary on 1 March.
        ("29 februari", rente("1000", "2024-02-28", "2025-03-31", "wettelijk"),
         {"rente.perioden.0.van": "2024-02-29", "rente.perioden.0.tot_en_met": "2024-12-31",
          "rente.perioden.1.van": "2025-01-01", "rente.perioden.1.tot_en_met": "2025-02-28",
          "rente.perioden.2.van": "2025-03-01", "rente.perioden.2.grondslag": "1068.58"}),
        # 2024-02-29..2024-12-31: 307 d x 7 % = 58.88; 2025-01-01..02-28: 59 d x 6 % = 9.70; base 1068.58
        ("geen rente, peildatum voor vervaldatum", rente("1000", "2026-01-31", "2026-01-15", "wettelijk"),
         {"rente.totaal": "0.00", "rente.perioden": []}),
    ]
    assert fouten_in(tabel) == []


def test_spec_6_voorbeeld():
    """The contract's example (py/README.md, "bereken") request and response, field by field."""
    verzoek = {
        "actie": "bereken", "debiteur": "consument",
        "vorderingen": [{"kenmerk": "F-001", "bedrag": "1234.56", "vervaldatum": "2025-01-31"}],
        "betalingen": [], "peildatum": "2025-06-30",
        "rente": {"soort": "wettelijk", "samengesteld": True}, "kosten": {"soort": "wik"},
        "btw": {"verhogen": False},
    }
    verwacht = {
        "hoofdsom": "1234.56", "rente.totaal": "30.44", "rente.open": "30.44",
        "rente.perioden": [{"kenmerk": "F-001", "van": "2025-02-01", "tot_en_met": "2025-06-30", "dagen": 150,
                            "percentage": "6", "grondslag": "1234.56", "bedrag": "30.44"}],
        "incassokosten.grondslag": "1234.56", "incassokosten.bedrag": "185.18", "incassokosten.btw": "0.00",
        "incassokosten.totaal": "185.18", "incassokosten.wettelijk": "185.18",
        "betalingen": [], "totaal": "1450.18",
    }
    assert fouten_in([("contract", verzoek, verwacht)]) == []
    antwoord = handle(verzoek)
    assert {"hoofdsom", "rente", "incassokosten", "betalingen", "totaal", "meldingen"} <= set(antwoord)
    assert all({"code", "tekst"} <= set(m) for m in antwoord["meldingen"])


def test_cli_875():
    """The engine issue's done-check: the CLI answers 875.00 for 10,000."""
    invoer = '{"actie":"bereken","debiteur":"consument","vorderingen":[{"kenmerk":"A","bedrag":"10000"}],"rente":{"soort":"geen"}}'
    env = {**os.environ, "PYTHONPATH": str(ROOT / "py")}
    uit = subprocess.run([sys.executable, "-m", "wik"], input=invoer, capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=60)
    assert (uit.returncode, json.loads(uit.stdout)["incassokosten"]["bedrag"], uit.stderr) == (0, "875.00", "")


def test_besluit_art_3_verzuim_voor_1_juli_2012():
    """Besluit BIK art. 3: the Besluit does not apply when the debtor was
    in default before 1 July 2012, so the staffel is not the statutory amount there. The
    answer should at least say so in a melding (mentioning 1 July 2012 / art. 3)."""
    antwoord = handle({"actie": "bereken", "debiteur": "consument", "peildatum": "2012-12-31",
                       "vorderingen": [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2011-05-31"}]})
    teksten = " ".join(m["tekst"] for m in antwoord["meldingen"])
    assert "1 juli 2012" in teksten or "art. 3" in teksten, antwoord["meldingen"]


def test_besluit_art_3_grens():
    """Besluit BIK art. 3: not for claims whose debtor was in default before 1 July 2012 (entry
    into force, Stb. 2012, 142). Default starts the day after the due date (art. 6:83 sub a BW):
    due 29 June 2012 means default on 30 June, before the Besluit; due 30 June 2012 means default
    on 1 July 2012, when the Besluit applies."""
    def codes(vervaldatum, kosten=None):
        verzoek = {"actie": "bereken", "debiteur": "consument", "peildatum": "2012-12-31",
                   "vorderingen": [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": vervaldatum}]}
        if kosten:
            verzoek["kosten"] = kosten
        return {m["code"] for m in handle(verzoek)["meldingen"]}

    assert "besluit_bik_niet_van_toepassing" in codes("2012-06-29")
    assert "besluit_bik_niet_van_toepassing" not in codes("2012-06-30")
    assert "besluit_bik_niet_van_toepassing" not in codes("2012-06-29", {"soort": "geen"})  # no costs claimed


def test_meldingen_spec():
    """The conventions ask for a melding in these cases; each is compared with a twin request that
    differs only in the point at issue, and the twin must lack that extra melding."""
    def codes(verzoek):
        return {m["code"] for m in handle(verzoek)["meldingen"]}

    def claim(bedrag, vervaldatum, peildatum, debiteur="consument", **extra):
        return {"actie": "bereken", "debiteur": debiteur, "peildatum": peildatum,
                "vorderingen": [{"kenmerk": "A", "bedrag": bedrag, "vervaldatum": vervaldatum}], **extra}

    paren = [
        # py/README.md, "Conventions": a period past the last known rate row uses the last rate and says so.
        ("na laatste tarief", claim("1000", "2026-07-31", "2027-03-31"), claim("1000", "2026-07-31", "2026-12-31")),
        # py/README.md, "Conventions": rows after 2025-01-01 are not verified; show that.
        ("onbevestigd tarief", claim("1000", "2025-07-31", "2025-12-31"), claim("1000", "2024-07-31", "2024-12-31")),
        # py/README.md, "Costs": the fee over principal + capitalised interest: report when that happened.
        ("rente bij hoofdsom", claim("1000", "2016-12-31", "2018-06-30"), claim("1000", "2016-12-31", "2017-06-30")),
        # py/README.md, "Costs": a consumer's higher agreed amount is capped at the staffel, with a melding.
        ("consument gemaximeerd", claim("1000", "2024-01-31", "2024-06-30", kosten={"soort": "vast", "waarde": "500"}),
         claim("1000", "2024-01-31", "2024-06-30", kosten={"soort": "vast", "waarde": "100"})),
        # py/README.md, "Costs": business agreed amount: warn that a court may reduce it to the staffel.
        ("bedrijf matiging", claim("1000", "2024-01-31", "2024-06-30", "bedrijf", kosten={"soort": "percentage", "waarde": "20"}),
         claim("1000", "2024-01-31", "2024-06-30", "bedrijf")),
        # lead's convention: an overpayment gives a melding.
        ("overbetaling", claim("100", "2024-01-31", "2024-06-30", betalingen=[{"bedrag": "500", "datum": "2024-03-01"}]),
         claim("100", "2024-01-31", "2024-06-30", betalingen=[{"bedrag": "50", "datum": "2024-03-01"}])),
    ]
    fout = [naam for naam, met, zonder in paren if not codes(met) - codes(zonder)]
    assert fout == []
    # and the rate used past the last row is the last rate (4 % wettelijke rente)
    laatste = handle(claim("1000", "2026-07-31", "2027-03-31"))["rente"]["perioden"]
    assert {p["percentage"] for p in laatste if p["tot_en_met"] >= "2027-01-01"} == {"4"}


def test_geen_onterechte_melding_onbevestigd_tarief():
    """The Besluit of 23 juni 2011 sets the wettelijke rente of 1 July 2011 (4 %, Besluit 23 juni 2011)
    and has no change at all on 1 January 2004 (5 % since 2003-08-01); only the
    handelsrente of those rows is disputed between published tables. A calculation with only
    wettelijke rente over those rows must not warn that its rates are unverified."""
    fout = []
    for vervaldatum, peildatum in (("2011-07-31", "2012-03-01"), ("2004-01-05", "2004-01-20")):
        antwoord = handle({"actie": "bereken", "debiteur": "consument", "peildatum": peildatum,
                           "vorderingen": [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": vervaldatum}]})
        for m in antwoord["meldingen"]:
            if "gecontroleerd" in m["tekst"] or "geverifieerd" in m["code"]:
                fout.append((vervaldatum, m["code"]))
    assert fout == []
    assert fout == []
