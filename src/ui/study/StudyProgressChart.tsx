/**
 * Study progress per body region as horizontal bars (inline SVG): mastered (solid), seen (hatched),
 * not yet seen (outline), each row labelled with its numbers so colour is never the only signal.
 * Screen readers get the chart's name and a visually hidden table with the same figures.
 */
import { useId } from 'react';
import { BODY_REGIONS } from '../../domain/anatomy/regions';
import type { RegionProgress } from '../../domain/study/progressByRegion';
import './study.css';

export interface StudyProgressChartProps {
  rows: readonly RegionProgress[];
  /** Display names of regions (pack regions); body regions default to the catalogue's names. */
  regionNames?: Readonly<Record<string, string>> | undefined;
  /** Heading text (default "Progress by region"). */
  title?: string | undefined;
}

// Pixel rows and percentage widths (no viewBox): text keeps its size on a phone, bars stretch.
const ROW_H = 64;
const BAR_Y = 38;
const BAR_H = 16;

export function regionLabel(id: string, names?: Readonly<Record<string, string>>): string {
  return names?.[id] ?? BODY_REGIONS.find((r) => r.id === id)?.name ?? id;
}

export function percent(retention: number | null): string {
  return retention === null ? 'not started' : `${Math.round(retention * 100)} %`;
}

function rowSummary(r: RegionProgress): string {
  return `${r.mastered} of ${r.total} mastered · ${r.seen} seen · ${r.due} due · recall ${percent(r.retention)}`;
}

export function StudyProgressChart({ rows, regionNames, title = 'Progress by region' }: StudyProgressChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const headingId = `study-progress-${uid}`;
  const hatchId = `study-hatch-${uid}`;
  const height = Math.max(1, rows.length) * ROW_H - 8;
  return (
    <figure className="study-progress" aria-labelledby={headingId}>
      <figcaption>
        <h2 id={headingId}>{title}</h2>
      </figcaption>
      {rows.length === 0 ? (
        <p>No cards to study yet.</p>
      ) : (
        <>
          <svg
            className="study-progress-chart"
            width="100%"
            height={height}
            role="img"
            aria-label={`${title}: a bar per region of mastered, seen and unseen cards. The table that follows gives the numbers.`}
          >
            <defs>
              <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect className="study-hatch-bg" width="6" height="6" />
                <line className="study-hatch-line" x1="0" y1="0" x2="0" y2="6" />
              </pattern>
            </defs>
            {rows.map((r, i) => {
              const y = i * ROW_H;
              const pct = (n: number) => (r.total > 0 ? (Math.max(0, n) / r.total) * 100 : 0);
              const mastered = pct(r.mastered);
              const learning = pct(r.seen - r.mastered);
              return (
                <g key={r.region} className="study-progress-row" data-region={r.region}>
                  <text x="0" y={y + 14} className="study-progress-label">
                    {regionLabel(r.region, regionNames)}
                  </text>
                  <text x="0" y={y + 31} className="study-progress-numbers">
                    {rowSummary(r)}
                  </text>
                  <rect className="study-bar-unseen" x="0" y={y + BAR_Y} width="100%" height={BAR_H} />
                  {mastered > 0 && <rect className="study-bar-mastered" x="0" y={y + BAR_Y} width={`${mastered}%`} height={BAR_H} data-part="mastered" />}
                  {learning > 0 && (
                    <rect
                      className="study-bar-seen"
                      x={`${mastered}%`}
                      y={y + BAR_Y}
                      width={`${learning}%`}
                      height={BAR_H}
                      fill={`url(#${hatchId})`}
                      data-part="seen"
                    />
                  )}
                </g>
              );
            })}
          </svg>
          <ul className="study-progress-legend" aria-hidden="true">
            <li>
              <span className="study-swatch study-swatch-mastered" /> Mastered (remembered for 3 weeks or more)
            </li>
            <li>
              <span className="study-swatch study-swatch-seen" /> Seen, still learning
            </li>
            <li>
              <span className="study-swatch study-swatch-unseen" /> Not seen yet
            </li>
          </ul>
          <table className="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Cards</th>
                <th scope="col">Mastered</th>
                <th scope="col">Seen</th>
                <th scope="col">Due</th>
                <th scope="col">Recall</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.region}>
                  <th scope="row">{regionLabel(r.region, regionNames)}</th>
                  <td>{r.total}</td>
                  <td>{r.mastered}</td>
                  <td>{r.seen}</td>
                  <td>{r.due}</td>
                  <td>{percent(r.retention)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
