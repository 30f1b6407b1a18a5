import { ARMED_GROUPS } from "../extractors/actors/data/armed-groups.js";
import { ORGANIZATIONS } from "../extractors/actors/data/organizations.js";
import { alternation } from "../text/regex.js";
import { COUNTRY_ADMIN_WORDS } from "./admin-words.js";

/**
 * Words that tie a text to one country before any place in it is read: the names of groups and
 * parties based there ("the TTP", "BNP activists", "Awami League") and the administrative words
 * only its administration uses ("upazila"). The locations stage counts them as the article's
 * countries, so an ambiguous name ("Mirpur", in Bangladesh and Pakistan) takes its reading there.
 * Names are those of the actor lexicon (one source); acronyms match only in capitals.
 */
interface Cue {
  pattern: RegExp;
  countryOf: Map<string, string>;
}

function build(forms: Array<[string, string]>, flags: string): Cue {
  const countryOf = new Map<string, string>();
  for (const [form, iso] of forms) {
    const key = flags.includes("i") ? form.toLowerCase() : form;
    const seen = countryOf.get(key);
    // A form two countries' groups share names neither.
    countryOf.set(key, seen === undefined || seen === iso ? iso : "");
  }
  const usable = [...countryOf.keys()].filter((k) => countryOf.get(k));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${alternation(usable)}(?![\\p{L}\\p{N}])`, `g${flags}u`), countryOf };
}

const ENTRY_FORMS: Array<[string, string]> = [...ARMED_GROUPS, ...ORGANIZATIONS]
  .filter((e) => e.country)
  .flatMap((e) => [e.name, ...e.aliases].map((f): [string, string] => [f, e.country ?? ""]));
const ACRONYMS = build(ENTRY_FORMS.filter(([f]) => /^[\p{Lu}\d-]+$/u.test(f)), "");
const NAMES = build(
  [
    ...ENTRY_FORMS.filter(([f]) => !/^[\p{Lu}\d-]+$/u.test(f) && f.length > 4),
    ...COUNTRY_ADMIN_WORDS.filter((e) => e.countries.length === 1).flatMap((e) => e.words.map((w): [string, string] => [w, e.countries[0]])),
  ],
  "i",
);

/** The countries the text's named groups, parties and administrative words tie it to. */
export function countriesCued(content: string): Set<string> {
  const out = new Set<string>();
  for (const cue of [ACRONYMS, NAMES]) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(content); m; m = cue.pattern.exec(content)) {
      const iso = cue.countryOf.get(cue.pattern.flags.includes("i") ? m[0].toLowerCase() : m[0]);
      if (iso) out.add(iso);
    }
  }
  return out;
}
