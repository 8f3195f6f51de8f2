/**
 * URL parameters of the filters, ego network, shortest path and diff mode (part of the hash that
 * core/url/state.ts encodes):
 *   t types, st stages, mo modalities (comma lists; an empty t/st/mo shows none of them),
 *   pl place key, sp strategy key, fd document key, e ego node and ed its depth (1–3),
 *   pa/pb the ends of a shortest path, pm=1 ego and path follow mention edges, df diff years "2023-2025".
 * Unknown values in a list are dropped (a list with no known value is no filter); malformed
 * parameters are dropped, never thrown on. Node keys are checked against the dataset when the
 * state is applied, not here. Pure (URLSearchParams only).
 */

import { MODALITIES, STAGES } from "@policy-kg/extractor";
import { DISPLAY_KINDS } from "../appearance/palette";
import { NO_FILTERS, type Filters } from "../filters/filters";
import { EGO_DEPTHS, type Ego, type EgoDepth, type PathEnds } from "../ego/ego";
import { diffPair, type DiffYears } from "../diff/diff";

export interface ViewParams {
  filters: Filters;
  ego: Ego | null;
  path: PathEnds | null;
  mentions: boolean;
  diff: DiffYears | null;
}

export const DEFAULT_VIEW_PARAMS: ViewParams = { filters: NO_FILTERS, ego: null, path: null, mentions: false, diff: null };

const LISTS = { types: "t", stages: "st", modalities: "mo" } as const;
const KEYS = { place: "pl", strategy: "sp", document: "fd" } as const;

export function encodeViewParams(p: URLSearchParams, state: ViewParams): void {
  for (const [field, name] of Object.entries(LISTS) as [keyof typeof LISTS, string][]) {
    const list = state.filters[field];
    if (list !== null) p.set(name, list.join(","));
  }
  for (const [field, name] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
    const key = state.filters[field];
    if (key !== null) p.set(name, key);
  }
  if (state.ego) {
    p.set("e", state.ego.node);
    p.set("ed", String(state.ego.depth));
  }
  if (state.path) {
    p.set("pa", state.path.from);
    p.set("pb", state.path.to);
  }
  if (state.mentions) p.set("pm", "1");
  if (state.diff) p.set("df", `${state.diff.from}-${state.diff.to}`);
}

/** A comma list of allowed values: "" is the empty list, no known value is no filter (null). */
function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
  if (value === null) return null;
  if (value === "") return [];
  const items = value.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v));
  return items.length === 0 ? null : allowed.filter((v) => items.includes(v));
}

function parseDepth(value: string | null): EgoDepth {
  const n = Number(value);
  return (EGO_DEPTHS as readonly number[]).includes(n) ? (n as EgoDepth) : 1;
}

function parseDiff(value: string | null): DiffYears | null {
  const m = /^(\d{4})-(\d{4})$/.exec(value ?? "");
  return m ? diffPair(Number(m[1]), Number(m[2])) : null;
}

export function decodeViewParams(p: URLSearchParams): ViewParams {
  const key = (name: string) => p.get(name) || null;
  const filters: Filters = {
    types: parseList(p.get(LISTS.types), DISPLAY_KINDS),
    stages: parseList(p.get(LISTS.stages), STAGES),
    modalities: parseList(p.get(LISTS.modalities), MODALITIES),
    place: key(KEYS.place),
    strategy: key(KEYS.strategy),
    document: key(KEYS.document),
  };
  const ego = key("e");
  const [from, to] = [key("pa"), key("pb")];
  return {
    filters,
    ego: ego === null ? null : { node: ego, depth: parseDepth(p.get("ed")) },
    path: from !== null && to !== null ? { from, to } : null,
    mentions: p.get("pm") === "1",
    diff: parseDiff(p.get("df")),
  };
}
