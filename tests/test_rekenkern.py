"""Unit tests for the engine's own modules: input checks, costs rules, rate table,
interest periods, payment allocation, the contract's guards and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from wik import handle
from wik import incassokosten as ik
from wik import invoer, tarieven
from wik.fouten import WikFout
from wik.geld import euro, rond
from wik.rente import Renteregeling, Vordering, bereken_tot, verjaardag

ROOT = Path(__file__).resolve().parents[1]
D = Decimal


def bereken(**velden):
    verzoek = {"actie": "bereken", "debiteur": "consument"}
    verzoek.update(velden)
    return handle(verzoek)


def codes(antwoord):
    return [m["code"] for m in antwoord["meldingen"]]


# --- invoer -----------------------------------------------------------------------------------

SLECHTE_BEDRAGEN = [
    (100, "ongeldig_bedrag"), (100.5, "ongeldig_bedrag"), (True, "ongeldig_bedrag"), (None, "ongeldig_bedrag"),
    ("-0", "ongeldig_bedrag"), ("-5", "ongeldig_bedrag"), ("0", "ongeldig_bedrag"), ("0.00", "ongeldig_bedrag"),
    ("1e999", "ongeldig_bedrag"), ("1,50", "ongeldig_bedrag"), ("1.234", "ongeldig_bedrag"),
    ("NaN", "ongeldig_bedrag"), ("Infinity", "ongeldig_bedrag"), ("", "ongeldig_bedrag"), (" ", "ongeldig_bedrag"),
    ("1000000000.01", "ongeldig_bedrag"), ("٣", "ongeldig_bedrag"), ("x" * 500, "ongeldig_bedrag"),
]


def test_slechte_bedragen_geven_een_nederlandse_fout_met_veld():
    fout = []
    for waarde, code in SLECHTE_BEDRAGEN:
        antwoord = bereken(vorderingen=[{"bedrag": waarde}], rente={"soort": "geen"})
        f = antwoord.get("fout", {})
        if f.get("code") != code or f.get("veld") != "vorderingen[0].bedrag" or not f.get("tekst"):
            fout.append((waarde, antwoord))
    assert fout == []


def test_goede_bedragen():
    assert invoer.bedrag("1000000000", "x") == D("1000000000")
    assert invoer.bedrag(" 12.5 ", "x") == D("12.5")


@pytest.mark.parametrize("waarde", ["2026-02-30", "2026-2-3", "23-11-2026", "1989-12-31", "2101-01-01", 20261123, None])
def test_slechte_datums(waarde):
    with pytest.raises(WikFout) as fout:
        invoer.datum(waarde, "peildatum")
    assert fout.value.veld == "peildatum" and fout.value.code == "ongeldige_datum"


def test_overige_invoercontroles():
    with pytest.raises(WikFout):
        invoer.tekst(5, "naam")
    with pytest.raises(WikFout) as fout:
        invoer.tekst("x" * 201, "naam")
    assert fout.value.code == "te_groot"
    assert invoer.tekst("  Jan  ", "naam") == "Jan"
    assert invoer.geheel_getal(14, "d", 1, 30) == 14
    for slecht in (True, 0, 31, "14", 14.0):
        with pytest.raises(WikFout):
            invoer.geheel_getal(slecht, "d", 1, 30)
    with pytest.raises(WikFout):
        invoer.percentage("0", "p")
    with pytest.raises(WikFout):
        invoer.percentage("101", "p")
    with pytest.raises(WikFout):
        invoer.percentage(8, "p")
    with pytest.raises(WikFout) as fout:
        invoer.lijst([1] * 3, "l", 2)
    assert fout.value.code == "te_groot"
    with pytest.raises(WikFout):
        invoer.lijst({}, "l", 2)
    with pytest.raises(WikFout) as fout:
        invoer.object_("x", "", {"a"})
    assert fout.value.veld is None


def test_geld_weigert_float():
    with pytest.raises(TypeError):
        rond(1.5)
    with pytest.raises(TypeError):
        ik.staffel(100.0)
    assert euro(D("1234567.891")) == "€ 1.234.567,89"
    assert euro(D("0")) == "€ 0,00"


# --- verzoek: velden, standaarden, fouten -------------------------------------------------------

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


# --- incassokosten -------------------------------------------------------------------------------

def test_afgesproken_kosten_consument_begrensd_bedrijf_minimum_en_matiging():
    v = [{"bedrag": "24821.73"}]
    consument = bereken(vorderingen=v, rente={"soort": "geen"}, kosten={"soort": "percentage", "waarde": "15"})
    assert consument["incassokosten"]["bedrag"] == "1023.22" and "kosten_begrensd" in codes(consument)
    bedrijf = bereken(debiteur="bedrijf", vorderingen=v, rente={"soort": "geen"},
                      kosten={"soort": "percentage", "waarde": "15"})
    assert bedrijf["incassokosten"]["bedrag"] == "3723.26" and bedrijf["incassokosten"]["wettelijk"] == "1023.22"
    assert "kosten_matiging" in codes(bedrijf)
    laag = bereken(debiteur="bedrijf", vorderingen=v, rente={"soort": "geen"}, kosten={"soort": "vast", "waarde": "25"})
    assert laag["incassokosten"]["bedrag"] == "40.00" and "kosten_minimum" in codes(laag)
    minder = bereken(vorderingen=v, rente={"soort": "geen"}, kosten={"soort": "vast", "waarde": "500"})
    assert minder["incassokosten"]["bedrag"] == "500.00" and minder["incassokosten"]["wettelijk"] == "1023.22"
    precies = bereken(debiteur="bedrijf", vorderingen=v, rente={"soort": "geen"},
                      kosten={"soort": "vast", "waarde": "1023.22"})
    assert codes(precies) == ["kosten_zonder_aanmaning"]


def test_geen_kosten_ook_geen_btw():
    antwoord = bereken(vorderingen=[{"bedrag": "1000"}], rente={"soort": "geen"}, kosten={"soort": "geen"},
                       btw={"verhogen": True})
    k = antwoord["incassokosten"]
    assert (k["bedrag"], k["btw"], k["totaal"], k["wettelijk"]) == ("0.00", "0.00", "0.00", "150.00")
    assert antwoord["totaal"] == "1000.00" and antwoord["meldingen"] == []


def test_btw_twee_lezingen_van_het_maximum():
    v = [{"bedrag": "2000000"}]
    tekst = bereken(vorderingen=v, rente={"soort": "geen"}, btw={"verhogen": True})["incassokosten"]
    streng = bereken(vorderingen=v, rente={"soort": "geen"}, btw={"verhogen": True, "max_incl_btw": True})
    assert (tekst["bedrag"], tekst["btw"], tekst["totaal"]) == ("6775.00", "1422.75", "8197.75")
    assert streng["incassokosten"]["totaal"] == "6775.00" and streng["incassokosten"]["btw"] == "0.00"
    assert "btw_maximum_inclusief" in codes(streng)
    midden = bereken(vorderingen=[{"bedrag": "600000"}], rente={"soort": "geen"},
                     btw={"verhogen": True, "max_incl_btw": True})["incassokosten"]
    assert (midden["bedrag"], midden["btw"], midden["totaal"]) == ("4775.00", "1002.75", "5777.75")
    ander = bereken(vorderingen=[{"bedrag": "1000"}], rente={"soort": "geen"},
                    btw={"verhogen": True, "percentage": "19"})["incassokosten"]
    assert ander["btw"] == "28.50"


def test_staffel_banden_en_vlaggen():
    s = ik.staffel(D("32721.40"))
    assert [b.grondslag for b in s.banden] == [D("2500"), D("2500"), D("5000"), D("22721.40"), D("0")]
    assert s.bedrag == D("1102.21") and not s.minimum_toegepast and not s.maximum_toegepast
    assert ik.staffel(D("100")).minimum_toegepast and ik.staffel(D("1000000.01")).maximum_toegepast
    assert not ik.staffel(D("1000000")).maximum_toegepast


# --- rentetabel ----------------------------------------------------------------------------------

def test_rentetabel_gesorteerd_volledig_en_gemarkeerd():
    datums = [t.ingangsdatum for t in tarieven.TARIEVEN]
    assert datums == sorted(set(datums))
    assert all(t.handels is not None for t in tarieven.TARIEVEN if t.ingangsdatum >= date(2002, 8, 8))
    assert [t.ingangsdatum for t in tarieven.TARIEVEN if t.ingangsdatum > date(2025, 1, 1) and t.geverifieerd] == []
    assert {t.ingangsdatum for t in tarieven.TARIEVEN if not t.geverifieerd} >= {date(2004, 1, 1), date(2011, 7, 1)}
    assert all(t.bron for t in tarieven.TARIEVEN)
    assert tarieven.tarief_op(date(2002, 12, 1)).bron == "Raad van Arbitrage: per 01-12-2002 10,35 %"
    # every half-year since the handelsrente began has a known rate (no gap in the table)
    dag = date(2003, 1, 1)
    while dag <= tarieven.BEKEND_TOT:
        assert tarieven.rente_op("handels", dag) > 0 and tarieven.rente_op("wettelijk", dag) > 0
        dag = date(dag.year + (dag.month == 7), 1 if dag.month == 7 else 7, 1)


def test_rentetabel_grenzen():
    assert tarieven.rente_op("handels", date(2013, 3, 16)) == D("8.75")
    assert tarieven.rente_op("wettelijk", date(2014, 12, 31)) == D("3")
    assert tarieven.rente_op("wettelijk", date(2015, 1, 1)) == D("2")
    assert tarieven.rente_op("wettelijk", date(2030, 1, 1)) == tarieven.TARIEVEN[-1].wettelijk
    with pytest.raises(WikFout):
        tarieven.rente_op("handels", date(2002, 8, 7))
    with pytest.raises(WikFout):
        tarieven.tarief_op(date(1997, 12, 31))
    antwoord = handle({"actie": "tarieven"})
    assert antwoord["bekend_tot"] == "2026-12-31" and antwoord["tarieven"][0]["handels"] is None
    assert antwoord["tarieven"][-1] == {"ingangsdatum": "2026-07-01", "wettelijk": "4", "handels": "10.4",
                                        "geverifieerd": False, "geverifieerd_wettelijk": False,
                                        "geverifieerd_handels": False, "bron": tarieven.TARIEVEN[-1].bron}
    betwist = next(t for t in antwoord["tarieven"] if t["ingangsdatum"] == "2011-07-01")
    assert (betwist["geverifieerd"], betwist["geverifieerd_wettelijk"], betwist["geverifieerd_handels"]) == (
        False, True, False)
    assert handle({"actie": "tarieven", "x": 1})["fout"]["code"] == "onbekend_veld"


# --- rente ---------------------------------------------------------------------------------------

def test_verjaardag_van_29_februari_is_1_maart():
    assert verjaardag(date(2024, 2, 29), 1) == date(2025, 3, 1)
    assert verjaardag(date(2024, 2, 29), 4) == date(2028, 2, 29)
    antwoord = bereken(debiteur="bedrijf", vorderingen=[{"bedrag": "1000", "vervaldatum": "2024-02-28"}],
                       peildatum="2025-03-31", rente={"soort": "contractueel", "percentage": "10"})
    perioden = [(p["van"], p["tot_en_met"], p["dagen"], p["grondslag"]) for p in antwoord["rente"]["perioden"]]
    assert perioden == [("2024-02-29", "2025-02-28", 366, "1000.00"), ("2025-03-01", "2025-03-31", 31, "1100.27")]


def test_dagen_gedeeld_door_365_ook_in_schrikkeljaar():
    antwoord = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2023-12-31"}], peildatum="2024-06-30",
                       rente={"soort": "contractueel", "percentage": "10"})
    assert antwoord["rente"]["perioden"][0]["dagen"] == 182 and antwoord["rente"]["totaal"] == "49.86"


def test_enkelvoudig_en_samengesteld():
    v = [{"bedrag": "2000", "vervaldatum": "2021-12-31"}]
    samengesteld = bereken(vorderingen=v, peildatum="2023-12-31")
    enkelvoudig = bereken(vorderingen=v, peildatum="2023-12-31", rente={"soort": "wettelijk", "samengesteld": False})
    # law.md I6 adds 40.00 + 40.46 + 61.70 wrongly as 142.17
    assert samengesteld["rente"]["totaal"] == "142.16" and enkelvoudig["rente"]["totaal"] == "140.16"
    assert "rente_enkelvoudig" in codes(enkelvoudig) and "rente_bijgeschreven" in codes(samengesteld)
    assert samengesteld["incassokosten"]["grondslag"] == "2040.00"


def test_meldingen_over_tarieven():
    toekomst = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2026-10-31"}], peildatum="2027-02-28")
    assert {"rente_tarief_onbekend", "rente_niet_geverifieerd"} <= set(codes(toekomst))
    oud = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2016-10-31"}], peildatum="2017-02-28")
    assert not {"rente_tarief_onbekend", "rente_niet_geverifieerd"} & set(codes(oud))
    contractueel = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2026-10-31"}], peildatum="2027-12-31",
                           rente={"soort": "contractueel", "percentage": "5"})
    assert not {"rente_tarief_onbekend", "rente_niet_geverifieerd"} & set(codes(contractueel))


def test_peildatum_voor_vervaldatum_geeft_geen_rente():
    antwoord = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2026-10-31"}], peildatum="2026-10-31")
    assert antwoord["rente"]["perioden"] == [] and antwoord["rente"]["totaal"] == "0.00"


def test_bereken_tot_is_idempotent_en_slaat_lege_grondslag_over():
    v = Vordering("A", D("100"), date(2025, 1, 31), 0)
    regeling = Renteregeling("wettelijk")
    bereken_tot(v, date(2025, 3, 31), regeling)
    bereken_tot(v, date(2025, 3, 1), regeling)
    assert len(v.perioden) == 1 and v.berekend_tot == date(2025, 3, 31)
    v.hoofdsom = D("0")
    bereken_tot(v, date(2025, 4, 30), regeling)
    assert len(v.perioden) == 1


# --- betalingen ----------------------------------------------------------------------------------

def test_betaling_eerst_rente_dan_hoofdsom_van_de_oudste():
    antwoord = bereken(vorderingen=[{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2026-01-31"},
                                    {"kenmerk": "B", "bedrag": "500", "vervaldatum": "2026-01-15"}],
                       betalingen=[{"bedrag": "600", "datum": "2026-03-01"}], peildatum="2026-06-30")
    b = antwoord["betalingen"][0]
    assert [(d["kenmerk"], d["rente"], d["hoofdsom"]) for d in b["vorderingen"]] == [
        ("B", "2.47", "500.00"), ("A", "3.18", "94.35")]
    assert (b["kosten"], b["rente"], b["hoofdsom"], b["over"]) == ("0.00", "5.65", "594.35", "0.00")
    assert antwoord["hoofdsom"] == "905.65"


def test_genoemde_factuur_eerst_en_overbetaling():
    antwoord = bereken(vorderingen=[{"kenmerk": "A", "bedrag": "100"}, {"kenmerk": "B", "bedrag": "50"}],
                       rente={"soort": "geen"}, betalingen=[{"bedrag": "120", "datum": "2026-01-01", "kenmerk": "B"},
                                                            {"bedrag": "100", "datum": "2026-01-02"}])
    eerste, tweede = antwoord["betalingen"]
    assert [(d["kenmerk"], d["hoofdsom"]) for d in eerste["vorderingen"]] == [("B", "50.00"), ("A", "70.00")]
    assert (tweede["hoofdsom"], tweede["over"]) == ("30.00", "70.00")
    assert "overbetaling" in codes(antwoord) and antwoord["hoofdsom"] == "0.00"
    # everything paid: no fee at all, not even the € 40 minimum
    assert (antwoord["incassokosten"]["grondslag"], antwoord["incassokosten"]["bedrag"]) == ("0.00", "0.00")


def test_kosten_eerst_zodra_verschuldigd_en_deelbetaling_binnen_termijn():
    v = [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2026-01-31"}]
    binnen = bereken(vorderingen=v, peildatum="2026-06-30", kosten={"verschuldigd_vanaf": "2026-03-25"},
                     betalingen=[{"bedrag": "400", "datum": "2026-03-10"}])
    # 38 days at 4 % on 1000 = 4.16 interest first, so 395.84 off the principal: the fee is over 604.16
    assert binnen["incassokosten"]["grondslag"] == "604.16" and binnen["incassokosten"]["bedrag"] == "90.62"
    assert binnen["betalingen"][0]["kosten"] == "0.00"
    na = bereken(vorderingen=v, peildatum="2026-06-30", kosten={"verschuldigd_vanaf": "2026-03-25"},
                 btw={"verhogen": True}, betalingen=[{"bedrag": "100", "datum": "2026-05-01"},
                                                     {"bedrag": "100", "datum": "2026-05-02"}])
    k = na["incassokosten"]
    assert (k["grondslag"], k["totaal"], k["open"]) == ("1000.00", "181.50", "0.00")
    assert [b["kosten"] for b in na["betalingen"]] == ["100.00", "81.50"]
    # then 90 + 1 days of interest at 4 % (9.86 + 0.11), and the rest off the principal
    assert (na["betalingen"][1]["rente"], na["betalingen"][1]["hoofdsom"]) == ("9.97", "8.53")
    later = bereken(vorderingen=v, peildatum="2026-03-01", kosten={"verschuldigd_vanaf": "2026-03-25"})
    assert "kosten_nog_niet_verschuldigd" in codes(later) and later["incassokosten"]["grondslag"] == "1000.00"


def test_6_44_betaling_op_bijgeschreven_rente():
    """Art. 6:44 lid 1 BW: a payment goes to interest before principal, capitalised interest
    included (SPEC 2); interest counts through the payment day, the lower base from the next.
    By hand (days / 365, SPEC 2):
    2024-01-01..2024-12-31: 366 days, 1000.00 x 10 % x 366/365 = 100.2739 -> 100.27, added to the base;
    2025-01-01..2025-03-01: 60 days, 1100.27 x 10 % x 60/365 = 18.0866 -> 18.09;
    the 150.00 paid: 100.27 + 18.09 = 118.36 interest, 31.64 principal, leaving 968.36;
    2025-03-02..2025-06-30: 121 days, 968.36 x 10 % x 121/365 = 32.1016 -> 32.10."""
    antwoord = bereken(debiteur="bedrijf", vorderingen=[{"kenmerk": "A", "bedrag": "1000.00",
                                                         "vervaldatum": "2023-12-31"}],
                       peildatum="2025-06-30", rente={"soort": "contractueel", "percentage": "10"},
                       kosten={"soort": "geen"}, betalingen=[{"bedrag": "150.00", "datum": "2025-03-01"}])
    perioden = [(p["van"], p["tot_en_met"], p["dagen"], p["grondslag"], p["bedrag"])
                for p in antwoord["rente"]["perioden"]]
    assert perioden == [("2024-01-01", "2024-12-31", 366, "1000.00", "100.27"),
                        ("2025-01-01", "2025-03-01", 60, "1100.27", "18.09"),
                        ("2025-03-02", "2025-06-30", 121, "968.36", "32.10")]
    b = antwoord["betalingen"][0]
    assert (b["kosten"], b["rente"], b["hoofdsom"], b["over"]) == ("0.00", "118.36", "31.64", "0.00")
    # 100.27 + 18.09 + 32.10 = 150.46 interest in all, of which 32.10 still open; 968.36 + 32.10 = 1000.46
    assert (antwoord["hoofdsom"], antwoord["rente"]["totaal"], antwoord["rente"]["open"], antwoord["totaal"]) == (
        "968.36", "150.46", "32.10", "1000.46")


def test_kosten_grens_betaling_de_dag_voor_en_op_verschuldigd_vanaf():
    """Costs due from 2026-03-25 (art. 6:96 lid 6 BW: after the 14-day term). By hand (Besluit BIK
    art. 2 lid 1, 15 % of the first 2,500; SPEC 1-2: the fee over the principal open at the end of the
    day before the costs are due; 6:44: costs first once due):
    paid 400 on 2026-03-24: 600 open that evening, fee 15 % x 600 = 90.00, nothing of it paid;
    paid 400 on 2026-03-25: 1000 open on 03-24, fee 150.00, paid first; 250 off the principal."""
    def met_betaling(datum):
        return bereken(vorderingen=[{"kenmerk": "A", "bedrag": "1000.00", "vervaldatum": "2026-01-31"}],
                       rente={"soort": "geen"}, peildatum="2026-06-30", kosten={"verschuldigd_vanaf": "2026-03-25"},
                       betalingen=[{"bedrag": "400.00", "datum": datum}])

    voor, op = met_betaling("2026-03-24"), met_betaling("2026-03-25")
    k, b = voor["incassokosten"], voor["betalingen"][0]
    assert (k["grondslag"], k["bedrag"], k["open"], b["kosten"], b["hoofdsom"]) == (
        "600.00", "90.00", "90.00", "0.00", "400.00")
    assert (voor["hoofdsom"], voor["totaal"]) == ("600.00", "690.00")
    k, b = op["incassokosten"], op["betalingen"][0]
    assert (k["grondslag"], k["bedrag"], k["open"], b["kosten"], b["hoofdsom"]) == (
        "1000.00", "150.00", "0.00", "150.00", "250.00")
    assert (op["hoofdsom"], op["totaal"]) == ("750.00", "750.00")


def test_kosten_zonder_datum_niet_eerst_betaald():
    antwoord = bereken(vorderingen=[{"bedrag": "1000"}], rente={"soort": "geen"},
                       kosten={"verschuldigd_vanaf": "2026-01-01"}, betalingen=[{"bedrag": "100", "datum": "2026-02-01"}])
    assert antwoord["betalingen"][0]["kosten"] == "100.00" and antwoord["incassokosten"]["open"] == "50.00"
    zonder = bereken(vorderingen=[{"bedrag": "1000"}], rente={"soort": "geen"},
                     betalingen=[{"bedrag": "100", "datum": "2026-02-01"}])
    assert zonder["betalingen"][0]["kosten"] == "0.00" and zonder["incassokosten"]["grondslag"] == "900.00"


# --- contract ------------------------------------------------------------------------------------

@pytest.mark.parametrize("verzoek, code", [
    ([1, 2], "ongeldig_verzoek"), ("bereken", "ongeldig_verzoek"), (None, "ongeldig_verzoek"),
    ({}, "ontbrekend_veld"), ({"actie": 5}, "ongeldige_waarde"), ({"actie": "rekenen"}, "ongeldige_waarde"),
    ({"actie": "bereken", "debiteur": "consument", "vorderingen": [{"bedrag": "1"}] * 2000}, "te_groot"),
    ({"actie": "bereken", "debiteur": "x" * 3000}, "te_groot"),
])
def test_contract_bewaakt_de_vorm(verzoek, code):
    assert handle(verzoek)["fout"]["code"] == code


def test_contract_weigert_diepe_nesting():
    diep = {"actie": "bereken"}
    for _ in range(2000):
        diep = {"a": diep}
    assert handle(diep)["fout"]["code"] == "te_groot"


def test_bereken_met_verkeerde_actie_in_berekening():
    from wik.bereken import bereken as los
    with pytest.raises(WikFout) as fout:
        los({"actie": "brief", "debiteur": "consument", "vorderingen": [{"bedrag": "1"}]})
    assert fout.value.veld == "actie"


# --- de commandoregel -----------------------------------------------------------------------------

def cli(*args, invoer_=b""):
    omgeving = {"PYTHONPATH": str(ROOT / "py"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "wik", *args], input=invoer_, capture_output=True, env=omgeving,
                          timeout=60)


def test_cli_help_en_onbekende_optie():
    hulp = cli("--help")
    assert hulp.returncode == 0 and b"python -m wik" in hulp.stdout and b"875.00" in hulp.stdout
    onbekend = cli("--rekenen")
    assert onbekend.returncode == 2 and json.loads(onbekend.stdout)["fout"]["code"] == "ongeldige_optie"


@pytest.mark.parametrize("invoer_, code", [
    (b"\xff\xfe\x00", "ongeldige_json"), (b"", "ongeldige_json"), (b"{", "ongeldige_json"),
    (b"[" * 100000, "ongeldige_json"), (b" " * 10_000_001, "te_groot"),
])
def test_cli_slechte_invoer(invoer_, code):
    uit = cli(invoer_=invoer_)
    assert uit.returncode == 2 and b"Traceback" not in uit.stderr + uit.stdout
    assert json.loads(uit.stdout)["fout"]["code"] == code


@pytest.mark.parametrize("invoer_, status, code", [
    (b'{"actie": "tarieven"}', 0, None), (b"\xff\xfe\x00", 2, "ongeldige_json"), (b"{", 2, "ongeldige_json"),
    (b"[" * 100000, 2, "ongeldige_json"), (b" " * 10_000_001, 2, "te_groot"),
    (b'{"actie": "bereken", "debiteur": "consument", "vorderingen": []}', 2, "geen_vorderingen"),
])
def test_cli_in_hetzelfde_proces(monkeypatch, capsys, invoer_, status, code):
    """The same cases in-process, so coverage sees the command line's branches."""
    import io

    from wik.__main__ import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(invoer_)))
    monkeypatch.setattr(sys, "argv", ["wik"])
    assert main() == status
    antwoord = json.loads(capsys.readouterr().out)
    assert antwoord.get("fout", {}).get("code") == code


def test_cli_help_in_hetzelfde_proces(capsys):
    from wik.__main__ import main

    assert main(["--help"]) == 0 and "Voorbeeld" in capsys.readouterr().out
    assert main(["-x"]) == 2 and "ongeldige_optie" in capsys.readouterr().out


def test_rente_bijgeschreven_na_verschuldigd_worden_telt_niet_mee_voor_de_kosten():
    v = [{"kenmerk": "A", "bedrag": "10000", "vervaldatum": "2021-06-30"}]
    antwoord = bereken(debiteur="bedrijf", vorderingen=v, peildatum="2023-06-30",
                       kosten={"verschuldigd_vanaf": "2021-08-01"})
    assert antwoord["incassokosten"]["grondslag"] == "10000.00" and antwoord["incassokosten"]["bedrag"] == "875.00"
    assert any(m["code"] == "rente_bijgeschreven" and "hogere bedrag" not in m["tekst"] for m in antwoord["meldingen"])
    zonder = bereken(debiteur="bedrijf", vorderingen=v, peildatum="2023-06-30")
    assert zonder["incassokosten"]["grondslag"] == "10800.00" and zonder["incassokosten"]["bedrag"] == "883.00"


# --- found in review ------------------------------------------------------------------------------

def test_decennia_rente_op_rente_geeft_een_nette_fout():
    antwoord = bereken(debiteur="bedrijf", vorderingen=[{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2000-01-01"}],
                       peildatum="2080-12-31", rente={"soort": "contractueel", "percentage": "100"},
                       kosten={"soort": "geen"})
    assert antwoord["fout"]["code"] == "te_groot" and "1.000.000.000.000" in antwoord["fout"]["tekst"]


def test_ongecontroleerd_tarief_midden_in_een_periode_wordt_gemeld():
    antwoord = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], peildatum="2025-09-30")
    assert len(antwoord["rente"]["perioden"]) == 1  # 6 % throughout: no split at 2025-07-01
    assert "rente_niet_geverifieerd" in codes(antwoord)
    voor = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], peildatum="2025-06-30")
    assert "rente_niet_geverifieerd" not in codes(voor)


def test_melding_bijgeschreven_rente_alleen_als_de_kosten_ervan_afhangen():
    v = [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2023-01-31"}]
    met = bereken(debiteur="bedrijf", vorderingen=v, peildatum="2025-06-30")
    zonder_kosten = bereken(debiteur="bedrijf", vorderingen=v, peildatum="2025-06-30", kosten={"soort": "geen"})
    afbetaald = bereken(vorderingen=v, peildatum="2025-06-30", kosten={"verschuldigd_vanaf": "2024-06-01"},
                        betalingen=[{"bedrag": "200", "datum": "2024-03-01"}])
    tekst = {naam: " ".join(m["tekst"] for m in a["meldingen"] if m["code"] == "rente_bijgeschreven")
             for naam, a in (("met", met), ("zonder", zonder_kosten), ("afbetaald", afbetaald))}
    assert "hogere bedrag" in tekst["met"] and tekst["zonder"] and "hogere bedrag" not in tekst["zonder"]
    assert tekst["afbetaald"] and "hogere bedrag" not in tekst["afbetaald"]
    assert D(afbetaald["incassokosten"]["grondslag"]) < D("1000")


def test_kosten_die_nog_niet_verschuldigd_zijn_tellen_niet_in_wat_nu_verschuldigd_is():
    """totaal: what is owed once the costs are due; nu_verschuldigd: on the peildatum (art. 6:96 lid 6 BW)."""
    antwoord = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], peildatum="2025-03-01",
                       kosten={"verschuldigd_vanaf": "2025-04-01"})
    k = antwoord["incassokosten"]
    assert (k["totaal"], k["open"], k["verschuldigd"]) == ("150.00", "150.00", False)
    assert "kosten_nog_niet_verschuldigd" in codes(antwoord)
    assert (antwoord["totaal"], antwoord["nu_verschuldigd"]) == ("1154.77", "1004.77")
    op_de_dag = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], peildatum="2025-04-01",
                        kosten={"verschuldigd_vanaf": "2025-04-01"})
    assert op_de_dag["incassokosten"]["verschuldigd"] and op_de_dag["totaal"] == op_de_dag["nu_verschuldigd"]


def test_nu_verschuldigd_per_debiteur():
    """Without verschuldigd_vanaf a consumer owes no costs yet (no 14-day letter ran out, art. 6:96 lid 6 BW);
    a business or government owes them (at least € 40 without a letter, lid 4)."""
    for debiteur, nu in (("consument", "1000.00"), ("bedrijf", "1150.00"), ("overheid", "1150.00")):
        a = bereken(debiteur=debiteur, vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}],
                    rente={"soort": "geen"})
        assert (a["totaal"], a["nu_verschuldigd"], a["incassokosten"]["verschuldigd"]) == (
            "1150.00", nu, debiteur != "consument"), debiteur


def test_handelsrente_bij_consument_geeft_een_waarschuwing():
    """Art. 6:119a BW is for commercial agreements only; a consumer owes 6:119 interest."""
    a = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], rente={"soort": "handels"},
                peildatum="2025-06-30")
    assert "handelsrente_consument" in codes(a)
    for debiteur, soort in (("consument", "wettelijk"), ("bedrijf", "handels")):
        b = bereken(debiteur=debiteur, vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}],
                    rente={"soort": soort}, peildatum="2025-06-30")
        assert "handelsrente_consument" not in codes(b)


def test_brief_zonder_openstaand_bedrag_wordt_geweigerd():
    antwoord = handle({"actie": "brief", "soort": "herinnering", "verzenddatum": "2026-11-23",
                       "berekening": {"debiteur": "consument", "rente": {"soort": "geen"},
                                      "vorderingen": [{"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-11-01"}],
                                      "betalingen": [{"bedrag": "100", "datum": "2026-11-01"}]},
                       "schuldeiser": {"naam": "X"}, "schuldenaar": {"naam": "Y"}})
    assert (antwoord["fout"]["code"], antwoord["fout"]["veld"]) == ("niets_open", "berekening.betalingen")


def test_brief_noemt_afgesproken_bedrag_niet_het_besluit():
    antwoord = handle({"actie": "brief", "soort": "aanmaning", "verzenddatum": "2026-11-23",
                       "berekening": {"debiteur": "bedrijf", "rente": {"soort": "geen"},
                                      "kosten": {"soort": "vast", "waarde": "500"},
                                      "vorderingen": [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2026-11-01"}]},
                       "schuldeiser": {"naam": "X"}, "schuldenaar": {"naam": "Y"}})
    assert "met u hebben afgesproken" in antwoord["tekst"] and "€ 500,00" in antwoord["tekst"]
    assert "berekend volgens het Besluit" not in antwoord["tekst"]
    # the agreed amount (6:96 lid 5 BW: default law for a business) is named as such, with the exact fee
    assert ("bent u ook incassokosten verschuldigd: € 500,00. Dit is het bedrag dat wij met u hebben afgesproken."
            in antwoord["tekst"]), antwoord["tekst"]
    assert "kosten_matiging" in {m["code"] for m in antwoord["berekening"]["meldingen"]}


# --- kleine termijnen (Besluit BIK as changed by Stb. 2024, 44; working model) -------------------------------


def termijnkosten(bedragen, eerdere, debiteur="consument", peildatum="2026-09-15", **kosten):
    vorderingen = [{"kenmerk": f"T{i}", "bedrag": b, "vervaldatum": "2026-08-01"} for i, b in enumerate(bedragen)]
    return bereken(debiteur=debiteur, vorderingen=vorderingen, peildatum=peildatum, rente={"soort": "geen"},
                   kosten={"soort": "wik", "eerdere_termijnkosten": eerdere, **kosten})


def test_kleine_termijnen_zes_keer_vijftig():
    """Six monthly termijnen of € 50: one letter each → € 40 + 5 × € 20 = € 140; one letter → € 45."""
    eerste = termijnkosten(["50"], [])
    volgende = [termijnkosten(["50"], ["2026-08-15", "2026-04-15", "2026-01-15"][:i % 3 + 1]) for i in range(5)]
    assert eerste["incassokosten"]["bedrag"] == "40.00" and not eerste["incassokosten"]["kleine_termijn"]
    assert [a["incassokosten"]["bedrag"] for a in volgende] == ["20.00"] * 5
    assert sum(Decimal(a["incassokosten"]["bedrag"]) for a in [eerste, *volgende]) == Decimal("140.00")
    samen = termijnkosten(["50"] * 6, [])
    assert samen["incassokosten"]["bedrag"] == "45.00"
    a = volgende[0]
    assert "kleine_termijnen" in codes(a) and "niet geverifieerd" in next(
        m["tekst"] for m in a["meldingen"] if m["code"] == "kleine_termijnen")
    assert a["incassokosten"]["wettelijk"] == "20.00"  # what the law allows now: the letter names no "less"


def test_kleine_termijnen_grenzen():
    """Below € 266,67 each; within six months up to the reference day (both ends); consumer; from 1 Oct 2024."""
    tabel = [
        (["266.66"], ["2026-06-01"], {}, "consument", "2026-09-15", "20.00"),
        (["266.67"], ["2026-06-01"], {}, "consument", "2026-09-15", "40.00"),  # not below the limit
        (["100", "266.67"], ["2026-06-01"], {}, "consument", "2026-09-15", "55.00"),  # one claim too large
        (["100"], ["2026-03-15"], {}, "consument", "2026-09-15", "20.00"),  # exactly six months
        (["100"], ["2026-03-14"], {}, "consument", "2026-09-15", "40.00"),  # one day more
        (["100"], ["2026-09-15"], {}, "consument", "2026-09-15", "20.00"),  # the reference day itself
        (["100"], ["2026-09-16"], {}, "consument", "2026-09-15", "40.00"),  # after it: not earlier
        (["100"], ["2026-03-14"], {"verschuldigd_vanaf": "2026-09-14"}, "consument", "2026-09-30", "20.00"),
        (["100"], ["2024-09-01"], {}, "consument", "2024-09-30", "40.00"),  # before 1 October 2024
        (["100"], ["2024-09-01"], {}, "consument", "2024-10-01", "20.00"),
        (["100"], ["2026-06-01"], {}, "bedrijf", "2026-09-15", "40.00"),  # consumers only
        (["100"], ["2026-08-31"], {}, "consument", "2027-02-28", "20.00"),  # 31 Aug is six months before 28 Feb
    ]
    fout = []
    for bedragen, eerdere, kosten, debiteur, peildatum, verwacht in tabel:
        a = termijnkosten(bedragen, eerdere, debiteur, peildatum, **kosten)
        if a["incassokosten"]["bedrag"] != verwacht:
            fout.append((bedragen, eerdere, kosten, debiteur, peildatum, a["incassokosten"]["bedrag"]))
    assert not fout


def test_kleine_termijnen_met_btw_en_zonder_peildatum():
    a = bereken(vorderingen=[{"bedrag": "50"}], rente={"soort": "geen"}, btw={"verhogen": True},
                kosten={"eerdere_termijnkosten": ["2026-08-01"]})
    assert (a["incassokosten"]["bedrag"], a["incassokosten"]["btw"]) == ("20.00", "4.20")
    oud = bereken(vorderingen=[{"bedrag": "50"}], rente={"soort": "geen"}, kosten={"eerdere_termijnkosten": ["2024-09-30"]})
    assert oud["incassokosten"]["bedrag"] == "40.00"
    geen = bereken(vorderingen=[{"bedrag": "50"}], rente={"soort": "geen"},
                   kosten={"soort": "geen", "eerdere_termijnkosten": ["2026-08-01"]})
    assert "kleine_termijnen" not in codes(geen)
    fout = bereken(vorderingen=[{"bedrag": "50"}], rente={"soort": "geen"},
                   kosten={"eerdere_termijnkosten": ["2026-02-30"]})
    assert fout["fout"]["veld"] == "kosten.eerdere_termijnkosten[0]"


# --- betalingen: equally old claims share pro rata (art. 6:43 lid 2 BW) -------------------------------


def test_gelijke_ouderdom_naar_evenredigheid():
    vorderingen = [{"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-01-31"},
                   {"kenmerk": "B", "bedrag": "200", "vervaldatum": "2026-01-31"},
                   {"kenmerk": "C", "bedrag": "50", "vervaldatum": "2026-01-15"}]
    a = bereken(vorderingen=vorderingen, rente={"soort": "geen"}, betalingen=[{"bedrag": "150", "datum": "2026-02-10"}])
    delen = {d["kenmerk"]: d["hoofdsom"] for d in a["betalingen"][0]["vorderingen"]}
    assert delen == {"C": "50.00", "A": "33.34", "B": "66.66"}  # oldest first, then 100 shared 1 : 2, cent to A
    genoemd = bereken(vorderingen=vorderingen, rente={"soort": "geen"},
                      betalingen=[{"bedrag": "150", "datum": "2026-02-10", "kenmerk": "B"}])
    assert [(d["kenmerk"], d["hoofdsom"]) for d in genoemd["betalingen"][0]["vorderingen"]] == [
        ("B", "150.00")]  # a named claim goes first (6:43 lid 1)
    alles = bereken(vorderingen=vorderingen, rente={"soort": "geen"}, betalingen=[{"bedrag": "400", "datum": "2026-02-10"}])
    assert alles["betalingen"][0]["over"] == "50.00" and alles["hoofdsom"] == "0.00"


def test_gelijke_ouderdom_met_rente():
    """Pro rata to what is open on each, interest included; each claim's share goes to interest first (6:44)."""
    vorderingen = [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2025-01-31"},
                   {"kenmerk": "B", "bedrag": "3000", "vervaldatum": "2025-01-31"}]
    a = bereken(vorderingen=vorderingen, peildatum="2026-01-31", betalingen=[{"bedrag": "100", "datum": "2025-07-31"}])
    delen = a["betalingen"][0]["vorderingen"]
    totaal = [Decimal(d["rente"]) + Decimal(d["hoofdsom"]) for d in delen]
    assert sum(totaal) == Decimal("100") and abs(totaal[1] - 3 * totaal[0]) <= Decimal("0.04")
    assert all(Decimal(d["rente"]) > 0 for d in delen)
