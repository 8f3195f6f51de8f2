/**
 * The open document, as plain text: React text nodes with the cited span in a <mark>, scrolled
 * into view. Never parsed as HTML, so markup in a document shows as the characters it is.
 */

import { useEffect, useRef } from "react";
import type { Dataset } from "../core/data/dataset";
import { documentTitle, splitAtSpan } from "../core/lineage/lineage";
import { useAtomValue } from "../core/utils/atoms";
import { closeDocument, documentTextAtom, openDocumentAtom } from "../core/documents";

export function DocumentViewer({ dataset }: { dataset: Dataset }) {
  const open = useAtomValue(openDocumentAtom);
  const text = useAtomValue(documentTextAtom);
  const mark = useRef<HTMLElement>(null);
  const body = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (text.status !== "ready" || !open) return;
    if (mark.current) mark.current.scrollIntoView({ block: "center" });
    else body.current?.scrollTo({ top: 0 });
  }, [open, text]);
  if (!open) return null;
  const parts = text.status === "ready" ? splitAtSpan(text.text, open.start, open.end) : null;
  return (
    <section className="document" aria-label="Document" data-testid="document">
      <header>
        <h2>{documentTitle(dataset.graph, open.id)}</h2>
        <button type="button" className="close" aria-label="Close document" onClick={closeDocument}>
          ×
        </button>
      </header>
      {text.status === "loading" && <p>Loading…</p>}
      {text.status === "error" && <p className="error">{text.message}</p>}
      {parts && (
        <pre className="text" ref={body} data-testid="document-text">
          {parts[0]}
          {parts[1] !== "" && (
            <mark ref={mark} data-testid="highlight">
              {parts[1]}
            </mark>
          )}
          {parts[2]}
        </pre>
      )}
    </section>
  );
}
