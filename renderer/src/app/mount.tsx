// Mounts the app: cleans text input and renders the React root over the given API.
// The entry (main.tsx) has loaded antd's static sheet, so the root runs without style generation.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DossierApi } from '../api/contract-types';
import { installPlainInput } from '../text/plain-input';
import { Root } from './Root';

export function mount(api: DossierApi): void {
  installPlainInput(document);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <Root api={api} staticStyles />
    </StrictMode>,
  );
}
