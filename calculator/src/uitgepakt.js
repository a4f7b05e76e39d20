// The rekentool's worker, part 2 of 3: the two big files (pyodide.asm.wasm, python_stdlib.zip),
// their xz copies, the fetch wrapper that hands them to Pyodide, and their cache "wik-uitgepakt".
//
// The build ships each big file also as <name>.xz (1.2 MB less to download than gzip). As soon as
// the worker starts, a short-lived worker of its own (uitpakker.js: xz-embedded in wasm) fetches
// each .xz copy and unpacks it while pyodide.mjs loads, and Pyodide's own fetch of the plain URL
// gets the unpacked bytes. A second after Python is ready the plain files go into Cache Storage
// ("wik-uitgepakt") under their own URLs, so a later visit unpacks nothing.
//
// Nothing is trusted unchecked: a stored or unpacked file must have the size and SHA-256 the build
// wrote into GROOT below. A stored one that does not is deleted (and unpacked again); an unpacked
// one that does not, or a missing .xz or a decoder that fails: the plain file from the network.
// In a fresh start (the page's Motor restarts a worker that hung: worker name ending in ":vers")
// no cache is read and every fetch bypasses the HTTP cache and the service worker's caches.

const VERSIE = "@PYODIDE_VERSIE@";
/** {name: [size, sha256]} of the two big files; the build fills it in (calculator/bouw.py). */
const GROOT = /* @GROTE_BESTANDEN@ */ {};
export const RUNTIME = new URL(`../../pyodide/${VERSIE}/`, import.meta.url).href;
export const STDLIB = new URL("./python_stdlib.zip", import.meta.url).href;
const UITGEPAKT_CACHE = "wik-uitgepakt";
/** A fresh start: no snapshot, no caches (see motor.js). */
export const VERS = /:vers$/.test(self.name || "");

const INGEPAKT = new Map([
  [RUNTIME + "pyodide.asm.wasm", { type: "application/wasm" }],
  [STDLIB, { type: "application/zip" }],
]);
const netwerk = self.fetch.bind(self);
/** Where each big file came from this time: "cache", "xz" or "netwerk" (in the `gereed` message). */
export const bronnen = {};
const bestandsnaam = (url) => url.split("/").pop();

const begin = performance.now();
/** Milliseconds since the worker started, per stage (in the `gereed` message, for the benchmark). */
export const stappen = {};
export const mijlpaal = (naam) => { stappen[naam] = Math.round(performance.now() - begin); };
export const startTijd = begin;

/** Cache Storage, or null where there is none (an opaque origin, a private mode that refuses it). */
function cacheStorage() {
  try {
    return self.caches ?? null; // reading `caches` itself throws in an opaque origin (a sandboxed iframe)
  } catch {
    return null;
  }
}

/** One cache by name, or null where Cache Storage is missing or refuses. */
export async function openCache(naam) {
  return cacheStorage()?.open(naam).catch(() => null) ?? null;
}

/** @param {ArrayBuffer | Uint8Array} data @returns {Promise<string>} hex */
export async function sha256(data) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Whether `data` is the build's `url` (size first: a truncated or zeroed copy fails cheaply). Where
 *  there is no SubtleCrypto (a worker of a sandboxed frame, whose origin is opaque, has none and no
 *  Cache Storage either) the size has to do: unpacked bytes passed the xz stream's own CRC32 check. */
async function klopt(url, data) {
  const [grootte, hash] = GROOT[bestandsnaam(url)] || [];
  if (grootte !== data.byteLength) return false;
  return !self.crypto?.subtle || hash === await sha256(data);
}

// Imported now, beside pyodide.mjs: not a static import, which would hold up this whole worker.
const starter = import("./moduleworker.js");
starter.catch(() => {}); // awaited in pakXzUit, which falls back to the plain file

/** The unpacked bytes of `url`.xz, from a short-lived worker (its fetch and memory end with it). */
async function pakXzUit(url) {
  const { moduleWorker } = await starter;
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

/** The stored copy of `url`, checked; a bad one is deleted. @returns {Promise<ArrayBuffer | null>} */
async function uitCache(url) {
  try {
    const cache = await openCache(UITGEPAKT_CACHE);
    const antwoord = await cache?.match(url);
    if (!antwoord) return null;
    const data = await antwoord.arrayBuffer();
    if (await klopt(url, data)) return data;
    console.warn(`rekentool: ${bestandsnaam(url)} in de cache is beschadigd; opnieuw opgehaald`);
    await cache.delete(url);
  } catch {
    // an unreadable cache: as if there were none
  }
  return null;
}

/** One big file: {bron: "cache", data} when stored and sound, else {bron: "xz", data}, else {bron: "netwerk"}. */
async function bereidVoor(url) {
  if (VERS) return { bron: "netwerk" };
  const bewaard = await uitCache(url);
  if (bewaard) return { bron: "cache", data: bewaard };
  try {
    const data = await pakXzUit(url);
    if (!await klopt(url, data)) throw new Error("uitgepakt bestand klopt niet met de build");
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
  // A fresh start: past the HTTP cache, and past the service worker's caches (it honours "reload").
  const vers = VERS ? { ...opties, cache: "reload" } : opties;
  const soort = INGEPAKT.get(url);
  if (!soort) return netwerk(invoer, vers);
  const { bron, data } = await soort.klaar;
  bronnen[bestandsnaam(url)] = bron;
  // (A Response copies its bytes: a second start, after a refused snapshot, gets them again.)
  if (data) return new Response(data, { headers: { "content-type": soort.type } });
  return netwerk(invoer, vers);
};

/** After the start: the unpacked files into Cache Storage, and out of memory; those of other builds
 *  are dropped. (The page registers the service worker only after this, so it never caches a .xz
 *  copy whose plain file is stored.) */
export async function bewaarUitgepakt() {
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
    soort.klaar = Promise.resolve({ bron: "netwerk" });
    if (bron !== "xz" || !cache) continue;
    try {
      await cache.put(url, new Response(data, { headers: { "content-type": soort.type } }));
    } catch (fout) {
      console.warn(`rekentool: ${bestandsnaam(url)} niet bewaard:`, fout?.message || fout); // unpacked again next time
    }
  }
}
