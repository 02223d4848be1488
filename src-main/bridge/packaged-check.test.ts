import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNotPackaged, currentProcessFacts, runningPackaged } from './packaged-check';

const win = path.sep === '\\';
const res = win ? 'C:\\Program Files\\vanthu\\resources' : '/opt/vanthu/resources';
const inRes = (...p: string[]) => path.join(res, ...p);

describe('runningPackaged (the HTTP bridge refuses an installed app)', () => {
  it('is true for code inside resources/app.asar under Electron', () => {
    expect(
      runningPackaged({ electronVersion: '40.10.2', resourcesPath: res, modulePath: inRes('app.asar', 'dist', 'main', 'electron.cjs') }),
    ).toBe(true);
  });

  it('is true for an unpacked install (resources/app) under Electron', () => {
    expect(runningPackaged({ electronVersion: '40.10.2', resourcesPath: res, modulePath: inRes('app', 'dist', 'main', 'serve.cjs') })).toBe(
      true,
    );
  });

  it('is true for code from an app.asar even without Electron facts (ELECTRON_RUN_AS_NODE, plain node)', () => {
    expect(
      runningPackaged({
        electronVersion: undefined,
        resourcesPath: undefined,
        modulePath: '/opt/vanthu/resources/app.asar/dist/main/serve.cjs',
      }),
    ).toBe(true);
    expect(
      runningPackaged({
        electronVersion: '40.10.2',
        resourcesPath: undefined,
        modulePath: 'C:\\vanthu\\resources\\APP.ASAR\\dist\\main\\serve.cjs',
      }),
    ).toBe(true);
  });

  it('is false for a development Electron run (electron dist/main/electron.cjs): code outside its resources', () => {
    const devResources = '/work/vanthu/node_modules/electron/dist/resources';
    expect(
      runningPackaged({ electronVersion: '40.10.2', resourcesPath: devResources, modulePath: '/work/vanthu/dist/main/electron.cjs' }),
    ).toBe(false);
    // electron's own default_app.asar sits in resources but is not ours and not where our code runs
    expect(
      runningPackaged({
        electronVersion: '40.10.2',
        resourcesPath: devResources,
        modulePath: path.join(devResources, 'appendix', 'x.cjs'),
      }),
    ).toBe(false);
  });

  it('is false for Node, browser mode and Vitest — this process included', () => {
    expect(runningPackaged({ electronVersion: undefined, resourcesPath: undefined, modulePath: '/work/vanthu/dist/main/serve.cjs' })).toBe(
      false,
    );
    expect(runningPackaged({ electronVersion: undefined, resourcesPath: res, modulePath: inRes('app', 'serve.cjs') })).toBe(false);
    expect(currentProcessFacts().modulePath).toMatch(/packaged-check\.ts$/);
    expect(runningPackaged()).toBe(false);
    expect(() => assertNotPackaged()).not.toThrow();
  });

  it('assertNotPackaged names the refusal in Vietnamese', () => {
    expect(() =>
      assertNotPackaged({ electronVersion: '40.10.2', resourcesPath: res, modulePath: inRes('app.asar', 'dist', 'main', 'serve.cjs') }),
    ).toThrow(/không chạy trong bản cài đặt/);
  });
});
