// Year and mode changes redraw only what changes (sigma/partial-refresh.ts), in a real chromium:
// after every step of the slider over all years (both modes) sigma's display data hides exactly
// what computeView hides; and at a few years the page, reloaded from its URL (a full draw from
// scratch), gives the same labels and about the same pixels as the page that got there step by step.
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { graphAsOf } from "@policy-kg/graph";
import { describeInBrowser, inkRatio, openExplorer, siteAndBrowser } from "./harness";


/** What sigma draws must be what computeView says. */
async function drawnIsVisible(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const probe = window.__policyKg!;
        const [d, v] = [probe.drawn(), probe.visible()];
        const same = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);
        return same(d.nodes, v.nodes) && same(d.edges, v.edges);
      }),
    )
    .toBe(true);
}

/** Label of every drawn node, after the view has rested (the label grid is rebuilt then). */
async function drawnLabels(page: Page): Promise<Record<string, string | null>> {
  await page.waitForTimeout(800);
  return page.evaluate(() => {
    const probe = window.__policyKg!;
    return Object.fromEntries(probe.drawn().nodes.map((k) => [k, probe.node(k)!.label]));
  });
}

describeInBrowser("year redraws", (executablePath) => {
  const running = siteAndBrowser(executablePath);

  it("step by step over every year and both modes, sigma draws what computeView says, as a fresh page does", async () => {
    const [site, context] = [running.site(), running.context()];
    const { page, errors } = await openExplorer(context, site.url);
    const years = site.graph.filterNodes((_k, a) => a.kind === "Year").map((k) => Number(k.slice(5))).sort();
    const year = () => page.getByTestId("year").textContent();
    const slider = page.getByTestId("year-slider");
    // reloads wait for a drawn node: years that have some in both modes
    const full = years.filter((y) => graphAsOf(site.graph, { year: y, mode: "year" }).someNode((_k, a) => a.kind !== "Year"));
    const checkpoints = new Set([full[0]!, full[Math.floor(full.length / 2)]!, full.at(-1)!]);
    const compareWithReload = async (y: number) => {
      await page.waitForFunction((y) => new URLSearchParams(window.location.hash.slice(1)).get("y") === String(y), y);
      const [labels, ink] = [await drawnLabels(page), await inkRatio(page, "graph")];
      const fresh = await openExplorer(context, page.url());
      expect(await fresh.page.getByTestId("year").textContent()).toBe(String(y));
      expect(await drawnLabels(fresh.page)).toEqual(labels);
      expect(Math.abs((await inkRatio(fresh.page, "graph")) - ink), `ink at ${y}`).toBeLessThan(0.01);
      await fresh.page.close();
    };

    await slider.focus();
    await page.keyboard.press("Home");
    for (const [i, y] of years.entries()) {
      if (i > 0) await page.keyboard.press("ArrowRight");
      await expect.poll(year).toBe(String(y));
      await drawnIsVisible(page);
      if (checkpoints.has(y)) await compareWithReload(y);
    }
    await page.getByLabel("that year", { exact: true }).check();
    await slider.focus();
    for (const y of [...years].reverse()) {
      if (y !== years.at(-1)) await page.keyboard.press("ArrowLeft");
      await expect.poll(year).toBe(String(y));
      await drawnIsVisible(page);
      if (checkpoints.has(y)) await compareWithReload(y);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
