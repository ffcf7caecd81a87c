import { app, clipboard, dialog } from 'electron';

const COPY_AND_QUIT = 0;

/**
 * The single startup-error dialog (docs/conventions.md#errors-as-values): says what failed, offers "Copy error & quit" for a
 * support request, and quits. It never deletes or replaces the register.
 */
export async function showStartupErrorDialog(error: unknown, register: string): Promise<void> {
  const report = errorReport(error, register);
  console.error('[startup] Casebook could not start', error);
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Casebook could not start',
    message: 'Casebook could not start.',
    detail: `${explain(error)}\n\nNothing has been deleted or changed. The register is at:\n${register}`,
    buttons: ['Copy error & quit', 'Quit'],
    defaultId: COPY_AND_QUIT,
    cancelId: 1,
    noLink: true,
  });
  if (response === COPY_AND_QUIT) clipboard.writeText(report);
}

/** What went wrong, in words an officer can act on. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // A driver built for Node rather than Electron fails to load with this marker in its message.
  if (message.includes('NODE_MODULE_VERSION')) {
    return `${message}\n\nThe database driver was built for a different runtime. Run "npm start", which prepares it for Electron.`;
  }
  return message;
}

/** What "Copy error & quit" puts on the clipboard: enough for support, no case content. */
function errorReport(error: unknown, register: string): string {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return [
    `Casebook ${app.getVersion()} could not start.`,
    `Electron ${process.versions.electron ?? '?'} on ${process.platform} ${process.arch}`,
    `Register: ${register}`,
    '',
    detail,
  ].join('\n');
}
