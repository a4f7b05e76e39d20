# Over 200 lines: one test per letter rule (art. 6:96 lid 6-7 BW); each checks one sentence or date.
"""Brieven: the four letters (art. 6:96 lid 6 BW), against the real ``bereken``."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wik import brieven, handle
from wik.brieven import handle_brief
from wik.fouten import TeGroot, WikFout
from wik.geld import euro

VEILIG = "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd"
VERBODEN = ("dagtekening", "na verzending", "na heden", "maximaal", "minimaal", "14 dagen")
BTW_VERKLARING = "Wij verklaren uitdrukkelijk dat wij de btw over de incassokosten niet kunnen verrekenen"
EISER = {"naam": "Bakkerij De Korst", "adres": "Dorpsstraat 1", "postcode": "1234 AB", "plaats": "Utrecht",
         "iban": "NL91ABNA0417164300", "telefoon": "030-1234567", "email": "info@korst.nl", "kvk": "12345678"}
SCHULDENAAR = {"naam": "J. Jansen", "adres": "Kerkweg 2", "postcode": "4321 BA", "plaats": "Zeist"}


def verzoek(soort="veertiendagenbrief", debiteur="consument", vorderingen=None, verzenddatum="2026-11-23",
            schuldeiser=None, **berekening):
    berekening = {"debiteur": debiteur, "rente": {"soort": "geen"},
                  "vorderingen": vorderingen or [{"kenmerk": "F-001", "bedrag": "10000", "vervaldatum": "2026-10-31"}],
                  **berekening}
    return {"actie": "brief", "soort": soort, "verzenddatum": verzenddatum, "berekening": berekening,
            "schuldeiser": dict(EISER if schuldeiser is None else schuldeiser), "schuldenaar": dict(SCHULDENAAR)}


def fout_bij(v):
    with pytest.raises(WikFout) as fout:
        handle_brief(v)
    return fout.value


def test_spec_voorbeeld_veertiendagenbrief():
    b = handle_brief(verzoek())
    assert (b["soort"], b["bezorgdatum"], b["laatste_dag"], b["kosten_verschuldigd_vanaf"]) == (
        "veertiendagenbrief", "2026-11-26", "2026-12-10", "2026-12-11")  # posted from 1 July 2026: third day
    assert VEILIG in b["tekst"]
    assert "Die bedragen € 875,00." in b["tekst"]
    # the creditor gets the dates; the letter names none of them (a date too early spoils it)
    assert not [d for d in ("26 november", "10 december", "11 december") if d in b["tekst"]]
    assert "De openstaande hoofdsom is in totaal € 10.000,00." in b["tekst"]
    assert "Factuur F-001, vervaldatum 31 oktober 2026: € 10.000,00" in b["tekst"]
    assert "NL91 ABNA 0417 1643 00" in b["tekst"] and "factuurnummer F-001" in b["tekst"]
    assert BTW_VERKLARING not in b["tekst"]
    assert b["berekening"]["incassokosten"]["bedrag"] == "875.00"
    assert [m["code"] for m in b["meldingen"]] == ["bezorging_marge"]


def test_tabel_veilige_termijn_en_verboden_woorden():
    """Every soort for every debtor: the safe wording, never a forbidden phrasing."""
    fout = []
    for soort, woord in (("herinnering", "veertien"), ("veertiendagenbrief", "veertien"), ("aanmaning", "veertien"),
                         ("ingebrekestelling", "acht")):
        for debiteur in ("consument", "bedrijf", "overheid"):
            for btw in (False, True):
                tekst = handle_brief(verzoek(soort, debiteur, btw={"verhogen": btw}))["tekst"]
                if f"binnen {woord} dagen vanaf de dag nadat deze brief bij u is bezorgd" not in tekst:
                    fout.append((soort, debiteur, btw, "veilige formulering ontbreekt"))
                fout += [(soort, debiteur, btw, w) for w in VERBODEN if w in tekst.lower()]
    assert not fout


def test_tabel_precieze_kosten():
    """(hoofdsommen, debtor, kosten, btw) -> the exact fee text; golden cases B1, B7, B15, B22."""
    tabel = [
        (["100"], "consument", {}, False, "€ 40,00"),
        (["1234.56"], "consument", {}, False, "€ 185,18"),
        (["10000"], "consument", {}, False, "€ 875,00"),
        (["150", "200"], "consument", {}, False, "€ 52,50"),  # one letter, summed (6:96 lid 7)
        (["10000"], "consument", {}, True, "€ 1.058,75, inclusief btw"),
        (["10000"], "bedrijf", {}, False, "€ 875,00"),
        (["100"], "bedrijf", {}, True, "€ 48,40, inclusief btw"),
    ]
    fout = []
    for bedragen, debiteur, kosten, btw, verwacht in tabel:
        vorderingen = [{"kenmerk": f"F-{i}", "bedrag": b, "vervaldatum": "2026-10-31"} for i, b in enumerate(bedragen)]
        for soort in ("veertiendagenbrief", "aanmaning", "ingebrekestelling"):
            regeling = dict(kosten or {"soort": "wik"})
            if debiteur == "consument" and soort == "ingebrekestelling":  # after a 14-day letter ran out
                regeling["verschuldigd_vanaf"] = "2026-11-20"
            tekst = handle_brief(verzoek(soort, debiteur, vorderingen, kosten=regeling,
                                         btw={"verhogen": btw}))["tekst"]
            if verwacht not in tekst:
                fout.append((bedragen, debiteur, soort, btw))
    assert not fout


def test_btw_verklaring_alleen_met_verhoging():
    met = handle_brief(verzoek(btw={"verhogen": True}))["tekst"]
    assert BTW_VERKLARING in met
    assert "€ 875,00 exclusief btw, € 183,75 btw, € 1.058,75 inclusief btw" in met
    for soort in ("veertiendagenbrief", "aanmaning", "ingebrekestelling", "herinnering"):
        for debiteur in ("consument", "bedrijf"):
            assert BTW_VERKLARING not in handle_brief(verzoek(soort, debiteur))["tekst"]
    assert BTW_VERKLARING in handle_brief(verzoek("ingebrekestelling", "bedrijf", btw={"verhogen": True}))["tekst"]


def test_wettelijk_bedrag_bij_minder_kosten():
    b = handle_brief(verzoek(kosten={"soort": "vast", "waarde": "100"}))
    assert "Die bedragen € 100,00." in b["tekst"]
    assert "mogen wij € 875,00 in rekening brengen; wij rekenen u minder" in b["tekst"]
    met_btw = handle_brief(verzoek(kosten={"soort": "vast", "waarde": "100"}, btw={"verhogen": True}))["tekst"]
    assert "mogen wij € 875,00 exclusief btw in rekening brengen" in met_btw
    assert "€ 121,00, inclusief btw" in met_btw
    gelijk = handle_brief(verzoek())["tekst"]
    assert "wij rekenen u minder" not in gelijk and "berekend volgens het Besluit" in gelijk
    zakelijk = handle_brief(verzoek("aanmaning", "bedrijf", kosten={"soort": "percentage", "waarde": "5"}))["tekst"]
    assert "€ 500,00" in zakelijk and "mogen wij € 875,00 in rekening brengen" in zakelijk


@pytest.mark.parametrize("datum, te_vroeg", [
    ("2026-10-30", True), ("2026-10-31", True), ("2026-11-01", False), ("2026-11-23", False)])
def test_weigering_voor_of_op_vervaldatum(datum, te_vroeg):
    for soort in brieven.SOORTEN:
        v = verzoek(soort, verzenddatum=datum)
        if te_vroeg:
            fout = fout_bij(v)
            assert (fout.veld, fout.code) == ("verzenddatum", "brief_te_vroeg")
            assert "31 oktober 2026" in fout.tekst
        else:
            assert handle_brief(v)["soort"] == soort


def test_factuur_nog_niet_in_verzuim_blijft_buiten_de_brief():
    """Art. 6:96 lid 6 and 7 BW: only claims in verzuim on the letter's date, and only their hoofdsom."""
    vorderingen = [{"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-09-01"},
                   {"bedrag": "200", "vervaldatum": "2026-11-23"},
                   {"kenmerk": "C", "bedrag": "300", "vervaldatum": "2026-12-01"}]
    b = handle_brief(verzoek(vorderingen=vorderingen, betalingen=[{"bedrag": "50", "datum": "2026-11-01",
                                                                    "kenmerk": "C"}]))
    assert b["berekening"]["incassokosten"]["grondslag"] == "100.00"
    assert b["berekening"]["incassokosten"]["bedrag"] == "40.00" and b["berekening"]["betalingen"] == []
    assert "€ 200,00" not in b["tekst"] and "factuur C" not in b["tekst"].lower()
    niet = [m for m in b["meldingen"] if m["code"] == "niet_in_verzuim"]
    assert len(niet) == 1
    assert "de factuur van € 200,00 met vervaldatum 23 november 2026 en factuur C" in niet[0]["tekst"]


def test_een_betaling_blijft_bij_haar_factuur_als_een_eerdere_factuur_buiten_de_brief_valt():
    """Claims without kenmerk are numbered by their place; leaving out one not yet due (art. 6:96 lid 6
    BW) must not renumber the others, or a payment on "2" would land on another invoice (art. 6:43 BW)."""
    vorderingen = [{"bedrag": "100", "vervaldatum": "2026-12-01"},   # "1": not yet due on 23 November
                   {"bedrag": "200", "vervaldatum": "2026-10-01"},   # "2"
                   {"bedrag": "300", "vervaldatum": "2026-10-01"}]   # "3"
    b = handle_brief(verzoek(vorderingen=vorderingen, betalingen=[{"bedrag": "50", "datum": "2026-11-01",
                                                                    "kenmerk": "2"}]))
    regels = {r["bedrag"]: r for r in b["onderdelen"]["vorderingen"]}
    assert (regels["200.00"]["betaald"], regels["300.00"]["betaald"]) == ("50.00", "0.00")
    assert [r["kenmerk"] for r in b["onderdelen"]["vorderingen"]] == ["2", "3"]
    assert "Factuur met vervaldatum 1 oktober 2026: € 200,00; betaald € 50,00" in b["tekst"]  # named by date, not "2"
    # ... and no clash with a kenmerk the user did give ("1" on the third invoice)
    vorderingen[0]["kenmerk"], vorderingen[2]["kenmerk"] = "X", "1"
    b = handle_brief(verzoek(vorderingen=vorderingen))
    assert [r["kenmerk"] for r in b["onderdelen"]["vorderingen"]] == ["2", "1"]


def test_weigering_zonder_vervaldatum():
    fout = fout_bij(verzoek(vorderingen=[{"kenmerk": "A", "bedrag": "100"}]))
    assert (fout.veld, fout.code) == ("berekening.vorderingen[0].vervaldatum", "ontbrekend_veld")


def test_fouten_uit_bereken_krijgen_voorvoegsel():
    tabel = [
        ([{"kenmerk": "A", "bedrag": "-5", "vervaldatum": "2026-10-01"}], {}, "berekening.vorderingen[0].bedrag"),
        ([{"kenmerk": "A", "bedrag": "5", "vervaldatum": "2026-13-01"}], {}, "berekening.vorderingen[0].vervaldatum"),
        (["geen object"], {}, "berekening.vorderingen[0]"),
        ("geen lijst", {}, "berekening.vorderingen"),
        (None, {"kosten": {"soort": "veel"}}, "berekening.kosten.soort"),
        (None, {"onbekend": 1}, "berekening.onbekend"),
    ]
    fout = []
    for vorderingen, extra, veld in tabel:
        v = verzoek(**extra)
        if vorderingen is not None:
            v["berekening"]["vorderingen"] = vorderingen
        try:
            handle_brief(v)
            fout.append((vorderingen, extra, "geen fout"))
        except WikFout as e:
            if e.veld != veld:
                fout.append((vorderingen, extra, e.veld))
    assert not fout
    v = verzoek()
    del v["berekening"]["debiteur"]
    assert fout_bij(v).veld == "berekening.debiteur"


def test_fout_zonder_veld_uit_bereken(monkeypatch):
    def kapot(_):
        raise TeGroot("Het verzoek is te groot.")
    monkeypatch.setattr(brieven, "bereken_opdracht", kapot)
    fout = fout_bij(verzoek())
    assert (fout.veld, fout.code) == ("berekening", "te_groot")


def test_rente_loopt_tot_de_briefdatum():
    vorderingen = [{"kenmerk": "F-001", "bedrag": "1000", "vervaldatum": "2026-06-30"}]
    b = handle_brief(verzoek(vorderingen=vorderingen, rente={"soort": "wettelijk"}))
    perioden = b["berekening"]["rente"]["perioden"]
    assert perioden[-1]["tot_en_met"] == "2026-11-23"
    open_ = Decimal(b["berekening"]["rente"]["open"])
    assert "Rente tot en met 23 november 2026" in b["tekst"] and euro(open_) in b["tekst"]
    assert "rente door tot de dag waarop u betaalt" in b["tekst"]
    assert f"het bedrag van {euro(Decimal('1000') + open_)} te betalen" in b["tekst"]
    eigen = handle_brief(verzoek(vorderingen=vorderingen, rente={"soort": "wettelijk"}, peildatum="2026-11-01"))
    assert "Rente tot en met 23 november 2026" in eigen["tekst"]  # the letter's date, not the calculation's
    assert eigen["tekst"] == b["tekst"]


def test_herinnering():
    b = handle_brief(verzoek("herinnering"))
    assert VEILIG in b["tekst"] and "€ 875,00" not in b["tekst"]
    assert "Wilt u het bedrag van € 10.000,00 alsnog betalen" in b["tekst"]
    assert b["kosten_verschuldigd_vanaf"] is None and b["laatste_dag"] == "2026-12-10"
    assert b["onderdelen"]["onderwerp"] == "Betalingsherinnering factuur F-001"
    acht = handle_brief({**verzoek("herinnering"), "termijn_dagen": 8})
    assert "binnen acht dagen vanaf de dag nadat deze brief bij u is bezorgd" in acht["tekst"]
    assert acht["laatste_dag"] == "2026-12-04"
    tien = handle_brief({**verzoek("herinnering"), "termijn_dagen": 10})  # day 10 is a Sunday: Atw art. 1
    assert "binnen tien dagen vanaf" in tien["tekst"] and tien["laatste_dag"] == "2026-12-07"


@pytest.mark.parametrize("soort, dagen", [("herinnering", 7), ("herinnering", 15), ("herinnering", "14"),
                                          ("aanmaning", 14), ("veertiendagenbrief", 14), ("ingebrekestelling", 8)])
def test_termijn_dagen_fout(soort, dagen):
    assert fout_bij({**verzoek(soort), "termijn_dagen": dagen}).veld == "termijn_dagen"


def test_ingebrekestelling():
    b = handle_brief(verzoek("ingebrekestelling"))
    assert "Daarom stellen wij u hierbij in gebreke." in b["tekst"]
    assert "binnen acht dagen vanaf de dag nadat deze brief bij u is bezorgd" in b["tekst"]
    assert (b["bezorgdatum"], b["laatste_dag"], b["kosten_verschuldigd_vanaf"]) == ("2026-11-26", "2026-12-04", None)
    # a consumer without a 14-day letter that ran out: the costs are announced, never said to be owed
    assert "het bedrag van € 10.000,00 te betalen" in b["tekst"] and "€ 875,00" not in b["tekst"]
    assert "verschuldigd" not in b["tekst"] and "Deze brief rekent geen incassokosten." in b["tekst"]
    assert [m["code"] for m in b["meldingen"]] == ["bezorging_marge", "aangetekend",
                                                    "kosten_nog_niet_verschuldigd_brief"]
    na = handle_brief(verzoek("ingebrekestelling", kosten={"soort": "wik", "verschuldigd_vanaf": "2026-11-20"}))
    assert "het bedrag van € 10.875,00 te betalen" in na["tekst"]
    assert "bent u ook incassokosten verschuldigd" in na["tekst"]
    assert [m["code"] for m in na["meldingen"]] == ["bezorging_marge", "aangetekend", "kosten_na_veertiendagenbrief"]
    te_vroeg = handle_brief(verzoek("ingebrekestelling", kosten={"soort": "wik", "verschuldigd_vanaf": "2026-11-24"}))
    assert "verschuldigd" not in te_vroeg["tekst"]
    zakelijk = handle_brief(verzoek("ingebrekestelling", "bedrijf"))
    assert [m["code"] for m in zakelijk["meldingen"]] == ["bezorging_marge", "aangetekend"]
    assert "Omdat u niet op tijd hebt betaald" in zakelijk["tekst"]
    zonder = handle_brief(verzoek("ingebrekestelling", kosten={"soort": "geen"}))
    assert [m["code"] for m in zonder["meldingen"]] == ["bezorging_marge", "aangetekend"]
    assert "incassokosten verschuldigd" not in zonder["tekst"]


def test_aanmaning_consument_is_veertiendagenbrief():
    a, v = handle_brief(verzoek("aanmaning")), handle_brief(verzoek("veertiendagenbrief"))
    assert a["tekst"] == v["tekst"] and a["kosten_verschuldigd_vanaf"] == "2026-12-11"


def test_aanmaning_bedrijf_zonder_consumentenzinnen():
    for soort in ("aanmaning", "veertiendagenbrief"):
        b = handle_brief(verzoek(soort, "bedrijf"))
        assert "dan moet u ook incassokosten betalen" not in b["tekst"]
        assert "bent u ook incassokosten verschuldigd: € 875,00." in b["tekst"]
        assert "het bedrag van € 10.875,00 te betalen" in b["tekst"]
        assert b["kosten_verschuldigd_vanaf"] is None
    assert [m["code"] for m in handle_brief(verzoek("veertiendagenbrief", "overheid"))["meldingen"]] == [
        "bezorging_marge", "veertiendagenbrief_bedrijf"]
    assert [m["code"] for m in handle_brief(verzoek("aanmaning", "bedrijf"))["meldingen"]] == ["bezorging_marge"]
    voor_juli = handle_brief(verzoek("aanmaning", "bedrijf", [{"kenmerk": "F-001", "bedrag": "10000",
                                                                 "vervaldatum": "2026-05-31"}], verzenddatum="2026-06-30"))
    assert voor_juli["meldingen"] == [] and voor_juli["bezorgdatum"] == "2026-07-02"  # the HR's second day


def test_veertiendagenbrief_zonder_kosten():
    b = handle_brief(verzoek(kosten={"soort": "geen"}))
    assert "Wij brengen u geen incassokosten in rekening." in b["tekst"]
    assert b["kosten_verschuldigd_vanaf"] is None
    assert [m["code"] for m in b["meldingen"]] == ["bezorging_marge", "geen_incassokosten"]


def test_betalingen_en_betaalde_kosten():
    vorderingen = [{"kenmerk": "F-001", "bedrag": "1000", "vervaldatum": "2026-09-30"}]
    b = handle_brief(verzoek("aanmaning", "bedrijf", vorderingen, betalingen=[{"bedrag": "100", "datum": "2026-11-01"}],
                             kosten={"soort": "wik", "verschuldigd_vanaf": "2026-10-01"}))
    assert "rekening gehouden met uw betalingen van in totaal € 100,00" in b["tekst"]
    regels = {r["omschrijving"]: r["bedrag"] for r in b["onderdelen"]["bedragen"]}
    assert regels["Al betaald op de incassokosten"] == "-100.00"
    assert regels["Totaal te betalen"] == b["berekening"]["totaal"]


def test_onderdelen_en_opmaak():
    vorderingen = [{"kenmerk": "A", "bedrag": "150", "vervaldatum": "2026-09-30"},
                   {"bedrag": "200", "vervaldatum": "2026-10-31"},
                   {"kenmerk": "C", "bedrag": "1234.5", "vervaldatum": "2026-10-31"}]
    b = handle_brief(verzoek(vorderingen=vorderingen))
    o = b["onderdelen"]
    assert o["afzender"] == ["Bakkerij De Korst", "Dorpsstraat 1", "1234 AB  Utrecht", "Telefoon: 030-1234567",
                             "E-mail: info@korst.nl", "KvK-nummer: 12345678", "IBAN: NL91 ABNA 0417 1643 00"]
    assert o["geadresseerde"] == ["J. Jansen", "Kerkweg 2", "4321 BA  Zeist"]
    assert o["plaats_datum"] == "Utrecht, 23 november 2026"
    assert o["onderwerp"] == "Aanmaning openstaande facturen"  # one has no kenmerk: never "factuur 2"
    niets = {"betaald": "0.00", "waarvan_rente": "0.00"}
    assert o["vorderingen"] == [
        {"kenmerk": "A", "naam": "factuur A", "bedrag": "150.00", "vervaldatum": "2026-09-30", **niets,
         "open_hoofdsom": "150.00"},
        {"kenmerk": "2", "naam": "de factuur van € 200,00 met vervaldatum 31 oktober 2026", "bedrag": "200.00",
         "vervaldatum": "2026-10-31", **niets, "open_hoofdsom": "200.00"},
        {"kenmerk": "C", "naam": "factuur C", "bedrag": "1234.50", "vervaldatum": "2026-10-31", **niets,
         "open_hoofdsom": "1234.50"}]
    assert "Factuur met vervaldatum 31 oktober 2026: € 200,00" in b["tekst"] and "factuur 2" not in b["tekst"]
    assert (o["aanhef"], o["afsluiting"], o["ondertekening"], o["tabellen_na_alinea"]) == (
        "Geachte heer, mevrouw,", "Met vriendelijke groet,", "Bakkerij De Korst", 1)
    assert "Factuur C, vervaldatum 31 oktober 2026: € 1.234,50" in b["tekst"]
    assert "factuurnummers A en C" in b["tekst"]
    assert "telefoonnummer 030-1234567 en e-mail info@korst.nl" in b["tekst"]
    assert all(alinea in b["tekst"] for alinea in o["alineas"])
    assert b["tekst"].index(o["alineas"][0]) < b["tekst"].index("Factuur A,") < b["tekst"].index(o["alineas"][1])


def test_minimale_partijen():
    b = handle_brief(verzoek(schuldeiser={"naam": "Piet"}))
    o = b["onderdelen"]
    assert o["afzender"] == ["Piet"] and o["plaats_datum"] == "23 november 2026"
    assert "op de manier die op de factuur staat" in b["tekst"]
    assert "Neem dan contact met ons op." in b["tekst"]
    assert [m["code"] for m in b["meldingen"]] == ["bezorging_marge", "geen_iban"]
    alleen_mail = handle_brief(verzoek(schuldeiser={"naam": "Piet", "email": "p@x.nl"}))["tekst"]
    assert "contact met ons op via e-mail p@x.nl." in alleen_mail


@pytest.mark.parametrize("pad, waarde, veld", [
    ((), {"onbekend": 1}, "onbekend"),
    ((), {"actie": "bereken"}, "actie"),
    ((), {"soort": "brief"}, "soort"),
    ((), {"soort": None}, "soort"),
    ((), {"verzenddatum": "23-11-2026"}, "verzenddatum"),
    ((), {"verzenddatum": "2026-02-29"}, "verzenddatum"),
    ((), {"berekening": []}, "berekening"),
    ((), {"berekening": "10000"}, "berekening"),
    ((), {"schuldeiser": "Piet"}, "schuldeiser"),
    ((), {"schuldenaar": None}, "schuldenaar"),
    (("schuldeiser",), {"website": "x"}, "schuldeiser.website"),
    (("schuldenaar",), {"iban": "NL00"}, "schuldenaar.iban"),
    (("schuldeiser",), {"naam": "   "}, "schuldeiser.naam"),
    (("schuldeiser",), {"naam": "x" * 201}, "schuldeiser.naam"),
    (("schuldenaar",), {"naam": 12}, "schuldenaar.naam"),
    (("schuldeiser",), {"iban": ["NL"]}, "schuldeiser.iban"),
    (("schuldeiser",), {"iban": "NL91ABNA0417164301"}, "schuldeiser.iban"),  # check digits do not match
    (("schuldeiser",), {"iban": "NL91ABNA04171643"}, "schuldeiser.iban"),  # too short for NL
    (("schuldeiser",), {"iban": "12 3456 7890"}, "schuldeiser.iban"),
    (("schuldeiser",), {"email": "info@korst"}, "schuldeiser.email"),
    (("schuldeiser",), {"email": "info korst.nl"}, "schuldeiser.email"),
    ((), {"betaaltermijn_afgesproken": "nee"}, "betaaltermijn_afgesproken"),
])
def test_foute_invoer(pad, waarde, veld):
    v = verzoek()
    doel = v
    for stap in pad:
        doel = doel[stap]
    doel.update(waarde)
    assert fout_bij(v).veld == veld


@pytest.mark.parametrize("weg", ["soort", "berekening", "verzenddatum", "schuldeiser", "schuldenaar"])
def test_ontbrekend_veld(weg):
    v = verzoek()
    del v[weg]
    assert (fout_bij(v).veld, fout_bij(v).code) == (weg, "ontbrekend_veld")


def test_naam_ontbreekt_en_geen_object():
    v = verzoek()
    del v["schuldenaar"]["naam"]
    assert fout_bij(v).veld == "schuldenaar.naam"
    assert fout_bij("brief").code == "ongeldig_verzoek"


def test_te_vroeg_controle_laat_kapotte_regels_aan_bereken():
    v = verzoek()
    v["berekening"]["vorderingen"] = [{"kenmerk": "A", "bedrag": "5", "vervaldatum": "morgen"}]
    assert fout_bij(v).veld == "berekening.vorderingen[0].vervaldatum"
    v["berekening"]["vorderingen"] = [{"kenmerk": 7, "bedrag": "5", "vervaldatum": "2026-12-01"}]
    assert fout_bij(v).veld == "berekening.vorderingen[0].kenmerk"  # every claim is checked first
    v["berekening"]["vorderingen"] = [{"kenmerk": "A", "bedrag": "5", "vervaldatum": "2026-10-01"},
                                      {"kenmerk": "B", "bedrag": "5,00", "vervaldatum": "2026-12-01"}]
    assert fout_bij(v).veld == "berekening.vorderingen[1].bedrag"  # also a claim the letter leaves out


bedragen = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("2000000"), places=2)


@settings(max_examples=60, deadline=None)
@given(st.lists(bedragen, min_size=1, max_size=4), st.sampled_from(["consument", "bedrijf", "overheid"]),
       st.sampled_from(brieven.SOORTEN), st.booleans())
def test_eigenschappen(hoofdsommen, debiteur, soort, btw):
    vorderingen = [{"kenmerk": f"F-{i}", "bedrag": f"{b:.2f}", "vervaldatum": "2026-10-31"}
                   for i, b in enumerate(hoofdsommen)]
    b = handle_brief(verzoek(soort, debiteur, vorderingen, btw={"verhogen": btw}))
    tekst, k = b["tekst"], b["berekening"]["incassokosten"]
    assert not [w for w in VERBODEN if w in tekst.lower()]
    assert "vanaf de dag nadat deze brief bij u is bezorgd" in tekst
    kosten_genoemd = soort != "herinnering" and (debiteur != "consument" or soort != "ingebrekestelling")
    assert (BTW_VERKLARING in tekst) == (btw and kosten_genoemd)
    if kosten_genoemd:
        assert euro(Decimal(k["totaal"])) in tekst
    regels = [Decimal(r["bedrag"]) for r in b["onderdelen"]["bedragen"]]
    assert sum(regels[:-1]) == regels[-1] or len(regels) == 1
    assert f"het bedrag van {euro(regels[-1])}" in tekst
    assert all(euro(Decimal(v["bedrag"])) in tekst for v in vorderingen)


def test_onderwerp_zegt_niet_twee_keer_factuur():
    """The rekentool names an invoice without a reference "factuur 1"; the subject must not
    read "factuur factuur 1", and a reference without the word keeps it whole."""
    een = handle_brief(verzoek(vorderingen=[{"kenmerk": "factuur 1", "bedrag": "100.00", "vervaldatum": "2026-10-01"}]))
    assert een["onderdelen"]["onderwerp"] == "Aanmaning factuur 1"
    twee = handle_brief(verzoek(vorderingen=[{"kenmerk": "Factuur 7", "bedrag": "100.00", "vervaldatum": "2026-10-01"},
                                             {"kenmerk": "F-8", "bedrag": "50.00", "vervaldatum": "2026-10-02"}]))
    assert twee["onderdelen"]["onderwerp"] == "Aanmaning facturen 7 en F-8"


def test_brief_telt_op_na_deelbetalingen():
    """Each claim: invoiced, paid, of which interest, principal left (art. 6:44 BW), so the letter adds up."""
    vorderingen = [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2025-10-31"},
                   {"kenmerk": "B", "bedrag": "500", "vervaldatum": "2026-09-30"}]
    b = handle_brief(verzoek(vorderingen=vorderingen, rente={"soort": "wettelijk"},
                             betalingen=[{"bedrag": "300", "datum": "2026-06-01"}]))
    a, tweede = b["onderdelen"]["vorderingen"]
    assert (a["betaald"], tweede["betaald"]) == ("300.00", "0.00")
    rente = Decimal(a["waarvan_rente"])
    assert rente > 0 and Decimal(a["open_hoofdsom"]) == Decimal("1000") - (Decimal("300") - rente)
    assert (f"Factuur A, vervaldatum 31 oktober 2025: € 1.000,00; betaald € 300,00, waarvan {euro(rente)} voor "
            f"rente; nog open aan hoofdsom {euro(Decimal(a['open_hoofdsom']))}") in b["tekst"]
    open_ = sum(Decimal(v["open_hoofdsom"]) for v in b["onderdelen"]["vorderingen"])
    assert open_ == Decimal(b["berekening"]["hoofdsom"])
    assert f"De openstaande hoofdsom is in totaal {euro(open_)}." in b["tekst"]


def test_iban_en_email_fout_met_code():
    for sleutel, waarde, code in (("iban", "NL91ABNA0417164301", "ongeldig_iban"),
                                  ("email", "info@@korst.nl", "ongeldig_email")):
        fout = fout_bij(verzoek(schuldeiser={**EISER, sleutel: waarde}))
        assert (fout.veld, fout.code) == (f"schuldeiser.{sleutel}", code)
    assert handle_brief(verzoek(schuldeiser={**EISER, "iban": "", "email": ""}))["soort"] == "veertiendagenbrief"
    assert "BE68 5390 0754 7034" in handle_brief(verzoek(schuldeiser={**EISER, "iban": "be68539007547034"}))["tekst"]


def test_consument_zonder_afgesproken_termijn():
    """Art. 6:82, 6:83 sub a and 6:96 lid 6 BW: first an ingebrekestelling, the 14-day letter after its term."""
    basis = verzoek(vorderingen=[{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2026-09-30"},
                                 {"kenmerk": "B", "bedrag": "500", "vervaldatum": "2026-10-20"}],
                    rente={"soort": "wettelijk"}, verzenddatum="2026-11-23")
    zonder = {**basis, "betaaltermijn_afgesproken": False}
    assert (fout_bij(zonder).veld, fout_bij(zonder).code) == ("ingebrekestelling_verzonden", "ontbrekend_veld")
    # ingebrekestelling posted Thu 12 November: third counted day Tue 17, day 8 Wed 25 November
    te_vroeg = fout_bij({**zonder, "ingebrekestelling_verzonden": "2026-11-12"})
    assert (te_vroeg.veld, te_vroeg.code) == ("verzenddatum", "brief_te_vroeg") and "26 november 2026" in te_vroeg.tekst
    assert handle_brief({**zonder, "ingebrekestelling_verzonden": "2026-11-12", "verzenddatum": "2026-11-26"})
    b = handle_brief({**zonder, "ingebrekestelling_verzonden": "2026-10-15", "verzenddatum": "2026-11-23"})
    assert [v["kenmerk"] for v in b["onderdelen"]["vorderingen"]] == ["A"]  # B fell due after the ingebrekestelling
    codes = [m["code"] for m in b["meldingen"]]
    assert codes[:2] == ["niet_in_verzuim", "verzuim_na_ingebrekestelling"]
    # ingebrekestelling posted Thu 15 October: delivered Tue 20, day 8 Wed 28; interest from 29 October
    assert b["berekening"]["rente"]["perioden"][0]["van"] == "2026-10-29"
    assert "Factuur A, vervaldatum 30 september 2026" in b["tekst"]
    herinnering = handle_brief({**zonder, "soort": "ingebrekestelling"})
    assert herinnering["berekening"]["rente"]["totaal"] == "0.00" and "Rente tot en met" not in herinnering["tekst"]
    assert "rente_na_verzuim" in [m["code"] for m in herinnering["meldingen"]]
    zakelijk = handle_brief({**zonder, "berekening": {**basis["berekening"], "debiteur": "bedrijf"}})
    assert "verzuim_na_ingebrekestelling" not in [m["code"] for m in zakelijk["meldingen"]]


def test_geen_datum_van_de_termijn_in_enige_brief():
    """Around holidays and both postal-norm changes: the letter never names the dates the creditor gets."""
    from datetime import date, timedelta

    from wik.termijnen import datum_nl
    fout = []
    dag = date(2026, 6, 20)
    while dag < date(2027, 7, 20):
        for soort in ("veertiendagenbrief", "ingebrekestelling"):
            b = handle_brief(verzoek(soort, vorderingen=[{"kenmerk": "F-1", "bedrag": "500", "vervaldatum": "2026-01-31"}],
                                     verzenddatum=dag.isoformat()))
            for sleutel in ("bezorgdatum", "laatste_dag", "kosten_verschuldigd_vanaf"):
                if b[sleutel] and datum_nl(date.fromisoformat(b[sleutel])) in b["tekst"]:
                    fout.append((dag, soort, sleutel))
        dag += timedelta(days=3)
    assert not fout


# --- moved from the former test_rekenkern.py --------------------------------------------------

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


def test_in_verzuim_laat_een_kapotte_lijst_voor_bereken():
    """Claims that are no list are left for ``bereken`` to report (with its own field path)."""
    from datetime import date

    from wik import verzuim
    stand = verzuim.Verzuim(date(2026, 11, 23))
    assert verzuim.in_verzuim({"vorderingen": "geen lijst"}, stand, date(2026, 11, 23)) == (
        {"vorderingen": "geen lijst", "peildatum": "2026-11-23"}, [], [])
    fout = handle({"actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": "2026-11-23",
                   "berekening": {"debiteur": "consument", "vorderingen": "geen lijst"},
                   "schuldeiser": {"naam": "A"}, "schuldenaar": {"naam": "B"}})["fout"]
    assert (fout["code"], fout["veld"]) == ("ongeldige_waarde", "berekening.vorderingen")
