/**
 * What the lineage panel shows for a selected node: for an entity, its dated statements (from
 * lineage() of @policy-kg/graph, mentions included), its aliases and the documents that speak of
 * it; for a document, its metadata. Pure.
 */

import type { IndicatorPoint } from "@policy-kg/graph";
import { documentKey, eventYear, isEntityNode, lineage, type DocumentNode, type GraphEvent, type PolicyGraph } from "@policy-kg/graph";

export interface DocumentRef {
  id: string;
  title: string;
  year: number | null;
  /** statements about the entity in it */
  count: number;
}

export interface EntityDetails {
  type: "entity";
  key: string;
  label: string;
  kind: string;
  aliases: string[];
  definition: string | null;
  events: (GraphEvent & { placed: number | null })[];
  values: IndicatorPoint[];
  documents: DocumentRef[];
}

export interface DocumentDetails {
  type: "document";
  key: string;
  id: string;
  node: DocumentNode;
  /** entities with statements in it */
  entities: number;
}

export type Details = EntityDetails | DocumentDetails;

export function documentTitle(graph: PolicyGraph, id: string): string {
  const key = documentKey(id);
  return graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : id;
}

export function detailsOf(graph: PolicyGraph, key: string): Details | null {
  if (!graph.hasNode(key)) return null;
  const node = graph.getNodeAttributes(key);
  if (node.kind === "Document") {
    return { type: "document", key, id: key.slice(documentKey("").length), node, entities: graph.inDegree(key) };
  }
  if (!isEntityNode(node)) return null;
  const { entity, events } = lineage(graph, { entity: key, includeMentions: true });
  const counts = new Map<string, number>();
  for (const s of [...node.events, ...node.values]) counts.set(s.document, (counts.get(s.document) ?? 0) + 1);
  const documents = [...counts].map(([id, count]): DocumentRef => {
    const doc = graph.hasNode(documentKey(id)) ? graph.getNodeAttributes(documentKey(id)) : null;
    return { id, title: doc?.label ?? id, year: doc?.kind === "Document" ? doc.year : null, count };
  });
  documents.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || (a.id < b.id ? -1 : 1));
  return {
    type: "entity",
    key,
    label: entity.label,
    kind: entity.kind,
    aliases: entity.aliases,
    definition: entity.definition,
    events: events.map((e) => ({ ...e, placed: eventYear(e) })),
    values: [...node.values],
    documents,
  };
}

/** The text cut around a span (clamped to the text): before, the span, after. */
export function splitAtSpan(text: string, start: number, end: number): [string, string, string] {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return [text.slice(0, s), text.slice(s, e), text.slice(e)];
}
