/**
 * The Vietnamese administrative documents of the scan fixtures (scan-fixtures.ts draws and scans
 * them): each page 1 as its office printed it, body paragraphs from the original sample texts in
 * tests/fixtures/text (fixture-text.ts), and what a perfect reading of it gives.
 */
import type { OcrFields } from '../../src-shared/contracts/intake.contract';
import { fixtureParagraphs } from './fixture-text';

export interface FixtureDoc {
  id: string;
  parentOrgan: string | null;
  organ: string;
  so: string;
  place: string;
  date: [number, number, number];
  /** Title in capitals; null for a công văn (trích yếu goes under the số as "V/v …"). */
  title: string | null;
  subjectLines: string[];
  authority: string | null;
  body: string[];
  recipients: string[];
  position: string[];
  signer: string | null;
  /** What a perfect reading gives (see withTruth). */
  truth: OcrFields;
  /** A độ-mật stamp ("MẬT", "TỐI MẬT", "TUYỆT MẬT") at box 10a, under the số, red in a frame. */
  secrecyStamp?: string;
}

const PRINTED: Printed[] = [
  {
    id: 'qd-sngv',
    parentOrgan: 'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH',
    organ: 'SỞ NGOẠI VỤ',
    so: '1048/QĐ-SNgV',
    place: 'Bình Định',
    date: [22, 11, 2016],
    title: 'QUYẾT ĐỊNH',
    subjectLines: [
      'Về việc ban hành Quy chế quản lý, sử dụng Phần mềm chuyên, nhận văn bản',
      'hành chính giữa Bộ Ngoại giao và Sở Ngoại vụ tỉnh Bình Định',
    ],
    authority: 'GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH BÌNH ĐỊNH',
    body: fixtureParagraphs('02-qd-phan-mem-quan-ly-van-ban-huyen.txt', /^Căn cứ/, 5),
    recipients: ['- Như điều 3;', '- Cục Ngoại vụ (báo cáo);', '- Lãnh đạo Sở;', '- Lưu: VT, VP.'],
    position: ['GIÁM ĐỐC'],
    signer: 'Nguyễn Tân',
    subject: 'Ban hành Quy chế quản lý, sử dụng Phần mềm chuyên, nhận văn bản hành chính giữa Bộ Ngoại giao và Sở Ngoại vụ tỉnh Bình Định',
  },
  {
    id: 'qd-ubnd-qnam',
    parentOrgan: null,
    organ: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
    so: '2675/QĐ-UBND',
    place: 'Quảng Nam',
    date: [4, 9, 2018],
    title: 'QUYẾT ĐỊNH',
    subjectLines: [
      'Về việc ban hành Quy chế gửi, nhận văn bản điện tử của các cơ quan',
      'trong hệ thống hành chính nhà nước trên địa bàn tỉnh Quảng Nam',
    ],
    authority: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
    body: fixtureParagraphs('01-qd-quy-che-gui-nhan-van-ban-dien-tu.txt', /^Căn cứ Luật Tổ chức/, 4),
    recipients: ['- Như Điều 3;', '- Văn phòng Chính phủ;', '- Lưu: VT, KGVX.'],
    position: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signer: null,
    subject: 'Ban hành Quy chế gửi, nhận văn bản điện tử của các cơ quan trong hệ thống hành chính nhà nước trên địa bàn tỉnh Quảng Nam',
  },
  {
    id: 'qc-hu',
    parentOrgan: 'ĐẢNG BỘ TỈNH HƯNG YÊN',
    organ: 'HUYỆN ỦY KIM ĐỘNG',
    so: '19-QC/HU',
    place: 'Kim Động',
    date: [16, 9, 2024],
    title: 'QUY CHẾ',
    subjectLines: ['Quản lý, sử dụng phần mềm Quản lý văn bản và điều hành', 'trên mạng Internet trong các cơ quan Đảng huyện Kim Động'],
    authority: null,
    body: fixtureParagraphs('09-qc-dang-uy-phan-mem.txt', /^Căn cứ Điều lệ/, 3),
    recipients: ['- Ban Thường vụ Huyện uỷ,', '- Ủy ban nhân dân huyện,', '- Lưu VPHU.'],
    position: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'],
    signer: 'Nguyễn Chi Hội',
    subject: 'Quản lý, sử dụng phần mềm Quản lý văn bản và điều hành trên mạng Internet trong các cơ quan Đảng huyện Kim Động',
  },
  {
    id: 'qd-sdl',
    parentOrgan: 'UBND TỈNH BÌNH ĐỊNH',
    organ: 'SỞ DU LỊCH',
    so: '146/QĐ-SDL',
    place: 'Bình Định',
    date: [11, 10, 2021],
    title: 'QUYẾT ĐỊNH',
    subjectLines: ['Về việc ban hành Quy chế quản lý và sử dụng', 'Hệ thống Văn phòng điện tử liên thông của Sở Du lịch'],
    authority: 'GIÁM ĐỐC SỞ DU LỊCH',
    body: fixtureParagraphs('08-qd-to-cong-nghe-so.txt', /^Căn cứ Nghị định/, 4),
    recipients: ['- Như Điều 3;', '- BGĐ Sở;', '- Website Sở;', '- Lưu: VT, VP.'],
    position: ['GIÁM ĐỐC'],
    signer: 'Trần Văn Thanh',
    subject: 'Ban hành Quy chế quản lý và sử dụng Hệ thống Văn phòng điện tử liên thông của Sở Du lịch',
  },
  {
    id: 'qd-sgtvt',
    parentOrgan: 'UBND TỈNH QUẢNG NGÃI',
    organ: 'SỞ GIAO THÔNG VẬN TẢI',
    so: '955/QĐ-SGTVT',
    place: 'Quảng Ngãi',
    date: [7, 9, 2017],
    title: 'QUYẾT ĐỊNH',
    subjectLines: ['Về việc ban hành Quy chế quản lý và sử dụng phần mềm', 'Văn phòng điện tử - eOffice'],
    authority: 'GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NGÃI',
    body: fixtureParagraphs('06-ttr-so-hoa-tai-lieu.txt', /^Căn cứ Luật Lưu trữ/, 3),
    recipients: ['- Như Điều 3;', '- Lãnh đạo Sở;', '- Lưu: VT, VP.'],
    position: ['GIÁM ĐỐC'],
    signer: 'Hoàng Việt Phương',
    subject: 'Ban hành Quy chế quản lý và sử dụng phần mềm Văn phòng điện tử - eOffice',
  },
  // Documents of other kinds (công văn, tờ trình, kế hoạch), same sample body text.
  {
    id: 'cv-cnv',
    parentOrgan: 'BỘ NGOẠI GIAO',
    organ: 'CỤC NGOẠI VỤ',
    so: '490/CNV-TH',
    place: 'Hà Nội',
    date: [8, 11, 2016],
    title: null,
    subjectLines: ['V/v triển khai Phần mềm chuyên nhận văn bản', 'hành chính với các cơ quan Ngoại vụ địa phương'],
    authority: null,
    body: [
      'Kính gửi: Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương.',
      ...fixtureParagraphs('01-qd-quy-che-gui-nhan-van-ban-dien-tu.txt', /^Điều 2\. Giải thích/, 3),
    ],
    recipients: ['- Như trên;', '- Lưu: VT, TH.'],
    position: ['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG'],
    signer: 'Lê Minh Hoàng',
    subject: 'Triển khai Phần mềm chuyên nhận văn bản hành chính với các cơ quan Ngoại vụ địa phương',
  },
  {
    id: 'ttr-stttt',
    parentOrgan: 'UBND TỈNH QUẢNG NAM',
    organ: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    so: '197/TTr-STTTT',
    place: 'Quảng Nam',
    date: [10, 8, 2018],
    title: 'TỜ TRÌNH',
    subjectLines: ['Về việc ban hành Quy chế gửi, nhận văn bản điện tử', 'trên địa bàn tỉnh Quảng Nam'],
    authority: null,
    body: [
      'Kính gửi: Ủy ban nhân dân tỉnh Quảng Nam.',
      ...fixtureParagraphs('01-qd-quy-che-gui-nhan-van-ban-dien-tu.txt', /^Căn cứ Quyết định số 28\/2018/, 2),
    ],
    recipients: ['- Như trên;', '- Lưu: VT, BCVT.'],
    position: ['GIÁM ĐỐC'],
    signer: 'Phạm Thị Thu Hà',
    subject: 'Ban hành Quy chế gửi, nhận văn bản điện tử trên địa bàn tỉnh Quảng Nam',
  },
  {
    id: 'kh-ubnd',
    parentOrgan: 'ỦY BAN NHÂN DÂN',
    organ: 'TỈNH LÂM ĐỒNG',
    so: '140/KH-UBND',
    place: 'Lâm Đồng',
    date: [5, 10, 2018],
    title: 'KẾ HOẠCH',
    subjectLines: [
      'Thực hiện Quyết định số 28/2018/QĐ-TTg về gửi, nhận văn bản điện tử',
      'giữa các cơ quan trong hệ thống hành chính nhà nước',
    ],
    authority: null,
    body: fixtureParagraphs('03-kh-chuyen-doi-so.txt', /^Căn cứ Nghị quyết/, 3),
    recipients: ['- Các Sở, ban, ngành;', '- Lưu: VT, TH.'],
    position: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Đoàn Văn Việt',
    organName: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', // the two header lines, read as one name
    subject: 'Thực hiện Quyết định số 28/2018/QĐ-TTg về gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước',
  },
];

/** A document as printed, with its trích yếu as the register writes it and, where the header's lines
 * make one name, that name. */
type Printed = Omit<FixtureDoc, 'truth'> & { subject: string; organName?: string };

/** Two digits, as dates are printed and stored. */
export const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * What a perfect reading of the printed page gives: the số split at its first "/" (State) or "-"
 * (Party), the date in ISO form, the organ's line, the type named by the title (a công văn has none),
 * the signer's name.
 */
function withTruth({ subject, organName, ...doc }: Printed): FixtureDoc {
  const [, number, notation] = /^(\d+)[/-](.+)$/.exec(doc.so)!;
  const [day, month, year] = doc.date;
  const truth: OcrFields = {
    CodeNumber: number!,
    CodeNotation: notation!,
    IssuedDate: `${year}-${pad2(month)}-${pad2(day)}`,
    OrganName: organName ?? doc.organ,
    TypeName: doc.title ? doc.title[0] + doc.title.slice(1).toLowerCase() : 'Công văn',
    Subject: subject,
    SignerName: doc.signer,
  };
  return { ...doc, truth };
}

export const FIXTURE_DOCS: FixtureDoc[] = PRINTED.map(withTruth);
