/**
 * Canonical entity names: the form used for ids and display. Joins what the cleaner left,
 * strips slogan quotes, restores Chinese full-width parentheses, and for strategies keeps the
 * slogan itself ("“一芯两核多支点”区域发展战略" → 一芯两核多支点).
 */

import type { EntityType } from "../schema/vocabulary";

const STRATEGY_TAIL = /^(?:[^“”]{0,4})“([^“”]+)”(?:区域发展战略|发展战略|战略|具体部署|建设部署|发展格局|部署)?$/;

export function canonicalName(raw: string, type: EntityType): string {
  let s = raw.replace(/\s+/g, (m, i: number) => (/[A-Za-z0-9]/.test(raw[i - 1] ?? "") && /[A-Za-z0-9]/.test(raw[i + m.length] ?? "") ? " " : ""));
  if (type === "Strategy") {
    const m = STRATEGY_TAIL.exec(s);
    if (m) s = m[1]!;
  }
  s = s.replace(/[“”"《》]/g, "");
  s = s.replace(/\(/g, "（").replace(/\)/g, "）");
  return s;
}

/** Key for comparing names: no parentheses style, quotes, spaces or case differences. */
export function nameKey(name: string): string {
  return name
    .replace(/[\s“”"《》·]/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}
