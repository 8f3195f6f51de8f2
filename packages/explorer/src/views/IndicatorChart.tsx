/**
 * Indicator charts (hand-written SVG): for the selected indicator (or the indicators a selected
 * goal measures), one small chart per series (district · measure · unit) of actual values (filled
 * dots, solid line) and targets (hollow diamonds, dashed line) by year, with the tolerance (≈ 左右,
 * ≥ 以上, ≤ 以下). Hovering or focusing a point shows the sentence behind it; clicking it (or
 * Enter) opens the document at that span. All text is rendered as text.
 */

import { useMemo, useState, type KeyboardEvent } from "react";
import type { Dataset } from "../core/data/dataset";
import { documentTitle } from "../core/lineage/lineage";
import { openDocument } from "../core/documents";
import { chartedIndicators, indicatorChart, type ChartSeries } from "../core/indicators/series";
import { chartGeometry, formatValue, MARGIN, type PlacedPoint } from "../core/indicators/layout";
import "./IndicatorChart.css";

const TEXT = {
  title: (label: string) => `Indicator 指标: ${label}`,
  actual: "actual 实际",
  target: "target 目标",
  tolerance: "≈ 左右 · ≥ 以上 · ≤ 以下",
  measure: { level: "level 总量", growth: "growth 增速", share: "share 占比" },
  hint: "Point at a value to read its sentence; click it to open the document there.",
  undated: (n: number) => `${n} value(s) without a year are not drawn.`,
  open: "Open the document at this sentence",
  fall: "下降",
} as const;

const KIND_TEXT = { actual: TEXT.actual, target: TEXT.target } as const;
const TOLERANCE_MARK: Readonly<Record<string, string>> = { 左右: "≈", 以上: "≥", 以下: "≤" };
const SIZE = { width: 380, height: 125 } as const;

const pointText = (p: PlacedPoint, unit: string): string =>
  `${p.year} ${KIND_TEXT[p.kind]}: ${p.point.direction === "down" ? TEXT.fall : ""}${formatValue(Math.abs(p.y))}${unit === "%" ? "" : " "}${unit}${p.tolerance}`;

const open = (p: PlacedPoint) => openDocument({ id: p.point.document, start: p.point.start, end: p.point.end });

function Mark({ p }: { p: PlacedPoint }) {
  const tol = TOLERANCE_MARK[p.tolerance];
  return (
    <>
      {p.kind === "actual" ? <circle className="mark actual" cx={p.cx} cy={p.cy} r={4.5} /> : <rect className="mark target" x={p.cx - 4} y={p.cy - 4} width={8} height={8} transform={`rotate(45 ${p.cx} ${p.cy})`} />}
      {tol && (
        <text className="tolerance" x={p.cx + 6} y={p.cy - 5}>
          {tol}
        </text>
      )}
    </>
  );
}

interface SeriesProps {
  series: ChartSeries;
  years: [number, number];
  showDistrict: boolean;
  active: PlacedPoint | null;
  onActive: (p: PlacedPoint | null) => void;
  source: (p: PlacedPoint) => string;
}

/** The sentence of the pointed value, next to it (above it in the lower half); never catches the pointer. */
function Tip({ p, unit, source }: { p: PlacedPoint; unit: string; source: string }) {
  const style = {
    ...(p.cx > SIZE.width / 2 ? { right: `${((SIZE.width - p.cx) / SIZE.width) * 100}%` } : { left: `${(p.cx / SIZE.width) * 100}%` }),
    ...(p.cy > SIZE.height / 2 ? { bottom: `${((SIZE.height - p.cy) / SIZE.height) * 100 + 8}%` } : { top: `${(p.cy / SIZE.height) * 100 + 8}%` }),
  };
  return (
    <div className="tip" role="status" data-testid="indicator-sentence" style={style}>
      <strong>{pointText(p, unit)}</strong> <span className="as-written">({p.point.text})</span>
      <span className="quote">{p.sentence}</span>
      <span className="source">{source}</span>
    </div>
  );
}

function SeriesChart({ series, years, showDistrict, active, onActive, source }: SeriesProps) {
  const g = useMemo(() => chartGeometry(series, years, SIZE), [series, years]);
  const shown = g.points.find((p) => p.point === active?.point);
  const caption = `${showDistrict && series.district ? `${series.district} · ` : ""}${TEXT.measure[series.measure]} (${series.unit})`;
  const key = (e: KeyboardEvent, p: PlacedPoint) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open(p);
    }
  };
  return (
    <figure className="series" data-testid="indicator-series" data-series={series.id}>
      <figcaption>{caption}</figcaption>
      <div className="plot">
        <svg viewBox={`0 0 ${g.width} ${g.height}`} role="group" aria-label={caption}>
          {g.yTicks.map((t) => (
            <g key={t} className={t === 0 ? "tick zero" : "tick"}>
              <line x1={MARGIN.left} x2={g.width - MARGIN.right} y1={g.y(t)} y2={g.y(t)} />
              <text x={MARGIN.left - 4} y={g.y(t) + 3.5} textAnchor="end">
                {formatValue(t)}
              </text>
            </g>
          ))}
          {g.years.map((y) => (
            <text key={y} className="year" x={g.x(y)} y={g.height - 6} textAnchor="middle">
              {y}
            </text>
          ))}
          {g.targetLine.includes(" ") && <polyline className="line target" points={g.targetLine} />}
          {g.actualLine.includes(" ") && <polyline className="line actual" points={g.actualLine} />}
          {g.points.map((p, i) => (
            <g
              key={i}
              className={`point ${p.kind}${active?.point === p.point ? " active" : ""}`}
              role="button"
              tabIndex={0}
              aria-label={`${pointText(p, series.unit)} — ${p.sentence}`}
              data-testid="indicator-point"
              data-year={p.year}
              data-kind={p.kind}
              data-document={p.point.document}
              data-start={p.point.start}
              data-end={p.point.end}
              onMouseEnter={() => onActive(p)}
              onMouseLeave={() => onActive(null)}
              onFocus={() => onActive(p)}
              onBlur={() => onActive(null)}
              onClick={() => open(p)}
              onKeyDown={(e) => key(e, p)}
            >
              <title>{TEXT.open}</title>
              <circle className="hit" cx={p.cx} cy={p.cy} r={9} />
              <Mark p={p} />
            </g>
          ))}
        </svg>
        {shown && <Tip p={shown} unit={series.unit} source={source(shown)} />}
      </div>
    </figure>
  );
}

export function IndicatorChart({ dataset, indicator }: { dataset: Dataset; indicator: string }) {
  const chart = useMemo(() => indicatorChart(dataset.graph, { indicator }), [dataset, indicator]);
  const [active, setActive] = useState<PlacedPoint | null>(null);
  const districts = new Set(chart.series.map((s) => s.district));
  const years = chart.years;
  const source = (p: PlacedPoint) => `${documentTitle(dataset.graph, p.point.document)}${p.point.district ? ` · ${p.point.district}` : ""}`;
  return (
    <section className="indicator-chart" data-testid="indicator-chart" data-indicator={chart.indicator.id}>
      <h3>{TEXT.title(chart.indicator.label)}</h3>
      <p className="chart-key">
        <svg width="12" height="12" aria-hidden="true">
          <circle className="mark actual" cx="6" cy="6" r="4.5" />
        </svg>{" "}
        {TEXT.actual}{" "}
        <svg width="12" height="12" aria-hidden="true">
          <rect className="mark target" x="2" y="2" width="8" height="8" transform="rotate(45 6 6)" />
        </svg>{" "}
        {TEXT.target} · {TEXT.tolerance}
      </p>
      <p className="hint">{TEXT.hint}</p>
      {years && chart.series.map((s) => <SeriesChart key={s.id} series={s} years={years} showDistrict={districts.size > 1} active={active} onActive={setActive} source={source} />)}
      {chart.undated > 0 && <p className="none">{TEXT.undated(chart.undated)}</p>}
    </section>
  );
}

/** The charts for a selected node: its own, or those of the indicators a goal measures. */
export function IndicatorCharts({ dataset, selected }: { dataset: Dataset; selected: string }) {
  const keys = useMemo(() => chartedIndicators(dataset.graph, selected), [dataset, selected]);
  return (
    <>
      {keys.map((k) => (
        <IndicatorChart key={k} dataset={dataset} indicator={k} />
      ))}
    </>
  );
}
