// The renderer's entry: picks the transport, starts the first reads, then loads and mounts the app.
import { createApi } from './api/create-api';
import { pickTransport } from './api/pick-transport';
import { startFirstReads } from './app/first-reads';
// antd's styles as one static sheet (the root runs with zeroRuntime, see app/mount.tsx: no style
// generation at run time); its tokens still come from ConfigProvider as CSS variables. Before ours.
import 'antd/dist/antd.css';
import './styles.css';

const api = createApi(pickTransport());
// The answers travel while the app's code (most of the renderer) downloads and starts.
startFirstReads(api, window.location.hash);
void import('./app/mount').then(({ mount }) => mount(api));
