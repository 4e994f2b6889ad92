import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { DocDefinition, DocumentLanguage, Translate } from '../core/documents/layout';
import { makeTranslator } from '../core/documents/translate';
import { loadLocaleArea } from './locale-files';

// Rendering the pure document definitions (electron/core/documents) to PDF bytes in the main
// process / bridge, with embedded Roboto (every Lithuanian letter) and no access to anything else.

const nodeRequire = createRequire(import.meta.url);

/** pdfmake's own Roboto files (node_modules/pdfmake/fonts/Roboto); inside app.asar in the packaged app, which Electron's fs reads. */
export const FONTS_DIR = resolve(dirname(nodeRequire.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');

let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: join(FONTS_DIR, 'Roboto-Regular.ttf'),
      bold: join(FONTS_DIR, 'Roboto-Medium.ttf'),
      italics: join(FONTS_DIR, 'Roboto-Italic.ttf'),
      bolditalics: join(FONTS_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  // A form never fetches anything: no URLs at all, and local files only from the fonts folder.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(FONTS_DIR + sep));
  configured = true;
}

export async function renderPdf(doc: DocDefinition): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(doc).getBuffer();
}


/** The labels of the printed forms in the language chosen for this print (not the screen's). */
export function documentTranslator(language: DocumentLanguage, onMissing?: (key: string) => void): Translate {
  // Read from disk, not imported: see locale-files.ts.
  return makeTranslator({ documents: loadLocaleArea(language, 'documents') }, onMissing);
}
