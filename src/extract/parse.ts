import { type Document, DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';
import { limitNesting } from './nesting.js';

/**
 * Elements whose content no step reads: their children are not built, which keeps the tree of a
 * 20 MB page within memory (inline state scripts, SVG icons and menus are much of a page's
 * nodes; measured: peak RSS of the 20 MB test page 397 -> 375 MB).
 * JSON-LD scripts are kept: metadata reads them.
 */
const OPAQUE = new Set([
  'script',
  'style',
  'svg',
  'template',
  'math',
  'canvas',
  'object',
  'nav',
  'select',
  'button',
  'textarea',
  'iframe',
]);

/** A domhandler that builds opaque elements empty and drops comments. */
class LeanHandler extends DomHandler {
  /** Open elements inside an opaque one, the opaque one included; 0 outside. */
  private opaqueDepth = 0;

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.opaqueDepth > 0) {
      this.opaqueDepth++;
      return;
    }
    super.onopentag(name, attribs);
    if (OPAQUE.has(name) && !(name === 'script' && /ld\+json/i.test(attribs['type'] ?? '')))
      this.opaqueDepth = 1;
  }

  override onclosetag(): void {
    if (this.opaqueDepth > 1) {
      this.opaqueDepth--;
      return;
    }
    this.opaqueDepth = 0;
    super.onclosetag();
  }

  override ontext(data: string): void {
    if (this.opaqueDepth === 0) super.ontext(data);
  }

  override oncomment(): void {}

  override oncommentend(): void {}
}

/** Parses HTML into a domhandler tree, the one DOM every extraction step shares. */
export function parseHtml(html: string): Document {
  const handler = new LeanHandler();
  const parser = new Parser(handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  parser.end(limitNesting(html));
  return handler.root;
}
