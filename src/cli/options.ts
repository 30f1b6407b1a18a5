// The command's options, declared once: commander's definitions and --help come from here.

export interface OptionSpec {
  flags: string;
  description: string;
  default?: string | boolean;
  choices?: readonly string[];
}

export const FORMATS = ["table", "json"] as const;
export type FormatName = (typeof FORMATS)[number];

export const OPTIONS: readonly OptionSpec[] = [
  { flags: "-f, --format <name>", description: "output format", default: "table", choices: FORMATS },
  { flags: "--json", description: "shorthand for --format json" },
  { flags: "-g, --glob <pattern>", description: "files to take from folders", default: "**/*.txt" },
  {
    flags: "-r, --reference-date <YYYY-MM-DD>",
    description: "date that relative dates resolve against when a document states none",
  },
  { flags: "--no-color", description: "no colour in tables (also off when NO_COLOR is set or stdout is not a terminal)" },
];

export interface CliOptions {
  format: FormatName;
  json?: boolean;
  glob: string;
  referenceDate?: string;
  color: boolean;
}
