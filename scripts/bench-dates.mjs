#!/usr/bin/env node
// TempEval-3 benchmark for dates: runs the built command over ../shared/bench/tempeval3's
// platinum set (each document's DCT given as its `published` date, through JSON Lines input),
// scores it with the benchmark's own scorer, and prints chrono-node's and compromise-dates'
// figures from the same run beside ours. The texts are evaluation-only: they are read from
// ../shared and written to a temporary folder, never into the project.
//   npm run bench:dates [-- train]   (train.jsonl for tuning; platinum by default)
//   node scripts/bench-dates.mjs [train] [--src] [--ours] [--keep FILE]
//     --src   run the TypeScript sources through tsx instead of the built dist/ (no build needed)
//     --ours  skip the baselines (faster while tuning)
//     --keep  also write our predictions to FILE (for the scorer's --errors listing)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BENCH = join(ROOT, "../shared/bench/tempeval3");
const args = process.argv.slice(2);
const set = args.includes("train") ? "train" : "platinum";
const fromSource = args.includes("--src");
const oursOnly = args.includes("--ours");
const keepAt = args.indexOf("--keep");
const keep = keepAt >= 0 ? args[keepAt + 1] : null;
const gold = join(BENCH, `${set}.jsonl`);
if (!existsSync(gold)) {
  console.log(`bench:dates skipped: ${gold} is not here (the benchmark lives in ../shared, beside the project).`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "extract-tempeval-"));
try {
  const docs = readFileSync(gold, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const records = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.dct })).join("\n") + "\n";
  const input = join(work, "input.jsonl");
  writeFileSync(input, records);

  const t0 = process.hrtime.bigint();
  const entry = fromSource ? ["--import", "tsx", join(ROOT, "src/cli/bin.ts")] : [join(ROOT, "bin/extract.js")];
  const run = spawnSync(process.execPath, [...entry, input, "--format", "ndjson", "--only", "dates", "--timeml"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    cwd: ROOT,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (run.status !== 0) throw new Error(`extract failed: ${run.stderr}`);
  const predicted = run.stdout.trim().split("\n").map((l) => JSON.parse(l)).map((d) => ({
    id: d.id,
    timexes: d.dates.map((x) => ({ start: x.start, end: x.end, value: x.value ?? "", type: x.type.toUpperCase() })),
  }));
  const ours = join(work, "extract.jsonl");
  writeFileSync(ours, predicted.map((p) => JSON.stringify(p)).join("\n") + "\n");
  if (keep) writeFileSync(keep, predicted.map((p) => JSON.stringify(p)).join("\n") + "\n");

  const rows = [[fromSource ? "extract (sources)" : "extract (this build)", score(ours), `${seconds.toFixed(2)} s`]];
  const baselines = oursOnly ? [] : [["chrono-node", "chrono.mjs"], ["compromise-dates", "compromise-dates.mjs"]];
  for (const [name, runner] of baselines) {
    const out = join(work, `${name}.jsonl`);
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(BENCH, "baselines", runner), gold, "--out", out, "--peers", ROOT], {
      encoding: "utf8",
      env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    });
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    rows.push([name, r.status === 0 ? score(out) : null, r.status === 0 ? `${s.toFixed(2)} s` : `failed: ${r.stderr.split("\n")[0]}`]);
  }
  rows.push(["HeidelTime (published)", { strict: 0.8134, relaxed: 0.903, value: 0.7761, type: 0.8209 }, "-"]);

  const pct = (x) => (x === undefined ? "   -" : (100 * x).toFixed(1).padStart(5));
  console.log(`TempEval-3 ${set} (${docs.length} documents)\n`);
  console.log("| system | strict F1 | relaxed F1 | value F1 | type F1 | time |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const [name, s, time] of rows) {
    console.log(`| ${name} | ${s ? [s.strict, s.relaxed, s.value, s.type].map(pct).join(" | ") : "- | - | - | -"} | ${time} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function score(predictedFile) {
  const r = spawnSync(process.execPath, [join(BENCH, "score.mjs"), gold, predictedFile, "--json"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`scorer failed: ${r.stderr}`);
  const j = JSON.parse(r.stdout);
  return { strict: j.strict.f1, relaxed: j.relaxed.f1, value: j.value.f1, type: j.type.f1 };
}
