import { useEffect, useState } from 'react';
import type { Client } from './client';
import { useClient } from './context';

/**
 * Stored images (page images, thumbnails, signature and seal images) travel by sha256 id. In browser mode GET /files/<id> needs the session
 * token as a header, which an <img src> cannot send: the bytes are fetched once and shown from an
 * object URL. Ids are content hashes, so a fetched image never goes stale.
 */
const cache = new Map<string, Promise<string>>();
const MAX_CACHED = 400;

function objectUrl(client: Client, sha256: string): Promise<string> {
  let p = cache.get(sha256);
  if (!p) {
    const { url, headers } = client.fileSource(sha256);
    p = fetch(url, { headers }).then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return URL.createObjectURL(await res.blob());
    });
    p.catch(() => cache.delete(sha256));
    cache.set(sha256, p);
    if (cache.size > MAX_CACHED) {
      // Oldest first (Map keeps insertion order); thumbnails are small, so this rarely happens.
      const [oldest, url] = cache.entries().next().value as [string, Promise<string>];
      cache.delete(oldest);
      void url.then(
        (u) => URL.revokeObjectURL(u),
        () => undefined,
      );
    }
  }
  return p;
}

/** An URL an <img> can show for a stored image; null while loading, on error, or without an id. */
export function useFileUrl(sha256: string | null | undefined): string | null {
  const client = useClient();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (!sha256) return;
    let live = true;
    objectUrl(client, sha256).then(
      (u) => live && setUrl(u),
      () => live && setUrl(null),
    );
    return () => {
      live = false;
    };
  }, [client, sha256]);
  return url;
}
