// The explorer in a real headless Chromium, against a real `kg serve` of the seed documents plus
// a document full of HTML: rendering, the year slider, search, lineage → document, URL state,
// and text that is never run as HTML. Screenshots go to artifacts/explorer/.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { graphAsOf, lineage, stageInYear } from "@policy-kg/graph";
import { stageName } from "../src/core/appearance/palette";
import { EVIL_ID, describeInBrowser, inkRatio, launchBrowser, openExplorer, screenshot, startSite, startStaticSite, type Site } from "./harness";


const PARK = "park:深圳工业软件园";
const year = (page: Page) => page.getByTestId("year").textContent();
const node = (page: Page, key: string) => page.evaluate((k) => window.__policyKg!.node(k), key);
const visible = (page: Page) => page.evaluate(() => window.__policyKg!.visibleNodes());

/** Move the slider to a year (keyboard, as a person would), and wait for the graph to follow. */
async function slideTo(page: Page, target: number): Promise<void> {
  const slider = page.getByTestId("year-slider");
  await slider.focus();
  await page.keyboard.press("Home");
  for (let i = 0; Number(await year(page)) < target && i < 200; i++) await page.keyboard.press("ArrowRight");
  expect(Number(await year(page))).toBe(target);
}

async function searchAndPick(page: Page, query: string, key: string): Promise<void> {
  await page.getByTestId("search").fill(query);
  await page.locator(`[data-testid="search-results"] button[data-key="${key}"]`).click();
  await page.waitForFunction((k) => document.querySelector('[data-testid="details-title"]') !== null && window.location.hash.includes(encodeURIComponent(k)), key);
}

describeInBrowser("explorer end-to-end", (executablePath) => {
  let site: Site;
  let browser: { context: BrowserContext; close(): Promise<void> };

  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser(executablePath)]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it("loads the seed graph and draws it, with a legend and Chinese labels", async () => {
    const { page, errors } = await openExplorer(browser.context, site.url);
    const legend = page.getByTestId("legend");
    for (const kind of ["Project", "Park", "Strategy", "Document"]) {
      const count = Number(await legend.locator(`li[data-kind="${kind}"] .count`).textContent());
      expect(count, kind).toBeGreaterThan(0);
    }
    // the last year, up to that year: what graphAsOf keeps (entities and documents with a dated statement)
    const last = site.graph.filterNodes((_k, a) => a.kind === "Year").map((k) => Number(k.slice(5))).sort().at(-1)!;
    expect(await year(page)).toBe(String(last));
    const shown = graphAsOf(site.graph, { year: last }).filterNodes((_k, a) => a.kind !== "Year").length;
    expect(await visible(page)).toBe(shown);
    const { stage } = stageInYear(site.graph, { entity: PARK, year: last });
    expect((await node(page, PARK))!.label).toBe(`深圳工业软件园 · ${stageName(stage!, "en")}`);
    // pixels: the graph canvas is not blank
    await page.waitForTimeout(300);
    expect(await inkRatio(page, "graph")).toBeGreaterThan(0.01);
    await screenshot(page, "graph");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hovering a node highlights its neighbours; clicking it selects it", async () => {
    const { page } = await openExplorer(browser.context, site.url);
    const box = (await page.getByTestId("graph").boundingBox())!;
    // a document node clear of the legend
    const docs = site.graph.filterNodes((_k, a) => a.kind === "Document");
    const spots = await page.evaluate((keys) => keys.map((k) => ({ k, p: window.__policyKg!.viewportPosition(k)! })), docs);
    const target = spots.find(({ p }) => p.x > 300 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20)!;
    expect(target).toBeDefined();
    await page.mouse.move(box.x + target.p.x, box.y + target.p.y);
    await page.waitForFunction(() => window.__policyKg!.hovered() !== null);
    const hovered = (await page.evaluate(() => window.__policyKg!.hovered()))!;
    // every node shown is faded but the hovered one and its neighbours
    const near = new Set([hovered, ...site.graph.neighbors(hovered)]);
    const shown = graphAsOf(site.graph, { year: Number(await year(page)) }).filterNodes((_k, a) => a.kind !== "Year");
    await page.waitForFunction((k) => window.__policyKg!.node(k)!.color === "#e2e2e2", shown.find((k) => !near.has(k))!);
    const colours = await page.evaluate((keys) => keys.map((k) => window.__policyKg!.node(k)!.color), shown);
    shown.forEach((k, i) => expect(colours[i] === "#e2e2e2", k).toBe(!near.has(k)));
    expect(near.size).toBeGreaterThan(1);
    await screenshot(page, "hover");
    await page.mouse.click(box.x + target.p.x, box.y + target.p.y);
    await expect.poll(() => page.getByTestId("details-title").textContent()).toBe(site.graph.getNodeAttribute(hovered, "label"));
    await page.mouse.move(box.x + box.width - 5, box.y + box.height - 5);
    await page.getByRole("button", { name: "Clear selection" }).click();
    await page.waitForFunction((keys) => keys.every((k) => window.__policyKg!.node(k)!.color !== "#e2e2e2"), shown);
    await page.close();
  });

  it("moving the year slider changes what is shown, and each node's stage", async () => {
    const { page } = await openExplorer(browser.context, site.url);
    const years = site.graph.filterNodes((_k, a) => a.kind === "Year").map((k) => Number(k.slice(5))).sort();
    expect(await page.getByTestId("histogram").locator("button").count()).toBe(years.length);
    const shown = (y: number, mode: "cumulative" | "year") => graphAsOf(site.graph, { year: y, mode }).filterNodes((_k, a) => a.kind !== "Year").length;
    const label = (y: number) => {
      const { stage } = stageInYear(site.graph, { entity: PARK, year: y });
      return stage === null || stage === "mentioned" ? "深圳工业软件园" : `深圳工业软件园 · ${stageName(stage, "en")}`;
    };
    // two years in which the park is known at different stages
    const known = years.filter((y) => stageInYear(site.graph, { entity: PARK, year: y }).stage !== null);
    const early = known[0]!;
    const later = known.find((y) => label(y) !== label(early))!;
    expect(later).toBeDefined();
    await slideTo(page, early);
    await page.waitForFunction((n) => window.__policyKg!.visibleNodes() === n, shown(early, "cumulative"));
    expect((await node(page, PARK))!.label).toBe(label(early));
    await slideTo(page, later);
    await page.waitForFunction((n) => window.__policyKg!.visibleNodes() === n, shown(later, "cumulative"));
    expect((await node(page, PARK))!.label).toBe(label(later));
    expect(shown(later, "cumulative")).toBeGreaterThan(shown(early, "cumulative"));
    // "that year": only what is said about that year
    await page.getByLabel("that year", { exact: true }).check();
    await page.waitForFunction((n) => window.__policyKg!.visibleNodes() === n, shown(later, "year"));
    expect(shown(later, "year")).toBeLessThan(shown(later, "cumulative"));
    await screenshot(page, `year-${later}`);
    // play steps through the years
    await slideTo(page, years.at(-2)!);
    await page.getByTestId("play").click();
    await page.waitForFunction((y) => document.querySelector('[data-testid="year"]')!.textContent === y, String(years.at(-1)), { timeout: 5000 });
    // and stops at the last year
    await page.waitForFunction(() => document.querySelector('[data-testid="play"]')!.getAttribute("aria-label") === "Play", undefined, { timeout: 5000 });
    expect(await year(page)).toBe(String(years.at(-1)));
    await page.close();
  });

  it('search: "两核" finds 一芯两核多支点, an alias finds its entity', async () => {
    const { page } = await openExplorer(browser.context, site.url);
    await page.getByTestId("search").fill("两核");
    const results = page.getByTestId("search-results");
    await expect.poll(() => results.locator("section[data-kind=Strategy] button").allTextContents()).toContain("一芯两核多支点");
    await screenshot(page, "search");
    await searchAndPick(page, "两核", "strategy:一芯两核多支点");
    expect(await page.getByTestId("details-title").textContent()).toBe("一芯两核多支点");
    await searchAndPick(page, "北大深研院", "institution:北京大学深研院");
    expect(await page.getByTestId("details-title").textContent()).toBe("北京大学深研院");
    expect(await page.getByTestId("aliases").textContent()).toContain("北大深研院");
    // pinyin initials
    await page.getByTestId("search").fill("yxlhdzd");
    await expect.poll(() => results.locator("button").first().getAttribute("data-key"), { timeout: 10_000 }).toBe("strategy:一芯两核多支点");
    await page.close();
  });

  it("the lineage of 深圳工业软件园 shows its stages by year; a quote opens its document at the span", async () => {
    const { page } = await openExplorer(browser.context, site.url);
    await searchAndPick(page, "深圳工业软件园", "park:深圳工业软件园");
    const rows = page.getByTestId("lineage").locator("tbody tr");
    const stages = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute("data-year")} ${tr.getAttribute("data-stage")}`));
    const { events } = lineage(site.graph, { entity: PARK, includeMentions: true });
    expect(stages).toEqual(events.map((e) => `${e.year ?? e.said} ${e.stage}`));
    expect(new Set(events.map((e) => e.year ?? e.said)).size).toBeGreaterThanOrEqual(3);
    const at = events.findIndex((e) => e.document === "001_6bbf6b6bd295e350");
    const event = events[at]!;
    await rows.nth(at).locator("button.quote").click();
    const mark = page.getByTestId("highlight");
    await mark.waitFor();
    expect(await mark.textContent()).toBe("深圳工业软件园");
    const before = await page.getByTestId("document-text").evaluate((pre) => {
      const range = document.createRange();
      range.setStart(pre, 0);
      range.setEndBefore(pre.querySelector("mark")!);
      return range.toString().length;
    });
    expect(before).toBe(event.start);
    // scrolled into view inside the document panel
    const inView = await mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      const box = m.closest("pre")!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    expect(await page.locator('[data-testid="document"] h2').textContent()).toBe(site.graph.getNodeAttribute(`Document:${event.document}`, "label"));
    await screenshot(page, "lineage-document");
    await page.close();
  });

  it("a URL reproduces the view: year, mode, selection, query, camera, open document", async () => {
    const { page } = await openExplorer(browser.context, site.url);
    const years = site.graph.filterNodes((_k, a) => a.kind === "Year").map((k) => Number(k.slice(5))).sort();
    const chosen = years.at(-3)!;
    await slideTo(page, chosen);
    await page.getByLabel("that year", { exact: true }).check();
    await searchAndPick(page, "深圳工业软件园", "park:深圳工业软件园");
    await page.getByTestId("lineage").locator("button.quote").first().click();
    await page.getByTestId("highlight").waitFor();
    await page.waitForTimeout(800); // camera animation and the debounced URL write
    const link = page.url();
    const camera = await page.evaluate(() => window.__policyKg!.camera());
    expect(link).toContain(`y=${chosen}`);
    await page.close();

    const { page: again } = await openExplorer(browser.context, link);
    expect(await year(again)).toBe(String(chosen));
    expect(await again.getByLabel("that year", { exact: true }).isChecked()).toBe(true);
    expect(await again.getByTestId("details-title").textContent()).toBe("深圳工业软件园");
    expect(await again.getByTestId("search").inputValue()).toBe("深圳工业软件园");
    await again.getByTestId("highlight").waitFor();
    expect(await again.getByTestId("highlight").textContent()).toBe("深圳工业软件园");
    const restored = await again.evaluate(() => window.__policyKg!.camera());
    expect(restored.ratio).toBeCloseTo(camera.ratio, 3);
    expect(restored.x).toBeCloseTo(camera.x, 3);
    expect(restored.y).toBeCloseTo(camera.y, 3);
    const expected = graphAsOf(site.graph, { year: chosen, mode: "year" }).filterNodes((_k, a) => a.kind !== "Year").length;
    expect(await visible(again)).toBe(expected);
    await screenshot(again, "url-restored");
    await again.close();
  });

  it("the published site works from a plain file server, in a sub-folder", async () => {
    const plain = await startStaticSite(site);
    try {
      const { page, errors } = await openExplorer(browser.context, plain.url);
      expect(await visible(page)).toBeGreaterThan(100);
      await searchAndPick(page, "深圳工业软件园", PARK);
      await page.getByTestId("lineage").locator("button.quote").first().click();
      await page.getByTestId("highlight").waitFor();
      expect(await page.getByTestId("highlight").textContent()).toBe("深圳工业软件园");
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await plain.stop();
    }
  });

  it("a document with HTML and <script> renders as text, and nothing in it runs", async () => {
    const { page, errors } = await openExplorer(browser.context, site.url);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await searchAndPick(page, "测试软件产业园", "park:测试软件产业园");
    const quote = page.getByTestId("lineage").locator("button.quote").first();
    expect(await quote.textContent()).toContain('<img src=x onerror="window.__pwned = 2">');
    await quote.click();
    const text = page.getByTestId("document-text");
    await page.getByTestId("highlight").waitFor();
    expect(await text.textContent()).toContain("<script>window.__pwned = 1;</script>测试软件产业园");
    expect(await text.textContent()).toContain("<b>粗体</b>与&lt;p&gt;");
    expect(await page.locator('[data-testid="document"] script, [data-testid="document"] img, [data-testid="document"] b, [data-testid="details"] img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('[data-testid="document"] h2').textContent()).toBe(site.graph.getNodeAttribute(`Document:${EVIL_ID}`, "label"));
    await screenshot(page, "html-document");
    await page.close();
  });
});
