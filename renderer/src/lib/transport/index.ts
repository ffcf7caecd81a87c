import { harnessToken } from '../harnessToken';
import { httpTransport } from './httpTransport';
import { ipcTransport } from './ipcTransport';

/** Chosen once, when the page loads: the preload is there from the start inside Electron, and never in a browser. */
export const transport = window.casebook ? ipcTransport(window.casebook) : httpTransport(harnessToken());
