/**
 * Web worker: placeDocuments (documents.ts) off the main thread. Receives DocumentForces, answers
 * with the documents' positions (a Map, which structured cloning keeps).
 */

import { placeDocuments, type DocumentForces } from "./documents";

const scope = self as unknown as { onmessage: ((e: MessageEvent<DocumentForces>) => void) | null; postMessage(data: unknown): void };
scope.onmessage = (e) => scope.postMessage(placeDocuments(e.data));
