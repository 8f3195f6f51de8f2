/** A recognised name: cleaned offsets, canonical name, type and where it came from. */

import type { EntityType } from "../schema/vocabulary";

export interface Candidate {
  start: number;
  end: number;
  /** canonical name */
  name: string;
  type: EntityType;
  source: "suffix" | "quote" | "title" | "gazetteer" | "group" | "list";
  /** other names the text gives it here ("15号线" for 轨道15号线) */
  aliases?: string[];
}
