/**
 * Page-wide keys: Escape closes the open document, or else clears the selection. A component
 * that uses Escape itself first (the search results) calls preventDefault, and this leaves it.
 */

import { useEffect } from "react";
import { closeDocument, openDocumentAtom } from "../core/documents";
import { select, selectedAtom } from "../core/selection";

export function onEscape(e: KeyboardEvent): void {
  if (e.key !== "Escape" || e.defaultPrevented) return;
  if (openDocumentAtom.get() !== null) closeDocument();
  else if (selectedAtom.get() !== null) select(null);
  else return;
  e.preventDefault();
}

export function useEscapeKey(): void {
  useEffect(() => {
    window.addEventListener("keydown", onEscape);
    return () => window.removeEventListener("keydown", onEscape);
  }, []);
}
