import { readFileSync, statSync } from "node:fs";
import { basename, extname, relative } from "node:path";
import fg from "fast-glob";

export const STDIN = "-";

/** A problem with one input, reported on stderr without stopping the others. */
export interface InputProblem {
  path: string;
  message: string;
}

export interface ResolvedInputs {
  /** Files in sorted path order, plus `-` (standard input) where it was named. */
  files: string[];
  problems: InputProblem[];
}

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * Expands the user's arguments into files: a file stays as given, a folder is searched
 * recursively for `pattern`, anything else is read as a glob. Each argument that yields
 * nothing is a problem of its own, so one typo never hides the other inputs.
 */
export function resolveInputs(args: readonly string[], pattern: string): ResolvedInputs {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === STDIN) {
      stdin = true;
      continue;
    }
    const kind = statKind(arg);
    if (kind === "file") {
      files.add(arg);
    } else if (kind === "dir") {
      const found = fg.sync(pattern, { cwd: arg, onlyFiles: true, dot: false, followSymbolicLinks: true });
      if (found.length === 0) problems.push({ path: arg, message: `no files matching ${pattern} in this folder` });
      for (const f of found) files.add(joinPath(arg, f));
    } else if (GLOB_CHARS.test(arg)) {
      const found = fg.sync(arg, { onlyFiles: true, dot: false });
      if (found.length === 0) problems.push({ path: arg, message: "no files match this pattern" });
      for (const f of found) files.add(f);
    } else {
      problems.push({ path: arg, message: "no such file or folder" });
    }
  }
  const sorted = [...files].sort(comparePaths);
  if (stdin) sorted.push(STDIN);
  return { files: sorted, problems };
}

function statKind(path: string): "file" | "dir" | null {
  try {
    const s = statSync(path);
    return s.isDirectory() ? "dir" : s.isFile() ? "file" : null;
  } catch {
    return null;
  }
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith("/") ? dir + file : `${dir}/${file}`;
}

// Code-unit order, not locale order, so the output is the same on every machine.
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A document's id is its file stem; where two inputs share a stem, their paths (relative to
 * the working folder, without extension) tell them apart.
 */
export function assignIds(paths: readonly string[]): Map<string, string> {
  const stems = new Map<string, number>();
  for (const p of paths) if (p !== STDIN) stems.set(stem(p), (stems.get(stem(p)) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const p of paths) {
    if (p === STDIN) {
      ids.set(p, "stdin");
      continue;
    }
    const s = stem(p);
    if ((stems.get(s) ?? 0) > 1) {
      const rel = relative(process.cwd(), p).split("\\").join("/");
      ids.set(p, rel.slice(0, rel.length - extname(rel).length));
    } else ids.set(p, s);
  }
  return ids;
}

function stem(path: string): string {
  const b = basename(path);
  return b.slice(0, b.length - extname(b).length);
}

/** Decodes bytes as UTF-8, refusing binary or malformed input, and drops a leading BOM. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: "not a text file (it contains NUL bytes)" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { error: "not valid UTF-8 text" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** Reads one input's bytes (`-` is standard input), or says why it could not. */
export function readBytes(path: string): { bytes: Uint8Array } | InputProblem {
  try {
    return { bytes: path === STDIN ? readFileSync(0) : readFileSync(path) };
  } catch (err) {
    return { path, message: describeIoError(err) };
  }
}

function describeIoError(err: unknown): string {
  const code = typeof err === "object" && err && "code" in err ? String((err as { code: unknown }).code) : "";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EISDIR") return "is a folder";
  return `cannot be read (${code || "unknown error"})`;
}
