// Inline in <head> of every page with the rekentool (the build puts it there; the CSP hook hashes
// it). A page of an older deploy, from the HTTP cache, whose bundle folder is gone from the server:
// when one of the rekentool's files fails to load, fetch the page anew and reload it, once per tab
// session (sessionStorage; motor.js clears the mark once the rekentool has started), never in a loop.
(() => {
  const herlaad = () => {
    try {
      if (sessionStorage.getItem("wik-herladen")) return false;
      sessionStorage.setItem("wik-herladen", String(Date.now()));
    } catch {
      return false; // no storage (a sandboxed frame): no reload, the loading bar says what failed
    }
    fetch(location.href, { cache: "reload" }).catch(() => {}).finally(() => location.reload());
    return true;
  };
  globalThis.__wikHerlaad = herlaad;
  addEventListener("error", (e) => {
    const url = e.target && (e.target.src || e.target.href);
    if (typeof url === "string" && url.includes("/assets/rekentool/")) herlaad();
  }, true);
})();
