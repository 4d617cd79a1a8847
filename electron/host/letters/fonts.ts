// Where the embedded TTF fonts come from. PDF's built-in Helvetica is WinAnsi only and garbles
// "Łukasiewicz" or "Dvořák"; DejaVu Sans covers Latin Extended, Greek and Cyrillic.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface LetterFonts {
  regular: string;
  bold: string;
}

/** The DejaVu Sans files of the dejavu-fonts-ttf package, or of `dir` when the app ships its own copy. */
export function dejaVuFonts(dir?: string): LetterFonts {
  const base = dir ?? path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const fonts = { regular: path.join(base, 'DejaVuSans.ttf'), bold: path.join(base, 'DejaVuSans-Bold.ttf') };
  for (const f of Object.values(fonts)) {
    if (!existsSync(f)) throw new Error(`The letter font is missing: ${f}`);
  }
  return fonts;
}
