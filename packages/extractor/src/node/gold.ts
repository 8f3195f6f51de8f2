/**
 * Load every gold annotation file of a folder and check it against its document text.
 */

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseGold, type Gold } from "../eval/gold";
import { ExtractError } from "../errors";

export async function loadGoldDir(dir: string): Promise<Gold[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".gold.json")).sort();
  } catch {
    throw new ExtractError("FILE_NOT_FOUND", "gold folder not found", dir);
  }
  const out: Gold[] = [];
  for (const n of names) {
    const file = join(dir, n);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      throw new ExtractError("GOLD_INVALID", `not valid JSON (${(e as Error).message})`, file);
    }
    out.push(parseGold(json, file));
  }
  return out;
}
