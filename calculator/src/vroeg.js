// Starts the rekentool's worker as the page's first script (a classic, async script that the hook
// puts at the top of <head>), so Python loads while the page itself still loads: a module script
// runs only after the whole page is parsed and the theme's scripts have run, hundreds of ms later.
// motor.js adopts this worker and replays the messages that arrived before it was there.
(() => {
  // An opaque origin (sandboxed iframe) cannot start a worker from a URL; motor.js handles that case.
  if (self.origin === "null" || globalThis.__wikVroeg) return;
  try {
    const url = new URL("worker.js", document.currentScript.src);
    const worker = new Worker(url, { type: "module", name: "wik-rekentool" });
    const berichten = [];
    worker.onmessage = (event) => { berichten.push(event); };
    worker.onerror = (event) => { event.preventDefault(); berichten.push(event); };
    globalThis.__wikVroeg = { url: url.href, worker, berichten };
  } catch {
    // The define module starts the worker the usual way.
  }
})();
