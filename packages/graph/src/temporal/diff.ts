/**
 * diffYears: what changed between two years. For every entity with a statement placed in `to`:
 *   new        nothing placed in `from` or earlier;
 *   advanced   known by `from`, and the furthest reported stage up to `to` is further along than
 *              the one up to `from` (e.g. started → operating);
 *   continued  known by `from`, stage not further along.
 * And for every entity with a statement placed in `from` but none in `to`: dropped.
 * Stages are the reported ones (modality done or none, see isReported), in the vocabulary's
 * lifecycle order; plans do not advance a stage. Lists are sorted by entity id.
 */

import { stageRank, type EntityType, type Stage } from "@policy-kg/extractor";
import { isEntityNode, type PolicyGraph } from "../model/attributes";
import { GraphError } from "../errors";
import { eventsIn, reportedStage, requireYear } from "./common";

export interface DiffOptions {
  from: number;
  to: number;
}

export interface DiffEntry {
  id: string;
  label: string;
  kind: EntityType;
  /** furthest reported stage up to `from` (null: nothing placed by then) */
  from: Stage | null;
  /** furthest reported stage up to `to` */
  to: Stage;
}

export interface YearDiff {
  from: number;
  to: number;
  new: DiffEntry[];
  continued: DiffEntry[];
  advanced: DiffEntry[];
  dropped: DiffEntry[];
}

export function diffYears(graph: PolicyGraph, options: DiffOptions): YearDiff {
  const from = requireYear(options.from, "from");
  const to = requireYear(options.to, "to");
  if (from >= to) throw new GraphError("INVALID_OPTIONS", `from (${from}) must be an earlier year than to (${to})`);
  const diff: YearDiff = { from, to, new: [], continued: [], advanced: [], dropped: [] };
  graph.forEachNode((id, node) => {
    if (!isEntityNode(node)) return;
    const inFrom = node.years.includes(from);
    const inTo = node.years.includes(to);
    if (!inFrom && !inTo) return;
    const known = node.years[0]! <= from;
    // "mentioned" also for an entity known only by its indicator values (no events)
    const entry: DiffEntry = {
      id,
      label: node.label,
      kind: node.kind,
      from: known ? (reportedStage(eventsIn(node.events, from, "cumulative")) ?? "mentioned") : null,
      to: reportedStage(eventsIn(node.events, to, "cumulative")) ?? "mentioned",
    };
    if (!inTo) diff.dropped.push(entry);
    else if (entry.from === null) diff.new.push(entry);
    else if (stageRank(entry.to) > stageRank(entry.from)) diff.advanced.push(entry);
    else diff.continued.push(entry);
  });
  for (const list of [diff.new, diff.continued, diff.advanced, diff.dropped]) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return diff;
}
