import { SaxesParser } from 'saxes';
import { edxmlError, type EdxmlLimits } from './edxml-limits';

/** A parsed element: local name, namespace, attributes by local name, children, direct text. */
export interface XNode {
  local: string;
  uri: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
  /** Index into the streamed attachment payloads when this is a ContentTransferEncoded element. */
  payload?: number;
}

/**
 * Builds a small element tree from the bytes the splitter lets through, with saxes (namespace
 * aware, no DTD support at all). Bytes are decoded as strict UTF-8 (an invalid byte is an error,
 * not a silent U+FFFD). Depth and element count are bounded.
 */
export class XmlTreeBuilder {
  readonly stack: XNode[] = [];
  root: XNode | null = null;
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private elements = 0;
  private first = true;

  constructor(private readonly limits: EdxmlLimits) {
    const p = this.parser;
    p.on('xmldecl', (d) => {
      if (d.encoding && !/^utf-?8$/i.test(d.encoding)) {
        throw edxmlError('edxml.encoding', 'encoding', { encoding: d.encoding });
      }
    });
    p.on('doctype', () => {
      throw edxmlError('edxml.doctype', 'doctype');
    });
    p.on('opentag', (tag) => {
      if (++this.elements > limits.maxElements)
        throw edxmlError('edxml.tooManyElements', 'too-many-elements', { limit: limits.maxElements });
      if (this.stack.length >= limits.maxDepth) throw edxmlError('edxml.tooDeep', 'too-deep', { limit: limits.maxDepth });
      const attrs: Record<string, string> = {};
      for (const a of Object.values(tag.attributes)) if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attrs[a.local] = a.value;
      const node: XNode = { local: tag.local, uri: tag.uri, attrs, children: [], text: '' };
      const parent = this.stack[this.stack.length - 1];
      if (parent) {
        if (parent.payload !== undefined) throw edxmlError('edxml.payloadWithChildren', 'bad-attachment');
        parent.children.push(node);
      } else this.root = node;
      this.stack.push(node);
    });
    p.on('text', (t) => {
      const top = this.stack[this.stack.length - 1];
      if (top) top.text += t;
    });
    p.on('cdata', (t) => {
      const top = this.stack[this.stack.length - 1];
      if (top) top.text += t;
    });
    p.on('closetag', () => {
      this.stack.pop();
    });
    p.on('error', (err) => {
      throw edxmlError('edxml.malformed', 'malformed', { error: err.message, hint: hintFor(err.message) }, { parser: err.message });
    });
  }

  write(bytes: Buffer): void {
    let s: string;
    try {
      s = this.decoder.decode(bytes, { stream: true });
    } catch {
      throw edxmlError('edxml.badUtf8', 'encoding');
    }
    if (this.first && s.length > 0) {
      this.first = false;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    this.parser.write(s);
  }

  /** The element currently open (the splitter calls this right after a ContentTransferEncoded start tag). */
  current(): XNode | undefined {
    return this.stack[this.stack.length - 1];
  }

  close(): XNode {
    try {
      this.decoder.decode();
    } catch {
      throw edxmlError('edxml.cutUtf8', 'encoding');
    }
    this.parser.close();
    if (!this.root) throw edxmlError('edxml.empty', 'empty');
    return this.root;
  }
}

/** The hint (a code of the `xmlHint` words) said after the XML parser's own message. */
function hintFor(message: string): 'entity' | 'prefix' | 'none' {
  if (/undefined entity/i.test(message)) return 'entity';
  if (/unbound namespace prefix/i.test(message)) return 'prefix';
  return 'none';
}

// ---- lenient readers over the tree: by local name, in any order --------------------------------

export function child(n: XNode | undefined, ...names: string[]): XNode | undefined {
  return n?.children.find((c) => names.includes(c.local));
}

export function children(n: XNode | undefined, ...names: string[]): XNode[] {
  return n ? n.children.filter((c) => names.includes(c.local)) : [];
}

/** First descendant (depth-first) with one of the names; `skip` prunes subtrees. */
export function find(n: XNode | undefined, names: string[], skip: string[] = []): XNode | undefined {
  if (!n) return undefined;
  for (const c of n.children) {
    if (names.includes(c.local)) return c;
    if (skip.includes(c.local)) continue;
    const hit = find(c, names, skip);
    if (hit) return hit;
  }
  return undefined;
}

/** Text of a node, NFC, trimmed; undefined when the node is absent. */
export function textOf(n: XNode | undefined): string | undefined {
  return n ? n.text.normalize('NFC').trim() : undefined;
}

export function text(n: XNode | undefined, ...names: string[]): string | undefined {
  return textOf(child(n, ...names));
}
