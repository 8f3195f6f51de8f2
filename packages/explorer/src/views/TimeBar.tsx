/**
 * Time bar: statements per year as a histogram above a slider over the snapshot's years,
 * play/pause, and the mode: up to that year, or that year only. From the keyboard: the slider
 * (arrow keys, Home, End), play, the mode radios; the histogram bars are a pointer shortcut only
 * (not tab stops: a long corpus would have dozens).
 */

import type { Dataset } from "../core/data/dataset";
import { useAtomValue } from "../core/utils/atoms";
import { modeAtom, pause, playingAtom, setMode, setYear, togglePlay, yearAtom } from "../core/time";
import { useT } from "../core/i18n";

export function TimeBar({ dataset }: { dataset: Dataset }) {
  const { years, statements } = dataset.timeline;
  const year = useAtomValue(yearAtom);
  const mode = useAtomValue(modeAtom);
  const playing = useAtomValue(playingAtom);
  const t = useT();
  if (years.length === 0 || year === null) return <footer className="timebar">{t("time.empty")}</footer>;
  const max = Math.max(1, ...years.map((y) => statements.get(y) ?? 0));
  const index = Math.max(0, years.indexOf(year));
  return (
    <footer className="timebar" aria-label={t("time.label")}>
      <button type="button" className="play" onClick={togglePlay} aria-label={playing ? t("time.pause") : t("time.play")} data-testid="play">
        {playing ? "❚❚" : "▶"}
      </button>
      <div className="slider-area">
        <div className="histogram" role="group" data-testid="histogram" aria-label={t("time.histogram")}>
          {years.map((y) => {
            const n = statements.get(y) ?? 0;
            return (
              <button
                type="button"
                key={y}
                className={`bar${y === year ? " current" : ""}${mode === "cumulative" && y < year ? " before" : ""}`}
                style={{ height: `${n === 0 ? 0 : Math.max(4, (Math.sqrt(n) / Math.sqrt(max)) * 100)}%` }}
                title={t("time.bar", { year: y, n })}
                aria-label={t("time.bar", { year: y, n })}
                tabIndex={-1}
                onClick={() => {
                  pause();
                  setYear(y);
                }}
              />
            );
          })}
        </div>
        <input
          type="range"
          min={0}
          max={years.length - 1}
          step={1}
          value={index}
          aria-label={t("time.year")}
          aria-valuetext={String(year)}
          data-testid="year-slider"
          onChange={(e) => {
            pause();
            setYear(years[Number(e.target.value)]!);
          }}
        />
        <div className="range-ends">
          <span>{years[0]}</span>
          <span>{years[years.length - 1]}</span>
        </div>
      </div>
      <output className="year" data-testid="year">
        {year}
      </output>
      <fieldset className="mode">
        <legend>{t("time.show")}</legend>
        <label>
          <input type="radio" name="mode" value="cumulative" checked={mode === "cumulative"} onChange={() => setMode("cumulative")} /> {t("time.cumulative")}
        </label>
        <label>
          <input type="radio" name="mode" value="year" checked={mode === "year"} onChange={() => setMode("year")} /> {t("time.yearOnly")}
        </label>
      </fieldset>
    </footer>
  );
}
