// Starting a module worker, also where the page's origin is opaque (a frame sandboxed without
// allow-same-origin). There a Worker from an http(s) URL is refused (SecurityError), and Chromium
// starts no *module* worker from a blob: URL either; a classic worker from a blob: URL does start.
// It imports the real module with import() and hands it the messages that arrived before the module
// set its `onmessage`. A failed import is thrown, so the creator's `onerror` sees it as it sees any
// worker that does not start. The import and the module's fetches are then CORS requests from
// origin "null" (GitHub Pages answers them with Access-Control-Allow-Origin: *).

/** @param {URL | string} url @param {string} name @returns {Worker} */
export function moduleWorker(url, name) {
  if (self.origin !== "null") return new Worker(url, { type: "module", name });
  const opstart = `"use strict";
const wachtrij = [];
self.onmessage = (e) => { wachtrij.push(e); };
import(${JSON.stringify(String(url))}).then(() => { for (const e of wachtrij.splice(0)) self.onmessage(e); },
  (fout) => { setTimeout(() => { throw fout; }); });`;
  return new Worker(URL.createObjectURL(new Blob([opstart], { type: "text/javascript" })), { name });
}
