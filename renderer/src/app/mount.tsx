// Mounts the app: cleans text input and renders the React root over the given API.
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
      <Root api={api} />
    </StrictMode>,
  );
}
