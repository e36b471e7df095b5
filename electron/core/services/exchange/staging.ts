import type { StagedBundle } from '../../exchange/types';

/**
 * Received bundles that passed every check, kept until the officer confirms or leaves the
 * preview. (The bundle layer puts them here; the merge reads them.)
 */
export class StagingArea {
  readonly #bundles = new Map<string, StagedBundle>();

  put(bundle: StagedBundle): void {
    this.#bundles.set(bundle.id, bundle);
  }

  get(id: string): StagedBundle | undefined {
    return this.#bundles.get(id);
  }

  drop(id: string): void {
    this.#bundles.delete(id);
  }
}
