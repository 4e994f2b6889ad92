// pdfmake 0.3's Node entry (js/index.js) ships no types; this is the part Atvejis uses.
declare module 'pdfmake' {
  type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
  interface PdfMakeNode {
    addFonts(fonts: Record<string, FontFiles>): void;
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(docDefinition: object): { getBuffer(): Promise<Buffer> };
  }
  const pdfmake: PdfMakeNode;
  export default pdfmake;
}
