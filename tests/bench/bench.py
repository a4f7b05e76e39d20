"""Benchmark of the rekentool against a bare Pyodide boot (issue 6). Not a test: it prints figures.

Run with ``make bench`` (it builds the site first). Everything is served from 127.0.0.1 and
driven in Debian's Chromium. Each cold run uses a new, empty browser profile; the repeat
visit reuses the profile of a cold run. Figures are medians of ``RUNS`` runs.

- bare boot: a page that only loads the pinned Pyodide (the same files the site ships)
  and computes one staffel in Python — the yardstick for every ratio below;
- first visit: navigation → first result of a prefilled calculation on /rekentool/;
- repeat visit: the same in the same profile, and whether the runtime came over the network;
- form usable: navigation → the first field of the form accepts typing;
- explanatory pages: whether they request any runtime file, and their weight next to a
  plain Material page built with the same theme settings;
- a full calculation (20 invoices, 10 payments, 10 years of interest) through the worker.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from chromium import ARGS, vind  # noqa: E402
from server import SiteServer  # noqa: E402

SITE = ROOT / "site"
PYODIDE = ROOT / "calculator" / "node_modules" / "pyodide"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
RUNTIME_NAMEN = ("pyodide.asm.wasm", "pyodide.asm.mjs", "python_stdlib", "pyodide.mjs", "wik")

KALE_PAGINA = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kale Pyodide</title></head>
<body><p id="uit">bezig</p><script type="module">
import { loadPyodide } from "./pyodide.mjs";
const py = await loadPyodide({ indexURL: "./" });
const bedrag = py.runPython(`
from decimal import Decimal, ROUND_HALF_UP
h = Decimal("10000"); fee = Decimal(0); van = Decimal(0)
for breedte, pct in ((2500, 15), (2500, 10), (5000, 5), (190000, 1), (None, Decimal("0.5"))):
    tot = None if breedte is None else van + breedte
    fee += max(Decimal(0), (h if tot is None else min(h, tot)) - van) * pct / 100
    van = tot
str(min(max(fee.quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal(40)), Decimal(6775)))`);
window.__eerste = performance.now();
document.getElementById("uit").textContent = bedrag;
</script></body></html>"""

EERSTE_UITKOMST = """document.addEventListener("wik-rekentool:uitkomst", (e) => {
  if (!window.__eerste && e.detail && e.detail.tab === "rekentool") window.__eerste = performance.now();
}, true);"""


def fragment(staat: dict) -> str:
    ruw = base64.urlsafe_b64encode(json.dumps(staat).encode()).decode().rstrip("=")
    return "#r=" + ruw


VOORBEELD = fragment({"tab": "rekentool", "debiteur": "consument", "peildatum": "2026-11-23",
                      "vorderingen": [{"kenmerk": "F-2026-014", "bedrag": "1.234,56", "vervaldatum": "2026-06-30"}]})


def gzip_grootte(pad: Path) -> int:
    return len(gzip.compress(pad.read_bytes(), compresslevel=6)) if pad.is_file() else 0


class Meting:
    """Network of one page: every response, whether it came from the network, and its gzip size."""

    def __init__(self, page, roots: dict[str, Path]):
        self.roots, self.antwoorden = roots, []
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.responseReceived", self._antwoord)

    def _antwoord(self, e):
        r = e["response"]
        uit_cache = r.get("fromDiskCache") or r.get("fromServiceWorker") or r.get("fromPrefetchCache") \
            or r.get("status") == 304
        self.antwoorden.append((r["url"], not uit_cache))

    def bestand(self, url: str) -> Path | None:
        delen = urlsplit(url)
        for prefix, root in self.roots.items():
            if url.startswith(prefix):
                pad = root / delen.path[len(urlsplit(prefix).path):]
                return pad / "index.html" if pad.is_dir() or delen.path.endswith("/") else pad
        return None

    def gzip_kb(self) -> float:
        return sum(gzip_grootte(self.bestand(u)) for u, net in self.antwoorden if net and self.bestand(u)) / 1024

    def runtime_van_netwerk(self) -> list[str]:
        return [u for u, net in self.antwoorden if net and any(n in u for n in RUNTIME_NAMEN)]

    def runtime_gevraagd(self) -> list[str]:
        return [u for u, _ in self.antwoorden if any(n in u for n in RUNTIME_NAMEN)]


def profiel(pw, map_: Path):
    return pw.chromium.launch_persistent_context(str(map_), executable_path=vind(), args=ARGS, headless=True,
                                                 locale="nl-NL", timezone_id="Europe/Amsterdam")


def bezoek(context, url: str, roots, wacht: str = "window.__eerste") -> tuple[float, Meting, object]:
    page = context.new_page()
    page.add_init_script(EERSTE_UITKOMST)
    meting = Meting(page, roots)
    page.goto(url)
    page.wait_for_function(wacht, timeout=120_000)
    return page.evaluate(wacht), meting, page


def kale_map(tmp: Path) -> Path:
    kaal = tmp / "kaal"
    kaal.mkdir()
    for naam in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        shutil.copy(PYODIDE / naam, kaal / naam)
    (kaal / "index.html").write_text(KALE_PAGINA, encoding="utf-8")
    return kaal


def material_map(tmp: Path) -> Path:
    """A plain Material page with the site's theme settings, for the page-weight comparison."""
    bron = tmp / "material"
    (bron / "docs").mkdir(parents=True)
    (bron / "docs" / "index.md").write_text("# Hallo\n\nEen gewone pagina.\n", encoding="utf-8")
    (bron / "mkdocs.yml").write_text("site_name: Kaal\ntheme:\n  name: material\n  language: nl\n  font: false\n"
                                      "plugins:\n  - search:\n      lang: nl\n", encoding="utf-8")
    subprocess.run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "-q", "-f", str(bron / "mkdocs.yml"),
                    "-d", str(bron / "site")], check=True)
    return bron / "site"


def grote_berekening() -> dict:
    vorderingen = [{"kenmerk": f"F-{i:03d}", "bedrag": f"{1000 + 37 * i}.{i:02d}",
                    "vervaldatum": f"{2016 + i % 4}-{1 + i % 12:02d}-15"} for i in range(20)]
    betalingen = [{"bedrag": "250.00", "datum": f"{2017 + i}-03-01"} for i in range(10)]
    return {"actie": "bereken", "debiteur": "bedrijf", "vorderingen": vorderingen, "betalingen": betalingen,
            "peildatum": "2026-11-23", "rente": {"soort": "handels"}}


def regel(naam: str, waarde: str, doel: str, verhouding: str = "") -> None:
    print(f"{naam:<44} {waarde:>14}   {doel:<22} {verhouding}")


def main() -> int:
    if not (SITE / "rekentool" / "index.html").exists():
        print("site/ is niet gebouwd: draai 'make build'.")
        return 1
    with tempfile.TemporaryDirectory() as t, sync_playwright() as pw:
        tmp = Path(t)
        kaal, material = kale_map(tmp), material_map(tmp)
        with SiteServer(SITE) as site, SiteServer(kaal, "/kaal/") as bare, SiteServer(material, "/kaal-material/") as mat:
            roots = {site.url: SITE, bare.url: kaal, mat.url: material}
            kaal_t, kaal_kb, eerste_t, eerste_kb, herhaal_t, herhaal_net = [], [], [], [], [], []
            for i in range(RUNS):
                with profiel(pw, tmp / f"kaal-{i}") as ctx:
                    t_, m, _ = bezoek(ctx, bare.url, roots)
                    kaal_t.append(t_), kaal_kb.append(m.gzip_kb())
                with profiel(pw, tmp / f"rekentool-{i}") as ctx:
                    t_, m, page = bezoek(ctx, site.url + "rekentool/" + VOORBEELD, roots)
                    eerste_t.append(t_), eerste_kb.append(m.gzip_kb())
                    page.close()
                    t_, m, page = bezoek(ctx, site.url + "rekentool/" + VOORBEELD, roots)
                    herhaal_t.append(t_), herhaal_net.append(m.runtime_van_netwerk())
                    if i == 0:
                        rekenen = page.evaluate("""async (verzoek) => {
                            const el = document.querySelector("wik-rekentool"); await el.ready;
                            const tijden = [];
                            for (let i = 0; i < 9; i++) { const t = performance.now(); await el.handle(verzoek);
                                tijden.push(performance.now() - t); }
                            return tijden.sort((a, b) => a - b)[4]; }""", grote_berekening())
            with profiel(pw, tmp / "vorm") as ctx:
                vorm = []
                for _ in range(RUNS):
                    page = ctx.new_page()
                    page.goto(site.url + "rekentool/", wait_until="commit")
                    vorm.append(page.wait_for_function("""() => { const i = document.querySelector(
                        "wik-rekentool input:not([disabled])"); return i && i.offsetParent !== null
                        ? performance.now() : false; }""", polling="raf", timeout=60_000).json_value())
                    page.close()
            with profiel(pw, tmp / "uitleg") as ctx:
                pagina_kb, runtime = {}, []
                for pad in ("", "incassokosten/", "rente/", "veertiendagenbrief/"):
                    t_, m, page = bezoek(ctx, site.url + pad, roots, wacht="document.readyState === 'complete'")
                    page.wait_for_timeout(500)
                    pagina_kb[pad or "home"] = m.gzip_kb()
                    runtime += m.runtime_gevraagd()
                    page.close()
                _, m, _ = bezoek(ctx, mat.url, roots, wacht="document.readyState === 'complete'")
                material_kb = m.gzip_kb()

    kaal_med = statistics.median(kaal_t)
    cpu = next((r.split(":", 1)[1].strip() for r in Path("/proc/cpuinfo").read_text().splitlines()
                if r.startswith("model name")), platform.processor())
    versie = subprocess.run([vind(), "--version"], capture_output=True, text=True).stdout.strip()
    print(f"Machine: {os.cpu_count()} cores, {cpu}; {versie}; {RUNS} koude runs per meting (mediaan)\n")
    regel("meting", "waarde", "doel", "verhouding tot kale boot")
    regel("kale Pyodide-boot, eerste antwoord", f"{kaal_med:.0f} ms", "(maatstaf)", "1.00")
    regel("kale Pyodide-boot, overdracht (gzip)", f"{statistics.median(kaal_kb) / 1024:.2f} MB", "(maatstaf)")
    e = statistics.median(eerste_t)
    regel("eerste bezoek, eerste uitkomst", f"{e:.0f} ms", "≤ 0.85 × kale boot", f"{e / kaal_med:.2f}")
    regel("eerste bezoek, overdracht (gzip)", f"{statistics.median(eerste_kb) / 1024:.2f} MB", "≤ 4.5 MB")
    h = statistics.median(herhaal_t)
    regel("herhaald bezoek, eerste uitkomst", f"{h:.0f} ms", "≤ 0.35 × kale boot", f"{h / kaal_med:.2f}")
    opnieuw = sum(1 for n in herhaal_net if n)
    regel("herhaald bezoek, runtime opnieuw gehaald", f"{opnieuw} van {RUNS}", "0 van " + str(RUNS))
    regel("formulier bruikbaar", f"{statistics.median(vorm):.0f} ms", "≤ 500 ms")
    regel("uitlegpagina's vragen runtime", "ja" if runtime else "nee", "nee")
    zwaarst = max(pagina_kb.values())
    regel("uitlegpagina, zwaarste (gzip)", f"{zwaarst:.0f} kB", f"≤ {material_kb + 50:.0f} kB",
          f"kale Material: {material_kb:.0f} kB")
    regel("volledige berekening in de worker", f"{rekenen:.1f} ms", "≤ 30 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
