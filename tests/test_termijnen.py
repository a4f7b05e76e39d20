# Over 200 lines: one table-driven test per rule of the term (Atw, Easter, delivery, 14 days).
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
    postnorm,
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
    """HR 2016:2704 delivery, the dated postal norm, and Atw art. 1 on the last day (worked by hand).

    Posted before 1 July 2026: the second counted day; from then the third; from 1 July 2027 the
    fourth. A last day on a Saturday, Sunday or holiday moves to the next day that is none.
    """
    tabel = [
        ("2026-03-02", "2026-03-04", "2026-03-18", "2026-03-19"),  # Monday
        ("2026-03-03", "2026-03-05", "2026-03-19", "2026-03-20"),
        ("2026-03-05", "2026-03-07", "2026-03-23", "2026-03-24"),  # Saturday counts; day 14 Sat 21 → Mon 23
        ("2026-03-06", "2026-03-10", "2026-03-24", "2026-03-25"),  # Friday -> Tuesday
        ("2026-04-24", "2026-04-28", "2026-05-12", "2026-05-13"),  # Koningsdag on Monday
        ("2026-12-23", "2026-12-30", "2027-01-13", "2027-01-14"),  # third day: 24, 29, 30 December
        ("2026-11-23", "2026-11-26", "2026-12-10", "2026-12-11"),  # third day: 24, 25, 26 November
        ("2026-03-07", "2026-03-11", "2026-03-25", "2026-03-26"),  # posted Saturday
        ("2026-03-08", "2026-03-11", "2026-03-25", "2026-03-26"),  # posted Sunday
        ("2026-04-02", "2026-04-07", "2026-04-21", "2026-04-22"),  # Goede Vrijdag, Easter Monday
        ("2038-04-22", "2038-04-30", "2038-05-14", "2038-05-15"),  # fourth day past Goede Vrijdag, Easter, Koningsdag
        ("2026-05-13", "2026-05-16", "2026-06-01", "2026-06-02"),  # Hemelvaart skipped; day 14 Sat 30 May
        ("2026-05-04", "2026-05-07", "2026-05-21", "2026-05-22"),  # 5 mei skipped
        ("2026-12-31", "2027-01-06", "2027-01-20", "2027-01-21"),  # Nieuwjaarsdag, Sun, Mon; third day
        ("2026-06-30", "2026-07-02", "2026-07-16", "2026-07-17"),  # the last day of the HR's two days
        ("2026-07-01", "2026-07-04", "2026-07-20", "2026-07-21"),  # the first of three; day 14 Sat 18 July
        ("2027-06-30", "2027-07-03", "2027-07-19", "2027-07-20"),  # the last of three; day 14 Sat 17 July
        ("2027-07-01", "2027-07-07", "2027-07-21", "2027-07-22"),  # the first of four: 2, 3, 6, 7 July
        ("2026-12-11", "2026-12-16", "2026-12-30", "2026-12-31"),  # third day: 12, 15, 16 December
        ("2026-12-09", "2026-12-12", "2026-12-28", "2026-12-29"),  # day 14 Sat 26 Dec: Sun 27 → Mon 28
    ]
    fout = []
    for verzonden, bezorgd, laatste, vanaf in tabel:
        t = termijn(D(verzonden))
        if (t.verzenddatum, t.bezorgdatum, t.laatste_dag, t.verschuldigd_vanaf) != (
                D(verzonden), D(bezorgd), D(laatste), D(vanaf)):
            fout.append((verzonden, t))
    assert not fout


def test_termijn_andere_lengte():
    assert termijn(D("2026-11-23"), 8).laatste_dag == D("2026-12-04")
    assert termijn(D("2026-11-23"), 1).verschuldigd_vanaf == D("2026-11-28")


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
    telling = postnorm(verzonden).telling
    assert telling == (2 if verzonden < date(2026, 7, 1) else 3 if verzonden < date(2027, 7, 1) else 4)
    assert telling <= (bezorgd - verzonden).days <= telling + 7
    assert bezorgd.weekday() not in (0, 6)
    assert not is_feestdag(bezorgd)
    tussen = [verzonden + timedelta(days=i) for i in range(1, (bezorgd - verzonden).days)]
    geteld = [d for d in tussen if d.weekday() not in (0, 6) and not is_feestdag(d)]
    assert len(geteld) == telling - 1  # the delivery is the telling-th counting day


@given(datums, st.integers(1, 60))
def test_termijn_eigenschappen(verzonden, dagen):
    t = termijn(verzonden, dagen)
    kaal = t.bezorgdatum + timedelta(days=dagen)
    assert t.laatste_dag >= kaal and t.verlengd == (t.laatste_dag != kaal)
    assert t.laatste_dag.weekday() < 5 and not is_feestdag(t.laatste_dag)  # Atw art. 1
    assert all(d.weekday() >= 5 or is_feestdag(d)
               for d in (kaal + timedelta(days=i) for i in range((t.laatste_dag - kaal).days)))
    assert (t.verschuldigd_vanaf - t.laatste_dag).days == 1


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


def test_postnormen_zijn_gedateerde_gegevens():
    """The presumption steps are data with a source, sorted, one day more with each relaxation."""
    from wik.termijnen import POSTNORMEN, melding_postnorm
    assert [n.vanaf for n in POSTNORMEN] == sorted(n.vanaf for n in POSTNORMEN)
    assert [n.telling for n in POSTNORMEN] == [2, 3, 4]
    assert all(n.bron for n in POSTNORMEN) and "ECLI:NL:HR:2016:2704" in POSTNORMEN[0].bron
    assert melding_postnorm(D("2026-06-30")) is None
    assert "derde dag" in melding_postnorm(D("2026-07-01"))["tekst"]
    assert "vierde dag" in melding_postnorm(D("2027-07-01"))["tekst"]
    assert postnorm(D("1980-01-01")).telling == 2
