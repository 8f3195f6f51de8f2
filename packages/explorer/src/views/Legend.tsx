/**
 * Legend: one row per node kind with its colour and how many of its nodes the current view shows.
 */

import { useMemo } from "react";
import type { Dataset } from "../core/data/dataset";
import { DISPLAY_KINDS, KIND_COLORS, KIND_NAMES, type DisplayKind } from "../core/appearance/palette";
import { useAtomValue } from "../core/utils/atoms";
import { modeAtom, yearAtom } from "../core/time";

export function Legend({ dataset }: { dataset: Dataset }) {
  const year = useAtomValue(yearAtom);
  const mode = useAtomValue(modeAtom);
  const counts = useMemo(() => {
    const view = year === null ? null : dataset.view(year, mode);
    const out = new Map<DisplayKind, number>();
    dataset.display.forEachNode((key, a) => {
      if (!view || view.nodes.has(key)) out.set(a.kind, (out.get(a.kind) ?? 0) + 1);
    });
    return out;
  }, [dataset, year, mode]);
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <h2>Node types</h2>
      <ul>
        {DISPLAY_KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            <span className="swatch" style={{ background: KIND_COLORS[kind] }} />
            <span className="name">{KIND_NAMES[kind]}</span>
            <span className="count">{counts.get(kind) ?? 0}</span>
          </li>
        ))}
      </ul>
      <p className="hint">Size: statements about a node. Label: name · stage in the chosen year.</p>
    </section>
  );
}
