"""The debtor's letters (bezwaar, voorstel_betalingsregeling) and the creditor's plan confirmation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wik.contract import handle
from wik.regeling import termijnen

EISER = {"naam": "Incasso BV", "adres": "Markt 1", "postcode": "1000 AA", "plaats": "Amsterdam",
         "iban": "NL91ABNA0417164300"}
SCHULDENAAR = {"naam": "J. Jansen", "adres": "Kerkweg 2", "postcode": "4321 BA", "plaats": "Zeist",
               "email": "j@jansen.nl"}
CONTROLE = {"debiteur": "consument", "peildatum": "2026-12-01",
            "vorderingen": [{"kenmerk": "F-1", "bedrag": "500.00", "vervaldatum": "2026-08-31"}],
            "geeist": {"incassokosten": "95.00", "overige_kosten": "15.00", "rente": "0"},
            "veertiendagenbrief": {"ontvangen_op": "2026-10-01", "termijn": "binnen 14 dagen na dagtekening",
                                   "kosten_genoemd": "exact"}}


def brief(soort, **extra):
    return handle({"actie": "brief", "soort": soort, "verzenddatum": "2026-12-01", "schuldeiser": dict(EISER),
                   "schuldenaar": dict(SCHULDENAAR), **extra})


def test_bezwaar_noemt_elk_punt_met_artikel_en_betaalt_het_onbetwiste_deel():
    b = brief("bezwaar", controle=CONTROLE)
    tekst = b["tekst"]
    assert tekst.startswith("J. Jansen\nKerkweg 2")  # the debtor writes
    punten = b["controle"]["punten"]
    assert {p["code"] for p in punten} == {"termijn_verkeerd", "overige_kosten"}
    assert all(p["tekst"] in tekst and p["artikel"] in tekst for p in punten)
    assert b["betaalt_nu"] == "500.00" and "Het deel dat ik niet betwist, € 500,00, betaal ik u binnen veertien dagen" in tekst
    assert "specificatie" in tekst and "€ 610,00" in tekst  # what the letter asked
    later = brief("bezwaar", controle=CONTROLE, betaalt_nu=False)
    assert "zodra u mij de specificatie hebt gestuurd" in later["tekst"]


def test_bezwaar_zonder_bezwaren_vraagt_alleen_specificatie():
    goed = {**CONTROLE, "geeist": {"incassokosten": "75.00"},
            "veertiendagenbrief": {"ontvangen_op": "2026-10-01", "termijn": "binnen veertien dagen na ontvangst",
                                   "kosten_genoemd": "exact"}}
    b = brief("bezwaar", controle=goed)
    assert b["controle"]["oordeel"] == "klopt" and "zeker weten dat de vordering klopt" in b["tekst"]


def test_voorstel_betalingsregeling():
    b = brief("voorstel_betalingsregeling", controle=CONTROLE,
              regeling={"aantal": 4, "eerste_betaaldatum": "2027-01-31"})
    t = b["termijnen"]
    assert [x["datum"] for x in t] == ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]
    assert sum(Decimal(x["bedrag"]) for x in t) == Decimal(b["controle"]["toegestaan"]["totaal"]) == Decimal("500.00")
    assert "Termijn 4: € 125,00 uiterlijk op 30 april 2027" in b["tekst"]
    assert "betwist ik" in b["tekst"] and "€ 110,00" in b["tekst"]
    assert b["meldingen"][0]["code"] == "schuldhulp"


def test_bevestiging_betalingsregeling_door_schuldeiser():
    berekening = {"debiteur": "bedrijf", "rente": {"soort": "geen"},
                  "vorderingen": [{"kenmerk": "F-1", "bedrag": "1000.00", "vervaldatum": "2026-10-31"}]}
    b = brief("betalingsregeling", berekening=berekening,
              regeling={"aantal": 3, "eerste_betaaldatum": "2027-01-15", "rente_loopt_door": True})
    assert b["berekening"]["nu_verschuldigd"] == "1150.00"  # a business owes the costs without a letter
    assert [x["bedrag"] for x in b["termijnen"]] == ["383.33", "383.33", "383.34"]
    tekst = b["tekst"]
    assert tekst.startswith("Incasso BV") and "NL91 ABNA 0417 1643 00" in tekst
    assert "wettelijke rente door" in tekst and "vervalt de regeling" in tekst
    consument = brief("betalingsregeling", berekening={**berekening, "debiteur": "consument"},
                      regeling={"aantal": 2, "eerste_betaaldatum": "2027-01-15"})
    assert consument["berekening"]["nu_verschuldigd"] == "1000.00"  # no 14-day letter ran out: no costs
    assert "geen verdere rente" in consument["tekst"]


def test_termijnen_tellen_op():
    for totaal in ("0.05", "100.00", "1234.57", "99999.99"):
        for aantal in (2, 3, 7, 36):
            lijst = termijnen(Decimal(totaal), aantal, __import__("datetime").date(2027, 1, 31))
            assert sum(b for _, b in lijst) == Decimal(totaal) and len({d for d, _ in lijst}) == aantal


@pytest.mark.parametrize("soort, extra, veld", [
    ("bezwaar", {}, "controle"),
    ("bezwaar", {"controle": []}, "controle"),
    ("bezwaar", {"controle": {**CONTROLE, "debiteur": "x"}}, "controle.debiteur"),
    ("bezwaar", {"controle": CONTROLE, "betaalt_nu": "ja"}, "betaalt_nu"),
    ("bezwaar", {"controle": CONTROLE, "regeling": {}}, "regeling"),
    ("voorstel_betalingsregeling", {"controle": CONTROLE, "regeling": {"aantal": 1, "eerste_betaaldatum": "2027-01-01"}},
     "regeling.aantal"),
    ("voorstel_betalingsregeling", {"controle": CONTROLE, "regeling": {"aantal": 3, "eerste_betaaldatum": "2026-12-01"}},
     "regeling.eerste_betaaldatum"),
    ("betalingsregeling", {"berekening": "x", "regeling": {"aantal": 3, "eerste_betaaldatum": "2027-01-01"}},
     "berekening"),
    ("betalingsregeling", {"berekening": {"debiteur": "consument", "vorderingen": []},
                           "regeling": {"aantal": 3, "eerste_betaaldatum": "2027-01-01"}}, "berekening.vorderingen"),
])
def test_foute_invoer(soort, extra, veld):
    assert brief(soort, **extra)["fout"]["veld"] == veld


def test_voorstel_zonder_verschil_betwist_niets():
    goed = {**CONTROLE, "geeist": {"incassokosten": "75.00"},
            "veertiendagenbrief": {"ontvangen_op": "2026-10-01", "termijn": "binnen veertien dagen na ontvangst",
                                   "kosten_genoemd": "exact"}}
    b = brief("voorstel_betalingsregeling", controle=goed, regeling={"aantal": 2, "eerste_betaaldatum": "2027-01-31"})
    assert b["controle"]["verschil"] == "0.00" and "betwist ik" not in b["tekst"]
    assert sum(Decimal(x["bedrag"]) for x in b["termijnen"]) == Decimal(b["controle"]["toegestaan"]["totaal"])
