/**
 * Frequent syllables of Vietnamese administrative text (only those with diacritics). A reading of a
 * legacy cell that produces them ("thông báo") beats one that is merely well formed ("thụng bỏo").
 */
export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(
  `bản báo bảo bình bộ bổ bố cán cáo cấp cầu chánh chính chỉ chủ chức chương chuyển công cơ của cục cường
   dân dẫn dục dụng dự dựng đào đạo đăng đầu đất đề đến điểm điện định đoàn đối đồng đơn được đường đội
   gửi giải giám giáo giấy giữa hành hạn hạng hiện hiệp hóa hoá họa hoạch hoạt hộ hội học hợp hướng
   kế kết khác khẩn khoa không khu kiểm kiến ký kỳ lãnh lập liên lịch lực lượng lưu lý luật mật mới môi
   năm nâng nội nông ngân ngày nghị nghiệp người nguyên nhà nhân nhất nhiệm nhận những nước nơi phát
   phân phê phòng phó phối phủ phúc phương quả quan quản quốc quy quyền quyết sách sát sản sở số sự
   sửa tác tài tăng tâm tập tế thành tháng thanh thẩm thế thể thi thiết thị thông thủ thuật thuế thực
   thường thương tịch tiến tiếp tiêu tiết tình tỉnh tổ tổng trả trách trạng trên triển trình trong trưởng
   trường trực trung tư từ tục tuyển tượng uỷ ủy văn vấn việc viên vệ vụ vực xã xây xử xuất ý yêu`
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => s.normalize('NFC')),
);
