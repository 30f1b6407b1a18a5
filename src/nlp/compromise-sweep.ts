// A faster drop-in for compromise's `methods.one.bulkMatch` (src/1-one/sweep/methods/sweep in
// compromise 14), the "sweep" that runs the post-tagger's several hundred match patterns over
// every comma-separated chunk of a text. Compromise picks the patterns worth trying for a chunk
// by walking every key of the pattern net (over 700) for each chunk and growing the list with
// `concat`: about a third of all the time compromise spends on our short windows. This version
// walks the chunk's own words and tags instead (a few dozen) and puts the patterns in exactly
// the order compromise's walk gives them, so the patterns run in the same order and tag the
// same terms. test/tagging-sweep.test.ts compares both on many sentences.

/** One compiled match pattern of a net, as compromise's buildNet makes it. */
export interface SweepMatch {
  match: string;
  needs: readonly string[];
  wants: readonly string[];
  minWant: number;
  minWords: number;
  ifNo?: readonly string[];
  unTag?: unknown;
}

/** A compiled net: patterns filed under a word or tag they need, plus patterns tried always. */
export interface SweepNet {
  hooks: Record<string, readonly SweepMatch[]>;
  always: readonly SweepMatch[];
}

type Pointer = number[];

interface SweepMethods {
  one: {
    cacheDoc(document: readonly unknown[][]): Array<ReadonlySet<string>>;
    match(document: readonly unknown[][], match: SweepMatch): { ptrs: Pointer[] };
  };
}

/** A pattern found at a pointer: the pattern's fields plus where it matched. */
export type SweepResult = SweepMatch & { pointer: Pointer };

/** A pattern with its needs, exclusions and wants as numbers of words (see CompiledHooks.words). */
interface CompiledPattern {
  match: SweepMatch;
  /** Number of the pattern string: a string filed under two keys is tried once. */
  id: number;
  needs: Int32Array;
  ifNo: Int32Array;
  wants: Int32Array;
}

/** A net's hooks arranged for the walk over a chunk's words rather than over all the keys. */
interface CompiledHooks {
  /** Rank of each key in `Object.keys(hooks)`, the order compromise tries them in. */
  ranks: Map<string, number>;
  /** By rank: the patterns filed under that key. */
  lists: CompiledPattern[][];
  /** Every word or tag some pattern needs, excludes or wants, numbered. */
  words: Map<string, number>;
  /** `taken[id] === generation`: the pattern string was already seen for the current chunk. */
  taken: Uint32Array;
  /** `has[word] === generation`: the current chunk has that word or tag. */
  has: Uint32Array;
  generation: number;
}

const compiledNets = new WeakMap<object, CompiledHooks>();

function compile(hooks: Record<string, readonly SweepMatch[]>): CompiledHooks {
  let compiled = compiledNets.get(hooks);
  if (compiled) return compiled;
  const ranks = new Map<string, number>();
  const lists: CompiledPattern[][] = [];
  const idOf = new Map<string, number>();
  const words = new Map<string, number>();
  const numbers = (strings: readonly string[] | undefined): Int32Array => {
    const out = new Int32Array(strings?.length ?? 0);
    strings?.forEach((w, i) => {
      let n = words.get(w);
      if (n === undefined) {
        n = words.size;
        words.set(w, n);
      }
      out[i] = n;
    });
    return out;
  };
  const patterns = new Map<SweepMatch, CompiledPattern>();
  for (const key of Object.keys(hooks)) {
    ranks.set(key, lists.length);
    lists.push(hooks[key].map((m) => {
      let p = patterns.get(m);
      if (!p) {
        let id = idOf.get(m.match);
        if (id === undefined) {
          id = idOf.size;
          idOf.set(m.match, id);
        }
        p = { match: m, id, needs: numbers(m.needs), ifNo: numbers(m.ifNo), wants: numbers(m.wants) };
        patterns.set(m, p);
      }
      return p;
    }));
  }
  compiled = { ranks, lists, words, taken: new Uint32Array(idOf.size), has: new Uint32Array(words.size), generation: 0 };
  compiledNets.set(hooks, compiled);
  return compiled;
}

/**
 * The patterns to try on one chunk, in compromise's order: those hooked under a key the chunk
 * has, by the key's rank, first occurrence of each pattern string kept; then the patterns
 * whose needs, exclusions and wants the chunk meets.
 */
function candidatesFor(have: ReadonlySet<string>, net: SweepNet, compiled: CompiledHooks, termCount: number): SweepMatch[] {
  if (++compiled.generation === 0xffffffff) {
    compiled.taken.fill(0);
    compiled.has.fill(0);
    compiled.generation = 1;
  }
  const generation = compiled.generation;
  const present: number[] = [];
  for (const key of have) {
    const rank = compiled.ranks.get(key);
    if (rank !== undefined) present.push(rank);
    const word = compiled.words.get(key);
    if (word !== undefined) compiled.has[word] = generation;
  }
  present.sort((a, b) => a - b);
  const taken = compiled.taken;
  const out: SweepMatch[] = [];
  for (const rank of present) {
    for (const p of compiled.lists[rank]) {
      if (taken[p.id] === generation) continue;
      taken[p.id] = generation;
      if (meetsNeeds(p, compiled.has, generation)) out.push(p.match);
    }
  }
  for (const m of net.always) out.push(m);
  // Compromise drops patterns longer than the chunk after adding the always-tried ones.
  return out.filter((m) => termCount >= m.minWords);
}

/** Compromise's trimDown for one pattern: all needs met, no exclusion present, enough wants. */
function meetsNeeds(p: CompiledPattern, has: Uint32Array, generation: number): boolean {
  for (let i = 0; i < p.needs.length; i++) if (has[p.needs[i]] !== generation) return false;
  for (let i = 0; i < p.ifNo.length; i++) if (has[p.ifNo[i]] === generation) return false;
  if (p.wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < p.wants.length; i++) if (has[p.wants[i]] === generation) found++;
  return found >= p.match.minWant;
}

/** Same contract as compromise's bulkMatch(document, net, methods, opts). */
export function bulkMatch(
  document: readonly unknown[][],
  net: SweepNet,
  methods: SweepMethods,
  opts: { matchOne?: boolean } = {},
): SweepResult[] {
  const docCache = methods.one.cacheDoc(document);
  const compiled = compile(net.hooks);
  const results: SweepResult[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidatesFor(docCache[n], net, compiled, document[n].length)) {
      const res = methods.one.match([document[n]], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n; // the chunk's index in this document, as compromise sets it
        results.push(Object.assign({}, m, { pointer: ptr }));
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

type BulkMatch = (...args: never[]) => unknown;
interface WorldWithSweep {
  methods?: { one?: { bulkMatch?: BulkMatch } };
}

/** Compromise's own bulkMatch, once installSweep has replaced it. */
let replaced: BulkMatch | null = null;

/**
 * Puts `bulkMatch` in place of compromise's own in `world` (what `nlp.world()` returns) and
 * gives back the function it replaced, or null when this compromise has no such method (a
 * changed internal layout: compromise then keeps its own, slower but the same).
 */
export function installSweep(world: object): BulkMatch | null {
  const one = (world as WorldWithSweep).methods?.one;
  if (!one || typeof one.bulkMatch !== "function") return null;
  const fast = bulkMatch as unknown as BulkMatch;
  // Installed twice (tagging.ts on load, then a test): hand back compromise's own, not ours.
  if (one.bulkMatch !== fast) replaced = one.bulkMatch;
  one.bulkMatch = fast;
  return replaced;
}

/** Puts a previously replaced function back (for tests comparing the two). */
export function restoreSweep(world: object, original: BulkMatch): void {
  const one = (world as WorldWithSweep).methods?.one;
  if (one) one.bulkMatch = original;
}
