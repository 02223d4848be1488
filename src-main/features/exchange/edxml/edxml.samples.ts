/**
 * The hand-composed examples of edxml.md §E (E.1 new-document packet, E.2 status 01), verbatim
 * except that E.1's placeholder payload is a real base64 string. Used by the round-trip tests.
 */
export const SAMPLE_PDF = Buffer.from('%PDF-1.7\n% vanthu sample\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
export const PDF_BASE64 = SAMPLE_PDF.toString('base64');

/** The lines both examples open with, up to the message header. */
const ENVELOPE_OPENING = `<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
  <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
    <edXML:edXMLHeader>
      <edXML:MessageHeader>`;

export const E1_NEW_DOCUMENT = `${ENVELOPE_OPENING}
        <edXML:From>
          <edXML:OrganId>000.00.07.H99</edXML:OrganId>
          <edXML:OrganizationInCharge>UBND tỉnh Mẫu</edXML:OrganizationInCharge>
          <edXML:OrganName>Sở Thông tin tỉnh Mẫu</edXML:OrganName>
          <edXML:OrganAdd>01 Đường Chính, TP Mẫu</edXML:OrganAdd>
          <edXML:Email>vanthu@stt.mau.gov.vn</edXML:Email>
          <edXML:Telephone/>
          <edXML:Fax/>
          <edXML:Website/>
        </edXML:From>
        <edXML:To>
          <edXML:OrganId>000.00.00.H99</edXML:OrganId>
          <edXML:OrganizationInCharge>UBND tỉnh Mẫu</edXML:OrganizationInCharge>
          <edXML:OrganName>Văn phòng UBND tỉnh Mẫu</edXML:OrganName>
        </edXML:To>
        <edXML:DocumentId>000.00.07.H99,2025/03/05,125/STT-VP</edXML:DocumentId>
        <edXML:Code>
          <edXML:CodeNumber>125</edXML:CodeNumber>
          <edXML:CodeNotation>STT-VP</edXML:CodeNotation>
        </edXML:Code>
        <edXML:PromulgationInfo>
          <edXML:Place>TP Mẫu</edXML:Place>
          <edXML:PromulgationDate>2025/03/05</edXML:PromulgationDate>
        </edXML:PromulgationInfo>
        <edXML:DocumentType>
          <edXML:Type>1</edXML:Type>
          <edXML:TypeDetail>0</edXML:TypeDetail>
          <edXML:TypeName>Công văn</edXML:TypeName>
        </edXML:DocumentType>
        <edXML:Subject>V/v báo cáo tình hình ứng dụng CNTT quý I</edXML:Subject>
        <edXML:Content>V/v báo cáo tình hình ứng dụng CNTT quý I</edXML:Content>
        <edXML:SignerInfo>
          <edXML:Competence>KT. GIÁM ĐỐC</edXML:Competence>
          <edXML:Position>Phó Giám đốc</edXML:Position>
          <edXML:FullName>Trần Văn Mẫu</edXML:FullName>
        </edXML:SignerInfo>
        <edXML:DueDate>2025/03/20</edXML:DueDate>
        <edXML:OtherInfo>
          <edXML:Priority>1</edXML:Priority>
          <edXML:SphereOfPromulgation>Liên thông văn bản</edXML:SphereOfPromulgation>
          <edXML:TyperNotation>NVA</edXML:TyperNotation>
          <edXML:PromulgationAmount>3</edXML:PromulgationAmount>
          <edXML:PageAmount>2</edXML:PageAmount>
          <edXML:Direction>false</edXML:Direction>
          <edXML:Appendixes>
            <edXML:Appendix>Phụ lục số liệu</edXML:Appendix>
          </edXML:Appendixes>
        </edXML:OtherInfo>
        <edXML:SteeringType>0</edXML:SteeringType>
        <edXML:ToPlaces>
          <edXML:Place>Như trên</edXML:Place>
          <edXML:Place>Lưu: VT</edXML:Place>
        </edXML:ToPlaces>
      </edXML:MessageHeader>
      <edXML:TraceHeaderList>
        <edXML:TraceHeader>
          <edXML:OrganId>000.00.07.H99</edXML:OrganId>
          <edXML:Timestamp>2025/03/05 09:15:00</edXML:Timestamp>
        </edXML:TraceHeader>
        <edXML:Bussiness>
          <edXML:BussinessDocType>0</edXML:BussinessDocType>
          <edXML:BussinessDocReason>Văn bản điện tử mới</edXML:BussinessDocReason>
          <edXML:Paper>0</edXML:Paper>
          <edXML:StaffInfo>
            <edXML:Department>Văn phòng Sở</edXML:Department>
            <edXML:Staff>Nguyễn Thị Văn Thư</edXML:Staff>
            <edXML:Email>vanthu@stt.mau.gov.vn</edXML:Email>
            <edXML:Mobile>0900000000</edXML:Mobile>
          </edXML:StaffInfo>
        </edXML:Bussiness>
      </edXML:TraceHeaderList>
    </edXML:edXMLHeader>
    <edXML:edXMLBody>
      <edXML:edXMLManifest version="1.0">
        <edXML:Reference>
          <edXML:ContentId>cid:7d1f0c2a-0001</edXML:ContentId>
          <edXML:ContentType>application/pdf</edXML:ContentType>
          <edXML:Description>Văn bản chính</edXML:Description>
          <edXML:AttachmentName>125-STT-VP.pdf</edXML:AttachmentName>
        </edXML:Reference>
      </edXML:edXMLManifest>
    </edXML:edXMLBody>
  </edXML:edXMLEnvelope>
  <AttachmentEncoded>
    <Attachment>
      <ContentId>cid:7d1f0c2a-0001</ContentId>
      <AttachmentName>125-STT-VP.pdf</AttachmentName>
      <Description>Văn bản chính</Description>
      <ContentType>application/pdf</ContentType>
      <edXML:ContentTransferEncoded xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">${PDF_BASE64}</edXML:ContentTransferEncoded>
    </Attachment>
  </AttachmentEncoded>
</edXML>
`;

export const E2_STATUS_01 = `${ENVELOPE_OPENING}
        <edXML:From>
          <edXML:OrganId>000.00.00.H99</edXML:OrganId>
          <edXML:OrganizationInCharge>UBND tỉnh Mẫu</edXML:OrganizationInCharge>
          <edXML:OrganName>Văn phòng UBND tỉnh Mẫu</edXML:OrganName>
        </edXML:From>
        <edXML:ResponseFor>
          <edXML:OrganId>000.00.07.H99</edXML:OrganId>
          <edXML:Code>125/STT-VP</edXML:Code>
          <edXML:PromulgationDate>2025/03/05</edXML:PromulgationDate>
          <edXML:DocumentId>000.00.07.H99,2025/03/05,125/STT-VP</edXML:DocumentId>
        </edXML:ResponseFor>
        <edXML:StaffInfo>
          <edXML:Department>Phòng Hành chính - Tổ chức</edXML:Department>
          <edXML:Staff>Lê Thị Tiếp Nhận</edXML:Staff>
          <edXML:Mobile>0911111111</edXML:Mobile>
          <edXML:Email>vt@vpubnd.mau.gov.vn</edXML:Email>
        </edXML:StaffInfo>
        <edXML:StatusCode>01</edXML:StatusCode>
        <edXML:Description>Đã đến: hệ thống đã nhận, văn thư chưa xử lý</edXML:Description>
        <edXML:Timestamp>2025/03/05 09:16:42</edXML:Timestamp>
      </edXML:MessageHeader>
    </edXML:edXMLHeader>
  </edXML:edXMLEnvelope>
</edXML>
`;
