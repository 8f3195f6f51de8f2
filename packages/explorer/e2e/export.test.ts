// Exports for papers in a real headless Chromium against a real `kg serve` of the seed documents:
// with a year and a place filter set, every button of the export menu gives a download (caught
// with playwright's download event) that is checked: PNG signature and size from IHDR (3× the
// graph by default), density and caption; the SVG parses and has one circle per drawn node; GEXF
// and GraphML parse, hold exactly the visible nodes and carry the caption and provenance; the CSV
// ZIP holds the five files. Screenshots and the figures go to artifacts/explorer/.
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { ARTIFACTS, describeInBrowser, openExplorer, screenshot, siteAndBrowser } from "./harness";


const PLACE = "place:龙岗区";
const YEAR = 2024;

/** Click an export button and wait for its download; returns the file's bytes and name. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer; download: Download }> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId(testId).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: await readFile(path), download: d };
}

async function keep(d: Download, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await copyFile(await d.path(), join(ARTIFACTS, name));
}

/** PNG chunks: type and data. */
function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString("latin1", at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** Parse XML in the page (the browser's DOMParser): the parser error if any, and answers to a query. */
function parseInPage(page: Page, xml: string, type: "application/xml" | "image/svg+xml", script: string): Promise<{ error: string | null; result: unknown }> {
  return page.evaluate(
    ({ xml, type, script }) => {
      const doc = new DOMParser().parseFromString(xml, type as DOMParserSupportedType);
      const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
      return { error, result: new Function("doc", script)(doc) as unknown };
    },
    { xml, type, script },
  );
}

const hasUnzip = (() => {
  try {
    execFileSync("unzip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describeInBrowser("explorer exports end-to-end", (executablePath) => {
  const { site, context } = siteAndBrowser(executablePath);

  it("exports PNG (3×), SVG, GEXF, GraphML and CSV of a filtered view, each checked against what is drawn", async () => {
    const { page, errors } = await openExplorer(context(), `${site().url}#y=${YEAR}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId("view-panel-toggle").click();
    await page.getByTestId("view-tab-filters").click();
    await page.getByTestId("filter-place").selectOption(PLACE);
    await page.getByTestId("view-panel-toggle").click(); // closed again, so the figure shows the graph
    await page.waitForTimeout(400); // the scheduled sigma refresh
    const drawn = await page.evaluate(() => window.__policyKg!.drawn());
    const visible = await page.evaluate(() => window.__policyKg!.visible());
    expect(drawn.nodes).toEqual(visible.nodes);
    expect(drawn.nodes.length).toBeGreaterThan(5);
    expect(drawn.nodes.length).toBeLessThan(site().graph.order / 3);
    const caption = (await page.getByTestId("caption").textContent())!;
    expect(caption).toContain(`${YEAR}, up to that year`);
    expect(caption).toContain("place 龙岗区");
    expect(caption).toContain(`extractor ${site().graph.getAttribute("extractorVersion")}`);
    // the bar under the graph is one line at 1280×800
    expect((await page.getByTestId("figure-bar").boundingBox())!.height).toBeLessThan(48);

    // the menu, by keyboard: Enter opens it with focus inside, Escape closes it and gives focus back
    await page.getByTestId("export-toggle").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-scale");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("export-panel").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-toggle");
    await page.keyboard.press("Enter");
    const panel = await page.getByTestId("export-panel").boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.y).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(1280);
    expect(await page.getByTestId("export-scale").inputValue()).toBe("3");
    await screenshot(page, "export-menu");

    // PNG: 3× the graph's canvas, with a density of 288 dpi and the caption as text
    const graph = (await page.getByTestId("graph").boundingBox())!;
    const png = await download(page, "export-png");
    expect(png.name).toBe(`policy-kg-${YEAR}@3x.png`);
    const chunks = pngChunks(png.bytes);
    const ihdr = chunks[0]!;
    expect(ihdr.type).toBe("IHDR");
    const [width, height] = [ihdr.data.readUInt32BE(0), ihdr.data.readUInt32BE(4)];
    expect(width).toBe(Math.round(graph.width * 3));
    expect(height).toBeGreaterThan(graph.height * 3); // the graph, then the legend and caption band
    const phys = chunks.find((c) => c.type === "pHYs")!;
    expect(phys.data.readUInt32BE(0)).toBe(Math.round(288 / 0.0254));
    const title = chunks.find((c) => c.type === "iTXt" && c.data.toString("latin1").startsWith("Title\0"))!;
    expect(title.data.subarray(title.data.indexOf(0) + 5).toString("utf8")).toBe(caption);
    await keep(png.download, "export-figure@3x.png");
    // the graph is in it: coloured pixels in the graph's part of the image
    const ink = await page.evaluate(
      async ({ data, graphHeight }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        [canvas.width, canvas.height] = [img.width, graphHeight];
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let coloured = 0;
        for (let i = 0; i < px.length; i += 4) if (Math.max(px[i]!, px[i + 1]!, px[i + 2]!) - Math.min(px[i]!, px[i + 1]!, px[i + 2]!) > 40) coloured++;
        return coloured / (px.length / 4);
      },
      { data: png.bytes.toString("base64"), graphHeight: Math.round(graph.height * 3) },
    );
    expect(ink).toBeGreaterThan(0.001);
    expect(await page.getByTestId("export-status").textContent()).toContain(png.name);

    // a scale of 1× gives the canvas' own size
    await page.getByTestId("export-scale").selectOption("1");
    const small = pngChunks((await download(page, "export-png")).bytes)[0]!;
    expect(small.data.readUInt32BE(0)).toBe(Math.round(graph.width));

    // SVG: parses, one circle per drawn node, the caption as its title and drawn under the graph
    const svg = await download(page, "export-svg");
    expect(svg.name).toBe(`policy-kg-${YEAR}.svg`);
    const svgDoc = await parseInPage(page, svg.bytes.toString("utf8"), "image/svg+xml", `return {
      keys: [...doc.querySelectorAll("g.nodes > circle")].map((c) => c.getAttribute("data-key")),
      labels: doc.querySelectorAll("g.labels > text").length,
      title: doc.querySelector("title").textContent,
      caption: [...doc.querySelectorAll("g.caption > text")].map((t) => t.textContent).join(" · "),
      font: doc.querySelector("g.labels").getAttribute("font-family"),
    }`);
    expect(svgDoc.error).toBeNull();
    const s = svgDoc.result as { keys: string[]; labels: number; title: string; caption: string; font: string };
    expect(s.keys.length).toBe(drawn.nodes.length);
    expect([...s.keys].sort()).toEqual([...drawn.nodes].sort());
    expect(s.labels).toBeGreaterThan(0);
    expect(s.title).toBe(caption);
    expect(s.caption).toBe(caption);
    expect(s.font).toContain("Noto Sans CJK SC");
    await keep(svg.download, "export-figure.svg");

    // GEXF and GraphML: parse, exactly the visible nodes, caption and provenance inside
    const corpusHash = site().graph.getAttribute("corpusHash");
    for (const [format, script] of [
      ["gexf", `return { ids: [...doc.querySelectorAll("graph > nodes > node")].map((n) => n.getAttribute("id")), edges: doc.querySelectorAll("graph > edges > edge").length, meta: doc.querySelector("meta > description").textContent }`],
      ["graphml", `return { ids: [...doc.querySelectorAll("graph > node")].map((n) => n.getAttribute("id")), edges: doc.querySelectorAll("graph > edge").length, meta: doc.querySelector("graph > data[key=g_filters]").textContent, hash: doc.querySelector("graph > data[key=g_corpusHash]").textContent }`],
    ] as const) {
      const file = await download(page, `export-${format}`);
      expect(file.name).toBe(`policy-kg-${YEAR}.${format}`);
      const parsed = await parseInPage(page, file.bytes.toString("utf8"), "application/xml", script);
      expect(parsed.error, format).toBeNull();
      const r = parsed.result as { ids: string[]; edges: number; meta: string; hash?: string };
      expect(r.ids.length, format).toBe(visible.nodes.length);
      expect([...r.ids].sort(), format).toEqual([...visible.nodes].sort());
      expect(r.edges, format).toBe(visible.edges.length);
      const meta = JSON.parse(r.meta) as { corpusHash?: string; filters?: unknown; view?: { caption: string; place: string; url: string } };
      const view = format === "gexf" ? (meta.filters as { view: typeof meta.view }).view! : meta.view!;
      expect(view.caption, format).toBe(caption);
      expect(view.place, format).toBe(PLACE);
      expect(view.url, format).toContain(`y=${YEAR}`);
      expect(format === "gexf" ? meta.corpusHash : r.hash, format).toBe(corpusHash);
      await keep(file.download, `export-view.${format}`);
    }

    // CSV: one ZIP of the five files
    const csv = await download(page, "export-csv");
    expect(csv.name).toBe(`policy-kg-${YEAR}-csv.zip`);
    expect(csv.bytes.readUInt32LE(0)).toBe(0x04034b50);
    for (const f of ["nodes.csv", "edges.csv", "events.csv", "values.csv", "export-meta.json"]) expect(csv.bytes.includes(Buffer.from(`policy-kg-${YEAR}/${f}`)), f).toBe(true);
    if (hasUnzip) {
      const zip = join(ARTIFACTS, csv.name);
      await keep(csv.download, csv.name);
      const nodes = execFileSync("unzip", ["-p", zip, `policy-kg-${YEAR}/nodes.csv`], { encoding: "utf8" });
      expect(nodes.split("\r\n").filter((l) => l !== "").length - 1).toBe(visible.nodes.length);
    }
    await screenshot(page, "export-done");
    expect(errors).toEqual([]);
    await page.close();
  });
});
