import type { Transport } from './transport';

/** The preload's object, present only inside Electron. */
export type Bridge = NonNullable<Window['casebook']>;

/** The transport inside Electron: each method forwards to the preload, which already answers in the Result shape. */
export function ipcTransport(bridge: Bridge): Transport {
  return {
    call: (operation, input) => bridge.call(operation, input),
    uploadFile: (name, bytes) => bridge.uploadFile(name, bytes),
    chooseFolder: (purpose) => bridge.chooseFolder(purpose),
    saveFile: (fileName, mimeType, base64) => bridge.saveFile(fileName, mimeType, base64),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
