import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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
    expect(json.schemaVersion).toBe(1);
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
});
