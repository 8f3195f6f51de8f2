/**
 * Legend: one row per node kind with its colour and how many of its nodes the current view shows
 * (year, mode, filters and ego network: the nodes drawn).
 */

import { useMemo } from "react";
import type { Dataset } from "../core/data/dataset";
import { DISPLAY_KINDS, KIND_COLORS, kindName, type DisplayKind } from "../core/appearance/palette";
import { useCurrentView } from "../core/view";
import { useT } from "../core/i18n";

export function Legend({ dataset }: { dataset: Dataset }) {
  // what is drawn: year, mode, filters, ego network (core/view)
  const view = useCurrentView(dataset);
  const t = useT();
  const counts = useMemo(() => {
    const out = new Map<DisplayKind, number>();
    for (const key of view.nodes) {
      const kind = dataset.display.getNodeAttribute(key, "kind");
      out.set(kind, (out.get(kind) ?? 0) + 1);
    }
    return out;
  }, [dataset, view]);
  return (
    <section className="legend" aria-label={t("legend.label")} data-testid="legend">
      <h2>{t("legend.title")}</h2>
      <ul>
        {DISPLAY_KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            <span className="swatch" style={{ background: KIND_COLORS[kind] }} />
            <span className="name">{kindName(kind, t.locale)}</span>
            <span className="count">{counts.get(kind) ?? 0}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t("legend.hint")}</p>
    </section>
  );
}
