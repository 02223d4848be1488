/** The scan error schemas; the codes and their texts are in intake-scan-error-texts.ts (no zod, for the UI). */
import { z } from 'zod';
import { SCAN_ERROR_CODES } from './intake-scan-error-texts';

export { SCAN_ERROR_TEXTS } from './intake-scan-error-texts';

export const ScanErrorCodeSchema = z.enum(SCAN_ERROR_CODES);

export type ScanErrorCode = z.output<typeof ScanErrorCodeSchema>;

/** A scan run's error as batches and scan results carry it: the code and the main process's wording. */
export const ScanErrorSchema = z.object({ code: ScanErrorCodeSchema, message: z.string() });
