// Unpacks one .xz file for the rekentool's worker, on a thread of its own: the worker's thread stays
// free to load pyodide.mjs meanwhile, and the decoder's memory (its dictionary, up to the file's
// size) goes when the worker terminates this one.
//
// In:  {url}                       the .xz file to fetch
// Out: {data: ArrayBuffer}         the unpacked bytes (transferred), or {fout: string}
//
// hook.py builds the served uitpakker.js from this file, with the xz decoder (npm xz-decompress,
// pinned in package.json: xz-embedded in WebAssembly) in front of it, which defines XzReadableStream.
/* global XzReadableStream */

self.onmessage = async (event) => {
  try {
    const antwoord = await fetch(event.data.url);
    if (!antwoord.ok) throw new Error(`HTTP ${antwoord.status}`);
    const data = await new Response(new XzReadableStream(antwoord.body)).arrayBuffer();
    self.postMessage({ data }, [data]);
  } catch (fout) {
    self.postMessage({ fout: String(fout?.message || fout) });
  }
};
