import { extractOperations } from "../../src/extractors/operations/index.js";
import { analyse } from "../../src/pipeline.js";
import type { Actor, ActorType, DateMention, FigureMention, Location, LocationType, Operation } from "../../src/types.js";


// Hand-built context: every occurrence of each alias becomes a mention, so the operations
// extractor is tested apart from the actors, locations and dates extractors.
export interface Given {
  actors?: Record<string, [ActorType, string[]]>;
  /** [type, country, aliases, mention rule ("dateline" as the locations stage marks one; default "test")] */
  locations?: Record<string, [LocationType, string | null, string[], string?]>;
  dates?: Record<string, string | null>;
  figures?: Array<Pick<FigureMention, "text" | "value" | "category">>;
}

function occurrences(content: string, text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "g");
  for (let m = re.exec(content); m; m = re.exec(content)) out.push(m.index);
  return out;
}

export function run(content: string, given: Given = {}): { operations: Operation[]; figures: FigureMention[] } {
  const doc = analyse({ id: "t", path: "t", content, referenceDate: "2020-05-04" });
  const actors: Actor[] = Object.entries(given.actors ?? {}).map(([name, [type, aliases]]) => ({
    name, type, aliases,
    mentions: aliases.flatMap((a) => occurrences(content, a).map((start) => ({ start, end: start + a.length, text: a, rule: "test", actor: name }))),
  }));
  const locations: Location[] = Object.entries(given.locations ?? {}).map(([name, [type, country, aliases, rule]]) => ({
    name, type, country, admin1: null, lat: null, lon: null, aliases,
    mentions: aliases.flatMap((a) => occurrences(content, a).map((start) => ({ start, end: start + a.length, text: a, rule: rule ?? "test", key: name }))),
  }));
  const dates: DateMention[] = Object.entries(given.dates ?? {}).flatMap(([text, value]) =>
    occurrences(content, text).map((start) => ({ start, end: start + text.length, text, rule: "test", value, type: "date" as const })),
  );
  const figures: FigureMention[] = (given.figures ?? []).flatMap((f) =>
    occurrences(content, f.text).map((start) => ({ ...f, start, end: start + f.text.length, rule: "test", approximate: false, bound: null })),
  );
  return extractOperations(doc, { actors, locations, dates, figures });
}

export const ISRAEL: Given["actors"] = { Israel: ["state", ["Israeli", "Israel"]], Hamas: ["armed_group", ["Hamas"]] };

export type Expect = Partial<Pick<Operation, "type" | "actor" | "target" | "location" | "date" | "count" | "name" | "instrument">> & { text?: string };
