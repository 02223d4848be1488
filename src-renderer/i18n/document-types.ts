/**
 * Document-type names in the window. The names are legal terms of Nghị định 30/2020, Quy định
 * 399-QĐ/TW and the law on legal documents, and they are what the register stores: they stay in
 * Vietnamese in both languages. In English mode a known name gets an English gloss after it —
 * "Công văn (official letter)" — so the clerk's term stays recognisable and searchable while the
 * reader learns what it is. Names the agency added itself are shown as they are.
 */
import i18next from 'i18next';

const GLOSS: Readonly<Record<string, string>> = {
  'Nghị quyết': 'resolution',
  'Quyết định': 'decision',
  'Chỉ thị': 'directive',
  'Quy chế': 'regulations',
  'Quy định': 'rules',
  'Thông cáo': 'communiqué',
  'Thông báo': 'notice',
  'Hướng dẫn': 'guidance',
  'Chương trình': 'programme',
  'Kế hoạch': 'plan',
  'Phương án': 'option plan',
  'Đề án': 'scheme',
  'Dự án': 'project',
  'Báo cáo': 'report',
  'Biên bản': 'minutes',
  'Tờ trình': 'submission',
  'Hợp đồng': 'contract',
  'Công văn': 'official letter',
  'Công điện': 'official telegram',
  'Bản ghi nhớ': 'memorandum',
  'Bản thỏa thuận': 'agreement',
  'Giấy uỷ quyền': 'power of attorney',
  'Giấy mời': 'invitation',
  'Giấy giới thiệu': 'letter of introduction',
  'Giấy nghỉ phép': 'leave permit',
  'Phiếu gửi': 'dispatch slip',
  'Phiếu chuyển': 'transfer slip',
  'Phiếu báo': 'notification slip',
  'Thư công': 'official mail',
  'Hiến pháp': 'constitution',
  'Bộ luật': 'code',
  Luật: 'law',
  'Pháp lệnh': 'ordinance',
  Lệnh: 'order',
  'Nghị quyết (quy phạm pháp luật)': 'legal resolution',
  'Nghị định': 'decree',
  'Quyết định (quy phạm pháp luật)': 'legal decision',
  'Thông tư': 'circular',
  'Thông tư liên tịch': 'joint circular',
  'Nghị quyết liên tịch': 'joint resolution',
  'Cương lĩnh chính trị': 'political platform',
  'Điều lệ Đảng': 'Party charter',
  'Chiến lược': 'strategy',
  'Kết luận': 'conclusion',
  'Thông tri': 'Party circular',
  'Tuyên bố': 'declaration',
  'Lời kêu gọi': 'appeal',
  'Quy hoạch': 'master plan',
  'Giấy chứng nhận': 'certificate',
  'Giấy đi đường': 'travel permit',
  Đơn: 'application',
  Điện: 'telegram',
  Thư: 'letter',
  'Văn bản khác': 'other document',
  'Sao y': 'true copy',
  'Bản sao y': 'true copy',
  'Trích sao': 'extract copy',
  'Sao lục': 'transcript copy',
  'Bản trích sao': 'extract copy',
  'Bản sao lục': 'transcript copy',
};

/** The gloss of a type name, or undefined (agency-added types, unknown names). */
export function typeGloss(name: string): string | undefined {
  return GLOSS[name.normalize('NFC').trim()];
}

/** A type name as the window shows it: the name; in English with its gloss, "Công văn (official letter)". */
export function typeLabel(name: string | null | undefined, lang: 'vi' | 'en' = i18next.language === 'en' ? 'en' : 'vi'): string {
  if (!name) return '';
  const gloss = lang === 'en' ? typeGloss(name) : undefined;
  return gloss ? `${name} (${gloss})` : name;
}
