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
  'exchange.noAgencyForStatus': {
    kind: 'Validation',
    vi: 'Chưa có hồ sơ cơ quan (mã định danh): hãy hoàn tất "vanthu init" trước khi gửi trạng thái liên thông.',
  },
  'exchange.statusNoSender': { kind: 'Validation', vi: 'Không gửi được trạng thái: không rõ cơ quan gửi văn bản (OrganId).' },
  'exchange.registerWrongState': { kind: 'Conflict', vi: 'Văn bản {{documentId}} đã ở trạng thái "{{state}}", không vào sổ được.' },
  'exchange.refuseNotNew': { kind: 'Conflict', vi: 'Chỉ từ chối được văn bản đến chưa vào sổ (trạng thái hiện tại: {{state}}).' },
  'exchange.incomingNotFound': { kind: 'NotFound', vi: 'Không có văn bản điện tử đến với mã định danh {{documentId}}.' },
  'exchange.statusBeforeRegistered': {
    kind: 'Conflict',
    vi: 'Văn bản {{documentId}} chưa vào sổ văn bản đến; chưa báo được trạng thái {{code}}.',
  },
  'exchange.outgoingNotFound': { kind: 'NotFound', vi: 'Không có văn bản đi liên thông với mã định danh {{documentId}}.' },
  'exchange.notAwaitingAnswer': {
    kind: 'Conflict',
    vi: 'Gói tin {{id}} không phải yêu cầu thu hồi/cập nhật đang chờ trả lời (trạng thái: {{state}}).',
  },
  'exchange.mainNotPdf': { kind: 'Validation', vi: 'Tệp chính "{{name}}" không phải tệp PDF (thiếu phần đầu %PDF-), dù được gửi là PDF.' },
  'exchange.secretKeyEnvInvalid': { kind: 'Validation', vi: 'VANTHU_SECRET_KEY phải là 32 byte mã hóa base64.' },
  'exchange.secretKeyFileBroken': { kind: 'Internal', vi: 'Tệp khóa {{file}} bị hỏng; hãy cấu hình lại trục liên thông.' },
  'exchange.secretOtherScheme': {
    kind: 'Validation',
    vi: 'Khóa bí mật của trục được mã hóa bằng cơ chế khác; hãy cấu hình lại trục liên thông (vanthu hub configure).',
  },
  'exchange.secretKeyChanged': {
    kind: 'Validation',
    vi: 'Không giải mã được khóa bí mật của trục (khóa mã hóa đã đổi); hãy cấu hình lại trục liên thông.',
  },
  'exchange.secretOsKeyring': {
    kind: 'Validation',
    vi: 'Không giải mã được khóa bí mật của trục bằng kho khóa của hệ điều hành; hãy cấu hình lại trục liên thông.',
  },
  'exchange.attachmentUnreadable': { kind: 'Validation', vi: 'Không đọc được tệp đính kèm "{{path}}".' },
  'exchange.attachmentTooBig': { kind: 'Validation', vi: 'Tệp đính kèm "{{name}}" lớn {{size}}, vượt giới hạn {{max}}.' },
  'exchange.diskFull': { kind: 'Internal', vi: 'Hết chỗ trống trên đĩa khi giải mã tệp đính kèm.' },
  'exchange.packetFileNotFound': { kind: 'NotFound', vi: 'Không tìm thấy tệp gói tin "{{path}}".' },
  'exchange.registerNotWired': { kind: 'Internal', vi: 'Liên thông chưa được nối với sổ đăng ký văn bản trong phiên này.' },
  'exchange.noAgency': { kind: 'Validation', vi: 'Chưa có hồ sơ cơ quan (mã định danh): hãy hoàn tất "vanthu init" trước.' },
  'exchange.onlyOwnOutgoing': { kind: 'Validation', vi: 'Chỉ {{action:exchangeAction}} được văn bản đi của cơ quan mình.' },
  'exchange.notSentByHub': {
    kind: 'Validation',
    vi: 'Văn bản {{number}} chưa gửi qua trục liên thông; không có gì để {{action:exchangeAction}}.',
  },
  'exchange.recallNoFile': { kind: 'Validation', vi: 'Văn bản {{number}} không còn tệp; không lập được gói thu hồi.' },
  'exchange.replaceSame': { kind: 'Validation', vi: 'Văn bản thay thế phải là một văn bản đi khác.' },
  'exchange.replacementCancelled': { kind: 'Conflict', vi: 'Văn bản {{number}} đã bị hủy số.' },
  'exchange.replacementNoFile': { kind: 'Validation', vi: 'Văn bản {{number}} chưa có tệp PDF; hãy đính kèm tệp trước khi gửi.' },
  'exchange.statusNeedsNoAnswer': { kind: 'Validation', vi: 'Gói tin này là trạng thái, không phải yêu cầu; không cần trả lời.' },
  'exchange.documentNotRequest': {
    kind: 'Validation',
    vi: 'Đây là văn bản để vào sổ (hoặc trả lại), không phải yêu cầu thu hồi/cập nhật/lấy lại.',
  },
  'exchange.recallTargetMissing': {
    kind: 'Conflict',
    vi: 'Chưa nhận được văn bản mà yêu cầu thu hồi này nói đến (mã định danh {{documentId}}): không có gì để thu hồi. Chỉ có thể từ chối (16) kèm lý do.',
  },
  'exchange.updateTargetMissing': {
    kind: 'Conflict',
    vi: 'Chưa nhận được văn bản mà yêu cầu cập nhật này nói đến (mã định danh {{documentId}}): không có gì để cập nhật. Chỉ có thể từ chối (16) kèm lý do.',
  },
  'exchange.takeBackTargetMissing': {
    kind: 'Conflict',
    vi: 'Chưa nhận được văn bản mà yêu cầu lấy lại này nói đến (mã định danh {{documentId}}): không có gì để lấy lại. Chỉ có thể từ chối (16) kèm lý do.',
  },
  'exchange.reasonRequired': { kind: 'Validation', vi: 'Cần ghi lý do từ chối.' },
  'exchange.hubNotConfigured': {
    kind: 'Validation',
    vi: 'Chưa cấu hình trục liên thông: chạy "vanthu hub configure --url … --system-id … --secret-env …" hoặc vào Cài đặt › Liên thông.',
  },
  'exchange.outboxNotFound': { kind: 'NotFound', vi: 'Không có gói tin đi với mã {{id}}.' },
  'exchange.alreadySent': { kind: 'Conflict', vi: 'Gói tin này đã gửi xong; không cần gửi lại.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
