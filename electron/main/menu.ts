import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * Replaces Electron's default menu, whose Help items open web pages with shell.openExternal. Only
 * built-in roles: editing shortcuts, zoom, and (unpackaged only) reload and DevTools.
 */
export function createAppMenu(devTools: boolean): Menu {
  const development: MenuItemConstructorOptions[] = devTools ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : [];
  return Menu.buildFromTemplate([
    { label: 'File', submenu: [{ role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ]);
}
