/**
 * Indicator values as entities of the document: each value names an Indicator entity, and each
 * target becomes a Goal entity that measures its indicator.
 */

import type { Candidate } from "../entities/recognize";
import { entityId } from "../entities/ids";
import type { Entity, IndicatorValue, Mention } from "../schema/output";
import { toOriginalSpan, type NormalizedText } from "../normalize/normalize";
import { sentenceIndexAt, type Sentence } from "../structure/sentences";
import type { RawIndicatorValue } from "./indicators";

/**
 * Every indicator value names an Indicator entity: when the name lost to an overlapping candidate,
 * the entity is made from the value's own name span.
 */
export function addMissingIndicators(
  entities: Entity[],
  document: string,
  text: string,
  norm: NormalizedText,
  sentences: Sentence[],
  raw: RawIndicatorValue[],
  values: IndicatorValue[],
): void {
  const ids = new Set(entities.map((e) => e.id));
  values.forEach((v, i) => {
    const r = raw[i]!;
    const span = toOriginalSpan(norm, r.nameStart, r.nameEnd);
    const s = sentences[sentenceIndexAt(sentences, r.nameStart)]!;
    const sentence = toOriginalSpan(norm, s.start, s.end);
    const mention: Mention = {
      document,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      year: v.year,
      modality: s.modality,
      stage: "mentioned",
      sentence,
      quote: text.slice(sentence.start, sentence.end).trim(),
    };
    if (!ids.has(v.indicator)) {
      ids.add(v.indicator);
      entities.push({ id: v.indicator, name: v.name, type: "Indicator", aliases: [], mentions: [mention] });
    }
  });
}

export function addIndicatorNames(candidates: Candidate[], values: RawIndicatorValue[]): void {
  for (const v of values) {
    const clash = candidates.find((c) => c.start < v.nameEnd && v.nameStart < c.end);
    if (clash) {
      if (clash.start === v.nameStart && clash.end === v.nameEnd) clash.type = "Indicator";
      continue;
    }
    candidates.push({ start: v.nameStart, end: v.nameEnd, name: v.name, type: "Indicator", source: "gazetteer" });
  }
}

/** Targets become Goal entities ("地区生产总值增长6%左右", 2025) that MEASURE their indicator. */
export function goalEntities(
  document: string,
  text: string,
  values: IndicatorValue[],
  sentenceOf: (v: IndicatorValue) => { start: number; end: number },
): Entity[] {
  const out = new Map<string, Entity>();
  for (const v of values) {
    if (v.kind !== "target" || v.year === null) continue;
    const name = `${v.year}年${v.text.replace(/\s+/g, "")}`;
    const id = entityId("Goal", name);
    if (out.has(id)) continue;
    out.set(id, {
      id,
      name,
      type: "Goal",
      aliases: [],
      mentions: [
        {
          document,
          start: v.evidence.start,
          end: v.evidence.end,
          text: v.text,
          year: v.year,
          modality: "target",
          stage: "mentioned",
          sentence: sentenceOf(v),
          quote: text.slice(sentenceOf(v).start, sentenceOf(v).end).trim(),
        },
      ],
    });
  }
  return [...out.values()];
}

export function buildIndicatorValues(
  document: string,
  text: string,
  norm: NormalizedText,
  sentences: Sentence[],
  values: RawIndicatorValue[],
): IndicatorValue[] {
  return values.map((v) => {
    const span = toOriginalSpan(norm, v.start, v.end);
    const s = sentences[sentenceIndexAt(sentences, v.start)]!;
    return {
      indicator: entityId("Indicator", v.name),
      name: v.name,
      year: v.previous && s.year !== null ? s.year - 1 : s.year,
      kind: v.previous ? "actual" : v.kind,
      measure: v.measure,
      value: v.value,
      unit: v.unit,
      normalized: v.normalized,
      qualifier: v.qualifier,
      direction: v.direction,
      text: text.slice(span.start, span.end),
      evidence: { document, start: span.start, end: span.end },
    };
  });
}
