import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { indexVersion, parseGazetteer, SUPPORTED_VERSION } from "./index-file.js";
import type { Gazetteer } from "./types.js";

// The index is built by scripts/build-gazetteer.mjs into data/generated/ (git-ignored). The
// same relative URL works from src/gazetteer (tsx) and dist/gazetteer (compiled).
const INDEX_URL = new URL("../../data/generated/gazetteer.tsv", import.meta.url);
const BUILD_SCRIPT_URL = new URL("../../scripts/build-gazetteer.mjs", import.meta.url);

let loaded: Gazetteer | null = null;

/**
 * The process-wide gazetteer, read once on first use. When the index is missing (a fresh
 * clone where `npm run build` stopped at a type error) or was written by an older build script
 * (a checkout that changed the format without a rebuild), it is built once here, so the tool
 * still works; that takes a few seconds.
 */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const path = fileURLToPath(INDEX_URL);
  let text = existsSync(path) ? readFileSync(path, "utf8") : null;
  if (text === null || indexVersion(text) !== SUPPORTED_VERSION) {
    execFileSync(process.execPath, [fileURLToPath(BUILD_SCRIPT_URL)], { stdio: ["ignore", "ignore", "inherit"] });
    text = readFileSync(path, "utf8");
  }
  loaded = parseGazetteer(text);
  return loaded;
}
