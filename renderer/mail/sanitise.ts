// Untrusted e-mail HTML made safe to look at. DOMPurify removes scripts and event handlers; the
// hooks here go further for privacy: nothing may load from the network (tracking pixels, remote
// images, CSS url() and @import), and forms, meta refresh, base, link, frames and SVG are dropped.
// The result is still shown only in a sandboxed frame with its own CSP (see messageDocument).
import DOMPurify, { type WindowLike } from 'dompurify';

export interface SanitisedHtml {
  html: string;
  /** Remote images, backgrounds and style URLs that were blocked (for a "blocked N" note). */
  blocked: number;
}

const FORBID_TAGS = ['form', 'input', 'button', 'select', 'option', 'textarea', 'meta', 'base', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'script', 'noscript', 'template', 'portal', 'audio', 'video', 'source', 'track', 'picture'];
const URL_ATTRS = ['src', 'srcset', 'background', 'poster', 'lowsrc', 'dynsrc', 'longdesc', 'data', 'action', 'formaction', 'xlink:href', 'ping'];
const CSS_URL = /url\s*\(\s*(['"]?)[\s\S]*?\1\s*\)/gi;
const CSS_IMPORT = /@import\s+[^;]+;?/gi;
// Expressions, bindings and image-set() are other ways CSS fetches or runs something.
const CSS_SUSPICIOUS = /expression\s*\(|image-set\s*\(|-moz-binding|behavior\s*:/gi;
// Whatever address is left in the CSS after that (a bare //host or https://host) goes too.
const CSS_ADDRESS = /(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s;'")]+/gi;

/** CSS escapes (\75 rl, \000075rl, \u\r\l) are how url() hides from a pattern: decode them first. */
function unescapeCss(css: string): string {
  return css
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex: string) => {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/\\(.)/g, '$1');
}
const SAFE_LINK = /^(?:https?:|mailto:|#)/i;

/** CSS with every url(), @import and escape trick removed; counts what it took out. */
export function neutraliseCss(css: string): { css: string; blocked: number } {
  let blocked = 0;
  const out = unescapeCss(css)
    .replace(CSS_IMPORT, () => { blocked++; return ''; })
    .replace(CSS_SUSPICIOUS, () => { blocked++; return ''; })
    .replace(CSS_URL, () => { blocked++; return 'none'; })
    .replace(CSS_ADDRESS, () => { blocked++; return ''; });
  return { css: out, blocked };
}

export function createSanitiser(win: WindowLike) {
  const purify = DOMPurify(win);
  let blocked = 0;

  purify.addHook('uponSanitizeElement', (node) => {
    // <style> blocks stay for layout, without anything that fetches.
    if ((node as Element).tagName?.toLowerCase() === 'style') {
      const r = neutraliseCss(node.textContent ?? '');
      blocked += r.blocked;
      node.textContent = r.css;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.getAttribute) return;
    for (const attr of URL_ATTRS) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      // Only inline images (data:) may stay; cid: parts are not resolved here, remote ones never load.
      if (attr === 'src' && /^data:image\/(?:png|gif|jpe?g|webp);/i.test(value.trim())) continue;
      el.removeAttribute(attr);
      if (value.trim()) {
        blocked++;
        el.setAttribute(`data-blocked-${attr.replace(':', '-')}`, '');
      }
    }
    const style = el.getAttribute('style');
    if (style !== null) {
      const r = neutraliseCss(style);
      blocked += r.blocked;
      el.setAttribute('style', r.css);
    }
    if (el.tagName.toLowerCase() === 'a') {
      const href = el.getAttribute('href');
      if (href !== null && !SAFE_LINK.test(href.trim())) el.removeAttribute('href');
      el.setAttribute('rel', 'noopener noreferrer');
      el.removeAttribute('target');
    }
  });

  return function sanitise(dirty: string): SanitisedHtml {
    blocked = 0;
    const html = purify.sanitize(dirty, {
      USE_PROFILES: { html: true },
      FORBID_TAGS,
      FORBID_ATTR: ['srcdoc', 'formaction', 'ping', 'http-equiv'],
      ALLOW_DATA_ATTR: false,
      ADD_ATTR: [],
      WHOLE_DOCUMENT: false,
      RETURN_TRUSTED_TYPE: false,
    }) as string;
    return { html, blocked };
  };
}

/** The CSP inside the message frame: no script, no network, inline styles only, inline images only. */
export const MESSAGE_FRAME_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

/** The document for <iframe sandbox="" srcdoc=…>: the sanitised body under its own CSP. */
export function messageDocument(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${MESSAGE_FRAME_CSP}"><meta name="referrer" content="no-referrer"><style>body{font:14px/1.5 system-ui,sans-serif;color:#1d2433;margin:12px;word-wrap:break-word}img{max-width:100%}</style></head><body>${body}</body></html>`;
}
