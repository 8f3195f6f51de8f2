/**
 * Provenance of an export, written into every format so that a figure can be made again: what it
 * was made from (corpus hash, graph schema version, extractor version, time of build), by what
 * (tool and version), how (format, filters, command line) and when, with the counts of what it
 * holds.
 */

import type { GraphCounts, PolicyGraph } from "../model/attributes";
import { countGraph } from "../model/counts";
import type { ExportFilters } from "./filter";
import type { Window } from "./time";

export const EXPORT_FORMATS = ["gexf", "graphml", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `format` of every provenance record, so an export is not taken for a snapshot. */
export const EXPORT_MARKER = "policy-kg/export";
export const TOOL_NAME = "@policy-kg/graph";
/** Version of the exporting tool: the graph package's version (a test keeps them equal). */
export const TOOL_VERSION = "0.1.0";

/** Options shared by every serializer. */
export interface ExportOptions {
  /** the filters the graph was made with, recorded (default: the graph's `view`, if any) */
  filters?: ExportFilters;
  /** time of export, ISO date-time (default: now) */
  exportedAt?: string;
  /** the command line that made the export, recorded */
  command?: string;
}

export interface ExportMeta {
  format: typeof EXPORT_MARKER;
  exportFormat: ExportFormat;
  tool: string;
  toolVersion: string;
  exportedAt: string;
  corpusHash: string;
  schemaVersion: number;
  extractorVersion: string;
  builtAt: string;
  filters: ExportFilters;
  command: string | null;
  counts: GraphCounts;
}

export function exportMeta(graph: PolicyGraph, exportFormat: ExportFormat, options: ExportOptions = {}): ExportMeta {
  const a = graph.getAttributes();
  return {
    format: EXPORT_MARKER,
    exportFormat,
    tool: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    corpusHash: a.corpusHash,
    schemaVersion: a.schemaVersion,
    extractorVersion: a.extractorVersion,
    builtAt: a.builtAt,
    filters: options.filters ?? (a.view ? { year: a.view.year, mode: a.view.mode } : {}),
    command: options.command ?? null,
    counts: countGraph(graph),
  };
}

/** The years an export covers, from its filters (null: open). */
export function timeWindow(filters: ExportFilters): Window {
  if (filters.year !== undefined) return { from: filters.mode === "year" ? filters.year : null, to: filters.year };
  return { from: filters.from ?? null, to: filters.to ?? null };
}
