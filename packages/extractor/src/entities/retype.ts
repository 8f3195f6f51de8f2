/**
 * Type decisions that depend on the whole name rather than on its last suffix (gold-guideline
 * conventions): phases are Projects, buildings inside a named park are Projects, national titles
 * ("国家…示范区") are Programs, numeric quoted plans ("十五五", "百千万工程") are Programs.
 */

import type { EntityType } from "../schema/vocabulary";
import { SUFFIX_TYPES } from "./lexicon";

const PHASE = /(?:[一二三四五六七八九十]期(?:工程|项目)?(?:[一二三四五六七八九十]批)?|（[一二三四五六七八九十]期）)$/;
const PARK_SUFFIXES = SUFFIX_TYPES.filter(([, t]) => t === "Park").map(([s]) => s).filter((s) => s.length >= 2);
const TITLE = /^(?:国家|全国|省级|广东省|深圳市)\p{Script=Han}*(?:示范区|试验区|普及普惠区|均衡发展区|示范城区|试点区)$/u;
const BRANCH = /(?:研究中心|研究院|大学|医院|实验室|中心)\p{Script=Han}{2,4}基地$/u;
const FIVE_YEAR_PLAN = /^[十]?[一二三四五六七八九十]五$/;
const NUMERIC_PLAN = /^[一二三四五六七八九十两双百千万]+\p{Script=Han}*(?:工程|计划|清单|告知|券|服务圈|行动|政策)$/u;

/** The type a recognised name should carry, given the type its suffix suggested. */
export function retype(name: string, type: EntityType, quoted = false): EntityType {
  if (PHASE.test(name) && name.length > 3) return "Project";
  if (type === "Institution" && /中心$/.test(name) && !/分中心$/.test(name)) {
    const inner = name.slice(0, -2);
    if (PARK_SUFFIXES.some((s) => inner.includes(s) && !inner.endsWith(s) && inner.indexOf(s) >= 2)) return "Project";
  }
  if ((type === "Park" || type === "Place") && TITLE.test(name)) return "Program";
  // a body's branch: "国家应急医学研究中心深圳基地"
  if (type === "Park" && BRANCH.test(name)) return "Institution";
  if (quoted || type === "Strategy") {
    if (FIVE_YEAR_PLAN.test(name)) return "Program";
    if (NUMERIC_PLAN.test(name)) return "Program";
  }
  return type;
}
