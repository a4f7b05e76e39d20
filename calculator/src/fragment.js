// A tool's state in the URL fragment: `#<sleutel>=` + base64url(JSON with the format's version
// `v`). Nothing in a fragment is ever sent to a server. Reading never throws: a fragment that
// cannot be read, or comes from a newer version, says so instead of silently losing work.

/** `#<sleutel>=` + base64url(JSON), no padding. */
export function schrijf(sleutel, versie, data) {
  const bytes = new TextEncoder().encode(JSON.stringify({ v: versie, ...data }));
  let binair = "";
  for (const b of bytes) binair += String.fromCharCode(b);
  return `#${sleutel}=` + btoa(binair).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * The data in `hash` under `sleutel`. null: no such fragment. `{fout: "kapot"}`: it cannot be read
 * (cut off, changed by hand); `{fout: "versie"}`: newer than `versie`. A link without `v` is version 1.
 * @returns {{data?: any, fout?: "kapot" | "versie"} | null}
 */
export function lees(hash, sleutel, versie) {
  const ruw = String(hash || "").replace(/^#/, "");
  if (!ruw.startsWith(`${sleutel}=`)) return null;
  const m = /^[a-z]=([A-Za-z0-9_-]{1,20000})$/.exec(ruw);
  if (!m) return { fout: "kapot" };
  let data;
  try {
    const binair = atob(m[1].replaceAll("-", "+").replaceAll("_", "/"));
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binair, (c) => c.charCodeAt(0))));
  } catch {
    return { fout: "kapot" };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { fout: "kapot" };
  const v = data.v ?? 1;
  if (!Number.isInteger(v) || v < 1) return { fout: "kapot" };
  return v > versie ? { fout: "versie" } : { data };
}
