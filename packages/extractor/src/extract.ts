/**
 * One document → DocumentExtraction: clean the text (keeping offsets), build the section tree
 * and sentence times, recognise entities, give each mention its year, modality and stage, read
 * indicator values and the glossary, and relate entities — every span in original offsets.
 */

import type { DocumentMeta } from "./schema/document";
import type { DocumentExtraction, Entity, GlossaryEntry, Mention, Relation } from "./schema/output";
import { EXTRACTOR_VERSION, SCHEMA_VERSION } from "./schema/output";
import type { EntityType } from "./schema/vocabulary";
import { normalizeText, toOriginalSpan, type NormalizedText } from "./normalize/normalize";
import { buildSections } from "./structure/sections";
import { planStart, sentenceIndexAt, splitSentences, type Sentence } from "./structure/sentences";
import { recognize, type Candidate } from "./entities/recognize";
import { findStageWords, stageOf } from "./entities/stage";
import { STAGED_TYPES } from "./entities/lexicon";
import { entityId } from "./entities/ids";
import { extractIndicatorValues } from "./indicators/indicators";
import { addIndicatorNames, addMissingIndicators, buildIndicatorValues, goalEntities } from "./indicators/entities";
import { extractGlossary, type RawGlossaryEntry } from "./glossary/glossary";
import { deriveRelations } from "./relations";
import { nameKey } from "./entities/names";

/** Cleaned offset of an original offset (first cleaned char at or after it). */
function normIndex(norm: NormalizedText, original: number): number {
  let lo = 0;
  let hi = norm.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface ExtractInput {
  text: string;
  meta: DocumentMeta;
}

interface Located extends Candidate {
  sentence: number;
}

function deliveredYear(meta: DocumentMeta): number | null {
  return meta.delivered ? Number(meta.delivered.slice(0, 4)) : null;
}

export function extractDocument(input: ExtractInput): DocumentExtraction {
  const { text, meta } = input;
  const norm = normalizeText(text);
  const clean = norm.text;
  const reviewYear = meta.yearsReviewed.length > 0 ? meta.yearsReviewed[meta.yearsReviewed.length - 1]! : null;
  const sections = buildSections(clean, { reviewYear, planYear: meta.yearPlanned });
  const sentences = splitSentences(clean, sections, {
    referenceYear: deliveredYear(meta),
    undatedYear: meta.genre === "news" ? (meta.yearsReviewed.at(-1) ?? deliveredYear(meta)) : null,
    ...(meta.genre === "news" ? {} : { fallback: { reviewYear, planYear: meta.yearPlanned, planFrom: planStart(clean) } }),
  });

  const candidates = recognize(clean);
  // a number about a named project or park ("先导区一期25万平方米") is no indicator value
  const rawValues = extractIndicatorValues(clean, sentences).filter(
    (v) => !candidates.some((c) => c.type !== "Indicator" && c.type !== "Place" && c.start <= v.nameStart && c.end >= v.nameEnd),
  );
  addIndicatorNames(candidates, rawValues);
  const glossaryStart = sections.find((s) => /名词解释|名词注释/.test(s.title))?.start ?? -1;
  const rawGlossary = extractGlossary(clean, glossaryStart, (offset) => {
    const o = norm.map[offset]!;
    return text.slice(o, o + 12).includes("**");
  });
  addGlossaryParts(clean, candidates, rawGlossary);
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);

  const located: Located[] = candidates.map((c) => ({ ...c, sentence: sentenceIndexAt(sentences, c.start) }));
  const hits = findStageWords(clean, candidates);
  const indicators = buildIndicatorValues(meta.id, text, norm, sentences, rawValues);
  const entities = buildEntities(meta.id, text, norm, sentences, located, hits);
  addMissingIndicators(entities, meta.id, text, norm, sentences, rawValues, indicators);
  attachDefinitions(entities, rawGlossary);
  attachPartAliases(entities, rawGlossary);
  entities.push(
    ...goalEntities(meta.id, text, indicators, (v) => {
      const s = sentences[sentenceIndexAt(sentences, normIndex(norm, v.evidence.start))]!;
      return toOriginalSpan(norm, s.start, s.end);
    }),
  );
  const glossary = buildGlossary(meta.id, norm, rawGlossary);
  const relations: Relation[] = deriveRelations({
    document: meta.id,
    entities,
    glossary,
    rawGlossary: rawGlossary.map((g) => ({ term: g.term, parts: g.parts })),
    indicators,
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    extractorVersion: EXTRACTOR_VERSION,
    document: meta,
    sections: sections.map((s) => {
      const span = toOriginalSpan(norm, s.start, s.end);
      return { index: s.index, parent: s.parent, level: s.level, title: s.title, start: span.start, end: span.end, year: s.year, modality: s.modality };
    }),
    entities,
    relations,
    indicators,
    glossary,
  };
}

function addGlossaryParts(clean: string, candidates: Candidate[], glossary: RawGlossaryEntry[]): void {
  const claim = (start: number, end: number, name: string, type: "Strategy" | "Program" = "Strategy") => {
    const clash = candidates.find((c) => c.start < end && start < c.end);
    if (clash) {
      if (clash.start <= start && clash.end >= end) {
        clash.type = type;
        clash.name = name;
      }
      return;
    }
    candidates.push({ start, end, name, type, source: "quote" });
  };
  for (const g of glossary) {
    if (g.parts.length === 0) continue;
    claim(g.termStart, g.termEnd, g.term, g.type);
    for (const p of g.parts) {
      // list items and numeral slots ("1", "11", "N") are parts of the term, not entities
      if (p.counted || /^[\dA-Z]+$/.test(p.name)) continue;
      for (const surface of [p.name, ...p.aliases]) {
        const at = clean.indexOf(surface, p.start);
        if (at >= 0 && at < p.end) claim(at, at + surface.length, p.name);
      }
    }
  }
}

/** Glossary definitions attach to the entity the term names. */
function attachDefinitions(entities: Entity[], glossary: RawGlossaryEntry[]): void {
  for (const g of glossary) {
    const key = nameKey(g.term);
    const e = entities.find((x) => nameKey(x.name) === key || x.aliases.some((a) => nameKey(a) === key));
    if (e && !e.definition) e.definition = g.definition;
  }
}

/**
 * Other names a glossary gives a part (西核（信息数字核）) are aliases of the part's entity, so that
 * the name used alone elsewhere ("增强“信息数字核”辐射力") resolves to the part.
 */
function attachPartAliases(entities: Entity[], glossary: RawGlossaryEntry[]): void {
  for (const g of glossary) {
    for (const p of g.parts) {
      if (p.aliases.length === 0) continue;
      const e = entities.find((x) => x.type === "Strategy" && nameKey(x.name) === nameKey(p.name));
      if (!e) continue;
      for (const a of p.aliases) if (nameKey(a) !== nameKey(e.name) && !e.aliases.some((x) => nameKey(x) === nameKey(a))) e.aliases.push(a);
      e.aliases.sort();
    }
  }
}

function buildEntities(
  document: string,
  text: string,
  norm: NormalizedText,
  sentences: Sentence[],
  located: Located[],
  hits: ReturnType<typeof findStageWords>,
): Entity[] {
  const byId = new Map<string, Entity>();
  for (const c of located) {
    const id = entityId(c.type, c.name);
    let e = byId.get(id);
    if (!e) {
      e = { id, name: c.name, type: c.type, aliases: [], mentions: [] };
      byId.set(id, e);
    }
    const span = toOriginalSpan(norm, c.start, c.end);
    const s = sentences[c.sentence]!;
    const sentenceSpan = toOriginalSpan(norm, s.start, s.end);
    const surface = text.slice(span.start, span.end);
    const mention: Mention = {
      document,
      start: span.start,
      end: span.end,
      text: surface,
      year: s.year,
      modality: s.modality,
      stage: STAGED_TYPES.has(c.type as EntityType) ? stageOf(norm.text, hits, c.start, c.end, c.type) : "mentioned",
      sentence: sentenceSpan,
      quote: text.slice(sentenceSpan.start, sentenceSpan.end).trim(),
    };
    e.mentions.push(mention);
    for (const alias of c.aliases ?? []) if (alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
    if (c.source !== "group") {
      const alias = surfaceAlias(norm.text.slice(c.start, c.end));
      if (alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
    }
  }
  return [...byId.values()];
}

/** Surface form as an alias: quotes and brackets folded like names, spaces removed. */
function surfaceAlias(s: string): string {
  return s.replace(/[“”"《》]/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}

function buildGlossary(document: string, norm: NormalizedText, raw: RawGlossaryEntry[]): GlossaryEntry[] {
  return raw.map((g) => {
    const span = toOriginalSpan(norm, g.start, g.end);
    return {
      term: g.term,
      entity: g.parts.length > 0 ? entityId(g.type, g.term) : null,
      definition: g.definition,
      parts: g.parts.map((p) => ({ name: p.name, includes: p.includes })),
      evidence: { document, start: span.start, end: span.end },
    };
  });
}
