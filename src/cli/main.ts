import { writeFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { CATEGORIES, parseCategories, type Category } from "../categories.js";
import { parseIsoDay } from "../extractors/dates/calendar.js";
import { diffResults, type ComparableDocument } from "../diff/diff.js";
import { formatDiffJson, formatDiffTable } from "../format/diff.js";
import { FORMATTERS } from "../format/index.js";
import { formatJson } from "../format/json.js";
import { formatNdjsonLine } from "../format/ndjson.js";
import { extractDocument } from "../pipeline.js";
import { OUTPUT_SCHEMA, SCHEMA_VERSION } from "../schema.js";
import { summarise } from "../summary.js";
import type { DocumentResult, ExtractionResult, SourceDocument } from "../types.js";
import { assignIds, decodeText, readBytes, resolveInputs, STDIN, type InputProblem } from "./inputs.js";
import { loadOutput } from "./load-output.js";
import { FORMATS, OPTIONS, type CliOptions, type FormatName } from "./options.js";
import { createProgress } from "./progress.js";
import { isRecordFile, parseRecords } from "./records.js";

export const EXIT_OK = 0;
/** Some inputs failed, or `diff`/`--check` found differences. */
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether standard output is a terminal (colour). */
  isTTY: boolean;
  /** Whether standard error is a terminal (progress bar). */
  errIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Runs the command line; returns the exit code. Writes only through `io`. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === "schema") return runSchema(argv.slice(1), io);
  if (argv[0] === "diff") return runDiff(argv.slice(1), io);
  return runExtract(argv, io);
}

/** Parses with commander; a usage error or --help ends with the right code and no stack. */
function parse(program: Command, argv: readonly string[], io: Io): number | null {
  program.configureOutput({ writeOut: io.out, writeErr: io.err }).exitOverride().showHelpAfterError("(add --help for usage)");
  try {
    program.parse([...argv], { from: "user" });
    return null;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
}

function colourOn(io: Io, requested: boolean): boolean {
  const env = io.env ?? process.env;
  return requested && io.isTTY && !env.NO_COLOR;
}

function buildExtractProgram(): Command {
  const program = new Command("extract")
    .description("Extract actors, locations, operations, dates and figures from news articles about armed conflict.")
    .argument("<inputs...>", "files, folders, glob patterns, or - for standard input")
    .addHelpText(
      "after",
      "\nCommands:\n  extract schema              print the JSON Schema of the JSON output\n  extract diff <old> <new>    compare two JSON outputs (exit 1 when they differ)",
    );
  for (const spec of OPTIONS) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    if (spec.default !== undefined) option.default(spec.default);
    program.addOption(option);
  }
  return program;
}

async function runExtract(argv: readonly string[], io: Io): Promise<number> {
  const program = buildExtractProgram();
  const parsed = parse(program, argv, io);
  if (parsed !== null) return parsed;
  const opts = program.opts<CliOptions>();
  const format: FormatName = opts.json ? "json" : opts.format;
  if (!FORMATS.includes(format)) return usage(io, `unknown format ${format}`);
  if (opts.referenceDate !== undefined && !isValidDay(opts.referenceDate)) {
    return usage(io, `--reference-date must be a date as YYYY-MM-DD, not "${opts.referenceDate}"`);
  }
  let categories: readonly Category[] = CATEGORIES;
  if (opts.only !== undefined) {
    const parsedOnly = parseCategories(opts.only);
    if ("unknown" in parsedOnly) {
      return usage(io, `--only takes ${CATEGORIES.join(",")}; unknown: ${parsedOnly.unknown.join(", ")}`);
    }
    categories = parsedOnly.categories;
  }
  if (opts.update && !opts.check) return usage(io, "--update goes with --check <baseline>");

  const { files, problems } = resolveInputs(program.args, opts.glob);
  const ids = assignIds(files);
  const reportProblem = (p: InputProblem) => io.err(`extract: ${p.path}: ${p.message}\n`);
  problems.forEach(reportProblem);

  const streaming = format === "ndjson" && !opts.check;
  const documents: DocumentResult[] = [];
  let failed = problems.length;
  let extracted = 0;
  const progress = createProgress(files.length, Boolean(io.errIsTTY) && !opts.quiet, io.err);
  for (const path of files) {
    const sources = readSources(path, ids.get(path) ?? path, opts);
    for (const p of sources.problems) reportProblem(p);
    failed += sources.problems.length;
    for (const source of sources.documents) {
      const result = extractDocument(source, { timeml: Boolean(opts.timeml) });
      extracted++;
      if (streaming) io.out(formatNdjsonLine(result, categories));
      else documents.push(result);
    }
    progress.tick();
  }
  progress.done();

  if (extracted === 0) return failed ? EXIT_USAGE : usage(io, "no input documents");
  const result: ExtractionResult = { schemaVersion: SCHEMA_VERSION, documents, summary: summarise(documents) };
  if (opts.check) return check(opts.check, Boolean(opts.update), result, io, colourOn(io, opts.color)) || (failed ? EXIT_SOME_FAILED : EXIT_OK);
  if (!streaming) {
    io.out(FORMATTERS[format as Exclude<FormatName, "ndjson">](result, { color: colourOn(io, opts.color), categories }));
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

function readSources(
  path: string,
  id: string,
  opts: CliOptions,
): { documents: SourceDocument[]; problems: InputProblem[] } {
  const bytes = readBytes(path);
  if ("message" in bytes) return { documents: [], problems: [bytes] };
  const decoded = decodeText(bytes.bytes);
  if ("error" in decoded) return { documents: [], problems: [{ path, message: decoded.error }] };
  const referenceDate = opts.referenceDate ?? null;
  const asRecords = opts.input === "ndjson" || (opts.input === "auto" && path !== STDIN && isRecordFile(path));
  if (asRecords) {
    const parsed = parseRecords(decoded.text, path, referenceDate);
    if (parsed.documents.length === 0 && parsed.problems.length === 0) {
      return { documents: [], problems: [{ path, message: "no records in this file" }] };
    }
    return parsed;
  }
  return { documents: [{ id, path, content: decoded.text, referenceDate }], problems: [] };
}

/** `--check`: 0 when the extraction equals the baseline, 1 when it differs (diff printed). */
function check(baseline: string, update: boolean, result: ExtractionResult, io: Io, color: boolean): number {
  const json = formatJson(result, { color: false, categories: CATEGORIES });
  if (update) {
    try {
      writeFileSync(baseline, json);
    } catch (err) {
      io.err(`extract: ${baseline}: cannot be written (${(err as { code?: string }).code ?? "unknown error"})\n`);
      return EXIT_USAGE;
    }
    io.err(`extract: ${baseline}: updated with ${result.documents.length} documents\n`);
    return EXIT_OK;
  }
  const saved = loadOutput(baseline);
  if ("error" in saved) {
    io.err(`extract: ${baseline}: ${saved.error} (run with --update to create it)\n`);
    return EXIT_USAGE;
  }
  const current = (JSON.parse(json) as { documents: ComparableDocument[] }).documents;
  const diff = diffResults(saved.documents, current);
  io.out(formatDiffTable(diff, { color }));
  return diff.equal ? EXIT_OK : EXIT_SOME_FAILED;
}

function runSchema(argv: readonly string[], io: Io): number {
  const program = new Command("extract schema").description("Print the JSON Schema (draft 2020-12) of the JSON output.");
  const parsed = parse(program, argv, io);
  if (parsed !== null) return parsed;
  io.out(JSON.stringify(OUTPUT_SCHEMA, null, 2) + "\n");
  return EXIT_OK;
}

function runDiff(argv: readonly string[], io: Io): number {
  const program = new Command("extract diff")
    .description("Compare two JSON (or NDJSON) outputs of extract, per document and category.")
    .argument("<old>", "the earlier output")
    .argument("<new>", "the later output")
    .option("--json", "print the diff as JSON")
    .option("--no-color", "no colour");
  const parsed = parse(program, argv, io);
  if (parsed !== null) return parsed;
  const [oldPath, newPath] = program.args;
  const opts = program.opts<{ json?: boolean; color: boolean }>();
  const before = loadOutput(oldPath);
  const after = loadOutput(newPath);
  let bad = false;
  for (const [path, loaded] of [[oldPath, before], [newPath, after]] as const) {
    if ("error" in loaded) {
      io.err(`extract diff: ${path}: ${loaded.error}\n`);
      bad = true;
    }
  }
  if ("error" in before || "error" in after || bad) return EXIT_USAGE;
  const diff = diffResults(before.documents, after.documents);
  io.out(opts.json ? formatDiffJson(diff) : formatDiffTable(diff, { color: colourOn(io, opts.color) }));
  return diff.equal ? EXIT_OK : EXIT_SOME_FAILED;
}

function usage(io: Io, message: string): number {
  io.err(`extract: ${message}\n`);
  return EXIT_USAGE;
}

function isValidDay(s: string): boolean {
  return ISO_DAY.test(s) && parseIsoDay(s) !== null;
}
