import { Command, InvalidArgumentError, Option } from "commander";
import { formatResult } from "../format/index.js";
import { extractDocument } from "../pipeline.js";
import type { DocumentResult, ExtractionResult } from "../types.js";
import { assignIds, readDocument, resolveInputs } from "./inputs.js";
import { FORMATS, OPTIONS, type CliOptions, type FormatName } from "./options.js";

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function buildProgram(): Command {
  const program = new Command("extract")
    .description("Extract actors, locations, operations, dates and figures from news articles about armed conflict.")
    .argument("<inputs...>", "files, folders, glob patterns, or - for standard input")
    .showHelpAfterError()
    .exitOverride();
  for (const spec of OPTIONS) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    if (spec.default !== undefined && !spec.flags.startsWith("--no-")) option.default(spec.default);
    program.addOption(option);
  }
  return program;
}

/** Runs the command; returns the exit code. Writes only through the two callbacks. */
export async function run(
  argv: readonly string[],
  io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean },
): Promise<number> {
  const program = buildProgram();
  program.configureOutput({ writeOut: io.out, writeErr: io.err });
  try {
    program.parse([...argv], { from: "user" });
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode;
    return code === 0 ? EXIT_OK : EXIT_USAGE;
  }
  const opts = program.opts<CliOptions>();
  const inputs = program.args;
  const format: FormatName = opts.json ? "json" : opts.format;
  if (!FORMATS.includes(format)) {
    io.err(`extract: unknown format ${format}\n`);
    return EXIT_USAGE;
  }
  if (opts.referenceDate !== undefined && !isValidDay(opts.referenceDate)) {
    io.err(`extract: --reference-date must be a date as YYYY-MM-DD, not "${opts.referenceDate}"\n`);
    return EXIT_USAGE;
  }

  const { files, problems } = resolveInputs(inputs, opts.glob);
  const ids = assignIds(files);
  const documents: DocumentResult[] = [];
  for (const path of files) {
    const source = readDocument(path, ids.get(path) ?? path, opts.referenceDate ?? null);
    if ("message" in source) {
      problems.push(source);
      continue;
    }
    documents.push(extractDocument(source));
  }
  for (const p of problems) io.err(`extract: ${p.path}: ${p.message}\n`);

  if (documents.length === 0) {
    if (problems.length === 0) io.err("extract: no input documents\n");
    return EXIT_USAGE;
  }
  const result: ExtractionResult = { schemaVersion: 1, documents };
  const color = opts.color && io.isTTY && !process.env.NO_COLOR;
  io.out(formatResult(format, result, { color }));
  return problems.length ? EXIT_SOME_FAILED : EXIT_OK;
}

function isValidDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export { InvalidArgumentError };
