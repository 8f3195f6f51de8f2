/**
 * Parts of a counted term ("三全智能", "五个中心", "四个亟待提升", "1+1+1+1分类处置原则"): the
 * definition lists exactly as many items as the term counts, as consecutive quotes (“A”“B”), as one
 * quote split by 、 or +, or as a run "A、B和C" (also when the count follows the run: "调解、法律援助、
 * 仲裁、诉讼四大环节").
 */

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const LEAD = /^(?:即|指|是指|将|包括|加快推进|推进|正确处理好|以及|以)+/;
const TAIL = /(?:建设|等|[一二三四五六七八九十两]+[大个项种类对][\p{Script=Han}]*)$/u;

/** How many parts a term announces: 三全智能 → 3, 五个中心 → 5, 1+1+1+1分类处置原则 → 4. */
export function termCount(term: string): number | null {
  const formula = /^([\dA-Z]+(?:\+[\dA-Z]+)+)/.exec(term);
  if (formula) return formula[1]!.split("+").length;
  const n = /^([一二三四五六七八九十两])[个对大名全项种]?/u.exec(term);
  return n ? NUMERALS[n[1]!]! : null;
}

function clean(item: string): string {
  let s = item.replace(/[“”]/g, "").trim().replace(LEAD, "");
  const de = s.lastIndexOf("的");
  if (de >= 0 && de < s.length - 2 && !/关系$/.test(s)) s = s.slice(de + 1);
  return s.replace(TAIL, "").replace(/\(/g, "（").replace(/\)/g, "）").trim();
}

/** The parts of a counted term as named in its definition, or [] if no list fits the count. */
export function countedParts(term: string, definition: string): string[] {
  const wanted = termCount(term);
  const quotes = [...definition.matchAll(/“([^“”]{1,80})”/g)];
  // consecutive quotes: “A”“B”“C”
  for (let i = 0; i < quotes.length; i++) {
    const run = [quotes[i]!];
    while (i + run.length < quotes.length && quotes[i + run.length]!.index === run[run.length - 1]!.index! + run[run.length - 1]![0].length) {
      run.push(quotes[i + run.length]!);
    }
    if (run.length >= 2 && (wanted === null || run.length === wanted)) return run.map((q) => clean(q[1]!));
  }
  // one quote holding the list
  for (const q of quotes) {
    const items = q[1]!.split(/[、+]/);
    if (items.length >= 2 && (wanted === null ? false : items.length === wanted)) return items.map(clean);
  }
  // a run split by 、 / 和 / 及 inside one clause
  for (const clause of definition.split(/[,;。:]/)) {
    const items = clause.split(/、|和|及/);
    if (items.length < 2) continue;
    const counted = /([一二三四五六七八九十两])[大个项种类]/u.exec(items[items.length - 1]!);
    const n = wanted ?? (counted ? NUMERALS[counted[1]!]! : null);
    if (n === items.length) return items.map(clean);
  }
  return [];
}
