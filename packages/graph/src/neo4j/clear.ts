/**
 * clearGraph: remove the policy graph from Neo4j — every node of its labels (with their
 * relationships), in batches, and optionally its constraints and full-text index. Nodes of other
 * labels, and other constraints and indexes, are left alone.
 */

import neo4j, { type Driver } from "neo4j-driver";
import { NAMES_INDEX, NODE_LABELS, constraintName } from "./schema";

export interface ClearOptions {
  /** also drop the constraints and the full-text index (default false) */
  dropSchema?: boolean;
  /** nodes deleted per transaction (default 5000) */
  batchSize?: number;
}

/** Returns the number of nodes deleted. */
export async function clearGraph(driver: Driver, options: ClearOptions = {}): Promise<number> {
  const session = driver.session();
  let deleted = 0;
  try {
    for (const label of NODE_LABELS) {
      while (true) {
        const result = await session.executeWrite((tx) => tx.run(`MATCH (n:${label}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n`, { limit: neo4j.int(options.batchSize ?? 5000) }));
        const n = result.records[0]!.get("n") as number;
        deleted += n;
        if (n === 0) break;
      }
    }
    if (options.dropSchema) {
      for (const label of NODE_LABELS) await session.executeWrite((tx) => tx.run(`DROP CONSTRAINT ${constraintName(label)} IF EXISTS`));
      await session.executeWrite((tx) => tx.run(`DROP INDEX ${NAMES_INDEX} IF EXISTS`));
    }
    return deleted;
  } finally {
    await session.close();
  }
}
