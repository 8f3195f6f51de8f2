/**
 * Connecting to Neo4j: settings from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (or given), a driver
 * with short timeouts whose connection and credentials are checked at once, and the mapping of
 * the driver's errors to GraphErrors with a stable code and a one-line message.
 */

import neo4j, { type Driver } from "neo4j-driver";
import { GraphError, isGraphError } from "../errors";

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
}

export interface ConnectOptions {
  /** milliseconds to wait for a connection (default 5000; 2 s more for the handshake and login) */
  connectionTimeout?: number;
  /** milliseconds a transaction is retried on transient errors (default 15000) */
  maxRetryTime?: number;
}

/** Settings from the given values, else the environment; the user defaults to neo4j. No URI: INVALID_OPTIONS. */
export function neo4jSettings(given: Partial<Neo4jSettings> = {}, env: Readonly<Record<string, string | undefined>> = process.env): Neo4jSettings {
  const uri = given.uri ?? env.NEO4J_URI;
  if (!uri) throw new GraphError("INVALID_OPTIONS", "no Neo4j to talk to: set NEO4J_URI (e.g. bolt://127.0.0.1:7687, see 'pnpm neo4j:start') or pass --uri");
  return { uri, user: given.user ?? env.NEO4J_USER ?? "neo4j", password: given.password ?? env.NEO4J_PASSWORD ?? "" };
}

const firstLine = (s: string): string => s.split("\n")[0]!.trim();

/** A GraphError for anything the driver throws (GraphErrors pass through). */
export function neo4jError(e: unknown, settings: Pick<Neo4jSettings, "uri" | "user">): GraphError {
  if (isGraphError(e)) return e;
  const code = (e as { code?: string }).code ?? "";
  const message = firstLine((e as Error)?.message ?? String(e));
  const hint = "start the dev server with 'pnpm neo4j:start' or set NEO4J_URI";
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    // the driver's message explains encryption settings at length; the cause is what says what happened
    const cause = /Caused by: (.*)$/.exec(message)?.[1] ?? message;
    return new GraphError("NEO4J_UNAVAILABLE", `cannot reach Neo4j at ${settings.uri} (${cause}); ${hint}`);
  }
  if (/connection acquisition timed out/i.test(message)) {
    return new GraphError("NEO4J_UNAVAILABLE", `no answer from Neo4j at ${settings.uri} (${message.split(".")[0]}): is a Neo4j server listening there? ${hint}`);
  }
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new GraphError("NEO4J_AUTH", `Neo4j at ${settings.uri} refused user "${settings.user}": wrong user name or password (NEO4J_USER, NEO4J_PASSWORD)`);
  }
  return new GraphError("NEO4J_FAILED", `Neo4j at ${settings.uri}: ${message}${code ? ` (${code})` : ""}`);
}

/**
 * A driver for these settings, once the server has answered with these credentials: a server
 * that is down, unreachable or refuses them throws NEO4J_UNAVAILABLE or NEO4J_AUTH within about
 * `connectionTimeout`. Close it when done.
 */
export async function connectNeo4j(settings: Neo4jSettings, options: ConnectOptions = {}): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: options.connectionTimeout ?? 5000,
      // the connection timeout covers opening the socket only; this also covers the Bolt handshake and login
      connectionAcquisitionTimeout: (options.connectionTimeout ?? 5000) + 2000,
      maxTransactionRetryTime: options.maxRetryTime ?? 15000,
      disableLosslessIntegers: true,
      userAgent: "policy-kg",
    });
  } catch (e) {
    throw new GraphError("NEO4J_UNAVAILABLE", `cannot use Neo4j URI "${settings.uri}": ${firstLine((e as Error).message)}`);
  }
  try {
    await driver.getServerInfo();
  } catch (e) {
    await driver.close().catch(() => undefined);
    throw neo4jError(e, settings);
  }
  return driver;
}

/** Run `work` with a connected driver, closing it afterwards; driver errors become GraphErrors. */
export async function withNeo4j<T>(settings: Neo4jSettings, work: (driver: Driver) => Promise<T>, options: ConnectOptions = {}): Promise<T> {
  const driver = await connectNeo4j(settings, options);
  try {
    return await work(driver);
  } catch (e) {
    throw neo4jError(e, settings);
  } finally {
    await driver.close();
  }
}
