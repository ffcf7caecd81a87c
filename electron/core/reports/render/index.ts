/** Report renderers: every report model to PDF, Word, Excel and CSV, offline. */
export { renderPdf } from './pdf';
export { renderDocx } from './docx';
export { renderXlsx } from './xlsx';
export { renderCsv } from './csv';
export { MIME_TYPES } from './cells';
