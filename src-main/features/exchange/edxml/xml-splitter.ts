import type { ErrorParams } from '../../../../src-shared/rpc/errors';
import { edxmlError, mb, type EdxmlLimits } from './edxml-limits';

export interface SplitterSinks {
  /** Bytes for the XML parser: all markup and every text outside attachment payloads. */
  xml(chunk: Buffer): void;
  /** Called right after the start tag of a ContentTransferEncoded element went to `xml`. */
  attachmentStart(): void;
  attachment(chunk: Buffer): void;
  attachmentEnd(): void;
}

const LT = 0x3c;
const GT = 0x3e;
type Mode = 'text' | 'attach' | 'markup';
type MarkupKind = 'unknown' | 'start' | 'end' | 'comment' | 'cdata' | 'pi';

const TERMINATOR: Record<'comment' | 'cdata' | 'pi', string> = { comment: '-->', cdata: ']]>', pi: '?>' };

/**
 * Splits a UTF-8 edXML byte stream in two before any XML parser sees it: the base64 payload of
 * every `ContentTransferEncoded` element goes to the attachment sink as it arrives, everything else
 * to the XML parser. Why: a SAX parser keeps a whole text node in memory, so a 50 MB attachment
 * would become a 67 MB string plus its decoded copy; this way the parser only ever sees the small
 * header and an empty `ContentTransferEncoded`. It also enforces the size bounds (a text node, a
 * tag, the header) and refuses a DOCTYPE outright, so entity expansion (billion laughs, external
 * entities) can never start. Markup characters are ASCII, so scanning bytes is exact in UTF-8;
 * quotes are tracked so a ">" inside an attribute value does not end a tag.
 */
export class XmlSplitter {
  private mode: Mode = 'text';
  private kind: MarkupKind = 'unknown';
  private markup: Buffer[] = [];
  private markupLen = 0;
  private head = Buffer.alloc(0);
  private quote = 0;
  private tail = '';
  private textRun = 0;
  private headerBytes = 0;
  private attachOpen = false;

  constructor(
    private readonly sinks: SplitterSinks,
    private readonly limits: EdxmlLimits,
  ) {}

  push(buf: Buffer): void {
    let i = 0;
    while (i < buf.length) {
      if (this.mode === 'text' || this.mode === 'attach') {
        const lt = buf.indexOf(LT, i);
        const end = lt < 0 ? buf.length : lt;
        if (end > i) this.emitRun(buf.subarray(i, end));
        if (lt < 0) return;
        if (this.mode === 'attach') {
          this.attachOpen = false;
          this.sinks.attachmentEnd();
        }
        this.mode = 'markup';
        this.kind = 'unknown';
        this.markup = [];
        this.markupLen = 0;
        this.head = Buffer.alloc(0);
        this.quote = 0;
        this.tail = '';
        i = lt;
        continue;
      }
      i = this.scanMarkup(buf, i);
    }
  }

  /** The input ended: anything still open is a truncated packet. */
  end(): void {
    if (this.mode === 'markup' || this.attachOpen) {
      throw edxmlError('edxml.truncated', 'truncated');
    }
  }

  private emitRun(chunk: Buffer): void {
    if (this.mode === 'attach') {
      this.sinks.attachment(chunk);
      return;
    }
    this.textRun += chunk.length;
    if (this.textRun > this.limits.maxTextBytes) {
      throw edxmlError('edxml.textTooLarge', 'text-too-large', { limit: mb(this.limits.maxTextBytes) });
    }
    this.toXml(chunk);
  }

  private toXml(chunk: Buffer): void {
    this.headerBytes += chunk.length;
    if (this.headerBytes > this.limits.maxHeaderBytes) {
      throw edxmlError('edxml.headerTooLarge', 'header-too-large', { limit: mb(this.limits.maxHeaderBytes) });
    }
    this.sinks.xml(chunk);
  }

  /** Consumes markup bytes from `buf` at `i`; returns where it stopped. */
  private scanMarkup(buf: Buffer, i: number): number {
    const start = i;
    while (i < buf.length) {
      const c = buf[i]!;
      i++;
      if (this.kind === 'unknown') {
        this.head = Buffer.concat([this.head, Buffer.of(c)]);
        this.classify();
        continue;
      }
      if (this.kind === 'start' || this.kind === 'end') {
        if (this.quote !== 0) {
          if (c === this.quote) this.quote = 0;
        } else if (c === 0x22 || c === 0x27) {
          this.quote = c;
        } else if (c === GT) {
          this.take(buf.subarray(start, i));
          this.finishTag();
          return i;
        }
        continue;
      }
      // comment, cdata, processing instruction: look for the terminator across chunk boundaries
      const term = TERMINATOR[this.kind];
      this.tail = (this.tail + String.fromCharCode(c)).slice(-term.length);
      if (this.tail === term) {
        this.take(buf.subarray(start, i));
        this.flushMarkup();
        this.mode = 'text';
        return i;
      }
    }
    this.take(buf.subarray(start, i));
    return i;
  }

  private classify(): void {
    const h = this.head;
    if (h.length < 2) return;
    const s = h.toString('latin1');
    if (s[1] === '/') this.kind = 'end';
    else if (s[1] === '?') this.kind = 'pi';
    else if (s[1] === '!') {
      if (s.length >= 4 && s.startsWith('<!--')) this.kind = 'comment';
      else if (s.length >= 9 && s.startsWith('<![CDATA[')) this.kind = 'cdata';
      else if (!'<!--'.startsWith(s) && !'<![CDATA['.startsWith(s)) {
        throw edxmlError('edxml.doctypeExplained', 'doctype');
      }
    } else this.kind = 'start';
  }

  private take(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.markup.push(chunk);
    this.markupLen += chunk.length;
    const cap =
      this.kind === 'start' || this.kind === 'end' || this.kind === 'unknown' ? this.limits.maxTagBytes : this.limits.maxTextBytes;
    if (this.markupLen > cap) {
      throw edxmlError('edxml.markupTooLarge', 'markup-too-large', { limit: mb(cap) });
    }
  }

  private flushMarkup(): void {
    const all = Buffer.concat(this.markup, this.markupLen);
    this.markup = [];
    this.markupLen = 0;
    this.toXml(all);
  }

  private finishTag(): void {
    const all = Buffer.concat(this.markup, this.markupLen);
    this.markup = [];
    this.markupLen = 0;
    this.textRun = 0;
    this.toXml(all);
    if (this.kind === 'start' && all[all.length - 2] !== 0x2f /* '/' */) {
      const name = /^<([^\s/>]+)/.exec(all.subarray(0, Math.min(all.length, 300)).toString('latin1'))?.[1] ?? '';
      const local = name.slice(name.lastIndexOf(':') + 1);
      if (local === 'ContentTransferEncoded') {
        this.mode = 'attach';
        this.attachOpen = true;
        this.sinks.attachmentStart();
        return;
      }
    }
    this.mode = 'text';
  }
}

const B64 = new Uint8Array(256);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') B64[ch.charCodeAt(0)] = 1;
B64[0x3d] = 2; // '='
for (const c of [0x20, 0x09, 0x0a, 0x0d]) B64[c] = 3;
B64[0x26] = 4; // '&' (a character reference such as &#13; written by some .NET clients)

/**
 * Streaming base64 decoder for attachment payloads: skips whitespace and whitespace character
 * references (`&#13;`, `&#xA;`), refuses anything else outside the alphabet, and hands decoded
 * bytes to `write` in bounded pieces.
 */
export class Base64Decoder {
  private pending = Buffer.alloc(256 * 1024);
  private len = 0;
  private padding = 0;
  private entity: string | null = null;
  private decoded = 0;

  constructor(
    private readonly write: (bytes: Buffer) => void,
    private readonly maxBytes: number,
    /** What is decoded, for its errors: an attachment's place in the packet (from 1), or a packet downloaded from the hub. */
    private readonly subject: number | 'download',
  ) {}

  push(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.entity !== null) {
        if (c === 0x3b) {
          if (!/^#(?:x0*(?:9|a|d|20)|0*(?:9|10|13|32))$/i.test(this.entity)) throw this.bad('entity', { entity: this.entity });
          this.entity = null;
        } else if (this.entity.length > 10) throw this.bad('longEntity');
        else this.entity += String.fromCharCode(c);
        continue;
      }
      const cls = B64[c]!;
      if (cls === 1) {
        if (this.padding > 0) throw this.bad('afterPadding');
        this.pending[this.len++] = c;
        if (this.len === this.pending.length) this.flush(false);
      } else if (cls === 2) {
        this.padding++;
        if (this.padding > 2) throw this.bad('padding');
      } else if (cls === 4) this.entity = '';
      else if (cls !== 3) throw this.bad('char', { char: String.fromCharCode(c), charCode: c });
    }
  }

  /** Ends the payload; returns the number of decoded bytes. */
  end(): number {
    if (this.entity !== null) throw this.bad('openEntity');
    this.flush(true);
    return this.decoded;
  }

  private flush(final: boolean): void {
    const usable = final ? this.len : this.len - (this.len % 4);
    if (final && (usable % 4 === 1 || (this.padding > 0 && (usable + this.padding) % 4 !== 0))) throw this.bad('length');
    if (usable > 0) {
      const bytes = Buffer.from(this.pending.toString('latin1', 0, usable), 'base64');
      this.decoded += bytes.length;
      if (this.decoded > this.maxBytes) {
        throw this.subject === 'download'
          ? edxmlError('edxml.downloadTooLarge', 'attachment-too-large', { limit: mb(this.maxBytes) })
          : edxmlError('edxml.nthTooLarge', 'attachment-too-large', { index: this.subject, limit: mb(this.maxBytes) });
      }
      this.write(bytes);
    }
    this.pending.copy(this.pending, 0, usable, this.len);
    this.len -= usable;
  }

  private bad(flaw: string, params: ErrorParams = {}) {
    return this.subject === 'download'
      ? edxmlError('edxml.downloadBadBase64', 'bad-base64', { flaw, ...params })
      : edxmlError('edxml.nthBadBase64', 'bad-base64', { index: this.subject, flaw, ...params });
  }
}
