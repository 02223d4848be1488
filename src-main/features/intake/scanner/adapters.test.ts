import { describe, expect, it } from 'vitest';
import { buildScanSettings, parseCapabilities, parseScannerStatus } from './escl-xml';
import { adfStateError } from './escl-source';
import { buildNaps2ListArgs, buildNaps2ScanArgs, classifyNaps2Output, parseNaps2DeviceId, parseNaps2DeviceList } from './naps2-source';
import { buildScanimageArgs, mapSaneExit } from './sane-source';
import type { ScanRequest } from './scanner-source';
import { ScanError } from './scanner-source';
import { buildWiaArgs, buildWiaScript, parseWiaLine } from './wia-source';

const req = (o: Partial<ScanRequest> = {}): ScanRequest => ({
  deviceId: 'test:0',
  source: 'adf',
  colorMode: 'color',
  dpi: 200,
  areaMm: { w: 210, h: 297 },
  workDir: 'C:\\tmp\\job',
  ...o,
});

describe('SANE scanimage', () => {
  it('builds a batch command with page names on stdout and progress', () => {
    const a = buildScanimageArgs(req({ maxPages: 3 }), '/w/p-%04d.png');
    expect(a).toEqual(
      expect.arrayContaining([
        '-d',
        'test:0',
        '--resolution',
        '200',
        '--mode',
        'Color',
        '--format=png',
        '--batch=/w/p-%04d.png',
        '--batch-print',
        '-p',
        '--batch-count=3',
      ]),
    );
    expect(a).toContain('Automatic Document Feeder');
    expect(buildScanimageArgs(req({ source: 'flatbed', colorMode: 'bw' }), 'x')).toEqual(
      expect.arrayContaining(['--mode', 'Gray', '--batch-count=1']),
    );
  });
  it('maps exit codes (= SANE_Status) to typed errors', () => {
    expect(mapSaneExit(0, null, '')).toBeNull();
    expect(mapSaneExit(7, null, '')).toBe('FEEDER_EMPTY');
    expect(mapSaneExit(6, null, '')).toBe('JAMMED');
    expect(mapSaneExit(8, null, '')).toBe('COVER_OPEN');
    expect(mapSaneExit(3, null, '')).toBe('BUSY');
    expect(mapSaneExit(2, null, '')).toBe('CANCELLED');
    expect(mapSaneExit(1, null, 'scanimage: open of device nosuch:0 failed: Invalid argument')).toBe('NO_DEVICE');
    expect(mapSaneExit(null, 'SIGKILL', '')).toBe('DEVICE_GONE');
  });
  it('scan errors carry a Vietnamese message, the pages kept and an error kind', () => {
    const e = new ScanError('JAMMED', { pagesDelivered: 2 });
    expect(e.message).toMatch(/Kẹt giấy/);
    expect(e.toAppError().details).toMatchObject({ scanError: 'JAMMED', pagesDelivered: 2, retryable: true });
  });
});

describe('eSCL documents', () => {
  it('ScanSettings in 1/300 inch with version, source, colour and resolution', () => {
    const x = buildScanSettings({ source: 'adf', colorMode: 'color', dpi: 200, areaMm: { w: 210, h: 297 }, format: 'image/jpeg' });
    expect(x).toContain('<pwg:Version>2.0</pwg:Version>');
    expect(x).toContain('<pwg:Width>2480</pwg:Width><pwg:Height>3508</pwg:Height>');
    expect(x).toContain('<pwg:InputSource>Feeder</pwg:InputSource>');
    expect(x).toContain('<scan:ColorMode>RGB24</scan:ColorMode>');
    expect(buildScanSettings({ source: 'flatbed', colorMode: 'bw', dpi: 300, areaMm: { w: 210, h: 297 }, format: 'image/png' })).toContain(
      'Grayscale8',
    );
  });
  it('reads status and capabilities by local name, whatever the prefix', () => {
    expect(
      parseScannerStatus('<a:ScannerStatus><pwg:State>Idle</pwg:State><x:AdfState>ScannerAdfJam</x:AdfState></a:ScannerStatus>'),
    ).toEqual({ state: 'Idle', adfState: 'ScannerAdfJam' });
    const c = parseCapabilities(
      '<scan:ScannerCapabilities><pwg:MakeAndModel>HP</pwg:MakeAndModel><scan:Platen/><scan:Adf></scan:Adf><scan:XResolution>300</scan:XResolution><scan:XResolution>200</scan:XResolution></scan:ScannerCapabilities>',
    );
    expect(c).toMatchObject({ makeAndModel: 'HP', sources: ['flatbed', 'adf'], resolutions: [200, 300] });
    expect(adfStateError('ScannerAdfJam')).toBe('JAMMED');
    expect(adfStateError('ScannerAdfHatchOpen')).toBe('COVER_OPEN');
    expect(adfStateError('ScannerAdfEmpty')).toBe('FEEDER_EMPTY');
    expect(adfStateError('ScannerAdfLoaded')).toBeNull();
  });
});

describe('NAPS2 console (Windows; not runnable here)', () => {
  it('builds the scan command: driver, device, source, dpi, per-page JPEG files', () => {
    const a = buildNaps2ScanArgs(req({ deviceId: 'wia:Canon DR-C225', source: 'adf-duplex', colorMode: 'gray' }));
    expect(a).toEqual(
      expect.arrayContaining([
        '--noprofile',
        '--driver',
        'wia',
        '--device',
        'Canon DR-C225',
        '--source',
        'duplex',
        '--dpi',
        '200',
        '--bitdepth',
        'gray',
        '--pagesize',
        'a4',
        '--split',
        '-f',
        '-v',
      ]),
    );
    expect(a[a.indexOf('-o') + 1]).toBe('C:\\tmp\\job\\page-$(nnnn).jpg');
    expect(buildNaps2ListArgs('twain')).toEqual(['--listdevices', '--driver', 'twain']);
    expect(() => parseNaps2DeviceId('Canon')).toThrow(ScanError);
  });
  it('parses devices and classifies its messages', () => {
    expect(parseNaps2DeviceList('Canon DR-C225\r\nHP ScanJet Pro\r\n\r\n')).toEqual(['Canon DR-C225', 'HP ScanJet Pro']);
    expect(classifyNaps2Output('Error: Paper jam in the document feeder.')).toBe('JAMMED');
    expect(classifyNaps2Output('No scanned pages to export.')).toBe('FEEDER_EMPTY');
    expect(classifyNaps2Output('The selected scanner could not be found.')).toBe('NO_DEVICE');
    expect(classifyNaps2Output('The scanner is busy.')).toBe('BUSY');
    expect(classifyNaps2Output('Scanning page 1...\nExported 3 pages.')).toBeNull();
  });
});

describe('WIA through PowerShell (Windows; not runnable here)', () => {
  it('builds a script with quoted values and an encoded command line', () => {
    const s = buildWiaScript(req({ deviceId: "{6BDD1FC6}\\0001 O'Brien", workDir: 'C:\\Users\\vt\\job' }));
    expect(s).toContain("$deviceId = '{6BDD1FC6}\\0001 O''Brien'");
    expect(s).toContain('SetProp $dev.Properties 3088 1');
    expect(s).toContain('SetProp $item.Properties 6147 200');
    const args = buildWiaArgs(s);
    expect(args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    expect(Buffer.from(args[5]!, 'base64').toString('utf16le')).toBe(s);
  });
  it('parses page, error (HRESULT) and noise lines', () => {
    expect(parseWiaLine('{"page":1,"file":"C:\\\\j\\\\page-0001.jpg"}')).toEqual({ kind: 'page', index: 1, file: 'C:\\j\\page-0001.jpg' });
    expect(parseWiaLine('{"error":"0x80210003","pages":3}')).toMatchObject({ kind: 'error', code: 'FEEDER_EMPTY' });
    expect(parseWiaLine('{"error":"0x80210002"}')).toMatchObject({ code: 'JAMMED' });
    expect(parseWiaLine('{"error":"0x80210006"}')).toMatchObject({ code: 'BUSY' });
    expect(parseWiaLine('WARNING: something')).toMatchObject({ kind: 'noise' });
  });
});
