"""Traject: the six steps of py/README.md, "traject", dated, with what the law requires per debtor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wik.fouten import WikFout
from wik.termijnen import is_werkdag, termijn
from wik.traject import handle_traject

D = date.fromisoformat


def verzoek(factuurdatum="2026-11-01", dagen=30, debiteur="consument", **extra):
    return {"actie": "traject", "factuurdatum": factuurdatum, "betaaltermijn_dagen": dagen, "debiteur": debiteur,
            **extra}


def data(antwoord):
    return [s["datum"] for s in antwoord["stappen"]]


def test_geplande_data_tabel():
    """Dates worked out by hand from py/README.md, "traject" and termijnen (see the comments)."""
    tabel = [
        # 2026-11-01 + 30 = Tue 1 Dec; herinnering Thu 3 Dec, posted after 1 July 2026 so delivered on the
        # third counted day (Fri 4, Sat 5, Tue 8), term until Tue 22 Dec; bellen Thu 10 Dec; aanmaning Wed
        # 23 Dec, delivered Wed 30 Dec (24, 29, 30), term until Wed 13 Jan; ingebrekestelling Thu 14 Jan,
        # delivered Tue 19, 8 days until Wed 27 Jan; incasso Thu 28 Jan. Business: nabellen 30 Dec + 10 =
        # Sat 9 Jan is before the 14-day term ends, so the same dates.
        (("2026-11-01", 30, "consument"), "2026-12-01",
         [None, "2026-11-01", "2026-12-03", "2026-12-10", "2026-12-23", "2027-01-14", "2027-01-28"], "2026-12-30"),
        (("2026-11-01", 30, "bedrijf"), "2026-12-01",
         [None, "2026-11-01", "2026-12-03", "2026-12-10", "2026-12-23", "2027-01-14", "2027-01-28"], "2026-12-30"),
        # Before 1 July 2026 (second counted day): herinnering Tue 24 Feb, delivered Thu 26, term until
        # Thu 12 Mar; aanmaning Fri 13 Mar, delivered Tue 17, term until Tue 31 Mar; ingebrekestelling Wed
        # 1 Apr, delivered Sat 4 Apr (Goede Vrijdag skipped), day 8 Sun 12 Apr -> Atw: Mon 13; incasso Tue 14.
        (("2026-02-08", 14, "consument"), "2026-02-22",
         [None, "2026-02-08", "2026-02-24", "2026-03-03", "2026-03-13", "2026-04-01", "2026-04-14"], "2026-03-20"),
        # Nabellen lands on Goede Vrijdag -> Tue 7 Apr (Easter Monday skipped). Consumer: the day after the
        # 14-day term (Wed 15 Apr); business: 10 days after nabellen (Fri 17 Apr). Consumer: delivered Fri
        # 17, day 8 Sat 25 Apr, Sun 26, Mon 27 = Koningsdag -> Tue 28 (Atw art. 1); incasso Wed 29 Apr.
        # Business: delivered Tue 21, term until Wed 29; incasso Thu 30 Apr.
        (("2026-02-22", 14, "consument"), "2026-03-08",
         [None, "2026-02-22", "2026-03-10", "2026-03-17", "2026-03-27", "2026-04-15", "2026-04-29"], "2026-04-07"),
        (("2026-02-22", 14, "bedrijf"), "2026-03-08",
         [None, "2026-02-22", "2026-03-10", "2026-03-17", "2026-03-27", "2026-04-17", "2026-04-30"], "2026-04-07"),
        (("2026-02-22", 14, "overheid"), "2026-03-08",
         [None, "2026-02-22", "2026-03-10", "2026-03-17", "2026-03-27", "2026-04-17", "2026-04-30"], "2026-04-07"),
    ]
    fout = []
    for (f, n, d), verval, verwacht, nabellen in tabel:
        a = handle_traject(verzoek(f, n, d))
        gevonden = (a["factuurdatum"], a["vervaldatum"], data(a), a["stappen"][4]["nabellen"])
        if gevonden != (f, verval, verwacht, nabellen):
            fout.append((f, n, d, a["vervaldatum"], data(a), a["stappen"][4]["nabellen"]))
    assert not fout


def test_stap4_en_5_tonen_bezorging_en_laatste_dag():
    a = handle_traject(verzoek())
    s4, s5 = a["stappen"][4], a["stappen"][5]
    assert (s4["bezorgdatum"], s4["laatste_dag"]) == ("2026-12-30", "2027-01-13")
    assert (s5["bezorgdatum"], s5["laatste_dag"]) == ("2027-01-19", "2027-01-27")
    assert "woensdag 30 december 2026" in s4["toelichting"] and "woensdag 13 januari 2027" in s4["toelichting"]
    assert "niet in de brief" in s4["toelichting"] and "Zet geen datum" in s4["toelichting"]
    assert [s["nummer"] for s in a["stappen"]] == list(range(7))
    assert all(set(s) == {"nummer", "naam", "datum", "toelichting", "wettelijk_verplicht", "waarom",
                          "bezorgdatum", "laatste_dag", "nabellen"} for s in a["stappen"])


def test_wettelijk_verplicht_alleen_veertiendagenbrief_consument():
    consument = handle_traject(verzoek(debiteur="consument"))
    assert [s["nummer"] for s in consument["stappen"] if s["wettelijk_verplicht"]] == [4]
    assert "6:96 lid 6" in consument["stappen"][4]["waarom"]
    assert "veertiendagenbrief" in consument["stappen"][4]["naam"]
    for debiteur in ("bedrijf", "overheid"):
        a = handle_traject(verzoek(debiteur=debiteur))
        assert not any(s["wettelijk_verplicht"] for s in a["stappen"])
        assert "6:96 lid 4" in a["stappen"][4]["waarom"] and "€ 40" in a["stappen"][4]["waarom"]
        assert a["stappen"][4]["naam"] == "Aanmaning"


def test_meldingen_betaaltermijn():
    tabel = [
        ("consument", 365, []), ("consument", 30, []),
        ("bedrijf", 30, []), ("bedrijf", 31, ["betaaltermijn_mkb"]),
        ("bedrijf", 60, ["betaaltermijn_mkb"]), ("bedrijf", 61, ["betaaltermijn_lang"]),
        ("bedrijf", 365, ["betaaltermijn_lang"]),
        ("overheid", 30, []), ("overheid", 31, ["betaaltermijn_overheid"]),
        ("overheid", 90, ["betaaltermijn_overheid"]),
    ]
    fout = []
    for debiteur, dagen, codes in tabel:
        meldingen = handle_traject(verzoek("2026-11-01", dagen, debiteur))["meldingen"]
        gevonden = [m["code"] for m in meldingen if m["code"] not in ("datum_verschoven", "bezorging_marge")]
        if gevonden != codes:
            fout.append((debiteur, dagen, gevonden))
    assert not fout
    # the SME cap of 30 days is art. 6:119a lid 6 BW (Stb. 2022, 146), cited in both business notices
    for dagen in (31, 61):
        teksten = [m["tekst"] for m in handle_traject(verzoek("2026-11-01", dagen, "bedrijf"))["meldingen"]]
        assert any("art. 6:119a lid 6 BW" in t for t in teksten), teksten


def test_melding_alleen_bij_verschuiving():
    assert handle_traject(verzoek("2026-02-08", 14))["meldingen"] == []
    assert [m["code"] for m in handle_traject(verzoek("2026-02-22", 14))["meldingen"]] == ["datum_verschoven"]
    # letters from 1 July 2026: the third day is a safety margin, said once
    assert [m["code"] for m in handle_traject(verzoek("2026-11-01", 30))["meldingen"]] == ["bezorging_marge"]


def test_zonder_afgesproken_termijn_eerst_ingebrekestelling():
    """A consumer without an agreed term: step 5 before step 4 (art. 6:82, 6:96 lid 6 BW); hand-worked dates.

    Due Mon 16 Nov; herinnering Wed 18 Nov, delivered Sat 21, day 14 Sat 5 Dec -> Mon 7 Dec (Atw art. 1);
    ingebrekestelling Tue 8 Dec, delivered Fri 11, day 8 Sat 19 -> Mon 21 Dec; 14-day letter Tue 22 Dec,
    delivered Tue 29 Dec (24, 29: 25-28 skipped), day 14 Tue 12 Jan; incasso Wed 13 Jan.
    """
    a = handle_traject(verzoek("2026-11-02", 14, betaaltermijn_afgesproken=False))
    assert [(s["nummer"], s["datum"]) for s in a["stappen"]][3:] == [
        (3, "2026-11-25"), (5, "2026-12-08"), (4, "2026-12-22"), (6, "2027-01-13")]
    s5 = next(s for s in a["stappen"] if s["nummer"] == 5)
    s4 = next(s for s in a["stappen"] if s["nummer"] == 4)
    assert (s5["bezorgdatum"], s5["laatste_dag"]) == ("2026-12-11", "2026-12-21")
    assert s5["wettelijk_verplicht"] and "6:82" in s5["waarom"] and "vóór de veertiendagenbrief" in s5["naam"]
    assert D(s4["datum"]) > D(s5["laatste_dag"]) and "pas na de termijn van de ingebrekestelling" in s4["toelichting"]
    afgesproken = handle_traject(verzoek("2026-11-02", 14, betaaltermijn_afgesproken=True))
    assert [s["nummer"] for s in afgesproken["stappen"]] == list(range(7))
    zakelijk = handle_traject(verzoek("2026-11-02", 14, "bedrijf", betaaltermijn_afgesproken=False))
    assert [s["nummer"] for s in zakelijk["stappen"]] == list(range(7))  # a business: no change
    with pytest.raises(WikFout) as fout:
        handle_traject(verzoek(betaaltermijn_afgesproken="nee"))
    assert fout.value.veld == "betaaltermijn_afgesproken"


@pytest.mark.parametrize("aanpassing, veld", [
    ({"factuurdatum": "2026-02-30"}, "factuurdatum"),
    ({"factuurdatum": "1 november 2026"}, "factuurdatum"),
    ({"factuurdatum": 20261101}, "factuurdatum"),
    ({"betaaltermijn_dagen": -1}, "betaaltermijn_dagen"),
    ({"betaaltermijn_dagen": 366}, "betaaltermijn_dagen"),
    ({"betaaltermijn_dagen": "30"}, "betaaltermijn_dagen"),
    ({"betaaltermijn_dagen": 30.0}, "betaaltermijn_dagen"),
    ({"betaaltermijn_dagen": True}, "betaaltermijn_dagen"),
    ({"debiteur": "klant"}, "debiteur"),
    ({"debiteur": None}, "debiteur"),
    ({"ics": True}, "ics"),
])
def test_foute_invoer(aanpassing, veld):
    with pytest.raises(WikFout) as fout:
        handle_traject({**verzoek(), **aanpassing})
    assert fout.value.veld == veld


@pytest.mark.parametrize("weg", ["actie", "factuurdatum", "betaaltermijn_dagen", "debiteur"])
def test_ontbrekend_veld(weg):
    v = verzoek()
    del v[weg]
    with pytest.raises(WikFout) as fout:
        handle_traject(v)
    assert (fout.value.veld, fout.value.code) == (weg, "ontbrekend_veld")


def test_geen_object():
    with pytest.raises(WikFout):
        handle_traject(["traject"])


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 365),
       st.sampled_from(["consument", "bedrijf", "overheid"]))
def test_volgorde_en_werkdagen(factuurdatum, dagen, debiteur):
    a = handle_traject(verzoek(factuurdatum.isoformat(), dagen, debiteur))
    s = a["stappen"]
    f, v = D(a["factuurdatum"]), D(a["vervaldatum"])
    h, b, am, i, x = (D(s[n]["datum"]) for n in (2, 3, 4, 5, 6))
    nabellen = D(s[4]["nabellen"])
    assert v == f + timedelta(days=dagen)
    assert all(is_werkdag(d) for d in (h, b, am, nabellen, i, x))
    assert v + timedelta(days=2) <= h <= v + timedelta(days=6)
    assert b >= f + timedelta(days=16) and b >= h + timedelta(days=7)
    assert am > b and am > termijn(h).laatste_dag  # only after the reminder's term
    assert nabellen >= am + timedelta(days=7)
    assert i > D(s[4]["laatste_dag"]) and i > nabellen  # only after the aanmaning's term
    assert x > D(s[5]["laatste_dag"])
    assert D(s[5]["laatste_dag"]) == termijn(i, 8).laatste_dag
    assert [st["wettelijk_verplicht"] for st in s] == [False] * 4 + [debiteur == "consument"] + [False] * 2


def test_verjaring_in_het_plan():
    """Art. 3:307 BW: five years from the start of the day after the due date; 7:28 BW: two for a consumer sale."""
    a = handle_traject(verzoek("2026-11-02", 14))
    assert (a["verjaring"]["datum"], a["verjaring"]["consumentenkoop"]) == ("2031-11-17", "2028-11-17")
    assert "3:317" in a["verjaring"]["tekst"] and "17 november 2031" in a["verjaring"]["tekst"]
    zakelijk = handle_traject(verzoek("2028-02-14", 14, "bedrijf"))  # due 28 Feb 2028; day after: 29 Feb
    assert (zakelijk["verjaring"]["datum"], zakelijk["verjaring"]["consumentenkoop"]) == ("2033-03-01", None)


def test_de_site_en_de_planner_noemen_dezelfde_verjaringsdag_ook_vanaf_29_februari():
    """The site's prescription table (docs/_hooks/_traject.py) takes the engine's dates: a term that
    starts on 29 February 2028 has 28 February 2033 as its last day, the day before the planner's date."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_hooks"))
    try:
        import _traject
    finally:
        sys.path.pop(0)
    planner = handle_traject(verzoek("2028-02-14", 14, "bedrijf"))["verjaring"]["datum"]  # due 28 Feb 2028
    laatste = date.fromisoformat(planner) - timedelta(days=1)
    assert laatste == date(2033, 2, 28)
    rij = next(r for r in _traject.verjaring("2028-02-14", "14", "bedrijf").splitlines() if "art. 3:307" in r)
    assert rij.split(" | ")[2] == _traject.datum(laatste.isoformat(), weekdag=True)  # "Laatste dag zonder stuiting"
