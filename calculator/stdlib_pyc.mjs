// Compiles the trimmed standard library to bytecode, for the rekentool (run by hook.py at build time):
//   node stdlib_pyc.mjs <in.zip: .py files> <out.zip: .pyc files>
// The bytecode must come from the same CPython as the browser's, so this runs the pinned Pyodide
// itself (in Node). In the browser an import then skips compiling source: Python starts about a
// second sooner on a 2-core machine. Like `python -OO`, docstrings and asserts are left out, and so
// are line tables (tracebacks inside the standard library show no line numbers): that keeps the
// bytecode small. The zip stores its files uncompressed: the site ships it compressed as a whole
// with xz (0.54 MB, where per-file deflate gives 0.8 MB; see hook.py), and an import reads a stored
// file without inflating it.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const hier = dirname(fileURLToPath(import.meta.url));
const { loadPyodide } = await import(join(hier, "node_modules", "pyodide", "pyodide.mjs"));
const [, , invoer, uitvoer] = process.argv;
const pyodide = await loadPyodide({ indexURL: join(hier, "node_modules", "pyodide") + "/" });
pyodide.FS.writeFile("/tmp/in.zip", new Uint8Array(readFileSync(invoer)));
pyodide.runPython(`
import importlib._bootstrap_external as bootstrap
import zipfile

def zonder_regels(code):
    consts = tuple(zonder_regels(c) if hasattr(c, "co_code") else c for c in code.co_consts)
    return code.replace(co_linetable=b"", co_consts=consts)

with zipfile.ZipFile("/tmp/in.zip") as bron, zipfile.ZipFile("/tmp/out.zip", "w") as doel:
    for info in sorted(bron.infolist(), key=lambda i: i.filename):
        naam, data = info.filename, bron.read(info)
        if naam.endswith(".py"):
            code = zonder_regels(compile(data, naam, "exec", dont_inherit=True, optimize=2))
            # an unchecked hash-based pyc: valid without its source, whatever the file dates
            data = bytes(bootstrap._code_to_hash_pyc(code, b"\\0" * 8, checked=False))
            naam += "c"
        nieuw = zipfile.ZipInfo(naam, (2020, 1, 1, 0, 0, 0))
        nieuw.compress_type = zipfile.ZIP_STORED
        nieuw.external_attr = 0o644 << 16
        doel.writestr(nieuw, data)
`);
writeFileSync(uitvoer, pyodide.FS.readFile("/tmp/out.zip"));
