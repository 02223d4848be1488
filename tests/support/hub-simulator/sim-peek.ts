import fs from 'node:fs';
import { SaxesParser } from 'saxes';

export interface PacketRouting {
  kind: 'edoc' | 'status';
  from: string | null;
  to: string[];
  documentId: string | null;
  responseForOrgan: string | null;
  responseForDocumentId: string | null;
  statusCode: string | null;
  title: string | null;
  notation: string | null;
}

/**
 * What a hub needs to route a packet, read from the head of the file only (the header comes before
 * the attachments), independently of vanthu's codec so a codec bug cannot hide itself. Stops at
 * the end of MessageHeader/Status; never reads attachment payloads.
 */
export function peekPacket(file: string): PacketRouting {
  const r: PacketRouting = {
    kind: 'edoc',
    from: null,
    to: [],
    documentId: null,
    responseForOrgan: null,
    responseForDocumentId: null,
    statusCode: null,
    title: null,
    notation: null,
  };
  const parser = new SaxesParser({ xmlns: false });
  const stack: string[] = [];
  let text = '';
  let done = false;
  let codeNumber = '';
  let codeNotation = '';
  const local = (n: string) => n.slice(n.indexOf(':') + 1);
  parser.on('opentag', (t) => {
    stack.push(local(t.name));
    text = '';
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (t) => {
    const name = local(t.name);
    const parent = stack[stack.length - 2];
    const v = text.trim();
    if (name === 'OrganId' && parent === 'From') r.from = v;
    else if (name === 'OrganId' && parent === 'To') r.to.push(v);
    else if (name === 'OrganId' && parent === 'ResponseFor') r.responseForOrgan = v;
    else if (name === 'DocumentId' && parent === 'ResponseFor') r.responseForDocumentId = v;
    else if (name === 'DocumentId' && (parent === 'MessageHeader' || parent === 'Status')) r.documentId = v;
    else if (name === 'StatusCode') {
      r.kind = 'status';
      r.statusCode = v;
    } else if (name === 'Subject') r.title = v;
    else if (name === 'CodeNumber') codeNumber = v;
    else if (name === 'CodeNotation') codeNotation = v;
    else if (name === 'MessageHeader' || name === 'Status') done = true;
    stack.pop();
    text = '';
  });
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const decoder = new TextDecoder('utf-8');
    let pos = 0;
    while (!done && pos < 8 * 1024 * 1024) {
      const n = fs.readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      pos += n;
      parser.write(decoder.decode(buf.subarray(0, n), { stream: true }));
    }
  } finally {
    fs.closeSync(fd);
  }
  if (!done) throw new Error('packet header not found');
  if (codeNumber || codeNotation) r.notation = `${codeNumber}/${codeNotation}`;
  return r;
}
