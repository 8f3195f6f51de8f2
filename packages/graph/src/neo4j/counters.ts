/**
 * Write counters of Neo4j result summaries (nodes and relationships created and deleted,
 * properties set, labels added and removed), summed over the transactions of a push.
 */

export const COUNTER_NAMES = ["nodesCreated", "nodesDeleted", "relationshipsCreated", "relationshipsDeleted", "propertiesSet", "labelsAdded", "labelsRemoved"] as const;
export type WriteCounters = Record<(typeof COUNTER_NAMES)[number], number>;

export const emptyCounters = (): WriteCounters => Object.fromEntries(COUNTER_NAMES.map((k) => [k, 0])) as WriteCounters;

export function addCounters(total: WriteCounters, more: Readonly<Partial<WriteCounters>>): WriteCounters {
  for (const k of COUNTER_NAMES) total[k] += more[k] ?? 0;
  return total;
}

/** Nothing created, changed or deleted. */
export const isUnchanged = (c: Readonly<WriteCounters>): boolean => COUNTER_NAMES.every((k) => c[k] === 0);
