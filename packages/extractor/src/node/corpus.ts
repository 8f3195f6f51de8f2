/**
 * Extract a whole corpus folder: manifest (or detected metadata), every document, entity
 * resolution with the user's alias rules, and a corpus hash. Reports progress; with
 * `keepGoing`, bad files are reported and skipped instead of stopping the run.
 */

import { createHash } from "node:crypto";
import { basename, join } from "node:path";
import { extractDocument } from "../extract";
import { resolveEntities } from "../resolve/resolve";
import type { CorpusExtraction, DocumentExtraction } from "../schema/output";
import type { DocumentMeta } from "../schema/document";
import { detectMetadata } from "../read/metadata";
import { ExtractError, isExtractError } from "../errors";
import { readDocumentFile } from "./files";
import { resolveCorpus } from "./manifest";
import { loadAliasRules } from "./aliases";

export interface CorpusOptions {
  /** skip unreadable documents instead of failing (default false) */
  keepGoing?: boolean;
  maxBytes?: number;
  /** alias rules file; default `<dir>/aliases.yaml`; null for none */
  aliasesPath?: string | null;
  /** only documents whose id passes this filter */
  include?: (id: string) => boolean;
  onProgress?: (done: number, total: number, id: string) => void;
}

export interface CorpusResult {
  corpus: CorpusExtraction;
  documents: DocumentExtraction[];
  texts: Map<string, string>;
  errors: ExtractError[];
}

export async function extractCorpus(dir: string, options: CorpusOptions = {}): Promise<CorpusResult> {
  const entries = await resolveCorpus(dir);
  const rules = await loadAliasRules(options.aliasesPath === undefined ? join(dir, "aliases.yaml") : options.aliasesPath);
  const documents: DocumentExtraction[] = [];
  const texts = new Map<string, string>();
  const errors: ExtractError[] = [];
  const selected = entries.filter((e) => !options.include || options.include(e.entry?.id ?? basename(e.path).replace(/\.(txt|md)$/, "")));
  let done = 0;
  for (const { entry, path } of selected) {
    try {
      const doc = await readDocumentFile(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
      const meta: DocumentMeta = entry
        ? { ...entry, source: "manifest", encoding: doc.encoding }
        : { ...detectMetadata(doc.text, doc.id, doc.file), encoding: doc.encoding };
      documents.push(extractDocument({ text: doc.text, meta }));
      texts.set(meta.id, doc.text);
    } catch (e) {
      if (!isExtractError(e) || !options.keepGoing) throw e;
      errors.push(e);
    }
    options.onProgress?.(++done, selected.length, entry?.id ?? path);
  }
  documents.sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
  const hash = createHash("sha256");
  for (const d of documents) hash.update(d.document.id).update("\0").update(texts.get(d.document.id)!).update("\0");
  const corpus = resolveEntities(documents, rules, `sha256:${hash.digest("hex")}`);
  return { corpus, documents, texts, errors };
}
