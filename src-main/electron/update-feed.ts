/**
 * Where the updater looks for updates. Pure (no electron import), unit-tested under Node.
 *
 * In order: the `app.updateUrl` setting of the data folder (the agency's own mirror, chosen at run
 * time), then VANTHU_UPDATE_URL in the environment of the running app, then the feed baked in at
 * build time (electron-builder writes `publish.url`, i.e. VANTHU_UPDATE_URL of `npm run dist`, to
 * resources/app-update.yml). A value that is not a plain https URL (http only for this machine) is
 * skipped with a reason, never half-used; with no usable feed the updater does not check at all.
 */
export const UPDATE_URL_SETTING = 'app.updateUrl';
const MAX_URL_LENGTH = 2048;

export type FeedSource = 'settings' | 'environment' | 'built-in';
export type Feed = { url: string; source: FeedSource };
export interface FeedDecision {
  feed: Feed | null;
  /** Values that were present but refused, with why (for the log). */
  skipped: { source: FeedSource; reason: string }[];
}

/** Checks one candidate; returns the normalised URL or why it is refused (Vietnamese). */
export function checkUpdateUrl(raw: unknown): { ok: true; url: string } | { ok: false; reason: string } {
  if (typeof raw !== 'string') return { ok: false, reason: 'địa chỉ cập nhật không phải chuỗi' };
  const text = raw.trim();
  if (text.length > MAX_URL_LENGTH) return { ok: false, reason: `địa chỉ cập nhật dài quá ${MAX_URL_LENGTH} ký tự` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `địa chỉ cập nhật không hợp lệ: "${text.slice(0, 100)}"` };
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, reason: `địa chỉ cập nhật phải dùng https (nhận được ${url.protocol})` };
  }
  if (url.username || url.password) return { ok: false, reason: 'địa chỉ cập nhật không được chứa tên đăng nhập hay mật khẩu' };
  if (url.search || url.hash) return { ok: false, reason: 'địa chỉ cập nhật không được có phần ?… hay #…' };
  return { ok: true, url: url.href.endsWith('/') ? url.href : `${url.href}/` };
}

/** The `url:` of electron-builder's app-update.yml (generic provider), or null. */
export function builtInFeedUrl(appUpdateYml: string | null): string | null {
  if (!appUpdateYml) return null;
  const m = /^url:[ \t]*(.*)$/m.exec(appUpdateYml);
  const value = m?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2') ?? '';
  return value === '' || value === 'null' || value === '~' ? null : value;
}

export function resolveUpdateFeed(candidates: { setting?: unknown; env?: string | undefined; builtIn?: string | null }): FeedDecision {
  const skipped: FeedDecision['skipped'] = [];
  const ordered: [FeedSource, unknown][] = [
    ['settings', candidates.setting],
    ['environment', candidates.env],
    ['built-in', candidates.builtIn],
  ];
  for (const [source, raw] of ordered) {
    if (raw === undefined || raw === null || raw === '') continue;
    const checked = checkUpdateUrl(raw);
    if (checked.ok) return { feed: { url: checked.url, source }, skipped };
    skipped.push({ source, reason: checked.reason });
  }
  return { feed: null, skipped };
}
