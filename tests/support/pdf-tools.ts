// Reading generated PDFs the way a person would check them, with poppler-utils (pdftotext, pdfinfo,
// pdffonts, pdftoppm; `apt-get install -y poppler-utils`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfFacts {
  pages: number;
  /** The text of every page in reading order, a table cell's lines together (pdftotext), index 0 = page 1. */
  pageTexts: string[];
  /** All pages' text. */
  text: string;
  /** All pages as laid out on paper (pdftotext -layout): columns line up, for checking where a mark stands. */
  layoutText: string;
  fonts: { name: string; embedded: boolean; unicode: boolean }[];
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${cmd} is missing: apt-get install -y poppler-utils`);
    throw err;
  }
}

export function inspectPdf(pdf: Buffer): PdfFacts {
  const dir = mkdtempSync(join(tmpdir(), 'atvejis-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1] ?? 0);
    const pageTexts = Array.from({ length: pages }, (_, i) => run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']));
    const layoutText = run('pdftotext', ['-layout', file, '-']);
    const fonts = run('pdffonts', [file])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        // name type encoding emb sub uni object ID — the three yes/no columns sit before the object id.
        const cols = l.trim().split(/\s+/);
        const n = cols.length;
        return { name: cols[0]!, embedded: cols[n - 5] === 'yes', unicode: cols[n - 3] === 'yes' };
      });
    return { pages, pageTexts, text: pageTexts.join('\n'), layoutText, fonts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Where the page images go for a person to look at: tests/artifacts/documents (git-ignored). Not
 * test-results/: Playwright empties that folder when the E2E tests start, right after the unit tests in `npm test`.
 */
export const DOCUMENT_ARTIFACTS = process.env.ATVEJIS_DOCUMENT_ARTIFACTS ?? join(process.cwd(), 'tests', 'artifacts', 'documents');

/** Renders page 1 to <DOCUMENT_ARTIFACTS>/<name>.png. */
export function savePageOnePng(pdf: Buffer, name: string, root = DOCUMENT_ARTIFACTS): string {
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'atvejis-png-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, join(root, name)]);
    return join(root, `${name}.png`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Collapses runs of whitespace (pdftotext -layout pads columns and wraps cells). */
export const squash = (s: string) => s.replace(/\s+/g, ' ');
