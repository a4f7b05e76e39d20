"""Contract: the guards of ``handle`` and ``handle_json`` (shape, size, nesting)."""

from __future__ import annotations

import pytest

from hulp import ROOT
from wik import handle
from wik.fouten import WikFout


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


def test_import_wik_laadt_elke_module_en_de_lijst_klopt():
    """``wik.MODULES`` names every module (the browser reads it); ``import wik`` imports them all plainly."""
    import subprocess
    import sys

    import wik
    pakket = ROOT / "py" / "wik"
    assert sorted(p.stem for p in pakket.glob("*.py") if p.stem not in ("__init__", "__main__")) == sorted(wik.MODULES)
    assert set(wik.BESTANDEN) == {"__init__.py", "tarieven.csv", *(f"{m}.py" for m in wik.MODULES)}
    assert all((pakket / naam).is_file() for naam in wik.BESTANDEN)
    geladen = subprocess.run([sys.executable, "-c", "import sys, wik; print(' '.join(sorted(m[4:] for m in sys.modules "
                              "if m.startswith('wik.'))))"], capture_output=True, text=True, check=True).stdout.split()
    assert geladen == sorted(wik.MODULES)
