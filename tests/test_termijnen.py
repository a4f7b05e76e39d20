"""Termijnen: Atw holidays, Easter, presumed delivery (HR 2016:2704) and the 14-day term."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from wik.fouten import WikFout
from wik.termijnen import (
    bezorgdatum,
    dag_nl,
    datum_nl,
    feestdagen,
    is_feestdag,
    is_werkdag,
    pasen,
    termijn,
    volgende_werkdag,
)

D = date.fromisoformat


def test_pasen_bekende_jaren():
    tabel = {2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28",
             2000: "2000-04-23", 2038: "2038-04-25", 2008: "2008-03-23", 2011: "2011-04-24",
             2019: "2019-04-21", 1818: "1818-03-22", 2285: "2285-03-22", 2100: "2100-03-28"}
    fout = [(j, pasen(j), d) for j, d in tabel.items() if pasen(j) != D(d)]
    assert not fout


def test_feestdagen_2026_volledig():
    assert feestdagen(2026) == {
        D("2026-01-01"): "Nieuwjaarsdag", D("2026-04-03"): "Goede Vrijdag", D("2026-04-06"): "tweede paasdag",
        D("2026-04-27"): "Koningsdag", D("2026-05-05"): "Bevrijdingsdag", D("2026-05-14"): "Hemelvaartsdag",
        D("2026-05-25"): "tweede pinksterdag", D("2026-12-25"): "eerste kerstdag", D("2026-12-26"): "tweede kerstdag",
    }


def test_koningsdag_en_koninginnedag():
    tabel = {
        2026: ("2026-04-27", "Koningsdag"),
        2025: ("2025-04-26", "Koningsdag"),       # 27 April 2025 is a Sunday
        2014: ("2014-04-26", "Koningsdag"),       # first year, 27 April a Sunday
        2031: ("2031-04-26", "Koningsdag"),
        2013: ("2013-04-30", "Koninginnedag"),
        2006: ("2006-04-29", "Koninginnedag"),    # 30 April 2006 is a Sunday
        1995: ("1995-04-29", "Koninginnedag"),
        1990: ("1990-04-30", "Koninginnedag"),
    }
    fout = []
    for jaar, (dag, naam) in tabel.items():
        gevonden = {d: n for d, n in feestdagen(jaar).items() if n in ("Koningsdag", "Koninginnedag")}
        if gevonden != {D(dag): naam}:
            fout.append((jaar, gevonden))
    assert not fout


def test_samenvallende_feestdagen_houden_beide_namen():
    assert feestdagen(2016)[D("2016-05-05")] == "Bevrijdingsdag en Hemelvaartsdag"
    assert len(feestdagen(2016)) == 8


def test_is_feestdag_grenzen():
    tabel = {
        "2026-04-02": False, "2026-04-03": True, "2026-04-04": False,  # Goede Vrijdag
        "2026-04-05": False,  # eerste paasdag is a Sunday, not itself an Atw holiday
        "2026-04-06": True, "2026-04-07": False,
        "2026-04-26": False, "2026-04-27": True, "2026-04-28": False,
        "2025-04-26": True, "2025-04-27": False,  # Koningsdag moved to Saturday
        "2026-05-04": False, "2026-05-05": True, "2026-05-06": False,
        "2027-05-05": True, "2029-05-05": True,  # 5 mei every year, not only every five years
        "2026-05-14": True, "2026-05-15": False,  # Friday after Hemelvaart: art. 3 lid 3, not included
        "2026-05-24": False, "2026-05-25": True,
        "2026-12-24": False, "2026-12-25": True, "2026-12-26": True, "2026-12-27": False,
        "2026-12-31": False, "2027-01-01": True, "2027-01-02": False,
    }
    fout = [(d, verwacht) for d, verwacht in tabel.items() if is_feestdag(D(d)) != verwacht]
    assert not fout


def test_bezorgdatum_wet_md_tabel():
    """law.md §5.3 T1-T6 and the SPEC examples."""
    tabel = [
        ("2026-03-02", "2026-03-04", "2026-03-18", "2026-03-19"),  # T1
        ("2026-03-03", "2026-03-05", "2026-03-19", "2026-03-20"),  # T2
        ("2026-03-05", "2026-03-07", "2026-03-21", "2026-03-22"),  # T3, Saturday counts
        ("2026-03-06", "2026-03-10", "2026-03-24", "2026-03-25"),  # T4, Friday -> Tuesday
        ("2026-04-24", "2026-04-28", "2026-05-12", "2026-05-13"),  # T5, Koningsdag on Monday
        ("2026-12-23", "2026-12-29", "2027-01-12", "2027-01-13"),  # T6, Christmas
        ("2026-11-23", "2026-11-25", "2026-12-09", "2026-12-10"),  # SPEC §6
        ("2026-03-07", "2026-03-11", "2026-03-25", "2026-03-26"),  # posted Saturday
        ("2026-03-08", "2026-03-11", "2026-03-25", "2026-03-26"),  # posted Sunday
        ("2026-04-02", "2026-04-07", "2026-04-21", "2026-04-22"),  # Goede Vrijdag, Easter Monday
        ("2038-04-22", "2038-04-28", "2038-05-12", "2038-05-13"),  # Easter Monday, then Koningsdag
        ("2026-05-13", "2026-05-16", "2026-05-30", "2026-05-31"),  # Hemelvaart skipped
        ("2026-05-04", "2026-05-07", "2026-05-21", "2026-05-22"),  # 5 mei skipped
        ("2026-12-31", "2027-01-05", "2027-01-19", "2027-01-20"),  # Nieuwjaarsdag, Sun, Mon
    ]
    fout = []
    for verzonden, bezorgd, laatste, vanaf in tabel:
        t = termijn(D(verzonden))
        if (t.verzenddatum, t.bezorgdatum, t.laatste_dag, t.verschuldigd_vanaf) != (
                D(verzonden), D(bezorgd), D(laatste), D(vanaf)):
            fout.append((verzonden, t))
    assert not fout


def test_termijn_andere_lengte():
    assert termijn(D("2026-11-23"), 8).laatste_dag == D("2026-12-03")
    assert termijn(D("2026-11-23"), 1).verschuldigd_vanaf == D("2026-11-27")


@pytest.mark.parametrize("dagen", [0, -1, True, 1.5, "14", None])
def test_termijn_ongeldige_dagen(dagen):
    with pytest.raises(WikFout) as fout:
        termijn(D("2026-11-23"), dagen)
    assert fout.value.veld == "termijn_dagen"


def test_werkdagen():
    tabel = {
        "2026-04-24": "2026-04-24",  # Friday
        "2026-04-25": "2026-04-28",  # Saturday -> Sunday -> Koningsdag -> Tuesday
        "2026-12-24": "2026-12-24",
        "2026-12-25": "2026-12-28",
        "2026-05-05": "2026-05-06",
        "2026-05-14": "2026-05-15",
        "2038-04-23": "2038-04-28",  # Goede Vrijdag, weekend, Easter Monday, Koningsdag
    }
    fout = [(d, volgende_werkdag(D(d))) for d, w in tabel.items() if volgende_werkdag(D(d)) != D(w)]
    assert not fout
    assert not is_werkdag(D("2026-11-22")) and is_werkdag(D("2026-11-23"))


def test_datums_in_het_nederlands():
    tabel = {
        "2026-03-01": ("1 maart 2026", "zondag 1 maart 2026"),
        "2026-03-10": ("10 maart 2026", "dinsdag 10 maart 2026"),
        "2026-11-25": ("25 november 2026", "woensdag 25 november 2026"),
        "2027-01-09": ("9 januari 2027", "zaterdag 9 januari 2027"),
        "2026-08-06": ("6 augustus 2026", "donderdag 6 augustus 2026"),
    }
    fout = [(d, datum_nl(D(d)), dag_nl(D(d))) for d, v in tabel.items() if (datum_nl(D(d)), dag_nl(D(d))) != v]
    assert not fout


datums = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(datums)
def test_bezorging_eigenschappen(verzonden):
    bezorgd = bezorgdatum(verzonden)
    assert 2 <= (bezorgd - verzonden).days <= 8
    assert bezorgd.weekday() not in (0, 6)
    assert not is_feestdag(bezorgd)
    tussen = [verzonden + timedelta(days=i) for i in range(1, (bezorgd - verzonden).days)]
    geteld = [d for d in tussen if d.weekday() not in (0, 6) and not is_feestdag(d)]
    assert len(geteld) == 1  # exactly one counting day in between: the delivery is the second


@given(datums, st.integers(1, 60))
def test_termijn_eigenschappen(verzonden, dagen):
    t = termijn(verzonden, dagen)
    assert (t.laatste_dag - t.bezorgdatum).days == dagen
    assert (t.verschuldigd_vanaf - t.laatste_dag).days == 1
    assert termijn(verzonden).laatste_dag - termijn(verzonden).bezorgdatum == timedelta(days=14)


@given(datums)
@example(date(2038, 4, 23))
def test_volgende_werkdag_eigenschappen(dag):
    werkdag = volgende_werkdag(dag)
    assert 0 <= (werkdag - dag).days <= 5
    assert is_werkdag(werkdag)
    assert all(not is_werkdag(dag + timedelta(days=i)) for i in range((werkdag - dag).days))


@given(st.integers(1900, 2200))
def test_pasen_eigenschappen(jaar):
    p = pasen(jaar)
    assert p.weekday() == 6
    assert date(jaar, 3, 22) <= p <= date(jaar, 4, 25)
    assert len(feestdagen(jaar)) in (8, 9)
