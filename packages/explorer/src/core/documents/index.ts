/**
 * The open document: which one, which span is highlighted, and its text (fetched from
 * documents/<id>.txt once and kept).
 */

import { atom } from "../utils/atoms";
import { documentPath, fetchText } from "../data/files";
import type { DocumentSpan } from "../url/state";

export type DocumentText = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; text: string };

export const openDocumentAtom = atom<DocumentSpan | null>(null);
export const documentTextAtom = atom<DocumentText>({ status: "loading" });

const texts = new Map<string, Promise<string>>();

export function openDocument(span: DocumentSpan): void {
  const same = openDocumentAtom.get()?.id === span.id;
  openDocumentAtom.set(span);
  if (same && documentTextAtom.get().status !== "error") return;
  documentTextAtom.set({ status: "loading" });
  let text = texts.get(span.id);
  if (!text) texts.set(span.id, (text = fetchText(documentPath(span.id))));
  text.then(
    (t) => {
      if (openDocumentAtom.get()?.id === span.id) documentTextAtom.set({ status: "ready", text: t });
    },
    (e: Error) => {
      texts.delete(span.id);
      if (openDocumentAtom.get()?.id === span.id) documentTextAtom.set({ status: "error", message: e.message });
    },
  );
}

export function closeDocument(): void {
  openDocumentAtom.set(null);
}
