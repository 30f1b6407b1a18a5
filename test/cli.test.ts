import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/fixtures.js";

// These run the built binary exactly as a user would (`npm test` builds first).
const BIN = join(ROOT, "bin/extract.js");

function extract(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the extract command", () => {
  it("prints the fixtures as one JSON object with every category", () => {
    const r = extract(["fixtures/seeds", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(2);
    expect(json.documents.map((d: { id: string }) => d.id)).toEqual([
      "000_242e2187e1a3c21b",
      "001_ba5231b22ad09e1f",
      "002_44ab4d7943ff8f45",
      "003_71ec89ea25a84248",
      "004_cf21ba69990ff026",
    ]);
    for (const d of json.documents) {
      for (const key of ["id", "path", "title", "published", "actors", "locations", "dates", "figures", "operations"]) {
        expect(d).toHaveProperty(key);
      }
    }
  });

  it("gives byte-identical JSON across runs", () => {
    expect(extract(["fixtures/seeds", "--json"]).stdout).toBe(extract(["fixtures/seeds", "--format", "json"]).stdout);
  });

  it("prints tables by default, no wider than 100 columns and without colour in a pipe", () => {
    const r = extract(["fixtures/seeds"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Documents (5)");
    expect(r.stdout).not.toMatch(/\u001b\[/);
    for (const line of r.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it("reports a missing path on stderr, still processes the others, and exits 1", () => {
    const r = extract(["no/such/file.txt", "fixtures/seeds/000_242e2187e1a3c21b.txt", "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("extract: no/such/file.txt: no such file or folder\n");
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  it("exits 2 when nothing could be read", () => {
    const r = extract(["no/such/file.txt", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("no/such/file.txt");
  });

  it("names a folder with no matching files", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-empty-"));
    writeFileSync(join(dir, "notes.md"), "nothing");
    const r = extract([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`extract: ${dir}: no files matching **/*.txt in this folder\n`);
  });

  it("refuses a binary file by name and goes on", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-bin-"));
    writeFileSync(join(dir, "a.txt"), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(join(dir, "b.txt"), "Rebels attacked the town on Monday.");
    const r = extract([dir, "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("a.txt: not a text file");
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(["b"]);
  });

  it("reads one document from standard input", () => {
    const r = extract(["-", "--json"], "\uFEFFTurkish jets struck Raqqa on Wednesday.");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.id).toBe("stdin");
    expect(doc.path).toBe("-");
  });

  it("rejects a malformed reference date as a usage error", () => {
    const r = extract(["fixtures/seeds", "--reference-date", "06/08/2015"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--reference-date");
    expect(r.stderr).not.toContain("    at ");
  });

  it("rejects an unknown option without a stack trace", () => {
    const r = extract(["fixtures/seeds", "--frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option");
    expect(r.stderr).not.toContain("    at ");
  });

  it("streams NDJSON: one document per line, in input order", () => {
    const r = extract(["fixtures/seeds", "--format", "ndjson"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).id)).toEqual([
      "000_242e2187e1a3c21b",
      "001_ba5231b22ad09e1f",
      "002_44ab4d7943ff8f45",
      "003_71ec89ea25a84248",
      "004_cf21ba69990ff026",
    ]);
  });

  it("reads JSON Lines records from standard input, naming a bad line", () => {
    const input = '{"id":"a","text":"Rebels attacked the town.","published":"2020-05-04","lang":"en"}\nnot json\n{"id":"b","text":"Troops withdrew."}\n';
    const r = extract(["-", "--input", "ndjson", "--format", "ndjson"], input);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("extract: -:2: not valid JSON\n");
    const docs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.id, d.published, d.meta ?? null])).toEqual([
      ["a", "2020-05-04", { lang: "en" }],
      ["b", null, null],
    ]);
  });

  it("ends quietly when the reader of a pipe goes away (EPIPE)", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-pipe-"));
    const seed = join(ROOT, "fixtures/seeds/004_cf21ba69990ff026.txt");
    for (let i = 0; i < 60; i++) copyFileSync(seed, join(dir, `copy-${String(i).padStart(3, "0")}.txt`));
    const r = spawnSync("bash", ["-c", `node "${BIN}" "${dir}" --format ndjson 2>"${dir}/err" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      encoding: "utf8",
    });
    expect(r.stdout.trim()).toBe("0");
    expect(readFileSync(join(dir, "err"), "utf8")).toBe("");
  });

  it("--check: 0 against an equal baseline, 1 with the diff against a changed one", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-check-"));
    const baseline = join(dir, "baseline.json");
    const seed = "fixtures/seeds/003_71ec89ea25a84248.txt";
    const missing = extract([seed, "--check", baseline]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--update");
    expect(extract([seed, "--check", baseline, "--update"]).code).toBe(0);
    const same = extract([seed, "--check", baseline]);
    expect([same.code, same.stdout]).toEqual([0, "No differences.\n"]);
    const saved = JSON.parse(readFileSync(baseline, "utf8"));
    saved.documents[0].dates.push({ start: 0, end: 6, text: "Russia", value: "2015", type: "date", rule: "planted" });
    writeFileSync(baseline, JSON.stringify(saved));
    const changed = extract([seed, "--check", baseline]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("removed");
    expect(changed.stdout).toContain("Russia");
  }, 30_000);

  it("diff: exit 0 on equal outputs, 1 on different ones, 2 on a bad file", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-diff-"));
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    writeFileSync(a, JSON.stringify({ schemaVersion: 1, documents: [{ id: "x", figures: [] }] }));
    writeFileSync(b, JSON.stringify({ schemaVersion: 1, documents: [{ id: "x", figures: [{ start: 0, end: 2, text: "12", value: 12, category: "killed" }] }] }));
    expect(extract(["diff", a, a]).code).toBe(0);
    const d = extract(["diff", a, b, "--json"]);
    expect(d.code).toBe(1);
    expect(JSON.parse(d.stdout).counts).toEqual({ added: 1, removed: 0, changed: 0, shifted: 0 });
    const bad = extract(["diff", a, join(dir, "nope.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("nope.json: no such file");
  });

  it("prints its JSON Schema", () => {
    const r = extract(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("rejects an unknown --only category", () => {
    const r = extract(["fixtures/seeds", "--only", "actors,weather"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown: weather");
  });
});
