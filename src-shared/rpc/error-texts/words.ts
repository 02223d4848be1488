/**
 * Words an error text names by code: a param marked `{{param:table}}` in a text holds a code, and
 * each language renders that code with its own word from the table below (both languages here, so
 * a param never carries Vietnamese words into an English window). A word may itself hold `{{x}}`
 * marks, filled from the same params. A code missing from its table is shown as it is.
 */
import { CONFIDENTIALITY_LABELS } from '../../domain/priority';

type Words = Readonly<Record<string, { readonly vi: string; readonly en: string }>>;

export const ERROR_WORDS = {
  /** Why a hub call failed before any answer (http-client.ts). */
  netFailure: {
    ECONNREFUSED: { vi: 'máy chủ từ chối kết nối (ECONNREFUSED)', en: 'the server refused the connection (ECONNREFUSED)' },
    ECONNRESET: { vi: 'kết nối bị ngắt giữa chừng (ECONNRESET)', en: 'the connection was reset (ECONNRESET)' },
    dns: { vi: 'không phân giải được tên máy chủ ({{errno}})', en: 'the server name could not be resolved ({{errno}})' },
    ETIMEDOUT: { vi: 'hết thời gian chờ (ETIMEDOUT)', en: 'timed out (ETIMEDOUT)' },
    EPIPE: { vi: 'kết nối bị đóng khi đang gửi (EPIPE)', en: 'the connection closed while sending (EPIPE)' },
    other: { vi: '{{error}} ({{errno}})', en: '{{error}} ({{errno}})' },
    plain: { vi: '{{error}}', en: '{{error}}' },
    deadline: { vi: 'quá thời hạn {{seconds}} giây', en: 'over the {{seconds}} s time limit' },
    idle: { vi: 'không có phản hồi sau {{seconds}} giây', en: 'no answer after {{seconds}} s' },
    connect: { vi: 'không kết nối được sau {{seconds}} giây', en: 'could not connect within {{seconds}} s' },
  },
  /** While doing what a hub call failed (http-client.ts): nothing said, reading the packet, sending it. */
  netStage: {
    call: { vi: '', en: '' },
    readFile: { vi: 'lỗi đọc gói tin: ', en: 'reading the packet failed: ' },
    sendFile: { vi: 'lỗi gửi dữ liệu: ', en: 'sending the data failed: ' },
  },
  /** What is wrong in the JSON a hub sent (json-data-stream.ts). */
  jsonFlaw: {
    nonAscii: { vi: 'ký tự ngoài ASCII trong data', en: 'a non-ASCII character in data' },
    truncated: { vi: 'phản hồi JSON bị cắt cụt', en: 'the JSON answer is truncated' },
    badValue: { vi: 'thành phần JSON không hợp lệ', en: 'an invalid JSON member' },
    noBrace: { vi: 'không bắt đầu bằng {', en: 'it does not start with {' },
    noKey: { vi: 'thiếu tên thành phần', en: 'a member name is missing' },
    longKey: { vi: 'tên thành phần quá dài', en: 'a member name is too long' },
    noColon: { vi: 'thiếu dấu :', en: 'a colon is missing' },
    afterValue: { vi: 'ký tự thừa sau một giá trị', en: 'extra characters after a value' },
    afterJson: { vi: 'ký tự thừa sau phần JSON', en: 'extra characters after the JSON' },
    tooLarge: { vi: 'phần ngoài data quá lớn', en: 'the part outside data is too large' },
  },
  /** Which part of a hub answer is missing or malformed (vdxp-adapter.ts); a zod path is shown as is. */
  hubShape: {
    docId: { vi: 'thiếu DocId', en: 'DocId is missing' },
    status: { vi: 'thiếu trường status', en: 'the status field is missing' },
  },
  /** The role of an organization element of an edXML packet. */
  organRole: {
    sender: { vi: 'cơ quan gửi', en: 'sending agency' },
    recipient: { vi: 'nơi nhận', en: 'recipient' },
    statusSender: { vi: 'cơ quan báo trạng thái', en: 'agency reporting the status' },
  },
  /** What is wrong in an attachment's base64 (xml-splitter.ts). */
  base64Flaw: {
    entity: { vi: 'thực thể "&{{entity}};"', en: 'entity "&{{entity}};"' },
    longEntity: { vi: 'một thực thể quá dài', en: 'an entity that is too long' },
    afterPadding: { vi: 'ký tự sau dấu "=" kết thúc', en: 'a character after the closing "="' },
    padding: { vi: 'quá nhiều dấu "="', en: 'too many "="' },
    char: { vi: 'ký tự "{{char}}" (mã {{charCode}})', en: 'character "{{char}}" (code {{charCode}})' },
    openEntity: { vi: 'một thực thể không kết thúc', en: 'an unterminated entity' },
    length: { vi: 'độ dài không hợp lệ', en: 'an invalid length' },
  },
  /** A hint after the XML parser's own (English) words (xml-tree.ts). */
  xmlHint: {
    none: { vi: '', en: '' },
    entity: {
      vi: ' (thực thể không được khai báo; vanthu không dùng DTD nên chỉ chấp nhận &amp; &lt; &gt; &quot; &apos; và tham chiếu số)',
      en: ' (undeclared entity; vanthu uses no DTD, so only &amp; &lt; &gt; &quot; &apos; and numeric references are accepted)',
    },
    prefix: { vi: ' (tiền tố không gian tên chưa được khai báo)', en: ' (undeclared namespace prefix)' },
  },
  /** What is damaged in a zipped attachment (zip.ts). */
  zipFlaw: {
    directory: { vi: 'mục lục ZIP hỏng', en: 'the ZIP directory is damaged' },
    localHeader: { vi: 'tiêu đề tệp trong ZIP hỏng', en: 'a file header in the ZIP is damaged' },
    truncated: { vi: 'ZIP bị cắt cụt', en: 'the ZIP is truncated' },
    data: { vi: 'dữ liệu nén hỏng', en: 'the compressed data is damaged' },
    crc: { vi: 'ZIP hỏng (sai CRC hoặc kích thước)', en: 'the ZIP is damaged (wrong CRC or size)' },
  },
  /** What a signing input is (signing/*.ts); a file's own name is shown as it is. */
  fileLabel: {
    signatureImage: { vi: 'Ảnh chữ ký', en: 'Signature image' },
    sealImage: { vi: 'Ảnh con dấu', en: 'Seal image' },
    font: { vi: 'Phông chữ', en: 'Font' },
    certificateFile: { vi: 'Tệp chứng thư', en: 'Certificate file' },
  },
  /** A book with locked volumes, by its file stem (books/locked-volumes.ts LockedBookSpec). */
  bookName: {
    'so-den': { vi: 'sổ văn bản đến', en: 'the incoming register' },
    'so-di': { vi: 'sổ văn bản đi', en: 'the outgoing register' },
    'so-theo-doi': { vi: 'sổ theo dõi', en: 'the follow-up book' },
    'so-gui-buu-dien': { vi: 'sổ gửi bưu điện', en: 'the postal dispatch book' },
  },
  /** A request about a document already sent through the hub (entry-requests.service.ts). */
  exchangeAction: {
    recall: { vi: 'thu hồi', en: 'recalled' },
    update: { vi: 'cập nhật', en: 'updated' },
    replace: { vi: 'thay thế', en: 'replaced' },
    'take-back': { vi: 'lấy lại', en: 'taken back' },
    channels: { vi: 'xem nơi nhận của', en: 'checked for their recipients' },
  },
  /** The role a directory entry plays in a workflow step (workflow.service.ts, workflow-refs.ts). */
  workflowRole: {
    leader: { vi: 'Lãnh đạo được trình', en: 'Leader presented to' },
    directingLeader: { vi: 'Lãnh đạo chỉ đạo', en: 'Directing leader' },
    chuTri: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
    phoiHop: { vi: 'Đơn vị phối hợp', en: 'Cooperating unit' },
    deBiet: { vi: 'Đơn vị để biết', en: 'Unit for information' },
    unitDeadline: { vi: 'Hạn của đơn vị', en: "Unit's deadline" },
    recipients: { vi: 'Đơn vị hoặc người nhận', en: 'Receiving unit or person' },
    unitLeader: { vi: 'Lãnh đạo đơn vị', en: 'Head of unit' },
    assignee: { vi: 'Cá nhân được giao', en: 'Assigned person' },
    extensionDecider: { vi: 'Người quyết định gia hạn', en: 'Person deciding the extension' },
  },
  /** Which deadline a deadline check is about (workflow.service.ts); `unit` names the unit. */
  deadlineLabel: {
    due: { vi: 'Thời hạn giải quyết', en: 'The deadline' },
    leader: { vi: 'Hạn giải quyết theo ý kiến chỉ đạo', en: 'The deadline set by the direction' },
    new: { vi: 'Hạn mới', en: 'The new deadline' },
    person: { vi: 'Thời hạn giải quyết đối với cá nhân', en: "The assigned person's deadline" },
    unit: { vi: 'Hạn của {{party}}', en: 'The deadline of {{party}}' },
  },
  /** A workflow step (src-shared/domain/workflow.ts WORKFLOW_STEP_LABELS). */
  workflowStep: {
    trinh: { vi: 'Trình', en: 'Present' },
    'chi-dao': { vi: 'Ý kiến chỉ đạo', en: 'Direction' },
    'chuyen-thang': { vi: 'Chuyển thẳng', en: 'Hand over directly' },
    chuyen: { vi: 'Chuyển', en: 'Hand over' },
    'y-kien-don-vi': { vi: 'Ý kiến lãnh đạo đơn vị', en: "Unit head's direction" },
    'tien-do': { vi: 'Tiến độ', en: 'Progress' },
    'gia-han': { vi: 'Gia hạn', en: 'Extend' },
    'hoan-thanh': { vi: 'Hoàn thành', en: 'Complete' },
    'mo-lai': { vi: 'Mở lại', en: 'Reopen' },
    'thu-hoi': { vi: 'Thu hồi', en: 'Recall' },
  },
  /** A workflow state (src-shared/domain/workflow.ts WORKFLOW_STATE_LABELS). */
  workflowState: {
    'cho-trinh': { vi: 'Chờ trình', en: 'To present' },
    'cho-chi-dao': { vi: 'Chờ ý kiến chỉ đạo', en: 'Awaiting direction' },
    'cho-chuyen': { vi: 'Chờ chuyển', en: 'To hand over' },
    'dang-giai-quyet': { vi: 'Đang giải quyết', en: 'In progress' },
    'hoan-thanh': { vi: 'Hoàn thành', en: 'Completed' },
    'thu-hoi': { vi: 'Đã thu hồi', en: 'Recalled' },
  },
  /** What is wrong with an encrypted backup file (backup-crypto.ts). */
  backupFlaw: {
    truncated: { vi: 'bị cắt cụt', en: 'is truncated' },
    notBackup: { vi: 'không phải tệp sao lưu mã hóa của vanthu', en: 'is not an encrypted vanthu backup file' },
    authFailed: {
      vi: 'không khớp mã xác thực (bị sửa, cắt cụt hoặc sai khóa)',
      en: 'fails its authentication code (altered, truncated or wrong key)',
    },
  },
  /** What a recalled outgoing entry can no longer have done to it (register.service.ts). */
  recalledAction: {
    cancelNumber: { vi: 'hủy số', en: 'have its number cancelled' },
    changeFile: { vi: 'đính kèm hay đổi tệp', en: 'have files attached or changed' },
    correct: { vi: 'đính chính', en: 'be corrected' },
  },
  /** What a working-calendar count is of (working-calendar.ts checkSteps). */
  workingUnit: {
    days: { vi: 'ngày làm việc', en: 'working days' },
    hours: { vi: 'giờ làm việc', en: 'working hours' },
  },
  /**
   * An agency setting, by its key in the `settings` table (src-main/features/settings/settings-keys.ts,
   * which checks that every key has its word here): the name the clerk knows it by.
   */
  setting: {
    'accounts.policy': { vi: 'Chính sách mật khẩu và phiên làm việc', en: 'Password and session policy' },
    'register.numbering': { vi: 'Cách đánh số văn bản đi', en: 'Outgoing document numbering' },
    'intake.settings': { vi: 'Thiết lập tiếp nhận (máy quét, OCR, quét virus)', en: 'Intake settings (scanner, OCR, virus scan)' },
    'signing.settings': { vi: 'Thiết lập ký số', en: 'Digital signing settings' },
    'exchange.hub': { vi: 'Kết nối trục liên thông', en: 'Exchange hub connection' },
    'exchange.revokeAnswer': { vi: 'Cách trả lời yêu cầu thu hồi văn bản', en: 'How to answer a document recall request' },
    'exchange.lastSync': { vi: 'Lần đồng bộ trục liên thông thành công gần nhất', en: 'Last successful exchange hub sync' },
    'workflow.deadlines': {
      vi: 'Thời hạn giải quyết văn bản đến (mặc định, sắp đến hạn)',
      en: 'Deadlines of incoming documents (default, due soon)',
    },
    'backup.settings': { vi: 'Thiết lập sao lưu', en: 'Backup settings' },
    'backup.state': { vi: 'Tình trạng sao lưu', en: 'Backup status' },
    'backup.passphrase': { vi: 'Mật khẩu sao lưu', en: 'Backup passphrase' },
  },
  /**
   * A date field of a contract, by the Vietnamese label it is declared with (register-fields.contract.ts
   * optionalDate): a label missing here leaves that field's refusal unkeyed (its Vietnamese as is).
   */
  dateField: {
    issued: { vi: 'Ngày, tháng, năm văn bản', en: 'Document date' },
    arrival: { vi: 'Ngày, tháng, năm đến', en: 'Arrival date' },
    due: { vi: 'Thời hạn giải quyết / hạn trả lời', en: 'Deadline / reply date' },
    from: { vi: 'Từ ngày', en: 'From' },
    to: { vi: 'Đến ngày', en: 'To' },
    handOver: { vi: 'Ngày chuyển', en: 'Hand-over date' },
    sent: { vi: 'Ngày gửi', en: 'Sending date' },
    unitDue: { vi: 'Hạn của đơn vị', en: "The unit's deadline" },
    stepDue: { vi: 'Hạn giải quyết', en: 'Deadline' },
    personDue: { vi: 'Thời hạn giải quyết đối với cá nhân', en: "The assigned person's deadline" },
    newDue: { vi: 'Hạn mới', en: 'New deadline' },
  },
  /**
   * A field of a contract, by the Vietnamese label it is declared with (register-fields.contract.ts
   * requiredText, optionalText, optionalCount; books.contract.ts NumberBound): the label is looked up
   * here to key the field's refusals (contracts/input-text.ts; a test holds every label declared here).
   */
  inputField: {
    typeName: { vi: 'Tên loại văn bản', en: 'Document type' },
    subject: { vi: 'Trích yếu nội dung', en: 'Subject' },
    language: { vi: 'Ngôn ngữ', en: 'Language' },
    pageAmount: { vi: 'Số trang của văn bản', en: 'Number of pages' },
    description: { vi: 'Ghi chú', en: 'Notes' },
    documentId: { vi: 'Mã định danh văn bản', en: 'Document identifier' },
    soKyHieu: { vi: 'Số, ký hiệu văn bản', en: 'Document number and symbol' },
    codeNumber: { vi: 'Số của văn bản', en: 'Document number' },
    codeNotation: { vi: 'Ký hiệu của văn bản', en: 'Document symbol' },
    organName: { vi: 'Tên cơ quan, tổ chức ban hành văn bản', en: 'Issuing body' },
    toPlaces: { vi: 'Đơn vị hoặc người nhận', en: 'Passed to' },
    traceHeaderList: { vi: 'Ý kiến phân phối, chỉ đạo', en: 'Distribution and direction notes' },
    unitAbbreviation: { vi: 'Chữ viết tắt đơn vị soạn thảo / lĩnh vực', en: 'Abbreviation of the drafting unit / field' },
    issuerAbbreviation: { vi: 'Chữ viết tắt cơ quan ban hành', en: 'Abbreviation of the issuing body' },
    typeAbbreviation: { vi: 'Chữ viết tắt tên loại văn bản', en: 'Abbreviation of the document type' },
    issuedAmount: { vi: 'Số lượng bản phát hành', en: 'Copies issued' },
    archiveKeeper: { vi: 'Đơn vị, người nhận bản lưu', en: 'Archive copy kept by' },
    cancelReason: { vi: 'Lý do hủy số', en: 'Reason for cancelling the number' },
    correctionReason: { vi: 'Lý do đính chính', en: 'Reason for the correction' },
    signerPosition: { vi: 'Chức vụ của người ký', en: "Signer's position" },
    signerName: { vi: 'Họ và tên người ký', en: "Signer's full name" },
    recipientOrganId: { vi: 'Mã định danh cơ quan nhận', en: 'Identifier of the receiving body' },
    recipientOrganName: { vi: 'Tên cơ quan, tổ chức nhận', en: 'Receiving body' },
    recipient: { vi: 'Nơi nhận', en: 'Recipient' },
    receiptNo: { vi: 'Số biên lai bưu điện', en: 'Postal receipt number' },
    cost: { vi: 'Cước phí (đồng)', en: 'Postage (VND)' },
    recipientAddress: { vi: 'Địa chỉ nơi nhận', en: "Recipient's address" },
    unitName: { vi: 'Tên đơn vị', en: 'Unit name' },
    shortName: { vi: 'Tên viết tắt', en: 'Short name' },
    fullName: { vi: 'Họ và tên', en: 'Full name' },
    position: { vi: 'Chức vụ', en: 'Position' },
    phone: { vi: 'Điện thoại', en: 'Phone' },
    direction: { vi: 'Ý kiến chỉ đạo', en: 'Direction' },
    unitHeadDirection: { vi: 'Ý kiến của lãnh đạo đơn vị', en: "Unit head's direction" },
    directBasis: { vi: 'Căn cứ chuyển thẳng', en: 'Grounds for handing over directly' },
    receivedBy: { vi: 'Người ký nhận', en: 'Received and signed for by' },
    progress: { vi: 'Tiến độ giải quyết', en: 'Progress' },
    reason: { vi: 'Lý do', en: 'Reason' },
    extensionReason: { vi: 'Lý do gia hạn', en: 'Reason for the extension' },
    reopenReason: { vi: 'Lý do mở lại', en: 'Reason for reopening' },
    recallReason: { vi: 'Lý do thu hồi', en: 'Reason for the recall' },
    numberFrom: { vi: 'Từ số (NumberFrom)', en: 'From number (NumberFrom)' },
    numberTo: { vi: 'Đến số (NumberTo)', en: 'To number (NumberTo)' },
    password: { vi: 'Mật khẩu', en: 'The password' },
    initialPassword: { vi: 'Mật khẩu ban đầu', en: 'The initial password' },
    currentPassword: { vi: 'Mật khẩu hiện tại', en: 'The current password' },
    newPassword: { vi: 'Mật khẩu mới', en: 'The new password' },
    agencyName: { vi: 'Tên cơ quan', en: 'The agency name' },
    parentAgencyName: { vi: 'Tên cơ quan chủ quản', en: 'The parent agency name' },
    address: { vi: 'Địa chỉ', en: 'The address' },
    placeName: { vi: 'Địa danh', en: 'The place name' },
    termName: { vi: 'Tên nhiệm kỳ', en: 'The term name' },
    termStart: { vi: 'Ngày bắt đầu nhiệm kỳ', en: 'The start date of the term' },
    termEnd: { vi: 'Ngày kết thúc nhiệm kỳ', en: 'The end date of the term' },
    source: { vi: 'Nguồn', en: 'Source' },
    noticeNumber: { vi: 'Số, ký hiệu thông báo', en: 'Number and symbol of the notice' },
    signatureImage: { vi: 'Ảnh chữ ký (PNG)', en: 'The signature image (PNG)' },
    sealImage: { vi: 'Ảnh con dấu (PNG)', en: 'The seal image (PNG)' },
    pdfToSign: { vi: 'Tệp PDF cần ký', en: 'The PDF file to sign' },
    signedPdf: { vi: 'Tệp PDF kết quả', en: 'The resulting PDF file' },
    tokenLibrary: { vi: 'Thư viện PKCS#11 của token', en: "The token's PKCS#11 library" },
    pkcs11Library: { vi: 'Thư viện PKCS#11', en: 'The PKCS#11 library' },
    pdfToVerify: { vi: 'Tệp PDF cần kiểm tra', en: 'The PDF file to check' },
    trustDir: { vi: 'Thư mục chứng thư tin cậy', en: 'The trusted certificates folder' },
    certificateFile: { vi: 'Tệp chứng thư', en: 'The certificate file' },
  },
  /** Where an operation is called from (router.ts transportRefusal). */
  transport: {
    electron: { vi: 'cửa sổ ứng dụng', en: 'the application window' },
    http: { vi: 'cửa sổ trình duyệt', en: 'the browser window' },
    cli: { vi: 'dòng lệnh', en: 'the command line' },
    direct: { vi: 'tiến trình chính', en: 'the main process' },
  },
  /** The transports an operation is open to, when they are a named set (rpc/define.ts LOCAL_TRANSPORTS). */
  transportSet: {
    local: { vi: 'dòng lệnh, tiến trình chính', en: 'the command line, the main process' },
  },
  /** Why the transport may not call the operation (router.ts): said only to the app and browser screens. */
  transportWhy: {
    local: { vi: '', en: '' },
    window: {
      vi: ' Thao tác này nhận đường dẫn tệp trên máy; từ cửa sổ hãy gửi nội dung tệp hoặc mã tệp đã lưu.',
      en: " This operation takes file paths on this computer; from a window, send the file's content or a stored file's id.",
    },
  },
  /** What the data refused by an operation's schema was for (router.ts validationError); its name follows. */
  inputVia: {
    send: { vi: 'gửi cho ', en: 'sent to ' },
    correct: { vi: 'đính chính ', en: 'correcting ' },
    handler: { vi: '', en: '' },
  },
  /** A column of a register imported from a spreadsheet, by its field (books/spreadsheet/import-rows.ts). */
  importField: {
    ArrivalDate: { vi: 'Ngày đến', en: 'Arrival date' },
    ArrivalNumber: { vi: 'Số đến', en: 'Arrival number' },
    OrganName: { vi: 'Tác giả (cơ quan ban hành)', en: 'Issuing body' },
    SoKyHieu: { vi: 'Số, ký hiệu văn bản', en: 'Number and symbol' },
    CodeNumber: { vi: 'Số văn bản', en: 'Document number' },
    CodeNotation: { vi: 'Ký hiệu', en: 'Symbol' },
    IssuedDate: { vi: 'Ngày tháng văn bản', en: 'Document date' },
    TypeName: { vi: 'Tên loại', en: 'Type' },
    Subject: { vi: 'Trích yếu nội dung', en: 'Subject' },
    ToPlaces: { vi: 'Đơn vị hoặc người nhận', en: 'Passed to' },
    Signer: { vi: 'Người ký', en: 'Signer' },
    Recipients: { vi: 'Nơi nhận', en: 'Recipients' },
    ArchiveKeeper: { vi: 'Đơn vị, người nhận bản lưu', en: 'Archive copy kept by' },
    IssuedAmount: { vi: 'Số lượng bản', en: 'Copies' },
    TransferDate: { vi: 'Ngày chuyển', en: 'Hand-over date' },
    Description: { vi: 'Ghi chú', en: 'Notes' },
    Priority: { vi: 'Độ khẩn', en: 'Urgency' },
    Confidentiality: { vi: 'Độ mật', en: 'Confidentiality' },
    Medium: { vi: 'Hình thức', en: 'Medium' },
    DueDate: { vi: 'Thời hạn giải quyết', en: 'Deadline' },
  },
  /** An outgoing number series named in an import's refusal; any other series is shown by its code. */
  outgoingSeries: {
    'hanh-chinh': { vi: 'dãy chung', en: 'common series' },
  },
  /** A state-secret level (src-shared/domain/priority.ts). */
  confidentiality: {
    mat: { vi: CONFIDENTIALITY_LABELS.mat, en: 'Confidential' },
    'toi-mat': { vi: CONFIDENTIALITY_LABELS['toi-mat'], en: 'Secret' },
    'tuyet-mat': { vi: CONFIDENTIALITY_LABELS['tuyet-mat'], en: 'Top secret' },
  },
  /** A category the agency keeps off the electronic channel (src-shared/domain/priority.ts). */
  channelRestriction: {
    'khen-thuong-ky-luat': { vi: 'Hồ sơ khen thưởng, kỷ luật', en: 'Awards and discipline file' },
    'ho-so-goc': { vi: 'Hồ sơ gốc', en: 'Original file' },
    'nhay-cam': { vi: 'Nội dung nhạy cảm', en: 'Sensitive content' },
  },
  /** What an infected file is kept from (release-scan.ts). */
  scanRefused: {
    attach: { vi: 'không đính kèm vào sổ', en: 'it is not attached to the register' },
    release: { vi: 'văn bản không được gửi/phát hành', en: 'the document is not sent or released' },
    output: { vi: 'tệp không được ghi ra hay xuất', en: 'the file is not written or exported' },
  },
  /** What an unscanned file is kept from under the block policy (release-scan.ts). */
  scanBlocked: {
    attach: { vi: 'tệp không được đính kèm', en: 'the file is not attached' },
    release: { vi: 'văn bản không được gửi/phát hành', en: 'the document is not sent or released' },
    output: { vi: 'tệp không được ghi ra hay xuất', en: 'the file is not written or exported' },
  },
  /** Why no antivirus verdict came (release-scan.ts). */
  scanUnavailable: {
    tooLarge: { vi: 'tệp lớn hơn giới hạn quét của phần mềm diệt virus', en: 'the file is over the antivirus scan limit' },
    none: { vi: 'chưa cấu hình phần mềm diệt virus', en: 'no antivirus is configured' },
    noAnswer: {
      vi: 'phần mềm diệt virus ({{engine}}) không trả lời được: {{raw}}',
      en: 'the antivirus ({{engine}}) could not answer: {{raw}}',
    },
  },
} as const satisfies Readonly<Record<string, Words>>;
