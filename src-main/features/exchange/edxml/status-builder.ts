import {
  STATUS_DESCRIPTIONS,
  type Organization,
  type ResponseFor,
  type StaffInfo,
  type StatusBuildInput,
} from '../../../../src-shared/contracts/exchange-model.contract';
import { formatEdxmlDate, formatEdxmlTimestamp } from './edxml-dates';
import { ENVELOPE_ATTRS, EdxmlWriter, ROOT_OPEN, XML_DECLARATION } from './xml-writer';

export function writeOrganization(w: EdxmlWriter, tag: string, o: Organization): void {
  w.open(tag)
    .leaf('OrganId', o.OrganId)
    .leaf('OrganizationInCharge', o.OrganizationInCharge)
    .leaf('OrganName', o.OrganName)
    .leaf('OrganAdd', o.OrganAdd)
    .leaf('Email', o.Email)
    .leaf('Telephone', o.Telephone)
    .leaf('Fax', o.Fax)
    .leaf('Website', o.Website)
    .close(tag);
}

export function writeResponseFor(w: EdxmlWriter, r: ResponseFor): void {
  w.open('ResponseFor')
    .leaf('OrganId', r.OrganId)
    .leaf('Code', r.Code)
    .leaf('PromulgationDate', r.PromulgationDate ? formatEdxmlDate(r.PromulgationDate) : r.PromulgationDate === null ? '' : undefined)
    .leaf('DocumentId', r.DocumentId)
    .close('ResponseFor');
}

/**
 * StaffInfo. The two official samples order the contact fields differently (Bussiness: Email then
 * Mobile; status packet: Mobile then Email); we follow each sample.
 */
export function writeStaffInfo(w: EdxmlWriter, s: StaffInfo, order: 'business' | 'status'): void {
  w.open('StaffInfo')
    .leaf('Department', s.Department)
    .leaf('DepartmentId', s.DepartmentId)
    .leaf('Staff', s.Staff)
    .leaf('StaffId', s.StaffId);
  if (order === 'business') w.leaf('Email', s.Email).leaf('Mobile', s.Mobile);
  else w.leaf('Mobile', s.Mobile).leaf('Email', s.Email);
  w.close('StaffInfo');
}

/**
 * A status packet (edxml.md §C, sample E.2): From, ResponseFor, StaffInfo, StatusCode, Description,
 * Timestamp in Vietnam time. Description defaults to the official sample text of the code.
 */
export function buildStatusPacket(input: StatusBuildInput, now: Date): string {
  const w = new EdxmlWriter();
  w.raw(XML_DECLARATION).raw(ROOT_OPEN).setDepth(1);
  w.open('edXMLEnvelope', ENVELOPE_ATTRS).open('edXMLHeader').open('MessageHeader');
  writeOrganization(w, 'From', input.From);
  writeResponseFor(w, input.ResponseFor);
  if (input.StaffInfo) writeStaffInfo(w, input.StaffInfo, 'status');
  w.leaf('StatusCode', input.StatusCode)
    .leaf('Description', input.Description ?? STATUS_DESCRIPTIONS[input.StatusCode])
    .leaf('Timestamp', formatEdxmlTimestamp(input.Timestamp ?? now));
  w.close('MessageHeader').close('edXMLHeader').close('edXMLEnvelope');
  w.setDepth(0).raw('</edXML>');
  return w.toString();
}
