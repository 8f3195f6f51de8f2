/**
 * Options shared by the commands that talk to Neo4j (push, pull, query): where it is and who
 * connects, from flags or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, and their help text.
 */

import { neo4jSettings, type Neo4jSettings } from "../node/index";

export const NEO4J_OPTIONS = {
  uri: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
} as const;

export const NEO4J_HELP = `  --uri <uri>        Neo4j URI (default $NEO4J_URI; bolt://127.0.0.1:7687 for 'pnpm neo4j:start')
  --user <name>      user (default $NEO4J_USER, else neo4j)
  --password <pw>    password (default $NEO4J_PASSWORD; prefer the variable, a flag shows in ps)`;

/** The help's line for exit code 5; `reads`: the command needs a complete graph in the database. */
export const neo4jExit = (reads: boolean): string =>
  `5 Neo4j unreachable (nothing listens, or no answer within 5 s), refused the credentials${reads ? ",\nholds no complete graph (nothing pushed, or a push that did not finish)," : ""} or failed`;

export function settingsFrom(values: { uri?: unknown; user?: unknown; password?: unknown }): Neo4jSettings {
  return neo4jSettings({
    ...(typeof values.uri === "string" ? { uri: values.uri } : {}),
    ...(typeof values.user === "string" ? { user: values.user } : {}),
    ...(typeof values.password === "string" ? { password: values.password } : {}),
  });
}
