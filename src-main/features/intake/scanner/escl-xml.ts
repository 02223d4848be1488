/**
 * The few eSCL (AirScan/Mopria) XML documents the client needs. Elements are matched by local
 * name, because devices and clients disagree on prefixes (`scan:`/`pwg:`) for the same element.
 */
import type { ColorMode, FeedSource } from './scanner-source';

const SCAN_NS = 'http://schemas.hp.com/imaging/escl/2011/05/03';
const PWG_NS = 'http://www.pwg.org/schemas/2010/12/sm';

export interface EsclSettings {
  source: FeedSource;
  colorMode: ColorMode;
  dpi: number;
  areaMm: { w: number; h: number };
  format: 'image/jpeg' | 'image/png';
}

const COLOR: Record<ColorMode, string> = { color: 'RGB24', gray: 'Grayscale8', bw: 'BlackAndWhite1' };

/** 1/300 inch, the unit of eSCL scan regions. */
export const mmToEscl = (mm: number): number => Math.round((mm / 25.4) * 300);

export function buildScanSettings(s: EsclSettings): string {
  const input = s.source === 'flatbed' ? 'Platen' : 'Feeder';
  // B/W is thresholded by the app from a grey scan: many devices render BlackAndWhite1 badly.
  const mode = s.colorMode === 'bw' ? COLOR.gray : COLOR[s.colorMode];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<scan:ScanSettings xmlns:pwg="${PWG_NS}" xmlns:scan="${SCAN_NS}">`,
    '<pwg:Version>2.0</pwg:Version>',
    '<scan:Intent>Document</scan:Intent>',
    '<pwg:ScanRegions><pwg:ScanRegion>',
    '<pwg:ContentRegionUnits>escl:ThreeHundredthsOfInches</pwg:ContentRegionUnits>',
    '<pwg:XOffset>0</pwg:XOffset><pwg:YOffset>0</pwg:YOffset>',
    `<pwg:Width>${mmToEscl(s.areaMm.w)}</pwg:Width><pwg:Height>${mmToEscl(s.areaMm.h)}</pwg:Height>`,
    '</pwg:ScanRegion></pwg:ScanRegions>',
    `<pwg:InputSource>${input}</pwg:InputSource>`,
    `<scan:ColorMode>${mode}</scan:ColorMode>`,
    `<pwg:DocumentFormat>${s.format}</pwg:DocumentFormat>`,
    `<scan:DocumentFormatExt>${s.format}</scan:DocumentFormatExt>`,
    `<scan:XResolution>${s.dpi}</scan:XResolution><scan:YResolution>${s.dpi}</scan:YResolution>`,
    s.source === 'flatbed' ? '' : `<scan:Duplex>${s.source === 'adf-duplex'}</scan:Duplex>`,
    '</scan:ScanSettings>',
  ].join('');
}

/** Text of every element with this local name, in document order. */
export function elementTexts(xml: string, localName: string): string[] {
  const re = new RegExp(`<(?:[A-Za-z0-9_-]+:)?${localName}(?:\\s[^>]*)?>([^<]*)</(?:[A-Za-z0-9_-]+:)?${localName}>`, 'g');
  const out: string[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1]!.trim());
  return out;
}

export function hasElement(xml: string, localName: string): boolean {
  return new RegExp(`<(?:[A-Za-z0-9_-]+:)?${localName}[\\s>/]`).test(xml);
}

export interface EsclStatus {
  state: string | null;
  adfState: string | null;
}

export function parseScannerStatus(xml: string): EsclStatus {
  return { state: elementTexts(xml, 'State')[0] ?? null, adfState: elementTexts(xml, 'AdfState')[0] ?? null };
}

export interface EsclCapabilities {
  makeAndModel: string | null;
  sources: FeedSource[];
  colorModes: string[];
  formats: string[];
  resolutions: number[];
}

export function parseCapabilities(xml: string): EsclCapabilities {
  const sources: FeedSource[] = [];
  if (hasElement(xml, 'Platen')) sources.push('flatbed');
  if (hasElement(xml, 'Adf')) sources.push('adf');
  if (hasElement(xml, 'AdfDuplexInputCaps')) sources.push('adf-duplex');
  const uniq = <T>(a: T[]) => [...new Set(a)];
  return {
    makeAndModel: elementTexts(xml, 'MakeAndModel')[0] ?? null,
    sources,
    colorModes: uniq(elementTexts(xml, 'ColorMode')),
    formats: uniq([...elementTexts(xml, 'DocumentFormat'), ...elementTexts(xml, 'DocumentFormatExt')]),
    resolutions: uniq(
      elementTexts(xml, 'XResolution')
        .map(Number)
        .filter((n) => Number.isFinite(n) && n > 0),
    ).sort((a, b) => a - b),
  };
}
