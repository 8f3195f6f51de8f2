// The strategy view's tree on the real seed graph: 一芯两核多支点 → parts (sub-parts nested) →
// what they include → located in them / their place; every row backed by an edge of the graph;
// the list of strategies; which tree a selection shows; which rows start open.
import { beforeAll, describe, expect, it } from "vitest";
import { isRelationEdge, runEmbeddedQuery, type EdgeRelation, type PolicyGraph } from "@policy-kg/graph";
import { pathTo, selectedPath, strategyTree, treeRows, type StrategyTreeItem } from "../src/core/strategy/tree";
import { strategiesAbove, strategyList, treeForSelection } from "../src/core/strategy/strategies";
import { isExpanded } from "../src/core/strategy";
import { seedGraph } from "./fixture";

const STRATEGY = "strategy:一芯两核多支点";
let graph: PolicyGraph;
let tree: StrategyTreeItem;
beforeAll(async () => {
  graph = await seedGraph();
  tree = strategyTree(graph, { strategy: "一芯两核多支点" });
});

const hasEdge = (source: string, target: string, relations: readonly EdgeRelation[]) =>
  graph.someOutEdge(source, (_e, a, _s, t) => t === target && isRelationEdge(a) && relations.includes(a.relation));
const child = (item: StrategyTreeItem, label: string) => item.children.find((c) => c.label === label);
const inNeighbours = (key: string, relation: EdgeRelation) => graph.filterInNeighbors(key, (n) => hasEdge(n, key, [relation]));

describe("strategyTree", () => {
  it("puts the parts under the strategy in the order of its name, sub-parts under their part", () => {
    expect(tree.key).toBe(STRATEGY);
    expect(tree.children.filter((c) => c.role === "part").map((c) => c.label)).toEqual(["一芯", "两核", "多支点"]);
    const twoCores = child(tree, "两核")!;
    expect(twoCores.children.filter((c) => c.role === "part").map((c) => c.label)).toEqual(["东核", "西核"]);
    // every part the graph's strategy-parts query gives is in the tree
    const query = runEmbeddedQuery(graph, "strategy-parts", { strategy: STRATEGY });
    const partKeys = new Set(treeRows(tree).filter((r) => r.item.role === "part").map((r) => r.item.key));
    expect([...partKeys].sort()).toEqual(query.parts.map((p) => p.id).sort());
    // each part lists everything PART_OF or UNDER_STRATEGY it
    for (const part of query.parts) {
      const row = treeRows(tree).find((r) => r.item.key === part.id)!.item;
      expect(row.children.map((c) => c.key).sort(), part.label).toEqual(expect.arrayContaining(part.under.map((m) => m.id)));
    }
    // 信息数字核 is 西核's other name (an alias), not a member of it; 坂雪岗科技城 is a member
    expect(child(child(twoCores, "西核")!, "坂雪岗科技城")?.role).toBe("member");
    expect(child(child(twoCores, "西核")!, "信息数字核")).toBeUndefined();
  });

  it("shows the places and initiatives of a part, each row backed by an edge of the graph", () => {
    const rows = treeRows(tree);
    const parentOf = new Map(rows.flatMap(({ item }) => item.children.map((c) => [c.id, item] as const)));
    for (const { item } of rows.slice(1)) {
      const parent = parentOf.get(item.id)!;
      const backed = {
        strategy: false,
        part: hasEdge(item.key, parent.key, ["PART_OF"]),
        member: hasEdge(item.key, parent.key, ["PART_OF", "UNDER_STRATEGY"]),
        located: hasEdge(item.key, parent.key, ["LOCATED_IN"]),
        phase: hasEdge(item.key, parent.key, ["PHASE_OF"]),
        place: hasEdge(parent.key, item.key, ["LOCATED_IN"]),
        colocated: hasEdge(item.key, parent.key, ["LOCATED_IN"]),
      }[item.role];
      expect(backed, `${parent.label} > ${item.label} (${item.role})`).toBe(true);
    }
    // a park of 一芯 with the place it is in, and the other initiatives located there
    const park = child(child(tree, "一芯")!, "大运深港国际科教城")!;
    const place = park.children.find((c) => c.role === "place")!;
    expect(place.kind).toBe("Place");
    expect(place.children.map((c) => c.key).sort()).toEqual(inNeighbours(place.key, "LOCATED_IN").filter((k) => k !== park.key).sort());
    expect(place.children.length).toBeGreaterThan(0);
    // a place a part includes lists the initiatives located in it (none in the seeds now that a
    // glossary definition puts nothing under its part; every such row is still checked)
    for (const part of tree.children) {
      for (const p of part.children.filter((c) => c.kind === "Place")) {
        expect(p.children.filter((c) => c.role === "located").map((c) => c.key).sort()).toEqual(inNeighbours(p.key, "LOCATED_IN").sort());
      }
    }
  });

  it("has unique row ids and never repeats a node along a path", () => {
    const ids = treeRows(tree).map((r) => r.item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const keys = id.split(" > ");
      expect(new Set(keys).size, id).toBe(keys.length);
    }
  });

  it("finds a strategy by alias; an unknown one is ENTITY_NOT_FOUND; maxDepth cuts the tree", () => {
    expect(strategyTree(graph, { strategy: "一芯两核多支点发展战略" }).key).toBe(STRATEGY);
    expect(() => strategyTree(graph, { strategy: "没有这个战略" })).toThrow(expect.objectContaining({ code: "ENTITY_NOT_FOUND" }));
    const shallow = strategyTree(graph, { strategy: STRATEGY, maxDepth: 1 });
    expect(shallow.children.length).toBe(tree.children.length);
    expect(shallow.children.every((c) => c.children.length === 0)).toBe(true);
  });
});

describe("strategies", () => {
  it("lists strategies with parts, not the parts themselves", () => {
    const list = strategyList(graph);
    expect(list[0]?.key).toBe(STRATEGY);
    expect(list.map((s) => s.key)).not.toContain("strategy:两核");
    for (const s of list) expect(s.parts + s.direct, s.label).toBeGreaterThan(0);
  });

  it("finds the tree of a selected part, member or initiative", () => {
    expect(strategiesAbove(graph, "park:坂雪岗科技城")).toEqual([STRATEGY]);
    const forPart = treeForSelection(graph, "park:坂雪岗科技城", null);
    expect(forPart?.key).toBe(STRATEGY);
    expect(pathTo(forPart!, "park:坂雪岗科技城").map((id) => id.split(" > ").at(-1))).toEqual([STRATEGY, "strategy:两核", "strategy:西核", "park:坂雪岗科技城"]);
    // a park only co-located with a member: the open tree shows it, nothing above it leads to a strategy
    expect(treeForSelection(graph, "park:深圳工业软件园", STRATEGY)?.key).toBe(STRATEGY);
    expect(treeForSelection(graph, "park:深圳工业软件园", null)).toBeNull();
    expect(treeForSelection(graph, "Document:001_6bbf6b6bd295e350", STRATEGY)).toBeNull();
  });

  it("marks the row that was clicked when a node shows in several rows", () => {
    const rows = treeRows(tree).filter((r) => r.item.key === "project:横岗眼镜街区提升工程");
    expect(rows.length).toBeGreaterThan(1);
    const second = rows[1]!.item.id;
    expect(selectedPath(tree, "project:横岗眼镜街区提升工程", second).at(-1)).toBe(second);
    expect(selectedPath(tree, "project:横岗眼镜街区提升工程", null).at(-1)).toBe(rows[0]!.item.id);
    expect(selectedPath(tree, "park:湾东智芯", second).at(-1)).toContain("park:湾东智芯");
  });

  it("opens the root and the parts at first, and the rows above the selection", () => {
    const none = new Map<string, boolean>();
    const park = treeRows(tree).find((r) => r.item.key === "park:大运深港国际科教城")!.item;
    expect(isExpanded(none, tree, [])).toBe(true);
    expect(isExpanded(none, child(tree, "两核")!, [])).toBe(true);
    expect(isExpanded(none, park, [])).toBe(false);
    const path = pathTo(tree, "institution:大运中心");
    expect(path).toContain(park.id);
    expect(isExpanded(none, park, path)).toBe(true);
    expect(isExpanded(new Map([[park.id, false]]), park, path)).toBe(false);
  });
});
