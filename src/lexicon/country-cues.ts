import { ARMED_GROUPS } from "../extractors/actors/data/armed-groups.js";
import { ORGANIZATIONS } from "../extractors/actors/data/organizations.js";
import { type Token, tokenise } from "../extractors/locations/scan.js";
import { COUNTRY_ADMIN_WORDS } from "./admin-words.js";

/**
 * Words that tie a text to one country before any place in it is read: the names of groups and
 * parties based there ("the TTP", "BNP activists", "Awami League") and the administrative words
 * only its administration uses ("upazila"). The locations stage counts them as the article's
 * countries, so an ambiguous name ("Mirpur", in Bangladesh and Pakistan) takes its reading there.
 * Names are those of the actor lexicon (one source); acronyms match only in capitals.
 *
 * Matching is by word sequences looked up in a map (one pass over the words, a few lookups at
 * each), not by one regex alternation of thousands of names, which is slow on long texts.
 */
const isAcronym = (form: string): boolean => /^[\p{Lu}\d-]+$/u.test(form);
/** Words as the locations stage splits them (letters and digits; hyphens and dots apart). */
const wordsOf = (form: string): string[] => tokenise(form).map((t) => t.text);

/** Word sequence (as written for acronyms, lower case for names) → its country, or "" when two countries share it. */
const EXACT = new Map<string, string>();
const LOWER = new Map<string, string>();
/** Every proper prefix of a key (in words), so a sequence that starts no key stops growing at once. */
const EXACT_PREFIXES = new Set<string>();
const LOWER_PREFIXES = new Set<string>();

function add(form: string, iso: string): void {
  const words = wordsOf(form);
  if (!words.length) return;
  const acronym = isAcronym(form);
  if (!acronym && form.length <= 4) return;
  const key = acronym ? words.join(" ") : words.join(" ").toLowerCase();
  const [map, prefixes] = acronym ? [EXACT, EXACT_PREFIXES] : [LOWER, LOWER_PREFIXES];
  const seen = map.get(key);
  map.set(key, seen === undefined || seen === iso ? iso : "");
  const parts = key.split(" ");
  for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(" "));
}

for (const e of [...ARMED_GROUPS, ...ORGANIZATIONS]) {
  if (!e.country) continue;
  for (const form of [e.name, ...e.aliases]) add(form, e.country);
}
for (const e of COUNTRY_ADMIN_WORDS) if (e.countries.length === 1) for (const w of e.words) add(w, e.countries[0]);

/** First words of the keys: a token that starts none is passed at once. */
const EXACT_FIRSTS = new Set([...EXACT.keys()].map((k) => k.split(" ")[0]));
const LOWER_FIRSTS = new Set([...LOWER.keys()].map((k) => k.split(" ")[0]));

/** The countries the text's named groups, parties and administrative words tie it to (from its word tokens). */
export function countriesCued(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const exact = first.capitalised && EXACT_FIRSTS.has(first.text);
    const lower = LOWER_FIRSTS.has(first.lower);
    if (exact) grow(tokens, i, true, out);
    if (lower) grow(tokens, i, false, out);
  }
  return out;
}

/** Looks up the word sequences from token `i` on, while they are a key or a key's start. */
function grow(tokens: readonly Token[], i: number, exact: boolean, out: Set<string>): void {
  const [map, prefixes] = exact ? [EXACT, EXACT_PREFIXES] : [LOWER, LOWER_PREFIXES];
  let key = exact ? tokens[i].text : tokens[i].lower;
  for (let j = i; ; ) {
    const iso = map.get(key);
    if (iso) out.add(iso);
    if (++j >= tokens.length || !prefixes.has(key)) return;
    key += ` ${exact ? tokens[j].text : tokens[j].lower}`;
  }
}
