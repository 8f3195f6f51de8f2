/**
 * Lineage of an entity across the corpus: every dated statement about it (year, modality,
 * stage, document, quote, span), ordered by the year it speaks about. Also name lookup with
 * "did you mean" suggestions for names that match nothing.
 */

import type { CorpusExtraction, Entity } from "./schema/output";
import type { Modality, Stage } from "./schema/vocabulary";
import { stageRank } from "./schema/vocabulary";
import { nameKey } from "./entities/names";
import { ExtractError } from "./errors";

export interface LineageEvent {
  year: number | null;
  modality: Modality | null;
  stage: Stage;
  document: string;
  quote: string;
  start: number;
  end: number;
}

export interface Lineage {
  entity: { id: string; name: string; type: Entity["type"]; aliases: string[] };
  events: LineageEvent[];
}

/** Exact match on id, name or alias (after folding quotes, widths and brackets). */
export function findEntity(corpus: Pick<CorpusExtraction, "entities">, query: string): Entity | null {
  const key = nameKey(query);
  const exact = corpus.entities.filter((e) => e.id === query || nameKey(e.name) === key || e.aliases.some((a) => nameKey(a) === key));
  if (exact.length === 0) return null;
  // several types may share a surface form: prefer the one most talked about
  return exact.sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
}

/** Up to `limit` names close to the query: substring either way first, then edit distance. */
export function closestNames(corpus: Pick<CorpusExtraction, "entities">, query: string, limit = 5): string[] {
  const key = nameKey(query);
  const scored: { name: string; score: number }[] = [];
  for (const e of corpus.entities) {
    let best = Infinity;
    for (const n of [e.name, ...e.aliases]) {
      const k = nameKey(n);
      const score = k.includes(key) || key.includes(k) ? Math.abs(k.length - key.length) / 100 : editDistance(key, k);
      best = Math.min(best, score);
    }
    scored.push({ name: e.name, score: best });
  }
  return scored
    .filter((s) => s.score < Math.max(2, key.length / 2))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 6) return 99;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export interface LineageOptions {
  /** keep statements that give no stage (default false: only staged statements) */
  includeMentions?: boolean;
}

export function lineage(corpus: CorpusExtraction, query: string, options: LineageOptions = {}): Lineage {
  const entity = findEntity(corpus, query);
  if (!entity) {
    const near = closestNames(corpus, query);
    throw new ExtractError("ENTITY_NOT_FOUND", `no entity named "${query}"${near.length ? `; closest: ${near.join(", ")}` : ""}`);
  }
  const order = new Map(corpus.documents.map((d, i) => [d.id, { date: d.delivered ?? "", i }]));
  const seen = new Set<string>();
  const events: LineageEvent[] = [];
  for (const m of entity.mentions) {
    if (!options.includeMentions && m.stage === "mentioned") continue;
    const key = `${m.document}|${m.sentence.start}|${m.stage}|${m.year}|${m.modality}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({ year: m.year, modality: m.modality, stage: m.stage, document: m.document, quote: m.quote, start: m.start, end: m.end });
  }
  events.sort((a, b) => {
    const ya = a.year ?? 9999;
    const yb = b.year ?? 9999;
    if (ya !== yb) return ya - yb;
    const da = order.get(a.document)!;
    const db = order.get(b.document)!;
    if (da.date !== db.date) return da.date < db.date ? -1 : 1;
    if (da.i !== db.i) return da.i - db.i;
    if (a.start !== b.start) return a.start - b.start;
    return stageRank(a.stage) - stageRank(b.stage);
  });
  return { entity: { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases }, events };
}
