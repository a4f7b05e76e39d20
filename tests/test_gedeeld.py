"""The browser's shared lists come from the engine's constants (calculator/gedeeld.py)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from wik import handle

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("gedeeld", ROOT / "calculator" / "gedeeld.py")
assert _spec and _spec.loader
gedeeld = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gedeeld)


def test_het_vastgelegde_bestand_is_wat_de_motor_nu_zegt():
    """A stale src/gedeeld.js fails here: run `python calculator/gedeeld.py` and commit it."""
    assert (ROOT / "calculator" / "src" / "gedeeld.js").read_text(encoding="utf-8") == gedeeld.js()


def test_elke_keuze_van_het_formulier_neemt_de_motor_aan():
    w = gedeeld.waarden()
    basis = {"actie": "bereken", "peildatum": "2026-11-30",
             "vorderingen": [{"bedrag": "100", "vervaldatum": "2026-01-01"}]}
    for debiteur in w["DEBITEUREN"]:
        for soort in w["RENTESOORTEN"]:
            rente = {"soort": soort, **({"percentage": "5"} if soort == "contractueel" else {})}
            assert "fout" not in handle({**basis, "debiteur": debiteur, "rente": rente}), (debiteur, soort)
    for soort in w["KOSTENSOORTEN"]:
        kosten = {"soort": soort, **({"waarde": "10"} if soort in ("percentage", "vast") else {})}
        assert "fout" not in handle({**basis, "debiteur": "bedrijf", "kosten": kosten}), soort
    for grens, fout in ((w["EERSTE_DATUM"], False), (w["LAATSTE_DATUM"], False), ("1989-12-31", True)):
        vordering = {"bedrag": "100", "vervaldatum": grens}
        antwoord = handle({**basis, "debiteur": "bedrijf", "rente": {"soort": "geen"}, "peildatum": grens,
                           "vorderingen": [vordering]})
        assert ("fout" in antwoord) is fout, (grens, antwoord)


def test_een_onbekende_soort_weigert_de_motor():
    antwoord = handle({"actie": "bereken", "debiteur": "bedrijf", "rente": {"soort": "woeker"},
                       "vorderingen": [{"bedrag": "100", "vervaldatum": "2026-01-01"}]})
    assert antwoord["fout"]["veld"] == "rente.soort"


def test_de_embed_scripts_krijgen_de_lijsten_bij_de_bouw():
    for naam in ("embed.js", "embed-page.js"):
        bron = (ROOT / "calculator" / "embed" / naam).read_text(encoding="utf-8")
        merken = re.findall(r"/\* @([A-Z_]+)@ \*/ ([^;]+);", bron)
        assert {m for m, _ in merken} == {"TABS", "DEBITEUREN"}, naam
        for merk, letterlijk in merken:  # the literal in the repository is the same value
            assert json.loads(letterlijk) == gedeeld.waarden()[merk], (naam, merk)
        gebouwd = gedeeld.vervang(bron)
        assert "/* @" not in gebouwd
        for merk, _ in merken:
            assert f"const {merk} = {json.dumps(gedeeld.waarden()[merk])};" in gebouwd, (naam, merk)


def test_vervang_zet_de_waarde_van_de_motor_in_de_plaats_van_het_letterlijke():
    assert gedeeld.vervang('const D = /* @DEBITEUREN@ */ ["oud"];\nx();') == \
        'const D = ["consument", "bedrijf", "overheid"];\nx();'


def test_een_onbekende_plaatshouder_stopt_de_bouw():
    """A misspelt name would silently keep the hand-typed list: the build stops instead."""
    import pytest

    with pytest.raises(Exception, match="onbekende plaatshouder") as fout:
        gedeeld.vervang('const D = /* @DEBITEUR@ */ ["consument"];')
    assert type(fout.value).__name__ == "BouwFout"
