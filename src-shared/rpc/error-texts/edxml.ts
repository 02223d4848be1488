/**
 * Error texts — reading and writing edXML packets (QCVN 102:2016) and their zipped attachments,
 * and the hub's own answers. `{{limit}}`, `{{size}}` are sizes already written as "12.5 MB".
 * Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

const ATTACHMENT = 'Tệp đính kèm "{{name}}"';
const NTH = 'Tệp đính kèm thứ {{index}}';
const DOWNLOAD = 'Gói tin tải từ trục (getEdoc)';

export const EDXML_TEXTS = {
  // The packet as a stream of XML (xml-splitter.ts, xml-tree.ts).
  'edxml.truncated': { kind: 'Validation', vi: 'Gói tin edXML bị cắt cụt: kết thúc giữa chừng một thẻ hoặc một tệp đính kèm.' },
  'edxml.textTooLarge': {
    kind: 'Validation',
    vi: 'Gói tin edXML có một đoạn văn bản dài hơn {{limit}} ngoài phần tệp đính kèm; gói tin bị từ chối.',
  },
  'edxml.headerTooLarge': {
    kind: 'Validation',
    vi: 'Phần tiêu đề của gói tin edXML (ngoài tệp đính kèm) vượt {{limit}}; gói tin bị từ chối.',
  },
  'edxml.doctypeExplained': {
    kind: 'Validation',
    vi: 'Gói tin edXML có khai báo DOCTYPE/DTD. Vì an toàn, vanthu không xử lý DTD và thực thể (entity) khai báo trong gói tin (chống tấn công "billion laughs" và thực thể ngoài); gói tin bị từ chối.',
  },
  'edxml.markupTooLarge': {
    kind: 'Validation',
    vi: 'Gói tin edXML có một thẻ, chú thích hoặc đoạn CDATA dài hơn {{limit}}; gói tin bị từ chối.',
  },
  'edxml.nthTooLarge': { kind: 'Validation', vi: `${NTH} lớn hơn {{limit}}; gói tin bị từ chối.` },
  'edxml.nthBadBase64': { kind: 'Validation', vi: `${NTH} không phải dữ liệu base64 hợp lệ ({{flaw:base64Flaw}}).` },
  'edxml.downloadTooLarge': { kind: 'Validation', vi: `${DOWNLOAD} lớn hơn {{limit}}; gói tin bị từ chối.` },
  'edxml.downloadBadBase64': { kind: 'Validation', vi: `${DOWNLOAD} không phải dữ liệu base64 hợp lệ ({{flaw:base64Flaw}}).` },
  'edxml.encoding': { kind: 'Validation', vi: 'Gói tin edXML khai báo bảng mã "{{encoding}}"; chỉ chấp nhận UTF-8.' },
  'edxml.doctype': { kind: 'Validation', vi: 'Gói tin edXML có khai báo DOCTYPE/DTD; gói tin bị từ chối.' },
  'edxml.tooManyElements': { kind: 'Validation', vi: 'Gói tin edXML có hơn {{limit}} phần tử; gói tin bị từ chối.' },
  'edxml.tooDeep': { kind: 'Validation', vi: 'Gói tin edXML lồng sâu hơn {{limit}} cấp; gói tin bị từ chối.' },
  'edxml.payloadWithChildren': { kind: 'Validation', vi: 'Phần tử ContentTransferEncoded không được chứa phần tử con.' },
  'edxml.malformed': { kind: 'Validation', vi: 'Gói tin edXML không phải XML hợp lệ: {{error}}{{hint:xmlHint}}' },
  'edxml.badUtf8': { kind: 'Validation', vi: 'Gói tin edXML có byte không hợp lệ trong bảng mã UTF-8.' },
  'edxml.cutUtf8': { kind: 'Validation', vi: 'Gói tin edXML kết thúc giữa một ký tự UTF-8.' },
  'edxml.empty': { kind: 'Validation', vi: 'Gói tin edXML rỗng: không có phần tử nào.' },
  // What the packet says (edxml-reader.ts, edoc-builder.ts).
  'edxml.missingOrganization': { kind: 'Validation', vi: 'Gói tin edXML thiếu phần tử {{element}} ({{role:organRole}}).' },
  'edxml.missingOrganId': {
    kind: 'Validation',
    vi: 'Gói tin edXML thiếu mã định danh (OrganId) của {{element}} ({{role:organRole}}).',
  },
  'edxml.badBusinessType': {
    kind: 'Validation',
    vi: 'BussinessDocType "{{value}}" không hợp lệ: chỉ có 0 (mới), 1 (thu hồi), 2 (cập nhật), 3 (thay thế).',
  },
  'edxml.missingStatusCode': { kind: 'Validation', vi: 'Gói tin trạng thái thiếu mã trạng thái (StatusCode).' },
  'edxml.badStatusCode': { kind: 'Validation', vi: 'Mã trạng thái "{{value}}" không thuộc QCVN 102 (01–06, 13, 15, 16).' },
  'edxml.missingResponseFor': { kind: 'Validation', vi: 'Gói tin trạng thái thiếu ResponseFor (văn bản được báo trạng thái).' },
  'edxml.soapWithoutStatus': { kind: 'Validation', vi: 'Gói tin SOAP không chứa gói tin trạng thái edXML (Status).' },
  'edxml.notEdxml': {
    kind: 'Validation',
    vi: 'Phần tử gốc là "{{root}}", không phải "edXML": đây không phải gói tin edXML theo QCVN 102:2016.',
  },
  'edxml.wrongNamespace': {
    kind: 'Validation',
    vi: 'Sai không gian tên (namespace) của gói tin edXML: "{{namespace}}"; QCVN 102:2016 dùng "{{expected}}".',
  },
  'edxml.noNamespace': {
    kind: 'Validation',
    vi: 'Gói tin edXML không khai báo không gian tên (namespace) "{{expected}}" của QCVN 102:2016.',
  },
  'edxml.missingHeader': { kind: 'Validation', vi: 'Gói tin edXML thiếu MessageHeader.' },
  'edxml.updateWithoutTarget': {
    kind: 'Validation',
    vi: 'Gói tin cập nhật (BussinessDocType=2) phải có Bussiness/DocumentId của văn bản được cập nhật.',
  },
  'edxml.replaceWithoutTarget': { kind: 'Validation', vi: 'Gói tin thay thế (BussinessDocType=3) phải có ReplacementInfoList.' },
  // Attachments (edxml-parser.ts).
  'edxml.tooManyAttachments': { kind: 'Validation', vi: 'Gói tin có hơn {{limit}} tệp đính kèm.' },
  'edxml.packetTooLarge': { kind: 'Validation', vi: 'Gói tin edXML lớn hơn giới hạn {{limit}}; gói tin bị từ chối.' },
  'edxml.unreadable': { kind: 'Validation', vi: 'Không đọc được gói tin edXML: {{error}}' },
  'edxml.cidMismatch': {
    kind: 'Validation',
    vi: `${ATTACHMENT} có ContentId "{{contentId}}" không khớp mục nào trong edXMLManifest.`,
  },
  'edxml.attachmentEmpty': {
    kind: 'Validation',
    vi: `${ATTACHMENT} không có nội dung (ContentTransferEncoded trống hoặc thiếu).`,
  },
  'edxml.attachmentMissing': {
    kind: 'Validation',
    vi: 'Thiếu tệp đính kèm "{{name}}" (ContentId cid:{{contentId}}) được khai báo trong edXMLManifest.',
  },
  'edxml.fileTooLarge': { kind: 'Validation', vi: 'Gói tin edXML "{{name}}" lớn {{size}}, vượt giới hạn {{limit}}; gói tin bị từ chối.' },
  // Zipped attachments (zip.ts).
  'edxml.zipTooLarge': { kind: 'Validation', vi: 'Tệp quá lớn để nén ZIP (cần ZIP64).' },
  'edxml.zipInvalid': { kind: 'Validation', vi: `${ATTACHMENT} khai báo là ZIP nhưng không phải tệp ZIP hợp lệ.` },
  'edxml.zip64': { kind: 'Validation', vi: `${ATTACHMENT} là ZIP64, chưa được hỗ trợ.` },
  'edxml.zipDamaged': { kind: 'Validation', vi: `${ATTACHMENT}: {{flaw:zipFlaw}}.` },
  'edxml.zipManyFiles': {
    kind: 'Validation',
    vi: `${ATTACHMENT} là ZIP chứa {{count}} tệp; quy tắc edXML chỉ cho phép đúng một tệp.`,
  },
  'edxml.zipPassword': { kind: 'Validation', vi: `${ATTACHMENT} là ZIP có mật khẩu; không giải nén được.` },
  'edxml.zipMethod': { kind: 'Validation', vi: `${ATTACHMENT} dùng kiểu nén ZIP {{method}}, chưa được hỗ trợ.` },
  'edxml.unzippedTooLarge': { kind: 'Validation', vi: `${ATTACHMENT} khi giải nén lớn hơn {{limit}}.` },
  'edxml.zipBomb': {
    kind: 'Validation',
    vi: `${ATTACHMENT}: ZIP {{compressed}} khai báo giải nén ra {{size}} (gấp {{ratio}} lần, giới hạn {{maxRatio}} lần); không giải nén.`,
  },
  'edxml.unzipOverflow': {
    kind: 'Validation',
    vi: `${ATTACHMENT} khi giải nén lớn hơn kích thước khai báo hoặc giới hạn {{limit}}.`,
  },
  // The hub's answers (hub/*.ts): Offline when worth retrying later, Validation when refused.
  'hub.htmlInsteadOfJson': { kind: 'Offline', vi: 'Trục liên thông trả về trang HTML thay vì JSON ({{call}}).' },
  'hub.garbledJson': { kind: 'Offline', vi: 'Trục liên thông trả về dữ liệu không đúng JSON cho {{call}} ({{flaw:jsonFlaw}}).' },
  'hub.headerNotAscii': {
    kind: 'Validation',
    vi: 'Giá trị tiêu đề "{{header}}" gửi lên trục có ký tự ngoài ASCII; trục VDXP chỉ nhận ASCII.',
  },
  'hub.unreachable': {
    kind: 'Offline',
    vi: 'Không liên lạc được với trục liên thông ({{call}}): {{stage:netStage}}{{net:netFailure}}',
  },
  'hub.answerTooLarge': { kind: 'Offline', vi: 'Trục liên thông trả về dữ liệu quá lớn cho {{call}} (hơn {{limitMb}} MB).' },
  'hub.cutWhileReceiving': {
    kind: 'Offline',
    vi: 'Kết nối tới trục liên thông bị ngắt khi đang nhận phản hồi ({{call}}): {{net:netFailure}}',
  },
  'hub.cutWhileDownloading': { kind: 'Offline', vi: 'Kết nối tới trục liên thông bị ngắt khi đang tải gói tin (getEdoc {{docId}}).' },
  'hub.edocWithoutData': { kind: 'Validation', vi: 'Trục liên thông trả về getEdoc không có dữ liệu gói tin (docId {{docId}}).' },
  'hub.authRefused': {
    kind: 'Validation',
    vi: 'Trục liên thông từ chối xác thực (HTTP {{status}}, {{call}}): kiểm tra mã hệ thống (systemId) và khóa bí mật.',
  },
  'hub.serverError': { kind: 'Offline', vi: 'Trục liên thông đang lỗi (HTTP {{status}}, {{call}}); sẽ thử lại.' },
  'hub.serverErrorHtml': { kind: 'Offline', vi: 'Trục liên thông đang lỗi (HTTP {{status}}, {{call}}), trả về trang HTML; sẽ thử lại.' },
  'hub.htmlPage': {
    kind: 'Offline',
    vi: 'Trục liên thông trả về trang HTML thay vì JSON (HTTP {{status}}, {{call}}); có thể địa chỉ trục sai hoặc máy chủ trung gian đang lỗi.',
  },
  'hub.refused': { kind: 'Validation', vi: 'Trục liên thông từ chối yêu cầu {{call}} (HTTP {{status}}): {{body}}' },
  'hub.notJson': { kind: 'Offline', vi: 'Trục liên thông trả về dữ liệu không phải JSON cho {{call}}.' },
  'hub.reportedError': { kind: 'Validation', vi: 'Trục liên thông báo lỗi cho {{call}}: {{desc}} (mã {{code}}).' },
  'hub.reportedErrorBare': { kind: 'Validation', vi: 'Trục liên thông báo lỗi cho {{call}}: không rõ (mã {{code}}).' },
  'hub.badShape': { kind: 'Offline', vi: 'Phản hồi của trục liên thông cho {{call}} không đúng cấu trúc ({{where:hubShape}}).' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
