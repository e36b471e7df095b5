// The renderer's entry: cleans text input, picks the transport and mounts the React root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/create-api';
import { pickTransport } from './api/pick-transport';
import { Root } from './app/Root';
import './styles.css';
import { installPlainInput } from './text/plain-input';

installPlainInput(document);
const api = createApi(pickTransport());
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <Root api={api} />
  </StrictMode>,
);
