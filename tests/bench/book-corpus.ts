/**
 * The quarterly sổ đến corpus shared by the book benchmarks: a CSV in the book's columns (the form
 * `books.import` reads) and the agency profile they print under. Sample text written for vanthu.
 */
const ORGANS = [
  'Ủy ban nhân dân tỉnh Bình Phước',
  'Sở Tài chính tỉnh Bình Phước',
  'Sở Nội vụ',
  'Bộ Nội vụ',
  'Văn phòng Chính phủ',
  'Công an huyện Đồng Phú',
  'Ủy ban nhân dân huyện Đồng Phú',
  'Sở Giáo dục và Đào tạo',
  'Kho bạc Nhà nước huyện',
  'Bảo hiểm xã hội huyện Đồng Phú',
];
const TYPES = [
  ['Quyết định', 'QĐ'],
  ['Công văn', ''],
  ['Kế hoạch', 'KH'],
  ['Thông báo', 'TB'],
  ['Báo cáo', 'BC'],
  ['Tờ trình', 'TTr'],
  ['Giấy mời', 'GM'],
] as const;
const SUBJECTS = [
  'về việc phê duyệt kế hoạch tổ chức kỳ thi tuyển công chức cấp xã năm 2026',
  'về việc hướng dẫn quyết toán ngân sách nhà nước năm 2025 và lập dự toán năm 2026',
  'về việc triển khai thực hiện Nghị định số 30/2020/NĐ-CP về công tác văn thư, chuyển đổi số trong quản lý văn bản và hồ sơ công việc, lưu trữ điện tử của các cơ quan, đơn vị trên địa bàn tỉnh giai đoạn 2026 - 2030',
  'mời dự họp giao ban tháng',
  'về việc tăng cường công tác phòng, chống thiên tai, tìm kiếm cứu nạn mùa mưa bão',
];

export const AGENCY = {
  name: 'Ủy ban nhân dân xã Tân Phú',
  parentName: 'Ủy ban nhân dân huyện Đồng Phú',
  code: '000.00.24.H44',
  abbreviation: 'UBND',
  address: 'Ấp 2, xã Tân Phú',
  placeName: 'Tân Phú',
};

/** `n` incoming documents spread over the first 90 days of 2026 (quý I), as a sổ đến CSV. */
export function quarterCsv(n: number): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    'Ngày đến,Số đến,Tác giả,"Số, ký hiệu văn bản",Ngày tháng văn bản,Tên loại,Trích yếu nội dung,Đơn vị hoặc người nhận,Ghi chú,Độ khẩn',
  ];
  for (let i = 1; i <= n; i++) {
    const day = 1 + Math.floor(((i - 1) * 90) / n);
    const d = new Date(Date.UTC(2026, 0, day));
    const dmy = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/2026`;
    const [type, abbr] = TYPES[i % TYPES.length]!;
    const so = `${(i % 900) + 1}/${abbr ? `${abbr}-` : ''}UBND${abbr ? '' : '-VP'}`;
    const subject = `${type} ${SUBJECTS[i % SUBJECTS.length]}`;
    lines.push(
      [
        dmy,
        String(i),
        ORGANS[i % ORGANS.length]!,
        so,
        dmy,
        type,
        subject,
        i % 3 ? 'Văn phòng' : 'Phòng Tài chính - Kế hoạch; đ/c Phó Chủ tịch',
        i % 11 ? '' : 'Văn bản điện tử',
        i % 13 ? '' : 'Khẩn',
      ]
        .map(q)
        .join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
