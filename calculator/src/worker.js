// The rekentool's module worker: it owns Pyodide and the `wik` package.
//
// Messages in:  {id, type: "handle", payload: <SPEC request as JSON text>}
// Messages out: {id, result} or {id, error: {code, tekst}}  (answers, matched by id)
//               {type: "voortgang", stap, tekst, fractie}    (while loading)
//               {type: "gereed", ms, python, start, stappen, bronnen, begin}
//                 (Python answers; start: "snapshot" or "koud"; stappen: ms per stage; bronnen: where
//                 each big file came from, "xz", "cache" or "netwerk"; begin: epoch ms)
//               {type: "bewaard"}           (a second later: the unpacked files are stored, see INGEPAKT)
//               {type: "fataal", tekst}                      (loading failed for good)
// Only JSON text crosses into Python and back, so no PyProxy outlives a call.
//
// Start-up, fastest first:
// 1. A memory snapshot in Cache Storage (made on an earlier visit, keyed on the Pyodide version and
//    this bundle's content hash): Python's memory with `wik` already imported, restored with the
//    private `_loadSnapshot` option of the pinned Pyodide. The snapshot's SHA-256 is checked, and a
//    known calculation must give its known answer before the snapshot is trusted.
// 2. Otherwise (no snapshot, a stale, corrupt or refused one, no Cache Storage): a normal start with
//    `_makeSnapshot`; a second after Python is ready (the first answers are out by then) every wik
//    module is imported and `makeMemorySnapshot()` is stored for the next visit.
// Both use the trimmed standard library and lock file of this bundle (the hook builds them).
//
// The two big files, pyodide.asm.wasm and python_stdlib.zip, come compressed with xz on a first
// visit (see INGEPAKT below).

const VERSIE = "@PYODIDE_VERSIE@";
/** Runtime files live in ../../pyodide/<version>/ beside this bundle (the build fills in the version). */
const RUNTIME = new URL(`../../pyodide/${VERSIE}/`, import.meta.url).href;
const PAKKET = new URL("./wik.zip", import.meta.url).href;
const STDLIB = new URL("./python_stdlib.zip", import.meta.url).href;
const LOCK = new URL("./pyodide-lock.json", import.meta.url).href;
/** The bundle's folder name is its content hash: a new wik, stdlib or script gives a new key. */
const BUNDEL = new URL("./", import.meta.url).pathname.split("/").filter(Boolean).pop();
const SNAPSHOT_CACHE = "wik-rekentool-snapshot";
const SNAPSHOT_URL = new URL(`./snapshot-pyodide-${VERSIE}.bin`, import.meta.url).href;
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

// Before a snapshot: every wik module (the contract imports them lazily by name), so it holds them all.
const ALLE_MODULES = `
import importlib, pkgutil
for _m in pkgutil.iter_modules(wik.__path__):
    importlib.import_module("wik." + _m.name)
`;

const start = performance.now();
/** Milliseconds since the worker started, per stage (in the `gereed` message, for the benchmark). */
const stappen = {};
const mijlpaal = (naam) => { stappen[naam] = Math.round(performance.now() - start); };
const bestandsnaam = (url) => url.split("/").pop();

// The big files, compressed: hook.py ships each also as <name>.xz (1.2 MB less to download than
// gzip). As soon as this worker starts, a worker of its own (uitpakker.js: xz-embedded in wasm)
// fetches each .xz copy and unpacks it while pyodide.mjs loads here, and Pyodide's own fetch of
// the plain URL gets the unpacked bytes. A second after Python is ready the plain files go into
// Cache Storage ("wik-uitgepakt", this worker's, like the snapshot's) under their own URLs, so a
// later visit unpacks nothing. A missing or broken .xz, or a decoder that fails: the plain file
// from the network, as if none of this existed.
const UITGEPAKT_CACHE = "wik-uitgepakt";
const INGEPAKT = new Map([
  [RUNTIME + "pyodide.asm.wasm", { type: "application/wasm" }],
  [STDLIB, { type: "application/zip" }],
]);
const netwerk = self.fetch.bind(self);
/** Where each big file came from this time: "cache", "xz" or "netwerk" (in the `gereed` message). */
const bronnen = {};

/** Cache Storage, or null where there is none (an opaque origin, a private mode that refuses it). */
function cacheStorage() {
  try {
    return self.caches ?? null; // reading `caches` itself throws in an opaque origin (a sandboxed iframe)
  } catch {
    return null;
  }
}

/** One cache by name, or null where Cache Storage is missing or refuses. */
async function openCache(naam) {
  return cacheStorage()?.open(naam).catch(() => null) ?? null;
}

/** The stored copy of `url` in any cache, or undefined. */
async function uitCache(url) {
  return cacheStorage()?.match(url).catch(() => undefined);
}

// Imported now, beside pyodide.mjs: not a static import, which would hold up this whole worker.
const werker = import("./werker.js");
werker.catch(() => {}); // awaited in pakXzUit, which falls back to the plain file

/** The unpacked bytes of `url`.xz, from a short-lived worker (its fetch and memory end with it). */
async function pakXzUit(url) {
  const { moduleWorker } = await werker;
  return new Promise((resolve, reject) => {
    const uitpakker = moduleWorker(new URL("./uitpakker.js", import.meta.url), "wik-uitpakker");
    uitpakker.onmessage = ({ data: bericht }) => {
      uitpakker.terminate();
      if (bericht?.data instanceof ArrayBuffer) resolve(bericht.data);
      else reject(new Error(bericht?.fout || "geen antwoord"));
    };
    uitpakker.onerror = (event) => {
      event.preventDefault();
      uitpakker.terminate();
      reject(new Error(event.message || "uitpakker.js start niet"));
    };
    uitpakker.postMessage({ url: url + ".xz" });
  });
}

/** One big file: {bron: "cache"} when stored, else {bron: "xz", data} unpacked, else {bron: "netwerk"}. */
async function bereidVoor(url) {
  if (await uitCache(url)) return { bron: "cache" };
  try {
    const data = await pakXzUit(url);
    mijlpaal(`${bestandsnaam(url)} uitgepakt`);
    return { bron: "xz", data };
  } catch (fout) {
    console.warn(`rekentool: ${bestandsnaam(url)}.xz niet bruikbaar, het gewone bestand:`, fout?.message || fout);
    return { bron: "netwerk" };
  }
}

for (const [url, soort] of INGEPAKT) soort.klaar = bereidVoor(url);

// Pyodide fetches its files with the global fetch, each time it starts (twice when a snapshot is refused).
self.fetch = async (invoer, opties) => {
  const url = invoer instanceof Request ? invoer.url : String(invoer);
  const soort = INGEPAKT.get(url);
  if (!soort) return netwerk(invoer, opties);
  const { bron, data } = await soort.klaar;
  bronnen[bestandsnaam(url)] = bron;
  if (bron === "xz") return new Response(data, { headers: { "content-type": soort.type } });
  if (bron === "cache") {
    const bewaard = await uitCache(url);
    if (bewaard) return bewaard;
  }
  return netwerk(invoer, opties);
};

/** After the start: the unpacked files into Cache Storage, and out of memory; those of other builds
 *  are dropped. (The page registers the service worker only after this, so it never caches a .xz
 *  copy whose plain file is stored.) */
async function bewaarUitgepakt() {
  const cache = await openCache(UITGEPAKT_CACHE); // none (an opaque origin): unpacked again next time
  try {
    for (const oud of await cache?.keys() ?? []) {
      if (!INGEPAKT.has(oud.url)) await cache.delete(oud);
    }
  } catch {
    // a cache that fails now fails at put below too, and says so there
  }
  for (const [url, soort] of INGEPAKT) {
    const { bron, data } = await soort.klaar;
    if (bron !== "xz") continue;
    soort.klaar = Promise.resolve({ bron: "netwerk" });
    if (!cache) continue;
    try {
      await cache.put(url, new Response(data, { headers: { "content-type": soort.type } }));
      soort.klaar = Promise.resolve({ bron: "cache" });
    } catch (fout) {
      console.warn(`rekentool: ${bestandsnaam(url)} niet bewaard:`, fout?.message || fout); // unpacked again next time
    }
  }
}

/** @param {string} stap @param {string} tekst @param {number} fractie */
function voortgang(stap, tekst, fractie) {
  self.postMessage({ type: "voortgang", stap, tekst, fractie });
}

async function haal(url) {
  const antwoord = await fetch(url);
  if (!antwoord.ok) throw new Error(`${url.split("/").pop()}: HTTP ${antwoord.status}`);
  return antwoord.arrayBuffer();
}

/** @param {ArrayBuffer | Uint8Array} data */
async function sha256(data) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The stored snapshot's entry for this Pyodide version and bundle, or null (a stale one is dropped). */
async function zoekSnapshot(cache) {
  try {
    const antwoord = await cache?.match(SNAPSHOT_URL);
    if (!antwoord) return null;
    if (antwoord.headers.get("x-wik-bundel") !== BUNDEL || antwoord.headers.get("x-wik-pyodide") !== VERSIE) {
      await cache.delete(SNAPSHOT_URL);
      return null;
    }
    return antwoord;
  } catch {
    return null;
  }
}

/** The snapshot's bytes, checked against its SHA-256 (read while the runtime compiles). */
async function leesSnapshot(antwoord) {
  const data = new Uint8Array(await antwoord.arrayBuffer());
  if (await sha256(data) !== antwoord.headers.get("x-wik-sha256")) throw new Error("controlesom klopt niet");
  mijlpaal("snapshot gelezen");
  return data;
}

/** Store a snapshot for the next visit, and drop those of other bundles (each is tens of MB). */
async function bewaarSnapshot(cache, data) {
  try {
    for (const oud of await cache.keys()) {
      if (oud.url !== SNAPSHOT_URL) await cache.delete(oud);
    }
    await cache.put(SNAPSHOT_URL, new Response(data, { headers: {
      "content-type": "application/octet-stream", "x-wik-bundel": BUNDEL, "x-wik-pyodide": VERSIE,
      "x-wik-sha256": await sha256(data) } }));
  } catch (fout) {
    console.warn("rekentool: snapshot niet bewaard:", fout?.message || fout); // quota: next visit starts normally
  }
}

/** Put `wik` on Python's file system (also after a snapshot: the files are not in memory). */
function pakUit(pyodide, zip) {
  pyodide.unpackArchive(zip, "zip", { extractDir: PAKKETMAP });
}

async function startPython(loadPyodide, extra) {
  return loadPyodide({ indexURL: RUNTIME, stdLibURL: STDLIB, lockFileURL: LOCK, packages: [], ...extra });
}

// Start: snapshot when there is a good one, else a normal start that makes one.
async function laad() {
  const pakket = haal(PAKKET);
  pakket.catch(() => {}); // awaited below; avoid an unhandled rejection while the runtime loads
  const runtime = import(RUNTIME + "pyodide.mjs"); // first: the cache lookup need not hold it up
  runtime.catch(() => {}); // awaited below
  const cache = await openCache(SNAPSHOT_CACHE);
  voortgang("runtime", "Python wordt geladen", 0.1);
  const [{ loadPyodide }, gevonden] = await Promise.all([runtime, zoekSnapshot(cache)]);
  mijlpaal("pyodide.mjs");
  voortgang("runtime", "Python start op", 0.3);

  if (gevonden) {
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
      await cache?.delete(SNAPSHOT_URL).catch(() => {});
    }
  }

  const pyodide = await startPython(loadPyodide, cache ? { _makeSnapshot: true } : {});
  mijlpaal("loadPyodide");
  voortgang("pakket", "Rekenmodule wordt geladen", 0.8);
  pakUit(pyodide, await pakket);
  pyodide.runPython(PYTHON_BRUG);
  mijlpaal("wik");
  const handle = pyodide.globals.get("_wik_handle");
  // The snapshot is made once the first answers are out: no part of the first visit's wait. Python
  // has then touched no JavaScript object (only JSON text crossed), which a snapshot requires.
  const maak = cache ? () => {
    pyodide.runPython(ALLE_MODULES);
    return pyodide.makeMemorySnapshot();
  } : null;
  return { pyodide, handle, soort: "koud", maak };
}

async function opstart() {
  const { pyodide, handle, soort, maak } = await laad();
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  voortgang("gereed", "Klaar", 1);
  mijlpaal("gereed");
  self.postMessage({ type: "gereed", ms: Math.round(performance.now() - start), python, start: soort, stappen,
    bronnen, begin: Math.round(performance.timeOrigin + start) });
  setTimeout(async () => {
    await bewaarUitgepakt(); // first: without these a snapshot does not spare the next visit much
    self.postMessage({ type: "bewaard" });
    if (maak) {
      try {
        const data = maak();
        await bewaarSnapshot(await openCache(SNAPSHOT_CACHE), data);
      } catch (fout) {
        console.warn("rekentool: geen snapshot gemaakt:", fout?.message || fout); // the next visit starts normally
      }
    }
  }, 1000);
  return handle;
}

const gereed = opstart();
gereed.catch((fout) => {
  self.postMessage({ type: "fataal", tekst: `De rekenmodule kon niet laden (${fout && fout.message || fout}).` });
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
