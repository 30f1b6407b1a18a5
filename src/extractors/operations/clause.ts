import type { Sentence } from "../../types.js";

/**
 * Clause bounds around a trigger, by cheap punctuation and conjunction rules. News sentences
 * chain several actions ("The army began firing artillery into Jarabulus and warplanes
 * pounded ISIS targets"), and each operation is spanned on the clause that reports it.
 *
 * Traps: an apposition ("Raqqa, the Islamic State stronghold in Syria") is not a new clause,
 * so a bare comma ends a clause only when a conjunction or participle follows it; a clause
 * may run past a comma when the attribute search needs it (see `extendedEnd`).
 */

// A clause starts after one of these (the match end is the clause start). Quotes count only
// where speech opens ("told AFP: \"We ..."), not around names ('the "Islamic State" group').
const LEFT_BOUNDARY =
  /[,.:;]\s*["“”]\s*|[;:(\u2013\u2014]\s*|\)\s+(?:and\s+)?|,\s+|\s(?:but|while|whereas|when|after|before|although|though|as|since|because|and then|until|whom?|which|where)\s+/g;

// A clause ends at one of these (the match start is the clause end). "as" ends one only before
// a named subject and a present verb: "Israeli strikes kill five as Hezbollah fires rockets".
const RIGHT_BOUNDARY =
  /\s*[;(\u2013\u2014]|[,.]?["”](?=[\s,.]|$)(?![\w\s]{1,30}["“])|:\s|,\s+and\s+|,\s+(?=(?:but|while|whereas|when|after|before|although|though|as|since|because|which|who|where|adding|saying|according|forcing|prompting|sparking|drawing|signaling|signalling|officials?|a\s+\w+\s+(?:official|source|spokesman|spokesperson)|the\s+\w+\s+(?:said|told|reported))\b)|,\s+[\w\s.'’-]{0,40}?\b(?:said|told|reported|added|announced)\b|,\s+(?=[A-Z][a-z])|\s(?=(?:but|while|whereas|although|as other|as part of|when|since|after|before|because)\s)|\s(?=as\s+(?:[A-Z][\w'’-]*\s+){1,3}[a-z]{2,}[^s\W]s\s)/g;

// "Iraqi forces, backed by coalition air strikes, have carried out operations": a participle
// between commas describes support for the main action; the main clause runs across it, and
// an action named inside it ends at its closing comma.
const SUPPORT_PHRASE = /,\s+(?:backed|supported|aided|assisted|covered|escorted|helped)\s+by\s+[^,;:.()]{1,80},\s+/g;
const SUPPORT_OPENED = /\b(?:backed|supported|aided|assisted|covered|escorted|helped)\s+by\s+(?:[\w.'’-]+\s+){0,5}$/i;

// A name or an acronym in brackets: "(FARDC)", "(Reuters)", "(ISPR)", "(Islamic State)".
const SHORT_PARENTHESIS = /\((?:[\p{Lu}\d][\p{L}\d.'’&-]*)(?:\s+[\p{L}\d.'’&-]+){0,3}\)/gu;

export interface ClauseBounds {
  start: number;
  end: number;
}

/** The clause around `[triggerStart, triggerEnd)` inside `sentence`, in document offsets. */
export function clauseAround(content: string, sentence: Sentence, triggerStart: number, triggerEnd: number): ClauseBounds {
  const opening = content.slice(sentence.start, triggerStart);
  // Support phrases all hold "by": most clauses have none and skip both patterns.
  const mayHoldSupport = /by/i.test(opening);
  // "the Armed Forces of the DRC (FARDC) launched": a short name in brackets opens no clause.
  const unbracketed = opening.includes("(") ? opening.replace(SHORT_PARENTHESIS, (phrase) => " ".repeat(phrase.length)) : opening;
  const before = mayHoldSupport ? unbracketed.replace(SUPPORT_PHRASE, (phrase) => " ".repeat(phrase.length)) : unbracketed;
  let start = sentence.start;
  LEFT_BOUNDARY.lastIndex = 0;
  for (let m = LEFT_BOUNDARY.exec(before); m; m = LEFT_BOUNDARY.exec(before)) {
    start = sentence.start + m.index + m[0].length;
  }
  const after = content.slice(triggerEnd, sentence.end);
  RIGHT_BOUNDARY.lastIndex = 0;
  const right = RIGHT_BOUNDARY.exec(after);
  let end = right ? triggerEnd + right.index : sentence.end;
  if (mayHoldSupport && SUPPORT_OPENED.test(before)) {
    const comma = after.indexOf(",");
    if (comma >= 0) end = Math.min(end, triggerEnd + comma);
  }
  // Leave out a sentence's final punctuation and closing quotes.
  while (end > triggerEnd && /[\s.,!?"'”’]/.test(content[end - 1])) end--;
  // A dateline's dash ("KYIV (Reuters) - Ukraine's air defences ...") opens no clause text.
  while (start < triggerStart && (/[\s"'“‘\u2013\u2014]/.test(content[start]) || (content[start] === "-" && /\s/.test(content[start + 1] ?? "")))) start++;
  return { start, end };
}

/** The sentence containing `offset` (binary search over sorted sentences), or null. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
