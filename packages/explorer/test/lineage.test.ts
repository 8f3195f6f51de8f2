// Details of a selected node: the lineage of an entity with its stages across years, aliases and
// documents; a document's metadata; cutting a text around a span for the <mark>.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lineage, type PolicyGraph } from "@policy-kg/graph";
import { detailsOf, documentTitle, splitAtSpan } from "../src/core/lineage/lineage";
import { DATA, seedGraph } from "./fixture";

let graph: PolicyGraph;
beforeAll(async () => {
  graph = await seedGraph();
});

describe("detailsOf", () => {
  it("gives the lineage of 深圳工业软件园: every statement with its stage and year, quotes at their spans", () => {
    const d = detailsOf(graph, "park:深圳工业软件园");
    if (d?.type !== "entity") throw new Error("expected an entity");
    expect(d.label).toBe("深圳工业软件园");
    const expected = lineage(graph, { entity: "park:深圳工业软件园", includeMentions: true }).events;
    expect(d.events.map((e) => [e.placed, e.stage, e.document, e.start])).toEqual(expected.map((e) => [e.year ?? e.said, e.stage, e.document, e.start]));
    // its stages across the years: several years, several stages
    expect(new Set(d.events.map((e) => e.placed)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(d.events.map((e) => e.stage).filter((s) => s !== "mentioned")).size).toBeGreaterThanOrEqual(3);
    for (const e of d.events) {
      const doc = graph.getNodeAttributes(`Document:${e.document}`);
      const file = doc.kind === "Document" ? doc.file : "";
      const text = readFileSync(join(DATA, file), "utf8").replace(/^\uFEFF/, "");
      const [before, mark] = splitAtSpan(text, e.start, e.end);
      expect(mark).toBe("深圳工业软件园");
      expect(before.length).toBe(e.start);
    }
    const years = d.documents.map((x) => x.year ?? 9999);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(d.documents.reduce((n, x) => n + x.count, 0)).toBe(d.events.length + d.values.length);
  });

  it("lists aliases", () => {
    const d = detailsOf(graph, "institution:北京大学深研院");
    expect(d?.type === "entity" && d.aliases).toEqual(["北大深研院"]);
  });

  it("gives a document's metadata, and null for unknown keys and years", () => {
    const d = detailsOf(graph, "Document:001_6bbf6b6bd295e350");
    expect(d?.type === "document" && d.node.title).toBe("龙岗区2025年政府工作报告");
    expect(d?.type === "document" && d.entities).toBeGreaterThan(100);
    expect(documentTitle(graph, "001_6bbf6b6bd295e350")).toBe("龙岗区2025年政府工作报告");
    expect(detailsOf(graph, "nope:x")).toBeNull();
    expect(detailsOf(graph, "Year:2024")).toBeNull();
  });
});

describe("splitAtSpan", () => {
  it("cuts around a span and clamps bad offsets", () => {
    expect(splitAtSpan("abcdef", 2, 4)).toEqual(["ab", "cd", "ef"]);
    expect(splitAtSpan("abc", 5, 9)).toEqual(["abc", "", ""]);
    expect(splitAtSpan("abc", 2, 1)).toEqual(["ab", "", "c"]);
    expect(splitAtSpan("😀x", 0, 2)).toEqual(["", "😀", "x"]);
  });
});
