"""Drawing helpers shared by the charts of the wik_grafieken hook: colours, short labels and SVG elements.

Helper module, not a hook (not listed in mkdocs.yml). No chart library, no script and no request to another
host: plain SVG with presentation attributes (the site's Content-Security-Policy forbids inline ``style``).
"""

from __future__ import annotations

import html
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from _motor import _engine

# Colours on white, each at least 4,5:1 (text) or 3:1 (lines): Material's indigo, a dark orange, greys.
INDIGO = "#283593"  # 10,2:1
ORANJE = "#a04000"  # 6,4:1
GRIJS = "#4d4d4d"  # 8,5:1
RASTER = "#d0d0d0"  # decoration only
LETTER = "sans-serif"
MAANDEN_KORT = ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")


def euro_heel(bedrag: Decimal) -> str:
    """``€ 1.234`` (whole euros, half up), the engine's Dutch notation without the cents."""
    heel = Decimal(bedrag).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return _engine().geld.euro(heel).removesuffix(",00")


def datum_kort(dag: date) -> str:
    return f"{dag.day} {MAANDEN_KORT[dag.month - 1]} {dag.year}"


def t(x: float, y: float, tekst: str, *, grootte: int = 14, anker: str = "start", kleur: str = "#000",
      vet: bool = False, schuin: bool = False) -> str:
    extra = (' font-weight="bold"' if vet else "") + (' font-style="italic"' if schuin else "")
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{grootte}" text-anchor="{anker}" fill="{kleur}"'
            f'{extra}>{html.escape(tekst)}</text>')


def lijn(x1, y1, x2, y2, kleur=RASTER, dikte=1.0, streep: str = "") -> str:
    s = f' stroke-dasharray="{streep}"' if streep else ""
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{kleur}" '
            f'stroke-width="{dikte}"{s}/>')


def figuur(naam: str, titel: str, beschrijving: str, breedte: int, hoogte: int, inhoud: list[str],
           bijschrift: str) -> str:
    """A ``<figure>`` with an accessible SVG, as one raw-HTML block (no blank lines inside)."""
    tid, did = f"grafiek-{naam}-titel", f"grafiek-{naam}-uitleg"
    svg = (f'<svg class="wik-grafiek__svg" viewBox="0 0 {breedte} {hoogte}" width="100%" role="img" '
           f'aria-labelledby="{tid} {did}" font-family="{LETTER}" xmlns="http://www.w3.org/2000/svg">'
           f'<title id="{tid}">{html.escape(titel)}</title><desc id="{did}">{html.escape(beschrijving)}</desc>'
           + "".join(inhoud) + "</svg>")
    return (f'\n<figure class="wik-grafiek wik-grafiek--{naam}" data-wik="grafiek-{naam}">{svg}'
            f"<figcaption>{bijschrift}</figcaption></figure>\n")
