/**
 * Stabbing queries over spans: "which spans contain [start, end)?". Spans are sorted by start
 * with a running maximum of their ends, so a query looks only at the spans that start before
 * the point and stops as soon as no earlier span can reach it. Sentences and clauses hardly
 * overlap, so a query touches one or two spans: linear work over a document, where scanning
 * every span per query grows with the square of its length.
 */
export interface SpanIndex<T> {
  /** Items sorted by their span's start (stable: equal starts keep insertion order). */
  items: readonly T[];
  starts: Int32Array;
  ends: Int32Array;
  /** maxEnds[i]: the largest end among items[0..i]. */
  maxEnds: Int32Array;
}

export function buildSpanIndex<T>(items: readonly T[], spanOf: (item: T) => { start: number; end: number }): SpanIndex<T> {
  const sorted = items.map((item, i) => ({ item, i, span: spanOf(item) })).sort((a, b) => a.span.start - b.span.start || a.i - b.i);
  const starts = new Int32Array(sorted.length);
  const ends = new Int32Array(sorted.length);
  const maxEnds = new Int32Array(sorted.length);
  let maxEnd = -1;
  sorted.forEach((x, k) => {
    starts[k] = x.span.start;
    ends[k] = x.span.end;
    maxEnd = Math.max(maxEnd, x.span.end);
    maxEnds[k] = maxEnd;
  });
  return { items: sorted.map((x) => x.item), starts, ends, maxEnds };
}

/** The items whose span contains `[start, end)`, latest start first. */
export function containing<T>(index: SpanIndex<T>, start: number, end: number): T[] {
  // Last item starting at or before `start`.
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo - 1; k >= 0 && index.maxEnds[k] >= end; k--) {
    if (index.ends[k] >= end) out.push(index.items[k]);
  }
  return out;
}
