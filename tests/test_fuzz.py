# Over 200 lines: one hostile-input family per test, with its generators beside it.
"""Hostile input: ``handle`` and ``python -m wik`` never crash and never guess.

Every answer to any JSON value must be either a well-formed response or
``{"fout": {"code", "veld", "tekst"}}`` with a non-empty code and a Dutch text
(py/README.md, "Errors"). The command line must never print a traceback,
must exit 0 or 2, and must print JSON.
"""

from __future__ import annotations

import copy
import json
import math
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_eigenschappen import optelfouten, vorm_fouten
from test_referentie import Kies, maak_verzoek
from wik import handle

ROOT = Path(__file__).resolve().parents[1]
SNEL = settings(max_examples=400, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Python's own words in an error text mean an exception leaked into the message.
PYTHON_WOORDEN = ("Traceback", "NoneType", "object has no attribute", "not subscriptable",
                  "KeyError", "TypeError", "ValueError", "invalid literal", "unhashable",
                  "object is not", "RecursionError", "decimal.", "InvalidOperation", "<class")
BEREKEN_SLEUTELS = {"hoofdsom", "rente", "incassokosten", "betalingen", "totaal", "meldingen"}


def probleem(verzoek, antwoord) -> str | None:
    """Why an answer is not acceptable, or None."""
    if not isinstance(antwoord, dict):
        return f"answer is {type(antwoord).__name__}, not a dict"
    try:
        json.dumps(antwoord, allow_nan=False)
    except (TypeError, ValueError) as e:
        return f"answer is not JSON-safe: {e}"
    if "fout" in antwoord:
        fout = antwoord["fout"]
        if set(antwoord) != {"fout"}:
            return f"fout answer has more keys: {sorted(antwoord)}"
        if not isinstance(fout, dict) or not {"code", "veld", "tekst"} <= set(fout):
            return f"fout lacks code/veld/tekst: {fout!r}"
        if not (isinstance(fout["code"], str) and fout["code"]):
            return f"fout.code empty: {fout!r}"
        if not (isinstance(fout["tekst"], str) and len(fout["tekst"].strip()) >= 10):
            return f"fout.tekst empty or too short: {fout!r}"
        if fout["veld"] is not None and not isinstance(fout["veld"], str):
            return f"fout.veld not a string: {fout!r}"
        if any(w in fout["tekst"] for w in PYTHON_WOORDEN):
            return f"fout.tekst leaks a Python error: {fout['tekst']!r}"
        if len(fout["tekst"]) > 2000:
            return f"fout.tekst is {len(fout['tekst'])} characters long"
        return None
    if isinstance(verzoek, dict) and verzoek.get("actie") == "bereken":
        if not BEREKEN_SLEUTELS <= set(antwoord):
            return f"bereken answer lacks {BEREKEN_SLEUTELS - set(antwoord)}"
        fouten = vorm_fouten(antwoord) + optelfouten(verzoek, antwoord)
        if fouten:
            return f"bereken answer malformed: {fouten[:3]}"
    return None


def roep(verzoek):
    try:
        antwoord = handle(verzoek)
    except BaseException as e:  # noqa: BLE001 - anything escaping handle is the failure
        return f"handle raised {type(e).__name__}: {str(e)[:200]}"
    return probleem(verzoek, antwoord)


def kort(x, n=300) -> str:
    try:
        t = json.dumps(x)
    except (TypeError, ValueError, RecursionError):
        t = repr(x)
    return t if len(t) <= n else t[:n] + f"... ({len(t)} chars)"


# --- any JSON value at all ----------------------------------------------------------

SLEUTELS = st.sampled_from(["actie", "debiteur", "vorderingen", "betalingen", "peildatum", "rente",
                            "kosten", "btw", "kenmerk", "bedrag", "vervaldatum", "datum", "soort",
                            "percentage", "waarde", "samengesteld", "verhogen", "max_incl_btw",
                            "verschuldigd_vanaf", "berekening", "verzenddatum", "factuurdatum",
                            "betaaltermijn_dagen", "schuldeiser", "schuldenaar"]) | st.text(max_size=8)
WAARDEN = st.sampled_from(["bereken", "brief", "traject", "tarieven", "consument", "bedrijf", "overheid",
                           "wettelijk", "handels", "contractueel", "geen", "wik", "vast", "1234.56", "0",
                           "-0", "0.001", "1e999", "NaN", "2026-02-30", "2025-01-31", "veertiendagenbrief"])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | WAARDEN,
    lambda kind: st.lists(kind, max_size=5) | st.dictionaries(SLEUTELS, kind, max_size=6),
    max_leaves=30)


@SNEL
@given(JSON)
def test_willekeurige_json(waarde):
    assert roep(waarde) is None, kort(waarde)


@settings(SNEL, max_examples=200)  # generating these is the slow part, not handle
@given(st.dictionaries(SLEUTELS, JSON, max_size=8).map(lambda d: {**d, "actie": "bereken"}))
def test_willekeurige_bereken(waarde):
    assert roep(waarde) is None, kort(waarde)


# --- valid requests with one part made hostile -------------------------------------

VIJANDIG = [
    None, True, False, 0, 1, -1, 10 ** 400, -(10 ** 400), 1.5, 0.1, math.nan, math.inf, -math.inf,
    "", " ", "1e999", "-0", "0", "0.00", "0.001", "1.234", "1,50", "1.234,56", "€ 12", "+5", "5.",
    ".5", "1_000", "０１２", "٣", "1000000000.01", "1000000000", "99999999999999999999", "NaN", "Infinity",
    "2026-02-30", "2026-13-01", "2025-1-1", "1989-12-31", "2101-01-01", "0000-01-01", "2026-11-23T00:00",
    "20261123", "x" * 100_000, "\x00", "\ud800", "🙂" * 50, "DROP TABLE", "<script>", "onbekend",
    [], [None], {}, {"x": 1}, ["2025-01-01"], [[[]]],
]


def paden(x, pad=()):
    yield pad
    if isinstance(x, dict):
        for k, v in x.items():
            yield from paden(v, pad + (k,))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from paden(v, pad + (i,))


def zet(x, pad, waarde):
    if not pad:
        return waarde
    x = copy.deepcopy(x)
    doel = x
    for p in pad[:-1]:
        doel = doel[p]
    doel[pad[-1]] = waarde
    return x


def muteer(rnd: random.Random) -> dict:
    verzoek = maak_verzoek(Kies(rnd=rnd))
    if rnd.random() < 0.2:  # a letter around the calculation
        verzoek = {"actie": "brief", "soort": rnd.choice(["veertiendagenbrief", "herinnering", "aanmaning",
                                                          "ingebrekestelling"]),
                   "berekening": verzoek, "verzenddatum": "2026-11-23",
                   "schuldeiser": {"naam": "Bakkerij De Korenaar"}, "schuldenaar": {"naam": "J. Jansen"}}
    alle = list(paden(verzoek))
    for _ in range(rnd.randint(1, 3)):
        pad = rnd.choice(alle)
        keus = rnd.random()
        if keus < 0.7:
            verzoek = zet(verzoek, pad, rnd.choice(VIJANDIG))
        elif keus < 0.85:
            doel = verzoek
            for p in pad:
                doel = doel[p] if isinstance(doel, (dict, list)) else doel
            if isinstance(doel, dict):
                doel[rnd.choice(["onbekend", "Bedrag", "bedrag ", "kenmerk", "x"])] = rnd.choice(VIJANDIG)
        else:
            if pad:
                ouder = verzoek
                for p in pad[:-1]:
                    ouder = ouder[p]
                try:
                    del ouder[pad[-1]]
                except (KeyError, IndexError, TypeError):
                    pass
        alle = list(paden(verzoek))
    return verzoek


def test_gemuteerde_verzoeken():
    fout = []
    for seed in range(3000):
        verzoek = muteer(random.Random(seed))
        p = roep(verzoek)
        if p:
            fout.append((seed, p, kort(verzoek, 400)))
    assert fout == [], f"{len(fout)} bad answers; first: {fout[:5]}"


# --- specific hostile requests with a known answer ---------------------------------

def geldig(**extra) -> dict:
    verzoek = {"actie": "bereken", "debiteur": "consument",
               "vorderingen": [{"kenmerk": "A", "bedrag": "100.00", "vervaldatum": "2025-01-31"}],
               "peildatum": "2025-06-30"}
    verzoek.update(extra)
    return verzoek


def vordering(bedrag) -> dict:
    return geldig(vorderingen=[{"kenmerk": "A", "bedrag": bedrag, "vervaldatum": "2025-01-31"}])


def diep(n: int, soort=list):
    x = [] if soort is list else {}
    for _ in range(n):
        x = [x] if soort is list else {"a": x}
    return x


FOUT_VERWACHT = [  # (name, request, expected fout.code or None for "any code", expected veld or None)
    ("negatief", vordering("-5"), None, "vorderingen[0].bedrag"),
    ("nul", vordering("0"), None, "vorderingen[0].bedrag"),
    ("min nul", vordering("-0"), None, "vorderingen[0].bedrag"),
    ("drie decimalen", vordering("0.001"), None, "vorderingen[0].bedrag"),
    ("1e999", vordering("1e999"), None, "vorderingen[0].bedrag"),
    ("float", vordering(12.5), None, "vorderingen[0].bedrag"),
    ("int", vordering(12), None, "vorderingen[0].bedrag"),
    ("NaN", vordering(math.nan), None, "vorderingen[0].bedrag"),
    ("inf", vordering(math.inf), None, "vorderingen[0].bedrag"),
    ("te groot", vordering("1000000000.01"), None, "vorderingen[0].bedrag"),
    ("komma", vordering("12,50"), None, "vorderingen[0].bedrag"),
    ("tekst", vordering("twaalf"), None, "vorderingen[0].bedrag"),
    ("leeg", vordering(""), None, "vorderingen[0].bedrag"),
    ("fullwidth cijfers", vordering("１２"), None, "vorderingen[0].bedrag"),
    ("30 februari", geldig(peildatum="2026-02-30"), None, "peildatum"),
    ("datum 1989", geldig(peildatum="1989-12-31"), None, "peildatum"),
    ("datum 2101", geldig(peildatum="2101-01-01"), None, "peildatum"),
    ("datum met tijd", geldig(peildatum="2026-11-23T00:00"), None, "peildatum"),
    ("geen vorderingen", geldig(vorderingen=[]), None, "vorderingen"),
    ("vorderingen geen lijst", geldig(vorderingen={"kenmerk": "A"}), None, "vorderingen"),
    ("onbekende sleutel", geldig(onbekend=1), "onbekend_veld", None),
    ("onbekende sleutel in vordering",
     geldig(vorderingen=[{"kenmerk": "A", "bedrag": "1", "vervaldatum": "2025-01-31", "x": 1}]), "onbekend_veld", None),
    ("onbekende actie", {"actie": "vermenigvuldig"}, None, "actie"),
    ("geen actie", {"debiteur": "consument"}, None, None),
    ("onbekende debiteur", geldig(debiteur="hond"), None, "debiteur"),
    ("onbekende rentesoort", geldig(rente={"soort": "woeker"}), None, "rente.soort"),
    ("contractueel zonder percentage", geldig(rente={"soort": "contractueel"}), None, None),
    ("betaling onbekende vordering",
     geldig(betalingen=[{"bedrag": "10", "datum": "2025-03-01", "kenmerk": "ZZZ"}]), None, "betalingen[0].kenmerk"),
    ("101 vorderingen",
     geldig(vorderingen=[{"kenmerk": f"F{i}", "bedrag": "1", "vervaldatum": "2025-01-31"} for i in range(101)]),
     None, None),
    ("201 betalingen", geldig(betalingen=[{"bedrag": "1", "datum": "2025-03-01"}] * 201), None, None),
    ("diepe lijst", geldig(onbekend=diep(10_000)), None, None),
    ("diep object", geldig(rente=diep(10_000, dict)), None, None),
    ("diep verzoek", diep(10_000, dict), None, None),
    ("enorme lijst", geldig(vorderingen=[None] * 1_000_000), None, None),
    ("lange tekst", geldig(debiteur="x" * 1_000_000), "te_groot", None),
    ("geen dict: lijst", [1, 2], None, None),
    ("geen dict: tekst", "bereken", None, None),
    ("geen dict: None", None, None, None),
    ("sleutel geen tekst", {1: "bereken"}, None, None),
    ("brief voor vervaldatum",
     {"actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": "2025-01-31",
      "berekening": geldig(), "schuldeiser": {"naam": "X"}, "schuldenaar": {"naam": "Y"}}, None, "verzenddatum"),
]


def test_bekende_fouten():
    fout = []
    for naam, verzoek, code, veld in FOUT_VERWACHT:
        p = roep(verzoek)
        if p:
            fout.append(f"{naam}: {p}")
            continue
        antwoord = handle(verzoek)
        if "fout" not in antwoord:
            fout.append(f"{naam}: no fout, got keys {sorted(antwoord)[:6]}")
            continue
        if code is not None and antwoord["fout"]["code"] != code:
            fout.append(f"{naam}: code {antwoord['fout']['code']!r}, expected {code!r}")
        if veld is not None and antwoord["fout"]["veld"] != veld:
            fout.append(f"{naam}: veld {antwoord['fout']['veld']!r}, expected {veld!r}")
    assert fout == []


def test_te_groot():
    """Oversized or deeply nested requests answer with the code te_groot."""
    codes = {naam: handle(v)["fout"]["code"] for naam, v in [
        ("diep", geldig(onbekend=diep(10_000))), ("diep verzoek", diep(10_000, dict)),
        ("enorme lijst", geldig(vorderingen=[{"kenmerk": "A", "bedrag": "1"}] * 1_000_000))]}
    assert codes == {"diep": "te_groot", "diep verzoek": "te_groot", "enorme lijst": "te_groot"}


# --- the command line ---------------------------------------------------------------

def cli(invoer: bytes, timeout=60):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "py")}
    return subprocess.run([sys.executable, "-m", "wik"], input=invoer, capture_output=True, env=env,
                          cwd=ROOT, timeout=timeout)


def groot_document() -> bytes:
    claim = '{"kenmerk": "F", "bedrag": "1234.56", "vervaldatum": "2025-01-31"},'
    n = 5_000_000 // len(claim)
    return ('{"actie": "bereken", "vorderingen": [' + claim * n + '{"kenmerk": "G", "bedrag": "1"}]}').encode()


CLI_INVOER = [
    ("leeg", b""),
    ("spatie", b"   \n"),
    ("geen json", b"dit is geen json"),
    ("half object", b'{"actie": "bereken", '),
    ("binair", bytes(random.Random(1).getrandbits(8) for _ in range(4096))),
    ("ongeldige utf-8", b'{"actie": "\xff\xfe"}'),
    ("bom", b'\xef\xbb\xbf{"actie": "tarieven"}'),
    ("NaN", b'{"actie": "bereken", "vorderingen": [{"kenmerk": "A", "bedrag": NaN}]}'),
    ("1e999 getal", b'{"actie": "bereken", "vorderingen": [{"kenmerk": "A", "bedrag": 1e999}]}'),
    ("groot getal", b'{"actie": "bereken", "x": ' + b"9" * 5000 + b"}"),
    ("lijst", b"[1, 2, 3]"),
    ("null", b"null"),
    ("twee objecten", b'{"actie": "tarieven"} {"actie": "tarieven"}'),
    ("dubbele sleutel", b'{"actie": "bereken", "actie": "tarieven"}'),
    ("diep lijst", b"[" * 100_000 + b"]" * 100_000),
    ("diep object", b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
    ("5 MB", groot_document()),
]


@pytest.mark.parametrize("naam,invoer", CLI_INVOER, ids=[n for n, _ in CLI_INVOER])
def test_cli_vijandig(naam, invoer):
    uit = cli(invoer)
    stdout, stderr = uit.stdout.decode("utf-8", "replace"), uit.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stdout + stderr, stderr[-2000:]
    assert uit.returncode in (0, 2), (uit.returncode, stderr[-500:])
    antwoord = json.loads(stdout)
    assert probleem(None, antwoord) is None, kort(antwoord)
    if uit.returncode == 2:
        assert "fout" in antwoord
    else:
        assert "fout" not in antwoord


def test_cli_geldig_en_fout():
    goed = cli(json.dumps(geldig()).encode())
    slecht = cli(json.dumps(vordering("-1")).encode())
    assert (goed.returncode, "hoofdsom" in json.loads(goed.stdout)) == (0, True)
    assert (slecht.returncode, json.loads(slecht.stdout)["fout"]["veld"]) == (2, "vorderingen[0].bedrag")


def test_fouttekst_noemt_json_niet_python():
    """A fout text quotes what the visitor sent in JSON terms (null, true, {"a": 1}),
    not in Python's (None, True, {'a': 1}): the visitor never wrote "None"."""
    basis = {"actie": "bereken", "debiteur": "consument", "peildatum": "2025-05-01"}
    fout = []
    for waarde in (None, True, False, {"a": 1}, ["x"]):
        for veld in ("bedrag", "vervaldatum"):
            claim = {"kenmerk": "A", "bedrag": "1", "vervaldatum": "2025-01-31", veld: waarde}
            tekst = handle({**basis, "vorderingen": [claim]})["fout"]["tekst"]
            if any(w in tekst for w in ("None", "True", "False", "{'", "['")):
                fout.append(f"{veld}={json.dumps(waarde)}: {tekst}")
    for sleutel, waarde in (("actie", None), ("debiteur", None)):
        tekst = handle({**basis, "vorderingen": [{"kenmerk": "A", "bedrag": "1", "vervaldatum": "2025-01-31"}],
                        sleutel: waarde})["fout"]["tekst"]
        if "None" in tekst:
            fout.append(f"{sleutel}=null: {tekst}")
    assert fout == []


def test_cli_willekeurige_unicode_met_losse_surrogaten():
    """Arbitrary Unicode, lone surrogates included, in keys and values: an answer, never a traceback.

    A lone surrogate (``\\ud800``) is valid in a JSON escape but cannot be written as UTF-8; the
    command line then writes the answer with JSON escapes.
    """
    rnd = random.Random(20261130)
    tekens = ["\ud800", "\udfff", "\u00e9", "\u20ac", "\U0001f600", "\x00", "\u200b", "\ufffe", "a", '"', "\\"]
    for _ in range(8):
        woord = "".join(rnd.choice(tekens) for _ in range(rnd.randint(1, 8)))
        for verzoek in ({"actie": "bereken", f"d\u00e9biteur{woord}": 1},
                        {"actie": woord},
                        {"actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": "2026-11-23",
                         "berekening": {"debiteur": "consument", "rente": {"soort": "geen"},
                                        "vorderingen": [{"kenmerk": woord, "bedrag": "100", "vervaldatum": "2026-10-01"}]},
                         "schuldeiser": {"naam": woord}, "schuldenaar": {"naam": woord}}):
            uit = cli(json.dumps(verzoek).encode("ascii"))
            stderr = uit.stderr.decode("utf-8", "replace")
            assert "Traceback" not in stderr and uit.returncode in (0, 2), (woord, stderr[-500:])
            antwoord = json.loads(uit.stdout.decode("utf-8"))
            assert ("fout" in antwoord) == (uit.returncode == 2)


def test_handle_json_diep_genest_en_gelijk_aan_handle():
    """The browser's entry (JSON text in and out) refuses deep nesting before parsing: no stack overflow."""
    from wik.contract import handle_json
    for tekst in ("[" * 3000 + "]" * 3000, '{"a":' * 5000 + "1" + "}" * 5000,
                  '{"actie": "bereken", "vorderingen": ' + "[" * 20 + "]" * 20 + "}"):
        assert json.loads(handle_json(tekst))["fout"]["code"] == "te_groot"
    assert json.loads(handle_json("{geen json"))["fout"]["code"] == "ongeldig_verzoek"
    for verzoek in (geldig(), vordering("-1"), {"actie": "tarieven"}, {"actie": "bereken", "x": ']"}{[\\"'}):
        assert json.loads(handle_json(json.dumps(verzoek))) == handle(verzoek)
