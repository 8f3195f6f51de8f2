/**
 * Numeral slots of a formula term ("1+1+10+N经济运行调度机制", "20+8", "项目审批1+N政策体系") and
 * what the definition says fills each: “1”个经济运行调度领导小组、…和“N”个成员单位构成; “1”为《…》,
 * “N”包括《…》《…》; “11”和“N”为A及B; “1”是指依托A建设一个B; 其中 20 个产业集群为A、B;C…
 */

import type { RawGlossaryPart } from "./glossary";

const FORMULA = /([\dN]+(?:\+[\dN]+)+)/;
/** “1”为 / “1”个 / “1”是指 / “N”包括 / “11”和“N”为 */
const QUOTED_SLOT = /“([\dN]+)”(?:(?:和|、)“([\dN]+)”)?\s*(是指|指|为|包括|个)/g;
/** 其中 20 个产业集群为 …: an unquoted slot names its list */
const PLAIN_SLOT = /(?<![\d.+])([\dN]+)\s*(?:个|大|项)[^,;。:为]{1,10}为/g;
const LEADING_QUANTITY = /^(?:一个|一家|一所|数个|若干)/;

interface Marker {
  names: string[];
  at: number;
  bodyAt: number;
  list: boolean;
}

function markers(definition: string, slots: ReadonlySet<string>): Marker[] {
  const quoted = [...definition.matchAll(QUOTED_SLOT)]
    .filter((m) => slots.has(m[1]!))
    .map((m) => ({ names: [m[1]!, m[2]].filter((n): n is string => !!n), at: m.index, bodyAt: m.index + m[0].length, list: false }));
  if (quoted.length >= 2) return quoted;
  const plain = [...definition.matchAll(PLAIN_SLOT)]
    .filter((m) => slots.has(m[1]!))
    .map((m) => ({ names: [m[1]!], at: m.index, bodyAt: m.index + m[0].length, list: true }));
  return plain.length >= 2 ? plain : [];
}

/** What one slot's segment names: titles, a list, two names for two slots, or the place and body built there. */
function items(segment: string, marker: Marker): string[] {
  const titles = [...segment.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!);
  if (titles.length > 0) return titles;
  const sentence = segment.split(/。/)[0]!;
  if (marker.list) return sentence.split(/[、;]/).map((s) => s.trim()).filter((s) => s.length > 0);
  const clause = sentence.split(/[,;]/)[0]!.replace(/[、和及与\s]*(?:构成|组成)?$/, "").trim();
  if (marker.names.length === 2) {
    const pair = clause.split(/及|和/);
    return pair.length === 2 ? pair.map((s) => s.trim()) : [];
  }
  // "依托龙岗区人才大市场建设一个区级智能招聘服务厅", "在每个街道分别设立一家就业驿站"
  return clause
    .split(/依托|建设|设立/)
    .map((s) => s.trim().replace(LEADING_QUANTITY, ""))
    .filter((s) => s.length >= 2 && !/^(?:在|每|分别)/.test(s));
}

/** The slot parts of a formula term, or null when the term has no formula or the definition no slots. */
export function slotParts(term: string, definition: string, definitionStart: number): RawGlossaryPart[] | null {
  const formula = FORMULA.exec(term);
  if (!formula) return null;
  const found = markers(definition, new Set(formula[1]!.split("+")));
  if (found.length === 0) return null;
  return found.flatMap((m, i) => {
    const end = i + 1 < found.length ? found[i + 1]!.at : definition.length;
    const named = items(definition.slice(m.bodyAt, end), m);
    return m.names.map((name, k) => ({
      name,
      aliases: [],
      includes: m.names.length === 2 ? named.slice(k, k + 1) : named,
      counted: true,
      start: definitionStart + m.at,
      end: definitionStart + end,
    }));
  });
}
