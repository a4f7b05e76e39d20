"""Fouten: one ``WikFout`` subclass per error code, each documented in py/README.md ("Errors")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wik import fouten, handle
from wik.fouten import FOUTEN, WikFout

README = Path(__file__).resolve().parents[1] / "py" / "README.md"


def gedocumenteerd() -> dict[str, str]:
    """code → class name, from the table in the section "Errors" of py/README.md."""
    sectie = README.read_text(encoding="utf-8").split("## Errors", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| `([a-z_]+)` \| `([A-Za-z]+)` \|", sectie, flags=re.M))


def test_elke_code_in_de_readme_heeft_een_klasse_en_omgekeerd():
    tabel = gedocumenteerd()
    klassen = {cls.code: cls.__name__ for cls in (WikFout, *WikFout.__subclasses__())}
    assert tabel == klassen
    assert FOUTEN == {code: getattr(fouten, naam) for code, naam in tabel.items()}


def test_elke_klasse_heeft_een_eigen_code():
    codes = [cls.code for cls in WikFout.__subclasses__()]
    assert len(codes) == len(set(codes)) and "ongeldige_invoer" not in codes


@pytest.mark.parametrize("cls", sorted(FOUTEN.values(), key=lambda c: c.code))
def test_klasse_geeft_haar_code_in_het_antwoord(cls):
    fout = cls("Tekst.", "veld")
    assert isinstance(fout, ValueError) and isinstance(fout, WikFout)
    assert fout.als_json() == {"fout": {"code": cls.code, "veld": "veld", "tekst": "Tekst."}}
    genest = fout.onder("berekening")
    assert type(genest) is cls and genest.veld == "berekening.veld" and genest.tekst == "Tekst."
    assert cls("Tekst.").onder("controle").veld == "controle"


def test_handle_geeft_de_code_van_de_klasse():
    antwoord = handle({"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
                       "vorderingen": [{"bedrag": "-1"}]})
    assert antwoord["fout"]["code"] == fouten.OngeldigBedrag.code == "ongeldig_bedrag"
