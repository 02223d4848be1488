/** Error texts — electronic exchange (liên thông) through the hub. Merged in index.ts. */
import type { ErrorKind } from '../errors';

export const EXCHANGE_TEXTS = {
  // Electronic exchange (liên thông).
  'exchange.noAgencyProfile': {
    kind: 'Validation',
    vi: 'Chưa có hồ sơ cơ quan (mã định danh): hãy hoàn tất "vanthu init" trước khi gửi văn bản liên thông.',
  },
  'exchange.onlyOutgoing': { kind: 'Validation', vi: 'Chỉ gửi liên thông được văn bản đi.' },
  'exchange.entryCancelled': { kind: 'Conflict', vi: 'Văn bản {{number}} đã bị hủy số; không gửi được.' },
  'exchange.entryRecalled': {
    kind: 'Conflict',
    vi: 'Văn bản {{number}} đã bị thu hồi ngày {{date}} (lý do: {{reason}}); không gửi được nữa.',
  },
  'exchange.noNumber': { kind: 'Validation', vi: 'Văn bản đi chưa có số, ký hiệu; không gửi liên thông được.' },
  'exchange.noFile': {
    kind: 'Validation',
    vi: 'Văn bản {{number}} chưa có tệp PDF; hãy đính kèm tệp trước khi gửi liên thông.',
  },
  'exchange.sendToSelf': { kind: 'Validation', vi: 'Nơi nhận {{code}} là chính cơ quan mình.' },
  'exchange.unknownRecipients': {
    kind: 'Validation',
    vi: 'Không có trong danh bạ trục liên thông: {{codes}}. Hãy tải lại danh bạ cơ quan rồi chọn lại nơi nhận.',
  },
  'exchange.inboxNotFound': { kind: 'NotFound', vi: 'Không có gói tin đến với mã {{id}}.' },
  'exchange.inboxIsStatus': { kind: 'Validation', vi: 'Gói tin này là gói trạng thái, không phải văn bản; không vào sổ được.' },
  'exchange.registeredButMissing': {
    kind: 'Conflict',
    vi: 'Văn bản này đã vào sổ (số đến {{number}}) nhưng không tìm thấy bản ghi trong sổ.',
  },
  'exchange.inboxState': {
    kind: 'Conflict',
    vi: 'Văn bản đến này đang ở trạng thái "{{state}}"; chỉ vào sổ được văn bản chưa xử lý.',
  },
  'exchange.inboxStateChanged': {
    kind: 'Conflict',
    vi: 'Văn bản đến này vừa chuyển sang trạng thái "{{state}}"; không vào sổ được.',
  },
  'exchange.signatureBroken': {
    kind: 'Conflict',
    vi: 'Chữ ký số của văn bản không hợp lệ: {{reason}} Hãy trả lại (02) cho nơi gửi với lý do, hoặc xác nhận vào sổ dù chữ ký không hợp lệ.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
