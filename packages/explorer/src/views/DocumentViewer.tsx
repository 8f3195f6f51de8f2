/**
 * The open document, as plain text: React text nodes with the cited span in a <mark>, scrolled
 * into view. Never parsed as HTML, so markup in a document shows as the characters it is.
 * Opened from a control (a quote, a chart point), it takes the focus, so the keyboard can scroll
 * it and Escape closes it (views/keyboard.ts); closing gives the focus back to that control.
 */

import { useEffect, useRef, type RefObject } from "react";
import type { Dataset } from "../core/data/dataset";
import { documentTitle, splitAtSpan } from "../core/lineage/lineage";
import { useAtomValue } from "../core/utils/atoms";
import { closeDocument, documentTextAtom, openDocumentAtom } from "../core/documents";
import { useT } from "../core/i18n";

/** The control that had the focus when a document was opened from it, while it is open. */
function useFocusReturn(open: unknown, panel: RefObject<HTMLElement | null>) {
  const back = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) {
      const to = back.current;
      back.current = null;
      if (to?.isConnected && (document.activeElement === null || document.activeElement === document.body)) to.focus({ preventScroll: true });
      return;
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !panel.current?.contains(active)) {
      back.current = active;
      panel.current?.focus({ preventScroll: true });
    }
  }, [open, panel]);
}

export function DocumentViewer({ dataset }: { dataset: Dataset }) {
  const open = useAtomValue(openDocumentAtom);
  const text = useAtomValue(documentTextAtom);
  const t = useT();
  const mark = useRef<HTMLElement>(null);
  const body = useRef<HTMLPreElement>(null);
  const panel = useRef<HTMLElement>(null);
  useFocusReturn(open, panel);
  useEffect(() => {
    if (text.status !== "ready" || !open) return;
    if (mark.current) mark.current.scrollIntoView({ block: "center" });
    else body.current?.scrollTo({ top: 0 });
  }, [open, text]);
  if (!open) return null;
  const parts = text.status === "ready" ? splitAtSpan(text.text, open.start, open.end) : null;
  return (
    <section className="document" aria-label={t("document.label")} data-testid="document" ref={panel} tabIndex={-1}>
      <header>
        <h2>{documentTitle(dataset.graph, open.id)}</h2>
        <button type="button" className="close" aria-label={t("document.close")} title={t("document.close")} onClick={closeDocument} data-testid="document-close">
          ×
        </button>
      </header>
      {text.status === "loading" && <p>{t("document.loading")}</p>}
      {text.status === "error" && <p className="error">{t("document.error", { message: text.message })}</p>}
      {parts && (
        <pre className="text" ref={body} data-testid="document-text" tabIndex={0}>
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
