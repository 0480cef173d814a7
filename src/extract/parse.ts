import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { limitNesting } from './nesting.js';

/** Parses HTML into a domhandler tree, the one DOM every extraction step shares. */
export function parseHtml(html: string): Document {
  return parseDocument(limitNesting(html), {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
}
