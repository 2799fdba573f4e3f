/**
 * What a service needs of the server's report rendering (report-rendering.ts), as a type with no
 * renderer behind it: the service context names it, and the web app compiles the context's types
 * without pulling in the Word and PDF renderers.
 */
import type { ReportInput } from '../io/report-model/report-input';

export type RenderFormat = 'docx' | 'pdf' | 'html';

export interface ReportRenderer {
  /** The report's bytes for `input`, cached by `scope` and the input's content, rendered off the main thread. */
  render(
    userId: number,
    scope: string,
    input: () => Promise<ReportInput>,
    format: RenderFormat,
  ): Promise<Buffer>;
}
