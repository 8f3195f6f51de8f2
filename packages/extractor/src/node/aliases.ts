/**
 * The user-editable alias file (data/aliases.yaml): merge, split, rename and reject rules that
 * override automatic entity resolution and survive re-extraction. Validated with a clear error.
 */

import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";
import { EMPTY_RULES, type AliasRules } from "../resolve/resolve";
import { ExtractError } from "../errors";

const Name = z.string().min(1);
const AliasFileSchema = z
  .object({
    merge: z.array(z.array(Name).min(2)).default([]),
    split: z.array(z.array(Name).length(2)).default([]),
    rename: z.record(Name, Name).default({}),
    reject: z.array(Name).default([]),
  })
  .strict();

export async function loadAliasRules(path: string | null): Promise<AliasRules> {
  if (!path) return EMPTY_RULES;
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return EMPTY_RULES;
    throw new ExtractError("FILE_UNREADABLE", `cannot read alias file (${(e as Error).message})`, path);
  }
  let data: unknown;
  try {
    data = parse(raw) ?? {};
  } catch (e) {
    throw new ExtractError("ALIASES_INVALID", `not valid YAML: ${(e as Error).message.split("\n")[0]}`, path);
  }
  const r = AliasFileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ExtractError("ALIASES_INVALID", `${issue.path.join(".") || "(top level)"}: ${issue.message}`, path);
  }
  return r.data;
}
