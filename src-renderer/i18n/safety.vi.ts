/** Độ mật, channel restrictions and antivirus notices (issue 17), Vietnamese first. */
export const safetyVi = {
  /** Độ mật by the key stored in the register (src-shared/domain/priority). */
  level: { none: 'Thường (không mật)', mat: 'Mật', 'toi-mat': 'Tối mật', 'tuyet-mat': 'Tuyệt mật' },
  confidentiality: 'Độ mật',
  confidentialityHelp: 'Theo dấu chỉ độ mật trên văn bản (ô 10a, dưới số, ký hiệu).',
  secretNotice:
    'Văn bản mật: được cấp số trong dãy số mật riêng, không vào sổ thường và không tìm theo trích yếu; không được gửi qua trục liên thông.',
  restriction: 'Hạn chế gửi điện tử',
  restrictionNone: 'Không',
  restrictionLabel: { 'khen-thuong-ky-luat': 'Hồ sơ khen thưởng, kỷ luật', 'ho-so-goc': 'Hồ sơ gốc', 'nhay-cam': 'Nội dung nhạy cảm' },
  restrictionHelp: 'Quy chế cơ quan hạn chế gửi loại này qua môi trường điện tử: khi gửi liên thông sẽ hỏi xác nhận.',
  avWarning: 'Cảnh báo: {{warning}} Theo cài đặt của cơ quan, tệp vẫn được nhận.',
  sendSecret: 'Văn bản {{level}} không được gửi qua trục liên thông (văn bản mật chỉ chuyển theo pháp luật về bảo vệ bí mật nhà nước).',
  sendRestrictedTitle: 'Gửi văn bản bị hạn chế?',
  sendRestrictedBody: 'Văn bản được đánh dấu "{{label}}": quy chế cơ quan hạn chế gửi loại này qua môi trường điện tử. Vẫn gửi liên thông?',
  sendRestrictedOk: 'Vẫn gửi',
  releaseWarning: 'Đã gửi, nhưng: {{warnings}}',
};
