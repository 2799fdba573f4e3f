/**
 * ReportModel → one standalone HTML page for reading on screen (docs/reports.md): charts as inline
 * SVG, CSS in a single <style> element, no scripts and no external resources, so the file can be
 * mailed, archived or served under a strict Content-Security-Policy.
 */
import { renderChartSvg } from '../charts/indicator-chart';
import type {
  ReportBlock,
  ReportChartGrid,
  ReportModel,
  ReportTable,
  ReportTableRow,
} from '../report-model/report-model';
import { reportCss } from './html-style';
import { escapeHtml, inlineSvg, textHtml } from './html-text';

export function renderHtml(model: ReportModel): string {
  const demo =
    model.demoNotice === null ? '' : `<div class="demo" role="note">${textHtml(model.demoNotice)}</div>\n`;
  const sections = model.sections
    .map(
      (s) =>
        `<section id="${s.id}">\n<h2>${textHtml(s.heading)}</h2>\n${s.blocks.map(blockHtml).join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Lantu">
<meta name="author" content="${escapeHtml(model.properties.author)}">
<meta name="date" content="${escapeHtml(model.properties.generatedAt)}">
<title>${escapeHtml(model.title)}</title>
<style>${reportCss}${columnCss(model)}</style>
</head>
<body>
${demo}<main>
<header>
<h1>${textHtml(model.title)}</h1>
<p class="subtitle">${textHtml(model.subtitle)}</p>
<ul class="meta">${model.meta.map((m) => `<li>${textHtml(m)}</li>`).join('')}</ul>
</header>
${sections}
</main>
</body>
</html>
`;
}

function blockHtml(block: ReportBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p class="${block.style}${block.keepWithNext ? ' keep' : ''}">${textHtml(block.text)}</p>`;
    case 'heading': {
      const tag = block.level === 2 ? 'h3' : 'h4';
      const cls = block.pageBreakBefore ? ' class="page-break"' : '';
      return `<${tag}${cls}>${textHtml(block.text)}</${tag}>`;
    }
    case 'table':
      return tableHtml(block);
    case 'charts':
      return chartsHtml(block);
  }
}

/**
 * Column widths of every table as rules of the page's one <style> element (no style attributes,
 * which a strict Content-Security-Policy would block), from the model's relative widths.
 */
function columnCss(model: ReportModel): string {
  const rules: string[] = [];
  for (const block of model.sections.flatMap((s) => s.blocks)) {
    if (block.type !== 'table') continue;
    const total = block.columns.reduce((sum, c) => sum + c.width, 0);
    block.columns.forEach((c, i) => {
      const percent = ((c.width / total) * 100).toFixed(2);
      rules.push(`#${block.id} col:nth-child(${i + 1}) { width: ${percent}%; }`);
    });
  }
  return `table { table-layout: fixed; }\n${rules.join('\n')}\n`;
}

function tableHtml(table: ReportTable): string {
  const cols = table.columns.map(() => '<col>').join('');
  const head = table.columns.map((c) => `<th>${textHtml(c.header)}</th>`).join('');
  const body = table.rows.map((row) => rowHtml(table, row)).join('\n');
  const note = table.note === undefined ? '' : `\n<p class="note">${textHtml(table.note)}</p>`;
  return `<figure id="${escapeHtml(table.id)}">
<figcaption>${textHtml(table.caption)}</figcaption>
<div class="table-wrap"><table>
<colgroup>${cols}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>${note}
</figure>`;
}

function rowHtml(table: ReportTable, row: ReportTableRow): string {
  let col = 0;
  const cells = row.cells.map((cell) => {
    const column = table.columns[col];
    const span = cell.colSpan ?? 1;
    col += span;
    const align = row.kind === 'body' ? (cell.align ?? column?.align ?? 'left') : 'left';
    const colspan = span > 1 ? ` colspan="${span}"` : '';
    return `<td class="${align}"${colspan}>${textHtml(cell.text)}</td>`;
  });
  const data =
    row.data === undefined
      ? ''
      : ` data-code="${escapeHtml(row.data.code)}" data-status="${row.data.status}"`;
  return `<tr class="${row.kind}"${data}>${cells.join('')}</tr>`;
}

function chartsHtml(grid: ReportChartGrid): string {
  const figures = grid.charts.map(
    (c) =>
      `<figure class="chart" id="${escapeHtml(c.id)}" aria-label="${escapeHtml(c.caption)}">${inlineSvg(renderChartSvg(c))}<figcaption>${textHtml(c.caption)}</figcaption></figure>`,
  );
  return `<p class="body">${textHtml(grid.lead)}</p>\n<div class="charts">\n${figures.join('\n')}\n</div>`;
}
