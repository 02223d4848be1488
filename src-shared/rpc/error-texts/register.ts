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
  'workflow.deadlineBeforeArrival': {
    kind: 'Validation',
    vi: '{{label:deadlineLabel}} {{due}} trước ngày đến của văn bản ({{arrival}}).',
  },
  'workflow.extensionNotLater': { kind: 'Validation', vi: 'Hạn mới {{due}} phải sau hạn hiện tại {{current}}.' },
  'workflow.stepAfterRecall': { kind: 'Conflict', vi: 'Văn bản đã bị thu hồi: không thể ghi thêm bước "{{step:workflowStep}}".' },
  'workflow.stepAfterCompletion': {
    kind: 'Conflict',
    vi: 'Văn bản đã hoàn thành: muốn ghi bước "{{step:workflowStep}}" phải mở lại văn bản (bước "Mở lại", có lý do) trước.',
  },
  'workflow.stepNotAllowed': {
    kind: 'Conflict',
    vi: 'Không thể ghi bước "{{step:workflowStep}}" khi văn bản đang ở trạng thái "{{state:workflowState}}". Các bước được phép: "{{allowed:workflowStep}}".',
  },
  'register.replyNotCompleted': {
    kind: 'Conflict',
    vi: 'Không hoàn thành được văn bản đến được trả lời ({{entryId}}): {{inner}} Văn bản đi chưa được đăng ký, không số nào bị dùng.',
  },
  'register.recalledFrozen': {
    kind: 'Conflict',
    vi: 'Văn bản đi {{number}} đã bị thu hồi ngày {{date}} (lý do: {{reason}}); văn bản đã thu hồi không {{action:recalledAction}} được nữa. Muốn sửa nội dung, hãy ban hành văn bản thay thế.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
