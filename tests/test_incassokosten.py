"""Incassokosten: the staffel, agreed costs, the btw surcharge and its two readings."""

from __future__ import annotations

from hulp import D, bereken, codes
from wik import incassokosten as ik


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
