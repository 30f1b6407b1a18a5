import type { SourceDocument } from "../types.js";
import type { InputProblem } from "./inputs.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
// A time after the day ("2019-03-02T08:15:00Z", "2019-03-02 08:15"): kept to the minute, as the
// detected publication dates are.
const ISO_MINUTE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/;

/** Inputs read as JSON Lines: `.jsonl`/`.ndjson` files, or any input with `--input ndjson`. */
export function isRecordFile(path: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(path);
}

/**
 * Parses JSON Lines records `{ "id", "text", "published"? }` into documents. Other fields are
 * kept under `meta`. A bad line is a problem naming its line number; the other lines go on.
 */
export function parseRecords(
  content: string,
  path: string,
  referenceDate: string | null,
): { documents: SourceDocument[]; problems: InputProblem[] } {
  const documents: SourceDocument[] = [];
  const problems: InputProblem[] = [];
  const lines = content.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${path}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      problems.push({ path: where, message: "not valid JSON" });
      return;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      problems.push({ path: where, message: "a record must be a JSON object" });
      return;
    }
    const { id, text, published, ...rest } = record as Record<string, unknown>;
    if (typeof text !== "string") {
      problems.push({ path: where, message: 'the record has no "text" string' });
      return;
    }
    if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
      problems.push({ path: where, message: '"id" must be a string or a number' });
      return;
    }
    if (published !== undefined && published !== null && (typeof published !== "string" || !ISO_DAY.test(published))) {
      problems.push({ path: where, message: '"published" must be a date as YYYY-MM-DD' });
      return;
    }
    documents.push({
      id: id === undefined ? `${path}:${i + 1}` : String(id),
      path,
      content: text,
      referenceDate,
      published: typeof published === "string" ? recordDate(published) : null,
      ...(Object.keys(rest).length ? { meta: rest } : {}),
    });
  });
  return { documents, problems };
}

/** The record's date as the output gives it: the day, and the minute when a time is given. */
function recordDate(value: string): string {
  const m = ISO_MINUTE.exec(value);
  return m ? `${m[1]}T${m[2]}` : value.slice(0, 10);
}
