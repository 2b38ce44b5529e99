// Builds Outlook .msg files for tests: msgreader only reads, so the fixtures are written here as OLE
// compound files (with SheetJS's cfb, Apache-2.0) holding the MAPI properties a saved NDR has
// ([MS-OXMSG]: one "__substg1.0_<tag>" stream per variable-length property, storages per recipient and attachment).
import CFB from 'cfb';

const unicode = (text: string) => {
  const bytes = new Uint8Array(text.length * 2 + 2);
  for (let i = 0; i < text.length; i += 1) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

/** The property stream's header: 32 bytes for the top-level message, 8 for a recipient or attachment. */
const propertyStream = (headerBytes: number) => new Uint8Array(headerBytes);

export interface MsgFixture {
  messageClass?: string;
  subject?: string;
  /** PidTagTransportMessageHeaders. */
  headers?: string;
  body?: string;
  /** Recipients the report is about, with PidTagSupplementaryInfo (the reply that refused each). */
  recipients?: { address: string; supplementaryInfo?: string }[];
  /** An attached item: the original message. */
  original?: { subject: string; headers?: string };
}

export function buildMsg(fixture: MsgFixture): Uint8Array {
  const file = CFB.utils.cfb_new();
  const add = (path: string, content: Uint8Array) => CFB.utils.cfb_add(file, path, content);
  const addString = (storage: string, tag: string, value: string | undefined) => {
    if (value !== undefined) add(`${storage}/__substg1.0_${tag}001F`, unicode(value));
  };
  add('/__properties_version1.0', propertyStream(32));
  addString('', '001A', fixture.messageClass ?? 'REPORT.IPM.Note.NDR');
  addString('', '0037', fixture.subject);
  addString('', '007D', fixture.headers);
  addString('', '1000', fixture.body);
  (fixture.recipients ?? []).forEach((recipient, index) => {
    const storage = `/__recip_version1.0_#${index.toString(16).toUpperCase().padStart(8, '0')}`;
    add(`${storage}/__properties_version1.0`, propertyStream(8));
    addString(storage, '3001', recipient.address);
    addString(storage, '39FE', recipient.address);
    addString(storage, '0C1B', recipient.supplementaryInfo);
  });
  if (fixture.original) {
    const storage = '/__attach_version1.0_#00000000';
    add(`${storage}/__properties_version1.0`, propertyStream(8));
    addString(storage, '3707', `${fixture.original.subject}.msg`);
    const inner = `${storage}/__substg1.0_3701000D`;
    add(`${inner}/__properties_version1.0`, propertyStream(24));
    addString(inner, '001A', 'IPM.Note');
    addString(inner, '0037', fixture.original.subject);
    addString(inner, '007D', fixture.original.headers);
  }
  return new Uint8Array(CFB.write(file, { type: 'array' }) as number[]);
}

/** An Exchange Online 5.7.705 NDR as Outlook saves it. */
export const NDR_705_MSG: MsgFixture = {
  subject: 'Undeliverable: Quarterly report',
  headers: 'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>\r\nTo: Alex Wilber <alex@contoso.com>\r\nSubject: Undeliverable: Quarterly report\r\nDate: Fri, 20 Nov 2026 10:00:05 +0000\r\n',
  body: "Your message to partner@fabrikam.com couldn't be delivered.\r\n\r\nDiagnostic information for administrators:\r\n\r\nGenerating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com\r\n",
  recipients: [{ address: 'partner@fabrikam.com', supplementaryInfo: "Remote Server returned '550 5.7.705 Access denied, tenant has exceeded threshold'" }],
  original: { subject: 'Quarterly report', headers: 'From: Alex Wilber <alex@contoso.com>\r\nTo: partner@fabrikam.com\r\nSubject: Quarterly report\r\nX-Old-Status: 5.7.1\r\n' },
};
