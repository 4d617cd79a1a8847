// @vitest-environment jsdom
// What a hostile or tracking e-mail keeps after sanitising: its words and inline images; never a
// script, an event handler, a form, or anything that would reach out to the network.
import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML } from './hostile-html';
import { createSanitiser, messageDocument, neutraliseCss } from './sanitise';

const sanitise = createSanitiser(window);

describe('sanitising e-mail HTML', () => {
  const { html, blocked } = sanitise(HOSTILE_HTML);

  it('keeps the text the DPO needs to read and the safe link', () => {
    expect(html).toContain('I request access to my personal data under Art. 15 GDPR.');
    expect(html).toContain('href="https://example.org/policy"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('removes scripts, event handlers, javascript: and data: links, forms, frames, meta, base, link and SVG', () => {
    for (const bad of ['<script', 'onerror', 'onload', 'javascript:', 'data:text/html', '<form', '<input', '<iframe', '<meta', '<base', '<link', '<svg', 'PWNED']) {
      expect(html.toLowerCase()).not.toContain(bad.toLowerCase());
    }
  });

  it('leaves no address anywhere that a browser would fetch: pixels, backgrounds, srcset, poster, CSS url() and @import', () => {
    expect(html).not.toMatch(/https?:\/\/(?:tracker|evil)\.example/);
    expect(html).not.toMatch(/url\s*\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(blocked).toBeGreaterThanOrEqual(6);
  });

  it('neutralises url() hidden behind CSS escapes', () => {
    expect(neutraliseCss('background:\\75 rl(https://evil.example/e.png)').css).toBe('background:none');
    expect(neutraliseCss("background-image: URL( 'https://evil.example/u.png' )").css).toBe('background-image: none');
  });

  it('wraps the body in a document whose own CSP forbids scripts and any remote load', () => {
    const doc = messageDocument(html);
    expect(doc).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
  });
});
