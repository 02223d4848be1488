/** Vietnamese is the first language of the product; every key exists here first. */
export const vi = {
  app: { name: 'vanthu', tagline: 'Văn thư cơ quan' },
  nav: {
    incoming: 'Văn bản đến',
    outgoing: 'Văn bản đi',
    books: 'Sổ đăng ký',
    signing: 'Ký số',
    exchange: 'Liên thông',
    settings: 'Cài đặt',
  },
  status: {
    online: 'Trực tuyến',
    offline: 'Ngoại tuyến',
    offlineHint: 'Mất kết nối mạng: mọi việc vẫn làm được, riêng liên thông sẽ gửi khi có mạng.',
    bridgeDown: 'Mất kết nối tới tiến trình chính — đang thử lại…',
  },
  lang: { toggle: 'English', current: 'Tiếng Việt' },
  common: {
    next: 'Tiếp',
    back: 'Quay lại',
    finish: 'Hoàn tất',
    save: 'Lưu',
    saved: 'Đã lưu',
    loading: 'Đang tải…',
    retry: 'Thử lại',
    errorTitle: 'Không thực hiện được',
  },
  wizard: {
    title: 'Thiết lập lần đầu',
    intro: 'Nhập thông tin cơ quan. Các thông tin này dùng để đánh số, ghi ký hiệu văn bản và in sổ đăng ký.',
    steps: { agency: 'Cơ quan', code: 'Mã định danh', place: 'Địa chỉ', confirm: 'Xác nhận' },
    done: 'Đã ghi hồ sơ cơ quan.',
    preview: 'Xem trước',
    previewNotation: 'Ký hiệu văn bản sẽ có dạng',
    previewDate: 'Dòng địa danh, ngày tháng',
  },
  agency: {
    name: 'Tên cơ quan, tổ chức',
    nameHelp: 'Viết như ở phần tên cơ quan ban hành văn bản, ví dụ "Ủy ban nhân dân xã Tân Phú".',
    parentName: 'Tên cơ quan chủ quản trực tiếp',
    parentNameHelp: 'Ví dụ "Ủy ban nhân dân huyện Đồng Phú".',
    code: 'Mã định danh',
    codeHelp: 'Dạng QCVN 102 LLL.KK.JJ.XNN (ví dụ 000.00.24.H44) hoặc mã theo QĐ 20/2020.',
    abbreviation: 'Chữ viết tắt tên cơ quan',
    abbreviationHelp: 'Dùng trong ký hiệu văn bản, ví dụ UBND, SNgV.',
    address: 'Địa chỉ',
    placeName: 'Địa danh',
    placeNameHelp: 'Ghi ở dòng ngày tháng, ví dụ "Hà Nội" hoặc "Tân Phú".',
  },
  settings: {
    title: 'Cài đặt',
    agencyProfile: 'Hồ sơ cơ quan',
    dataFolder: 'Thư mục dữ liệu',
    version: 'Phiên bản',
    schema: 'Lược đồ dữ liệu',
  },
  placeholder: {
    title: 'Đang xây dựng',
    body: 'Chức năng "{{name}}" chưa có trong phiên bản này.',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof vi>;
