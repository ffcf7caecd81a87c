/**
 * Direction overrides and invisible characters as a visible marker such as "[U+202E]", wherever a name or
 * title is shown (the screens and every report alike): a right-to-left override can make
 * "invoice\u202Efdp.exe" read as "invoiceexe.pdf", and a zero-width space can make two names that look
 * the same differ. A security officer needs to see them rather than be misled by them.
 * Joiners (U+200C/200D) stay: Persian and other scripts need them.
 */
export function showHiddenMarks(text: string): string {
  return text.replace(/[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}
