import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignIds, decodeText, resolveInputs } from "../src/cli/inputs.js";

describe("decodeText", () => {
  it("drops a leading BOM and nothing else", () => {
    const bytes = new TextEncoder().encode("\uFEFFA\r\nB\uFEFF");
    expect(decodeText(bytes)).toEqual({ text: "A\r\nB\uFEFF" });
  });
  it("refuses binary content", () => {
    expect(decodeText(new Uint8Array([65, 0, 66]))).toEqual({ error: "not a text file (it contains NUL bytes)" });
  });
  it("refuses malformed UTF-8", () => {
    expect(decodeText(new Uint8Array([0xc3, 0x28]))).toEqual({ error: "not valid UTF-8 text" });
  });
});

describe("resolveInputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "extract-inputs-"));
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "b.txt"), "b");
  writeFileSync(join(dir, "a.txt"), "a");
  writeFileSync(join(dir, "sub", "a.txt"), "sub a");
  writeFileSync(join(dir, "c.md"), "c");

  it("recurses into folders for *.txt, in sorted order", () => {
    expect(resolveInputs([dir], "**/*.txt")).toEqual({
      files: [join(dir, "a.txt"), join(dir, "b.txt"), join(dir, "sub/a.txt")],
      problems: [],
    });
  });
  it("takes another pattern with --glob", () => {
    expect(resolveInputs([dir], "*.md").files).toEqual([join(dir, "c.md")]);
  });
  it("expands glob patterns and names those that match nothing", () => {
    const r = resolveInputs([join(dir, "*.txt"), join(dir, "*.csv")], "**/*.txt");
    expect(r.files).toEqual([join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(r.problems).toEqual([{ path: join(dir, "*.csv"), message: "no files match this pattern" }]);
  });
  it("keeps a file named twice once, and standard input last", () => {
    const a = join(dir, "a.txt");
    expect(resolveInputs(["-", a, a], "**/*.txt").files).toEqual([a, "-"]);
  });
  it("uses file stems as ids and paths where stems collide", () => {
    const ids = assignIds(["x/a.txt", "x/b.txt", "y/a.txt", "-"]);
    expect([...ids.values()]).toEqual(["x/a", "b", "y/a", "stdin"]);
  });
});
