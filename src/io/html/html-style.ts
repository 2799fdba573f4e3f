/**
 * The page's only CSS. On screen: an A4-wide column in CJK sans fonts under a demo-data notice
 * that stays in view while scrolling; in print: A4 with the GB/T 9704 margins, table headers
 * repeated.
 */
export const reportCss = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f3f3; color: #1a1a1a;
  font-family: 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  font-size: 16px; line-height: 1.8; }
main { max-width: 210mm; margin: 0 auto; padding: 24mm 26mm 24mm 28mm; background: #fff; }
.demo { background: #fff4f2; border: 1px solid #e3a79d; color: #a61b0b; font-weight: 700;
  padding: 6px 12px; text-align: center; position: sticky; top: 0; z-index: 1; }
header { text-align: center; margin-bottom: 2em; }
h1 { font-size: 28px; line-height: 1.5; margin: 0.5em 0 0.2em; font-weight: 700; }
.subtitle { margin: 0 0 1em; font-size: 18px; }
.meta { list-style: none; padding: 0; margin: 0 auto; font-size: 14px; color: #444; display: inline-block; text-align: left; }
h2 { font-size: 20px; margin: 1.6em 0 0.6em; }
h3 { font-size: 18px; margin: 1.2em 0 0.4em; font-weight: 600; }
h4 { font-size: 16px; margin: 1em 0 0.3em; }
p { margin: 0 0 0.6em; text-indent: 2em; text-align: justify; }
p.note { font-size: 13px; text-indent: 0; color: #555; }
p.small { font-size: 14px; }
p.placeholder { color: #888; }
p.notice { color: #a61b0b; }
figure { margin: 1em 0; }
figcaption { text-align: center; font-weight: 600; font-size: 15px; margin-bottom: 0.4em; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.45; }
th, td { border: 1px solid #555; padding: 3px 5px; vertical-align: middle; }
th { background: #eef1f5; font-weight: 600; text-align: center; }
tr.group td { background: #f6f6f6; font-weight: 600; }
tr.note td { color: #555; font-size: 12px; }
td.left { text-align: left; } td.center { text-align: center; } td.right { text-align: right; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; }
.chart { margin: 0; break-inside: avoid; }
.chart svg { width: 100%; height: auto; display: block; }
.chart figcaption { font-weight: 400; font-size: 13px; margin: 0.2em 0 0; }
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  /* Printing is what the Word and PDF files are for; a printed page keeps the notice on top. */
  .demo { position: static; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .page-break { break-before: page; }
  .keep { break-after: avoid; }
}
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
`;
