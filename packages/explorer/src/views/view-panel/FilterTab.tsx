/**
 * Filter tab of the view panel: node kinds, place, strategy part, document, stage in the chosen
 * year and modality, with real checkboxes and labelled selects; what is shown, counted.
 */

import { useMemo } from "react";
import { MODALITIES, type Modality } from "@policy-kg/extractor";
import type { Dataset } from "../../core/data/dataset";
import { DISPLAY_KINDS, KIND_COLORS, kindName, modalityName, stageName, STAGE_ORDER } from "../../core/appearance/palette";
import { useAtomValue } from "../../core/utils/atoms";
import { filtersAtom, resetFilters, setFilter, toggleModality, toggleStage, toggleType } from "../../core/filters";
import { isFiltering, type Filters } from "../../core/filters/filters";
import { filterOptions, type FilterOption } from "../../core/filters/options";
import { useCurrentView } from "../../core/view";
import { useT } from "../../core/i18n";

type KeyField = "place" | "strategy" | "document";

function KeySelect({ field, label, options, value }: { field: KeyField; label: string; options: FilterOption[]; value: string | null }) {
  const id = `filter-${field}`;
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={id} value={value ?? ""} onChange={(e) => setFilter(field, e.target.value || null)}>
        <option value="">{t("filters.any")}</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

function Checks<T extends string>(props: { legend: string; name: string; all: readonly T[]; chosen: readonly T[] | null; nameOf: (v: T) => string; toggle: (v: T) => void; swatch?: (v: T) => string }) {
  const { legend, name, all, chosen, nameOf, toggle, swatch } = props;
  return (
    <fieldset className={`checks checks-${name}`} data-testid={`filter-${name}`}>
      <legend>{legend}</legend>
      {all.map((v) => (
        <label key={v}>
          <input type="checkbox" value={v} checked={chosen === null || chosen.includes(v)} onChange={() => toggle(v)} />
          {swatch && <span className="swatch" style={{ background: swatch(v) }} />}
          {nameOf(v)}
        </label>
      ))}
    </fieldset>
  );
}

export function FilterTab({ dataset }: { dataset: Dataset }) {
  const filters: Filters = useAtomValue(filtersAtom);
  const options = useMemo(() => filterOptions(dataset.display), [dataset]);
  const view = useCurrentView(dataset);
  const t = useT();
  return (
    <div className="filter-tab" data-testid="filter-tab">
      <Checks legend={t("filters.kinds")} name="types" all={DISPLAY_KINDS} chosen={filters.types} nameOf={(k) => kindName(k, t.locale)} toggle={(k) => toggleType(k, DISPLAY_KINDS)} swatch={(k) => KIND_COLORS[k]} />
      <KeySelect field="place" label={t("filters.place")} options={options.places} value={filters.place} />
      <KeySelect field="strategy" label={t("filters.strategy")} options={options.strategies} value={filters.strategy} />
      <KeySelect field="document" label={t("filters.document")} options={options.documents} value={filters.document} />
      <Checks legend={t("filters.stage")} name="stages" all={STAGE_ORDER} chosen={filters.stages} nameOf={(s) => stageName(s, t.locale)} toggle={(s) => toggleStage(s, STAGE_ORDER)} />
      <Checks<Modality> legend={t("filters.modality")} name="modalities" all={MODALITIES} chosen={filters.modalities} nameOf={(m) => modalityName(m, t.locale)} toggle={(m) => toggleModality(m, MODALITIES)} />
      <p className="shown" data-testid="shown-count">
        {t("filters.shown", { nodes: view.nodes.size, edges: view.edges.size })}
      </p>
      <button type="button" onClick={resetFilters} disabled={!isFiltering(filters)} data-testid="filter-reset">
        {t("filters.reset")}
      </button>
    </div>
  );
}
