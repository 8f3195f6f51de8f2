/**
 * The documents' ForceAtlas2 in a web worker (documents.worker.ts), so the main thread can build
 * the timeline and the search index meanwhile. startLayoutWorker starts the worker early (its
 * script loads while the snapshot downloads); placeDocumentsOffThread uses it, or a new one.
 * Where there is no worker, or it fails, the same function runs here: the positions are the same
 * either way.
 */

import { placeDocuments, type DocumentForces, type Positions } from "./documents";

let started: Worker | null = null;

function newWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./documents.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/** Start the worker now, for the next placeDocumentsOffThread. */
export function startLayoutWorker(): void {
  started ??= newWorker();
}

export function placeDocumentsOffThread(forces: DocumentForces): Promise<Positions> {
  const worker = started ?? (forces.hubs.length > 1 ? newWorker() : null);
  started = null;
  if (!worker) return Promise.resolve(placeDocuments(forces));
  return new Promise((done) => {
    worker.onmessage = (e: MessageEvent<Positions>) => {
      worker.terminate();
      done(e.data);
    };
    worker.onerror = () => {
      worker.terminate();
      done(placeDocuments(forces));
    };
    worker.postMessage(forces);
  });
}
