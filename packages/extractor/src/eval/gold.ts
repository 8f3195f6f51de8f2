/**
 * Gold annotation files (data/gold/<document>.gold.json): the schema they follow
 * (docs/gold-guidelines.md) and a check that every span and evidence string really is in the
 * document, so a gold file cannot silently drift from its text.
 */

import { z } from "zod";
import { ENTITY_TYPES, INDICATOR_KINDS, MEASURES, MODALITIES, QUALIFIERS, STAGES } from "../schema/vocabulary";
import { ExtractError } from "../errors";

export const GoldSchema = z.object({
  document: z.string(),
  annotator: z.string().optional(),
  scope: z.union([z.literal("full"), z.object({ start: z.number().int(), end: z.number().int(), note: z.string().optional() })]),
  entities: z.array(
    z.object({
      name: z.string().min(1),
      type: z.enum(ENTITY_TYPES),
      aliases: z.array(z.string()).default([]),
      span: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
    }),
  ),
  events: z.array(
    z.object({
      entity: z.string(),
      year: z.number().int(),
      modality: z.enum(MODALITIES),
      stage: z.enum(STAGES),
      evidence: z.string(),
    }),
  ),
  glossary: z.array(z.object({ term: z.string(), parts: z.array(z.object({ name: z.string(), includes: z.array(z.string()) })) })).default([]),
  indicators: z.array(
    z.object({
      indicator: z.string(),
      year: z.number().int(),
      kind: z.enum(INDICATOR_KINDS),
      measure: z.enum(MEASURES),
      value: z.number(),
      unit: z.string(),
      qualifier: z.enum(QUALIFIERS),
      evidence: z.string(),
    }),
  ),
});
export type Gold = z.infer<typeof GoldSchema>;

export function parseGold(json: unknown, file: string): Gold {
  const r = GoldSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ExtractError("GOLD_INVALID", `${issue.path.join(".")}: ${issue.message}`, file);
  }
  return r.data;
}

/** Problems with a gold file against its document text (empty list = consistent). */
export function checkGold(gold: Gold, text: string): string[] {
  const problems: string[] = [];
  for (const e of gold.entities) {
    if (text.slice(e.span.start, e.span.end) !== e.span.text) problems.push(`entity ${e.name}: span ${e.span.start}-${e.span.end} is not "${e.span.text}"`);
  }
  for (const ev of gold.events) if (!text.includes(ev.evidence)) problems.push(`event ${ev.entity}: evidence not in text`);
  for (const iv of gold.indicators) if (!text.includes(iv.evidence)) problems.push(`indicator ${iv.indicator}: evidence not in text`);
  const names = new Set(gold.entities.flatMap((e) => [e.name, ...e.aliases]));
  for (const ev of gold.events) if (!names.has(ev.entity)) problems.push(`event names unknown entity ${ev.entity}`);
  return problems;
}
