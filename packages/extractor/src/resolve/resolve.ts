/**
 * Entity resolution across documents: entities with the same id merge; abbreviations and
 * variants of the same name merge automatically (南科大 / 南方科技大学, 港中大（深圳）/ 香港中文大学（深圳）);
 * the user's alias rules (merge / split / rename / reject) override both. Ids stay deterministic:
 * a merged entity's id is derived from its canonical name.
 */

import type { CorpusExtraction, DocumentExtraction, Entity, Relation } from "../schema/output";
import { EXTRACTOR_VERSION, SCHEMA_VERSION } from "../schema/output";
import type { EntityType } from "../schema/vocabulary";
import { entityId } from "../entities/ids";
import { nameKey } from "../entities/names";
import { isProgramVariant, isVariantName } from "./variants";
import { corpusRelations } from "./corpus-relations";
import { placeHierarchy } from "./place-hierarchy";
import { GAZETTEER_INDEX } from "../entities/gazetteer";

export interface AliasRules {
  /** groups of names that are one entity; the first name is the canonical one */
  merge: string[][];
  /** pairs of names that must stay separate even if they look alike */
  split: string[][];
  /** name → new canonical name */
  rename: Record<string, string>;
  /** names that are not entities at all */
  reject: string[];
}

export const EMPTY_RULES: AliasRules = { merge: [], split: [], rename: {}, reject: [] };

const AUTO_MERGE_TYPES = new Set<EntityType>(["Project", "Park", "Institution", "Program", "Enterprise"]);

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

function namesOf(e: Entity): string[] {
  return [e.name, ...e.aliases];
}

export function resolveEntities(docs: readonly DocumentExtraction[], rules: AliasRules, corpusHash: string): CorpusExtraction {
  const rejected = new Set(rules.reject.map(nameKey));
  const renamed = new Map(Object.entries(rules.rename).map(([a, b]) => [nameKey(a), b]));

  // 1. same id → one entity
  const byId = new Map<string, Entity>();
  for (const doc of docs) {
    for (const e of doc.entities) {
      if (rejected.has(nameKey(e.name))) continue;
      const prev = byId.get(e.id);
      if (prev) {
        prev.mentions.push(...e.mentions);
        for (const a of e.aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
        prev.definition ??= e.definition;
      } else {
        byId.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
      }
    }
  }
  const entities = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // 2. automatic variants, unless split
  const uf = new UnionFind();
  const splitPairs = new Set(rules.split.flatMap(([a, b]) => (a && b ? [`${nameKey(a)}|${nameKey(b)}`, `${nameKey(b)}|${nameKey(a)}`] : [])));
  const byType = new Map<EntityType, Entity[]>();
  for (const e of entities) {
    if (!AUTO_MERGE_TYPES.has(e.type)) continue;
    (byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!).push(e);
  }
  for (const list of byType.values()) {
    // a short form starts with one of the long form's first two characters: bucket by those
    const buckets = new Map<string, Entity[]>();
    for (const e of list) {
      for (const ch of new Set([...e.name.slice(0, 2)])) (buckets.get(ch) ?? buckets.set(ch, []).get(ch)!).push(e);
    }
    for (const short of list) {
      for (const long of buckets.get(short.name[0] ?? "") ?? []) {
        if (long === short || long.name.length <= short.name.length) continue;
        if (splitPairs.has(`${nameKey(short.name)}|${nameKey(long.name)}`)) continue;
        if (isVariantName(short.name, long.name) || (short.type === "Program" && isProgramVariant(short.name, long.name))) uf.union(short.id, long.id);
      }
    }
  }

  // names that a strategy gives as another name of one of its parts (西核（信息数字核）) are that part
  const strategyAliases = new Map<string, Entity>();
  for (const e of entities) if (e.type === "Strategy") for (const a of e.aliases) strategyAliases.set(nameKey(a), e);
  const partHeads = new Set<string>();
  for (const e of entities) {
    const part = strategyAliases.get(nameKey(e.name));
    if (part && part.id !== e.id) {
      uf.union(part.id, e.id);
      partHeads.add(part.id);
    }
  }

  // 3. explicit merges (any types: the first name's entity wins)
  const keyIndex = new Map<string, Entity>();
  for (const e of entities) for (const n of namesOf(e)) if (!keyIndex.has(nameKey(n))) keyIndex.set(nameKey(n), e);
  const forcedCanonical = new Map<string, string>();
  for (const group of rules.merge) {
    const members = group.map((n) => keyIndex.get(nameKey(n))).filter((e): e is Entity => !!e);
    if (members.length < 2) continue;
    for (const m of members.slice(1)) uf.union(members[0]!.id, m.id);
    forcedCanonical.set(members[0]!.id, group[0]!);
  }

  // 4. build merged entities
  const groups = new Map<string, Entity[]>();
  for (const e of entities) {
    const root = uf.find(e.id);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(e);
  }
  const idMap = new Map<string, string>();
  const merged: Entity[] = [];
  for (const members of groups.values()) {
    const forced = members.map((m) => forcedCanonical.get(m.id)).find((n) => n !== undefined);
    // the part a glossary names keeps its name and type (西核, not its other name 信息数字核)
    const part = members.find((m) => partHeads.has(m.id));
    const head = forced ? members.find((m) => namesOf(m).some((n) => nameKey(n) === nameKey(forced)))! : (part ?? pickCanonical(members));
    let name = forced ?? head.name;
    name = renamed.get(nameKey(name)) ?? name;
    const type = head.type;
    const id = entityId(type, name);
    const aliases = new Set<string>();
    for (const m of members) for (const n of namesOf(m)) if (nameKey(n) !== nameKey(name)) aliases.add(n);
    const mentions = members.flatMap((m) => m.mentions).sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : x.start - y.start));
    const definition = members.map((m) => m.definition).find((d) => d !== undefined);
    const entity: Entity = { id, name, type, aliases: [...aliases].sort(), mentions };
    if (definition) entity.definition = definition;
    merged.push(entity);
    for (const m of members) idMap.set(m.id, id);
  }
  merged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // 5. relations: remap, then add corpus-wide ones
  const remap = (id: string) => idMap.get(id) ?? id;
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const addRelation = (r: Relation) => {
    const key = `${r.type}|${r.source}|${r.target}`;
    if (r.source === r.target || seen.has(key)) return;
    seen.add(key);
    relations.push(r);
  };
  for (const doc of docs) for (const r of doc.relations) addRelation({ ...r, source: remap(r.source), target: remap(r.target) });
  for (const r of corpusRelations(merged, relations)) addRelation(r);
  for (const r of placeHierarchy(merged)) addRelation(r);
  ensureTargets(merged, relations);
  const knownIds = new Set(merged.map((e) => e.id));

  return {
    schemaVersion: SCHEMA_VERSION,
    extractorVersion: EXTRACTOR_VERSION,
    corpusHash,
    documents: docs.map((d) => d.document),
    entities: merged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    relations: relations.filter((r) => knownIds.has(r.source) && knownIds.has(r.target)),
    indicators: docs.flatMap((d) => d.indicators.map((v) => ({ ...v, indicator: remap(v.indicator) }))),
    glossary: docs.flatMap((d) => d.glossary.map((g) => ({ ...g, entity: g.entity ? remap(g.entity) : null, document: d.document.id }))),
  };
}

/** The fullest name stands for the group: longest, then most mentioned, then smallest id. */
function pickCanonical(members: Entity[]): Entity {
  return [...members].sort((a, b) => b.name.length - a.name.length || b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))[0]!;
}

/** Relation targets that are closed-list places get an entity even when never mentioned. */
function ensureTargets(entities: Entity[], relations: Relation[]): void {
  const ids = new Set(entities.map((e) => e.id));
  for (const r of relations) {
    if (ids.has(r.target)) continue;
    const [type, key] = r.target.split(":", 2) as [string, string];
    const g = GAZETTEER_INDEX.get(key);
    if (type === "place" && g) {
      entities.push({ id: r.target, name: g.name, type: "Place", aliases: [...g.aliases], mentions: [] });
      ids.add(r.target);
    }
  }
}
