// The alias pairs, resolved on the real seed corpus: each short or variant name finds
// the one entity it names (seeds/README.md lists them).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractCorpus } from "../src/node/index";
import { lineage, type CorpusExtraction } from "../src/index";

const DATA = join(__dirname, "../../../data");
let corpus: CorpusExtraction;

beforeAll(async () => {
  ({ corpus } = await extractCorpus(DATA, { keepGoing: false, include: (id) => /^\d{3}_/.test(id) }));
}, 60_000);

describe("aliases across the seed corpus", () => {
  it.each([
    ["宝龙生物药创新先导区", "宝龙生物药创新发展先导区"],
    ["宝龙生物药创新先导区一期", "宝龙生物药创新发展先导区一期"],
    ["南科大", "南方科技大学"],
    ["港中大（深圳）医学院", "香港中文大学（深圳）医学院"],
    ["西坑粮库", "西坑粮食储备库"],
    ["区耳鼻喉医院新院区", "区耳鼻咽喉医院迁址重建工程"],
    // the glossary of 002: "“两核”指西核（信息数字核）和东核（低碳智造核）"
    ["信息数字核", "西核"],
    ["低碳智造核", "东核"],
  ])("%s names %s", (alias, name) => {
    expect(lineage(corpus, alias).entity.name).toBe(name);
    if (name.endsWith("核")) expect(lineage(corpus, alias).entity.type).toBe("Strategy");
  });
});
