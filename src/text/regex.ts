// Helpers that turn word lists (data) into regex alternations. Longest entry first, so that
// "air strikes" wins over "air" when both could match at one place. The figures' lexicons
// (figures/lexicon/regex.ts) compile their lists with this same `alternation`.

/** Escapes a literal for use inside a RegExp, keeping a space as "one or more whitespace". */
function escapeEntry(entry: string): string {
  return entry.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** `(?:longest|...|shortest)` from a word list. Rejects empty or untrimmed entries. */
export function alternation(entries: readonly string[]): string {
  for (const e of entries) {
    if (!e || e !== e.trim()) throw new Error(`malformed lexicon entry: "${e}"`);
  }
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${sorted.map(escapeEntry).join("|")})`;
}

/**
 * `(?:...)` matching any of the given lower-case literals, written as a trie ("air", "airstrike",
 * "aircraft" → `air(?:craft|strike)?`): at each position the regex engine follows one branch
 * instead of trying every entry. Greedy, so the longest entry at a position wins.
 */
export function trieAlternation(entries: readonly string[]): string {
  interface Node {
    children: Map<string, Node>;
    terminal: boolean;
  }
  const root: Node = { children: new Map(), terminal: false };
  for (const entry of entries) {
    if (!entry || entry !== entry.trim()) throw new Error(`malformed lexicon entry: "${entry}"`);
    let node = root;
    for (const ch of entry) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), terminal: false }));
      node = next;
    }
    node.terminal = true;
  }
  const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const write = (node: Node): string => {
    const branches = [...node.children.keys()].sort().map((ch) => escape(ch) + write(node.children.get(ch) as Node));
    if (!branches.length) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    if (!node.terminal) return body;
    // An optional tail: one character or a group takes "?" directly, a longer run needs a group.
    return body.length === 1 || branches.length > 1 ? `${body}?` : `(?:${body})?`;
  };
  return `(?:${write(root)})`;
}
