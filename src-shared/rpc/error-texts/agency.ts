/** Error texts — the agency's settings: party terms (nhiệm kỳ) and its document types. Merged in index.ts. */
import type { ErrorKind } from '../errors';

export const AGENCY_TEXTS = {
  'agency.termOverlap': {
    kind: 'Conflict',
    vi: 'Nhiệm kỳ "{{name}}" ({{from}} – {{to}}) trùng thời gian với nhiệm kỳ "{{other}}" ({{otherFrom}} – {{otherTo}}); các nhiệm kỳ không được chồng lên nhau. Hãy kết thúc nhiệm kỳ trước rồi khai báo nhiệm kỳ mới.',
  },
  'agency.termStateAgency': {
    kind: 'Validation',
    vi: 'Cơ quan theo hệ thống nhà nước (Nghị định 30/2020) đánh số và lập sổ theo năm; nhiệm kỳ (Term) chỉ dùng cho cơ quan Đảng. Hãy chọn năm (Year).',
  },
  'agency.termNotFound': { kind: 'NotFound', vi: 'Không có nhiệm kỳ "{{ref}}". Các nhiệm kỳ đã khai báo: {{known}}.' },
  'agency.termNotFoundNone': {
    kind: 'NotFound',
    vi: 'Không có nhiệm kỳ "{{ref}}". Chưa khai báo nhiệm kỳ nào (Cài đặt → Nhiệm kỳ, hoặc "vanthu term add").',
  },
  'agency.termEndBeforeStart': { kind: 'Validation', vi: 'Ngày kết thúc nhiệm kỳ ({{end}}) trước ngày bắt đầu ({{start}}).' },
  'agency.termIdNotFound': { kind: 'NotFound', vi: 'Không có nhiệm kỳ mã {{id}}.' },
  'agency.termEndBeforeStartOf': { kind: 'Validation', vi: 'Ngày kết thúc ({{end}}) trước ngày bắt đầu nhiệm kỳ "{{name}}" ({{start}}).' },
  'agency.termNumberedAfterEnd': {
    kind: 'Conflict',
    vi: 'Nhiệm kỳ "{{name}}" đã cấp số văn bản ngày {{date}}, sau ngày kết thúc {{end}} được nhập.',
  },
  'agency.typeBuiltIn': {
    kind: 'Conflict',
    vi: '"{{name}}" đã có trong danh mục loại văn bản ({{builtIn}}); hãy chọn loại đó thay vì thêm loại mới.',
  },
  'agency.typeSameName': { kind: 'Conflict', vi: 'Cơ quan đã có loại văn bản "{{name}}".' },
  'agency.abbreviationBuiltInState': {
    kind: 'Conflict',
    vi: 'Chữ viết tắt "{{abbreviation}}" đã là của {{owner}} trong bảng loại văn bản nhà nước (Nghị định 30/2020); số và ký hiệu của hai loại sẽ lẫn với nhau. Hãy chọn chữ viết tắt khác.',
  },
  'agency.abbreviationBuiltInParty': {
    kind: 'Conflict',
    vi: 'Chữ viết tắt "{{abbreviation}}" đã là của {{owner}} trong bảng loại văn bản của Đảng (Quy định 399-QĐ/TW); số và ký hiệu của hai loại sẽ lẫn với nhau. Hãy chọn chữ viết tắt khác.',
  },
  'agency.abbreviationTaken': { kind: 'Conflict', vi: 'Chữ viết tắt "{{abbreviation}}" đã là của loại "{{name}}" do cơ quan bổ sung.' },
  'agency.typeNotFound': { kind: 'NotFound', vi: 'Không có loại văn bản do cơ quan bổ sung mã "{{code}}".' },
  'agency.typeNoDirection': { kind: 'Validation', vi: 'Loại văn bản phải dùng cho văn bản đến, văn bản đi hoặc cả hai.' },
  'agency.abbreviationUsed': {
    kind: 'Conflict',
    vi: 'Loại "{{name}}" đã được dùng để cấp {{count}} số văn bản đi với chữ viết tắt "{{abbreviation}}"; không đổi chữ viết tắt của số đã cấp. Hãy tắt loại này và thêm loại mới.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
