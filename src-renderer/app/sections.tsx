import { lazy, type ComponentType } from 'react';
import type { AppInfo } from '../../src-shared/contracts/app.contract';
import type { Direction } from '../../src-shared/contracts/register.contract';
import type { SettingsTab } from './nav-sections';

/**
 * Each section's screen is its own chunk, fetched the first time the clerk opens it: the shell
 * (sidebar, header) needs only React, antd's layout and the translations. pdf.js, signing, books,
 * intake and exchange stay on disk until used.
 */
export const RegisterScreen = lazy(() =>
  import('../features/register/RegisterPage').then((m) => ({ default: m.RegisterPage as ComponentType<{ direction: Direction }> })),
);
export const TodoScreen = lazy(() => import('../features/workflow/TodoPage').then((m) => ({ default: m.TodoPage })));
export const BooksScreen = lazy(() => import('../features/books/BooksPage').then((m) => ({ default: m.BooksPage })));
export const SigningScreen = lazy(() => import('../features/signing/SigningPage').then((m) => ({ default: m.SigningPage })));
export const ExchangeScreen = lazy(() =>
  import('../features/exchange/ExchangePage').then((m) => ({ default: m.ExchangePage as ComponentType<{ info: AppInfo }> })),
);
export const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({
    default: m.SettingsPage as ComponentType<{ info: AppInfo; tabs: readonly SettingsTab[] }>,
  })),
);
export const SetupScreen = lazy(() => import('../features/setup/SetupWizard').then((m) => ({ default: m.SetupWizard })));
