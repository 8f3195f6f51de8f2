/**
 * Legend: one row per node kind with its colour and how many of its nodes the current view shows
 * (year, mode, filters and ego network: the nodes drawn).
 */

import { useMemo } from "react";
import type { Dataset } from "../core/data/dataset";
import { DISPLAY_KINDS, KIND_COLORS, KIND_NAMES, type DisplayKind } from "../core/appearance/palette";
import { useCurrentView } from "../core/view";

export function Legend({ dataset }: { dataset: Dataset }) {
  // what is drawn: year, mode, filters, ego network (core/view)
  const view = useCurrentView(dataset);
  const counts = useMemo(() => {
    const out = new Map<DisplayKind, number>();
    for (const key of view.nodes) {
      const kind = dataset.display.getNodeAttribute(key, "kind");
      out.set(kind, (out.get(kind) ?? 0) + 1);
    }
    return out;
  }, [dataset, view]);
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
