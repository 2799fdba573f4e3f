/**
 * Reads an uploaded file only after its size is known to be acceptable, so a 50 MB file costs a stat
 * call, not 50 MB of memory.
 */
import { readFileSync, statSync } from 'node:fs';
import { formatBytes, type SpreadsheetLimits } from './limits';
import { refuse } from './spreadsheet-refusal';

export function checkUploadSize(byteLength: number, limits: SpreadsheetLimits): void {
  if (byteLength > limits.maxFileBytes) {
    refuse(
      'file_too_large',
      `文件大小 ${formatBytes(byteLength)} 超过上限 ${formatBytes(limits.maxFileBytes)},请拆分后分批导入`,
      `the file is ${formatBytes(byteLength)}, above the limit of ${formatBytes(limits.maxFileBytes)}; split it and import in parts`,
    );
  }
}

export function readUpload(path: string, limits: SpreadsheetLimits): Buffer {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      refuse('file_not_found', `文件不存在:${path}`, `file not found: ${path}`);
    }
    throw error;
  }
  if (!stat.isFile()) refuse('file_not_found', `不是文件:${path}`, `not a file: ${path}`);
  checkUploadSize(stat.size, limits);
  return readFileSync(path);
}
