import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkNewParty } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

/** The visible text of a Word file's body: its w:t runs, XML entities decoded. */
async function docxText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text folded as a reader would compare it: no accents, no case, digits only where digits are looked for. */
const folded = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

describe('letters withhold the other people linked to the incident', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  it('the Word letter to one data subject holds none of another data subject’s identifiers, however the public account writes them', async () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const jo = linkNewParty(cb, incident.id, { name: 'Jo Harper', email: 'jo.harper@example.com', phone: '01632 960001' }, ['data_subject'], {
      notificationStatus: 'pending',
    });
    linkNewParty(cb, incident.id, { name: 'Grace Okafor', email: 'grace.okafor@example.gov.uk', phone: '07700 900123' }, ['data_subject'], {
      notificationStatus: 'pending',
    });
    linkNewParty(cb, incident.id, { type: 'organisation', name: 'Foreign Office' }, ['data_owner']);
    // The public account is the officer's text for the people affected; it is redacted all the same.
    cb.ok('incidents:update', {
      id: incident.id,
      version: cb.ok('incidents:get', { id: incident.id }).incident.version,
      patch: {
        publicAccount: [
          'OKAFOR, Grace and Jo Harper may be contacted by the recipient. G. Okafor’s passport number was in the email; Grace\nOkafor may be phoned on +44 (0)7700 900123.',
          'Asked Okafor Grace to confirm she had not forwarded it; called 07700-900-123 and 0044 7700 900 123.',
          'Wrote to grace.okafor at example dot gov dot uk and to grace.okafor [at] example [dot] gov [dot] uk; copied GRACE.OKAFOR@EXAMPLE.GOV.UK.',
          'Okafor and Jose Harper were told; Grace O. agreed; the Foreign Office took the papers back in May.',
        ].join('\n\n'),
      },
    });

    const { files } = await cb.okAsync('reports:generate', {
      request: { kind: 'letters', incidentId: incident.id, partyIds: [jo.party.id], merged: false, releasableConfirmed: true },
      format: 'docx',
    });
    expect(files.map((f) => f.fileName)).toEqual([`${incident.reference} letter to Jo Harper.docx`]);
    const letter = await docxText(files[0]!.base64);

    const text = folded(letter);
    for (const piece of ['okafor', 'grace', 'example.gov', 'example dot gov', 'example [dot] gov']) expect(text, piece).not.toContain(piece);
    expect(letter.replace(/\D/g, '')).not.toContain('7700900123');
    expect(letter).toContain('Dear Jo Harper,');
    expect(letter).toContain('[another person] and Jo Harper may be contacted by the recipient.');
    expect(letter).toContain('[another person]’s passport number');
    expect(letter).toContain('the Foreign Office took the papers back in May.');
    expect(letter).toContain('[contact details removed]');
  });

  it('the ICO draft withholds every person but names an organisation that owned the papers', () => {
    const incident = cb.ok(
      'incidents:create',
      minimalIncident({ description: 'Papers of José Álvarez, owned by the Foreign Office, were left on a train. Álvarez rang 0044 20 7946 0321.' }),
    );
    linkNewParty(cb, incident.id, { name: 'Jose Alvarez', phone: '020 7946 0321' }, ['data_subject']);
    linkNewParty(cb, incident.id, { type: 'organisation', name: 'Foreign Office' }, ['data_owner']);
    const draft = JSON.stringify(cb.ok('reports:preview', { kind: 'regulator', incidentId: incident.id }).documents);
    expect(draft).toContain('Papers of [a data subject], owned by the Foreign Office, were left on a train. [a data subject] rang [contact details removed].');
  });
});
