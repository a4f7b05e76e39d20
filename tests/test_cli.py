"""The command line (``python -m wik``): help, bad input, exit status."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hulp import ROOT, bereken


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


def test_antwoord_met_losse_surrogaat_wordt_ascii():
    """An answer echoing a lone surrogate cannot be UTF-8: it is written with JSON escapes instead."""
    from wik.__main__ import _json
    assert _json({"fout": {"tekst": "\ud800"}}) == b'{\n  "fout": {\n    "tekst": "\\ud800"\n  }\n}\n'
