import { describe, expect, it } from 'vitest';
import { parseClamdReply } from './clamd-client';
import { buildDefenderArgs, parseDefenderResult } from './defender';

describe('clamd replies', () => {
  it('only an exact "stream: OK" is clean', () => {
    expect(parseClamdReply('stream: OK\0')).toEqual({ verdict: 'clean', signature: null });
    expect(parseClamdReply('stream: Test.EICAR-NDB.UNOFFICIAL FOUND\0')).toEqual({
      verdict: 'infected',
      signature: 'Test.EICAR-NDB.UNOFFICIAL',
    });
    expect(parseClamdReply('stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND')).toMatchObject({ verdict: 'infected' });
    expect(parseClamdReply('INSTREAM size limit exceeded. ERROR')).toMatchObject({ verdict: 'error' });
    expect(parseClamdReply('stream: OK but')).toMatchObject({ verdict: 'error' });
    expect(parseClamdReply('')).toMatchObject({ verdict: 'error' });
  });
});

describe('Windows Defender (MpCmdRun; not runnable here)', () => {
  it('scans one file without remediation, so the app quarantines and audits', () => {
    expect(buildDefenderArgs('C:\\in\\a.pdf')).toEqual(['-Scan', '-ScanType', '3', '-File', 'C:\\in\\a.pdf', '-DisableRemediation']);
  });
  it('exit 0 clean, 2 infected with the threat name, else error', () => {
    expect(parseDefenderResult(0, 'Scanning C:\\in\\a.pdf found no threats.')).toMatchObject({ verdict: 'clean' });
    expect(
      parseDefenderResult(2, 'Scan starting...\nThreat                  : Virus:DOS/EICAR_Test_File\nResources               : 1 total'),
    ).toEqual({ verdict: 'infected', signature: 'Virus:DOS/EICAR_Test_File' });
    expect(parseDefenderResult(2, 'found 1 threats.')).toMatchObject({ verdict: 'infected' });
    expect(parseDefenderResult(-2147024894, 'ERROR: file not found')).toMatchObject({ verdict: 'error' });
    expect(parseDefenderResult(null, '')).toMatchObject({ verdict: 'error' });
  });
});
