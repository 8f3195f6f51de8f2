/**
 * The view state that a link reproduces, and its encoding in the URL hash:
 *   #y=2024&m=year&n=park:深圳工业软件园&q=两核&c=0.5123,0.4410,0.2500&d=001_6bbf…&s=120-127
 * y year, m mode ("year" | "cumulative"), n selected node key, q search query, c camera
 * (x, y, ratio in sigma's normalised coordinates), d/s open document and highlighted span.
 * Filters, ego network, shortest path and diff mode: see view-params.ts.
 * Unknown or malformed parameters are dropped, never thrown on. Pure (URLSearchParams only).
 */

import { VIEW_MODES, type ViewMode } from "@policy-kg/graph";
import { DEFAULT_VIEW_PARAMS, decodeViewParams, encodeViewParams, type ViewParams } from "./view-params";

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface DocumentSpan {
  id: string;
  start: number;
  end: number;
}

export interface UrlState extends ViewParams {
  year: number | null;
  mode: ViewMode;
  selected: string | null;
  query: string;
  camera: Camera | null;
  document: DocumentSpan | null;
}

export const DEFAULT_URL_STATE: UrlState = { year: null, mode: "cumulative", selected: null, query: "", camera: null, document: null, ...DEFAULT_VIEW_PARAMS };

const round = (n: number) => Number(n.toFixed(4));

export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.year !== null) p.set("y", String(state.year));
  if (state.mode !== DEFAULT_URL_STATE.mode) p.set("m", state.mode);
  if (state.selected !== null) p.set("n", state.selected);
  if (state.query !== "") p.set("q", state.query);
  if (state.camera) p.set("c", [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(","));
  if (state.document) {
    p.set("d", state.document.id);
    p.set("s", `${state.document.start}-${state.document.end}`);
  }
  encodeViewParams(p, state);
  const s = p.toString();
  return s === "" ? "" : `#${s}`;
}

function parseCamera(value: string | null): Camera | null {
  if (value === null) return null;
  const parts = value.split(",").map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n)) || parts[2]! <= 0) return null;
  return { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
}

function parseSpan(id: string | null, span: string | null): DocumentSpan | null {
  if (!id) return null;
  const m = /^(\d+)-(\d+)$/.exec(span ?? "");
  if (!m) return { id, start: 0, end: 0 };
  const [start, end] = [Number(m[1]), Number(m[2])];
  return start <= end ? { id, start, end } : { id, start: 0, end: 0 };
}

export function decodeUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const y = p.get("y");
  const year = y !== null && /^\d{4}$/.test(y) ? Number(y) : null;
  const m = p.get("m");
  const mode = (VIEW_MODES as readonly string[]).includes(m ?? "") ? (m as ViewMode) : DEFAULT_URL_STATE.mode;
  return {
    year,
    mode,
    selected: p.get("n") || null,
    query: p.get("q") ?? "",
    camera: parseCamera(p.get("c")),
    document: parseSpan(p.get("d"), p.get("s")),
    ...decodeViewParams(p),
  };
}
