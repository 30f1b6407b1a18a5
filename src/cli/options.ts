// The command's options, declared once: commander's definitions, --help and the README's
// option table come from here.

export interface OptionSpec {
  flags: string;
  description: string;
  default?: string;
  choices?: readonly string[];
}

export const FORMATS = ["table", "json", "ndjson", "csv", "markdown", "geojson"] as const;
export type FormatName = (typeof FORMATS)[number];

export const INPUT_KINDS = ["auto", "text", "ndjson"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export const OPTIONS: readonly OptionSpec[] = [
  { flags: "-f, --format <name>", description: "output format", default: "table", choices: FORMATS },
  { flags: "--json", description: "shorthand for --format json" },
  {
    flags: "--only <categories>",
    description: "comma-separated categories to output: actors,locations,operations,figures,dates",
  },
  {
    flags: "-i, --input <kind>",
    description: "read inputs as plain text or as JSON Lines records {id, text, published}; auto: .jsonl/.ndjson files are records",
    default: "auto",
    choices: INPUT_KINDS,
  },
  { flags: "-g, --glob <pattern>", description: "files to take from folders", default: "**/*.txt" },
  {
    flags: "-r, --reference-date <YYYY-MM-DD>",
    description: "date that relative dates resolve against when a document states none",
  },
  { flags: "--timeml", description: "TimeML-style dates, as TempEval annotates them: also durations (\"three years\"), sets (\"every day\") and \"now\"" },
  { flags: "--check <baseline>", description: "compare the extraction with a saved JSON output; exit 1 on any difference" },
  { flags: "--update", description: "with --check: rewrite the baseline with this extraction" },
  { flags: "-q, --quiet", description: "no progress bar" },
  { flags: "--no-color", description: "no colour (also off when NO_COLOR is set or the output is not a terminal)" },
];

export interface CliOptions {
  format: FormatName;
  json?: boolean;
  only?: string;
  input: InputKind;
  glob: string;
  referenceDate?: string;
  timeml?: boolean;
  check?: string;
  update?: boolean;
  quiet?: boolean;
  color: boolean;
}
