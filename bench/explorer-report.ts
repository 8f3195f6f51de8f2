/**
 * The `explorer` suite's result (out/bench/explorer.json) and table: medians, p95 and maxima of
 * the wall times (and the main thread's CPU time of the first render), per mode, for the recent
 * years and per kind of query, against the aims of issue #4 (first render < 3 s, year switch
 * < 100 ms, search < 50 ms; medians).
 */

import { loadavg } from "node:os";
import type { PolicyGraph } from "@policy-kg/graph";
import type { FirstRender, Timed } from "./explorer-page";
import { int, median, round } from "./stats";

export const AIMS = { firstRenderMs: 3000, yearSwitchMs: 100, searchMs: 50 };
/** switches to the last this many years are reported apart: the seed reports' years, where most is said */
const RECENT = 8;

export interface Measured {
  version: string;
  loadBefore: number[];
  made: { graph: PolicyGraph; copies: number; trimmed: number; addedMentions: number };
  snapshot: string;
  years: number[];
  firsts: FirstRender[];
  switches: (Timed & { year: number; mode: string; settledMs: number })[];
  modeSwitch: Timed & { settledMs: number };
  searches: (Timed & { kind: string; query: string; hits: number; frameMs: number })[];
}

interface Stats {
  n: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, medianMs: round(median(s)), p95Ms: round(s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!), maxMs: round(s[s.length - 1]!) };
}

/** Wall time (and the settled frame for switches) of some timed actions. */
function summary<T extends Timed>(list: T[], extra?: (t: T) => number) {
  return { wall: stats(list.map((t) => t.ms)), ...(extra ? { settled: stats(list.map(extra)) } : {}) };
}

const rounded = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "number" ? round(v) : v])) as T;

export function report(m: Measured): { result: Record<string, unknown>; table: string } {
  const { graph } = m.made;
  const last = m.years.at(-1)!;
  const firstRender = {
    runsMs: m.firsts.map((f) => round(f.firstRenderMs)),
    medianMs: round(median(m.firsts.map((f) => f.firstRenderMs))),
    shown: { runsMs: m.firsts.map((f) => round(f.shownMs)), medianMs: round(median(m.firsts.map((f) => f.shownMs))) },
    cpuMs: m.firsts.map((f) => round(f.cpuMs)),
    steps: m.firsts.map((f) => f.steps),
  };
  const settledOf = (s: { settledMs: number }) => s.settledMs;
  const yearSwitch = {
    all: summary(m.switches, settledOf),
    cumulative: summary(
      m.switches.filter((s) => s.mode === "cumulative"),
      settledOf,
    ),
    year: summary(
      m.switches.filter((s) => s.mode === "year"),
      settledOf,
    ),
    /** the last RECENT years (those of the seed reports), both modes */
    recent: summary(
      m.switches.filter((s) => s.year > last - RECENT),
      settledOf,
    ),
    toLastYearCumulative: rounded(m.switches.find((s) => s.mode === "cumulative" && s.year === last)!),
    modeSwitch: rounded(m.modeSwitch),
    switches: m.switches.map(rounded),
  };
  const search = {
    all: summary(m.searches),
    frame: stats(m.searches.map((s) => s.frameMs)),
    byKind: Object.fromEntries([...new Set(m.searches.map((s) => s.kind))].map((k) => [k, summary(m.searches.filter((s) => s.kind === k))])),
    queries: m.searches.map(rounded),
  };
  const aimsMet = { firstRender: firstRender.medianMs < AIMS.firstRenderMs, yearSwitch: yearSwitch.all.wall.medianMs < AIMS.yearSwitchMs, search: search.all.wall.medianMs < AIMS.searchMs };
  const loadAfter = loadavg().map((x) => round(x, 2));
  const result = {
    chromium: m.version,
    loadAverage: { before: m.loadBefore, after: loadAfter },
    graph: { nodes: graph.order, edges: graph.size, copies: m.made.copies, trimmedEntities: m.made.trimmed, addedMentions: m.made.addedMentions, snapshotBytes: Buffer.byteLength(m.snapshot), years: m.years.length },
    aims: AIMS,
    aimsMet,
    firstRender,
    yearSwitch,
    search,
  };
  const row = (label: string, value: string) => `  ${label.padEnd(46)} ${value}`;
  const met = (ok: boolean) => (ok ? "met" : "NOT met");
  const s3 = (s: Stats) => `median ${s.medianMs} ms, p95 ${s.p95Ms} ms, max ${s.maxMs} ms`;
  const both = (s: { wall: Stats }) => s3(s.wall);
  const table = [
    `explorer: ${int(graph.order)} nodes, ${int(graph.size)} edges, snapshot ${(result.graph.snapshotBytes / 1e6).toFixed(1)} MB; ${m.version}; load average ${m.loadBefore.join(" ")} → ${loadAfter.join(" ")}`,
    row(`first render, median of ${m.firsts.length} (aim < ${AIMS.firstRenderMs} ms)`, `${firstRender.medianMs.toFixed(0)} ms (runs ${firstRender.runsMs.join(", ")}; CPU ${firstRender.cpuMs.join(", ")}) — aim ${met(aimsMet.firstRender)}`),
    row("  that frame on screen, median", `${firstRender.shown.medianMs.toFixed(0)} ms (runs ${firstRender.shown.runsMs.join(", ")})`),
    ...Object.entries(m.firsts.at(-1)!.steps).map(([k, v]) => row(`  ${k} at (last run)`, `${v} ms`)),
    row(`year switch, ${yearSwitch.all.wall.n} (aim < ${AIMS.yearSwitchMs} ms)`, `${both(yearSwitch.all)} — aim ${met(aimsMet.yearSwitch)}`),
    row("  up to that year", both(yearSwitch.cumulative)),
    row("  that year", both(yearSwitch.year)),
    row(`  to the last ${RECENT} years (${last - RECENT + 1}–${last}), both modes`, both(yearSwitch.recent)),
    row("  until the labels settled", s3(yearSwitch.all.settled!)),
    row(`  to ${last}, up to that year (whole graph)`, `${yearSwitch.toLastYearCumulative.ms} ms`),
    row("  mode switch at the last year", `${yearSwitch.modeSwitch.ms} ms`),
    row(`search, ${search.all.wall.n} queries (aim < ${AIMS.searchMs} ms)`, `${both(search.all)} — aim ${met(aimsMet.search)}`),
    ...Object.entries(search.byKind).map(([k, s]) => row(`  ${k}`, both(s))),
    row("  to the next frame", s3(search.frame)),
  ].join("\n");
  return { result, table };
}
