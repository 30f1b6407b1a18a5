// Matches many multi-word phrases against a token stream in one pass: phrases are grouped by their
// first token's lower-case key, longest first, so each position costs one Map lookup. Hyphens are
// ignored on both sides, so "al-Shabaab" also matches "al Shabaab" and "Anti-ISIS" "anti ISIS".
// Case: a phrase token in capitals (an acronym) matches only in capitals; a capitalised one only
// a capitalised word; a lower-case one any case.
import { isHyphen, tokenize, type Token } from "./tokens.js";

interface PhraseKey {
  key: string;
  lower: string;
  /** All capitals or digits: matches only exactly ("IS", "M23"). */
  acronym: boolean;
  capitalised: boolean;
}

interface Phrase<T> {
  keys: PhraseKey[];
  payloads: T[];
}

// Precomputed once per phrase word, so matching does no regex work.
// An acronym ("IS", "M23") or a word with an inner capital ("LeT", "JeM", "McKinsey") matches
// only as written: "Let us hope" names no Lashkar-e-Taiba.
function phraseKey(key: string): PhraseKey {
  const exact = key.length > 1 && (/^[\p{Lu}\p{N}]+$/u.test(key) || /^\p{Lu}.*\p{Lu}/u.test(key));
  return { key, lower: key.toLowerCase(), acronym: exact, capitalised: /^\p{Lu}/u.test(key) };
}

export interface PhraseMatch<T> {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  payloads: readonly T[];
}

/**
 * Every index's first words, each with one bit per index that has a phrase starting with it.
 * A token looks here once (the answer is kept on the token), and an index whose bit is unset
 * answers without a lookup of its own: most words start no phrase of any index.
 */
const FIRST_WORD_BITS = new Map<string, number>();
let indexesMade = 0;

export class PhraseIndex<T> {
  /** Phrases of one word, by that word; longer phrases by their first two words (many names share a first word: "National ..."). */
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly byFirstTwo = new Map<string, Phrase<T>[]>();
  private readonly byText = new Map<string, Phrase<T>>();
  private readonly bit: number;

  constructor() {
    if (indexesMade >= 30) throw new Error("PhraseIndex: at most 30 indexes share the first-word bits");
    this.bit = 1 << indexesMade++;
  }

  add(form: string, payload: T): void {
    const keys = tokenize(form).filter((t) => !isHyphen(t)).map((t) => t.key);
    if (keys.length === 0) return;
    const id = keys.join("\u0000");
    const known = this.byText.get(id);
    if (known) {
      known.payloads.push(payload);
      return;
    }
    this.memoTokens = null;
    const phrase: Phrase<T> = { keys: keys.map(phraseKey), payloads: [payload] };
    this.byText.set(id, phrase);
    const first = phrase.keys[0].lower;
    FIRST_WORD_BITS.set(first, (FIRST_WORD_BITS.get(first) ?? 0) | this.bit);
    const map = phrase.keys.length > 1 ? this.byFirstTwo : this.byFirst;
    const slot = phrase.keys.length > 1 ? `${first}\u0000${phrase.keys[1].lower}` : first;
    const list = map.get(slot) ?? [];
    list.push(phrase);
    list.sort((a, b) => b.keys.length - a.keys.length);
    map.set(slot, list);
  }

  // The rules ask the same index about the same token several times (the lexicon is read at
  // each token by the lexicon scan, the pattern rules and the name rules): answers for the
  // last token list asked about are kept. Token lists are never changed once made.
  private memoTokens: readonly Token[] | null = null;
  private memo: Array<PhraseMatch<T> | null | undefined> = [];

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    // Callers probe past the last token ("the word after"): there is no phrase there.
    if (i < 0 || i >= tokens.length) return null;
    if (tokens !== this.memoTokens) {
      this.memoTokens = tokens;
      this.memo = new Array<PhraseMatch<T> | null | undefined>(tokens.length);
    }
    const known = this.memo[i];
    if (known !== undefined) return known;
    const found = this.findAt(tokens, i);
    this.memo[i] = found;
    return found;
  }

  private findAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const token = tokens[i];
    if (token.firstWordBits < 0) token.firstWordBits = FIRST_WORD_BITS.get(token.lower) ?? 0;
    if ((token.firstWordBits & this.bit) === 0) return null;
    // Longer phrases first, found by the first two words; then a phrase of this word alone.
    let j = i + 1;
    while (j < tokens.length && isHyphen(tokens[j])) j++;
    const longer = j < tokens.length ? this.byFirstTwo.get(`${token.lower}\u0000${tokens[j].lower}`) : undefined;
    for (const candidates of [longer, this.byFirst.get(token.lower)]) {
      if (!candidates) continue;
      for (const phrase of candidates) {
        const to = this.matchPhrase(phrase, tokens, i);
        if (to > 0) return { from: i, to, payloads: phrase.payloads };
      }
    }
    return null;
  }

  /** Every longest, non-overlapping match, left to right. */
  scan(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }

  private matchPhrase(phrase: Phrase<T>, tokens: readonly Token[], from: number): number {
    let j = from;
    for (let k = 0; k < phrase.keys.length; k++) {
      while (k > 0 && j < tokens.length && isHyphen(tokens[j])) j++;
      if (j >= tokens.length || !keyMatches(phrase.keys[k], tokens[j], k === 0)) return 0;
      // Words of a phrase must be adjacent: only spaces or hyphens between them.
      if (k > 0 && (tokens[j].start - tokens[j - 1].end > 1 || tokens[j].breakBefore)) return 0;
      j++;
    }
    return j;
  }
}

// Only the first word of a name must keep its capital: "Al shabaab" still names al-Shabaab.
function keyMatches(key: PhraseKey, token: Token, first: boolean): boolean {
  if (key.acronym) return token.key === key.key;
  if (token.lower !== key.lower) return false;
  if (first && key.capitalised) return token.text[0] !== token.lower[0] || /^\p{Lu}/u.test(token.text);
  return true;
}
