// The strategy view and the indicator charts in a real headless Chromium, against a real
// `kg serve` of the seed documents: 一芯两核多支点 from the strategies list shows its tree (两核,
// the parts' places and initiatives, from the graph's strategy-parts query); rows open and close
// from the keyboard; a row selects its node in the graph; an indicator with values in several
// years draws one point per dated value, shows the sentence of a pointed value, and a click opens
// the document at that span. Screenshots go to artifacts/explorer/.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { indicatorSeries, isEntityNode, runEmbeddedQuery } from "@policy-kg/graph";
import { FADED_COLOR } from "../src/core/appearance/palette";
import { describeInBrowser, highlightOffset, openExplorer, screenshot, siteAndBrowser } from "./harness";


const STRATEGY = "strategy:一芯两核多支点";
const title = (page: Page) => page.getByTestId("details-title").textContent();
const item = (page: Page, key: string) => page.locator(`[data-testid="strategy-tree"] button[data-testid="strategy-item"][data-key="${key}"]`);

describeInBrowser("strategy view end-to-end", (executablePath) => {
  const shared = siteAndBrowser(executablePath);

  /** A document's text as the corpus folder served holds it. */
  const readDocument = async (id: string): Promise<string> => {
    const site = shared.site();
    const doc = site.graph.getNodeAttributes(`Document:${id}`);
    return (await readFile(join(site.data, doc.kind === "Document" ? doc.file : ""), "utf8")).replace(/^\uFEFF/, "");
  };

  it("opens 一芯两核多支点 from the strategies list as a tree of parts, places and initiatives; a row selects its node", async () => {
    const site = shared.site();
    const { page, errors } = await openExplorer(shared.context(), site.url);
    const query = runEmbeddedQuery(site.graph, "strategy-parts", { strategy: STRATEGY });
    await page.locator(`[data-testid="strategy-list"] button[data-key="${STRATEGY}"]`).click();
    expect(await title(page)).toBe("一芯两核多支点");
    const tree = page.getByTestId("strategy-tree");
    await tree.waitFor();
    // 两核 and every part of the strategy, each a button
    expect(await item(page, "strategy:两核").textContent()).toBe("两核");
    for (const part of query.parts) expect(await item(page, part.id).count(), part.label).toBeGreaterThan(0);
    // what 一芯 includes (parks, places…) is shown under it
    const yixin = query.parts.find((p) => p.label === "一芯")!;
    expect(yixin.under.length).toBeGreaterThan(0);
    for (const m of yixin.under) await expect.poll(() => item(page, m.id).count(), { timeout: 5000 }).toBeGreaterThan(0);

    // a member with a place under it starts closed; Enter on its toggle opens it and shows the place
    const park = "park:大运深港国际科教城";
    const place = site.graph.outNeighbors(park).find((k) => site.graph.getNodeAttribute(k, "kind") === "Place")!;
    expect(place).toBeDefined();
    const toggle = page.locator(`[data-testid="strategy-tree"] li[data-key="${park}"] > .row > button[data-testid="strategy-toggle"]`);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await item(page, place).count()).toBe(0);
    await toggle.focus();
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await item(page, place).count()).toBe(1);
    await screenshot(page, "strategy-tree");

    // clicking a row selects that node in the graph and moves the camera to it; the tree stays
    const before = await page.evaluate(() => window.__policyKg!.camera());
    await item(page, park).click();
    await page.waitForFunction((k) => window.location.hash.includes(encodeURIComponent(k)), park);
    expect(await title(page)).toBe("大运深港国际科教城");
    expect(await item(page, park).getAttribute("aria-current")).toBe("true");
    const drawn = await page.evaluate((k) => window.__policyKg!.node(k), park);
    expect(drawn!.color).not.toBe(FADED_COLOR);
    const far = site.graph.findNode((k, a) => isEntityNode(a) && k !== park && !site.graph.areNeighbors(k, park) && a.years.length > 0)!;
    expect((await page.evaluate((k) => window.__policyKg!.node(k), far))!.color).toBe(FADED_COLOR);
    // the camera moves to the node (sigma's normalised coordinates)
    const atNode = async () => {
      const [c, n] = await page.evaluate((k) => [window.__policyKg!.camera(), window.__policyKg!.node(k)!] as const, park);
      return Math.hypot(c.x - n.x, c.y - n.y);
    };
    await expect.poll(atNode, { timeout: 5000 }).toBeLessThan(1e-3);
    expect(await page.evaluate(() => window.__policyKg!.camera())).not.toEqual(before);
    await screenshot(page, "strategy-selected");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("charts an indicator's values by year; a point shows its sentence and opens the document there", async () => {
    const site = shared.site();
    // the indicator with values in the most years (地区生产总值 in the seeds)
    const indicators = site.graph.filterNodes((_k, a) => isEntityNode(a) && a.kind === "Indicator" && a.values.length > 0);
    const yearsOf = (k: string) => new Set(indicatorSeries(site.graph, { indicator: k }).rows.map((r) => r.year).filter((y) => y !== null)).size;
    const indicator = indicators.sort((a, b) => yearsOf(b) - yearsOf(a) || (a < b ? -1 : 1))[0]!;
    expect(yearsOf(indicator)).toBeGreaterThanOrEqual(4);
    const dated = indicatorSeries(site.graph, { indicator }).rows.filter((r) => r.year !== null).flatMap((r) => [...r.targets, ...r.actuals]);
    const label = site.graph.getNodeAttribute(indicator, "label");

    const { page, errors } = await openExplorer(shared.context(), site.url);
    await page.getByTestId("search").fill(label);
    await page.locator(`[data-testid="search-results"] button[data-key="${indicator}"]`).click();
    const chart = page.getByTestId("indicator-chart");
    await chart.waitFor();
    const points = chart.getByTestId("indicator-point");
    expect(await points.count()).toBe(dated.length);
    expect(await chart.locator('[data-kind="target"]').count()).toBe(dated.filter((p) => p.kind === "target").length);
    // units are shown: every series caption names its unit
    for (const caption of await chart.locator("figcaption").allTextContents()) expect(caption).toMatch(/\(.+\)$/);

    // hovering a target shows its sentence; focusing another point (keyboard) shows that one's
    const target = chart.locator('[data-testid="indicator-point"][data-kind="target"]').first();
    await target.hover();
    const spanOf = async (l: typeof target) => ({ document: (await l.getAttribute("data-document"))!, start: Number(await l.getAttribute("data-start")), end: Number(await l.getAttribute("data-end")) });
    const t = await spanOf(target);
    const tValue = dated.find((p) => p.document === t.document && p.start === t.start && p.end === t.end && p.kind === "target")!;
    await expect.poll(() => page.getByTestId("indicator-sentence").textContent()).toContain(tValue.text);
    const node = site.graph.getNodeAttributes(indicator);
    const quote = isEntityNode(node) ? node.events.find((e) => e.document === t.document && e.quote.includes(tValue.text))?.quote : undefined;
    expect(quote).toBeDefined();
    expect(await page.getByTestId("indicator-sentence").textContent()).toContain(quote!);
    await screenshot(page, "indicator-chart");

    // from the keyboard: focusing an actual shows its value; Enter opens its document with exactly that span highlighted
    const actual = chart.locator('[data-testid="indicator-point"][data-kind="actual"]').last();
    const a = await spanOf(actual);
    const aValue = dated.find((p) => p.document === a.document && p.start === a.start && p.end === a.end && p.kind === "actual")!;
    await actual.focus();
    await expect.poll(() => page.getByTestId("indicator-sentence").textContent()).toContain(aValue.text);
    await page.keyboard.press("Enter");
    const highlight = page.getByTestId("highlight");
    await highlight.waitFor();
    expect(await highlight.textContent()).toBe((await readDocument(a.document)).slice(a.start, a.end));
    expect(await highlight.textContent()).toContain(String(aValue.value));
    expect(await highlightOffset(page)).toBe(a.start);
    // a click on the target opens the document at its span
    await target.click();
    const targetSpan = (await readDocument(t.document)).slice(t.start, t.end);
    expect(targetSpan).toContain(String(tValue.value));
    await expect.poll(() => highlight.textContent()).toBe(targetSpan);
    await screenshot(page, "indicator-document");
    expect(errors).toEqual([]);
    await page.close();
  });
});
