// The explorer's two UI languages and its keyboard use, in a real headless Chromium at 1280×800,
// against a real `kg serve` of the seed documents: the header switch turns the header, legend,
// time bar, details panel and graph labels from English to Chinese and back while entity names
// stay as written; ?lang= reproduces a language after a reload (also against a Chinese browser);
// a keyboard-only walk searches 两核, picks it, opens a quote's document, closes it and moves
// the year; the main regions lie inside the window without overlapping, in both languages.
// Screenshots go to artifacts/explorer/.
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { graphAsOf, isEntityNode, stageInYear } from "@policy-kg/graph";
import { translate, type Locale, type MessageKey } from "../src/core/i18n/translate";
import { kindName, stageName } from "../src/core/appearance/palette";
import { describeInBrowser, openExplorer, screenshot, siteAndBrowser } from "./harness";


const VIEWPORT = { width: 1280, height: 800 };
const PARK = "park:深圳工业软件园";
const LIANGHE = "strategy:两核";

type Box = { x: number; y: number; width: number; height: number };

const text = (page: Page, selector: string) => page.locator(selector).first().textContent();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const box = el?.getBoundingClientRect();
    return {
      testid: el?.getAttribute("data-testid") ?? null,
      tag: el?.tagName.toLowerCase() ?? null,
      key: el?.getAttribute("data-key") ?? null,
      quote: el?.classList.contains("quote") === true && el.closest('[data-testid="lineage"]') !== null,
      inDocument: el?.closest('[data-testid="document"]') != null,
      text: el?.textContent ?? "",
      outline: el ? getComputedStyle(el).outlineStyle : "none",
      svg: el instanceof SVGElement,
      box: box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null,
    };
  });

/** The explorer at 1280×800 (the harness opens it at its own size). */
async function openSized(url: string, context: Parameters<typeof openExplorer>[0]) {
  const opened = await openExplorer(context, url);
  await opened.page.setViewportSize(VIEWPORT);
  return opened;
}

async function reloaded(page: Page): Promise<void> {
  await page.reload();
  await page.getByTestId("app").waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.__policyKg !== undefined && window.__policyKg.visibleNodes() > 0);
}

async function pick(page: Page, query: string, key: string): Promise<void> {
  await page.getByTestId("search").fill(query);
  await page.locator(`[data-testid="search-results"] button[data-key="${key}"]`).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="details-title"]') !== null);
}

/** The UI strings the language test reads, in one language. */
async function uiStrings(page: Page) {
  return {
    title: await text(page, '[data-testid="app-title"]'),
    legendTitle: await text(page, '[data-testid="legend"] h2'),
    park: await text(page, '[data-testid="legend"] li[data-kind="Park"] .name'),
    project: await text(page, '[data-testid="legend"] li[data-kind="Project"] .name'),
    play: await page.getByTestId("play").getAttribute("aria-label"),
    modes: await page.locator(".timebar .mode label").allTextContents(),
    lineage: await text(page, '[data-testid="lineage-heading"]'),
    headings: await page.locator('[data-testid="details"] h3').allTextContents(),
    columns: await page.locator('[data-testid="lineage"] th').allTextContents(),
    clear: await page.getByTestId("details-clear").getAttribute("aria-label"),
    searchLabel: await page.getByTestId("search").getAttribute("aria-label"),
  };
}

/** Boxes of the page's main regions and of the overlays on the graph. */
async function regions(page: Page): Promise<Record<string, Box | null>> {
  const out: Record<string, Box | null> = {};
  const parts = { header: "header.top", stage: ".stage", details: '[data-testid="details"]', figure: '[data-testid="figure-bar"]', time: "footer.timebar", legend: '[data-testid="legend"]', view: '[data-testid="view-panel"]', language: '[data-testid="language"]', document: '[data-testid="document"]' };
  for (const [name, selector] of Object.entries(parts)) out[name] = (await page.locator(selector).count()) > 0 ? await page.locator(selector).first().boundingBox() : null;
  return out;
}

const inside = (b: Box, outer: Box, slack = 1) => b.x >= outer.x - slack && b.y >= outer.y - slack && b.x + b.width <= outer.x + outer.width + slack && b.y + b.height <= outer.y + outer.height + slack;
const overlap = (a: Box, b: Box, slack = 1) => a.x + a.width - slack > b.x && b.x + b.width - slack > a.x && a.y + a.height - slack > b.y && b.y + b.height - slack > a.y;
const WINDOW: Box = { x: 0, y: 0, ...VIEWPORT };

/** Everything fits: no page scroll, regions in the window and apart, overlays in the graph's area, every control in view or in its scrolled panel. */
async function checkLayout(page: Page, label: string): Promise<void> {
  const size = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
  expect(size, label).toEqual({ w: VIEWPORT.width, h: VIEWPORT.height });
  const r = await regions(page);
  const main = ["header", "stage", "details", "figure", "time"] as const;
  for (const name of main) {
    expect(r[name], `${label} ${name}`).not.toBeNull();
    expect(inside(r[name]!, WINDOW), `${label} ${name} ${JSON.stringify(r[name])}`).toBe(true);
    expect(r[name]!.width * r[name]!.height, `${label} ${name}`).toBeGreaterThan(0);
  }
  for (let i = 0; i < main.length; i++) for (let j = i + 1; j < main.length; j++) expect(overlap(r[main[i]]!, r[main[j]]!), `${label}: ${main[i]} overlaps ${main[j]}`).toBe(false);
  expect(inside(r.language!, r.header!), `${label} language switch`).toBe(true);
  for (const name of ["legend", "view", "document"] as const) if (r[name]) expect(inside(r[name]!, r.stage!), `${label} ${name} in the graph's area`).toBe(true);
  expect(overlap(r.legend!, r.view!), `${label}: legend overlaps the view panel`).toBe(false);
  // every control: in the window, or (in a scrolled panel) within the panel's width
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, [tabindex="0"]')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const b = el.getBoundingClientRect();
        const panel = el.closest<HTMLElement>('[data-testid="details"], [data-testid="document"], [data-testid="search-results"]');
        const p = panel?.getBoundingClientRect();
        return { what: el.getAttribute("aria-label") ?? el.getAttribute("data-testid") ?? el.textContent?.slice(0, 20) ?? el.tagName, box: { x: b.x, y: b.y, width: b.width, height: b.height }, panel: p ? { x: p.x, y: p.y, width: p.width, height: p.height } : null };
      }),
  );
  expect(controls.length, label).toBeGreaterThan(15);
  for (const c of controls) {
    if (c.panel) expect(c.box.x >= c.panel.x - 1 && c.box.x + c.box.width <= c.panel.x + c.panel.width + 1, `${label}: ${c.what} wider than its panel`).toBe(true);
    else expect(inside(c.box, WINDOW), `${label}: ${c.what} outside the window ${JSON.stringify(c.box)}`).toBe(true);
  }
}

describeInBrowser("languages and keyboard end-to-end", (executablePath) => {
  const shared = siteAndBrowser(executablePath);
  const tr = (locale: Locale, key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  it("switches the UI between English and Chinese; entity names stay as written", async () => {
    const site = shared.site();
    const { page, errors } = await openSized(site.url, shared.context());
    // headless Chromium reports en-US: English without ?lang=
    expect(await htmlLang(page)).toBe("en");
    await pick(page, "深圳工业软件园", PARK);
    const node = site.graph.getNodeAttributes(PARK);
    const events = isEntityNode(node) ? node.events : [];
    expect(events.length).toBeGreaterThan(1);
    const year = Number(await page.getByTestId("year").textContent());
    const { stage } = stageInYear(site.graph, { entity: PARK, year });
    expect(stage).not.toBeNull();
    const label = (locale: Locale) => `深圳工业软件园 · ${stageName(stage!, locale)}`;

    const en = await uiStrings(page);
    expect(en).toEqual({
      title: "policy-kg explorer",
      legendTitle: "Node types",
      park: "Park",
      project: "Project",
      play: "Play",
      modes: [" up to that year", " that year"],
      lineage: `Lineage (${events.length} statements)`,
      headings: expect.arrayContaining([`Lineage (${events.length} statements)`, "Aliases"]),
      columns: ["Year", "Stage", "Modality", "Statement"],
      clear: "Clear selection",
      searchLabel: "Search",
    });
    expect(await page.evaluate((k) => window.__policyKg!.node(k)!.label, PARK)).toBe(label("en"));
    await checkLayout(page, "en, selected");
    await screenshot(page, "i18n-en");

    await page.getByTestId("lang-zh").click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    expect(await page.getByTestId("lang-zh").getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByTestId("lang-en").getAttribute("aria-pressed")).toBe("false");
    const zh = await uiStrings(page);
    expect(zh).toEqual({
      title: "policy-kg 政策图谱浏览器",
      legendTitle: "节点类型",
      park: "园区",
      project: "项目",
      play: "播放",
      modes: [" 截至该年", " 仅该年"],
      lineage: `沿革（${events.length} 条表述）`,
      headings: expect.arrayContaining([`沿革（${events.length} 条表述）`, "别名"]),
      columns: ["年份", "阶段", "语态", "表述"],
      clear: "取消选择",
      searchLabel: "搜索",
    });
    // every string read changed; the catalogue says the same
    for (const k of ["title", "legendTitle", "park", "play", "lineage", "clear"] as const) expect(zh[k], k).not.toBe(en[k]);
    expect(zh.park).toBe(kindName("Park", "zh"));
    expect(zh.lineage).toBe(tr("zh", "details.lineage", { n: events.length }));
    // data stays as written: the entity's name, its aliases, the quoted sentences, the graph label's name
    expect(await page.getByTestId("details-title").textContent()).toBe("深圳工业软件园");
    const quotes = await page.locator('[data-testid="lineage"] button.quote').allTextContents();
    expect(quotes.length).toBe(events.length);
    expect(quotes.every((q) => /\p{Script=Han}/u.test(q))).toBe(true);
    await expect.poll(() => page.evaluate((k) => window.__policyKg!.node(k)!.label, PARK)).toBe(label("zh"));
    expect(label("zh")).not.toBe(label("en"));
    // the search results: Chinese names under Chinese kind headings
    await page.getByTestId("search").fill("两核");
    const group = page.locator('[data-testid="search-results"] section[data-kind="Strategy"]');
    expect(await group.locator("h3").textContent()).toContain("战略");
    expect(await group.locator(`button[data-key="${LIANGHE}"]`).textContent()).toBe("两核");
    await page.keyboard.press("Escape");
    // the language is in the URL, next to the view's hash
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe("?lang=zh");
    expect(await page.evaluate(() => window.location.hash)).toContain(encodeURIComponent(PARK));
    await checkLayout(page, "zh, selected");
    await screenshot(page, "i18n-zh");

    await page.getByTestId("lang-en").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await uiStrings(page)).toEqual(en);
    await expect.poll(() => page.evaluate((k) => window.__policyKg!.node(k)!.label, PARK)).toBe(label("en"));
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe("?lang=en");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("?lang= reproduces the language after a reload, also against a Chinese browser", async () => {
    const site = shared.site();
    const { page, errors } = await openSized(`${site.url}?lang=zh#n=${encodeURIComponent(PARK)}`, shared.context());
    expect(await htmlLang(page)).toBe("zh-CN");
    expect(await text(page, '[data-testid="legend"] h2')).toBe("节点类型");
    expect(await page.getByTestId("details-title").textContent()).toBe("深圳工业软件园");
    await reloaded(page);
    expect(await text(page, '[data-testid="legend"] h2')).toBe("节点类型");
    expect(await page.getByTestId("lang-zh").getAttribute("aria-pressed")).toBe("true");

    // a browser in Chinese: Chinese without ?lang=, English with ?lang=en, kept over a reload
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "language", { get: () => "zh-CN" }));
    await page.goto(site.url);
    await page.getByTestId("app").waitFor();
    expect(await page.evaluate(() => navigator.language)).toBe("zh-CN");
    expect(await htmlLang(page)).toBe("zh-CN");
    expect(await page.evaluate(() => window.location.search)).toBe("");
    await page.goto(`${site.url}?lang=en`);
    await page.getByTestId("app").waitFor();
    expect(await htmlLang(page)).toBe("en");
    expect(await page.getByTestId("play").getAttribute("aria-label")).toBe("Play");
    await reloaded(page);
    expect(await htmlLang(page)).toBe("en");
    expect(await text(page, '[data-testid="legend"] h2')).toBe("Node types");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works from the keyboard alone: search 两核, pick it, open a quote's document, close it, move the year", async () => {
    const site = shared.site();
    const { page, errors } = await openSized(`${site.url}?lang=zh`, shared.context());
    const years = site.graph.filterNodes((_k, a) => a.kind === "Year").map((k) => Number(k.slice(5))).sort();
    const shown = (y: number) => graphAsOf(site.graph, { year: y }).filterNodes((_k, a) => a.kind !== "Year").length;
    const walk: Awaited<ReturnType<typeof focused>>[] = [];
    /** Tab until `done` holds for the focused element; every stop is recorded. */
    const tabUntil = async (done: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) => {
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press("Tab");
        const f = await focused(page);
        walk.push(f);
        if (done(f)) return f;
      }
      throw new Error(`Tab never reached ${what}: ${walk.slice(-10).map((f) => f.testid ?? f.tag).join(", ")}`);
    };

    // the first Tab stop is the search box; type, go down the results, Enter picks one
    await tabUntil((f) => f.testid === "search", "the search box");
    expect(walk.length).toBe(1);
    await page.keyboard.type("两核");
    await page.getByTestId("search-results").waitFor();
    for (let i = 0; i < 20 && (await focused(page)).key !== LIANGHE; i++) await page.keyboard.press("ArrowDown");
    expect((await focused(page)).key).toBe(LIANGHE);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("details-title").textContent()).toBe("两核");
    // the focus is back in the box, the results closed
    expect((await focused(page)).testid).toBe("search");
    expect(await page.getByTestId("search-results").count()).toBe(0);

    // Tab on to the lineage's first quote: header, view panel, details, in that order
    const quote = await tabUntil((f) => f.quote, "a lineage quote");
    const order = walk.map((f) => f.testid ?? f.tag);
    expect(order.indexOf("lang-zh")).toBeLessThan(order.indexOf("view-panel-toggle"));
    expect(order.indexOf("view-panel-toggle")).toBeLessThan(order.indexOf("details-clear"));
    await page.keyboard.press("Enter");
    await page.getByTestId("highlight").waitFor();
    // the document has the focus (the keyboard can scroll it); Escape closes it and gives the focus back to the quote
    expect((await focused(page)).inDocument).toBe(true);
    expect(await page.getByTestId("highlight").textContent()).toContain("两核");
    await checkLayout(page, "zh, document open");
    await screenshot(page, "i18n-keyboard-document");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("document").count()).toBe(0);
    const back = await focused(page);
    expect(back.quote && back.text === quote.text).toBe(true);
    expect(await page.getByTestId("details-title").textContent()).toBe("两核");

    // on to the year slider (past the figure bar and play): arrows move the year, the graph follows
    await tabUntil((f) => f.testid === "year-slider", "the year slider");
    const last = years.at(-1)!;
    const before = years.at(-2)!;
    expect(Number(await page.getByTestId("year").textContent())).toBe(last);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.getByTestId("year").textContent()).toBe(String(before));
    await page.waitForFunction((n) => window.__policyKg!.visibleNodes() === n, shown(before));
    await page.keyboard.press("Home");
    await expect.poll(() => page.getByTestId("year").textContent()).toBe(String(years[0]));
    await page.keyboard.press("End");
    await expect.poll(() => page.getByTestId("year").textContent()).toBe(String(last));
    await page.waitForFunction((n) => window.__policyKg!.visibleNodes() === n, shown(last));

    // every stop was a visible control in the window, with a visible focus ring (SVG chart points highlight instead)
    for (const f of walk) {
      expect(f.box && f.box.width > 0 && f.box.height > 0, `${f.testid ?? f.tag} has a box`).toBe(true);
      expect(inside(f.box!, WINDOW), `${f.testid ?? f.tag} in the window ${JSON.stringify(f.box)}`).toBe(true);
      if (!f.svg) expect(f.outline, `${f.testid ?? f.tag} shows its focus`).not.toBe("none");
    }
    // Escape now clears the selection
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("details-title").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits 1280×800 in both languages with the view panel open", async () => {
    const site = shared.site();
    for (const locale of ["en", "zh"] as const) {
      const { page, errors } = await openSized(`${site.url}?lang=${locale}`, shared.context());
      await checkLayout(page, `${locale}, nothing selected`);
      await page.getByTestId("view-panel-toggle").click();
      await page.getByTestId("filter-tab").waitFor();
      const r = await regions(page);
      expect(inside(r.view!, r.stage!), `${locale}: the open view panel stays in the graph's area`).toBe(true);
      expect(await page.getByTestId("shown-count").textContent()).toBe(tr(locale, "filters.shown", { nodes: await page.evaluate(() => window.__policyKg!.visibleNodes()), edges: (await page.evaluate(() => window.__policyKg!.drawn().edges.length)) }));
      await screenshot(page, `i18n-${locale}-view-panel`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
