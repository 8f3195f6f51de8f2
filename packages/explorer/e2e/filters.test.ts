// Filters, ego network, shortest path and diff mode in a real headless Chromium against a real
// `kg serve` of the seed documents: what sigma draws (window.__policyKg) is checked against the
// graph package's answers (graphAsOf, filterGraph, diffYears) and against visibleElements; the URL
// reproduces the filtered view after a reload. Screenshots go to artifacts/explorer/.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { diffYears, filterGraph, graphAsOf, isEntityNode, type PolicyGraph } from "@policy-kg/graph";
import { FADED_COLOR } from "../src/core/appearance/palette";
import { DIFF_COLORS } from "../src/core/appearance/view-marks";
import { describeInBrowser, launchBrowser, openExplorer, screenshot, startSite, type Site } from "./harness";


const PARK = "park:深圳工业软件园";
const STRATEGY = "strategy:一芯两核多支点";

const drawn = (page: Page) => page.evaluate(() => window.__policyKg!.drawn());
const visible = (page: Page) => page.evaluate(() => window.__policyKg!.visible());
const node = (page: Page, key: string) => page.evaluate((k) => window.__policyKg!.node(k), key);
const kinds = (graph: PolicyGraph, keys: string[]) => new Set(keys.map((k) => graph.getNodeAttribute(k, "kind") as string));
const entityKeys = (graph: PolicyGraph, keys: string[]) => keys.filter((k) => isEntityNode(graph.getNodeAttributes(k))).sort();

/**
 * What sigma draws is what visibleElements says (the export's function), and is returned. A
 * selected node also hides the edges that do not touch it (a passing highlight, not part of the
 * view): then the drawn edges are those of the view that touch it.
 */
async function drawnMatchesVisible(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  await page.waitForTimeout(250); // the scheduled sigma refresh
  const [d, v] = [await drawn(page), await visible(page)];
  expect(d.nodes).toEqual(v.nodes);
  const selected = new URLSearchParams(new URL(page.url()).hash.slice(1)).get("n");
  const touching = selected === null ? v.edges : v.edges.filter((e) => e.startsWith(`${selected}-[`) || e.endsWith(`]->${selected}`));
  expect(d.edges).toEqual(touching);
  return { nodes: d.nodes, edges: v.edges };
}

async function searchAndPick(page: Page, query: string, key: string): Promise<void> {
  await page.getByTestId("search").fill(query);
  await page.locator(`[data-testid="search-results"] button[data-key="${key}"]`).click();
  await page.waitForFunction((k) => window.location.hash.includes(encodeURIComponent(k)), key);
}

async function openTab(page: Page, tab: "filters" | "ego" | "diff"): Promise<void> {
  if ((await page.getByTestId("view-panel-toggle").getAttribute("aria-expanded")) !== "true") await page.getByTestId("view-panel-toggle").click();
  await page.getByTestId(`view-tab-${tab}`).click();
}

/** Turn diff mode on between two years, with the panel's selects and checkbox. */
async function compareYears(page: Page, from: number, to: number): Promise<void> {
  await openTab(page, "diff");
  await page.getByTestId("diff-from").selectOption(String(from));
  await page.getByTestId("diff-to").selectOption(String(to));
  await page.getByTestId("diff-on").check();
}

describeInBrowser("explorer filters end-to-end", (executablePath) => {
  let site: Site;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let last: number;

  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser(executablePath)]);
    last = Math.max(...site.graph.filterNodes((_k, a) => a.kind === "Year").map((k) => Number(k.slice(5))));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it("a type filter hides the other types; a place and a document filter keep what filterGraph and graphAsOf say", async () => {
    const { page, errors } = await openExplorer(browser.context, site.url);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openTab(page, "filters");
    const before = await drawnMatchesVisible(page);
    expect(kinds(site.graph, before.nodes).size).toBeGreaterThan(3);
    // keep Park only, unchecking every other type with real checkboxes
    const types = page.getByTestId("filter-types");
    for (const box of await types.locator("input[type=checkbox]").all()) if ((await box.getAttribute("value")) !== "Park") await box.uncheck();
    const parks = await drawnMatchesVisible(page);
    expect([...kinds(site.graph, parks.nodes)]).toEqual(["Park"]);
    const asOf = graphAsOf(site.graph, { year: last });
    expect(parks.nodes.sort()).toEqual(asOf.filterNodes((_k, a) => a.kind === "Park").sort());
    expect(Number(await page.locator('[data-testid="legend"] li[data-kind="Project"] .count').textContent())).toBe(0);
    await screenshot(page, "filters-type-park");

    await page.getByTestId("filter-reset").click();
    await page.getByTestId("filter-place").selectOption("place:龙岗区");
    const place = await drawnMatchesVisible(page);
    const district = filterGraph(site.graph, { year: last, district: "place:龙岗区" });
    expect(entityKeys(site.graph, place.nodes)).toEqual(district.filterNodes((_k, a) => isEntityNode(a)).sort());
    expect(place.nodes.length).toBeLessThan(before.nodes.length / 3);
    await screenshot(page, "filters-place-longgang");

    await page.getByTestId("filter-place").selectOption("");
    await page.getByTestId("filter-document").selectOption("Document:002_78575848d0c7b811");
    const doc = await drawnMatchesVisible(page);
    const mentioned = asOf.filterNodes((_k, a) => isEntityNode(a) && a.events.some((e) => e.document === "002_78575848d0c7b811"));
    expect(entityKeys(site.graph, doc.nodes)).toEqual(mentioned.sort());
    expect(doc.nodes.filter((k) => k.startsWith("Document:"))).toEqual(["Document:002_78575848d0c7b811"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the ego network grows with its depth; a shortest path between two parks is highlighted and listed", async () => {
    const { page } = await openExplorer(browser.context, site.url);
    await searchAndPick(page, "一芯两核多支点", STRATEGY);
    await openTab(page, "ego");
    await page.getByTestId("ego-use").click();
    const counts: number[] = [];
    for (const depth of ["1", "2", "3"]) {
      await page.getByTestId("ego-depth").selectOption(depth);
      const ego = await drawnMatchesVisible(page);
      expect(ego.nodes).toContain(STRATEGY);
      counts.push(ego.nodes.length);
    }
    expect(counts[0]).toBeGreaterThan(1);
    expect(counts[1]).toBeGreaterThan(counts[0]!);
    expect(counts[2]).toBeGreaterThanOrEqual(counts[1]!);
    expect(await page.evaluate(() => window.__policyKg!.visibleNodes())).toBe(counts[2]);
    await screenshot(page, "ego-depth-3");
    // the link keeps the ego network
    const ego = await drawnMatchesVisible(page);
    await page.waitForTimeout(400); // the debounced URL write
    expect(new URL(page.url()).hash).toContain("ed=3");
    await page.reload();
    await page.waitForFunction(() => window.__policyKg !== undefined && window.__policyKg.visibleNodes() > 0);
    expect(await drawnMatchesVisible(page)).toEqual(ego);
    await openTab(page, "ego");
    expect(await page.getByTestId("ego-centre").textContent()).toBe("一芯两核多支点");
    await page.getByTestId("ego-clear").click();

    await searchAndPick(page, "大运深港国际科教城", "park:大运深港国际科教城");
    await page.getByTestId("path-set-from").click();
    await searchAndPick(page, "东部高铁新城", "park:东部高铁新城");
    await page.getByTestId("path-set-to").click();
    const steps = page.getByTestId("path-steps").locator("li button");
    await steps.first().waitFor();
    const listed = await steps.evaluateAll((bs) => bs.map((b) => b.getAttribute("data-key") ?? ""));
    expect(listed[0]).toBe("park:大运深港国际科教城");
    expect(listed.at(-1)).toBe("park:东部高铁新城");
    expect(listed).toContain("strategy:一芯");
    const { path } = await visible(page);
    expect(path!.nodes).toEqual(listed);
    for (const k of listed) expect((await node(page, k))!.color, k).not.toBe(FADED_COLOR);
    expect((await node(page, PARK))!.color).toBe(FADED_COLOR);
    await screenshot(page, "shortest-path");
    await page.close();
  });

  it("diff mode between 2023 and 2025 marks 深圳工业软件园 advanced, with diffYears' counts", async () => {
    const { page } = await openExplorer(browser.context, site.url);
    await compareYears(page, 2023, 2025);
    await page.getByTestId("diff-legend").waitFor();
    await drawnMatchesVisible(page);
    const diff = diffYears(site.graph, { from: 2023, to: 2025 });
    expect(diff.advanced.map((e) => e.id)).toContain(PARK);
    expect((await node(page, PARK))!.color).toBe(DIFF_COLORS.advanced);
    const dropped = diff.dropped[0]!.id;
    expect((await node(page, dropped))!.color).toBe(DIFF_COLORS.dropped);
    expect((await node(page, diff.new[0]!.id))!.color).toBe(DIFF_COLORS.new);
    const legend = page.getByTestId("diff-legend");
    const count = async (s: string) => Number(await legend.locator(`li[data-status="${s}"] .count`).textContent());
    expect([await count("new"), await count("advanced"), await count("unchanged"), await count("dropped")]).toEqual([diff.new.length, diff.advanced.length, diff.continued.length, diff.dropped.length]);
    await screenshot(page, "diff-2023-2025");
    await page.close();
  });

  it("the URL reproduces a filtered view (types, place, stage, diff) after a reload; a malformed link is read", async () => {
    const { page } = await openExplorer(browser.context, site.url);
    await openTab(page, "filters");
    await page.getByTestId("filter-place").selectOption("place:龙岗区");
    await page.getByTestId("filter-types").locator('input[value="Document"]').uncheck();
    await page.getByTestId("filter-stages").locator('input[value="mentioned"]').uncheck();
    await compareYears(page, 2023, 2025);
    const shown = await drawnMatchesVisible(page);
    expect(shown.nodes.length).toBeGreaterThan(3);
    expect(kinds(site.graph, shown.nodes).has("Document")).toBe(false);
    const colours = await Promise.all(shown.nodes.map(async (k) => (await node(page, k))!.color));
    await page.waitForTimeout(400); // the debounced URL write
    const hash = new URL(page.url()).hash;
    for (const p of ["pl=", "t=", "st=", "df=2023-2025"]) expect(hash).toContain(p);

    await page.reload();
    await page.getByTestId("app").waitFor();
    await page.waitForFunction(() => window.__policyKg !== undefined && window.__policyKg.visibleNodes() > 0);
    const again = await drawnMatchesVisible(page);
    expect(again).toEqual(shown);
    expect(await Promise.all(again.nodes.map(async (k) => (await node(page, k))!.color))).toEqual(colours);
    await page.getByTestId("diff-legend").waitFor();
    await openTab(page, "filters");
    expect(await page.getByTestId("filter-place").inputValue()).toBe("place:龙岗区");
    expect(await page.getByTestId("filter-types").locator('input[value="Document"]').isChecked()).toBe(false);
    await screenshot(page, "filters-after-reload");
    // a malformed link is read without failing: the bad parameters are dropped
    await page.goto(`${site.url}#t=Nope&pl=park:nowhere&df=2025-2023&ed=9`);
    await page.waitForFunction(() => window.__policyKg !== undefined && window.__policyKg.visibleNodes() > 0);
    expect((await drawnMatchesVisible(page)).nodes.length).toBe(graphAsOf(site.graph, { year: last }).filterNodes((_k, a) => a.kind !== "Year").length);
    await page.close();
  });
});
