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
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 5 * 1024 * 1024);
const SEEDS = join(ROOT, "fixtures/seeds");

const { extractDocument, analyse } = await import(join(ROOT, "dist/pipeline.js"));

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(SEEDS, f), "utf8"));
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

const cold = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, "bin/extract.js"), join(SEEDS, "000_242e2187e1a3c21b.txt"), "--json"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
  cold.push(performance.now() - t);
}

const row = (k, v) => console.log(`${k.padEnd(34)} ${v}`);
row("corpus", `${mb.toFixed(2)} MB in ${corpus.length} documents (fixtures repeated)`);
row("throughput", `${(mb / seconds).toFixed(2)} MB/s (${seconds.toFixed(2)} s, one core)`);
row("text tagged by compromise", `${((100 * taggedChars) / chars).toFixed(1)}% of characters`);
row("first document (loads lexicons)", `${warmMs.toFixed(0)} ms`);
row("peak memory (RSS)", `${(peakRss / (1024 * 1024)).toFixed(0)} MB`);
row("cold start, one article (best of 3)", `${Math.min(...cold).toFixed(0)} ms`);
