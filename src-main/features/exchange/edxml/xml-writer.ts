import { EDXML_NAMESPACE } from '../../../../src-shared/contracts/exchange-model.contract';

// Characters XML 1.0 cannot carry at all (C0 controls other than tab/newline/CR, U+FFFE/U+FFFF).
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(s: string): string {
  return s.normalize('NFC').replace(INVALID_XML_CHARS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Writes edXML the way the official VPCP sample is laid out: two-space indentation, one element per
 * line, `edXML:` prefix on every element of the envelope, `<x/>` for an empty element. A value of
 * `undefined` or `null` omits the element; "" writes it empty.
 */
export class EdxmlWriter {
  private readonly parts: string[] = [];
  private depth = 0;

  constructor(private readonly prefix = 'edXML:') {}

  raw(line: string): this {
    this.parts.push(`${'  '.repeat(this.depth)}${line}\n`);
    return this;
  }

  open(name: string, attrs = ''): this {
    this.raw(`<${this.prefix}${name}${attrs}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    return this.raw(`</${this.prefix}${name}>`);
  }

  leaf(name: string, value: string | number | boolean | null | undefined): this {
    if (value === undefined || value === null) return this;
    const text = typeof value === 'string' ? escapeText(value) : String(value);
    return text === '' ? this.raw(`<${this.prefix}${name}/>`) : this.raw(`<${this.prefix}${name}>${text}</${this.prefix}${name}>`);
  }

  /** Switches prefix for a block (the unprefixed AttachmentEncoded part). */
  withPrefix(prefix: string, body: (w: EdxmlWriter) => void): this {
    const inner = new EdxmlWriter(prefix);
    inner.depth = this.depth;
    body(inner);
    this.parts.push(inner.toString());
    return this;
  }

  indent(): string {
    return '  '.repeat(this.depth);
  }

  setDepth(depth: number): this {
    this.depth = depth;
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
export const ROOT_OPEN = `<edXML xmlns="${EDXML_NAMESPACE}">`;
export const ENVELOPE_ATTRS = ` xmlns:edXML="${EDXML_NAMESPACE}"`;
