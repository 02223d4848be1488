/** Plain CSS bars: a label, one bar per series, the value; no chart library. */
export function BarChart({ rows, series }: { rows: { label: string; values: number[] }[]; series: { name: string; color: string }[] }) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  return (
    <div role="img" aria-label={series.map((s) => s.name).join(', ')} data-testid="books-chart">
      {rows.map((r) => (
        <div key={r.label} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6 }}>
          <div style={{ width: 90, flex: 'none', textAlign: 'right', color: '#555' }}>{r.label}</div>
          <div style={{ flex: 1 }}>
            {r.values.map((v, i) => (
              <div key={series[i]!.name} style={{ display: 'flex', alignItems: 'center', gap: 6, height: 14, marginBottom: 2 }}>
                <div
                  style={{
                    width: `${(100 * v) / max}%`,
                    minWidth: v > 0 ? 2 : 0,
                    height: 12,
                    background: series[i]!.color,
                    borderRadius: 2,
                  }}
                />
                <span style={{ fontSize: 12, color: '#333' }}>{v}</span>
              </div>
            ))}
          </div>
        </div>
      ))}
      <div style={{ display: 'flex', gap: 16, marginLeft: 98 }}>
        {series.map((s) => (
          <span key={s.name} style={{ fontSize: 12 }}>
            <span style={{ display: 'inline-block', width: 10, height: 10, background: s.color, marginRight: 4 }} />
            {s.name}
          </span>
        ))}
      </div>
    </div>
  );
}
