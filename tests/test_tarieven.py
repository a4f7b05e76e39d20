"""Tarieven: the rate table, sorted, complete and marked, and its bounds."""

from __future__ import annotations

from datetime import date

import pytest

from hulp import D
from wik import handle, tarieven
from wik.fouten import WikFout


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
