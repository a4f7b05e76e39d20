// The rekentool's module worker, part 1 of 3: the message protocol and the start-up. It owns
// Pyodide and the `wik` package. The big files and their cache: uitgepakt.js; the snapshot: snapshot.js.
//
// Messages in:  {id, type: "handle", payload: <request as JSON text>}
// Messages out: {id, result} or {id, error: {code, tekst}}  (answers, matched by id)
//               {type: "voortgang", stap, tekst, fractie}    (while loading)
//               {type: "gereed", ms, python, start, stappen, bronnen, begin}
//                 (Python answers; start: "snapshot", "koud" or "vers"; stappen: ms per stage; bronnen:
//                 where each big file came from, "xz", "cache" or "netwerk"; begin: epoch ms)
//               {type: "bewaard"}           (a second later: the unpacked files are stored)
//               {type: "fataal", tekst, status}  (loading failed; status: the HTTP status that stopped it)
// Only JSON text crosses into Python and back, so no PyProxy outlives a call.
//
// Start-up, fastest first:
// 1. A memory snapshot (snapshot.js), when a good one is stored: a known calculation must give its
//    known answer before it is used.
// 2. Otherwise a normal start with `_makeSnapshot`; a second after Python is ready every wik module
//    is imported and `makeMemorySnapshot()` is stored for the next visit.
// 3. A fresh start (worker name ending in ":vers"; the page's Motor starts one when a worker hung):
//    no snapshot read, no cache, every file from the network.
// All use the trimmed standard library and lock file of this bundle (the build makes them).

import { RUNTIME, STDLIB, VERS, bewaarUitgepakt, bronnen, mijlpaal, openCache, stappen, startTijd } from "./uitgepakt.js";
import { SNAPSHOT_CACHE, bewaarSnapshot, leesSnapshot, vergeetSnapshot, zoekSnapshot } from "./snapshot.js";

const PAKKET = new URL("./wik.zip", import.meta.url).href;
const LOCK = new URL("./pyodide-lock.json", import.meta.url).href;
const MAX_VERZOEK = 1_000_000; // characters of JSON; far above 40 claims with long names
const PAKKETMAP = "/home/pyodide/wik-pakket";

const PYTHON_BRUG = `
import json, sys
sys.path.insert(0, ${JSON.stringify(PAKKETMAP)})
import wik

from wik.contract import handle_json

def _wik_handle(tekst):
    try:  # handle_json refuses deep nesting before parsing: no stack overflow in the browser
        return handle_json(tekst)
    except Exception as fout:  # the engine should never raise; if it does, answer as data
        return json.dumps({"fout": {"code": "interne_fout", "veld": None,
                                    "tekst": "Er ging iets mis in de rekenmodule: " + type(fout).__name__ + "."}})
`;

// A restored snapshot must give this answer before it is used (the WIK staffel on € 10.000).
const PROEF = JSON.stringify({ actie: "bereken", debiteur: "consument", rente: { soort: "geen" },
  vorderingen: [{ kenmerk: "P", bedrag: "10000.00" }] });
const PROEF_KOSTEN = "875.00";

// Before a snapshot: every wik module, so it holds them all.
const ALLE_MODULES = `
import importlib, pkgutil
for _m in pkgutil.iter_modules(wik.__path__):
    importlib.import_module("wik." + _m.name)
`;

/** @param {string} stap @param {string} tekst @param {number} fractie */
function voortgang(stap, tekst, fractie) {
  self.postMessage({ type: "voortgang", stap, tekst, fractie });
}

/** A failed fetch, with its HTTP status (a 404 of a bundle file: the page is of an older deploy). */
class HttpFout extends Error {
  constructor(url, status) {
    super(`${url.split("/").pop()}: HTTP ${status}`);
    this.status = status;
  }
}

async function haal(url) {
  const antwoord = await fetch(url);
  if (!antwoord.ok) throw new HttpFout(url, antwoord.status);
  return antwoord.arrayBuffer();
}

/** Put `wik` on Python's file system (also after a snapshot: the files are not in memory). */
function pakUit(pyodide, zip) {
  pyodide.unpackArchive(zip, "zip", { extractDir: PAKKETMAP });
}

async function startPython(loadPyodide, extra) {
  return loadPyodide({ indexURL: RUNTIME, stdLibURL: STDLIB, lockFileURL: LOCK, packages: [], ...extra });
}

/** From the snapshot, or null when it is refused (then it is dropped). */
async function uitSnapshot(loadPyodide, cache, gevonden, pakket) {
  try {
    // A promise: Pyodide awaits it only after it has started fetching and compiling the runtime.
    const data = leesSnapshot(gevonden);
    data.catch(() => {}); // a bad checksum rejects loadPyodide below; not an unhandled rejection
    const pyodide = await startPython(loadPyodide, { _loadSnapshot: data });
    mijlpaal("loadPyodide");
    pakUit(pyodide, await pakket);
    const handle = pyodide.globals.get("_wik_handle");
    if (JSON.parse(handle(PROEF))?.incassokosten?.bedrag !== PROEF_KOSTEN) throw new Error("proefberekening klopt niet");
    return { pyodide, handle, soort: "snapshot" };
  } catch (fout) {
    console.warn("rekentool: snapshot geweigerd, normale start:", fout?.message || fout);
    await vergeetSnapshot(cache);
    return null;
  }
}

// Start: snapshot when there is a good one, else a normal start that makes one.
async function laad() {
  const pakket = haal(PAKKET);
  pakket.catch(() => {}); // awaited below; avoid an unhandled rejection while the runtime loads
  const runtime = import(RUNTIME + "pyodide.mjs"); // first: the cache lookup need not hold it up
  runtime.catch(() => {}); // awaited below
  const cache = VERS ? null : await openCache(SNAPSHOT_CACHE);
  voortgang("runtime", "Python wordt geladen", 0.1);
  const [{ loadPyodide }, gevonden] = await Promise.all([runtime, zoekSnapshot(cache)]);
  mijlpaal("pyodide.mjs");
  voortgang("runtime", "Python start op", 0.3);

  if (gevonden) {
    const klaar = await uitSnapshot(loadPyodide, cache, gevonden, pakket);
    if (klaar) return klaar;
  }
  const snapshotCache = VERS ? await openCache(SNAPSHOT_CACHE) : cache;
  const pyodide = await startPython(loadPyodide, snapshotCache ? { _makeSnapshot: true } : {});
  mijlpaal("loadPyodide");
  voortgang("pakket", "Rekenmodule wordt geladen", 0.8);
  pakUit(pyodide, await pakket);
  pyodide.runPython(PYTHON_BRUG);
  mijlpaal("wik");
  const handle = pyodide.globals.get("_wik_handle");
  // The snapshot is made once the first answers are out: no part of the first visit's wait. Python
  // has then touched no JavaScript object (only JSON text crossed), which a snapshot requires.
  const maak = snapshotCache ? () => {
    pyodide.runPython(ALLE_MODULES);
    return bewaarSnapshot(snapshotCache, pyodide.makeMemorySnapshot());
  } : null;
  return { pyodide, handle, soort: VERS ? "vers" : "koud", maak };
}

async function opstart() {
  const { pyodide, handle, soort, maak } = await laad();
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  voortgang("gereed", "Klaar", 1);
  mijlpaal("gereed");
  self.postMessage({ type: "gereed", ms: Math.round(performance.now() - startTijd), python, start: soort, stappen,
    bronnen, begin: Math.round(performance.timeOrigin + startTijd) });
  setTimeout(async () => {
    await bewaarUitgepakt(); // first: without these a snapshot does not spare the next visit much
    self.postMessage({ type: "bewaard" });
    try {
      await maak?.();
    } catch (fout) {
      console.warn("rekentool: geen snapshot gemaakt:", fout?.message || fout); // the next visit starts normally
    }
  }, 1000);
  return handle;
}

const gereed = opstart();
gereed.catch((fout) => {
  self.postMessage({ type: "fataal", tekst: `De rekenmodule kon niet laden (${fout && fout.message || fout}).`,
    status: fout?.status ?? null });
});

self.onmessage = async (event) => {
  const { id, type, payload } = event.data || {};
  let handle;
  try {
    handle = await gereed;
  } catch {
    self.postMessage({ id, error: { code: "niet_geladen", tekst: "De rekenmodule is niet geladen." } });
    return;
  }
  try {
    if (type === "handle") {
      const tekst = typeof payload === "string" ? payload : JSON.stringify(payload ?? null);
      if (tekst.length > MAX_VERZOEK) {
        self.postMessage({ id, result: { fout: { code: "te_groot", veld: null,
          tekst: "Het verzoek is te groot om uit te rekenen." } } });
        return;
      }
      self.postMessage({ id, result: JSON.parse(handle(tekst)) });
    } else {
      self.postMessage({ id, error: { code: "onbekend_type", tekst: `Onbekend berichttype ${JSON.stringify(type)}.` } });
    }
  } catch (fout) {
    self.postMessage({ id, error: { code: "interne_fout", tekst: String(fout && fout.message || fout) } });
  }
};
