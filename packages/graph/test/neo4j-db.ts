/**
 * Test fixture for the tests that write to Neo4j (NEO4J_URI; `pnpm neo4j:start` runs one, `.ci/run`
 * in CI): the settings, describe blocks skipped with the reason in their name when NEO4J_URI is not
 * set, and exclusive use of the database. Community Neo4j has one database, shared by every test
 * file (and every checkout on this machine) that pushes the policy graph, so a test file takes a
 * lock (a folder in the temp dir, freed if its owner died) for its whole run and starts from a
 * database without the policy graph and its schema. Only the policy graph's labels are touched.
 */

import { afterAll, beforeAll, describe } from "vitest";
import type { Driver } from "neo4j-driver";
import { clearGraph, connectNeo4j, type Neo4jSettings } from "../src/node/index";
import { LOCK_WAIT, lockNeo4j } from "./neo4j-lock";

const uri = process.env.NEO4J_URI;

export const NEO4J: Neo4jSettings | null = uri ? { uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "policy-kg-dev" } : null;

export const SKIPPED = "skipped: NEO4J_URI not set — run pnpm neo4j:start";

/** A describe block that runs only with NEO4J_URI, named with the server or with the reason it is skipped. */
export function describeNeo4j(title: string, body: () => void): void {
  describe.skipIf(!NEO4J)(NEO4J ? `${title} (Neo4j at ${NEO4J.uri})` : `${title} (${SKIPPED})`, body);
}

/** The `code` of the error a promise rejects with (undefined if it resolves). */
export async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

/**
 * Inside a describeNeo4j block: take the database for this file (wait for the lock), connect, and
 * remove the policy graph and its schema; close and free it after the file's tests. Returns a
 * getter for the driver.
 */
export function useNeo4j(): () => Driver {
  let driver: Driver | undefined;
  let release: (() => void) | undefined;
  beforeAll(async () => {
    release = await lockNeo4j();
    driver = await connectNeo4j(NEO4J!);
    await clearGraph(driver, { dropSchema: true });
  }, LOCK_WAIT + 60_000);
  afterAll(async () => {
    await driver?.close();
    release?.();
  });
  return () => driver!;
}
