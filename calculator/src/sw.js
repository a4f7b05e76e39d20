// The rekentool's service worker. The hook copies it to the site's root with the file lists filled
// in; the define module registers it for the whole site once the rekentool has answered. The scope
// has to be the root: a dedicated worker is controlled only when its own URL is in scope, and the
// rekentool's worker lives in assets/rekentool/<hash>/. Only a page with the rekentool registers it,
// and it never fetches anything for a page by itself: explanatory pages load no runtime.
//
// - The Pyodide runtime (immutable per version) and the rekentool bundle (immutable per content
//   hash) are cached when the worker installs, after the first visit's first answer, and served
//   cache-first: a repeat visit fetches none of them. Of the two big files a first visit fetches
//   the .xz copies; the rekentool's worker unpacks them and keeps the plain files (UITGEPAKT) in a
//   cache of its own, "wik-uitgepakt", which this worker reads but never drops. A .xz copy whose
//   plain file is stored already is not cached at all.
// - Everything else of the controlled pages (the HTML, the theme's CSS and JS) goes network-first,
//   with the last good copy as the fallback, so the rekentool also opens offline. The page tells
//   the worker which files it used ({type: "bewaar", urls}) because the first visit ran before the
//   worker existed.
// - Old versions' caches are dropped on activation. The memory snapshot (the rekentool's worker
//   keeps it in its own cache, "wik-rekentool-snapshot") is not touched here.

// The hook fills these in (see hook.py, service_worker()).
const VERSIE = "@PYODIDE_VERSIE@";
const HASH = "@BUNDEL_HASH@";
const RUNTIME = [/* @RUNTIME_BESTANDEN@ */];
const BUNDEL = [/* @BUNDEL_BESTANDEN@ */];
const UITGEPAKT = [/* @UITGEPAKT@ */];

const RUNTIME_CACHE = `wik-runtime-${VERSIE}`;
const BUNDEL_CACHE = `wik-bundel-${HASH}`;
const PAGINA_CACHE = "wik-paginas";
const UITGEPAKT_CACHE = "wik-uitgepakt"; // the rekentool's worker's (src/worker.js)
const EIGEN = [RUNTIME_CACHE, BUNDEL_CACHE, PAGINA_CACHE];

const ROOT = new URL("./", self.location.href);
const absoluut = (pad) => new URL(pad, ROOT).href;
/** @type {Map<string, string>} immutable URL → its cache */
const ONVERANDERLIJK = new Map([...RUNTIME.map((p) => [absoluut(p), RUNTIME_CACHE]),
  ...BUNDEL.map((p) => [absoluut(p), BUNDEL_CACHE]),
  ...UITGEPAKT.map((p) => [absoluut(p), UITGEPAKT_CACHE])]);

async function vul(naam, urls) {
  const cache = await caches.open(naam);
  for (const url of urls) {
    if (await cache.match(url)) continue;
    if (url.endsWith(".xz") && await caches.match(url.slice(0, -3))) continue; // unpacked already
    await cache.add(url); // from the HTTP cache when the page just loaded it
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await vul(RUNTIME_CACHE, RUNTIME.map(absoluut));
    await vul(BUNDEL_CACHE, BUNDEL.map(absoluut));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const naam of await caches.keys()) {
      if ((naam.startsWith("wik-runtime-") || naam.startsWith("wik-bundel-")) && !EIGEN.includes(naam)) {
        await caches.delete(naam);
      }
    }
    // Pages an earlier version stored with their fragment (a visitor's figures): drop them.
    const paginas = await caches.open(PAGINA_CACHE);
    for (const sleutel of await paginas.keys()) {
      if (sleutel.url.includes("#")) await paginas.delete(sleutel);
    }
    await self.clients.claim();
  })());
});

/** Cache-first for the immutable files. */
async function onveranderlijk(request, naam) {
  const cache = await caches.open(naam);
  const bewaard = await cache.match(request, { ignoreSearch: true });
  if (bewaard) return bewaard;
  const antwoord = await fetch(request);
  if (antwoord.ok) await cache.put(request.url.split("?")[0], antwoord.clone());
  return antwoord;
}

/** Network-first for the rest, with the last good copy when the network fails. */
async function netwerkEerst(request) {
  const cache = await caches.open(PAGINA_CACHE);
  try {
    const antwoord = await fetch(request);
    // Stored without the URL's fragment: the rekentool keeps a visitor's figures there.
    if (antwoord.ok && antwoord.type === "basic") await cache.put(request.url.split("#")[0], antwoord.clone());
    return antwoord;
  } catch (fout) {
    const bewaard = await cache.match(request, { ignoreVary: true });
    if (bewaard) return bewaard;
    throw fout;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only our own GETs; not the long polls of `mkdocs serve`'s live reload.
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.includes("/livereload/")) return;
  const naam = ONVERANDERLIJK.get(url.origin + url.pathname);
  event.respondWith(naam ? onveranderlijk(request, naam) : netwerkEerst(request));
});

self.addEventListener("message", (event) => {
  const { type, urls } = event.data || {};
  if (type !== "bewaar" || !Array.isArray(urls)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(PAGINA_CACHE);
    for (const tekst of urls.slice(0, 200)) {
      let url;
      try {
        url = new URL(tekst, ROOT);
      } catch {
        continue;
      }
      url.hash = "";
      if (url.origin !== self.location.origin || ONVERANDERLIJK.has(url.origin + url.pathname)) continue;
      if (await cache.match(url.href)) continue;
      try {
        const antwoord = await fetch(url.href);
        if (antwoord.ok) await cache.put(url.href, antwoord);
      } catch {
        // offline again, or gone: the next visit fills it in
      }
    }
    event.source?.postMessage({ type: "bewaard" });
  })());
});
