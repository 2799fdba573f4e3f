/** svg-to-pdfkit 0.1.8 ships no types; this is the part of its API the report uses. */
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    /** Treat SVG units as points instead of CSS pixels (72/96). */
    assumePt?: boolean;
    /** Returns the name of a font registered with doc.registerFont for an SVG font-family. */
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback?: (message: string) => void;
  }
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: SvgToPdfOptions,
  ): void;
}
