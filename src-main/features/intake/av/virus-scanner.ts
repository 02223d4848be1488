/** The VirusScanner port: one verdict per file. Only an engine's explicit "clean" is clean. */
export interface AvResult {
  verdict: 'clean' | 'infected' | 'error';
  signature: string | null;
  raw: string;
  ms: number;
}

export interface AvHealth {
  ok: boolean;
  version: string | null;
  detail: string | null;
}

export interface VirusScanner {
  readonly id: 'clamd' | 'defender' | 'none';
  health(): Promise<AvHealth>;
  scanFile(file: string, signal?: AbortSignal): Promise<AvResult>;
}

/** Used when the agency has no engine: every scan is an error, so policy decides (block / warn). */
export const noScanner: VirusScanner = {
  id: 'none',
  health: async () => ({ ok: false, version: null, detail: 'Chưa cấu hình phần mềm diệt virus.' }),
  scanFile: async () => ({ verdict: 'error', signature: null, raw: 'no scanner', ms: 0 }),
};
