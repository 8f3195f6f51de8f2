/**
 * Relations that need the whole corpus: a phase and its parent project (X二期 → X), and
 * entities the text puts under a strategy part (a sentence naming 信息数字核 and 坂田 puts 坂田
 * under 西核). Evidence is the sentence that says so. A phase's aliases also give its parent
 * aliases (the parent entity's alias list is extended in place).
 */

import type { Entity, Relation } from "../schema/output";
import { nameKey } from "../entities/names";

const PHASE = /^(.+?)(?:[一二三四五六七八九十]期)(?:工程|项目)?$/;
const UNDER_TYPES = new Set(["Project", "Park", "Institution", "Place"]);

export function corpusRelations(entities: readonly Entity[], existing: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), e);
  }

  for (const e of entities) {
    const m = PHASE.exec(e.name);
    if (!m) continue;
    const base = m[1]!;
    const parent = byKey.get(nameKey(base)) ?? byKey.get(nameKey(`${base}工程`)) ?? byKey.get(nameKey(`${base}项目`));
    const first = e.mentions[0];
    if (parent && parent.id !== e.id && first) {
      out.push({ type: "PHASE_OF", source: e.id, target: parent.id, evidence: { document: first.document, start: first.start, end: first.end } });
      // a phase's other names name its parent too: 宝龙生物药创新先导区一期 → 宝龙生物药创新先导区
      for (const alias of e.aliases) {
        const a = PHASE.exec(alias)?.[1];
        if (a && nameKey(a) !== nameKey(parent.name) && !parent.aliases.some((x) => nameKey(x) === nameKey(a)) && !byKey.has(nameKey(a))) {
          parent.aliases.push(a);
          parent.aliases.sort();
        }
      }
    }
  }

  // strategy parts are the sources of PART_OF relations into a Strategy
  const strategyIds = new Set(entities.filter((e) => e.type === "Strategy").map((e) => e.id));
  const partIds = new Set(existing.filter((r) => r.type === "PART_OF" && strategyIds.has(r.target) && strategyIds.has(r.source)).map((r) => r.source));
  if (partIds.size === 0) return out;
  // index mentions by sentence
  const bySentence = new Map<string, { entity: Entity; start: number; end: number; quote: string }[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const key = `${m.document}|${m.sentence.start}`;
      (bySentence.get(key) ?? bySentence.set(key, []).get(key)!).push({ entity: e, start: m.sentence.start, end: m.sentence.end, quote: m.quote });
    }
  }
  const partOf = new Set(existing.filter((r) => r.type === "PART_OF").map((r) => `${r.source}|${r.target}`));
  for (const [key, items] of bySentence) {
    const parts = items.filter((i) => partIds.has(i.entity.id));
    if (parts.length !== 1) continue; // a sentence naming several parts does not say which
    const part = parts[0]!;
    // a glossary definition ("“一芯”指…") names what the part stands for, not what is under it:
    // its parts come from the glossary (PART_OF)
    if (isDefinition(part.quote, part.entity)) continue;
    const document = key.slice(0, key.indexOf("|"));
    for (const i of items) {
      if (!UNDER_TYPES.has(i.entity.type) || partOf.has(`${i.entity.id}|${part.entity.id}`)) continue;
      out.push({ type: "UNDER_STRATEGY", source: i.entity.id, target: part.entity.id, evidence: { document, start: part.start, end: part.end } });
    }
  }
  return out;
}

/** Whether a sentence defines the part: it opens with the part's name followed by 指 / 是指 / a colon. */
function isDefinition(quote: string, part: Entity): boolean {
  const head = quote.replace(/^[\s\d.、（）()]*[“"]?/, "");
  return [part.name, ...part.aliases].some((n) => head.startsWith(n) && /^[”"]?(?:指|是指|即|[:：])/.test(head.slice(n.length)));
}
