/**
 * Appearance of the graph: one colour per node kind (the entity types of the vocabulary, plus
 * documents), their names for the legend, short stage names, and node sizes from the number of
 * statements about a node. Names of kinds, stages and modalities are in the UI language (the
 * message catalogues of core/i18n), the current one unless a locale is given. No sigma.
 */

import { ENTITY_TYPES, STAGES, type EntityType, type Modality, type Stage } from "@policy-kg/extractor";
import { localeAtom, translate, type Locale } from "../i18n";

export type DisplayKind = EntityType | "Document";
export const DISPLAY_KINDS: readonly DisplayKind[] = [...ENTITY_TYPES, "Document"];

/** Tableau-10-like palette; documents dark grey so entities stand out. */
export const KIND_COLORS: Readonly<Record<DisplayKind, string>> = {
  Project: "#4e79a7",
  Park: "#f28e2b",
  Institution: "#e15759",
  Enterprise: "#76b7b2",
  Program: "#59a14f",
  Strategy: "#edc948",
  Place: "#b07aa1",
  Goal: "#ff9da7",
  Indicator: "#9c755f",
  Document: "#3b3b3b",
};

/** A node kind's name in a UI language. */
export function kindName(kind: DisplayKind, locale: Locale = localeAtom.get()): string {
  return translate(locale, `kind.${kind}`);
}

/** A lifecycle stage's short name in a UI language. */
export function stageName(stage: Stage, locale: Locale = localeAtom.get()): string {
  return translate(locale, `stage.${stage}`);
}

/** A modality's name in a UI language. */
export function modalityName(modality: Modality, locale: Locale = localeAtom.get()): string {
  return translate(locale, `modality.${modality}`);
}

export const STAGE_ORDER: readonly Stage[] = STAGES;

/** Colour for nodes faded out by a highlight. */
export const FADED_COLOR = "#e2e2e2";

/** Node size from the number of statements (events and indicator values) about it: grows with the square root, bounded. */
export function nodeSize(statements: number, kind: DisplayKind): number {
  const base = kind === "Document" ? 5 : 2;
  const max = kind === "Document" ? 12 : 14;
  return Math.min(max, base + (kind === "Document" ? 0.3 : 1.2) * Math.sqrt(Math.max(0, statements)));
}
