/**
 * Loading state of the snapshot: fetch graph.json, parse and check it, derive the dataset.
 */

import { isGraphError } from "@policy-kg/graph";
import { atom } from "../utils/atoms";
import { datasetFromText, type Dataset } from "./dataset";
import { fetchText, SNAPSHOT_PATH } from "./files";
import { perfMark } from "../perf";
import { startLayoutWorker } from "../layout/off-thread";
import type { MessageKey, MessageParams } from "../i18n";

/** While loading, `step` is a UI message (core/i18n) with its params. */
export type LoadState = { status: "loading"; step: MessageKey; params?: MessageParams } | { status: "error"; message: string } | { status: "ready"; dataset: Dataset };

export const loadStateAtom = atom<LoadState>({ status: "loading", step: "app.loadFetching" });

/** Let the browser paint the progress message before a long synchronous step. */
const paint = () => new Promise((r) => setTimeout(r, 0));

let loading: Promise<Dataset | null> | null = null;

/**
 * Load the snapshot once (later calls get the same promise). `beforeReady` runs before the
 * dataset is published, so state restored from the URL is in place when the views first draw.
 */
export function loadDataset(beforeReady?: (dataset: Dataset) => void): Promise<Dataset | null> {
  loading ??= load(beforeReady);
  return loading;
}

async function load(beforeReady?: (dataset: Dataset) => void): Promise<Dataset | null> {
  try {
    // the layout's worker loads while the snapshot downloads
    startLayoutWorker();
    const text = await fetchText(SNAPSHOT_PATH);
    perfMark("fetched", { chars: text.length });
    loadStateAtom.set({ status: "loading", step: "app.loadChecking", params: { mb: (text.length / 1e6).toFixed(1) } });
    await paint();
    const dataset = await datasetFromText(text, SNAPSHOT_PATH);
    beforeReady?.(dataset);
    loadStateAtom.set({ status: "ready", dataset });
    return dataset;
  } catch (e) {
    const message = isGraphError(e) ? `${e.message} [${e.code}]` : (e as Error).message;
    loadStateAtom.set({ status: "error", message });
    return null;
  }
}

export function currentDataset(): Dataset | null {
  const s = loadStateAtom.get();
  return s.status === "ready" ? s.dataset : null;
}
