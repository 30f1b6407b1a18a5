#!/usr/bin/env node
// Throughput benchmark: runs the built pipeline over a corpus made by repeating the bundled
// articles to 5 MB, and reports MB/s, the share of text compromise had to tag, peak memory,
// and the cold start of the command on one article. Run `npm run build` first.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
// BENCH_DIST: a build made elsewhere (`npx tsc -p tsconfig.json --outDir <dir>/dist`), so a
// change can be measured without touching the shared dist/; <dir> needs data/ (the gazetteer
// index) and node_modules/: symlinks to this tree's will do. The cold start runs that build's CLI.
const DIST = process.env.BENCH_DIST ?? join(ROOT, "dist");
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 5 * 1024 * 1024);
const SEEDS = join(ROOT, "fixtures/seeds");

// BENCH_DIR: another folder of .txt articles to repeat (the seeds are five long articles; short
// event records or wire stories load the stages differently).
const CORPUS_DIR = process.env.BENCH_DIR ?? SEEDS;

const { extractDocument, analyse, taggingRanges } = await import(join(DIST, "pipeline.js"));

const seeds = readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(CORPUS_DIR, f), "utf8"));
const corpus = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const content = seeds[i % seeds.length];
  corpus.push({ id: `doc-${i}`, path: `doc-${i}.txt`, content, referenceDate: "2020-01-01" });
  bytes += Buffer.byteLength(content);
}

let peakRss = process.memoryUsage().rss;
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

// Warm-up: loads the gazetteer and lexicons, so the timed run measures extraction alone.
const warmStart = performance.now();
extractDocument(corpus[0]);
const warmMs = performance.now() - warmStart;

let taggedChars = 0;
let chars = 0;
for (const doc of corpus.slice(0, seeds.length)) {
  const a = analyse(doc);
  chars += doc.content.length;
  taggedChars += a.tagging.sentences.reduce((s, x) => s + (x.end - x.start), 0);
}

const start = performance.now();
for (const doc of corpus) {
  extractDocument(doc);
  sample();
}
const seconds = (performance.now() - start) / 1000;
const mb = bytes / (1024 * 1024);

// One long document (the fixtures joined to about 1 MB): a stage that compares every mention
// with every other shows here as a collapse of throughput that the many short documents hide.
const LONG_BYTES = Number(process.env.BENCH_LONG_BYTES ?? 1024 * 1024);
let longText = "";
while (Buffer.byteLength(longText) < LONG_BYTES) longText += seeds.join("\n\n") + "\n\n";
const longStart = performance.now();
extractDocument({ id: "long", path: "long.txt", content: longText, referenceDate: "2020-01-01" });
const longSeconds = (performance.now() - longStart) / 1000;
const longMb = Buffer.byteLength(longText) / (1024 * 1024);

// Per-stage times on the same corpus, so a slow stage is named rather than guessed.
const stages = await stageTimes(corpus);

const cold = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [process.env.BENCH_DIST ? join(DIST, "cli/bin.js") : join(ROOT, "bin/extract.js"), join(SEEDS, "000_242e2187e1a3c21b.txt"), "--json"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
  cold.push(performance.now() - t);
}

// The gazetteer's load on its own, in a fresh process: time and the memory it adds.
const gazetteerProbe = spawnSync(process.execPath, ["--input-type=module", "-e", `
  const before = process.memoryUsage().rss;
  const t = performance.now();
  const { loadGazetteer } = await import(${JSON.stringify(join(DIST, "gazetteer/load.js"))});
  loadGazetteer();
  console.log(JSON.stringify({ ms: performance.now() - t, mb: (process.memoryUsage().rss - before) / 1048576 }));
`], { encoding: "utf8" });
const gazetteer = gazetteerProbe.status === 0 ? JSON.parse(gazetteerProbe.stdout) : null;

const row = (k, v) => console.log(`${k.padEnd(34)} ${v}`);
row("corpus", `${mb.toFixed(2)} MB in ${corpus.length} documents (${seeds.length} articles of ${CORPUS_DIR} repeated)`);
row("throughput", `${(mb / seconds).toFixed(2)} MB/s (${seconds.toFixed(2)} s, one core)`);
row("one long document", `${(longMb / longSeconds).toFixed(2)} MB/s (${longMb.toFixed(2)} MB in ${longSeconds.toFixed(2)} s)`);
row("text tagged by compromise", `${((100 * taggedChars) / chars).toFixed(1)}% of characters`);
row("first document (loads lexicons)", `${warmMs.toFixed(0)} ms`);
row("gazetteer load (fresh process)", gazetteer ? `${gazetteer.ms.toFixed(0)} ms, +${gazetteer.mb.toFixed(0)} MB RSS` : `failed: ${gazetteerProbe.stderr.split("\n")[0]}`);
row("peak memory (RSS)", `${(peakRss / (1024 * 1024)).toFixed(0)} MB`);
row("cold start, one article (best of 3)", `${Math.min(...cold).toFixed(0)} ms`);
console.log("\nstage                              MB/s   share of time");
const total = Object.values(stages).reduce((a, b) => a + b, 0);
for (const [name, ms] of Object.entries(stages)) {
  console.log(`  ${name.padEnd(32)} ${(mb / (ms / 1000)).toFixed(2).padStart(6)}   ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
}

async function stageTimes(docs) {
  const imp = (p) => import(join(DIST, p));
  const { splitSentences } = await imp("text/sentences.js");
  const { tagSentences } = await imp("nlp/tagging.js");
  const dates = await imp("extractors/dates/index.js");
  const figures = await imp("extractors/figures/index.js");
  const locations = await imp("extractors/locations/index.js");
  const actors = await imp("extractors/actors/index.js");
  const operations = await imp("extractors/operations/index.js");
  const t = { sentences: 0, "tagging requests": 0, "tagging (compromise)": 0, dates: 0, locations: 0, actors: 0, figures: 0, operations: 0 };
  const time = (key, fn) => {
    const s = performance.now();
    const r = fn();
    t[key] += performance.now() - s;
    return r;
  };
  for (const source of docs) {
    const content = source.content;
    const sentences = time("sentences", () => splitSentences(content));
    const base = analyse({ ...source, content: "" });
    const wanted = time("tagging requests", () => taggingRanges(content, sentences));
    const tagging = time("tagging (compromise)", () => tagSentences(content, wanted));
    const doc = { ...base, content, sentences, tagging };
    const d = time("dates", () => dates.extractDates(doc));
    const l = time("locations", () => locations.extractLocations(doc));
    const a = time("actors", () => actors.extractActors(doc, { locations: l }).actors);
    const f = time("figures", () => figures.extractFigures(doc));
    time("operations", () => operations.extractOperations(doc, { actors: a, locations: l, dates: d, figures: f }));
  }
  return t;
}
