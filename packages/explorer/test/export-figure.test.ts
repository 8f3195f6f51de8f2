// The figure exports' pure parts: the SVG writer (well-formed, escaped, only what is drawn, from
// a scene made with the explorer's real reducers on the seed graph), the legend and caption
// layout, the ZIP writer and its CRC-32 (against zlib's), and the PNG metadata chunks.
import { crc32 as zlibCrc32, deflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../src/core/data/dataset";
import { NO_FILTERS } from "../src/core/filters/filters";
import { computeView, visibleElements, type ViewState } from "../src/core/view/visible";
import { edgeReducer, nodeReducer, type ReducerState } from "../src/sigma/reducers";
import { marksOf } from "../src/sigma/view-style";
import { sceneInView, writeSvg, type Scene, type SceneEdge, type SceneNode } from "../src/core/export/svg";
import { approximateMeasure, figureLayout, legendEntries, wrapTokens } from "../src/core/export/figure";
import { CAPTION_SEPARATOR, viewCaption } from "../src/core/export/caption";
import { crc32, zipStored } from "../src/core/export/zip";
import { pngChunks, pngSize, withPngMetadata } from "../src/core/export/png";
import { children, parseXml, wellFormedProblem } from "../../graph/test/xml-check";
import { seedDataset, stateAt } from "./view-fixture";

const LABEL = { font: '"Noto Sans CJK SC", sans-serif', size: 13, weight: "500", color: "#000" };
const [W, H] = [800, 600];

let d: Dataset;
beforeAll(async () => {
  d = await seedDataset();
});

/** What sigma would draw for a state, through the explorer's reducers, fitted into W×H (every node labelled). */
function sceneFor(state: ViewState): Scene {
  const view = computeView(d, state);
  const rs: ReducerState = { view: { year: state.year ?? 0, mode: state.mode, nodes: view.nodes, edges: view.edges }, focus: null, neighbourhood: new Set(), selected: null, stage: () => null, marks: marksOf(view) };
  const xs = d.display.mapNodes((_k, a) => a.x);
  const ys = d.display.mapNodes((_k, a) => a.y);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  const k = Math.min((W - 40) / (Math.max(...xs) - x0), (H - 40) / (Math.max(...ys) - y0));
  const at = new Map<string, SceneNode>();
  d.display.forEachNode((key, data) => {
    const out = nodeReducer(rs, key, data);
    if (out.hidden) return;
    at.set(key, { key, x: 20 + (data.x - x0) * k, y: 20 + (data.y - y0) * k, r: out.size ?? data.size, color: out.color ?? data.color, label: out.label ?? null, z: out.zIndex ?? 0 });
  });
  const edges: SceneEdge[] = [];
  d.display.forEachEdge((key, data, source, target) => {
    const out = edgeReducer(rs, d.display, key, data);
    const [s, t] = [at.get(source), at.get(target)];
    if (out.hidden || !s || !t) return;
    edges.push({ key, x1: s.x, y1: s.y, x2: t.x, y2: t.y, color: out.color ?? data.color, width: out.size ?? 1, z: out.zIndex ?? 0 });
  });
  return { width: W, height: H, nodes: [...at.values()], edges, label: LABEL };
}

function svgOf(state: ViewState, scene = sceneFor(state)): string {
  const keys = sceneInView(scene).nodes.map((n) => n.key);
  const caption = viewCaption(d, state);
  const layout = figureLayout(W, H, legendEntries(d, { nodes: keys, diff: null, path: false }), caption, approximateMeasure);
  return writeSvg(scene, layout, { title: caption, description: JSON.stringify({ caption }) });
}

const group = (svg: Document, cls: string): Element => {
  const all = Array.from(svg.getElementsByTagName("g"));
  return all.find((g) => g.getAttribute("class") === cls)!;
};

describe("SVG of the view", () => {
  it("is well-formed, and its node circles are exactly the drawn nodes; edges too", () => {
    for (const state of [stateAt(d, { filters: { ...NO_FILTERS, place: "place:龙岗区" } }), stateAt(d, { year: 2023, mode: "year" })]) {
      const svg = svgOf(state);
      expect(wellFormedProblem(svg)).toBeNull();
      const doc = parseXml(svg);
      expect(doc.documentElement.tagName).toBe("svg");
      const visible = visibleElements(d, state);
      const circles = children(group(doc, "nodes"), "circle").map((c) => c.getAttribute("data-key")!);
      expect(circles.sort()).toEqual([...visible.nodes].sort());
      expect(children(group(doc, "edges"), "line").length).toBe(visible.edges.length);
      expect(group(doc, "labels").getAttribute("font-family")).toContain("Noto Sans CJK SC");
      expect(doc.getElementsByTagName("title")[0]!.textContent).toBe(viewCaption(d, state));
      // the caption is drawn under the graph, in full
      const caption = children(group(doc, "caption"), "text");
      expect(caption.map((t) => t.textContent).join(CAPTION_SEPARATOR)).toBe(viewCaption(d, state));
      expect(Number(caption[0]!.getAttribute("y"))).toBeGreaterThan(H);
    }
  });

  it("leaves out what lies outside the viewport, and what the reducers hide", () => {
    const state = stateAt(d);
    const scene = sceneFor(state);
    const [gone, kept] = [scene.nodes[0]!, scene.nodes[1]!];
    gone.x = -100;
    const doc = parseXml(svgOf(state, scene));
    const keys = children(group(doc, "nodes"), "circle").map((c) => c.getAttribute("data-key"));
    expect(keys).not.toContain(gone.key);
    expect(keys).toContain(kept.key);
    expect(keys.length).toBe(scene.nodes.length - 1);
    // a year view hides what is not yet said: fewer circles than nodes in the graph
    expect(sceneFor(stateAt(d, { year: 2022, mode: "year" })).nodes.length).toBeLessThan(d.display.order);
  });

  it("escapes labels and captions: markup comes back as text, no element is made of it", () => {
    const evil = `<script>alert("x")</script> & 'y' ]]> 测试`;
    const scene: Scene = { width: 200, height: 100, nodes: [{ key: `k"<&>`, x: 50, y: 50, r: 5, color: "#123456", label: evil, z: 0 }], edges: [], label: LABEL };
    const layout = figureLayout(200, 100, [{ color: "#f00", text: evil }], `caption ${evil}`, approximateMeasure);
    const svg = writeSvg(scene, layout, { title: evil, description: evil });
    expect(wellFormedProblem(svg)).toBeNull();
    const doc = parseXml(svg);
    expect(doc.getElementsByTagName("script").length).toBe(0);
    expect(children(group(doc, "labels"), "text")[0]!.textContent).toBe(evil);
    expect(children(group(doc, "nodes"), "circle")[0]!.getAttribute("data-key")).toBe(`k"<&>`);
    expect(children(group(doc, "legend"), "text")[0]!.textContent).toBe(evil);
    expect(doc.getElementsByTagName("title")[0]!.textContent).toBe(evil);
    // characters XML cannot hold are dropped, not written
    const control = writeSvg({ ...scene, nodes: [{ ...scene.nodes[0]!, label: "a\u0001b" }] }, layout, { title: "", description: "" });
    expect(wellFormedProblem(control)).toBeNull();
  });
});

describe("figure layout", () => {
  it("has a legend entry per drawn kind with its count, and wraps the caption without losing any of it", () => {
    const state = stateAt(d, { filters: { ...NO_FILTERS, types: ["Park", "Place"] } });
    const nodes = visibleElements(d, state).nodes;
    const entries = legendEntries(d, { nodes, diff: null, path: false });
    expect(entries.map((e) => e.text.split(" ")[0])).toEqual(["Park", "Place"]);
    expect(entries.reduce((n, e) => n + Number(e.text.split(" ").at(-1)), 0)).toBe(nodes.length);
    const caption = viewCaption(d, state);
    const narrow = figureLayout(300, 200, entries, caption, approximateMeasure);
    expect(narrow.caption.length).toBeGreaterThan(1);
    expect(narrow.caption.join(CAPTION_SEPARATOR)).toBe(caption);
    for (const line of narrow.caption) expect(approximateMeasure(line, 11)).toBeLessThanOrEqual(300 - 24);
    expect(narrow.height).toBeGreaterThan(200 + narrow.caption.length * 11);
    for (const s of narrow.swatches) expect(s.x + s.r).toBeLessThanOrEqual(300);
    expect(figureLayout(2000, 200, entries, caption, approximateMeasure).caption).toEqual([caption]);
  });

  it("cuts a token longer than a line by characters", () => {
    expect(wrapTokens(["一二三四五六七八"], " · ", 3, (s) => [...s].length)).toEqual(["一二三", "四五六", "七八"]);
  });
});

describe("ZIP and PNG bytes", () => {
  it("CRC-32 is zlib's", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 5000 }, (_v, i) => (i * 7919) % 251);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it("a stored ZIP names its entries in UTF-8", () => {
    const zip = zipStored([{ name: "节点.csv", data: "a,b\r\n" }], new Date("2026-02-03T04:05:06Z"));
    const view = new DataView(zip.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true) & 0x0800).toBe(0x0800);
    expect(new TextDecoder().decode(zip.subarray(30, 30 + view.getUint16(26, true)))).toBe("节点.csv");
    // DOS date: 2026-02-03
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (2 << 5) | 3);
  });

  it("PNG: pHYs and iTXt after IHDR, every chunk's CRC right; the size is read from IHDR", () => {
    const png = tinyPng(7, 5);
    expect(pngSize(png)).toEqual({ width: 7, height: 5 });
    const out = withPngMetadata(png, { dpi: 288, text: { Title: "policy-kg · 龙岗区" } });
    const chunks = pngChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "pHYs", "iTXt", "IDAT", "IEND"]);
    for (const c of chunks) expect(new DataView(out.buffer).getUint32(c.offset + c.length), c.type).toBe(zlibCrc32(out.subarray(c.offset - 4, c.offset + c.length)));
    const phys = chunks[1]!;
    expect(new DataView(out.buffer).getUint32(phys.offset)).toBe(Math.round(288 / 0.0254));
    const itxt = out.subarray(chunks[2]!.offset, chunks[2]!.offset + chunks[2]!.length);
    expect(new TextDecoder().decode(itxt.subarray(itxt.indexOf(0) + 5))).toBe("policy-kg · 龙岗区");
    expect(pngSize(out)).toEqual({ width: 7, height: 5 });
    // a second pass adds no second pHYs
    expect(pngChunks(withPngMetadata(out, { dpi: 96, text: {} })).filter((c) => c.type === "pHYs").length).toBe(1);
  });
});

/** A valid RGB PNG of the given size, made by hand with zlib (all white). */
function tinyPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlibCrc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + 3 * width), 0xff);
  for (let y = 0; y < height; y++) rows[y * (1 + 3 * width)] = 0;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]));
}
