/**
 * VDXP's getEdoc answers `{"status":"OK","ErrorCode":"0",…,"data":"<base64 of the whole .edxml>"}`.
 * For a 50 MB packet that string is ~67 MB, so instead of JSON.parse this reads the top-level object
 * as it streams: the `data` string goes, unescaped, to a sink as it arrives; every other member
 * (small by contract, bounded here) is kept and parsed at the end. Structural characters are ASCII,
 * so scanning bytes is exact in UTF-8.
 */
import { hubError } from './hub-transport';

type State = 'start' | 'key-or-end' | 'key' | 'colon' | 'value' | 'string' | 'data' | 'raw' | 'after' | 'done';

export class JsonDataExtractor {
  private state: State = 'start';
  private key: number[] = [];
  private raw: number[] = [];
  private rawDepth = 0;
  private inString = false;
  private escape = false;
  private unicode: string | null = null;
  private sawData = false;
  private readonly members: string[] = [];
  private otherBytes = 0;

  constructor(
    private readonly onData: (chunk: Buffer) => void,
    private readonly what: string,
    private readonly maxOtherBytes = 64 * 1024,
  ) {}

  push(buf: Buffer): void {
    let runStart = -1;
    const flushRun = (end: number) => {
      if (runStart >= 0 && end > runStart) this.onData(buf.subarray(runStart, end));
      runStart = -1;
    };
    for (let i = 0; i < buf.length; i++) {
      const c = buf[i]!;
      if (this.state === 'data') {
        if (this.unicode !== null) {
          this.unicode += String.fromCharCode(c);
          if (this.unicode.length === 4) {
            const code = parseInt(this.unicode, 16);
            if (!(code < 128)) throw this.garbled('nonAscii');
            this.onData(Buffer.of(code));
            this.unicode = null;
          }
          continue;
        }
        if (this.escape) {
          this.escape = false;
          if (c === 0x75 /* u */) this.unicode = '';
          else this.onData(Buffer.of(c === 0x6e || c === 0x72 || c === 0x74 ? 0x20 : c)); // \n \r \t → space (skipped by base64)
          continue;
        }
        if (c === 0x5c /* \ */) {
          flushRun(i);
          this.escape = true;
          continue;
        }
        if (c === 0x22 /* " */) {
          flushRun(i);
          this.state = 'after';
          continue;
        }
        if (runStart < 0) runStart = i;
        continue;
      }
      this.step(c);
    }
    if (this.state === 'data') flushRun(buf.length);
  }

  /** Ends the body; returns the members other than `data`, parsed. */
  end(): { members: Record<string, unknown>; sawData: boolean } {
    if (this.state !== 'done') throw this.garbled('truncated');
    const members: Record<string, unknown> = {};
    try {
      for (const m of this.members) Object.assign(members, JSON.parse(`{${m}}`) as Record<string, unknown>);
    } catch {
      throw this.garbled('badValue');
    }
    return { members, sawData: this.sawData };
  }

  private step(c: number): void {
    const ws = c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
    switch (this.state) {
      case 'start':
        if (ws) return;
        if (c === 0x3c /* < */) throw hubError('hub.htmlInsteadOfJson', 'transient', { call: this.what }, { call: this.what });
        if (c !== 0x7b) throw this.garbled('noBrace');
        this.state = 'key-or-end';
        return;
      case 'key-or-end':
        if (ws || c === 0x2c) return;
        if (c === 0x7d) {
          this.state = 'done';
          return;
        }
        if (c !== 0x22) throw this.garbled('noKey');
        this.key = [];
        this.state = 'key';
        return;
      case 'key':
        if (this.escape) {
          this.escape = false;
          this.key.push(c);
        } else if (c === 0x5c) {
          this.escape = true;
          this.key.push(c);
        } else if (c === 0x22) this.state = 'colon';
        else this.key.push(c);
        if (this.key.length > 256) throw this.garbled('longKey');
        return;
      case 'colon':
        if (ws) return;
        if (c !== 0x3a) throw this.garbled('noColon');
        this.state = 'value';
        return;
      case 'value':
        if (ws) return;
        if (c === 0x22 && Buffer.from(this.key).toString('utf8') === 'data') {
          this.sawData = true;
          this.state = 'data';
          return;
        }
        this.raw = [c];
        this.rawDepth = c === 0x7b || c === 0x5b ? 1 : 0;
        this.inString = c === 0x22;
        this.escape = false;
        this.state = 'raw';
        return;
      case 'raw':
        this.rawByte(c);
        return;
      case 'after':
        if (ws) return;
        if (c === 0x2c) this.state = 'key-or-end';
        else if (c === 0x7d) this.state = 'done';
        else throw this.garbled('afterValue');
        return;
      case 'done':
        if (!ws) throw this.garbled('afterJson');
        return;
      default:
        return;
    }
  }

  /** Collects a non-data value (string, number, literal, nested object/array) up to its end. */
  private rawByte(c: number): void {
    if (++this.otherBytes > this.maxOtherBytes) throw this.garbled('tooLarge');
    if (this.inString) {
      this.raw.push(c);
      if (this.escape) this.escape = false;
      else if (c === 0x5c) this.escape = true;
      else if (c === 0x22) {
        this.inString = false;
        if (this.rawDepth === 0) this.finishRaw(null);
      }
      return;
    }
    if (this.rawDepth === 0 && (c === 0x2c || c === 0x7d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) {
      this.finishRaw(c);
      return;
    }
    this.raw.push(c);
    if (c === 0x22) this.inString = true;
    else if (c === 0x7b || c === 0x5b) this.rawDepth++;
    else if (c === 0x7d || c === 0x5d) {
      this.rawDepth--;
      if (this.rawDepth === 0) this.finishRaw(null);
    }
  }

  private finishRaw(terminator: number | null): void {
    this.members.push(`${JSON.stringify(Buffer.from(this.key).toString('utf8'))}:${Buffer.from(this.raw).toString('utf8')}`);
    this.state = 'after';
    if (terminator !== null) this.step(terminator);
  }

  /** `flaw`: a code of the `jsonFlaw` words (src-shared/rpc/error-texts/words.ts). */
  private garbled(flaw: string) {
    return hubError('hub.garbledJson', 'transient', { call: this.what, flaw }, { call: this.what });
  }
}
