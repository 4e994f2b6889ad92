// Shared look of every printed form (issue 5): A4, the centre in the header, the title, the case
// number, "page X of Y", the generation date, signature blocks kept on one page, long text that
// flows onto the next page without cutting a table row. Pure: plain data in, a pdfmake document
// definition out (no pdfmake import; the main process renders it).

/** A pdfmake content node (kept loose: pdfmake's own types are not needed to build one). */
export type Content = string | Content[] | { [key: string]: unknown };

export interface DocDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait';
  pageMargins: [number, number, number, number];
  info: { title: string; subject: string; creator: string; producer: string };
  header: (currentPage: number, pageCount: number) => Content;
  footer: (currentPage: number, pageCount: number) => Content;
  /** Keeps a heading (headlineLevel 1) off the bottom of a page: it moves to the next page with what follows. */
  pageBreakBefore: (node: { headlineLevel?: number; startPosition?: { verticalRatio?: number } }, nodes: { getFollowingNodesOnPage: () => unknown[] }) => boolean;
  content: Content[];
  styles: Record<string, Record<string, unknown>>;
  defaultStyle: Record<string, unknown>;
}

/** Looks a label up in locales/<lang>/documents.json (keys start with 'documents.'). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export type DocumentLanguage = 'lt' | 'en';

/** What every form prints in its header and footer. */
export interface DocumentFrame {
  centreName: string;
  /** The municipality's name, as printed. */
  municipality: string;
  /** The case number, when the form belongs to a case. */
  caseNumber?: string | null;
  /** YYYY-MM-DD. */
  generatedOn: string;
}

const GREY = '#555555';
const RULE = '#888888';
const FILL = '#eeeeee';

/** Thin grey rules, a little padding: the look of a ministry form. */
export const FORM_TABLE_LAYOUT = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Shown where a field has no value, so the printed form does not look like it lost something. */
export function valueOrDash(v: string | null | undefined): string {
  const s = (v ?? '').trim();
  return s === '' ? '—' : s;
}

/** The page frame: header, footer, styles, the title on page 1. */
export function formDocument(opts: { frame: DocumentFrame; title: string; subtitle?: string; t: Translate; content: Content[] }): DocDefinition {
  const { frame, title, t } = opts;
  const caseLine = frame.caseNumber ? `${t('documents.common.caseNumber')}: ${frame.caseNumber}` : '';
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [50, 78, 50, 56],
    info: { title: frame.caseNumber ? `${title} — ${frame.caseNumber}` : title, subject: title, creator: 'Atvejis', producer: 'Atvejis' },
    header: () => ({
      margin: [50, 26, 50, 0],
      stack: [
        {
          columns: [
            { width: '*', stack: [{ text: frame.centreName, bold: true, fontSize: 10 }, { text: frame.municipality, fontSize: 8.5, color: GREY }] },
            { width: 'auto', stack: [{ text: title, fontSize: 8.5, alignment: 'right', color: GREY }, { text: caseLine, fontSize: 8.5, alignment: 'right', bold: true }] },
          ],
        },
        { canvas: [{ type: 'line', x1: 0, y1: 6, x2: 495, y2: 6, lineWidth: 0.8, lineColor: RULE }] },
      ],
    }),
    footer: (currentPage, pageCount) => ({
      margin: [50, 18, 50, 0],
      columns: [
        { text: t('documents.common.generatedOn', { date: frame.generatedOn }), fontSize: 8, color: GREY },
        { text: t('documents.common.pageOf', { page: currentPage, pages: pageCount }), fontSize: 8, color: GREY, alignment: 'right' },
      ],
    }),
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && ((node.startPosition?.verticalRatio ?? 0) > 0.88 || nodes.getFollowingNodesOnPage().length === 0),
    content: [
      { text: title, style: 'title' },
      ...(opts.subtitle ? [{ text: opts.subtitle, style: 'subtitle' }] : []),
      ...opts.content,
    ],
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 10, alignment: 'center', color: GREY, margin: [0, 0, 0, 6] },
      section: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      subsection: { fontSize: 10, bold: true, margin: [0, 6, 0, 3] },
      label: { bold: true },
      // Grey and small rather than italic: one font file fewer to embed, and faster to render.
      hint: { color: GREY, fontSize: 8.5 },
      cellHeader: { bold: true, fillColor: FILL },
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
  };
}

export function section(text: string): Content {
  return { text, style: 'section', headlineLevel: 1 };
}

export function subsection(text: string): Content {
  return { text, style: 'subsection' };
}

/** Label | value rows; a row is never split between pages. */
export function fieldTable(rows: [label: string, value: Content][], opts: { labelWidth?: number | string } = {}): Content {
  return {
    table: {
      widths: [opts.labelWidth ?? '34%', '*'],
      dontBreakRows: true,
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, typeof value === 'string' ? { text: valueOrDash(value) } : value]),
    },
    layout: FORM_TABLE_LAYOUT,
    margin: [0, 0, 0, 4],
  };
}

/**
 * Free text of any length: the label is a header row repeated on the next page, each paragraph is
 * a row, and a paragraph longer than a page flows on (pdfmake splits between lines, never a line).
 */
export function longTextBlock(label: string, value: string | null | undefined, opts: { hint?: string } = {}): Content {
  const paragraphs = (value ?? '')
    .split(/\r?\n/)
    .map((p) => p.trimEnd())
    .filter((p, i, all) => p !== '' || (i > 0 && all[i - 1] !== ''));
  const body: Content[][] = [[{ stack: [{ text: label, bold: true }, ...(opts.hint ? [{ text: opts.hint, style: 'hint' }] : [])], fillColor: FILL }]];
  if (paragraphs.join('').trim() === '') body.push([{ text: '—', margin: [0, 2, 0, 10] }]);
  else for (const p of paragraphs) body.push([{ text: p === '' ? ' ' : p }]);
  return {
    table: { widths: ['*'], headerRows: 1, keepWithHeaderRows: 1, body },
    layout: { ...FORM_TABLE_LAYOUT, hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i <= 1 || i === node.table.body.length ? 0.6 : 0) },
    margin: [0, 0, 0, 6],
  };
}

/** A small square box, ticked with an X when chosen (Roboto has no ballot-box glyphs). */
export function checkbox(checked: boolean): Content {
  return {
    table: { widths: [7], heights: [7], body: [[{ text: checked ? 'X' : ' ', bold: true, fontSize: 7.5, alignment: 'center', margin: [0, -1.5, 0, -1.5] }]] },
    layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
    width: 11,
  };
}

/** Every option shown, the chosen one(s) boxed with an X. */
export function checkList(options: { label: string; checked: boolean }[]): Content {
  return {
    stack: options.map((o) => ({
      columns: [checkbox(o.checked), { text: o.label, width: '*', bold: o.checked }],
      columnGap: 5,
      margin: [0, 1.5, 0, 1.5],
    })),
  };
}

export interface Signatory {
  /** What the person signs as ("Case manager", "Client"…). */
  role: string;
  name?: string | null;
  date?: string | null;
}

/** Names, dates and lines to sign on; the whole block always stays on one page. */
export function signatureBlock(t: Translate, signatories: Signatory[], opts: { heading?: string; note?: string } = {}): Content {
  // A new node each time: pdfmake writes layout state into the nodes it lays out, so none is shared.
  const line = () => ({ canvas: [{ type: 'line', x1: 0, y1: 18, x2: 150, y2: 18, lineWidth: 0.7 }] });
  const row = (s: Signatory): Content => ({
    margin: [0, 4, 0, 4],
    stack: [
      { text: s.role, bold: true, margin: [0, 0, 0, 2] },
      {
        columns: [
          { width: '40%', stack: [{ text: t('documents.common.name'), style: 'hint' }, { text: valueOrDash(s.name) }] },
          { width: '35%', stack: [{ text: t('documents.common.signature'), style: 'hint' }, line()] },
          { width: '25%', stack: [{ text: t('documents.common.date'), style: 'hint' }, { text: s.date ? s.date : '____-__-__' }] },
        ],
        columnGap: 10,
      },
    ],
  });
  return {
    unbreakable: true,
    margin: [0, 6, 0, 0],
    stack: [...(opts.heading ? [{ text: opts.heading, style: 'section' }] : []), ...(opts.note ? [{ text: opts.note, margin: [0, 0, 0, 4] }] : []), ...signatories.map(row)],
  };
}
