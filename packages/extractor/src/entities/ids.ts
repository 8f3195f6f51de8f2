/**
 * Deterministic entity ids: `<type>:<name key>`, so the same corpus gives the same ids on every
 * run and ids stay readable in exports and Cypher.
 */

import type { EntityType } from "../schema/vocabulary";
import { nameKey } from "./names";

export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${nameKey(name)}`;
}
