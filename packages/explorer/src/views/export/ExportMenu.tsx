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

const TEXT = {
  toggle: "Export 导出",
  panel: "Export the current view 导出当前视图",
  figure: "Figure 图",
  data: "Data of the filtered view 筛选后视图的数据",
  scale: "PNG scale 倍率",
  scaleOption: (n: number) => `${n}× · ${n * CSS_DPI} dpi`,
  png: "PNG",
  svg: "SVG",
  formats: { gexf: "GEXF (Gephi)", graphml: "GraphML", csv: "CSV (zip)" } satisfies Record<GraphFormat, string>,
  note: "Exports hold what is drawn; the caption and the link to this view are in each file.",
  status: (s: ExportStatus): string => {
    if (s.state === "busy") return `Exporting ${s.format.toUpperCase()}… 正在导出`;
    if (s.state === "done") return `Saved ${s.file} 已保存`;
    if (s.state === "error") return `${s.format.toUpperCase()} export failed: ${s.message} 导出失败`;
    return "";
  },
};

const GRAPH_BUTTONS: readonly GraphFormat[] = ["gexf", "graphml", "csv"];

export function ExportMenu({ dataset }: { dataset: Dataset }) {
  const [open, setOpen] = useState(false);
  const scale = useAtomValue(pngScaleAtom);
  const status = useAtomValue(exportStatusAtom);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) first.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const busy = status.state === "busy";
  return (
    <div className="export-menu" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button type="button" ref={toggle} className="toggle" aria-expanded={open} aria-controls="export-panel" onClick={() => setOpen(!open)} data-testid="export-toggle">
        {TEXT.toggle} {open ? "▾" : "▴"}
      </button>
      {open && (
        <section id="export-panel" className="panel" aria-label={TEXT.panel} data-testid="export-panel">
          <fieldset>
            <legend>{TEXT.figure}</legend>
            <label className="field">
              {TEXT.scale}{" "}
              <select ref={first} value={scale} onChange={(e) => pngScaleAtom.set(Number(e.target.value) as PngScale)} data-testid="export-scale">
                {PNG_SCALES.map((n) => (
                  <option key={n} value={n}>
                    {TEXT.scaleOption(n)}
                  </option>
                ))}
              </select>
            </label>
            <div className="buttons">
              <button type="button" disabled={busy} onClick={() => void exportPng(dataset, scale)} data-testid="export-png">
                {TEXT.png}
              </button>
              <button type="button" disabled={busy} onClick={() => void exportSvg(dataset)} data-testid="export-svg">
                {TEXT.svg}
              </button>
            </div>
          </fieldset>
          <fieldset>
            <legend>{TEXT.data}</legend>
            <div className="buttons">
              {GRAPH_BUTTONS.map((f) => (
                <button key={f} type="button" disabled={busy} onClick={() => void exportGraph(dataset, f)} data-testid={`export-${f}`}>
                  {TEXT.formats[f]}
                </button>
              ))}
            </div>
          </fieldset>
          <p className="note">{TEXT.note}</p>
        </section>
      )}
      <span className={`export-status ${status.state}`} role="status" aria-live="polite" data-testid="export-status">
        {TEXT.status(status)}
      </span>
    </div>
  );
}
