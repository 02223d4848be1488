/**
 * What each scan error code says to the clerk, in Vietnamese and English: the main process words
 * its ScanError with it (plus the device's detail) and the UI shows it in the clerk's language.
 * One sentence each, ending with a full stop.
 *
 * No zod here: the UI's message catalogue (in the shell's start-up chunk) imports this file, and the
 * schema library would come with it. intake-scan-errors.ts builds the schema from SCAN_ERROR_CODES.
 */

/**
 * Why a scan run stopped, as every scanner source reports it (SANE, eSCL, NAPS2, WIA, fake). The
 * clerk-facing texts of each code, Vietnamese and English, follow below.
 */
export const SCAN_ERROR_CODES = [
  'NO_DEVICE',
  'DEVICE_GONE',
  'BUSY',
  'FEEDER_EMPTY',
  'JAMMED',
  'COVER_OPEN',
  'UNSUPPORTED_SETTINGS',
  'CANCELLED',
  'IO',
  'TIMEOUT',
  'NOT_AVAILABLE',
] as const;
type ScanErrorCode = (typeof SCAN_ERROR_CODES)[number];

export const SCAN_ERROR_TEXTS: Readonly<Record<ScanErrorCode, { vi: string; en: string }>> = {
  NO_DEVICE: {
    vi: 'Không tìm thấy máy quét (kiểm tra máy đã bật, đã cắm cáp hoặc cùng mạng).',
    en: 'Scanner not found (check that it is on and connected, by cable or network).',
  },
  DEVICE_GONE: {
    vi: 'Mất kết nối với máy quét giữa chừng (máy tắt, rút cáp hoặc mất mạng).',
    en: 'The scanner went away mid-batch (turned off, unplugged or network lost).',
  },
  BUSY: {
    vi: 'Máy quét đang bận (đang phục vụ người khác hoặc đang khởi động); hãy thử lại sau ít phút.',
    en: 'The scanner is busy (serving someone else or warming up); try again in a few minutes.',
  },
  FEEDER_EMPTY: {
    vi: 'Khay nạp giấy (ADF) trống; hãy đặt giấy vào khay rồi quét lại.',
    en: 'The document feeder (ADF) is empty; load paper and scan again.',
  },
  JAMMED: { vi: 'Kẹt giấy trong máy quét; hãy gỡ giấy kẹt rồi quét tiếp.', en: 'Paper jam; clear it and continue scanning.' },
  COVER_OPEN: { vi: 'Nắp máy quét đang mở; hãy đóng nắp rồi quét lại.', en: 'The scanner cover is open; close it and scan again.' },
  UNSUPPORTED_SETTINGS: {
    vi: 'Máy quét không hỗ trợ thiết lập đã chọn (độ phân giải, chế độ màu hoặc khay giấy).',
    en: 'The scanner does not support these settings (resolution, colour or paper source).',
  },
  CANCELLED: { vi: 'Đã hủy quét.', en: 'Scan cancelled.' },
  IO: { vi: 'Lỗi truyền dữ liệu với máy quét.', en: 'Data transfer error with the scanner.' },
  TIMEOUT: { vi: 'Máy quét không phản hồi trong thời gian chờ.', en: 'The scanner did not answer in time.' },
  NOT_AVAILABLE: { vi: 'Nguồn quét này không dùng được trên máy tính này.', en: 'This scan source cannot be used on this computer.' },
};

/** The texts of one language, keyed by code (for the UI's message catalogue). */
export function scanErrorTexts(lang: 'vi' | 'en'): Record<ScanErrorCode, string> {
  return Object.fromEntries(Object.entries(SCAN_ERROR_TEXTS).map(([code, t]) => [code, t[lang]])) as Record<ScanErrorCode, string>;
}
