"""The command line: one JSON request on stdin, the JSON answer on stdout.

Exit status 0 for an answer, 2 for a ``fout`` answer (bad input). Never a traceback.
"""

from __future__ import annotations

import json
import sys

from .contract import handle
from .fouten import OngeldigeJson, OngeldigeOptie, TeGroot, WikFout
from .geld import Json

HULP = """\
Gebruik: python -m wik < verzoek.json

Leest één verzoek (JSON) van standaardinvoer en schrijft het antwoord (JSON)
naar standaarduitvoer. Exitcode 0 bij een antwoord, 2 bij een fout in de invoer.

Acties: "bereken" (incassokosten, rente, betalingen, totaal en wat nu verschuldigd is),
"brief" (herinnering, veertiendagenbrief, aanmaning, ingebrekestelling, betalingsregeling;
voor de schuldenaar: bezwaar, voorstel_betalingsregeling), "traject" (de zes stappen met
datums), "tarieven" (de rentetabel) en "controleer" (mag een incassobrief deze kosten
vragen?). Bedragen zijn tekst met een punt ("1234.56"), datums ISO ("2026-11-23").

Voorbeeld:
  echo '{"actie": "bereken", "debiteur": "consument",
         "vorderingen": [{"kenmerk": "A", "bedrag": "10000"}],
         "rente": {"soort": "geen"}}' | python -m wik
  → "incassokosten": {"bedrag": "875.00", ...}
"""


def _lees(tekst: str) -> object:
    try:
        return json.loads(tekst)
    except (ValueError, RecursionError):
        raise OngeldigeJson("De invoer is geen geldige JSON.", None) from None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("-h", "--help"):
        sys.stdout.write(HULP)
        return 0
    if argv:
        antwoord = OngeldigeOptie(f"Onbekende optie {argv[0]!r}; gebruik --help.", None).als_json()
    else:
        try:
            tekst = sys.stdin.buffer.read(10_000_001)
            if len(tekst) > 10_000_000:
                raise TeGroot("De invoer is groter dan 10 MB.", None)
            antwoord = handle(_lees(tekst.decode("utf-8")))
        except UnicodeDecodeError:
            antwoord = OngeldigeJson("De invoer is geen UTF-8-tekst.", None).als_json()
        except WikFout as fout:
            antwoord = fout.als_json()
    sys.stdout.buffer.write(_json(antwoord))
    sys.stdout.flush()
    return 2 if "fout" in antwoord else 0


def _json(antwoord: Json) -> bytes:
    """The answer as UTF-8; text that cannot be UTF-8 (a lone surrogate echoed back) as JSON escapes."""
    tekst = json.dumps(antwoord, ensure_ascii=False, indent=2) + "\n"
    try:
        return tekst.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(antwoord, ensure_ascii=True, indent=2) + "\n").encode("ascii")


if __name__ == "__main__":  # pragma: no cover - exercised through subprocess in the tests
    sys.exit(main())
