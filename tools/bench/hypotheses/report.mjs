// The Markdown tables docs/benchmarks.md shows, from a results file.
import { ms } from './stats.mjs';

export function boardTable(rows) {
  const lines = [
    '| database | hypotheses (transitions, evidence) | response | SQL statements per request | runs | API p50 | API p99 | raw SQL over HTTP p50 | raw SQL over HTTP p99 | API ÷ raw (p50) | CPU per request, API / raw | raw SQL alone p50 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.database} | ${r.hypotheses.toLocaleString('en')} (${r.transitions.toLocaleString('en')}, ${r.evidence.toLocaleString('en')}) | ${(r.responseBytes / 1024).toFixed(0)} KiB | ${r.statements.join(' / ')} | ${r.runs} | ${ms(r.api.p50)} | ${ms(r.api.p99)} | ${ms(r.peer.p50)} | ${ms(r.peer.p99)} | ${r.ratio.toFixed(2)} | ${r.cpuPerRequest.api.toFixed(0)} / ${r.cpuPerRequest.peer.toFixed(0)} ms | ${ms(r.sql.p50)} |`,
    );
  }
  return lines.join('\n');
}

export function fanoutTable(rows) {
  const lines = [
    '| setup | subscribers | changes | first delivery p50 | last delivery p50 | last delivery p99 | missed |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.setup} | ${r.subscribers} | ${r.changes} | ${ms(r.first.p50)} | ${ms(r.last.p50)} | ${ms(r.last.p99)} | ${r.missed} |`,
    );
  }
  return lines.join('\n');
}
