// Mounts the app: cleans text input and renders the React root over the given API.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DossierApi } from '../api/contract-types';
import { installPlainInput } from '../text/plain-input';
import { Root } from './Root';
// antd's styles as one static sheet (the root runs with zeroRuntime: no style generation at run
// time); its tokens still come from ConfigProvider as CSS variables. Before ours. Imported here,
// not by the entry, so the entry's first reads need not wait for the sheet to be parsed.
import 'antd/dist/antd.css';
import '../styles.css';

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
