/**
 * What the `explorer` suite measures in the page, from the explorer's own User Timing marks
 * (packages/explorer/src/core/perf: made when the address has ?perf) and the timestamps of the
 * input events that started each action (capture listeners on window, same clock as the marks):
 * - first render: navigation start (performance.timeOrigin) → the "first-render" mark, which sigma's
 *   constructor reaches after issuing its first frame; the load steps are marks too; and → the
 *   "first-frame-shown" mark (the start of the frame after it: the compositor has drawn sigma's
 *   frame, which with software WebGL can take seconds more);
 * - year switch: the keydown / pointerdown that changes the year or mode → the first "render"
 *   mark (after sigma's afterRender) that drew that year and mode; then, once no frame has come
 *   for QUIET_MS, the last frame (labels placed: see sigma/partial-refresh.ts);
 * - search: the input event of the search box → the "search" mark of that query (results
 *   committed to the DOM), and → the next animation frame (the frame that paints them).
 * The first render also reports the CPU time of the page's main thread (Chrome's
 * Performance.getMetrics ThreadTime) from before navigating until the first frame was seen: on a
 * shared machine it says how much of the wall time was work. (Not for switches and searches: work
 * that follows their frame, such as the deferred label indexation, lands in the same span.)
 */

import type { BrowserContext, CDPSession, Page } from "playwright-core";

const WAIT_MS = 180_000;
/** a view has settled when no frame came for this long */
const QUIET_MS = 600;

interface BenchWindow {
  __benchAction: number;
  __benchInput: number;
  __benchFrame: number;
}

export interface FirstRender {
  /** navigation start → first sigma frame drawn */
  firstRenderMs: number;
  /** navigation start → that frame on screen */
  shownMs: number;
  /** main-thread CPU time from before navigating to the first frame */
  cpuMs: number;
  /** navigation start → each load step's mark */
  steps: Record<string, number>;
}

export interface Timed {
  ms: number;
}

/** An explorer page with a DevTools session for its metrics. */
export class ExplorerPage {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** Main-thread CPU time so far, ms. */
  async cpu(): Promise<number> {
    const { metrics } = await this.cdp.send("Performance.getMetrics");
    return (metrics.find((m) => m.name === "ThreadTime")?.value ?? NaN) * 1000;
  }

  /** Open the explorer in a new page and wait for its first frame. */
  static async open(context: BrowserContext, url: string): Promise<{ explorer: ExplorerPage; result: FirstRender }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const explorer = new ExplorerPage(page, cdp);
    const cpu0 = await explorer.cpu();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => performance.getEntriesByName("policy-kg:first-render").length > 0 || document.querySelector('[role="alert"]') !== null, undefined, { timeout: WAIT_MS, polling: 100 });
    const cpuMs = (await explorer.cpu()) - cpu0;
    const alert = page.locator('[role="alert"]');
    if ((await alert.count()) > 0 || errors.length > 0) throw new Error(`the explorer failed: ${(await alert.count()) > 0 ? await alert.first().textContent() : errors[0]}`);
    await page.waitForFunction(() => performance.getEntriesByName("policy-kg:first-frame-shown").length > 0, undefined, { timeout: WAIT_MS, polling: 100 });
    const timing = await page.evaluate(() => {
      const steps: Record<string, number> = {};
      for (const m of performance.getEntriesByType("mark")) {
        if (m.name.startsWith("policy-kg:") && m.name !== "policy-kg:render") steps[m.name.slice("policy-kg:".length)] ??= Math.round(m.startTime);
      }
      // (no helper function here: tsx would wrap it in a __name call, unknown in the page)
      const [firstRenderMs, shownMs] = ["first-render", "first-frame-shown"].map((name) => performance.getEntriesByName(`policy-kg:${name}`)[0]!.startTime);
      return { firstRenderMs: firstRenderMs!, shownMs: shownMs!, steps };
    });
    await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      for (const type of ["keydown", "pointerdown"]) window.addEventListener(type, (e) => (w.__benchAction = e.timeStamp), { capture: true });
      window.addEventListener(
        "input",
        (e) => {
          w.__benchInput = e.timeStamp;
          requestAnimationFrame(() => (w.__benchFrame = performance.now()));
        },
        { capture: true },
      );
    });
    return { explorer, result: { ...timing, cpuMs } };
  }

  /** Wait until no frame has been drawn for QUIET_MS; the last frame's time after the action, ms. */
  private settled(): Promise<number> {
    return this.page.evaluate(async (quiet) => {
      const w = window as unknown as BenchWindow;
      for (;;) {
        const last = performance.getEntriesByName("policy-kg:render").at(-1);
        const at = last?.startTime ?? w.__benchAction;
        if (performance.now() - at >= quiet) return at - w.__benchAction;
        await new Promise((r) => setTimeout(r, 50));
      }
    }, QUIET_MS);
  }

  /**
   * Do `act` (a key press or click that changes year or mode): action → the sigma frame showing
   * `year` in `mode`, and → the last frame once the view has settled.
   */
  async timeSwitch(act: () => Promise<void>, year: number, mode: string): Promise<Timed & { settledMs: number }> {
    await this.page.evaluate(() => {
      performance.clearMarks("policy-kg:render");
      (window as unknown as BenchWindow).__benchAction = -1;
    });
    await act();
    const ms = await this.page.evaluate(
      async ({ year, mode, wait }) => {
        const w = window as unknown as BenchWindow;
        const until = performance.now() + wait;
        while (performance.now() < until) {
          const drawn = (performance.getEntriesByName("policy-kg:render") as PerformanceMark[]).find((m) => {
            const d = m.detail as { year: number | null; mode: string | null };
            return w.__benchAction >= 0 && m.startTime >= w.__benchAction && d.year === year && d.mode === mode;
          });
          if (drawn) return drawn.startTime - w.__benchAction;
          await new Promise((r) => setTimeout(r, 5));
        }
        throw new Error(`no frame drew ${year} (${mode}) within ${wait} ms`);
      },
      { year, mode, wait: WAIT_MS },
    );
    return { ms, settledMs: await this.settled() };
  }

  /** Type `query` into the search box (one input event, as a paste or an IME commit gives) and time its results. */
  async timeSearch(query: string): Promise<Timed & { query: string; hits: number; frameMs: number }> {
    await this.page.evaluate(() => {
      performance.clearMarks("policy-kg:search");
      const w = window as unknown as BenchWindow;
      w.__benchInput = -1;
      w.__benchFrame = -1;
    });
    await this.page.getByTestId("search").fill(query);
    const timing = await this.page.evaluate(
      async ({ query, wait }) => {
        const w = window as unknown as BenchWindow;
        const until = performance.now() + wait;
        while (performance.now() < until) {
          const mark = (performance.getEntriesByName("policy-kg:search") as PerformanceMark[]).find((m) => (m.detail as { query: string }).query === query);
          if (mark && w.__benchFrame >= 0) return { hits: (mark.detail as { hits: number }).hits, ms: mark.startTime - w.__benchInput, frameMs: w.__benchFrame - w.__benchInput };
          await new Promise((r) => setTimeout(r, 5));
        }
        throw new Error(`no results for "${query}" within ${wait} ms`);
      },
      { query, wait: WAIT_MS },
    );
    return { query, ...timing };
  }

  /** Wait until Latin queries are answered from pinyin (pinyin-pro loads after the first frame). */
  async waitForPinyin(probe: string): Promise<void> {
    for (let i = 0; i < 600; i++) {
      if ((await this.timeSearch(probe)).hits > 0) return;
      await this.page.getByTestId("search").fill("");
      await this.page.waitForTimeout(200);
    }
    throw new Error(`"${probe}" finds nothing: pinyin never loaded`);
  }
}
