/**
 * Document metadata: from the corpus manifest when there is one, otherwise detected from the
 * text. Shared by the reader, the manifest loader and the extraction output.
 */

import { z } from "zod";
import { GENRES } from "./vocabulary";

export const DocumentMetaSchema = z.object({
  /** file name without extension, e.g. 001_6bbf6b6bd295e350 */
  id: z.string().min(1),
  /** path relative to the corpus folder (or as given on the command line) */
  file: z.string().min(1),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  district: z.string().nullable(),
  genre: z.enum(GENRES),
  /** date delivered (or written), ISO YYYY-MM-DD, YYYY-MM or YYYY */
  delivered: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  /** years whose work the document reviews (done) */
  yearsReviewed: z.array(z.number().int().min(1900).max(2100)),
  /** year the document plans for, if any */
  yearPlanned: z.number().int().min(1900).max(2100).nullable(),
  /** where the metadata came from */
  source: z.enum(["manifest", "detected"]),
  encoding: z.enum(["utf-8", "utf-8-bom", "gb18030"]).optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** One manifest entry: everything but the encoding and source, which the reader fills in. */
export const ManifestEntrySchema = DocumentMetaSchema.omit({ source: true, encoding: true }).strict();
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z
  .object({
    description: z.string().optional(),
    documents: z.array(ManifestEntrySchema).min(1),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;
