// Bundles src/main.ts (what `npm start` runs) into dist/ with esbuild: ESM,
// node20, source maps, every package left external (node_modules is resolved
// at run time as before), the generated Prisma clients bundled. Dynamic
// imports become their own chunks, so @slack/bolt and botbuilder still load
// only when asked for.
//
//   node scripts/build.mjs            build
//   node scripts/build.mjs --if-stale build only when a source is newer than
//                                     the last build (`prestart`: a few ms)
//
// Plain JavaScript, so `prestart` needs no TypeScript loader.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");
export const ENTRY = join(DIST, "main.js");
/** The last build's inputs (paths relative to ROOT), for the staleness check. */
const INPUTS = join(DIST, "inputs.json");
const THIS_FILE = fileURLToPath(import.meta.url);
/** Chunks no build references any more are removed once this old (a running server may still load one). */
const STALE_CHUNK_MS = 10 * 60_000;

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Why the bundle must be rebuilt, or null when every input is older than it. */
export function staleReason() {
  if (!existsSync(ENTRY) || !existsSync(INPUTS)) return "no build yet";
  const built = mtime(INPUTS);
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, "utf8"));
  } catch {
    return "unreadable dist/inputs.json";
  }
  for (const input of [...inputs, relative(ROOT, THIS_FILE), "package-lock.json"]) {
    if (mtime(join(ROOT, input)) > built) return `${input} changed`;
  }
  return null;
}

/**
 * Inside the bundle, import.meta.url is the bundle's URL. A module that
 * computes paths from it (migrations under prisma/, the generated Prisma
 * client's __dirname) gets its own source file's URL instead, relative to
 * dist/ so the checkout can move.
 */
const sourceUrls = {
  name: "source-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const fromDist = relative(DIST, args.path).split(sep).join("/");
      return {
        contents: source.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`,
        ),
        loader: "ts",
      };
    });
  },
};

/** Packages resolved from node_modules at run time rather than bundled. */
const EXTERNAL = [
  "@prisma/*",
  "prisma",
  "better-sqlite3",
  "pg",
  "pg-*",
  "@slack/*",
  "botbuilder",
  "botbuilder-*",
  "botframework-*",
  "pino",
  "pino-*",
  "esbuild",
  "docx",
];

/** Writes a file so that a reader sees the old or the new one, never half of one. */
function writeAtomically(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

export async function build() {
  const esbuild = await import("esbuild");
  const started = new Date();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: "src/main.ts" },
    outdir: DIST,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Pure-JavaScript libraries are bundled (tree-shaken: date-fns alone is
    // hundreds of modules to load otherwise); packages with native code,
    // their own file layout at run time, or loaded only on demand stay external.
    external: EXTERNAL,
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    sourcemap: "linked",
    // The sources are in the checkout next to dist/; maps without them stay small and load fast.
    sourcesContent: false,
    metafile: true,
    write: false,
    logLevel: "warning",
    plugins: [sourceUrls],
  });
  mkdirSync(DIST, { recursive: true });
  // Chunks first, the entry (which names them) last: a process starting
  // meanwhile gets the old build or the new one whole.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === ENTRY) - Number(b.path === ENTRY));
  const written = new Set(files.map((file) => file.path));
  for (const file of files) {
    if (file.path.endsWith(".map")) continue;
    const map = files.find((other) => other.path === `${file.path}.map`);
    if (map) writeAtomically(map.path, map.contents);
    writeAtomically(file.path, file.contents);
  }
  const now = Date.now();
  for (const name of readdirSync(DIST)) {
    const path = join(DIST, name);
    // Every output but the entry is a chunk (shared, or a lazily loaded module such as mount-*.js).
    if (!/\.js(\.map)?$/.test(name) || /^main\.js(\.map)?$/.test(name) || written.has(path)) continue;
    if (now - mtime(path) > STALE_CHUNK_MS) unlinkSync(path);
  }
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith("node_modules/"));
  writeAtomically(INPUTS, `${JSON.stringify(inputs, null, 1)}\n`);
  // Dated when the sources were read: one saved during the build is newer, so the next check rebuilds.
  utimesSync(INPUTS, started, started);
  return { outputs: files.length, inputs: inputs.length };
}

if (process.argv[1] === THIS_FILE) {
  const started = performance.now();
  const reason = process.argv.includes("--if-stale") ? staleReason() : "asked";
  if (reason) {
    const { inputs } = await build();
    const ms = Math.round(performance.now() - started);
    process.stderr.write(`dist/ built from ${inputs} sources in ${ms} ms (${reason}).\n`);
  }
}
