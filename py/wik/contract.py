"""Contract: the one entry point, ``handle(request) -> response``, JSON in and out.

The same function serves the command line, the browser worker and the embed
API (py/README.md, "The contract"). It never raises: bad input gives
``{"fout": {"code", "veld", "tekst"}}`` with a Dutch message, and so does a
request that is too large or too deeply nested.

>>> handle({"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
...         "vorderingen": [{"kenmerk": "A", "bedrag": "10000"}]})["incassokosten"]["bedrag"]
'875.00'
>>> handle({"actie": "rekenen"})["fout"]["veld"]
'actie'
>>> handle([1, 2])["fout"]["code"]
'ongeldig_verzoek'

``handle_json`` takes and gives JSON text (the browser worker uses it); it refuses deep
nesting before parsing, so a hostile request cannot exhaust the stack:

>>> json.loads(handle_json("[" * 3000 + "]" * 3000))["fout"]["code"]
'te_groot'
"""

from __future__ import annotations

import json
import re
from decimal import localcontext
from typing import TYPE_CHECKING

from . import bereken, brieven, controle, invoer, tarieven, traject
from .fouten import InterneFout, OngeldigVerzoek, OntbrekendVeld, TeGroot, WikFout
from .geld import Json

if TYPE_CHECKING:  # pragma: no cover (collections.abc is not in the browser's trimmed standard library)
    from collections.abc import Callable

#: actie → the function that answers it (each checks its own request and raises a ``WikFout``).
ACTIES: dict[str, Callable[[Json], Json]] = {
    "bereken": bereken.bereken,
    "brief": brieven.handle_brief,
    "traject": traject.handle_traject,
    "tarieven": tarieven.handle_tarieven,
    "controleer": controle.handle_controleer,
}
MAX_KNOPEN = 5000  # values in one request
MAX_DIEPTE = 8  # nesting of objects and lists
MAX_TEKST = 2000  # characters in one string


def handle(verzoek: object) -> Json:
    """Answer one request of the JSON contract; never raises."""
    try:
        _niet_te_groot(verzoek)
        if not isinstance(verzoek, dict):
            raise OngeldigVerzoek('Een verzoek is een JSON-object, zoals {"actie": "bereken", ...}.', None)
        if "actie" not in verzoek:
            raise OntbrekendVeld('Het veld "actie" ontbreekt. Kies uit "bereken", "brief", "traject", "tarieven" '
                                 'of "controleer".',
                          "actie")
        actie = invoer.keuze(verzoek["actie"], "actie", tuple(ACTIES))
        if actie == "tarieven":
            invoer.object_(verzoek, "", {"actie"})
        with localcontext() as context:
            context.prec = 60  # decades of compounding on a large claim outgrow the default 28 digits
            return ACTIES[actie](verzoek)
    except WikFout as fout:
        return fout.als_json()
    except Exception:  # pragma: no cover - a bug must still give an answer, not a traceback
        return InterneFout("Er ging iets mis in de berekening. Controleer de invoer of probeer het opnieuw.",
                       None).als_json()


def _niet_te_groot(verzoek: object) -> None:
    """Refuse oversized or deeply nested requests before any rule looks at them."""
    stapel, knopen = [(verzoek, 0)], 0
    while stapel:
        waarde, diepte = stapel.pop()
        knopen += 1
        if knopen > MAX_KNOPEN or diepte > MAX_DIEPTE:
            raise TeGroot("Het verzoek is te groot of te diep genest.", None)
        if isinstance(waarde, str) and len(waarde) > MAX_TEKST:
            raise TeGroot(f"Een tekst in het verzoek is langer dan {MAX_TEKST} tekens.", None)
        if isinstance(waarde, dict):
            stapel.extend((v, diepte + 1) for v in waarde.values())
            stapel.extend((k, diepte + 1) for k in waarde)
        elif isinstance(waarde, list):
            stapel.extend((v, diepte + 1) for v in waarde)


_TEKST = re.compile(r'"(?:[^"\\]|\\.)*"')
_HAAK = re.compile(r"[\[\]{}]")


def _te_diep(tekst: str) -> bool:
    """Whether JSON text nests deeper than ``MAX_DIEPTE``; counted without parsing (no recursion)."""
    diepte = 0
    for haak in _HAAK.findall(_TEKST.sub("", tekst)):
        diepte += 1 if haak in "[{" else -1
        if diepte > MAX_DIEPTE + 1:
            return True
    return False


def handle_json(tekst: str) -> str:
    """``handle`` on JSON text, answering JSON text; never raises, also not on deep nesting."""
    if _te_diep(tekst):
        antwoord = TeGroot("Het verzoek is te groot of te diep genest.", None).als_json()
    else:
        try:
            antwoord = handle(json.loads(tekst))
        except (ValueError, RecursionError):
            antwoord = OngeldigVerzoek("Het verzoek is geen geldige JSON.", None).als_json()
    return json.dumps(antwoord, ensure_ascii=False)
