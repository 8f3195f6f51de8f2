/**
 * A large corpus for the `graph-large` and `neo4j-large` suites: k copies of the real corpus
 * extraction, copy i with every document id, entity id, entity name and quoted sentence suffixed
 * `#i` (copy 0 too), so the copies share nothing but the year nodes (a snapshot stores each
 * distinct sentence once: copies quoting the same sentences would make it unrealistically small). Deterministic: the same extraction and
 * k give the same corpus. k is chosen so the graph has about `nodes` nodes.
 */

import type { CorpusExtraction } from "@policy-kg/extractor";

export const LARGE_NODES = 100_000;

export function replicateCorpus(corpus: CorpusExtraction, copies: number): CorpusExtraction {
  const out: CorpusExtraction = { ...corpus, corpusHash: `${corpus.corpusHash}x${copies}`, documents: [], entities: [], relations: [], indicators: [], glossary: [] };
  for (let k = 0; k < copies; k++) {
    const s = (id: string) => `${id}#${k}`;
    const ev = <T extends { document: string }>(e: T): T => ({ ...e, document: s(e.document) });
    out.documents.push(...corpus.documents.map((d) => ({ ...d, id: s(d.id) })));
    out.entities.push(...corpus.entities.map((e) => ({ ...e, id: s(e.id), name: s(e.name), aliases: e.aliases.map(s), mentions: e.mentions.map((m) => ({ ...ev(m), quote: s(m.quote) })) })));
    out.relations.push(...corpus.relations.map((r) => ({ ...r, source: s(r.source), target: s(r.target), evidence: ev(r.evidence) })));
    out.indicators.push(...corpus.indicators.map((v) => ({ ...v, indicator: s(v.indicator), name: s(v.name), evidence: ev(v.evidence) })));
    out.glossary.push(...corpus.glossary.map((g) => ({ ...g, document: s(g.document), entity: g.entity === null ? null : s(g.entity), evidence: ev(g.evidence) })));
  }
  return out;
}

/** Copies of a corpus whose graph has `order` nodes (of which `shared`, the years, are not copied) to reach about `nodes`. */
export const copiesFor = (order: number, shared: number, nodes = LARGE_NODES): number => Math.max(1, Math.round((nodes - shared) / (order - shared)));
