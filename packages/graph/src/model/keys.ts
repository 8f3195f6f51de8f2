/**
 * Node and edge keys. Entity nodes keep the extractor's ids (`park:深圳工业软件园`); documents
 * and years get a prefix; edge keys are built from relation and endpoints, so every build of the
 * same corpus gives the same keys and an edge can be named from outside (URLs, Neo4j MERGE).
 */

import type { EdgeRelation } from "./attributes";

export const documentKey = (id: string): string => `Document:${id}`;
export const yearKey = (year: number): string => `Year:${year}`;
export const edgeKey = (relation: EdgeRelation, source: string, target: string): string => `${source}-[${relation}]->${target}`;
