/**
 * Glossary ("有关名词解释") entries: a term, its definition, and — where the definition names the
 * term's parts ("“一芯”指…，“两核”指西核（信息数字核）和东核（低碳智造核）…") — the parts and what
 * each includes, for PART_OF relations.
 */

import { recognize } from "../entities/recognize";
import { canonicalName } from "../entities/names";
import { longestSuffix, typeOfSuffix } from "../entities/grammar";
import { retype } from "../entities/retype";
import { countedParts } from "./counted";
import { slotParts } from "./slots";

export interface RawGlossaryPart {
  name: string;
  /** other names of the part given in parentheses: 西核（信息数字核） */
  aliases: string[];
  includes: string[];
  /** an item of a counted list ("三全" → 全身智能): a part of the term, not an entity of its own */
  counted?: boolean;
  /** cleaned offsets of the part's segment */
  start: number;
  end: number;
}

export interface RawGlossaryEntry {
  term: string;
  /** a term with parts is a strategy, or a programme when its name says so (…机制, …政策体系) */
  type: "Strategy" | "Program";
  definition: string;
  /** cleaned offsets of the whole entry and of the term */
  start: number;
  end: number;
  termStart: number;
  termEnd: number;
  parts: RawGlossaryPart[];
}

const ENTRY_LINE = /^\s*(\d{1,2})[.、]\s*([^:。\n]{1,40}?)\s*:\s*(.+)$/gm;
const PART_SEGMENT = /“([^“”]{1,8})”(?:是指|指的是|指|即|是|为)/g;
const SUBPARTS = /^([^,;。()、和与及]{1,6})\(([^)]{1,12})\)(?:和|、|与|及)([^,;。()、和与及]{1,6})\(([^)]{1,12})\)/;
const INCLUDE_TYPES = new Set(["Park", "Place", "Project", "Institution"]);

/**
 * The type of a glossary term: a strategy ("一芯两核多支点", "20+8"), unless its name makes it a
 * programme (gold convention: a named …机制/…体系 is a Program; "三名工程" like "百千万工程").
 */
export function glossaryTermType(term: string): "Strategy" | "Program" {
  const suffix = longestSuffix(term);
  const type = suffix ? typeOfSuffix(suffix) : null;
  return type && retype(term, type, true) === "Program" ? "Program" : "Strategy";
}

/**
 * `glossaryStart` is the cleaned offset where a 名词解释 section starts (or -1); `isBoldLine`
 * tells whether an entry line had a bold term in the original (glossaries without a heading).
 */
export function extractGlossary(text: string, glossaryStart: number, isBoldLine: (offset: number) => boolean): RawGlossaryEntry[] {
  const out: RawGlossaryEntry[] = [];
  ENTRY_LINE.lastIndex = 0;
  // without a 名词解释 heading, a glossary is a numbered run of entries that starts with a bold one
  let lastNumber = -1;
  for (let m = ENTRY_LINE.exec(text); m; m = ENTRY_LINE.exec(text)) {
    const inGlossary = glossaryStart >= 0 && m.index >= glossaryStart;
    const number = Number(m[1]);
    const continues = lastNumber >= 0 && number === lastNumber + 1;
    if (!inGlossary && !continues && !isBoldLine(m.index)) {
      lastNumber = -1;
      continue;
    }
    lastNumber = number;
    const rawTerm = m[2]!;
    const definition = m[3]!;
    const termStart = m.index + m[0].indexOf(rawTerm);
    const definitionStart = m.index + m[0].length - definition.length;
    const term = canonicalName(rawTerm.replace(/^(?:省委|市委|区委|国务院|党中央)/, ""), "Strategy");
    let parts = slotParts(term, definition, definitionStart) ?? parseParts(text, definitionStart, m.index + m[0].length);
    if (parts.length === 0) {
      const end = m.index + m[0].length;
      parts = countedParts(term, definition).map((name) => ({ name, aliases: [], includes: [], counted: true, start: definitionStart, end }));
    }
    const entry: RawGlossaryEntry = {
      term,
      type: glossaryTermType(term),
      definition: definition.trim(),
      start: m.index,
      end: m.index + m[0].length,
      termStart,
      termEnd: termStart + rawTerm.length,
      parts,
    };
    out.push(entry);
  }
  return out;
}

function parseParts(text: string, start: number, end: number): RawGlossaryPart[] {
  const def = text.slice(start, end);
  const heads: { name: string; at: number; bodyAt: number }[] = [];
  PART_SEGMENT.lastIndex = 0;
  for (let m = PART_SEGMENT.exec(def); m; m = PART_SEGMENT.exec(def)) {
    heads.push({ name: m[1]!, at: m.index, bodyAt: m.index + m[0].length });
  }
  const parts: RawGlossaryPart[] = [];
  heads.forEach((h, i) => {
    const segEnd = i + 1 < heads.length ? heads[i + 1]!.at : def.length;
    // what a part includes is named before the goal it serves ("…，打造…")
    const full = def.slice(h.bodyAt, segEnd);
    const goal = full.search(/[,;]\s*(?:打造|建设成|建成|成为|形成|争创|努力)/);
    const body = goal > 0 ? full.slice(0, goal) : full;
    const includes: string[] = [];
    const aliases: string[] = [];
    const sub = SUBPARTS.exec(body);
    if (sub) {
      includes.push(sub[1]!, sub[3]!);
    }
    const quoted = /^“([^“”]{1,12})”/.exec(body);
    if (quoted) includes.push(quoted[1]!);
    if (!sub) {
      for (const c of recognize(body)) {
        if (INCLUDE_TYPES.has(c.type) && !includes.includes(c.name) && c.name !== h.name) includes.push(c.name);
      }
    }
    parts.push({ name: h.name, aliases, includes, start: start + h.at, end: start + segEnd });
    if (sub) {
      // each sub-part (西核, 东核) with its alias and what the rest of the segment gives it
      const subs = [
        { name: sub[1]!, alias: sub[2]! },
        { name: sub[3]!, alias: sub[4]! },
      ];
      subs.forEach((s, k) => {
        const from = full.indexOf(s.name, sub[0].length);
        const next = k + 1 < subs.length ? full.indexOf(subs[k + 1]!.name, Math.max(from + 1, sub[0].length)) : -1;
        const segment = from >= 0 ? full.slice(from, next > from ? next : full.length).split(/[,;]\s*(?:打造|建设成|建成|成为|形成)/)[0]! : "";
        const subIncludes = recognize(segment.slice(s.name.length))
          .filter((c) => INCLUDE_TYPES.has(c.type) && c.name !== s.name)
          .map((c) => c.name);
        parts.push({
          name: s.name,
          aliases: [s.alias],
          includes: [s.alias, ...new Set(subIncludes)],
          start: start + h.bodyAt + Math.max(0, from),
          end: start + h.bodyAt + (next > from ? next : full.length),
        });
      });
    }
  });
  return parts;
}
