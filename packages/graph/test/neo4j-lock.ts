/**
 * The lock on the Neo4j database for whatever clears and pushes the policy graph (test files,
 * the neo4j benchmark): Community Neo4j has one database, shared by every test file and every
 * checkout on this machine. A folder in the temp dir holding the owner's pid; freed when the owner
 * died.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/** Wait for the lock (at most LOCK_WAIT ms); resolves to the function that frees it. */
export async function lockNeo4j(): Promise<() => void> {
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

