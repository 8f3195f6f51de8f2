/**
 * The query catalogue, browser-safe: the named, parameterised questions both backends answer
 * (the embedded graph through the temporal API, Neo4j through Cypher) with the same result, their
 * parameters and descriptions, and the checking of parameters shared by both.
 */

import { ENTITY_TYPES, type EntityType, type Stage } from "@policy-kg/extractor";
import { GraphError } from "../errors";
import type { GraphLineage } from "../temporal/lineage";
import type { YearDiff } from "../temporal/diff";
import { requireYear } from "../temporal/common";

export const QUERY_NAMES = ["lineage", "district-year", "strategy-parts", "year-diff", "stalled"] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** `year`: a whole number 1900–2100; `kind`: an entity type of the vocabulary. */
export type QueryParamType = "string" | "year" | "boolean" | "kind";

export interface QueryParam {
  name: string;
  type: QueryParamType;
  required: boolean;
  description: string;
  /** the value when not given (only on optional parameters; absent = none) */
  default?: string | boolean;
}

export interface QueryDefinition {
  name: QueryName;
  summary: string;
  /** what it answers, exactly (the rules both backends follow) */
  description: string;
  params: QueryParam[];
  /** an example on the seed corpus, as CLI arguments */
  example: string;
}

export const QUERY_CATALOGUE: readonly QueryDefinition[] = [
  {
    name: "lineage",
    summary: "the dated statements about one entity, in time order",
    description:
      "The entity with that id, else with that name or alias (folding quotes, widths, brackets; the one with most statements wins), and its staged statements in time order; with all, also those that give no stage.",
    params: [
      { name: "entity", type: "string", required: true, description: "entity id, name or alias" },
      { name: "all", type: "boolean", required: false, default: false, description: "include statements that give no stage (mentioned)" },
    ],
    example: "lineage --entity 深圳工业软件园",
  },
  {
    name: "district-year",
    summary: "the entities a district's documents speak of for one year",
    description:
      "Entities with a statement or indicator value placed in the year (its year, else the year said) from a document of the district; with the number of those statements and the furthest stage they report. Sorted by id.",
    params: [
      { name: "district", type: "string", required: true, description: "district as in the document metadata (龙岗区)" },
      { name: "year", type: "year", required: true, description: "the year statements are placed in" },
    ],
    example: "district-year --district 龙岗区 --year 2024",
  },
  {
    name: "strategy-parts",
    summary: "a strategy's parts and what hangs under each",
    description:
      "The strategy with that id, name or alias; its parts (entities PART_OF it) and, under each part, the entities PART_OF or UNDER_STRATEGY that part; and the entities UNDER_STRATEGY the strategy itself (direct). Sorted by id, then relation.",
    params: [{ name: "strategy", type: "string", required: true, description: "strategy id, name or alias" }],
    example: "strategy-parts --strategy 一芯两核多支点",
  },
  {
    name: "year-diff",
    summary: "what is new, continued, advanced or dropped between two years",
    description:
      "For every entity with a statement placed in `to`: new if nothing of it is placed in `from` or before; advanced if its furthest reported stage up to `to` is further along than up to `from`; else continued. Entities placed in `from` but not in `to`: dropped. As diffYears.",
    params: [
      { name: "from", type: "year", required: true, description: "the earlier year" },
      { name: "to", type: "year", required: true, description: "the later year" },
    ],
    example: "year-diff --from 2023 --to 2024",
  },
  {
    name: "stalled",
    summary: "entities planned but never reported started",
    description:
      "Entities of a kind (default Project) with a planning statement — modality plan or target, or a reported stage proposed or approved — and no reported statement (modality done or none) of stage started or further; with until, only statements placed up to that year count. Sorted by id.",
    params: [
      { name: "kind", type: "kind", required: false, default: "Project", description: `entity type (${ENTITY_TYPES.join(", ")})` },
      { name: "until", type: "year", required: false, description: "count only statements placed up to this year (default: all)" },
    ],
    example: "stalled --kind Project --until 2024",
  },
];

/** An entity in a query result. */
export interface EntitySummary {
  id: string;
  kind: EntityType;
  label: string;
}

export interface DistrictEntity extends EntitySummary {
  /** statements and indicator values placed in the year, from the district's documents */
  statements: number;
  /** furthest stage those statements report; mentioned if none */
  stage: Stage;
}

export interface DistrictYear {
  district: string;
  year: number;
  entities: DistrictEntity[];
}

export interface StrategyMember extends EntitySummary {
  relation: "PART_OF" | "UNDER_STRATEGY";
}

export interface StrategyPart extends EntitySummary {
  under: StrategyMember[];
}

export interface StrategyParts {
  strategy: EntitySummary & { aliases: string[] };
  parts: StrategyPart[];
  /** entities UNDER_STRATEGY the strategy itself */
  direct: StrategyMember[];
}

export interface StalledEntity extends EntitySummary {
  /** furthest reported stage (below started) */
  stage: Stage;
  /** furthest stage the planning statements give */
  planned: Stage;
  /** planning statements */
  plans: number;
  /** earliest and latest year a planning statement is placed in (null: none dated) */
  firstPlanned: number | null;
  lastPlanned: number | null;
}

export interface Stalled {
  kind: EntityType;
  until: number | null;
  entities: StalledEntity[];
}

export interface QueryParams {
  lineage: { entity: string; all: boolean };
  "district-year": { district: string; year: number };
  "strategy-parts": { strategy: string };
  "year-diff": { from: number; to: number };
  stalled: { kind: EntityType; until: number | null };
}

export interface QueryResults {
  lineage: GraphLineage;
  "district-year": DistrictYear;
  "strategy-parts": StrategyParts;
  "year-diff": YearDiff;
  stalled: Stalled;
}

export type AnyQueryResult = QueryResults[QueryName];

export function isQueryName(name: string): name is QueryName {
  return (QUERY_NAMES as readonly string[]).includes(name);
}

export function queryDefinition(name: string): QueryDefinition {
  const definition = QUERY_CATALOGUE.find((q) => q.name === name);
  if (!definition) throw new GraphError("INVALID_OPTIONS", `no query named "${name}"; the catalogue has ${QUERY_NAMES.join(", ")}`);
  return definition;
}

function paramValue(query: string, p: QueryParam, raw: unknown): string | number | boolean | null {
  const bad = (what: string) => new GraphError("INVALID_OPTIONS", `${query}: ${p.name} must be ${what}, got ${JSON.stringify(raw)}`);
  if (raw === undefined || raw === null) {
    if (p.required) throw new GraphError("INVALID_OPTIONS", `${query}: ${p.name} is required (${p.description})`);
    return p.default ?? null;
  }
  switch (p.type) {
    case "string":
      if (typeof raw !== "string" || raw.trim() === "") throw bad("a non-empty string");
      return raw;
    case "boolean":
      if (raw === true || raw === "true") return true;
      if (raw === false || raw === "false") return false;
      throw bad("true or false");
    case "year":
      return requireYear(typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : raw, `${query}: ${p.name}`);
    case "kind":
      if (typeof raw !== "string" || !(ENTITY_TYPES as readonly string[]).includes(raw)) throw bad(`one of ${ENTITY_TYPES.join(", ")}`);
      return raw;
  }
}

/**
 * The parameters of a query, checked and with defaults: strings from a command line ("2024",
 * "true") or typed values. Unknown, missing or malformed parameters throw INVALID_OPTIONS.
 */
export function checkQueryParams<N extends QueryName>(name: N, raw: Readonly<Record<string, unknown>>): QueryParams[N] {
  const definition = queryDefinition(name);
  const unknown = Object.keys(raw).find((k) => raw[k] !== undefined && !definition.params.some((p) => p.name === k));
  if (unknown) throw new GraphError("INVALID_OPTIONS", `${name}: no parameter "${unknown}"; it takes ${definition.params.map((p) => p.name).join(", ")}`);
  const params = Object.fromEntries(definition.params.map((p) => [p.name, paramValue(name, p, raw[p.name])]));
  if (name === "year-diff" && (params.from as number) >= (params.to as number)) {
    throw new GraphError("INVALID_OPTIONS", `year-diff: from (${params.from}) must be an earlier year than to (${params.to})`);
  }
  return params as unknown as QueryParams[N];
}
