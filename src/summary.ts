import { tollOf } from "./extractors/operations/toll.js";
import type { DocumentResult, OperationType } from "./types.js";

// Totals across a corpus, computed from the documents alone (pure, deterministic): what an
// analyst reads first. Every total says how many documents it comes from, because the same
// event reported by three articles is three reports, not three events.

export interface OperationTotal {
  type: OperationType;
  actor: string | null;
  operations: number;
  documents: number;
}

export interface Toll {
  actor: string | null;
  location: string | null;
  /** Strikes counted by the operations' own counts. */
  strikes: number;
  killed: number;
  injured: number;
  documents: number;
}

export interface CorpusSummary {
  documents: number;
  operations: OperationTotal[];
  /** Strikes and casualties by the actor and place of the operation they belong to. */
  tolls: Toll[];
  /** Casualty figures not linked to any operation, summed over the corpus. */
  unattributed: { killed: number; injured: number; documents: number };
}

export function summarise(documents: readonly DocumentResult[]): CorpusSummary {
  const byType = new Map<string, OperationTotal & { docs: Set<string> }>();
  const tolls = new Map<string, Toll & { docs: Set<string> }>();
  const unattributed = { killed: 0, injured: 0, docs: new Set<string>() };

  for (const doc of documents) {
    for (const op of doc.operations) {
      const key = JSON.stringify([op.type, op.actor]);
      const total = byType.get(key) ?? { type: op.type, actor: op.actor, operations: 0, documents: 0, docs: new Set<string>() };
      total.operations++;
      total.docs.add(doc.id);
      byType.set(key, total);
      if (op.count !== null) tollFor(tolls, op.actor, op.location, doc.id).strikes += op.count;
    }
    // Casualties of an operation are its toll, a restated or updated figure counted once
    // (tollOf); figures linked to no operation are kept apart.
    doc.operations.forEach((op, index) => {
      const linked = doc.figures.filter((f) => f.operation === index);
      const killed = tollOf(linked, "killed");
      const injured = tollOf(linked, "injured");
      if (killed + injured === 0) return;
      const toll = tollFor(tolls, op.actor, op.location, doc.id);
      toll.killed += killed;
      toll.injured += injured;
    });
    const loose = doc.figures.filter((f) => f.operation === null || f.operation === undefined);
    const looseKilled = tollOf(loose, "killed");
    const looseInjured = tollOf(loose, "injured");
    if (looseKilled + looseInjured > 0) {
      unattributed.killed += looseKilled;
      unattributed.injured += looseInjured;
      unattributed.docs.add(doc.id);
    }
  }

  const operations = [...byType.values()]
    .map(({ docs, ...t }) => ({ ...t, documents: docs.size }))
    .sort((a, b) => b.operations - a.operations || compare(a.type, b.type) || compare(a.actor, b.actor));
  const tollList = [...tolls.values()]
    .map(({ docs, ...t }) => ({ ...t, documents: docs.size }))
    .filter((t) => t.strikes + t.killed + t.injured > 0)
    .sort((a, b) => b.killed - a.killed || b.strikes - a.strikes || compare(a.actor, b.actor) || compare(a.location, b.location));
  return {
    documents: documents.length,
    operations,
    tolls: tollList,
    unattributed: { killed: unattributed.killed, injured: unattributed.injured, documents: unattributed.docs.size },
  };
}

function tollFor(
  tolls: Map<string, Toll & { docs: Set<string> }>,
  actor: string | null,
  location: string | null,
  doc: string,
): Toll & { docs: Set<string> } {
  const key = JSON.stringify([actor, location]);
  const toll = tolls.get(key) ?? { actor, location, strikes: 0, killed: 0, injured: 0, documents: 0, docs: new Set<string>() };
  toll.docs.add(doc);
  tolls.set(key, toll);
  return toll;
}

// Nulls last; code-unit order so the result is the same on every machine.
function compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
