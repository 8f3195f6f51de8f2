/**
 * Test fixture for the tests that write to Neo4j (NEO4J_URI; `pnpm neo4j:start` runs one, `.ci/run`
 * in CI): the settings, describe blocks skipped with the reason in their name when NEO4J_URI is not
 * set, and exclusive use of the database. Community Neo4j has one database, shared by every test
 * file (and every checkout on this machine) that pushes the policy graph, so a test file takes a
 * lock (a folder in the temp dir, freed if its owner died) for its whole run and starts from a
 * database without the policy graph and its schema. Only the policy graph's labels are touched.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import type { Driver } from "neo4j-driver";
import { clearGraph, connectNeo4j, type Neo4jSettings } from "../src/node/index";

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

const LOCK = join(tmpdir(), "policy-kg-neo4j-tests.lock");
/** How long a test file waits for another to finish with the database. */
export const LOCK_WAIT = 300_000;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

async function lock(): Promise<() => void> {
  const deadline = Date.now() + LOCK_WAIT;
  while (true) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(join(LOCK, "pid"), "utf8"));
    } catch {
      // the owner is between mkdir and writing its pid, or just freed the lock
    }
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`waited ${LOCK_WAIT / 1000} s for ${LOCK} (another test run using Neo4j?)`);
    await new Promise((r) => setTimeout(r, 200));
  }
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
    release = await lock();
    driver = await connectNeo4j(NEO4J!);
    await clearGraph(driver, { dropSchema: true });
  }, LOCK_WAIT + 60_000);
  afterAll(async () => {
    await driver?.close();
    release?.();
  });
  return () => driver!;
}
