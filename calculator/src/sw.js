// The rekentool's service worker. The build writes it to the site's root with the file lists and
// their checksums filled in (calculator/servicewerker.py, service_worker()); rekentool-start.js registers it
// for the whole site once the rekentool has answered. The scope has to be the root: a dedicated
// worker is controlled only when its own URL is in scope, and the rekentool's worker lives in
// assets/rekentool/<hash>/. Only a page with the rekentool registers it, and it never fetches
// anything for a page by itself: explanatory pages load no runtime.
//
// - The Pyodide runtime (immutable per version) and the rekentool bundle (immutable per content
//   hash) are cached when this worker installs and served cache-first, each entry checked (size and
//   SHA-256 from the build, CONTROLE) before use: a bad one is deleted and fetched again. The .xz
//   copies are never cached: the rekentool's worker keeps the unpacked files in "wik-uitgepakt".
//   A request with cache mode "reload" (the rekentool's worker restarting fresh) goes to the network.
// - Everything else of the controlled pages (the HTML, the theme's CSS and JS) goes network-first,
//   navigations revalidated ("no-cache", so HTML and its hashed files come from one deploy), with
//   the last good copy as the offline fallback. Only files of this deploy are stored (PAGINAS: their
//   path and checksum), under their URL without query or fragment (a visitor's figures live there).
// - On activation every cache is pruned to this deploy: other runtime and bundle caches, pages of
//   other deploys (refetched when they still exist), unpacked files and snapshots of other bundles.
//   See calculator/README.md, "Caches".

// The build fills these in.
const VERSIE = "@PYODIDE_VERSIE@";
const HASH = "@BUNDEL_HASH@";
const RUNTIME = [/* @RUNTIME_BESTANDEN@ */];
const BUNDEL = [/* @BUNDEL_BESTANDEN@ */];
const UITGEPAKT = [/* @UITGEPAKT@ */];
/** {path: [size, sha256]} of every runtime and bundle file (the .xz copies and the unpacked files too). */
const CONTROLE = {/* @CONTROLE@ */};
/** {path: sha256 (16 hex)} of every other file of this deploy. */
const PAGINAS = {/* @PAGINAS@ */};

const RUNTIME_CACHE = `wik-runtime-${VERSIE}`;
const BUNDEL_CACHE = `wik-bundel-${HASH}`;
const PAGINA_CACHE = "wik-paginas";
const UITGEPAKT_CACHE = "wik-uitgepakt"; // the rekentool's worker's (src/uitgepakt.js)
const SNAPSHOT_CACHE = "wik-rekentool-snapshot"; // the rekentool's worker's (src/snapshot.js)

const ROOT = new URL("./", self.location.href).href;
const absoluut = (pad) => new URL(pad, ROOT).href;
/** A same-origin URL's path from the root, as the build names the file ("" and "x/" are index.html). */
function pad(url) {
  const u = new URL(url);
  const p = decodeURIComponent((u.origin + u.pathname).slice(ROOT.length));
  return !p || p.endsWith("/") ? p + "index.html" : p;
}
/** @type {Map<string, string>} immutable URL → its cache */
const ONVERANDERLIJK = new Map([...RUNTIME.map((p) => [absoluut(p), RUNTIME_CACHE]),
  ...BUNDEL.map((p) => [absoluut(p), BUNDEL_CACHE]),
  ...UITGEPAKT.map((p) => [absoluut(p), UITGEPAKT_CACHE])]);

async function sha256(data) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Whether `antwoord` is the build's file at `url` (the response itself stays unread). */
async function klopt(url, antwoord) {
  const data = await antwoord.clone().arrayBuffer();
  const controle = CONTROLE[pad(url)];
  if (controle) return data.byteLength === controle[0] && await sha256(data) === controle[1];
  const verwacht = PAGINAS[pad(url)];
  return Boolean(verwacht) && (await sha256(data)).slice(0, 16) === verwacht;
}

/** An immutable file: from `naam` when stored and sound, else from the network (stored when sound). */
async function onveranderlijk(request, url, naam) {
  const cache = await caches.open(naam);
  if (request.cache !== "reload") {
    const bewaard = await cache.match(url);
    if (bewaard && await klopt(url, bewaard)) return bewaard;
    if (bewaard) await cache.delete(url); // damaged: fetched again below
  }
  const antwoord = await fetch(url, { cache: "reload" });
  if (antwoord.ok && naam !== UITGEPAKT_CACHE && await klopt(url, antwoord)) await cache.put(url, antwoord.clone());
  return antwoord;
}

/** Network-first for the rest, with the last good copy when the network fails. */
async function netwerkEerst(request) {
  const sleutel = request.url.split(/[?#]/)[0]; // never a query or fragment in a key: figures live there
  const cache = await caches.open(PAGINA_CACHE);
  try {
    const antwoord = request.mode === "navigate" ? await fetch(request, { cache: "no-cache" }) : await fetch(request);
    if (antwoord.ok && antwoord.type === "basic" && await klopt(sleutel, antwoord)) await cache.put(sleutel, antwoord.clone());
    return antwoord;
  } catch (fout) {
    const bewaard = await cache.match(sleutel, { ignoreVary: true });
    if (bewaard) return bewaard;
    throw fout;
  }
}

async function vul(naam, urls) {
  const cache = await caches.open(naam);
  for (const url of urls) {
    const bewaard = await cache.match(url);
    if (bewaard && await klopt(url, bewaard)) continue;
    for (const modus of ["default", "reload"]) { // from the HTTP cache when the page just loaded it
      const antwoord = await fetch(url, { cache: modus });
      if (antwoord.ok && await klopt(url, antwoord)) {
        await cache.put(url, antwoord);
        break;
      }
    }
  }
}

/** Every cache down to what this deploy needs. */
async function snoei() {
  for (const naam of await caches.keys()) {
    if ((naam.startsWith("wik-runtime-") || naam.startsWith("wik-bundel-")) && ![RUNTIME_CACHE, BUNDEL_CACHE].includes(naam)) {
      await caches.delete(naam);
    }
  }
  for (const naam of [RUNTIME_CACHE, BUNDEL_CACHE]) { // .xz copies an earlier version stored
    const cache = await caches.open(naam);
    for (const r of await cache.keys()) if (!ONVERANDERLIJK.has(r.url)) await cache.delete(r);
  }
  const uitgepakt = await caches.open(UITGEPAKT_CACHE);
  for (const r of await uitgepakt.keys()) if (!ONVERANDERLIJK.has(r.url)) await uitgepakt.delete(r);
  const snapshots = await caches.open(SNAPSHOT_CACHE);
  for (const r of await snapshots.keys()) {
    if ((await snapshots.match(r))?.headers.get("x-wik-bundel") !== HASH) await snapshots.delete(r);
  }
  // Pages: only this deploy's; one of an earlier deploy that still exists is fetched again.
  const paginas = await caches.open(PAGINA_CACHE);
  const opnieuw = [];
  for (const r of await paginas.keys()) {
    const bewaard = await paginas.match(r);
    if (r.url.includes("?") || r.url.includes("#") || !bewaard || !await klopt(r.url, bewaard)) {
      await paginas.delete(r);
      if (PAGINAS[pad(r.url)] && !r.url.includes("?")) opnieuw.push(r.url.split("#")[0]);
    }
  }
  await bewaarPaginas(opnieuw);
}

/** Store these pages (this deploy's files only), from the network. */
async function bewaarPaginas(urls) {
  const cache = await caches.open(PAGINA_CACHE);
  for (const tekst of urls.slice(0, 200)) {
    let url;
    try {
      url = new URL(tekst, ROOT);
    } catch {
      continue;
    }
    if (url.origin !== self.location.origin || url.search) continue;
    url.hash = "";
    if (ONVERANDERLIJK.has(url.href) || !PAGINAS[pad(url.href)]) continue;
    const bewaard = await cache.match(url.href);
    if (bewaard && await klopt(url.href, bewaard)) continue;
    try {
      const antwoord = await fetch(url.href, { cache: "no-cache" });
      if (antwoord.ok && await klopt(url.href, antwoord)) await cache.put(url.href, antwoord);
    } catch {
      // offline again, or gone: the next visit fills it in
    }
  }
}

self.addEventListener("install", (event) => {
  self.skipWaiting(); // a new deploy takes over as soon as it is installed
  event.waitUntil((async () => {
    await vul(RUNTIME_CACHE, RUNTIME.map(absoluut));
    await vul(BUNDEL_CACHE, BUNDEL.map(absoluut));
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    await self.clients.claim();
    await snoei();
  })());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only our own GETs; not the long polls of `mkdocs serve`'s live reload.
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.includes("/livereload/")) return;
  if (url.pathname.endsWith(".xz")) return; // unpacked by the rekentool's worker, which keeps the result
  const naam = ONVERANDERLIJK.get(url.origin + url.pathname);
  event.respondWith(naam ? onveranderlijk(request, url.origin + url.pathname, naam) : netwerkEerst(request));
});

self.addEventListener("message", (event) => {
  const { type, urls } = event.data || {};
  if (type !== "bewaar" || !Array.isArray(urls)) return;
  // Not inside event.waitUntil: a pending event of this (old) worker would hold up the activation of
  // the next deploy's worker. Work cut short here is done again on the next visit.
  const bron = event.source;
  bewaarPaginas(urls.filter((u) => typeof u === "string").map((u) => u.split(/[?#]/)[0]))
    .finally(() => bron?.postMessage({ type: "bewaard" }));
});
