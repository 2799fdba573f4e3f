/**
 * Workbooks as an attacker writes them: valid .xlsx (Excel and ExcelJS read them) with as many sheets
 * and rows as asked, written as raw sheet XML with inline strings so that a test can build a
 * 19-sheet, million-row file in a second instead of asking ExcelJS for minutes.
 */
import { buildZip, type TestEntry } from '../../io/spreadsheet-safety/fixtures/zip-builder';
import { columnLetter } from '../../io/spreadsheet-safety/merged-cells';

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function cellXml(ref: string, value: string | number): string {
  return typeof value === 'number'
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

/** Sheet XML of the header row then `rows` data rows made by `row(i)`, columns A, B, C, … */
export function sheetXml(
  header: readonly string[],
  rows: number,
  row: (i: number) => readonly (string | number)[],
): Buffer {
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>`];
  const line = (r: number, values: readonly (string | number)[]) =>
    `<row r="${r}">${values.map((v, c) => cellXml(`${columnLetter(c + 1)}${r}`, v)).join('')}</row>`;
  parts.push(line(1, header));
  for (let i = 0; i < rows; i++) parts.push(line(i + 2, row(i)));
  parts.push('</sheetData></worksheet>');
  return Buffer.from(parts.join(''), 'utf8');
}

/** A workbook of the named sheets; the same XML may be given to many sheets. */
export function hostileWorkbook(sheets: readonly { name: string; xml: Buffer }[]): Buffer {
  const types = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const entries: TestEntry[] = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets
          .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('')}</Relationships>`,
      ),
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
  ];
  return buildZip(entries);
}
