import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderLetterOrThrow } from '../../../shared/letters';
import { sampleContext } from '../../../shared/letters/test-fixtures';
import { renderDocx } from './docx';
import { docxText } from './test-readers';

describe('the extension notice as a Word document, in German', () => {
  const letter = renderLetterOrThrow('extension-notice', 'de', sampleContext());

  it('opens as a valid Word package', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(letter));
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'docProps/core.xml']) expect(zip.file(part), part).not.toBeNull();
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    const rels = await zip.file('_rels/.rels')!.async('string');
    expect(rels).toMatch(/Target="\/?word\/document\.xml"/);
  });

  it('holds the same facts as the PDF: the ref, the requester, the old and the extended due date', async () => {
    const text = await docxText(await renderDocx(letter));
    expect(text).toContain('Unser Zeichen: DPO-2026-0042');
    expect(text).toContain('Zofia Łukasiewicz-Dvořák');
    expect(text).toContain('Müßiggasse 3');
    expect(text).toContain('die am 2. März 2026 geendet hätte');
    expect(text).toContain('spätestens bis zum 28. April 2026');
    expect(text).toContain('Die Gründe dafür sind: your request covers twelve years');
    expect(text).toContain('Mit freundlichen Grüßen');
  });

  it('is stamped with the letter’s date and gives the same bytes every time', async () => {
    const a = await renderDocx(letter);
    const b = await renderDocx(letter);
    expect(a.equals(b)).toBe(true);
    const core = await (await JSZip.loadAsync(a)).file('docProps/core.xml')!.async('string');
    expect(core).toMatch(/<dcterms:created[^>]*>2026-02-20T00:00:00Z<\/dcterms:created>/);
    expect(core).toContain('<dc:title>Ihr Antrag DPO-2026-0042: Verlängerung der Antwortfrist</dc:title>');
  });
});

describe('an access response as a Word document', () => {
  it('keeps the Art. 15(1) items as a bulleted list', async () => {
    const docx = await renderDocx(renderLetterOrThrow('access-response', 'en', sampleContext()));
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect((xml.match(/<w:numPr>/g) ?? []).length).toBe(9); // one enclosed file, eight information items
    const numIds = new Set([...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    for (const id of numIds) expect(numbering).toContain(`<w:num w:numId="${id}"`);
    const text = await docxText(docx);
    expect(text).toContain('Purposes of the processing: membership administration');
    expect(text).toContain('You have the right to lodge a complaint with a supervisory authority, such as the Berlin Commissioner');
  });
});
