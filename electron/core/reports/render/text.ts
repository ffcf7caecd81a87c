import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

/**
 * Text in a report is only ever text: the PDF and Word renderers draw strings and never interpret
 * markup. To keep a hostile or spoofed value from misleading the reader:
 * - bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F) and invisible characters
 *   (zero-width space U+200B, U+FEFF) are shown as a visible marker such as "[U+202E]" rather than
 *   silently reversing or hiding what follows — a security officer needs to see them;
 * - other control characters are dropped (tabs become spaces; line breaks are kept);
 * - joiners (U+200C/200D) stay: Persian and other scripts need them;
 * - non-characters and unpaired surrogates, which XML (Word) cannot hold, become U+FFFD.
 */
/** Characters no XML 1.0 document may contain, apart from the C0 controls: non-characters and lone surrogates. */
export const XML_UNSAFE = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function printable(text: string): string {
  return showHiddenMarks(text.replace(/\r\n?/g, '\n').replace(/\t/g, ' '))
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(XML_UNSAFE, '\uFFFD');
}
