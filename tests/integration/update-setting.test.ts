import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveUpdateFeed, UPDATE_URL_SETTING } from '../../src-main/electron/update-feed';
import { testApp } from '../support/app-harness';

let app: ReturnType<typeof testApp> | undefined;
afterEach(() => app?.close());

describe('the updater’s app.updateUrl setting, read from a real data folder', () => {
  it('is absent by default, and once stored in the settings table it names the feed', () => {
    app = testApp();
    expect(app.readSetting(UPDATE_URL_SETTING)).toBeUndefined();
    expect(resolveUpdateFeed({ setting: app.readSetting(UPDATE_URL_SETTING), env: 'https://env.example.gov.vn/' }).feed?.source).toBe(
      'environment',
    );

    const db = new Database(path.join(app.dataDirPath, 'vanthu.db'));
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
      UPDATE_URL_SETTING,
      JSON.stringify('https://mirror.tinh.gov.vn/vanthu'),
      '2026-12-02T10:00:00+07:00',
    );
    db.close();

    expect(app.readSetting(UPDATE_URL_SETTING)).toBe('https://mirror.tinh.gov.vn/vanthu');
    expect(resolveUpdateFeed({ setting: app.readSetting(UPDATE_URL_SETTING), env: 'https://env.example.gov.vn/' }).feed).toEqual({
      url: 'https://mirror.tinh.gov.vn/vanthu/',
      source: 'settings',
    });
  });
});
