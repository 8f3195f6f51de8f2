/**
 * The graph view: one sigma instance per dataset, never rebuilt while exploring. State changes
 * (year, mode, filters, ego, path, diff, hover, selection) only refresh it, and the reducers draw
 * the new state. Camera moves are written to the camera atom (for the URL); a focus request
 * animates the camera to a node. Also exposes a small read-only probe (window.__policyKg) for the
 * end-to-end tests.
 */

import { useEffect, useRef } from "react";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { Dataset } from "../core/data/dataset";
import type { DisplayEdge, DisplayNode } from "../core/graph/display";
import { stageAt } from "../core/time/timeline";
import { modeAtom, yearAtom } from "../core/time";
import { focusRequestAtom, hover, hoveredAtom, select, selectedAtom } from "../core/selection";
import { cameraAtom } from "../core/camera";
import { perfMark } from "../core/perf";
import { partialRefresher } from "./partial-refresh";
import { edgeReducer, neighbourhoodOf, nodeReducer, type ReducerState } from "./reducers";
import { currentView, currentViewState, VIEW_ATOMS } from "../core/view";
import { visibleElements, type VisibleElements } from "../core/view/visible";
import { marksOf } from "./view-style";
import { sigmaAtom } from "./instance";
import { localeAtom, useT } from "../core/i18n";

const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export interface GraphProbe {
  /** how sigma draws a node now (after the reducers), or null if unknown */
  node(key: string): { hidden: boolean; label: string | null; color: string; x: number; y: number; size: number } | null;
  /** nodes drawn (not hidden) */
  visibleNodes(): number;
  /** position of a node in the graph container, in CSS pixels */
  viewportPosition(key: string): { x: number; y: number } | null;
  /** the node under the mouse, as sigma reported it */
  hovered(): string | null;
  /** the camera (sigma's normalised coordinates) */
  camera(): { x: number; y: number; ratio: number };
  /** the nodes and edges sigma draws (not hidden), in the graph's order */
  drawn(): { nodes: string[]; edges: string[] };
  /** visibleElements of the current state (what exports will use) */
  visible(): VisibleElements;
}

declare global {
  interface Window {
    __policyKg?: GraphProbe;
  }
}

function currentState(dataset: Dataset): ReducerState {
  const year = yearAtom.get();
  const mode = modeAtom.get();
  const focus = hoveredAtom.get() ?? selectedAtom.get();
  // what is drawn: time, filters, ego network (core/view); diff mode labels stages as of its later year
  const shown = currentView(dataset);
  const { diff } = currentViewState();
  const [stageYear, stageMode] = diff ? [diff.to, "cumulative" as const] : [year, mode];
  return {
    view: { year: year ?? 0, mode, nodes: shown.nodes, edges: shown.edges },
    focus,
    neighbourhood: neighbourhoodOf(dataset.display, focus),
    selected: selectedAtom.get(),
    stage: (key) => (stageYear === null ? null : stageAt(dataset.timeline, key, stageYear, stageMode)),
    marks: marksOf(shown),
    locale: localeAtom.get(),
  };
}

export function GraphCanvas({ dataset }: { dataset: Dataset }) {
  const container = useRef<HTMLDivElement>(null);
  const t = useT();

  useEffect(() => {
    let state = currentState(dataset);
    const { display } = dataset;
    const sigma = new Sigma<DisplayNode, DisplayEdge>(display, container.current!, {
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: "500",
      labelRenderedSizeThreshold: 9,
      defaultEdgeType: "line",
      // MENTIONED_IN edges of a large graph (core/graph/display.ts)
      edgeProgramClasses: { thin: EdgeLineProgram },
      zIndex: true,
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
      nodeReducer: (key, data) => nodeReducer(state, key, data),
      edgeReducer: (key, data) => edgeReducer(state, display, key, data),
    });
    // the constructor draws the first frame synchronously; later frames report what they drew
    perfMark("first-render");
    // …which is on screen once the compositor has drawn it, i.e. when the frame after it begins
    requestAnimationFrame(() => requestAnimationFrame(() => perfMark("first-frame-shown")));
    sigma.on("afterRender", () => perfMark("render", { year: state.view?.year ?? null, mode: state.view?.mode ?? null }));
    const camera = sigma.getCamera();
    const saved = cameraAtom.get();
    if (saved) camera.setState({ x: saved.x, y: saved.y, ratio: saved.ratio });

    const probe: GraphProbe = {
      node: (key) => {
        const d = sigma.getNodeDisplayData(key);
        return d ? { hidden: d.hidden, label: d.label, color: d.color, x: d.x, y: d.y, size: d.size } : null;
      },
      visibleNodes: () => display.filterNodes((k) => sigma.getNodeDisplayData(k)?.hidden === false).length,
      viewportPosition: (key) => {
        const d = sigma.getNodeDisplayData(key);
        return d ? sigma.graphToViewport({ x: d.x, y: d.y }) : null;
      },
      hovered: () => hoveredAtom.get(),
      camera: () => {
        const s = camera.getState();
        return { x: s.x, y: s.y, ratio: s.ratio };
      },
      drawn: () => ({
        nodes: display.filterNodes((k) => sigma.getNodeDisplayData(k)?.hidden === false),
        edges: display.filterEdges((k) => sigma.getEdgeDisplayData(k)?.hidden === false),
      }),
      visible: () => visibleElements(dataset, currentViewState()),
    };
    window.__policyKg = probe;
    sigmaAtom.set(sigma);

    // a new year or mode hides and shows nodes: sigma redraws what changes (partial-refresh.ts), or
    // everything after other view changes; hover and selection only restyle
    // them (positions and sizes unchanged), so sigma can keep its indexes
    const partial = partialRefresher(sigma);
    const refresh = (restyle: boolean) => () => {
      const previous = state;
      state = currentState(dataset);
      if (!restyle && partial.update(previous, state)) return;
      sigma.refresh({ schedule: true, skipIndexation: restyle });
    };
    const unsubscribe = VIEW_ATOMS.map((a) => a.subscribe(refresh(false)));
    // a language switch renames the stages in the labels: restyle only
    unsubscribe.push(...[hoveredAtom, selectedAtom, localeAtom].map((a) => a.subscribe(refresh(true))));
    unsubscribe.push(
      focusRequestAtom.subscribe((request) => {
        if (!request) return;
        // the selection's refresh leaves raw layout coordinates in sigma's cache until the next
        // render normalises them: read the node's position after that render
        sigma.once("afterRender", () => {
          const d = sigma.getNodeDisplayData(request.key);
          if (d) void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.3) }, { duration: 400 });
        });
        sigma.scheduleRender();
      }),
    );
    let cameraTimer: ReturnType<typeof setTimeout> | null = null;
    const onCamera = () => {
      if (cameraTimer !== null) clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => {
        const s = camera.getState();
        cameraAtom.set({ x: s.x, y: s.y, ratio: s.ratio });
      }, 200);
    };
    camera.on("updated", onCamera);
    sigma.on("enterNode", ({ node }) => hover(node));
    sigma.on("leaveNode", () => hover(null));
    sigma.on("clickNode", ({ node }) => select(node));
    sigma.on("clickStage", () => select(null));

    return () => {
      for (const u of unsubscribe) u();
      partial.dispose();
      if (cameraTimer !== null) clearTimeout(cameraTimer);
      camera.removeListener("updated", onCamera);
      if (window.__policyKg === probe) delete window.__policyKg;
      if (sigmaAtom.get() === sigma) sigmaAtom.set(null);
      sigma.kill();
    };
  }, [dataset]);

  return <div className="graph" ref={container} role="img" aria-label={t("app.graph")} data-testid="graph" />;
}
