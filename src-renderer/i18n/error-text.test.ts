import { beforeAll, describe, expect, it } from 'vitest';
import { AppError, appError, errorInFile } from '../../src-shared/rpc/errors';
import { errorText, loadEnglishErrors } from './error-text';

describe('errorText', () => {
  beforeAll(() => loadEnglishErrors());
  const err = appError('backup.fileMissing', { path: 'files/ab/abcd' }).toData();

  it('shows the English text of the key, filled with its params, in English mode', () => {
    expect(errorText(err, 'en')).toBe('The backup is incomplete: file "files/ab/abcd" is missing.');
  });

  it('shows the Vietnamese message the error carries in Vietnamese mode', () => {
    expect(err.message).toBe('Bản sao lưu không đầy đủ: thiếu tệp "files/ab/abcd".');
    expect(errorText(err, 'vi')).toBe(err.message);
  });

  it('falls back to the Vietnamese message for an error without a key or a key without English', () => {
    expect(errorText(new AppError('Conflict', 'Chưa có khóa.').toData(), 'en')).toBe('Chưa có khóa.');
    expect(errorText({ message: 'Lỗi mới.', code: 'future.key', params: {} }, 'en')).toBe('Lỗi mới.');
  });

  it('an error about one file keeps its key: the file name and the inner text are both in English', () => {
    const wrapped = errorInFile('scan 1.pdf', appError('scan.JAMMED', { detail: '.' })).toData();
    expect(wrapped.message).toBe('Tệp "scan 1.pdf": Kẹt giấy trong máy quét; hãy gỡ giấy kẹt rồi quét tiếp.');
    expect(errorText(wrapped, 'en')).toBe('File "scan 1.pdf": Paper jam; clear it and continue scanning.');
  });
});
