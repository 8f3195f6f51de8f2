/**
 * The caption line under the graph: what the figure cites (tool, corpus hash, extractor, build
 * date) and shows (year and mode, filters, ego network, path); the same line the PNG and SVG
 * figures draw and every export records. The full line is also its tooltip.
 */

import type { Dataset } from "../../core/data/dataset";
import { currentViewState, useCurrentView } from "../../core/view";
import { viewCaption } from "../../core/export/caption";
import { useT } from "../../core/i18n";

export function Caption({ dataset }: { dataset: Dataset }) {
  // re-rendered on any change of the view state (year, mode, filters, ego, path, diff)
  useCurrentView(dataset);
  const t = useT();
  const caption = viewCaption(dataset, currentViewState(), t.locale);
  return (
    <p className="caption" aria-label={t("caption.label")} title={caption} data-testid="caption">
      {caption}
    </p>
  );
}
