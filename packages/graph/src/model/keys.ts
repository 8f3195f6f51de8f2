/**
 * Node and edge keys. Entity nodes keep the extractor's ids (`park:深圳工业软件园`); documents
 * and years get a prefix; edge keys are built from relation and endpoints, so every build of the
 * same corpus gives the same keys and an edge can be named from outside (URLs, Neo4j MERGE).
 */

import type { EdgeRelation } from "./attributes";

export const documentKey = (id: string): string => `Document:${id}`;
export const yearKey = (year: number): string => `Year:${year}`;
export const edgeKey = (relation: EdgeRelation, source: string, target: string): string => `${source}-[${relation}]->${target}`;

/** Whether `key` is edgeKey(relation, source, target), compared in place (no string built: this runs for every edge of a snapshot). */
export function isEdgeKey(key: string, relation: EdgeRelation, source: string, target: string): boolean {
  const r = source.length + 2;
  const t = r + relation.length + 3;
  return (
    key.length === t + target.length && key.startsWith(source) && key.startsWith("-[", source.length) && key.startsWith(relation, r) && key.startsWith("]->", t - 3) && key.endsWith(target)
  );
}
