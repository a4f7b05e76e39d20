"""MkDocs hook: the rekentool on partner sites.

What it does:

- ``site/embed.js``: the loader partners paste (``calculator/embed/embed.js``), at a stable URL
  in the site's root, so ``<script src="https://<site>/embed.js" async>`` keeps working. It and
  the embed page's script get the engine's lists put in (``gedeeld.vervang``).
- ``site/assets/embed/<hash>/``: the script and stylesheet of the chrome-less page ``/embed/``
  (``template: embed.html``, from ``calculator/templates/``), under a content hash.

The Content-Security-Policy on every page (also /embed/'s wider one) is csp_hook.py's.
"""

from __future__ import annotations

import logging
from pathlib import Path

import bundels  # calculator/bundels.py: MkDocs puts a hook's folder on sys.path while loading it
import gedeeld
from bouwhulp import CALCULATOR, BouwFout, lees_bestanden
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.embed")

EMBED = CALCULATOR / "embed"
LOADER = "embed.js"
#: Files of the embed page, served from assets/embed/<hash>/.
PAGINA_BESTANDEN = ("embed-page.js", "embed-page.css")
TEMPLATE = "embed.html"
MARKER = "@WIK_SITE_URL@"
#: Shown in the snippet when the build has no site_url (a local build).
VOORBEELD_ADRES = "https://voorbeeld.github.io/incasso-wijzer"

_bundel: dict | None = None


def bundel() -> dict:
    """{"hash": …, "bestanden": {naam: bytes}} for assets/embed/<hash>/, and "loader": the text of embed.js."""
    global _bundel
    if _bundel is None:
        try:
            bestanden = lees_bestanden(EMBED, PAGINA_BESTANDEN)
            bestanden["embed-page.js"] = gedeeld.vervang(bestanden["embed-page.js"].decode()).encode()
            loader = gedeeld.vervang((EMBED / LOADER).read_text(encoding="utf-8"))
        except BouwFout as fout:
            raise PluginError(str(fout)) from fout
        _bundel = {"hash": bundels.inhoudshash(bestanden), "bestanden": bestanden, "loader": loader}
    return _bundel


def on_config(config):
    global _bundel
    _bundel = None
    bundel()
    return config


def on_serve(server, config, builder):
    server.watch(str(EMBED))
    server.watch(str(CALCULATOR / "templates"))
    return server


def on_page_markdown(markdown: str, page, config, files) -> str:
    """``@WIK_SITE_URL@`` in a page: the site's public address (``site_url``), for the snippet."""
    if MARKER not in markdown:
        return markdown
    adres = (config.get("site_url") or "").rstrip("/")
    if not adres:
        log.info("embed: site_url is leeg; de voorbeeldcode toont %s", VOORBEELD_ADRES)
        adres = VOORBEELD_ADRES
    return markdown.replace(MARKER, adres + "/")


def on_page_context(context, page, config, nav):
    """Give the embed template the (relative) URLs of its script and stylesheet."""
    if page.meta.get("template") == TEMPLATE:
        basis = f"assets/embed/{bundel()['hash']}/"
        context["wik_embed"] = {naam.split(".")[-1]: get_relative_url(basis + naam, page.url)
                                for naam in PAGINA_BESTANDEN}
    return context


def on_post_build(config) -> None:
    site = Path(config["site_dir"])
    b = bundel()
    (site / LOADER).write_text(b["loader"], encoding="utf-8")
    bundels.schrijf(site / "assets" / "embed", b["hash"], b["bestanden"])
