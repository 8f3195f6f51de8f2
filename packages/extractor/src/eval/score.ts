/**
 * Scores a corpus extraction against gold annotations: precision / recall / F1 for entities
 * (per type and per document), lineage events, glossary parts and indicator values. Matching is
 * one-to-one and greedy; names match when any name or alias agrees after folding.
 */

import type { CorpusExtraction, Entity } from "../schema/output";
import type { EntityType } from "../schema/vocabulary";
import { STAGED_TYPES } from "../entities/lexicon";
import { nameKey } from "../entities/names";
import type { Gold } from "./gold";

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore {
  document: string;
  entities: Prf;
  entitiesByType: Record<string, Prf>;
  /** name-only agreement (type ignored): how much of the entity error is typing */
  entitiesUntyped: Prf;
  events: Prf;
  glossaryParts: Prf;
  glossaryIncludes: Prf;
  indicators: Prf;
  /** errors for inspection */
  missedEntities: string[];
  spuriousEntities: string[];
  /** indicator values: "name|year|kind|value unit" */
  missedValues: string[];
  spuriousValues: string[];
}

export interface EvalReport {
  documents: DocumentScore[];
  /** micro-averaged over the documents given */
  total: Omit<DocumentScore, "document" | "missedEntities" | "spuriousEntities" | "missedValues" | "spuriousValues">;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function add(a: Prf, b: Prf): Prf {
  return prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

/** Greedy one-to-one matching; returns the number matched and the matched pairs. */
function match<G, P>(gold: G[], pred: P[], same: (g: G, p: P) => boolean): { tp: number; pairs: [number, number][] } {
  const used = new Uint8Array(pred.length);
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    for (let pi = 0; pi < pred.length; pi++) {
      if (!used[pi] && same(g, pred[pi]!)) {
        used[pi] = 1;
        pairs.push([gi, pi]);
        return;
      }
    }
  });
  return { tp: pairs.length, pairs };
}

interface PredEntity {
  entity: Entity;
  keys: Set<string>;
}

const EVAL_TYPES: ReadonlySet<EntityType> = new Set(["Project", "Park", "Institution", "Enterprise", "Program", "Strategy", "Place", "Indicator"]);

function inScope(gold: Gold, start: number): boolean {
  return gold.scope === "full" || (start >= gold.scope.start && start < gold.scope.end);
}

function signed(value: number, direction: string): number {
  return direction === "down" ? -value : value;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
}

function unitKey(u: string): string {
  return u.replace(/％/g, "%").trim();
}

export function scoreDocument(corpus: CorpusExtraction, gold: Gold): DocumentScore {
  const doc = gold.document;
  const pred: PredEntity[] = corpus.entities
    .filter((e) => EVAL_TYPES.has(e.type) && e.mentions.some((m) => m.document === doc && inScope(gold, m.start)))
    .map((e) => ({ entity: e, keys: new Set([e.name, ...e.aliases].map(nameKey)) }));
  const goldKeys = gold.entities.map((g) => new Set([g.name, ...g.aliases, g.span.text.replace(/\s+/g, "")].map(nameKey)));
  const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

  const typed = match(gold.entities, pred, (g, p) => g.type === p.entity.type && overlaps(goldKeys[gold.entities.indexOf(g)]!, p.keys));
  const untyped = match(gold.entities, pred, (g, p) => overlaps(goldKeys[gold.entities.indexOf(g)]!, p.keys));
  const byType: Record<string, Prf> = {};
  for (const t of EVAL_TYPES) {
    const gi = gold.entities.filter((g) => g.type === t);
    const pi = pred.filter((p) => p.entity.type === t);
    const tp = typed.pairs.filter(([g]) => gold.entities[g]!.type === t).length;
    if (gi.length + pi.length > 0) byType[t] = prf(tp, pi.length - tp, gi.length - tp);
  }
  const matchedGold = new Set(typed.pairs.map(([g]) => g));
  const matchedPred = new Set(typed.pairs.map(([, p]) => p));

  // events: gold entity → its keys; predicted events from staged mentions in this document
  const goldEntityKeys = new Map<string, Set<string>>();
  gold.entities.forEach((g, i) => {
    for (const n of [g.name, ...g.aliases]) goldEntityKeys.set(n, goldKeys[i]!);
  });
  const goldEvents = dedupe(gold.events.map((e) => ({ keys: goldEntityKeys.get(e.entity) ?? new Set([nameKey(e.entity)]), year: e.year, modality: e.modality, stage: e.stage, id: `${nameKey(e.entity)}|${e.year}|${e.modality}|${e.stage}` })));
  const predEvents = dedupe(
    pred.flatMap((p) =>
      STAGED_TYPES.has(p.entity.type)
        ? p.entity.mentions
            .filter((m) => m.document === doc && m.stage !== "mentioned" && m.year !== null && inScope(gold, m.start))
            .map((m) => ({ keys: p.keys, year: m.year!, modality: m.modality, stage: m.stage, id: `${p.entity.id}|${m.year}|${m.modality}|${m.stage}` }))
        : [],
    ),
  );
  const ev = match(goldEvents, predEvents, (g, p) => g.year === p.year && g.modality === p.modality && g.stage === p.stage && overlaps(g.keys, p.keys));

  // glossary
  const predGlossary = corpus.glossary.filter((g) => g.document === doc && inScope(gold, g.evidence.start));
  const partKeys = (list: { term: string; parts: { name: string; includes: string[] }[] }[]) =>
    [...new Set(list.flatMap((g) => g.parts.map((p) => `${nameKey(g.term)}|${nameKey(p.name)}`)))];
  const includeKeys = (list: { term: string; parts: { name: string; includes: string[] }[] }[]) =>
    [...new Set(list.flatMap((g) => g.parts.flatMap((p) => p.includes.map((i) => `${nameKey(g.term)}|${nameKey(p.name)}|${nameKey(i)}`))))];
  const gp = partKeys(gold.glossary);
  const pp = partKeys(predGlossary);
  const gpTp = gp.filter((k) => pp.includes(k)).length;
  const gi = includeKeys(gold.glossary);
  const pi = includeKeys(predGlossary);
  const giTp = gi.filter((k) => pi.includes(k)).length;

  // indicators
  const indicatorNames = new Map<string, Set<string>>();
  for (const e of corpus.entities) if (e.type === "Indicator") indicatorNames.set(e.id, new Set([e.name, ...e.aliases].map(nameKey)));
  const predValues = corpus.indicators.filter((v) => v.evidence.document === doc && inScope(gold, v.evidence.start));
  const iv = match(gold.indicators, predValues, (g, p) => {
    const gk = goldEntityKeys.get(g.indicator) ?? new Set([nameKey(g.indicator)]);
    const pk = indicatorNames.get(p.indicator) ?? new Set([nameKey(p.name)]);
    return overlaps(gk, pk) && g.year === p.year && g.kind === p.kind && unitKey(g.unit) === unitKey(p.unit) && sameNumber(g.value, signed(p.value, p.direction));
  });

  return {
    document: doc,
    entities: prf(typed.tp, pred.length - typed.tp, gold.entities.length - typed.tp),
    entitiesByType: byType,
    entitiesUntyped: prf(untyped.tp, pred.length - untyped.tp, gold.entities.length - untyped.tp),
    events: prf(ev.tp, predEvents.length - ev.tp, goldEvents.length - ev.tp),
    glossaryParts: prf(gpTp, pp.length - gpTp, gp.length - gpTp),
    glossaryIncludes: prf(giTp, pi.length - giTp, gi.length - giTp),
    indicators: prf(iv.tp, predValues.length - iv.tp, gold.indicators.length - iv.tp),
    missedEntities: gold.entities.filter((_, i) => !matchedGold.has(i)).map((g) => `${g.type}:${g.name}`),
    spuriousEntities: pred.filter((_, i) => !matchedPred.has(i)).map((p) => `${p.entity.type}:${p.entity.name}`),
    missedValues: gold.indicators.filter((_, i) => !iv.pairs.some(([g]) => g === i)).map((g) => `${g.indicator}|${g.year}|${g.kind}|${g.value}${g.unit}`),
    spuriousValues: predValues
      .filter((_, i) => !iv.pairs.some(([, p]) => p === i))
      .map((p) => `${p.name}|${p.year}|${p.kind}|${signed(p.value, p.direction)}${p.unit}`),
  };
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

export function scoreCorpus(corpus: CorpusExtraction, golds: Gold[]): EvalReport {
  const documents = golds.map((g) => scoreDocument(corpus, g));
  const zero = prf(0, 0, 0);
  const total: EvalReport["total"] = {
    entities: zero,
    entitiesByType: {},
    entitiesUntyped: zero,
    events: zero,
    glossaryParts: zero,
    glossaryIncludes: zero,
    indicators: zero,
  };
  for (const d of documents) {
    total.entities = add(total.entities, d.entities);
    total.entitiesUntyped = add(total.entitiesUntyped, d.entitiesUntyped);
    total.events = add(total.events, d.events);
    total.glossaryParts = add(total.glossaryParts, d.glossaryParts);
    total.glossaryIncludes = add(total.glossaryIncludes, d.glossaryIncludes);
    total.indicators = add(total.indicators, d.indicators);
    for (const [t, s] of Object.entries(d.entitiesByType)) total.entitiesByType[t] = add(total.entitiesByType[t] ?? zero, s);
  }
  return { documents, total };
}
