/**
 * Error texts — the register (numbering, finding, cancelling), the workflow of an incoming document
 * and the internal directory. Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const REGISTER_TEXTS = {
  // The register: numbering, finding, cancelling.
  'register.busy': {
    kind: 'Conflict',
    vi: 'Sổ đăng ký đang được một phiên khác ghi; hãy thử lại sau giây lát. Chưa có số nào được cấp.',
  },
  'register.numberTaken': {
    kind: 'Conflict',
    vi: 'Số này đã được cấp cho văn bản khác (trùng số trong năm); không có gì được ghi.',
  },
  'register.entryHidden': { kind: 'NotFound', vi: 'Không tìm thấy văn bản.' },
  'register.entryNotFound': { kind: 'NotFound', vi: 'Không tìm thấy văn bản có mã {{id}} trong sổ.' },
  'register.alreadyCancelled': { kind: 'Conflict', vi: 'Số {{number}} đã bị hủy trước đó ({{at}}).' },
  'register.correctCancelled': { kind: 'Conflict', vi: 'Số đã bị hủy; không đính chính văn bản đã hủy số.' },
  'register.numberingLocked': {
    kind: 'Conflict',
    vi: 'Năm {{year}} đã cấp {{issued}} số văn bản đi theo cách đánh số hiện tại; chỉ đổi cách đánh số được trước khi cấp số đầu tiên của năm.',
  },
  'register.noAgencyProfile': {
    kind: 'Conflict',
    vi: 'Chưa khai báo hồ sơ cơ quan (tên, chữ viết tắt): hãy hoàn tất khởi tạo trước khi cấp số văn bản đi.',
  },
  'register.searchEmpty': { kind: 'Validation', vi: 'Nhập ít nhất một từ hoặc số để tìm (q).' },
  // Input refused before numbering (the register's own rules on its fields).
  'register.fileNotStored': {
    kind: 'Validation',
    vi: 'Tệp {{file}}… chưa có trong kho tệp; hãy nhập tệp (files.import) trước khi đăng ký.',
  },
  'register.cancelIncoming': { kind: 'Validation', vi: 'Chỉ hủy được số của văn bản đi; văn bản đến không hủy số.' },
  'register.correctUnknownField': { kind: 'Validation', vi: 'Trường "{{field}}" không đính chính được (chỉ: {{allowed}}).' },
  'register.correctFixedOutgoing': {
    kind: 'Validation',
    vi: '{{field}} của văn bản đi do sổ cấp (hoặc không áp dụng), không đính chính được; nếu sai số, hãy hủy số và đăng ký lại.',
  },
  'register.correctOutgoingOnly': { kind: 'Validation', vi: '{{field}} chỉ áp dụng cho văn bản đi.' },
  'register.correctUnknownType': { kind: 'Validation', vi: 'Tên loại văn bản (TypeName) "{{typeName}}" không có trong danh mục.' },
  'register.signerRequired': { kind: 'Validation', vi: 'Họ và tên người ký (SignerInfo.FullName) là bắt buộc với văn bản đi.' },
  'register.unknownType': {
    kind: 'Validation',
    vi: 'Tên loại văn bản (TypeName) "{{typeName}}" không có trong danh mục loại văn bản (Nghị định 30/2020, văn bản quy phạm pháp luật, văn bản của Đảng, loại khác hoặc loại cơ quan bổ sung), ví dụ: Quyết định, Công văn, Luật, Quy chế, Đơn.',
  },
  'register.legalNotOutgoing': {
    kind: 'Validation',
    vi: '{{type}} là văn bản quy phạm pháp luật, không đăng ký trong sổ văn bản đi hành chính; chọn một trong 29 loại văn bản hành chính hoặc bản sao.',
  },
  'register.soKyHieuBoth': {
    kind: 'Validation',
    vi: 'Chỉ nhập "Số, ký hiệu" (SoKyHieu) hoặc hai trường CodeNumber và CodeNotation, không nhập cả hai.',
  },
  // A domain check's refusal of one field ({{inner}}), introduced by the field it is about.
  'register.soKyHieuInvalid': { kind: 'Validation', vi: 'Số, ký hiệu văn bản ({{field}}): {{inner}}' },
  'register.unitAbbrInvalid': { kind: 'Validation', vi: 'Chữ viết tắt đơn vị (UnitAbbreviation): {{inner}}' },
  'register.notationInvalid': { kind: 'Validation', vi: 'Ký hiệu văn bản (CodeNotation): {{inner}}' },
  'register.partyTypeAbbrInvalid': { kind: 'Validation', vi: 'Chữ viết tắt tên loại (TypeAbbreviation): {{inner}}' },
  'register.partyIssuerAbbrInvalid': { kind: 'Validation', vi: 'Chữ viết tắt cơ quan ban hành (IssuerAbbreviation): {{inner}}' },
  'register.partyThirdGroupInvalid': { kind: 'Validation', vi: 'Nhóm ký hiệu thứ ba (UnitAbbreviation): {{inner}}' },
  'register.arrivalFuture': { kind: 'Validation', vi: 'Ngày đến (ArrivalDate) {{date}} ở tương lai; hôm nay là {{today}}.' },
  // Warnings of a registration (the entry is registered; the clerk is asked to check).
  'register.arrivalBeforeIssued': {
    kind: 'Validation',
    vi: 'Ngày đến ({{arrival}}) trước ngày văn bản ({{issued}}); hãy kiểm tra lại ngày tháng.',
  },
  'register.dueBeforeArrival': { kind: 'Validation', vi: 'Thời hạn giải quyết ({{due}}) đã qua so với ngày đến ({{arrival}}).' },
  'register.dueBeforeIssue': { kind: 'Validation', vi: 'Hạn trả lời ({{due}}) đã qua so với ngày ban hành ({{today}}).' },
  'register.arrivalOtherYear': {
    kind: 'Validation',
    vi: 'Ngày đến (ArrivalDate) {{date}} không thuộc năm {{year}}: số đến được cấp theo năm tiếp nhận, văn bản năm trước không đăng ký vào sổ năm nay.',
  },
  'register.partyFieldsForState': {
    kind: 'Validation',
    vi: 'IssuerAbbreviation, TypeAbbreviation và Congress chỉ dùng cho cơ quan Đảng (hồ sơ cơ quan chọn hệ thống văn bản của Đảng); cơ quan nhà nước dùng UnitAbbreviation và chữ viết tắt của Phụ lục III.',
  },
  'register.unitRequired': {
    kind: 'Validation',
    vi: '{{type}} không có chữ viết tắt tên loại; ký hiệu gồm chữ viết tắt cơ quan và đơn vị soạn thảo hoặc lĩnh vực (ví dụ 05/{{agency}}-VP). Hãy nhập UnitAbbreviation.',
  },
  'register.partyAbbrFixed': {
    kind: 'Validation',
    vi: '{{type}} có chữ viết tắt chuẩn "{{abbr}}"; bỏ trống chữ viết tắt tên loại (TypeAbbreviation) hoặc nhập đúng "{{abbr}}".',
  },
  'register.partyAbbrNeeded': {
    kind: 'Validation',
    vi: '{{type}} chưa có ký hiệu chuẩn trong bảng của Đảng: hãy nhập chữ viết tắt tên loại mà cơ quan dùng (TypeAbbreviation) rồi cấp số; chưa có số nào được cấp.',
  },
  'register.partyAbbrTaken': {
    kind: 'Validation',
    vi: 'Chữ viết tắt "{{abbr}}" là của {{taken}} trong bảng của Đảng; {{type}} cần chữ viết tắt khác để số của hai loại không lẫn với nhau.',
  },
  'register.partyUnknownType': {
    kind: 'Validation',
    vi: 'Tên loại văn bản (TypeName) "{{typeName}}" không thuộc danh mục văn bản của Đảng (Quy định 399-QĐ/TW), ví dụ: Nghị quyết, Quy chế, Công văn, Thông tri.',
  },
  'register.congressIssuer': {
    kind: 'Validation',
    vi: 'Văn bản đại hội được đánh số theo một dãy số chung cho mọi loại, nên ký hiệu mang tên viết tắt của đại hội hoặc cơ quan của đại hội (mặc định "{{issuer}}", ví dụ 01-NQ/{{issuer}}), không phải của cấp ủy "{{agency}}": một số như 01-NQ/{{agency}} đã thuộc dãy số riêng của cấp ủy.',
  },
  'register.notationTooLong': { kind: 'Validation', vi: 'Ký hiệu "{{notation}}" vượt quá {{max}} ký tự (trường CodeNotation).' },
  // The workflow of an incoming document (trình, chỉ đạo, chuyển, giải quyết).
  'workflow.entryNotFound': { kind: 'NotFound', vi: 'Không có văn bản với mã {{id}} trong sổ.' },
  'workflow.notIncoming': { kind: 'Validation', vi: 'Văn bản {{id}} là văn bản đi; chỉ văn bản đến mới có trình, chỉ đạo, chuyển.' },
  'workflow.stepBeforeArrival': { kind: 'Validation', vi: 'Thời điểm của bước {{date}} trước ngày đến của văn bản ({{arrival}}).' },
  'workflow.handOverBeforeArrival': { kind: 'Validation', vi: 'Ngày chuyển {{date}} trước ngày đến của văn bản ({{arrival}}).' },
  'workflow.presentToPerson': { kind: 'Validation', vi: 'Trình văn bản cho một lãnh đạo (cá nhân), không phải cho đơn vị.' },
  'workflow.noRecipients': {
    kind: 'Validation',
    vi: 'Chưa có đơn vị hoặc người nhận: hãy ghi ý kiến chỉ đạo (hoặc chuyển thẳng) hoặc chọn nơi nhận.',
  },
  'workflow.unitLeaderIsPerson': {
    kind: 'Validation',
    vi: 'Ý kiến của lãnh đạo đơn vị do một người (lãnh đạo đơn vị) cho, không phải một đơn vị.',
  },
  'workflow.assignToPerson': { kind: 'Validation', vi: 'Lãnh đạo đơn vị giao cho một cá nhân, không phải cho đơn vị.' },
  'workflow.dueNeedsAssignee': { kind: 'Validation', vi: 'Thời hạn giải quyết đối với cá nhân cần ghi cá nhân được giao.' },
  'workflow.extensionNeedsDue': { kind: 'Validation', vi: 'Gia hạn cần hạn mới (dueDate) hoặc số ngày làm việc (dueInWorkingDays).' },
  'workflow.replyMissing': { kind: 'Validation', vi: 'Hoàn thành bằng văn bản trả lời: hãy chọn văn bản đi trả lời (replyEntryId).' },
  'workflow.replyNotFound': { kind: 'NotFound', vi: 'Văn bản trả lời: không có văn bản với mã {{id}} trong sổ của cơ quan.' },
  'workflow.replyNotOutgoing': {
    kind: 'Validation',
    vi: 'Văn bản trả lời phải là một văn bản đi của cơ quan; văn bản đã chọn là văn bản đến.',
  },
  'workflow.replyCancelled': { kind: 'Validation', vi: 'Văn bản trả lời đã chọn là số văn bản đi đã hủy.' },
  'workflow.noActionNeedsReason': { kind: 'Validation', vi: 'Hoàn thành "không phải giải quyết" cần ghi lý do.' },
  'workflow.noProjection': { kind: 'Internal', vi: 'Văn bản {{id}} chưa có dòng theo dõi giải quyết (incoming_workflow).' },
  'workflow.staleStep': { kind: 'Conflict', vi: 'Văn bản vừa được ghi thêm bước xử lý khác; hãy tải lại rồi ghi lại.' },
  'workflow.unknownUnit': {
    kind: 'NotFound',
    vi: '{{label:workflowRole}}: không có đơn vị "{{name}}" trong danh bạ nội bộ. Hãy thêm đơn vị này vào danh bạ rồi ghi lại.',
  },
  'workflow.unknownPerson': {
    kind: 'NotFound',
    vi: '{{label:workflowRole}}: không có cán bộ "{{name}}" trong danh bạ nội bộ. Hãy thêm cán bộ này vào danh bạ rồi ghi lại.',
  },
  'workflow.inactiveUnit': { kind: 'Validation', vi: '{{label:workflowRole}}: đơn vị "{{name}}" đã ngừng hoạt động trong danh bạ.' },
  'workflow.inactivePerson': { kind: 'Validation', vi: '{{label:workflowRole}}: cán bộ "{{name}}" đã ngừng hoạt động trong danh bạ.' },
  'workflow.ambiguousUnit': {
    kind: 'Validation',
    vi: '{{label:workflowRole}}: có {{count}} đơn vị tên "{{name}}" trong danh bạ; hãy chọn trong danh sách gợi ý (theo mã).',
  },
  'workflow.ambiguousPerson': {
    kind: 'Validation',
    vi: '{{label:workflowRole}}: có {{count}} cán bộ tên "{{name}}" trong danh bạ; hãy chọn trong danh sách gợi ý (theo mã).',
  },
  'workflow.assigneeStepNotAllowed': {
    kind: 'Forbidden',
    vi: 'Chuyên viên chỉ ghi được tiến độ giải quyết và hoàn thành của văn bản được giao; bước "{{step}}" là việc của văn thư và lãnh đạo.',
  },
  'workflow.completeNotLead': {
    kind: 'Forbidden',
    vi: 'Chỉ người hoặc đơn vị chủ trì (hoặc được chuyển văn bản) mới ghi được hoàn thành; văn bản này không giao cho bạn chủ trì.',
  },
  'workflow.progressNotAssigned': {
    kind: 'Forbidden',
    vi: 'Văn bản này không giao cho bạn hoặc đơn vị của bạn giải quyết (chủ trì, phối hợp) nên không ghi được tiến độ.',
  },
  'workflow.noProcess': { kind: 'Validation', vi: 'Văn bản {{id}} là văn bản đi, không có quy trình giải quyết văn bản đến.' },
  'workflow.fromAfterTo': { kind: 'Validation', vi: 'Từ ngày phải trước hoặc bằng đến ngày.' },
  // The internal directory (units and staff).
  'directory.unitNotFound': { kind: 'NotFound', vi: 'Không có đơn vị với mã {{id}} trong danh bạ.' },
  'directory.personNotFound': { kind: 'NotFound', vi: 'Không có cán bộ với mã {{id}} trong danh bạ.' },
  'directory.unitExists': { kind: 'Duplicate', vi: 'Đã có đơn vị "{{name}}" trong danh bạ.' },
  'directory.parentIsSelf': { kind: 'Validation', vi: 'Đơn vị cấp trên không được là chính đơn vị này.' },
  'directory.parentIsChild': { kind: 'Validation', vi: 'Đơn vị cấp trên không được là một đơn vị trực thuộc của chính đơn vị này.' },
  'directory.fileNotBase64': { kind: 'Validation', vi: 'Tệp danh bạ: nội dung không phải base64 hợp lệ.' },
  'directory.missingColumnUnits': {
    kind: 'Validation',
    vi: 'Tệp danh bạ đơn vị: dòng 1 thiếu cột "{{column}}". Các cột nhận: {{columns}}.',
  },
  'directory.missingColumnPeople': {
    kind: 'Validation',
    vi: 'Tệp danh bạ cán bộ: dòng 1 thiếu cột "{{column}}". Các cột nhận: {{columns}}.',
  },
  // Why a row of a directory file is refused (the row and column come first: common.rowColumnRefused).
  'directory.rowNotUuid': { kind: 'Validation', vi: '"{{value}}" không phải mã UUID.' },
  'directory.rowNotYesNo': { kind: 'Validation', vi: '"{{value}}" không phải Có/Không.' },
  'directory.rowNoParent': { kind: 'Validation', vi: 'không có đơn vị "{{ref}}" trong danh bạ hoặc ở các dòng trên.' },
  'directory.rowNoUnit': { kind: 'Validation', vi: 'không có đơn vị "{{ref}}" trong danh bạ (hãy nhập danh sách đơn vị trước).' },
  'directory.importErrorsUnits': { kind: 'Validation', vi: 'Tệp danh bạ đơn vị có {{count}} lỗi; chưa nhập dòng nào.\n{{errors}}' },
  'directory.importErrorsPeople': { kind: 'Validation', vi: 'Tệp danh bạ cán bộ có {{count}} lỗi; chưa nhập dòng nào.\n{{errors}}' },
  'register.importNumberTaken': {
    kind: 'Conflict',
    vi: 'Số {{number}} ({{series}}) năm {{year}} đã có trong sổ; số đã cấp không cấp lại. Chưa có dòng nào được ghi.',
  },
  'register.possibleDuplicateIncoming': {
    kind: 'Duplicate',
    vi: 'Văn bản có thể đã được đăng ký: trùng với số đến {{number}}/{{year}} — "{{subject}}". Nếu đúng là văn bản khác, hãy xác nhận "không trùng" để đăng ký.',
  },
  'register.possibleDuplicateIncomingMany': {
    kind: 'Duplicate',
    vi: 'Văn bản có thể đã được đăng ký: trùng với số đến {{number}}/{{year}} — "{{subject}}" và {{others}} văn bản khác. Nếu đúng là văn bản khác, hãy xác nhận "không trùng" để đăng ký.',
  },
  'register.possibleDuplicateOutgoing': {
    kind: 'Duplicate',
    vi: 'Văn bản có thể đã được đăng ký: trùng với {{number}} ({{year}}) — "{{subject}}". Nếu đúng là văn bản khác, hãy xác nhận "không trùng" để đăng ký.',
  },
  'register.possibleDuplicateOutgoingMany': {
    kind: 'Duplicate',
    vi: 'Văn bản có thể đã được đăng ký: trùng với {{number}} ({{year}}) — "{{subject}}" và {{others}} văn bản khác. Nếu đúng là văn bản khác, hãy xác nhận "không trùng" để đăng ký.',
  },
  'register.noTermForDate': {
    kind: 'Conflict',
    vi: 'Ngày {{date}} không thuộc nhiệm kỳ nào đã khai báo: văn bản của Đảng được đánh số theo nhiệm kỳ của cấp ủy. Hãy khai báo nhiệm kỳ (Cài đặt → Nhiệm kỳ, hoặc "vanthu agency term-add") rồi cấp số; chưa có số nào được cấp.',
  },
  'register.badCursor': { kind: 'Validation', vi: 'Con trỏ trang (cursor) không hợp lệ.' },
  'register.termPartyOnly': { kind: 'Validation', vi: 'Nhiệm kỳ (Term) chỉ dùng cho cơ quan Đảng.' },
  // `{{inner}}` is the workflow's own refusal (its key travels in `inner`).
  // Workflow steps and deadlines (the domain checks of src-shared/domain/workflow.ts, keyed).
  'register.replyNotCompleted': {
    kind: 'Conflict',
    vi: 'Không hoàn thành được văn bản đến được trả lời ({{entryId}}): {{inner}} Văn bản đi chưa được đăng ký, không số nào bị dùng.',
  },
  'register.recalledFrozen': {
    kind: 'Conflict',
    vi: 'Văn bản đi {{number}} đã bị thu hồi ngày {{date}} (lý do: {{reason}}); văn bản đã thu hồi không {{action:recalledAction}} được nữa. Muốn sửa nội dung, hãy ban hành văn bản thay thế.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
