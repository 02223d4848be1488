import type { BookModel } from '../../src-main/features/books/pdf/book-model';

/** An incoming-register book model over the given rows (tests of rendering, in this thread or the worker). */
export function testBookModel(rows: string[][], numberTo: string): BookModel {
  return {
    layoutVersion: 1,
    direction: 'den',
    paper: 'a4',
    cover: {
      parentName: 'Bộ Nội vụ',
      agencyName: 'Cục Văn thư và Lưu trữ nhà nước',
      title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      year: 2026,
      dateFrom: '2026-01-01',
      dateTo: '2026-03-31',
      numberFrom: '1',
      numberTo,
      volumeNo: 1,
    },
    rows: rows.map((cells) => ({ kind: 'entry', cells })),
    title: 'Sổ',
    subject: 's',
    date: '2026-04-01T08:00:00+07:00',
    runningTitle: 'Sổ đăng ký văn bản đến',
  };
}
