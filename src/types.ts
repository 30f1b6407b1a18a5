import type { CorpusSummary } from "./summary.js";

// Shared shapes of the pipeline. Every stage is a pure function over these; only the CLI
// layer reads files or the clock.

/** A half-open range `[start, end)` into a document's content, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A span that names the rule which produced it, so a wrong item can be traced. */
export interface Mention extends Span {
  rule: string;
}

/** A document as read: content is the file's text with a leading BOM removed, nothing else. */
export interface SourceDocument {
  id: string;
  /** The path as the user gave it (or `-` for standard input). */
  path: string;
  content: string;
  /** A reference date (YYYY-MM-DD) supplied from outside, used when the text states none. */
  referenceDate?: string | null;
  /** A publication date supplied with the record (NDJSON input), preferred over detection: YYYY-MM-DD[THH:MM]. */
  published?: string | null;
  /** Other fields of an input record, passed through to the output untouched. */
  meta?: Record<string, unknown>;
}

export interface Sentence {
  start: number;
  end: number;
}

/** One compromise term, placed in the document by absolute offsets. */
export interface TaggedTerm {
  start: number;
  end: number;
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
}

/**
 * Compromise's view of the sentences that needed it. Compromise is slow (about 0.1 MB/s), so
 * it runs once per document and only on the sentences some extractor asked for.
 */
export interface Tagging {
  /** Terms in document order, only from tagged sentences. */
  terms: TaggedTerm[];
  /** Person names compromise found, as document spans. */
  people: Span[];
  /** The ranges that were tagged: whole sentences or windows of them. */
  sentences: Sentence[];
  /** Terms that fall inside `[start, end)`. */
  termsIn(start: number, end: number): TaggedTerm[];
}

/** What every extractor receives: the document and the shared cheap analyses. */
export interface AnalysedDocument {
  id: string;
  path: string;
  content: string;
  title: string | null;
  /**
   * The date the text states for itself: YYYY-MM-DD, or YYYY-MM-DDTHH:MM when its date line
   * gives the time ("Published: 2 March 2019 08:15 GMT" → 2019-03-02T08:15; zone left out); or null.
   */
  published: string | null;
  /** What relative dates resolve against (their day): `published`, else the supplied reference date. */
  anchor: string | null;
  sentences: Sentence[];
  tagging: Tagging;
}

// ---------------------------------------------------------------- extracted items

export type DateType = "date" | "time" | "duration" | "set";

export interface DateMention extends Mention {
  /** ISO 8601 at the stated granularity (TIMEX3 conventions), or null when unknowable. */
  value: string | null;
  type: DateType;
  /** For intervals ("between August 2014 and September 2020"). */
  range?: { start: string | null; end: string | null };
  /** Vague expressions ("for months", "recently"). */
  vague?: boolean;
}

/** One interval as a whole: "between August 2014 and September 2020", "since 2014". */
export interface DateInterval extends Mention {
  /** ISO 8601 interval of the two values, `..` for an open end: "2014-08/2020-09", "2014/..". */
  value: string;
  from: string | null;
  to: string | null;
}

export type FigureCategory =
  | "strikes"
  | "killed"
  | "injured"
  | "targets"
  | "munitions"
  | "equipment"
  | "personnel"
  | "other";

export interface FigureMention extends Mention {
  value: number;
  /** Upper end of a range ("10 to 15 killed"). */
  max?: number;
  category: FigureCategory;
  approximate: boolean;
  bound: "lower" | "upper" | null;
  /** Who the figure counts ("civilians", "IS militants"), where the text says. */
  subject?: string | null;
  /** For killed and injured: whose dead or wounded, where the counted words make it clear. */
  side?: "civilian" | "military" | "militant" | null;
  unit?: string | null;
  /** Index into the document's operations, filled by the linking stage. */
  operation?: number | null;
}

export type LocationType = "country" | "region" | "city" | "base" | "sea" | "other";

export interface LocationMention extends Mention {
  /** Key of the resolved gazetteer entry. */
  key: string;
}

export interface Location {
  name: string;
  type: LocationType;
  /** ISO 3166-1 alpha-2, upper case, or null. */
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  /** The town a street or site lies in, as the article places it ("Rue Victor Hugo" → "Lyon"). */
  within?: string;
  aliases: string[];
  mentions: LocationMention[];
}

export type ActorType = "state" | "armed_group" | "organization" | "person";

export interface ActorMention extends Mention {
  /** Canonical name of the actor this mention refers to. */
  actor: string;
  /** A state's force or institution named in this mention ("army", "Defence Ministry"). */
  unit?: string | null;
}

export interface Actor {
  name: string;
  type: ActorType;
  role?: string | null;
  affiliation?: string | null;
  /** Forces and institutions of a state named in the document. */
  units?: string[];
  /** A named group's or party's home country (ISO 3166-1 alpha-2), where the lexicon knows it. */
  country?: string;
  /** Attackers the text does not name ("unidentified gunmen"), listed only where they act. */
  unnamed?: boolean;
  aliases: string[];
  mentions: ActorMention[];
}

export type OperationType =
  | "airstrike"
  | "missile_strike"
  | "shelling"
  | "ground_operation"
  | "bombing"
  | "clash"
  | "other";

/** One clause that reports an event: the first gives the record its span, later ones restate it. */
export interface OperationMention extends Mention {
  /** Offsets of the word that triggered this mention. */
  trigger: Span;
}

/** Which role rule filled each attribute of an event record, or null where none did. */
export interface OperationRoles {
  actor: string | null;
  target: string | null;
  location: string | null;
  date: string | null;
}

export interface Operation extends Mention {
  type: OperationType;
  actor: string | null;
  target: string | null;
  location: string | null;
  date: string | null;
  count: number | null;
  name?: string | null;
  instrument?: string | null;
  /** Offsets of the word that triggered the operation. */
  trigger: Span;
  /** Every clause that reports this event, in text order (the first is the record's own span). */
  mentions: OperationMention[];
  /** The role rule behind each attribute (see the README's event records). */
  roles: OperationRoles;
}

export interface DocumentResult {
  id: string;
  path: string;
  title: string | null;
  /** The document's own date: YYYY-MM-DD, or YYYY-MM-DDTHH:MM when a time is stated (see AnalysedDocument). */
  published: string | null;
  actors: Actor[];
  locations: Location[];
  dates: DateMention[];
  /** Intervals built from the dates: their ends are also listed in `dates`. */
  intervals: DateInterval[];
  figures: FigureMention[];
  operations: Operation[];
  /** News agencies and outlets quoted as sources: not actors. */
  sources: string[];
  /** Fields of the input record other than id, text and published (NDJSON input). */
  meta?: Record<string, unknown>;
}

export interface ExtractionResult {
  schemaVersion: 2;
  documents: DocumentResult[];
  /** Totals across the documents (whole-result formats only; NDJSON streams have none). */
  summary?: CorpusSummary;
}
