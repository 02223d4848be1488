/**
 * Error texts — the domain's own checks (src-shared/domain): dates and instants, "số, ký hiệu", the
 * working calendar, the workflow's steps and deadlines. A domain check returns its refusal as data
 * (`domainErr` in domain-result.ts): its key here, its params, and this Vietnamese text filled with
 * them as its message. Merged in index.ts; the window's forms that run these checks import only this
 * file (never the whole catalog). The workflow's keys keep their `workflow.` names (the service has
 * always thrown them).
 */
import type { ErrorKind } from '../errors';

export const DOMAIN_TEXTS = {
  // Calendar dates and instants (vn-time.ts).
  'domain.dateNotIso': { kind: 'Validation', vi: '"{{text}}" không phải ngày dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2026-03-05.' },
  'domain.dateNotDmy': { kind: 'Validation', vi: '"{{text}}" không phải ngày dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/03/2026.' },
  'domain.dateBadYear': { kind: 'Validation', vi: 'Năm {{year}} trong ngày "{{date}}" không hợp lệ.' },
  'domain.dateBadMonth': { kind: 'Validation', vi: 'Tháng {{month}} trong ngày "{{date}}" không hợp lệ (tháng từ 1 đến 12).' },
  'domain.dateNoSuchDay': {
    kind: 'Validation',
    vi: 'Ngày "{{date}}" không tồn tại: tháng {{month}} năm {{year}} chỉ có {{days}} ngày.',
  },
  'domain.instantNotIso': {
    kind: 'Validation',
    vi: 'Thời điểm "{{instant}}" không đúng dạng ISO 8601 có múi giờ (ví dụ 2026-03-05T08:30:00+07:00).',
  },
  'domain.instantNoSuch': { kind: 'Validation', vi: 'Thời điểm "{{instant}}" không tồn tại.' },
  'domain.badZone': { kind: 'Validation', vi: 'Múi giờ "{{zone}}" không hợp lệ.' },

  // A date field of a contract (contracts/register-fields.contract.ts): the field's name and tag, then the refusal.
  'domain.fieldDate': { kind: 'Validation', vi: '{{field:dateField}} ({{tag}}): {{inner}}' },
  'domain.fieldYear': { kind: 'Validation', vi: '{{field:dateField}} ({{tag}}): năm {{year}} không hợp lệ.' },
  // "Số, ký hiệu" (so-ky-hieu.ts, code-notation.ts, notation-text.ts).
  'domain.soKyHieuEmpty': { kind: 'Validation', vi: 'Chưa nhập số, ký hiệu văn bản.' },
  'domain.soKyHieuTooLong': {
    kind: 'Validation',
    vi: 'Số, ký hiệu văn bản dài {{length}} ký tự, vượt quá {{max}} ký tự cho phép.',
  },
  'domain.notationAfterNumber': { kind: 'Validation', vi: 'Thiếu ký hiệu văn bản sau số {{number}}, ví dụ: {{number}}/QĐ-UBND.' },
  'domain.slashMissing': {
    kind: 'Validation',
    vi: 'Thiếu dấu gạch chéo (/) giữa số và ký hiệu trong "{{text}}", ví dụ: 123/QĐ-UBND.',
  },
  'domain.numberBeforeNotation': { kind: 'Validation', vi: 'Thiếu số văn bản trước ký hiệu "{{text}}", ví dụ: 123/{{text}}.' },
  'domain.numberBeforeSlash': { kind: 'Validation', vi: 'Thiếu số văn bản trước dấu gạch chéo (/), ví dụ: 123/QĐ-UBND.' },
  'domain.partyForm': {
    kind: 'Validation',
    vi: '"{{text}}" có dạng số-ký hiệu/cơ quan (thể thức văn bản của Đảng), không theo Nghị định 30/2020/NĐ-CP; hãy nhập số và ký hiệu riêng.',
  },
  'domain.numberNotDigits': { kind: 'Validation', vi: 'Số văn bản "{{number}}" phải được ghi bằng chữ số Ả Rập (0–9).' },
  'domain.numberTooLong': {
    kind: 'Validation',
    vi: 'Số văn bản dài {{length}} chữ số, vượt quá {{max}} ký tự cho phép (trường CodeNumber, Phụ lục VI Nghị định 30/2020/NĐ-CP).',
  },
  'domain.numberZero': { kind: 'Validation', vi: 'Số văn bản bắt đầu từ 01; không có văn bản số 0.' },
  'domain.notationAfterSlash': {
    kind: 'Validation',
    vi: 'Thiếu ký hiệu văn bản sau dấu gạch chéo (/), ví dụ: 123/QĐ-UBND.',
  },
  'domain.notationSlash': {
    kind: 'Validation',
    vi: 'Ký hiệu "{{notation}}" có dấu gạch chéo (/) không đúng chỗ; dấu gạch chéo chỉ đặt giữa số và ký hiệu, và sau năm ban hành của văn bản quy phạm pháp luật (ví dụ: 30/2020/NĐ-CP).',
  },
  'domain.notationYear': { kind: 'Validation', vi: 'Năm ban hành "{{year}}" trong ký hiệu không hợp lệ.' },
  'domain.notationAfterYear': { kind: 'Validation', vi: 'Thiếu ký hiệu văn bản sau năm ban hành, ví dụ: 30/{{year}}/NĐ-CP.' },
  'domain.notationTooLong': {
    kind: 'Validation',
    vi: 'Ký hiệu văn bản dài {{length}} ký tự, vượt quá {{max}} ký tự cho phép (trường CodeNotation, Phụ lục VI Nghị định 30/2020/NĐ-CP).',
  },
  // Doubts about a symbol that is read anyway (notation-check.ts, so-ky-hieu.ts notes).
  'domain.notationSingleGroup': {
    kind: 'Validation',
    vi: 'Ký hiệu "{{text}}" chỉ có một nhóm chữ; theo Nghị định 30/2020/NĐ-CP ký hiệu gồm chữ viết tắt tên loại và tên cơ quan (ví dụ QĐ-UBND) hoặc, với công văn, tên cơ quan và đơn vị (ví dụ UBND-VP), nối bằng dấu gạch nối. Có thể đã mất dấu gạch nối khi nhận dạng.',
  },
  'domain.notationNumericGroup': {
    kind: 'Validation',
    vi: 'Nhóm "{{group}}" trong ký hiệu chỉ gồm chữ số; ký hiệu là chữ viết tắt, cần kiểm tra lại.',
  },
  'domain.notationLowercaseGroup': {
    kind: 'Validation',
    vi: 'Nhóm "{{group}}" viết chữ thường; ký hiệu văn bản được trình bày bằng chữ in hoa.',
  },
  'domain.notationOutdated': {
    kind: 'Validation',
    vi: '"{{abbreviation}}" là chữ viết tắt cũ (Thông tư 01/2011/TT-BNV); Nghị định 30/2020/NĐ-CP dùng "{{now}}" cho {{type}}.',
  },
  'domain.notationUnofficial': {
    kind: 'Validation',
    vi: '"{{abbreviation}}" không phải chữ viết tắt chính thức: {{type}} không có chữ viết tắt tên loại; ký hiệu là [cơ quan]-[đơn vị], ví dụ UBND-VP.',
  },
  'domain.notationTypeCase': {
    kind: 'Validation',
    vi: 'Chữ viết tắt tên loại "{{abbreviation}}" viết chưa đúng; Phụ lục III Nghị định 30/2020/NĐ-CP ghi "{{official}}" ({{type}}).',
  },
  'domain.notationMissingYear': {
    kind: 'Validation',
    vi: 'Nghị định là văn bản quy phạm pháp luật, ký hiệu phải có năm ban hành, ví dụ 30/2020/NĐ-CP.',
  },
  'domain.soKyHieuUnparsed': {
    kind: 'Validation',
    vi: 'Số, ký hiệu "{{text}}" không theo thể thức của Nhà nước (số/ký hiệu, ví dụ 45/UBND-VP) hay của Đảng (số-loại/cơ quan, ví dụ 19-QC/HU); văn bản vẫn được đăng ký với số, ký hiệu ghi nguyên như trên văn bản.',
  },
  'domain.soKyHieuUnparsedWhy': {
    kind: 'Validation',
    vi: 'Số, ký hiệu "{{text}}" không theo thể thức của Nhà nước (số/ký hiệu, ví dụ 45/UBND-VP) hay của Đảng (số-loại/cơ quan, ví dụ 19-QC/HU); văn bản vẫn được đăng ký với số, ký hiệu ghi nguyên như trên văn bản ({{inner}}).',
  },
  'domain.partyTypeUnknown': {
    kind: 'Validation',
    vi: '"{{abbreviation}}" không có trong bảng chữ viết tắt tên loại văn bản của Đảng; văn bản vẫn được đăng ký, hãy kiểm tra tên loại.',
  },
  'domain.composedTooLong': { kind: 'Validation', vi: 'Ký hiệu "{{notation}}" vượt quá {{max}} ký tự (trường CodeNotation).' },
  'domain.groupEmpty': {
    kind: 'Validation',
    vi: 'Ký hiệu có nhóm chữ viết tắt rỗng (hai dấu gạch nối liền nhau, hoặc dấu gạch nối ở đầu hay cuối).',
  },
  'domain.groupSpace': {
    kind: 'Validation',
    vi: 'Ký hiệu "{{group}}" có dấu cách; các chữ viết tắt viết liền, giữa các nhóm dùng dấu gạch nối (-), không cách chữ.',
  },
  'domain.groupCharacter': {
    kind: 'Validation',
    vi: 'Ký hiệu chứa ký tự không hợp lệ "{{char}}" trong nhóm "{{group}}"; chỉ dùng chữ cái, chữ số và dấu gạch nối (-) giữa các nhóm.',
  },

  // The working calendar (calendar-model.ts, working-calendar.ts).
  'domain.yearOutOfRange': { kind: 'Validation', vi: 'Năm {{year}} nằm ngoài khoảng lịch hỗ trợ ({{min}}–{{max}}).' },
  'domain.restDaysRange': {
    kind: 'Validation',
    vi: 'Ngày nghỉ hằng tuần phải là số từ 0 (Chủ nhật) đến 6 (Thứ Bảy): {{days}}.',
  },
  'domain.noWorkingDay': { kind: 'Validation', vi: 'Tuần phải có ít nhất một ngày làm việc.' },
  'domain.sessionCount': { kind: 'Validation', vi: 'Giờ làm việc phải có từ 1 đến 4 buổi.' },
  'domain.sessionFormat': { kind: 'Validation', vi: 'Giờ làm việc "{{start}}–{{end}}" không đúng dạng HH:MM (ví dụ 07:30).' },
  'domain.sessionReversed': { kind: 'Validation', vi: 'Buổi làm việc {{start}}–{{end}} kết thúc trước khi bắt đầu.' },
  'domain.sessionOverlap': { kind: 'Validation', vi: 'Buổi làm việc {{start}}–{{end}} chồng lên buổi trước.' },
  'domain.noticeSource': {
    kind: 'Validation',
    vi: 'Thông báo phải ghi số, ký hiệu văn bản (ví dụ 9441/TB-BNV), tối đa 100 ký tự.',
  },
  'domain.noticeDate': { kind: 'Validation', vi: 'Ngày "{{day}}" trong thông báo {{source}}: {{inner}}' },
  'domain.noticeOtherYear': { kind: 'Validation', vi: 'Ngày {{day}} không thuộc năm {{year}} của thông báo {{source}}.' },
  'domain.noticeTwice': { kind: 'Validation', vi: 'Ngày {{day}} được ghi hai lần trong thông báo {{source}}.' },
  'domain.notRestDay': { kind: 'Validation', vi: 'Ngày làm bù {{day}} không phải ngày nghỉ hằng tuần.' },
  'domain.weekWithoutWork': {
    kind: 'Validation',
    vi: 'Thông báo {{source}} để tuần bắt đầu {{from}} không có ngày làm việc nào.',
  },
  'domain.dayOutOfRange': {
    kind: 'Validation',
    vi: 'Ngày {{day}} nằm ngoài khoảng lịch hỗ trợ (01/01/{{min}}–31/12/{{max}}).',
  },
  'domain.nextDayOutOfRange': {
    kind: 'Validation',
    vi: 'Ngày sau {{day}} nằm ngoài khoảng lịch hỗ trợ (01/01/{{min}}–31/12/{{max}}).',
  },
  'domain.workingDaysOutOfRange': {
    kind: 'Validation',
    vi: 'Ngày {{day}} + {{n}} ngày làm việc nằm ngoài khoảng lịch hỗ trợ (01/01/{{min}}–31/12/{{max}}).',
  },
  'domain.workingHoursOutOfRange': {
    kind: 'Validation',
    vi: 'Ngày {{day}} + {{n}} giờ làm việc nằm ngoài khoảng lịch hỗ trợ (01/01/{{min}}–31/12/{{max}}).',
  },
  'domain.stepsRange': {
    kind: 'Validation',
    vi: 'Số {{unit:workingUnit}} phải là số nguyên từ 0 đến {{max}}, không phải {{n}}.',
  },

  // The workflow of an incoming document (workflow.ts).
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
} as const satisfies Readonly<Record<string, { readonly kind: ErrorKind; readonly vi: string }>>;

export type DomainErrorKey = keyof typeof DOMAIN_TEXTS;
