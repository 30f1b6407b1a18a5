import { readFileSync } from "node:fs";
import type { ComparableDocument } from "../diff/diff.js";

/**
 * Reads an earlier output of this tool: a JSON object with `documents`, a bare array, or
 * NDJSON with one document per line.
 */
export function loadOutput(path: string): { documents: ComparableDocument[] } | { error: string } {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { error: code === "ENOENT" ? "no such file" : `cannot be read (${code ?? "unknown error"})` };
  }
  let docs: unknown;
  try {
    const json: unknown = JSON.parse(raw);
    docs = Array.isArray(json) ? json : (json as { documents?: unknown }).documents;
  } catch {
    try {
      docs = raw.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
    } catch {
      return { error: "not JSON or NDJSON output of extract" };
    }
  }
  if (!Array.isArray(docs) || !docs.every((d) => typeof d === "object" && d !== null && typeof (d as { id?: unknown }).id === "string")) {
    return { error: "has no list of documents with ids" };
  }
  return { documents: docs as ComparableDocument[] };
}
