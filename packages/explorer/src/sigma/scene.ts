/**
 * The Scene of the SVG export, read from sigma: every node and edge sigma draws now (after the
 * reducers: hidden ones left out), at its viewport position in CSS pixels, with its displayed
 * colour and size, and the labels sigma shows (the label grid's choice, forced labels, and
 * highlighted nodes, whose label the hover layer draws).
 */

import type { Scene, SceneEdge, SceneNode } from "../core/export/svg";
import type { GraphSigma } from "./instance";

export function sceneOf(sigma: GraphSigma): Scene {
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  const labels = sigma.getNodeDisplayedLabels();
  const graph = sigma.getGraph();
  const nodes: SceneNode[] = [];
  const at = new Map<string, { x: number; y: number; r: number }>();
  graph.forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    at.set(key, { x: p.x, y: p.y, r });
    const label = d.label && (labels.has(key) || d.highlighted) ? d.label : null;
    nodes.push({ key, x: p.x, y: p.y, r, color: d.color, label, z: d.zIndex ?? 0 });
  });
  const edges: SceneEdge[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(key);
    const [s, t] = [at.get(source), at.get(target)];
    // sigma does not draw an edge with a hidden end
    if (!d || d.hidden || !s || !t) return;
    edges.push({ key, x1: s.x, y1: s.y, x2: t.x, y2: t.y, color: d.color, width: Math.max(sigma.scaleSize(d.size), settings.minEdgeThickness), z: d.zIndex ?? 0 });
  });
  const labelColor = settings.labelColor.color ?? "#000";
  return { width, height, nodes, edges, label: { font: settings.labelFont, size: settings.labelSize, weight: settings.labelWeight, color: labelColor } };
}
