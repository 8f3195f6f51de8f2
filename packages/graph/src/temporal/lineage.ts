/**
 * lineage and stageInYear: the dated statements about one entity, and its stage in a year.
 */

import type { EntityType, Stage } from "@policy-kg/extractor";
import { VIEW_MODES, type GraphEvent, type PolicyGraph, type ViewMode } from "../model/attributes";
import { eventYear, isReported, maxStage } from "../model/events";
import { GraphError } from "../errors";
import { eventsIn, findEntityNode, reportedStage, requireYear } from "./common";

export interface EntityRef {
  id: string;
  kind: EntityType;
  label: string;
  aliases: string[];
  definition: string | null;
}

export interface LineageOptions {
  /** entity id, name or alias */
  entity: string;
  /** keep statements that give no stage ("mentioned"); default false */
  includeMentions?: boolean;
}

export interface GraphLineage {
  entity: EntityRef;
  /** in time order: year placed in (undated last), document date, offset */
  events: GraphEvent[];
}

export function lineage(graph: PolicyGraph, options: LineageOptions): GraphLineage {
  const { id, node } = findEntityNode(graph, options.entity);
  const events = options.includeMentions ? [...node.events] : node.events.filter((e) => e.stage !== "mentioned");
  return { entity: { id, kind: node.kind, label: node.label, aliases: [...node.aliases], definition: node.definition }, events };
}

export interface StageOptions {
  /** entity id, name or alias */
  entity: string;
  year: number;
  /** "cumulative" (default): the stage reached by the end of `year`; "year": given by statements about `year` only */
  mode?: ViewMode;
}

export interface StageInYear {
  entity: string;
  year: number;
  mode: ViewMode;
  /** furthest stage reported (modality done or none); "mentioned" if the statements give none; null if there are no statements */
  stage: Stage | null;
  /** furthest stage planned or targeted for `year` itself (modality plan/target), or null */
  planned: Stage | null;
  /** the statements considered, in time order */
  events: GraphEvent[];
}

export function stageInYear(graph: PolicyGraph, options: StageOptions): StageInYear {
  const year = requireYear(options.year, "year");
  const mode = options.mode ?? "cumulative";
  if (!VIEW_MODES.includes(mode)) throw new GraphError("INVALID_OPTIONS", `mode must be one of ${VIEW_MODES.join(", ")}, got ${JSON.stringify(mode)}`);
  const { id, node } = findEntityNode(graph, options.entity);
  const events = eventsIn(node.events, year, mode);
  const planned = maxStage(events.filter((e) => !isReported(e) && eventYear(e) === year && e.stage !== "mentioned").map((e) => e.stage));
  return { entity: id, year, mode, stage: reportedStage(events), planned, events };
}
