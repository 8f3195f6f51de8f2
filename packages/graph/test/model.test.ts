// buildGraph on the real extraction of the seeds: nodes, events with their source spans,
// document and year nodes, relation and MENTIONED_IN edges, indicator values, metadata,
// determinism, and a corpus that breaks its contract.
import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusExtraction } from "@policy-kg/extractor";
import {
  EntityNodeSchema,
  GraphError,
  NodeAttributesSchema,
  buildGraph,
  countGraph,
  documentKey,
  edgeKey,
  isEntityNode,
  yearKey,
  type EntityNode,
  type PolicyGraph,
} from "../src/index";
import { BUILT_AT, D000, D001, D002, originalText, seedCorpus, seedGraph } from "./seeds";

let corpus: CorpusExtraction;
let graph: PolicyGraph;
beforeAll(async () => {
  corpus = await seedCorpus();
  graph = await seedGraph();
});

const entity = (id: string): EntityNode => {
  const a = graph.getNodeAttributes(id);
  if (!isEntityNode(a)) throw new Error(`${id} is not an entity`);
  return a;
};

describe("buildGraph", () => {
  it("makes every extracted entity a node keyed by its id, with its type as kind and attributes of the schema", () => {
    for (const e of corpus.entities) {
      const a = entity(e.id);
      expect(a.kind).toBe(e.type);
      expect(a.label).toBe(e.name);
      expect(a.aliases).toEqual(e.aliases);
    }
    graph.forEachNode((key, a) => expect(NodeAttributesSchema.safeParse(a).success, key).toBe(true));
  });

  it("keeps every statement as a dated event whose span is the entity's name in the original text", () => {
    const park = entity("park:深圳工业软件园");
    expect(EntityNodeSchema.parse(park)).toEqual(park);
    expect(park.events.map((e) => [e.year, e.modality, e.stage, e.document])).toEqual([
      [2022, "done", "started", D002], // 深圳工业软件园、方正微电子扩产项目开工
      [2023, "plan", "building", D002], // 深圳工业软件园、平湖智造园加快建设
      [2024, "done", "recognized", D001], // 深圳工业软件园被认定为全市鸿蒙原生应用特色产业园
      [2025, "plan", "operating", D001], // 建成投用深圳工业软件园
      [2025, "done", "operating", D000], // 深圳工业软件园、湾区未来科技园等一批专业园区开园
    ]);
    for (const e of park.events) {
      expect(originalText(corpus, e.document).slice(e.start, e.end)).toBe("深圳工业软件园");
      expect(e.quote).toContain("深圳工业软件园");
    }
    // said = year the document was delivered: 002 in 2023, 001 in 2025, 000 in 2026
    expect(park.events.map((e) => e.said)).toEqual([2023, 2023, 2025, 2025, 2026]);
    expect(park.years).toEqual([2022, 2023, 2024, 2025]);
    // furthest reported stage in the vocabulary's order (recognized comes after operating)
    expect(park.stage).toBe("recognized");
  });

  it("gives one event per statement and an event for every mention's statement", () => {
    for (const e of corpus.entities) {
      const events = entity(e.id).events;
      expect(events.length).toBeLessThanOrEqual(e.mentions.length);
      for (const m of e.mentions) {
        expect(events.some((ev) => ev.document === m.document && ev.quote === m.quote && ev.stage === m.stage && ev.year === m.year && ev.modality === m.modality)).toBe(true);
      }
    }
  });

  it("adds document nodes with their metadata and edges to the years they were delivered in, review and plan", () => {
    const doc = graph.getNodeAttributes(documentKey(D001));
    expect(doc).toMatchObject({ kind: "Document", label: "龙岗区2025年政府工作报告", delivered: "2025-01-16", year: 2025, yearsReviewed: [2024], yearPlanned: 2025, district: "龙岗区" });
    // multi graph: delivered in and planning for the same year are two edges between the same nodes
    expect(graph.edges(documentKey(D001), yearKey(2025)).map((k) => graph.getEdgeAttribute(k, "relation")).sort()).toEqual(["DELIVERED_IN", "PLANS"]);
    expect(graph.hasEdge(edgeKey("REVIEWS", documentKey(D001), yearKey(2024)))).toBe(true);
    expect(graph.getNodeAttributes(yearKey(2022))).toEqual({ kind: "Year", label: "2022", year: 2022 });
  });

  it("has a year node for every year an event or value is placed in", () => {
    graph.forEachNode((_key, a) => {
      if (isEntityNode(a)) for (const y of a.years) expect(graph.hasNode(yearKey(y))).toBe(true);
    });
  });

  it("turns every relation into one edge per (relation, source, target) carrying every span that states it", () => {
    for (const r of corpus.relations) {
      const edge = graph.getEdgeAttributes(edgeKey(r.type, r.source, r.target));
      expect(edge.relation).toBe(r.type);
      expect("evidence" in edge && edge.evidence).toContainEqual(r.evidence);
    }
    const phase = graph.getEdgeAttributes(edgeKey("PHASE_OF", "project:轨道16号线二期", "project:轨道16号线"));
    expect(phase.relation).toBe("PHASE_OF");
    const ev = "evidence" in phase ? phase.evidence[0]! : null;
    expect(originalText(corpus, ev!.document).slice(ev!.start, ev!.end)).toContain("16号线二期");
  });

  it("links each entity to the documents that make statements about it, counting them", () => {
    let edges = 0;
    graph.forEachEdge((_key, a, source, target) => {
      if (a.relation !== "MENTIONED_IN") return;
      edges++;
      expect(entity(source).events.filter((e) => documentKey(e.document) === target)).toHaveLength(a.count);
    });
    const statements = new Set<string>();
    graph.forEachNode((key, a) => {
      if (isEntityNode(a)) for (const e of a.events) statements.add(`${key}|${e.document}`);
    });
    expect(edges).toBe(statements.size);
    expect(graph.getEdgeAttributes(edgeKey("MENTIONED_IN", "park:深圳工业软件园", documentKey(D002)))).toEqual({ relation: "MENTIONED_IN", count: 2 });
  });

  it("puts every indicator value on its Indicator node, targets and actuals", () => {
    let values = 0;
    graph.forEachNode((_key, a) => {
      if (isEntityNode(a)) values += a.values.length;
      if (isEntityNode(a) && a.kind !== "Indicator") expect(a.values).toEqual([]);
    });
    expect(values).toBe(corpus.indicators.length);
    const gdp = entity("indicator:地区生产总值").values.filter((v) => v.document === D001);
    expect(gdp.map((v) => [v.year, v.kind, v.measure, v.value, v.unit])).toEqual(
      expect.arrayContaining([
        [2024, "actual", "level", 5901, "亿元"], // 地区生产总值5901亿元
        [2025, "target", "growth", 6, "%"], // 地区生产总值增长6%左右
      ]),
    );
    for (const v of gdp) expect(originalText(corpus, D001).slice(v.start, v.end)).toBe(v.text);
  });

  it("gives a node to an indicator that only values name", () => {
    const ids = new Set(corpus.entities.map((e) => e.id));
    const orphan = corpus.indicators.find((v) => !ids.has(v.indicator));
    if (!orphan) return; // the extractor lists every indicator as an entity: nothing to check
    expect(entity(orphan.indicator)).toMatchObject({ kind: "Indicator", label: orphan.name, events: [] });
  });

  it("writes the metadata: format, schema version, corpus hash, extractor version, time of build, true counts", () => {
    expect(graph.getAttributes()).toMatchObject({
      format: "policy-kg/graph",
      schemaVersion: 2,
      corpusHash: corpus.corpusHash,
      extractorVersion: corpus.extractorVersion,
      builtAt: BUILT_AT,
    });
    expect(graph.getAttribute("counts")).toEqual(countGraph(graph));
    expect(graph.getAttribute("counts").nodes.Document).toBe(5);
  });

  it("is deterministic: two builds give the same serialisation", () => {
    const again = buildGraph(structuredClone(corpus), { builtAt: BUILT_AT });
    expect(JSON.stringify(again.export())).toBe(JSON.stringify(graph.export()));
  });

  it("refuses a corpus whose relation names an unknown entity, with CORPUS_INVALID", () => {
    const bad = { ...corpus, relations: [...corpus.relations, { ...corpus.relations[0]!, target: "place:nowhere" }] };
    const error = (() => {
      try {
        buildGraph(bad);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).code).toBe("CORPUS_INVALID");
  });
});
