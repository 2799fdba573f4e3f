/**
 * Filling a downloaded reporting template as a reporter would in Excel: values and words typed into
 * the yellow columns of the rows named by their item code (src/io/xlsx/report-template.ts).
 */
import ExcelJS from 'exceljs';

const columns = { code: 3, value: 10, narrative: 12 } as const;

export async function fillTemplate(
  bytes: Buffer,
  rows: Record<string, { value?: string | number; narrative?: string }>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets.find((s) => s.state === 'visible') ?? wb.worksheets[0];
  if (!sheet) throw new Error('the template has no sheet');
  sheet.eachRow((row, n) => {
    if (n < 4) return;
    const fill = rows[String(row.getCell(columns.code).value ?? '')];
    if (!fill) return;
    if (fill.value !== undefined) row.getCell(columns.value).value = fill.value;
    if (fill.narrative !== undefined) row.getCell(columns.narrative).value = fill.narrative;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
