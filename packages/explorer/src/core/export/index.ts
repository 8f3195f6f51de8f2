/**
 * Export state and actions: the PNG scale (1×–4×, default 3×), what is being exported or what
 * went wrong, and exporting the current view's graph (GEXF, GraphML, CSV) as a download. The
 * figures (PNG, SVG) need sigma: src/sigma/figure.ts.
 */

import { atom } from "../utils/atoms";
import type { Dataset } from "../data/dataset";
import { currentViewState } from "../view";
import { currentUrlState } from "../url";
import { encodeUrlState } from "../url/state";
import { exportViewGraph, type ExportFile, type GraphFormat } from "./files";

export const PNG_SCALES = [1, 2, 3, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
export const DEFAULT_PNG_SCALE: PngScale = 3;

export const pngScaleAtom = atom<PngScale>(DEFAULT_PNG_SCALE);

export type ExportStatus = { state: "idle" } | { state: "busy"; format: string } | { state: "done"; file: string } | { state: "error"; format: string; message: string };
export const exportStatusAtom = atom<ExportStatus>({ state: "idle" });

/** Offer a file as a download (an object URL on a temporary link). */
export function downloadFile(file: ExportFile): void {
  const blob = new Blob([file.data as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Run an export, reporting busy / done / error in exportStatusAtom (never throws). */
export async function runExport(format: string, make: () => ExportFile | Promise<ExportFile>): Promise<void> {
  exportStatusAtom.set({ state: "busy", format });
  // let the status paint before a synchronous export
  await new Promise((r) => setTimeout(r, 0));
  try {
    const file = await make();
    downloadFile(file);
    exportStatusAtom.set({ state: "done", file: file.name });
  } catch (e) {
    exportStatusAtom.set({ state: "error", format, message: (e as Error).message });
  }
}

/** The link that reproduces the current view (from the state, not the address bar, which is written with a delay). */
export function viewUrl(): string {
  return `${window.location.origin}${window.location.pathname}${window.location.search}${encodeUrlState(currentUrlState())}`;
}

export function exportGraph(dataset: Dataset, format: GraphFormat): Promise<void> {
  return runExport(format, () => exportViewGraph(dataset, currentViewState(), format, { url: viewUrl() }));
}
