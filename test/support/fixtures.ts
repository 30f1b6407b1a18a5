import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceDocument } from "../../src/types.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SEEDS = join(ROOT, "fixtures/seeds");
export const GOLD = join(ROOT, "fixtures/gold");

/** The bundled articles as documents, in sorted order, as the CLI would read them. */
export function loadSeeds(): SourceDocument[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      id: f.replace(/\.txt$/, ""),
      path: `fixtures/seeds/${f}`,
      content: readFileSync(join(SEEDS, f), "utf8").replace(/^\uFEFF/, ""),
    }));
}
