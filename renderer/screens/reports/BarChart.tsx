// A horizontal stacked bar chart in plain SVG: one bar per row, one segment per series.
export interface Series { key: string; label: string; colour: string }
export interface BarRow { label: string; values: Record<string, number> }

const ROW = 22;
const LABEL = 150;

export function BarChart({ title, series, rows, width = 520, max, format = String }: { title: string; series: Series[]; rows: BarRow[]; width?: number; max?: number; format?: (total: number) => string }) {
  const scale = max ?? Math.max(1, ...rows.map((r) => series.reduce((s, x) => s + (r.values[x.key] ?? 0), 0)));
  const plot = width - LABEL - 50;
  const height = rows.length * ROW + 6;
  return (
    <figure className="bar-chart-figure">
      <figcaption>
        <strong>{title}</strong>
        <div className="chart-legend">
          {series.map((s) => (
            <span key={s.key} style={{ ['--swatch' as string]: s.colour }}>{s.label}</span>
          ))}
        </div>
      </figcaption>
      <svg className="bar-chart" width={width} height={height} role="img" aria-label={title}>
        {rows.map((row, i) => {
          let x = LABEL;
          const total = series.reduce((s, x2) => s + (row.values[x2.key] ?? 0), 0);
          return (
            <g key={row.label} transform={`translate(0 ${i * ROW})`}>
              <text x={0} y={14}>{row.label}</text>
              {series.map((s) => {
                const w = ((row.values[s.key] ?? 0) / scale) * plot;
                const rect = w > 0 ? <rect key={s.key} x={x} y={3} width={w} height={ROW - 8} fill={s.colour}><title>{`${s.label}: ${row.values[s.key]}`}</title></rect> : null;
                x += w;
                return rect;
              })}
              <text x={x + 4} y={14}>{format(total)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
