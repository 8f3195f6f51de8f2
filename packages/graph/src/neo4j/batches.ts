/**
 * Writing a push's batches: phase after phase (nodes before the statements and relationships that
 * match them), each phase cut into transactions of `batchSize` rows, run `concurrency` at a time,
 * each transaction on its own session and retried on transient errors (a deadlock between two of
 * them included). The rows of one phase never share a key, so concurrent transactions never write
 * the same node or relationship. When one fails, no new transaction starts and the first error is
 * rethrown once the running ones end.
 */

import type { Driver, QueryResult } from "neo4j-driver";
import type { PushPhase } from "./push";
import type { Props } from "./schema";

export interface Batch {
  phase: PushPhase;
  query: string;
  rows: Props[];
  /** what a row counts for in transactions of `batchSize` and in progress (default 1: rows that group several statements count them) */
  weight?: (row: Props) => number;
}

/** The rows' total weight. */
export const rowWeight = ({ rows, weight }: Pick<Batch, "rows" | "weight">): number => (weight ? rows.reduce((n, r) => n + weight(r), 0) : rows.length);

export interface WriteOptions {
  batchSize: number;
  concurrency: number;
  signal?: AbortSignal;
  /** called before the first transaction of each phase */
  beforePhase?: (phase: PushPhase) => Promise<void>;
  /** called after each transaction with its phase, its (weighed) number of rows and its result */
  onWritten: (phase: PushPhase, rows: number, result: QueryResult) => void;
}

interface Task {
  phase: PushPhase;
  query: string;
  rows: Props[];
  weight: number;
}

/** The batches' rows in transactions of about `batchSize` (weighed) rows, grouped by phase in order. */
function phases(batches: readonly Batch[], batchSize: number): Task[][] {
  const out: Task[][] = [];
  for (const b of batches) {
    if (out.at(-1)?.[0]?.phase !== b.phase) out.push([]);
    let start = 0;
    let weight = 0;
    b.rows.forEach((row, i) => {
      weight += b.weight ? b.weight(row) : 1;
      if (weight >= batchSize || i === b.rows.length - 1) {
        out.at(-1)!.push({ phase: b.phase, query: b.query, rows: b.rows.slice(start, i + 1), weight });
        start = i + 1;
        weight = 0;
      }
    });
  }
  return out.filter((tasks) => tasks.length > 0);
}

async function runPool(driver: Driver, tasks: readonly Task[], options: WriteOptions): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    const session = driver.session();
    try {
      while (!failed && next < tasks.length) {
        options.signal?.throwIfAborted();
        const task = tasks[next++]!;
        const result = await session.executeWrite((tx) => tx.run(task.query, { rows: task.rows }));
        options.onWritten(task.phase, task.weight, result);
      }
    } catch (e) {
      failed = true;
      throw e;
    } finally {
      await session.close();
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency, tasks.length)) }, worker);
  const failure = (await Promise.allSettled(workers)).find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
}

export async function writeBatches(driver: Driver, batches: readonly Batch[], options: WriteOptions): Promise<void> {
  for (const tasks of phases(batches, options.batchSize)) {
    await options.beforePhase?.(tasks[0]!.phase);
    await runPool(driver, tasks, options);
  }
}
