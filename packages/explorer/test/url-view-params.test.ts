// URL parameters of filters, ego network, path and diff: round trip, malformed values dropped,
// and keys checked against the seed dataset when applied.
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../src/core/data/dataset";
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from "../src/core/url/state";
import { DEFAULT_VIEW_PARAMS, type ViewParams } from "../src/core/url/view-params";
import { applyViewParams, currentViewParams } from "../src/core/url/view-sync";
import { NO_FILTERS } from "../src/core/filters/filters";
import { seedDataset } from "./view-fixture";

const params = (hash: string): ViewParams => {
  const { filters, ego, path, mentions, diff } = decodeUrlState(hash);
  return { filters, ego, path, mentions, diff };
};

describe("URL view parameters", () => {
  it("round-trip, with short parameter names", () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      year: 2024,
      filters: { types: ["Park", "Document"], place: "place:龙岗区", strategy: "strategy:一芯", document: "Document:001_6bbf6b6bd295e350", stages: [], modalities: ["plan", "target"] },
      ego: { node: "strategy:一芯两核多支点", depth: 3 },
      path: { from: "park:深圳工业软件园", to: "park:湾区未来科技园" },
      mentions: true,
      diff: { from: 2023, to: 2025 },
    };
    const hash = encodeUrlState(state);
    const p = new URLSearchParams(hash.slice(1));
    expect([...p.keys()].sort()).toEqual(["df", "e", "ed", "fd", "mo", "pa", "pb", "pl", "pm", "sp", "st", "t", "y"]);
    expect(p.get("t")).toBe("Park,Document");
    expect(p.get("st")).toBe("");
    expect(decodeUrlState(hash)).toEqual(state);
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, ...DEFAULT_VIEW_PARAMS })).toBe("");
  });

  it("drops unknown list values, keeps the vocabulary order, and treats a list of nothing known as no filter", () => {
    expect(params("#t=Foo,Park,Project").filters.types).toEqual(["Project", "Park"]);
    expect(params("#t=Foo").filters.types).toBeNull();
    expect(params("#t=").filters.types).toEqual([]);
    expect(params("#st=operating,flying").filters.stages).toEqual(["operating"]);
    expect(params("#mo=maybe").filters.modalities).toBeNull();
  });

  it("drops malformed ego, path and diff parameters", () => {
    expect(params("#e=park:x&ed=7").ego).toEqual({ node: "park:x", depth: 1 });
    expect(params("#e=&ed=2").ego).toBeNull();
    expect(params("#pa=park:x").path).toBeNull();
    expect(params("#pm=yes").mentions).toBe(false);
    expect(params("#df=2025-2023").diff).toBeNull();
    expect(params("#df=2023-2023").diff).toBeNull();
    expect(params("#df=23-25").diff).toBeNull();
    expect(params("#df=2023-2025").diff).toEqual({ from: 2023, to: 2025 });
    expect(params("#pl=&sp=&fd=").filters).toEqual(NO_FILTERS);
  });
});

describe("applying URL view parameters to the seed dataset", () => {
  let d: Dataset;
  beforeAll(async () => {
    d = await seedDataset();
  });

  it("keeps keys of nodes of the right kind and years of the snapshot, drops the rest", () => {
    applyViewParams(params("#pl=place:龙岗区&sp=strategy:一芯&fd=Document:001_6bbf6b6bd295e350&e=park:深圳工业软件园&ed=2&pa=park:深圳工业软件园&pb=place:龙岗区&df=2023-2025&t=Park"), d);
    const ok = currentViewParams();
    expect(ok.filters).toEqual({ ...NO_FILTERS, types: ["Park"], place: "place:龙岗区", strategy: "strategy:一芯", document: "Document:001_6bbf6b6bd295e350" });
    expect(ok.ego).toEqual({ node: "park:深圳工业软件园", depth: 2 });
    expect(ok.path).toEqual({ from: "park:深圳工业软件园", to: "place:龙岗区" });
    expect(ok.diff).toEqual({ from: 2023, to: 2025 });
    applyViewParams(params("#pl=park:深圳工业软件园&sp=place:龙岗区&fd=Document:nope&e=park:nope&pa=park:深圳工业软件园&pb=park:nope&df=1901-1902"), d);
    expect(currentViewParams()).toEqual(DEFAULT_VIEW_PARAMS);
  });
});
