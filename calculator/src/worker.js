// The rekentool's module worker: it owns Pyodide and the `wik` package.
//
// Messages in:  {id, type: "handle", payload: <SPEC request as JSON text>}
//               {id, type: "ping"}
// Messages out: {id, result} or {id, error: {code, tekst}}  (answers, matched by id)
//               {type: "voortgang", stap, tekst, fractie}    (while loading)
//               {type: "gereed", ms, python}                 (Python answers)
//               {type: "fataal", tekst}                      (loading failed for good)
// Only JSON text crosses into Python and back, so no PyProxy outlives a call.

/** Runtime files live in ../../pyodide/<version>/ beside this bundle (the build fills in the version). */
const RUNTIME = new URL("../../pyodide/@PYODIDE_VERSIE@/", import.meta.url).href;
const PAKKET = new URL("./wik.zip", import.meta.url).href;
const MAX_VERZOEK = 1_000_000; // characters of JSON; far above 40 claims with long names
const PAKKETMAP = "/home/pyodide/wik-pakket";

const PYTHON_BRUG = `
import json, sys
sys.path.insert(0, ${JSON.stringify(PAKKETMAP)})
import wik

def _wik_handle(tekst):
    try:
        verzoek = json.loads(tekst)
    except (ValueError, RecursionError):
        return json.dumps({"fout": {"code": "ongeldig_verzoek", "veld": None,
                                    "tekst": "Het verzoek is geen geldige JSON."}})
    try:
        antwoord = wik.handle(verzoek)
    except Exception as fout:  # the engine should never raise; if it does, answer as data
        antwoord = {"fout": {"code": "interne_fout", "veld": None,
                             "tekst": "Er ging iets mis in de rekenmodule: " + type(fout).__name__ + "."}}
    return json.dumps(antwoord, ensure_ascii=False)
`;

const start = performance.now();

/** @param {string} stap @param {string} tekst @param {number} fractie */
function voortgang(stap, tekst, fractie) {
  self.postMessage({ type: "voortgang", stap, tekst, fractie });
}

// Stage 1: fetch the package while the runtime starts (both in parallel).
async function haalPakket() {
  const antwoord = await fetch(PAKKET);
  if (!antwoord.ok) throw new Error(`wik.zip: HTTP ${antwoord.status}`);
  return antwoord.arrayBuffer();
}

// Stage 2: start Pyodide from our own origin.
async function startRuntime() {
  voortgang("runtime", "Python wordt geladen", 0.1);
  const { loadPyodide } = await import(RUNTIME + "pyodide.mjs");
  voortgang("runtime", "Python start op", 0.3);
  return loadPyodide({ indexURL: RUNTIME });
}

// Stage 3: unpack `wik`, import it, and keep one Python function to call.
async function laad() {
  const pakket = haalPakket();
  const pyodide = await startRuntime();
  voortgang("pakket", "Rekenmodule wordt geladen", 0.8);
  pyodide.unpackArchive(await pakket, "zip", { extractDir: PAKKETMAP });
  pyodide.runPython(PYTHON_BRUG);
  const handle = pyodide.globals.get("_wik_handle");
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  voortgang("gereed", "Klaar", 1);
  self.postMessage({ type: "gereed", ms: Math.round(performance.now() - start), python });
  return handle;
}

const gereed = laad();
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
    if (type === "ping") {
      self.postMessage({ id, result: "pong" });
    } else if (type === "handle") {
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
