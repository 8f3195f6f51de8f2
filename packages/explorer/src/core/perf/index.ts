/**
 * Performance marks for the browser benchmark (bench/explorer.ts): User Timing entries named
 * "policy-kg:<name>", made only when the page address has ?perf (e.g. /?perf#year=2024), so an
 * ordinary session pays one boolean test per call and its timeline buffer stays empty.
 * Marks: the load steps (fetched, parsed, timeline, layout, display, search-index), first-render
 * (sigma's first frame), render (every frame; detail: the year and mode drawn), search (results
 * committed; detail: the query and its number of hits).
 */

const enabled = typeof location !== "undefined" && typeof performance !== "undefined" && new URLSearchParams(location.search).has("perf");

export function perfMark(name: string, detail?: unknown): void {
  if (enabled) performance.mark(`policy-kg:${name}`, { detail });
}
