/** The few PouchDB calls team sync makes over HTTP (the packages ship no types). */
declare module 'pouchdb-core' {
  interface PouchOptions {
    skip_setup?: boolean;
    auth?: { username: string; password: string };
    fetch?: (url: string | URL, init?: RequestInit) => Promise<Response>;
  }
  interface ChangeRow {
    id: string;
    seq: string | number;
    deleted?: boolean;
    changes: { rev: string }[];
    doc?: Record<string, unknown>;
  }
  interface ChangesResult {
    results: ChangeRow[];
    last_seq: string | number;
  }
  interface BulkRow {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    status?: number;
    name?: string;
  }
  class PouchDB {
    constructor(name: string, options?: PouchOptions);
    static plugin(plugin: unknown): typeof PouchDB;
    info(): Promise<Record<string, unknown>>;
    changes(options: Record<string, unknown>): Promise<ChangesResult>;
    get(id: string, options?: Record<string, unknown>): Promise<Record<string, unknown>>;
    bulkDocs(docs: object[], options?: Record<string, unknown>): Promise<BulkRow[]>;
    allDocs(options: Record<string, unknown>): Promise<{
      rows: {
        key: string;
        id?: string;
        value?: { rev: string; deleted?: boolean };
        error?: string;
      }[];
    }>;
    fetch(path: string, init?: RequestInit): Promise<Response>;
    close(): Promise<void>;
  }
  export type { ChangeRow, ChangesResult, BulkRow, PouchOptions };
  export default PouchDB;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
