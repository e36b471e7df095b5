// StagingArea: received bundles that passed every check, each with its temp folder, removed on close.
import { rm } from 'node:fs/promises';
import type { StagedBundle } from '../../exchange/types';

/**
 * Received bundles that passed every check, each with the temp folder it was extracted to,
 * kept until they are applied or discarded. Dropping one removes its folder.
 */
export class StagingArea {
  readonly #bundles = new Map<string, { staged: StagedBundle; dir: string }>();

  constructor(readonly root: string) {}

  put(staged: StagedBundle, dir: string): void {
    this.#bundles.set(staged.id, { staged, dir });
  }

  get(id: string): StagedBundle | undefined {
    return this.#bundles.get(id)?.staged;
  }

  /** Forgets a staged bundle and removes its folder; false when it was not staged. */
  async drop(id: string): Promise<boolean> {
    const found = this.#bundles.get(id);
    if (!found) return false;
    this.#bundles.delete(id);
    await rm(found.dir, { recursive: true, force: true });
    return true;
  }

  /** On close: every staged bundle and the folder itself (exports offered for download too). */
  async dropAll(): Promise<void> {
    await Promise.all([...this.#bundles.keys()].map((id) => this.drop(id)));
    await rm(this.root, { recursive: true, force: true });
  }
}
