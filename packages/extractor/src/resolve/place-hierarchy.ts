/**
 * Administrative containment from the gazetteer: every mentioned closed-list place is LOCATED_IN
 * the unit it lies in, up the chain (坂田街道 → 龙岗区 → 深圳市 → 广东省), so that an entity
 * located in a street is also found under its district. The evidence of each link is the place's
 * first mention (the knowledge itself is the gazetteer's: documented in docs/graph-model.md).
 * Targets that are not mentioned anywhere get an entity through resolve's ensureTargets.
 */

import type { Entity, Relation } from "../schema/output";
import { GAZETTEER_INDEX, PLACE_PARENT } from "../entities/gazetteer";
import { entityId } from "../entities/ids";

export function placeHierarchy(entities: readonly Entity[]): Relation[] {
  const out: Relation[] = [];
  const linked = new Set<string>();
  for (const e of entities) {
    if (e.type !== "Place") continue;
    const first = e.mentions[0];
    if (!first) continue;
    const evidence = { document: first.document, start: first.start, end: first.end };
    const entry = GAZETTEER_INDEX.get(e.name);
    let place = entry?.type === "Place" ? entry.name : undefined;
    let source = e.id;
    // walk up until a link that is already there (its own chain was added with it)
    for (let parent = place && PLACE_PARENT.get(place); parent; place = parent, parent = PLACE_PARENT.get(place)) {
      const target = entityId("Place", parent);
      const key = `${source}|${target}`;
      if (linked.has(key)) break;
      linked.add(key);
      out.push({ type: "LOCATED_IN", source, target, evidence });
      source = target;
    }
  }
  return out;
}
