"""Opdracht: the bereken request, its fields, defaults and errors."""

from __future__ import annotations

from hulp import bereken
from wik import handle
from wik.fouten import WikFout

FOUTE_VERZOEKEN = [
    ({"vorderingen": []}, "geen_vorderingen", "vorderingen"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "geen"}, "extra": 1}, "onbekend_veld", "extra"),
    ({"vorderingen": [{"bedrag": "10", "x": 1}], "rente": {"soort": "geen"}}, "onbekend_veld", "vorderingen[0].x"),
    ({"vorderingen": [{"bedrag": "10", "vervaldatum": "2025-01-01"}]}, "ontbrekend_veld", "peildatum"),
    ({"vorderingen": [{"bedrag": "10"}], "peildatum": "2026-01-01"}, "ontbrekend_veld", "vorderingen[0].vervaldatum"),
    ({"vorderingen": [{"bedrag": "10", "vervaldatum": "1997-06-30"}], "peildatum": "2026-01-01"},
     "buiten_rentetabel", "vorderingen[0].vervaldatum"),
    ({"debiteur": "bedrijf", "vorderingen": [{"bedrag": "10", "vervaldatum": "2002-08-01"}], "peildatum": "2026-01-01"},
     "buiten_rentetabel", "vorderingen[0].vervaldatum"),
    ({"vorderingen": [{"kenmerk": "A", "bedrag": "10"}, {"kenmerk": "A", "bedrag": "5"}], "rente": {"soort": "geen"}},
     "dubbel_kenmerk", "vorderingen[1].kenmerk"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "geen"},
      "betalingen": [{"bedrag": "5", "datum": "2026-01-01", "kenmerk": "Z"}]}, "onbekende_vordering",
     "betalingen[0].kenmerk"),
    ({"vorderingen": [{"bedrag": "10", "vervaldatum": "2025-01-01"}], "peildatum": "2025-06-01",
      "betalingen": [{"bedrag": "5", "datum": "2025-07-01"}]}, "betaling_na_peildatum", "betalingen[0].datum"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "contractueel"}}, "ontbrekend_veld", "rente.percentage"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "wettelijk", "percentage": "8"}}, "onbekend_veld",
     "rente.percentage"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "geen", "samengesteld": "ja"}}, "ongeldige_waarde",
     "rente.samengesteld"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "geen"}, "kosten": {"soort": "percentage"}},
     "ontbrekend_veld", "kosten.waarde"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "geen"}, "kosten": {"soort": "wik", "waarde": "5"}},
     "onbekend_veld", "kosten.waarde"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "geen"}, "kosten": {"soort": "vast", "waarde": "-5"}},
     "ongeldig_bedrag", "kosten.waarde"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "geen"}, "btw": {"verhogen": 1}}, "ongeldige_waarde",
     "btw.verhogen"),
    ({"vorderingen": [{"bedrag": "10"}], "rente": {"soort": "geen"}, "btw": {"percentage": "60"}},
     "ongeldig_percentage", "btw.percentage"),
    ({"debiteur": "klant", "vorderingen": [{"bedrag": "10"}]}, "ongeldige_waarde", "debiteur"),
    ({"vorderingen": "A"}, "ongeldige_waarde", "vorderingen"),
    ({"vorderingen": [{"kenmerk": "A"}], "rente": {"soort": "geen"}}, "ontbrekend_veld", "vorderingen[0].bedrag"),
    ({"debiteur": None, "vorderingen": [{"bedrag": "1"}]}, "ongeldige_waarde", "debiteur"),
    ({"vorderingen": [{"bedrag": "1"}] * 101}, "te_groot", "vorderingen"),
]


def test_wikfout_zonder_code_is_ongeldige_invoer():
    assert WikFout("Vul iets in.", "x").als_json() == {
        "fout": {"code": "ongeldige_invoer", "veld": "x", "tekst": "Vul iets in."}}


def test_foute_verzoeken_noemen_code_en_veld():
    fout = []
    for velden, code, veld in FOUTE_VERZOEKEN:
        antwoord = bereken(**velden)
        f = antwoord.get("fout", {})
        if (f.get("code"), f.get("veld")) != (code, veld) or not f.get("tekst"):
            fout.append((velden, antwoord))
    assert fout == []


def test_ontbrekende_debiteur():
    antwoord = handle({"actie": "bereken", "vorderingen": [{"bedrag": "1"}]})
    assert (antwoord["fout"]["code"], antwoord["fout"]["veld"]) == ("ontbrekend_veld", "debiteur")


def test_kenmerk_standaard_en_leeg():
    antwoord = bereken(vorderingen=[{"bedrag": "10"}, {"kenmerk": " ", "bedrag": "20"}], rente={"soort": "geen"})
    assert antwoord["hoofdsom"] == "30.00"
    eerste = bereken(vorderingen=[{"bedrag": "10"}], rente={"soort": "geen"},
                     betalingen=[{"bedrag": "4", "datum": "2026-01-01", "kenmerk": "1"}])
    assert eerste["betalingen"][0]["kenmerk"] == "1" and eerste["hoofdsom"] == "6.00"


def test_rente_standaard_per_debiteur():
    vordering = [{"bedrag": "1000", "vervaldatum": "2024-12-31"}]
    consument = bereken(vorderingen=vordering, peildatum="2025-01-31")
    bedrijf = bereken(debiteur="bedrijf", vorderingen=vordering, peildatum="2025-01-31")
    overheid = bereken(debiteur="overheid", vorderingen=vordering, peildatum="2025-01-31")
    assert consument["rente"]["perioden"][0]["percentage"] == "6"
    assert bedrijf["rente"]["perioden"][0]["percentage"] == "11.15"
    assert overheid["rente"]["perioden"] == bedrijf["rente"]["perioden"]
