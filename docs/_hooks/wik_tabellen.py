"""MkDocs hook: every amount, rate and date on the pages comes from the ``wik`` engine.

A page writes a marker where a number belongs, and this hook replaces it at build time
with Markdown made from the engine's answer (``wik.handle``, the JSON contract of py/README.md):

- inline: ``{{ wik_kosten 1234.56 }}`` → ``€ 185,18``; ``{{ wik_minimum }}``, ``{{ wik_maximum }}``,
  ``{{ wik_termijn 2026-03-06 bezorgdatum }}`` → ``dinsdag 10 maart 2026`` (also ``veertiende_dag``,
  the 14th day after delivery before Atw art. 1 moves it), ``{{ wik_gecontroleerd }}``,
  ``{{ wik_laatste_tarief }}``, ``{{ wik_grens_kleine_termijnen }}``, ``{{ wik_termijnkosten_maximum }}``;
- tables: ``{{ wik_staffel }}``, ``{{ wik_voorbeelden }}``, ``{{ wik_een_brief 150 200 }}``,
  ``{{ wik_btw }}``, ``{{ wik_afwijken }}``, ``{{ wik_tarieven }}``, ``{{ wik_rente_voorbeeld }}``,
  ``{{ wik_betaling_voorbeeld }}``, ``{{ wik_bezorging }}``, ``{{ wik_postnormen 2026-03-04 … }}``,
  ``{{ wik_kleine_termijnen 50.00 6 }}``, ``{{ wik_traject 2026-11-02 14 consument }}`` (add
  ``zonder-afspraak`` for a consumer without an agreed payment term), ``{{ wik_verjaring 2026-11-02 14
  consument }}`` (when the planner's example is time-barred, without and with stuiting);
- inline from the planner: ``{{ wik_traject_dagen 2026-11-02 14 consument 1 3 }}`` → the days from step 1 to 3;
  ``{{ wik_oninbaar 2026-11-02 14 consument uiterlijk }}`` → a year after the uiterste betaaldag (art. 29 Wet OB;
  also ``betaaldag``, ``maand``, ``kwartaal``);
- the engine's own 14-day letter: ``{{ wik_brief 2026-03-06 }}``.

Each table sits in ``<div class="wik-tabel" data-wik="<naam>">``, each inline value in
``<span class="wik-getal" data-wik="<naam> <args>">``, so tests/test_docs_getallen.py can find
and recompute every one of them. Table markers go on a line of their own. The hook fails the build loudly,
never silently: an unknown marker, a marker left over, a missing engine or an engine error stops ``mkdocs build``.

This file holds only the marker table; the generators live in helper modules by topic (``_kosten``,
``_rente``, ``_termijnen``, ``_traject``; engine access in ``_motor``, the dispatch in ``_markers``),
imported by name because MkDocs puts this folder on ``sys.path`` while it loads the hook.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# `mkdocs serve` loads the hooks again on every rebuild, but Python keeps the helper modules they
# import: forget them first, so an edit to a helper shows without restarting the server. (This
# hook is listed first in mkdocs.yml; wik_grafieken.py then finds the fresh ones.)
for _helper in Path(__file__).parent.glob("_*.py"):
    sys.modules.pop(_helper.stem, None)

from _kosten import (  # noqa: E402 - after forgetting the old helpers, above
    afwijken,
    btw,
    een_brief,
    grens_kleine_termijnen,
    kleine_termijnen,
    kosten,
    maximum,
    minimum,
    staffel,
    termijnkosten_maximum,
    voorbeelden,
)
from _markers import vervanger  # noqa: E402
from _rente import betaling_voorbeeld, gecontroleerd, laatste_tarief, rente_voorbeeld, tarieven  # noqa: E402
from _termijnen import bezorging, brief, postnormen, termijn  # noqa: E402
from _traject import oninbaar, traject, traject_dagen, verjaring  # noqa: E402

MARKER = re.compile(r"\{\{\s*wik_([a-z_]+)((?:\s+[^\s{}]+)*)\s*\}\}")
RESTANT = re.compile(r"\{\{\s*wik")

GENERATOREN = {
    "kosten": kosten, "minimum": minimum, "maximum": maximum, "termijn": termijn,
    "gecontroleerd": gecontroleerd, "laatste_tarief": laatste_tarief,
    "staffel": staffel, "voorbeelden": voorbeelden, "een_brief": een_brief, "btw": btw,
    "afwijken": afwijken, "tarieven": tarieven, "rente_voorbeeld": rente_voorbeeld,
    "betaling_voorbeeld": betaling_voorbeeld, "bezorging": bezorging, "traject": traject, "brief": brief,
    "postnormen": postnormen, "kleine_termijnen": kleine_termijnen,
    "grens_kleine_termijnen": grens_kleine_termijnen, "termijnkosten_maximum": termijnkosten_maximum,
    "traject_dagen": traject_dagen, "verjaring": verjaring, "oninbaar": oninbaar,
}
#: Markers that stand inside a sentence: wrapped in <span data-wik="naam args"> for the tests.
INLINE = {"kosten", "minimum", "maximum", "termijn", "gecontroleerd", "laatste_tarief", "grens_kleine_termijnen",
          "termijnkosten_maximum", "traject_dagen", "oninbaar"}

on_page_markdown = vervanger("wik", MARKER, RESTANT, GENERATOREN, "een wik-marker is niet vervangen: {rest!r}…",
                             inline=INLINE)
