"""MkDocs hook: pictures drawn at build time, as inline SVG, from the ``wik`` engine.

A page writes a marker on a line of its own, and this hook replaces it with a ``<figure>``:

- ``{{ grafiek_traject 2026-11-02 14 consument }}``: the six steps as a timeline, with the days
  between them, from ``wik.traject.handle_traject`` (the same dates as the planner and the table
  ``{{ wik_traject … }}``);
- ``{{ grafiek_staffel }}``: the WIK fee and the fee as a percentage of the hoofdsom, against the
  hoofdsom on a log scale, with the minimum and the maximum marked, from ``wik.incassokosten.staffel``;
- ``{{ grafiek_rente 10000.00 2017-12-31 2024 }}``: how a debt grows with the wettelijke rente, with and
  without compounding (art. 6:119 lid 2 BW), from ``wik.contract.handle``; a table with the same
  figures follows the picture.

No chart library, no script and no request to another host: plain SVG with presentation
attributes (the site's Content-Security-Policy forbids inline ``style``). Each SVG has
``role="img"``, a ``<title>`` and a ``<desc>`` (``aria-labelledby``), scales with its ``viewBox``
(``width="100%"``, no pixel width) and is followed or preceded by a table with the same figures.
Points carry ``data-…`` attributes with the engine's values, so tests/test_docs_getallen.py can
recompute them. A marker left over or an engine error stops the build.

This file holds only the marker table; each chart lives in a helper module (``_grafiek_traject``,
``_grafiek_staffel``, ``_grafiek_rente``; drawing helpers in ``_svg``, the dispatch in ``_markers``),
imported by name because MkDocs puts this folder on ``sys.path`` while it loads the hook.
"""


from __future__ import annotations

import re

from _grafiek_rente import rente
from _grafiek_staffel import staffel
from _grafiek_traject import traject
from _markers import vervanger

MARKER = re.compile(r"^\{\{\s*grafiek_([a-z_]+)((?:\s+[^\s{}]+)*)\s*\}\}\s*$", re.MULTILINE)
RESTANT = re.compile(r"\{\{\s*grafiek")

GENERATOREN = {"traject": traject, "staffel": staffel, "rente": rente}

on_page_markdown = vervanger("grafiek", MARKER, RESTANT, GENERATOREN,
                             "een grafiek-marker is niet vervangen (staat hij op een eigen regel?)")
