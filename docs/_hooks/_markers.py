"""Marker dispatch shared by the hooks (helper module, not a hook: not listed in mkdocs.yml).

A page writes ``{{ <soort>_<naam> args }}``; the hook built here replaces it with the Markdown of the
generator called ``naam``. It fails the build loudly, never silently: an unknown marker, wrong arguments
or a marker left over stops ``mkdocs build``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from mkdocs.exceptions import PluginError


def vervanger(soort: str, marker: re.Pattern, restant: re.Pattern, generatoren: dict[str, Callable[..., str]],
              restant_fout: str, inline: Collection[str] = ()) -> Callable[..., str]:
    """An ``on_page_markdown`` hook for the markers ``{{ <soort>_<naam> args }}``.

    ``marker`` captures the name and the arguments; ``generatoren`` maps each name to its generator. A name
    in ``inline`` stands inside a sentence: wrapped in ``<span data-wik="naam args">`` for the tests.
    ``restant_fout`` is the message when ``restant`` still matches afterwards (``{rest}``: the text found).
    """

    def on_page_markdown(markdown: str, page, config, files) -> str:
        waar = page.file.src_uri

        def vervang(m: re.Match) -> str:
            naam, args = m[1], m[2].split()
            generator = generatoren.get(naam)
            if generator is None:
                raise PluginError(f"{waar}: onbekende marker '{soort}_{naam}'")
            try:
                tekst = generator(*args)
            except TypeError as fout:
                raise PluginError(f"{waar}: marker '{soort}_{naam}' met verkeerde argumenten {args}: {fout}") from fout
            if naam in inline:
                return f'<span class="wik-getal" data-wik="{" ".join([naam, *args])}">{tekst}</span>'
            return tekst

        markdown = marker.sub(vervang, markdown)
        rest = restant.search(markdown)
        if rest:
            raise PluginError(f"{waar}: " + restant_fout.format(rest=rest[0]))
        return markdown

    return on_page_markdown
