/**
 * The PNG and SVG figures of the current view: the graph as sigma draws it, then the legend and
 * the caption (core/export/figure.ts lays them out for both).
 *
 * PNG at `scale` times the on-screen size: like @sigma/export-image, a temporary sigma renderer
 * with the same graph, settings (reducers included) and camera draws into an off-screen
 * container, and its layers are copied onto one canvas. Sigma sizes its canvases by
 * window.devicePixelRatio, the only resolution lever it has (the package has no other either):
 * it is set to `scale` while the temporary renderer is made and draws, synchronously, and then
 * restored. The PNG gets a pHYs density (scale × 96 dpi) and the caption and provenance as text.
 * SVG: written from sigma's display data (scene.ts, core/export/svg.ts).
 */

import Sigma from "sigma";
import type { Dataset } from "../core/data/dataset";
import { currentView, currentViewState } from "../core/view";
import { FIGURE_STYLE, figureLayout, legendEntries, type FigureLayout, type Measure } from "../core/export/figure";
import { figureMeta, fileStem, type ExportFile } from "../core/export/files";
import { CSS_DPI, withPngMetadata } from "../core/export/png";
import { sceneInView, writeSvg } from "../core/export/svg";
import { runExport, viewUrl, type PngScale } from "../core/export";
import { sigmaAtom, type GraphSigma } from "./instance";
import { sceneOf } from "./scene";
import { t } from "../core/i18n";

function requireSigma(): GraphSigma {
  const sigma = sigmaAtom.get();
  if (!sigma) throw new Error(t("export.noGraph"));
  return sigma;
}

/** measureText with the figure's font. */
function canvasMeasure(): Measure {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) throw new Error(t("export.noCanvas"));
  return (text, size) => {
    ctx.font = `${size}px ${FIGURE_STYLE.font}`;
    return ctx.measureText(text).width;
  };
}

/** The figure around what sigma draws now: legend of the drawn nodes, the caption, provenance. */
function figureOf(dataset: Dataset, sigma: GraphSigma, format: "png" | "svg") {
  const scene = sceneOf(sigma);
  const drawn = sceneInView(scene);
  const view = currentView(dataset);
  const entries = legendEntries(dataset, { nodes: drawn.nodes.map((n) => n.key), diff: view.diff, path: view.path?.status === "found" });
  const { caption, meta } = figureMeta(dataset, currentViewState(), format, { url: viewUrl() });
  const layout = figureLayout(scene.width, scene.height, entries, caption, canvasMeasure());
  return { scene, layout, caption, meta };
}

/** Run `fn` while window.devicePixelRatio reads `ratio` (synchronously), then restore it. */
function withPixelRatio<T>(ratio: number, fn: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return fn();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** Draw sigma's layers, at `scale`, onto `ctx` (scaled to CSS pixels) over the graph's area. */
function drawGraph(sigma: GraphSigma, ctx: CanvasRenderingContext2D, scale: number): void {
  const { width, height } = sigma.getDimensions();
  const root = document.createElement("div");
  Object.assign(root.style, { width: `${width}px`, height: `${height}px`, position: "absolute", right: "101%", bottom: "101%" });
  document.body.appendChild(root);
  try {
    withPixelRatio(scale, () => {
      const temp = new Sigma(sigma.getGraph(), root, sigma.getSettings());
      try {
        temp.getCamera().setState(sigma.getCamera().getState());
        temp.refresh();
        // WebGL layers keep their pixels only until the frame ends: copy them now
        for (const layer of Object.values(temp.getCanvases())) ctx.drawImage(layer, 0, 0, width, height);
      } finally {
        temp.kill();
      }
    });
  } finally {
    root.remove();
  }
}

function drawFigure(ctx: CanvasRenderingContext2D, layout: FigureLayout): void {
  ctx.strokeStyle = FIGURE_STYLE.rule;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, layout.graphHeight + 0.5);
  ctx.lineTo(layout.width, layout.graphHeight + 0.5);
  ctx.stroke();
  for (const s of layout.swatches) {
    ctx.fillStyle = s.color;
    ctx.beginPath();
    ctx.arc(s.x, s.y, s.r, 0, 2 * Math.PI);
    ctx.fill();
  }
  for (const t of layout.texts) {
    ctx.fillStyle = t.color;
    ctx.font = `${t.size}px ${FIGURE_STYLE.font}`;
    ctx.fillText(t.text, t.x, t.y);
  }
}

export async function renderPng(dataset: Dataset, scale: PngScale): Promise<ExportFile> {
  const sigma = requireSigma();
  const { layout, caption, meta } = figureOf(dataset, sigma, "png");
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error(t("export.noCanvas"));
  ctx.scale(scale, scale);
  ctx.fillStyle = FIGURE_STYLE.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  drawGraph(sigma, ctx, scale);
  drawFigure(ctx, layout);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, "image/png"));
  if (!blob) throw new Error(t("export.noBlob"));
  const png = withPngMetadata(new Uint8Array(await blob.arrayBuffer()), { dpi: CSS_DPI * scale, text: { Title: caption, Description: JSON.stringify(meta), Software: `${meta.tool} ${meta.toolVersion}` } });
  return { name: `${fileStem(currentViewState())}@${scale}x.png`, type: "image/png", data: png };
}

export function renderSvg(dataset: Dataset): ExportFile {
  const sigma = requireSigma();
  const { scene, layout, caption, meta } = figureOf(dataset, sigma, "svg");
  return { name: `${fileStem(currentViewState())}.svg`, type: "image/svg+xml", data: writeSvg(scene, layout, { title: caption, description: JSON.stringify(meta) }) };
}

export const exportPng = (dataset: Dataset, scale: PngScale) => runExport("png", () => renderPng(dataset, scale));
export const exportSvg = (dataset: Dataset) => runExport("svg", () => renderSvg(dataset));
