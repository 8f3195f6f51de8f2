/**
 * pullGraph: read the policy graph back from Neo4j as a graph, exactly as it was pushed: nodes
 * and edges in their order (`seq`), events and indicator values from their nodes, the metadata
 * from GraphMeta. The result goes through every check a graph passes before it is saved
 * (graphFromData), so a database that does not hold a consistent graph is refused, not half-read.
 * Key order inside attributes is the schema's, so the snapshot text is the pushed one.
 */

import type { Driver, ManagedTransaction } from "neo4j-driver";
import { EDGE_RELATIONS, type PolicyGraph } from "../model/attributes";
import { graphFromData } from "../snapshot/snapshot";
import { requireCompleteGraph } from "./meta";

type Props = Record<string, unknown>;

export interface PullOptions {
  /** names the database in error messages (default "Neo4j") */
  source?: string;
}

/** Properties without the derived ones; absent properties (Neo4j stores no nulls) come back as null. */
function attributesOf(p: Props, fields: readonly string[]): Props {
  const out: Props = {};
  for (const f of fields) out[f] = f in p ? p[f] : null;
  return out;
}

const ENTITY_FIELDS = ["kind", "label", "aliases", "definition", "years", "stage"];
const DOCUMENT_FIELDS = ["label", "file", "title", "issuer", "district", "genre", "delivered", "year", "yearsReviewed", "yearPlanned"];
const EVENT_FIELDS = ["year", "modality", "stage", "document", "start", "end", "quote", "said"];
const VALUE_FIELDS = ["year", "kind", "measure", "value", "unit", "normalizedValue", "normalizedUnit", "qualifier", "direction", "text", "said", "document", "start", "end"];

const rows = async (tx: ManagedTransaction, query: string) => (await tx.run(query)).records.map((r) => r.toObject() as Props);
const bySeq = (a: { seq: unknown }, b: { seq: unknown }) => (a.seq as number) - (b.seq as number);

function valueOf(p: Props): Props {
  const { normalizedValue, normalizedUnit, ...rest } = attributesOf(p, VALUE_FIELDS);
  return { ...rest, normalized: normalizedValue === null ? null : { value: normalizedValue, unit: normalizedUnit } };
}

/** Statements (events or values) per entity key, in their order. */
function grouped(records: Props[], make: (p: Props) => Props): Map<string, Props[]> {
  const byEntity = new Map<string, { seq: unknown; item: Props }[]>();
  for (const r of records) {
    const p = r.p as Props;
    if (!byEntity.has(r.entity as string)) byEntity.set(r.entity as string, []);
    byEntity.get(r.entity as string)!.push({ seq: p.seq, item: make(p) });
  }
  return new Map([...byEntity].map(([k, list]) => [k, list.sort(bySeq).map((x) => x.item)]));
}

export async function pullGraph(driver: Driver, options: PullOptions = {}): Promise<PolicyGraph> {
  const source = options.source ?? "Neo4j";
  const attributes = await requireCompleteGraph(driver, source);
  const session = driver.session();
  try {
    const data = await session.executeRead(async (tx) => ({
      years: await rows(tx, "MATCH (n:Year) RETURN properties(n) AS p"),
      documents: await rows(tx, "MATCH (n:Document) RETURN properties(n) AS p"),
      entities: await rows(tx, "MATCH (n:Entity) RETURN properties(n) AS p"),
      events: await rows(tx, "MATCH (n:Entity)-[:HAS_EVENT]->(s:Event) RETURN n.key AS entity, properties(s) AS p"),
      values: await rows(tx, "MATCH (n:Entity)-[:HAS_VALUE]->(s:IndicatorValue) RETURN n.key AS entity, properties(s) AS p"),
      edges: await rows(tx, `MATCH (a)-[r:${EDGE_RELATIONS.join("|")}]->(b) RETURN type(r) AS relation, a.key AS source, b.key AS target, properties(r) AS p`),
    }));
    const events = grouped(data.events, (p) => attributesOf(p, EVENT_FIELDS));
    const values = grouped(data.values, valueOf);
    const nodes = [
      ...data.years.map(({ p }) => p as Props).map((p) => ({ seq: p.seq, key: p.key, attributes: { kind: "Year", label: p.label, year: p.year } })),
      ...data.documents.map(({ p }) => p as Props).map((p) => ({ seq: p.seq, key: p.key, attributes: { kind: "Document", ...attributesOf(p, DOCUMENT_FIELDS) } })),
      ...data.entities
        .map(({ p }) => p as Props)
        .map((p) => ({ seq: p.seq, key: p.key, attributes: { ...attributesOf(p, ENTITY_FIELDS), events: events.get(p.key as string) ?? [], values: values.get(p.key as string) ?? [] } })),
    ].sort(bySeq);
    const edges = data.edges
      .map(({ relation, source: from, target, p }) => {
        const q = p as Props;
        const attributes: Props = { relation };
        if (Array.isArray(q.evidenceDocuments)) {
          attributes.evidence = q.evidenceDocuments.map((document, i) => ({ document, start: (q.evidenceStarts as number[])[i], end: (q.evidenceEnds as number[])[i] }));
        } else if (q.count !== undefined) attributes.count = q.count;
        return { seq: q.seq, key: q.key, source: from, target, attributes };
      })
      .sort(bySeq);
    const snapshot = {
      options: { type: "directed", multi: true, allowSelfLoops: false },
      attributes,
      nodes: nodes.map(({ key, attributes: a }) => ({ key, attributes: a })),
      edges: edges.map(({ key, source: s, target, attributes: a }) => ({ key, source: s, target, attributes: a })),
    };
    // the checks of a graph before it is saved: attribute schema, edge ends and kinds, derived attributes, counts
    return graphFromData(snapshot, { file: source, remedy: "write it again with 'pnpm kg push'" });
  } finally {
    await session.close();
  }
}
