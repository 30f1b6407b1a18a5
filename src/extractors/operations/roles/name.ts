import { alternation } from "../../../text/regex.js";

/**
 * Named military operations. "Operation" + capitalised words is caught by pattern; this list
 * adds well-known names that reports give without the word "Operation" ("Euphrates Shield
 * forces", "the Barkhane mission").
 */
const KNOWN_OPERATIONS: readonly string[] = [
  "Inherent Resolve", "Euphrates Shield", "Olive Branch", "Peace Spring", "Spring Shield", "Decisive Storm",
  "Restoring Hope", "Enduring Freedom", "Iraqi Freedom", "Freedom's Sentinel", "Resolute Support", "Barkhane",
  "Serval", "Odyssey Dawn", "Unified Protector", "Protective Edge", "Cast Lead", "Pillar of Defense",
  "Guardian of the Walls", "Breaking Dawn", "Iron Swords", "Zarb-e-Azb", "Radd-ul-Fasaad", "Lafiya Dole",
  "Linda Nchi", "Volcano of Anger", "Claw-Eagle", "Claw-Tiger", "Claw-Lock", "Northern Shield", "Tiger Claw",
];

// "Operation Inherent Resolve", "Combined Joint Task Force–Operation Inherent Resolve", "Operation Olive Branch"
// Names may be or end in numbers ("Operation 1027", "Operation Spiderweb 2"); a bare number is
// taken only as the whole name or after a capitalised word, never as a following figure ("Operation X 2,000").
const OPERATION_NAME = /\bOperation\s+((?:[A-Z][\w'’-]*|\d+\b(?![,.]\d))(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’-]*){0,3}(?:\s+\d{1,4}\b(?![,.]\d))?)/g;
const KNOWN_NAME = new RegExp(`\\b(?:Operation\\s+)?(${alternation(KNOWN_OPERATIONS)})\\b`, "g");

export interface NamedOperation {
  start: number;
  end: number;
  /** The name as it reads, "Operation Inherent Resolve". */
  name: string;
}

/** Names of operations in `[from, to)` of the content, in document order. */
export function findOperationNames(content: string, from: number, to: number): NamedOperation[] {
  const text = content.slice(from, to);
  const out: NamedOperation[] = [];
  for (const re of [OPERATION_NAME, KNOWN_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = from + m.index;
      if (out.some((o) => start < o.end && o.start < start + m![0].length)) continue;
      out.push({ start, end: start + m[0].length, name: `Operation ${m[1]}` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
