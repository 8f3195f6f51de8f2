/**
 * Relations inside one document, each with the span that evidences it: glossary parts
 * (PART_OF), places a name starts with (LOCATED_IN), goals and the indicator they measure
 * (MEASURES).
 */

import type { Entity, GlossaryEntry, IndicatorValue, Relation } from "./schema/output";
import { entityId } from "./entities/ids";
import { nameKey } from "./entities/names";
import { GAZETTEER_INDEX, PLACE_SURFACES } from "./entities/gazetteer";

export interface RelationInput {
  document: string;
  entities: Entity[];
  glossary: GlossaryEntry[];
  rawGlossary: { term: string; parts: { name: string; includes: string[] }[] }[];
  indicators: IndicatorValue[];
}

const LOCATABLE = new Set(["Project", "Park", "Institution"]);

export function deriveRelations(input: RelationInput): Relation[] {
  const { document, entities } = input;
  const out: Relation[] = [];
  const seen = new Set<string>();
  const add = (r: Relation) => {
    const key = `${r.type}|${r.source}|${r.target}`;
    if (seen.has(key) || r.source === r.target) return;
    seen.add(key);
    out.push(r);
  };
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    byKey.set(nameKey(e.name), e);
    for (const a of e.aliases) if (!byKey.has(nameKey(a))) byKey.set(nameKey(a), e);
  }

  // glossary parts
  input.glossary.forEach((g) => {
    const term = byKey.get(nameKey(g.term));
    if (!term) return;
    for (const part of g.parts) {
      const partEntity = byKey.get(nameKey(part.name));
      if (!partEntity) continue;
      add({ type: "PART_OF", source: partEntity.id, target: term.id, evidence: g.evidence });
      for (const inc of part.includes) {
        const incEntity = byKey.get(nameKey(inc));
        if (incEntity && incEntity.id !== term.id) {
          add({ type: "PART_OF", source: incEntity.id, target: partEntity.id, evidence: g.evidence });
        }
      }
    }
  });
  // sub-parts listed as includes of a part are themselves parts: their PART_OF is already added

  // places a name starts with
  for (const e of entities) {
    if (!LOCATABLE.has(e.type)) continue;
    const place = leadingPlace(e.name);
    if (!place) continue;
    const first = e.mentions[0];
    if (!first) continue;
    add({ type: "LOCATED_IN", source: e.id, target: entityId("Place", place), evidence: { document, start: first.start, end: first.end } });
  }

  // goals measure their indicator
  for (const e of entities) {
    if (e.type !== "Goal") continue;
    const v = input.indicators.find((iv) => iv.evidence.start === e.mentions[0]?.start);
    if (v) add({ type: "MEASURES", source: e.id, target: v.indicator, evidence: v.evidence });
  }
  return out;
}

/** Canonical place a name starts with ("坂田…" → 坂田街道), if any. */
export function leadingPlace(name: string): string | null {
  for (const p of PLACE_SURFACES) {
    if (name.length > p.length && name.startsWith(p)) return GAZETTEER_INDEX.get(p)!.name;
  }
  return null;
}
