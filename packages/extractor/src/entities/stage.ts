/**
 * Lifecycle stage of each entity mention: the stage word of the clause it sits in — the first
 * one after the mention (so "A、B及C完工" gives all three "completed"), else the last one before
 * it ("建成A"). Stage words inside other names do not count.
 */

import type { Stage } from "../schema/vocabulary";
import type { EntityType } from "../schema/vocabulary";
import { PROGRAM_STAGE_WORDS, PROJECT_STAGE_WORDS, STAGE_WORDS } from "./lexicon";

interface StageHit {
  start: number;
  end: number;
  word: string;
}

/** What a stage word means for each kind of entity; undefined = says nothing about it. */
interface StageSense {
  all?: Stage;
  program?: Stage;
  project?: Stage;
}

const PROGRAM_TYPES: ReadonlySet<EntityType> = new Set(["Program", "Institution"]);
const SENSES = new Map<string, StageSense>();
for (const [w, s] of STAGE_WORDS) SENSES.set(w, { ...SENSES.get(w), all: s });
for (const [w, s] of PROGRAM_STAGE_WORDS) SENSES.set(w, { ...SENSES.get(w), program: s });
for (const [w, s] of PROJECT_STAGE_WORDS) SENSES.set(w, { ...SENSES.get(w), project: s });
const STAGE_RE = new RegExp(
  [...SENSES.keys()].sort((a, b) => b.length - a.length).join("|"),
  "g",
);

/** A programme that is a document (a policy, plan, list, N条) or a fund, not a service or model. */
const DOCUMENT_NAME = /(?:政策|方案|计划|办法|细则|指引|指南|清单|规划|纲要|条例|措施|编目|\d+条|券|基金)[”"]?$/;
const FUND_NAME = /基金[”"]?$/;

/**
 * Gold convention 11: 推出 a document = approved, 推出 a service or model = operating; a fund 落地
 * (arrives) = approved, a policy or reform 落地 (put into practice) = operating.
 */
function programSense(word: string, name: string): Stage | undefined {
  if (word === "推出") return DOCUMENT_NAME.test(name) ? "approved" : "operating";
  if (word === "落地") return FUND_NAME.test(name) ? "approved" : "operating";
  return undefined;
}

function senseFor(hit: StageHit, type: EntityType, name = ""): Stage | undefined {
  const sense = SENSES.get(hit.word)!;
  if (type === "Program") return programSense(hit.word, name) ?? sense.program ?? sense.all;
  // a hospital or school passing a review ("通过三甲医院评审") is recognized; a plan passing one is approved
  if (type === "Institution" && hit.word === "评审") return sense.all;
  if (PROGRAM_TYPES.has(type)) return sense.program ?? sense.all;
  if (type === "Project") return sense.project ?? sense.all;
  return sense.all;
}
const CLAUSE_BREAK = /[,;:。!?\n]/;

/** 获批 + a title ("获批国家级三级医院卒中中心") is a designation: recognized, not approved. */
const DESIGNATION = "获批#title";
SENSES.set(DESIGNATION, { all: "recognized" });
const TITLE_AFTER = /^(?:国家|全国|省级|省|市级)/;
/** 研究 as a noun ("研究成果", "研究院") says nothing of a stage. */
const NOUN_AFTER: Record<string, RegExp> = { 研究: /^(?:成果|院|所|生|会|中心|型)/ };

export interface Span {
  start: number;
  end: number;
}

/** Stage words in the text that do not fall inside any of the given name spans (sorted). */
export function findStageWords(text: string, names: readonly Span[]): StageHit[] {
  const inside = new Uint8Array(text.length);
  for (const n of names) inside.fill(1, n.start, n.end);
  const hits: StageHit[] = [];
  STAGE_RE.lastIndex = 0;
  for (let m = STAGE_RE.exec(text); m; m = STAGE_RE.exec(text)) {
    if (inside[m.index] || inside[m.index + m[0].length - 1]) continue;
    const end = m.index + m[0].length;
    if (NOUN_AFTER[m[0]]?.test(text.slice(end, end + 2))) continue;
    hits.push({ start: m.index, end, word: m[0] === "获批" && TITLE_AFTER.test(text.slice(end, end + 2)) ? DESIGNATION : m[0] });
  }
  return hits;
}

function firstHitAtOrAfter(hits: readonly StageHit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "完成X建设" = completed, "完成X编制" = approved: a finished verb before, the work after. */
const FINISHED_BEFORE = new Set(["完成", "全面完成"]);
const FINISHED_WORK: Record<string, Stage> = { 建设: "completed", 改造: "completed", 整治: "completed", 编制: "approved" };

/** Stage of the mention [start, end) given all stage hits of the document. */
export function stageOf(text: string, hits: readonly StageHit[], start: number, end: number, type: EntityType): Stage {
  const name = text.slice(start, end);
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(text[clauseStart - 1]!) && start - clauseStart < 80) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < text.length && !CLAUSE_BREAK.test(text[clauseEnd]!) && clauseEnd - end < 80) clauseEnd++;
  // hits before the mention within the clause; the last one may govern the mention directly
  let before: { hit: StageHit; stage: Stage } | null = null;
  for (let j = firstHitAtOrAfter(hits, clauseStart); j < hits.length && hits[j]!.end <= start; j++) {
    const stage = senseFor(hits[j]!, type, name);
    if (stage) before = { hit: hits[j]!, stage };
  }
  const adjacent = before !== null && /^[“”"\s]*$/.test(text.slice(before.hit.end, start)) ? before : null;
  for (let i = firstHitAtOrAfter(hits, end); i < hits.length && hits[i]!.start < clauseEnd; i++) {
    const stage = senseFor(hits[i]!, type, name);
    if (!stage) continue;
    const finished = before && FINISHED_BEFORE.has(before.hit.word) ? FINISHED_WORK[hits[i]!.word] : undefined;
    if (finished) return finished;
    // "开工建设A、10家企业入驻": the verb right before the name governs it, not a later one in a list
    if (adjacent && /[、\d]/.test(text.slice(end, hits[i]!.start))) return adjacent.stage;
    return stage;
  }
  return before?.stage ?? "mentioned";
}
