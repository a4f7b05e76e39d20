"""Controlepunten (findings): the debtor's check as a list of plain-Dutch points, and its verdict.

Each point has a code, a text for a person without legal training, and the article or ruling
it rests on. The verdict is the worst finding: ``niet_verschuldigd`` (costs asked that are not
owed at all), ``te_hoog``, ``onzeker`` (what the check cannot decide, with what to look for),
else ``klopt``. A possibly time-barred claim is a warning, never a verdict (art. 3:307 BW: five
years for payment under an agreement; art. 7:28 BW: two years for a consumer sale; art. 3:317
BW: a written reminder interrupts the term, so the letter history decides).

The words of a 14-day letter's term are classified by phrase, not guessed: "na ontvangst" or
the Hoge Raad's "vanaf de dag nadat deze brief bij u is bezorgd" are safe; "na dagtekening",
"na verzending", "na heden" or "na de datum van deze brief" are too short (HR 25-11-2016,
ECLI:NL:HR:2016:2704); anything else is unknown.

>>> termijn_woorden("Betaal binnen 14 dagen na dagtekening"), termijn_woorden("binnen veertien dagen na ontvangst")
('fout', 'goed')
>>> termijn_woorden("zo snel mogelijk")
'onbekend'
"""

from __future__ import annotations

import re
from datetime import date

from . import invoer
from .geld import Json, Melding
from .termijnen import datum_nl
from .traject import verjaring

_GOED = ("na ontvangst", "nadat deze brief bij u is bezorgd", "na de dag van ontvangst", "na bezorging",
         "nadat u deze brief heeft ontvangen", "nadat u deze brief hebt ontvangen", "na de dag van bezorging")
_FOUT = ("dagtekening", "na verzending", "na heden", "na datum", "na de datum", "na briefdatum", "van deze brief",
         "na vandaag", "na verzenddatum")
ORDE = ("klopt", "onzeker", "te_hoog", "niet_verschuldigd")


def termijn_woorden(tekst: str) -> str:
    """``goed``, ``fout`` or ``onbekend``: how the letter counts its fourteen days."""
    schoon = re.sub(r"\s+", " ", tekst.lower())
    if any(w in schoon for w in _FOUT) and not any(w in schoon for w in _GOED):
        return "fout"
    if any(w in schoon for w in _GOED):
        return "goed"
    return "onbekend"


class Punten:
    """The findings so far, and the verdict they add up to."""

    def __init__(self) -> None:
        self.lijst: list[Melding] = []
        self._ergste = "klopt"

    def _punt(self, soort: str, code: str, tekst: str, artikel: str) -> None:
        self.lijst.append({"code": code, "soort": soort, "tekst": tekst, "artikel": artikel})
        if ORDE.index(soort) > ORDE.index(self._ergste):
            self._ergste = soort

    def niet(self, code: str, tekst: str, artikel: str) -> None:
        self._punt("niet_verschuldigd", code, tekst, artikel)

    def te_hoog(self, code: str, tekst: str, artikel: str) -> None:
        self._punt("te_hoog", code, tekst, artikel)

    def onzeker(self, code: str, tekst: str, artikel: str) -> None:
        self._punt("onzeker", code, tekst, artikel)

    def waarschuwing(self, code: str, tekst: str, artikel: str) -> None:
        self.lijst.append({"code": code, "soort": "waarschuwing", "tekst": tekst, "artikel": artikel})

    def oordeel(self) -> str:
        return self._ergste

    def verjaring(self, verzoek: Json, debiteur: str) -> None:
        """A warning when a claim fell due long ago (art. 3:307, 7:28, 3:317 BW); never a verdict."""
        peildatum = invoer.datum(verzoek["peildatum"], "peildatum")
        data = [invoer.datum(v["vervaldatum"], "") for v in verzoek["vorderingen"]
                if isinstance(v, dict) and "vervaldatum" in v]
        if not data:
            return
        oudste = min(data)
        grens = verjaring(oudste, debiteur == "consument")  # the same dates as the planner's
        vijf = peildatum >= date.fromisoformat(grens["datum"])
        if vijf or (grens["consumentenkoop"] and peildatum >= date.fromisoformat(grens["consumentenkoop"])):
            termijn = ("vijf jaar (art. 3:307 BW)" if vijf else
                       "twee jaar als het om een koop van spullen door een consument gaat (art. 7:28 BW)")
            self.waarschuwing("mogelijk_verjaard", f"De oudste factuur moest op {datum_nl(oudste)} betaald zijn. Een "
                              f"vordering kan verjaren na {termijn}. Elke schriftelijke aanmaning of erkenning "
                              "begint die termijn opnieuw (art. 3:317 BW). Vraag het Juridisch Loket of de vordering "
                              "verjaard kan zijn voordat u betaalt.", "art. 3:307, 3:317 en 7:28 BW")
