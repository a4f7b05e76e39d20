// The rekentool's worker, part 3 of 3: the memory snapshot in Cache Storage.
//
// Made on an earlier visit, keyed on the Pyodide version and this bundle's content hash: Python's
// memory with `wik` already imported, restored with the private `_loadSnapshot` option of the pinned
// Pyodide. Its SHA-256 is checked (read while the runtime compiles), and worker.js has a known
// calculation give its known answer before the snapshot is trusted. A missing, stale or corrupt one
// falls back to a normal start, which stores a new one a second after Python is ready.

import { mijlpaal, sha256 } from "./uitgepakt.js";

const VERSIE = "@PYODIDE_VERSIE@";
/** The bundle's folder name is its content hash: a new wik, stdlib or script gives a new key. */
const BUNDEL = new URL("./", import.meta.url).pathname.split("/").filter(Boolean).pop();
export const SNAPSHOT_CACHE = "wik-rekentool-snapshot";
const SNAPSHOT_URL = new URL(`./snapshot-pyodide-${VERSIE}.bin`, import.meta.url).href;

/** The stored snapshot's entry for this Pyodide version and bundle, or null (a stale one is dropped). */
export async function zoekSnapshot(cache) {
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

/** The snapshot's bytes, checked against its SHA-256. */
export async function leesSnapshot(antwoord) {
  const data = new Uint8Array(await antwoord.arrayBuffer());
  if (await sha256(data) !== antwoord.headers.get("x-wik-sha256")) throw new Error("controlesom klopt niet");
  mijlpaal("snapshot gelezen");
  return data;
}

/** Drop a snapshot that was refused. */
export async function vergeetSnapshot(cache) {
  await cache?.delete(SNAPSHOT_URL).catch(() => {});
}

/** Store a snapshot for the next visit, and drop those of other bundles (each is tens of MB). */
export async function bewaarSnapshot(cache, data) {
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
