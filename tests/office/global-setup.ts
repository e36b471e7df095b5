// The office tests' global setup: builds every case's DOCX and PDF once for all test files.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOfficeCases, caseJson } from './cases';

declare module 'vitest' {
  interface ProvidedContext {
    /** Where the cases' files are (see cases.ts). */
    officeCasesDir: string;
  }
}

/** Builds every case once for all test files (building them per file took minutes on 2 CPUs). */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-office-cases-'));
  const cases = await buildOfficeCases();
  await Promise.all(
    cases.flatMap(({ docx, pdf, ...rest }, i) => [
      writeFile(join(dir, `case-${i}.docx`), docx),
      writeFile(join(dir, `case-${i}.pdf`), pdf),
      writeFile(join(dir, `case-${i}.json`), caseJson(rest)),
    ]),
  );
  project.provide('officeCasesDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}
