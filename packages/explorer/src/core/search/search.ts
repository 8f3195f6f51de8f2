/**
 * Search over entity and document names and aliases: Chinese substrings (after width folding),
 * and pinyin, full ("lianghe", from a syllable start) or initials ("yxlh"). The index is built
 * once per snapshot; pinyin is added afterwards by addPinyin with a converter passed in (the
 * explorer loads pinyin-pro lazily), so the module stays pure and small. Results are ranked
 * (exact > prefix > substring > pinyin), then by how much is said about the entity, and grouped
 * by kind in the legend's order.
 */

import { foldText, isLatinQuery } from "./normalize";

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  aliases: readonly string[];
  /** how much is said about it (ranks equal matches) */
  weight: number;
}

interface Name {
  text: string;
  folded: string;
  /** pinyin syllables joined, and where each syllable starts */
  pinyin?: string;
  starts?: number[];
  initials?: string;
}

interface Indexed {
  entry: SearchEntry;
  names: Name[];
}

export interface SearchIndex {
  items: Indexed[];
  pinyin: boolean;
}

/** Syllables of a text, one per character ("" or the character itself for non-Chinese ones). */
export type ToPinyin = (text: string) => string[];

export interface SearchHit {
  key: string;
  label: string;
  kind: string;
  /** the name or alias that matched */
  matched: string;
  score: number;
}

export interface SearchGroup {
  kind: string;
  hits: SearchHit[];
  /** hits of this kind beyond the limit */
  more: number;
}

export interface SearchOptions {
  /** kinds in display order; other kinds follow in alphabetical order */
  kinds?: readonly string[];
  /** hits shown per kind; default 8 */
  limit?: number;
}

export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const items: Indexed[] = [];
  for (const entry of entries) {
    const texts = [...new Set([entry.label, ...entry.aliases])];
    items.push({ entry, names: texts.map((text) => ({ text, folded: foldText(text) })) });
  }
  return { items, pinyin: false };
}

/** Add pinyin to every name of the index (in place), with `toPinyin` giving one syllable per character. */
export function addPinyin(index: SearchIndex, toPinyin: ToPinyin): void {
  for (const item of index.items) {
    for (const name of item.names) {
      const syllables = toPinyin(name.text)
        .map((s) => foldText(s).replace(/[^a-z0-9]/g, ""))
        .filter((s) => s !== "");
      const starts: number[] = [];
      let joined = "";
      for (const s of syllables) {
        starts.push(joined.length);
        joined += s;
      }
      name.pinyin = joined;
      name.starts = starts;
      name.initials = syllables.map((s) => s[0]).join("");
    }
  }
  index.pinyin = true;
}

/** Score of one name for a folded query: higher is better, 0 = no match. */
function scoreName(name: Name, q: string, latin: boolean): number {
  if (name.folded === q) return 100;
  if (name.folded.startsWith(q)) return 80;
  if (name.folded.includes(q)) return 60;
  if (!latin || name.pinyin === undefined) return 0;
  if (name.pinyin === q || name.initials === q) return 50;
  if (name.pinyin.startsWith(q)) return 45;
  if (name.initials!.startsWith(q)) return 40;
  if (name.starts!.some((s) => name.pinyin!.startsWith(q, s))) return 35;
  if (q.length >= 2 && name.initials!.includes(q)) return 30;
  return 0;
}

export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchGroup[] {
  const q = foldText(query);
  if (q === "") return [];
  const latin = isLatinQuery(q);
  const byKind = new Map<string, (SearchHit & { weight: number })[]>();
  for (const { entry, names } of index.items) {
    let best: { score: number; name: Name } | null = null;
    for (const name of names) {
      const score = scoreName(name, q, latin);
      // the label wins ties over an alias
      if (score > 0 && (!best || score > best.score)) best = { score, name };
    }
    if (!best) continue;
    let list = byKind.get(entry.kind);
    if (!list) byKind.set(entry.kind, (list = []));
    list.push({ key: entry.key, label: entry.label, kind: entry.kind, matched: best.name.text, score: best.score, weight: entry.weight });
  }
  const order = options.kinds ?? [];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const limit = options.limit ?? 8;
  return [...byKind.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, hits]) => {
      hits.sort((a, b) => b.score - a.score || b.weight - a.weight || a.label.length - b.label.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return { kind, hits: hits.slice(0, limit).map(({ weight: _w, ...h }) => h), more: Math.max(0, hits.length - limit) };
    });
}
