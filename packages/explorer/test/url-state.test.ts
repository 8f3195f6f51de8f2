// The URL hash keeps the view: encode → decode gives the state back; bad parameters are dropped.
import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from "../src/core/url/state";

describe("URL state", () => {
  it("round-trips a full state, Chinese keys and queries included", () => {
    const state: UrlState = {
      year: 2024,
      mode: "year",
      selected: "park:深圳工业软件园",
      query: "两核 & 产业园#1",
      camera: { x: 0.5123, y: 0.441, ratio: 0.25 },
      document: { id: "001_6bbf6b6bd295e350", start: 1131, end: 1138 },
      filters: { types: ["Project", "Park"], place: "place:龙岗区", strategy: "strategy:一芯", document: "Document:001_6bbf6b6bd295e350", stages: ["started", "operating"], modalities: ["done"] },
      ego: { node: "strategy:一芯两核多支点", depth: 2 },
      path: { from: "park:深圳工业软件园", to: "place:龙岗区" },
      mentions: true,
      diff: { from: 2023, to: 2025 },
    };
    const hash = encodeUrlState(state);
    expect(hash.startsWith("#")).toBe(true);
    expect(hash.slice(1)).not.toContain("#");
    expect(decodeUrlState(hash)).toEqual(state);
  });

  it("leaves defaults out and decodes an empty hash to the defaults", () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe("");
    expect(decodeUrlState("")).toEqual(DEFAULT_URL_STATE);
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, year: 2023 })).toBe("#y=2023");
  });

  it("rounds the camera to 4 decimals", () => {
    const hash = encodeUrlState({ ...DEFAULT_URL_STATE, camera: { x: 0.123456789, y: 1 / 3, ratio: 2 } });
    expect(decodeUrlState(hash).camera).toEqual({ x: 0.1235, y: 0.3333, ratio: 2 });
  });

  it("drops malformed parameters instead of failing", () => {
    const s = decodeUrlState("#y=20x4&m=sideways&c=1,2&n=&s=9-3&d=abc&zz=1");
    expect(s.year).toBeNull();
    expect(s.mode).toBe("cumulative");
    expect(s.camera).toBeNull();
    expect(s.selected).toBeNull();
    expect(s.document).toEqual({ id: "abc", start: 0, end: 0 });
    expect(decodeUrlState("#c=0.5,0.5,-1").camera).toBeNull();
    expect(decodeUrlState("#c=NaN,0.5,1").camera).toBeNull();
  });
});
