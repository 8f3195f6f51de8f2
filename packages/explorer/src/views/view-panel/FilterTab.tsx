/**
 * Filter tab of the view panel: node kinds, place, strategy part, document, stage in the chosen
 * year and modality, with real checkboxes and labelled selects; what is shown, counted.
 */

import { useMemo } from "react";
import { MODALITIES, type Modality } from "@policy-kg/extractor";
import type { Dataset } from "../../core/data/dataset";
import { DISPLAY_KINDS, KIND_COLORS, KIND_NAMES, STAGE_NAMES, STAGE_ORDER } from "../../core/appearance/palette";
import { useAtomValue } from "../../core/utils/atoms";
import { filtersAtom, resetFilters, setFilter, toggleModality, toggleStage, toggleType } from "../../core/filters";
import { isFiltering, type Filters } from "../../core/filters/filters";
import { filterOptions, type FilterOption } from "../../core/filters/options";
import { useCurrentView } from "../../core/view";

const TEXT = {
  kinds: "Types 类型",
  place: "Place 地点",
  strategy: "Strategy part 战略板块",
  document: "Document 文件",
  any: "— any 全部 —",
  stage: "Stage in the chosen year 所选年份阶段",
  modality: "Modality 语态",
  reset: "Reset filters 重置",
  shown: (nodes: number, edges: number) => `Shown: ${nodes} nodes, ${edges} edges`,
};

const MODALITY_NAMES: Readonly<Record<Modality, string>> = { done: "done 已完成", plan: "plan 计划", target: "target 目标" };

type KeyField = "place" | "strategy" | "document";

function KeySelect({ field, label, options, value }: { field: KeyField; label: string; options: FilterOption[]; value: string | null }) {
  const id = `filter-${field}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={id} value={value ?? ""} onChange={(e) => setFilter(field, e.target.value || null)}>
        <option value="">{TEXT.any}</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

function Checks<T extends string>(props: { legend: string; name: string; all: readonly T[]; chosen: readonly T[] | null; names: Readonly<Record<T, string>>; toggle: (v: T) => void; swatch?: (v: T) => string }) {
  const { legend, name, all, chosen, names, toggle, swatch } = props;
  return (
    <fieldset className={`checks checks-${name}`} data-testid={`filter-${name}`}>
      <legend>{legend}</legend>
      {all.map((v) => (
        <label key={v}>
          <input type="checkbox" value={v} checked={chosen === null || chosen.includes(v)} onChange={() => toggle(v)} />
          {swatch && <span className="swatch" style={{ background: swatch(v) }} />}
          {names[v]}
        </label>
      ))}
    </fieldset>
  );
}

export function FilterTab({ dataset }: { dataset: Dataset }) {
  const filters: Filters = useAtomValue(filtersAtom);
  const options = useMemo(() => filterOptions(dataset.display), [dataset]);
  const view = useCurrentView(dataset);
  return (
    <div className="filter-tab" data-testid="filter-tab">
      <Checks legend={TEXT.kinds} name="types" all={DISPLAY_KINDS} chosen={filters.types} names={KIND_NAMES} toggle={(k) => toggleType(k, DISPLAY_KINDS)} swatch={(k) => KIND_COLORS[k]} />
      <KeySelect field="place" label={TEXT.place} options={options.places} value={filters.place} />
      <KeySelect field="strategy" label={TEXT.strategy} options={options.strategies} value={filters.strategy} />
      <KeySelect field="document" label={TEXT.document} options={options.documents} value={filters.document} />
      <Checks legend={TEXT.stage} name="stages" all={STAGE_ORDER} chosen={filters.stages} names={STAGE_NAMES} toggle={(s) => toggleStage(s, STAGE_ORDER)} />
      <Checks legend={TEXT.modality} name="modalities" all={MODALITIES} chosen={filters.modalities} names={MODALITY_NAMES} toggle={(m) => toggleModality(m, MODALITIES)} />
      <p className="shown" data-testid="shown-count">
        {TEXT.shown(view.nodes.size, view.edges.size)}
      </p>
      <button type="button" onClick={resetFilters} disabled={!isFiltering(filters)} data-testid="filter-reset">
        {TEXT.reset}
      </button>
    </div>
  );
}
