declare module "svg-to-pdfkit" {
  /** svg-to-pdfkit 0.1.x draws an SVG string into a pdfkit document at (x, y). */
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: {
      width?: number;
      height?: number;
      preserveAspectRatio?: string;
      assumePt?: boolean;
      fontCallback?: (family: string, bold: boolean, italic: boolean, fontOptions: Record<string, unknown>) => string;
      warningCallback?: (warning: string) => void;
    },
  ): void;
}
