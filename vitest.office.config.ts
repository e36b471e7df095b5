// Vitest setup of `npm run test:office`: our DOCX and PDF read by LibreOffice, poppler, qpdf, python-docx.
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:office`: our DOCX and PDF checked by readers we did not write (LibreOffice
 * headless, poppler, qpdf, python3-docx). Slow and needs those tools, so not in `npm test`.
 */
export default defineConfig({
  test: {
    include: ['tests/office/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/office/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
