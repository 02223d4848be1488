import { describe, expect, it } from 'vitest';
import { builtInFeedUrl, checkUpdateUrl, resolveUpdateFeed } from './update-feed';

describe('update feed (settings, then environment, then the build-time feed)', () => {
  it('prefers the data folder setting, then VANTHU_UPDATE_URL, then app-update.yml', () => {
    const all = {
      setting: 'https://mirror.tinh.gov.vn/vanthu',
      env: 'https://env.example.gov.vn/vt/',
      builtIn: 'https://updates.example.gov.vn/vanthu',
    };
    expect(resolveUpdateFeed(all).feed).toEqual({ url: 'https://mirror.tinh.gov.vn/vanthu/', source: 'settings' });
    expect(resolveUpdateFeed({ ...all, setting: undefined }).feed).toEqual({
      url: 'https://env.example.gov.vn/vt/',
      source: 'environment',
    });
    expect(resolveUpdateFeed({ builtIn: all.builtIn, env: '' }).feed).toEqual({
      url: 'https://updates.example.gov.vn/vanthu/',
      source: 'built-in',
    });
  });

  it('with nothing configured there is no feed (the updater does not check)', () => {
    expect(resolveUpdateFeed({})).toEqual({ feed: null, skipped: [] });
    expect(resolveUpdateFeed({ setting: null, env: undefined, builtIn: builtInFeedUrl('provider: generic\nurl: \n') })).toEqual({
      feed: null,
      skipped: [],
    });
  });

  it('skips a bad value with its reason and falls through to the next source', () => {
    const d = resolveUpdateFeed({
      setting: 'http://mirror.example/vanthu',
      env: 'not a url',
      builtIn: 'https://updates.example.gov.vn/vanthu',
    });
    expect(d.feed?.source).toBe('built-in');
    expect(d.skipped).toEqual([
      { source: 'settings', reason: expect.stringContaining('https') },
      { source: 'environment', reason: expect.stringContaining('không hợp lệ') },
    ]);
  });

  it('accepts https, and http only on this machine; refuses credentials, queries, other schemes, non-strings, huge values', () => {
    expect(checkUpdateUrl('http://127.0.0.1:8080/feed')).toEqual({ ok: true, url: 'http://127.0.0.1:8080/feed/' });
    expect(checkUpdateUrl('http://localhost/feed/')).toEqual({ ok: true, url: 'http://localhost/feed/' });
    for (const bad of [
      'http://updates.example.gov.vn/',
      'ftp://x/',
      'file:///tmp/feed',
      'https://user:pw@x.gov.vn/',
      'https://x.gov.vn/?channel=beta',
      `https://x.gov.vn/${'a'.repeat(3000)}`,
      42,
      {},
    ]) {
      expect(checkUpdateUrl(bad).ok, String(bad).slice(0, 40)).toBe(false);
    }
  });

  it('reads the url of electron-builder’s app-update.yml', () => {
    expect(
      builtInFeedUrl(
        'provider: generic\nurl: https://updates.example.gov.vn/vanthu\nchannel: latest\nupdaterCacheDirName: vanthu-updater\n',
      ),
    ).toBe('https://updates.example.gov.vn/vanthu');
    expect(builtInFeedUrl("provider: generic\nurl: 'https://u.example.gov.vn/a'\n")).toBe('https://u.example.gov.vn/a');
    expect(builtInFeedUrl('provider: generic\nurl: null\n')).toBeNull();
    expect(builtInFeedUrl(null)).toBeNull();
  });
});
