/**
 * Export menu of the figure bar: a button that opens a small panel of real buttons (PNG at a
 * chosen scale, SVG; GEXF, GraphML and CSV of the current filtered view) and says what it is
 * doing. Escape or the button closes it; focus goes to its first control when it opens and
 * back to the button when it closes.
 */

import { useEffect, useRef, useState } from "react";
import type { Dataset } from "../../core/data/dataset";
import { useAtomValue } from "../../core/utils/atoms";
import { exportGraph, exportStatusAtom, PNG_SCALES, pngScaleAtom, type ExportStatus, type PngScale } from "../../core/export";
import { CSS_DPI } from "../../core/export/png";
import type { GraphFormat } from "../../core/export/files";
import { exportPng, exportSvg } from "../../sigma/figure";
import { useT, type Translate } from "../../core/i18n";

const statusText = (s: ExportStatus, t: Translate): string => {
  if (s.state === "busy") return t("export.busy", { format: s.format.toUpperCase() });
  if (s.state === "done") return t("export.done", { file: s.file });
  if (s.state === "error") return t("export.error", { format: s.format.toUpperCase(), message: s.message });
  return "";
};

const GRAPH_BUTTONS: readonly GraphFormat[] = ["gexf", "graphml", "csv"];

export function ExportMenu({ dataset }: { dataset: Dataset }) {
  const [open, setOpen] = useState(false);
  const scale = useAtomValue(pngScaleAtom);
  const status = useAtomValue(exportStatusAtom);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  const wasOpen = useRef(false);
  const t = useT();
  useEffect(() => {
    if (open) first.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const busy = status.state === "busy";
  return (
    <div className="export-menu" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button type="button" ref={toggle} className="toggle" aria-expanded={open} aria-controls="export-panel" onClick={() => setOpen(!open)} data-testid="export-toggle">
        {t("export.toggle")} {open ? "▾" : "▴"}
      </button>
      {open && (
        <section id="export-panel" className="panel" aria-label={t("export.panel")} data-testid="export-panel">
          <fieldset>
            <legend>{t("export.figure")}</legend>
            <label className="field">
              {t("export.scale")}{" "}
              <select ref={first} value={scale} onChange={(e) => pngScaleAtom.set(Number(e.target.value) as PngScale)} data-testid="export-scale">
                {PNG_SCALES.map((n) => (
                  <option key={n} value={n}>
                    {t("export.scaleOption", { n, dpi: n * CSS_DPI })}
                  </option>
                ))}
              </select>
            </label>
            <div className="buttons">
              <button type="button" disabled={busy} onClick={() => void exportPng(dataset, scale)} data-testid="export-png">
                {t("export.png")}
              </button>
              <button type="button" disabled={busy} onClick={() => void exportSvg(dataset)} data-testid="export-svg">
                {t("export.svg")}
              </button>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t("export.data")}</legend>
            <div className="buttons">
              {GRAPH_BUTTONS.map((f) => (
                <button key={f} type="button" disabled={busy} onClick={() => void exportGraph(dataset, f)} data-testid={`export-${f}`}>
                  {t(`export.${f}`)}
                </button>
              ))}
            </div>
          </fieldset>
          <p className="note">{t("export.note")}</p>
        </section>
      )}
      <span className={`export-status ${status.state}`} role="status" aria-live="polite" data-testid="export-status">
        {statusText(status, t)}
      </span>
    </div>
  );
}
