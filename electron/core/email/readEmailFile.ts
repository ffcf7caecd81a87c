import { AppError } from '../../../shared/contract/result';
import { EML_MEDIA_TYPE, MSG_MEDIA_TYPE } from '../../../shared/contract/emails';
import { isCompoundFile, isCompoundFileStart } from './msgFile';
import { readEmail } from './parseEmail';
import type { ReadEmail } from './readMessage';
import { readMsg } from './readMsg';

/**
 * Reads an email file as what its bytes are, not what its name says: an Outlook item (a compound file) or
 * an Internet message. A file named .msg that is neither is refused as not an Outlook message; one that is
 * empty, or stops inside the signature, is refused as the Outlook message cut short that it most likely is.
 */
export async function readEmailFile(name: string, bytes: Buffer): Promise<{ read: ReadEmail; mediaType: string }> {
  const isNamedMsg = /\.msg$/i.test(name);
  if (isCompoundFile(bytes) || (isNamedMsg && isCompoundFileStart(bytes))) return { read: await readMsg(name, bytes), mediaType: MSG_MEDIA_TYPE };
  try {
    return { read: await readEmail(name, bytes), mediaType: EML_MEDIA_TYPE };
  } catch (e) {
    if (!(e instanceof AppError) || !isNamedMsg) throw e;
    throw new AppError(
      'INVALID_INPUT',
      `${name} is not an Outlook message: it does not begin with the signature every .msg file has, and it is not an .eml either. Choose the email saved from Outlook.`,
      [{ path: 'fileId', message: `${name} cannot be read as an email` }],
    );
  }
}
