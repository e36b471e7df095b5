// Lint rule `local/file-purpose`: a source file's first line (after a shebang) must be a comment.

/** What to write, shown with every report. */
const MESSAGE =
  'Open the file with one line saying what it holds or does, e.g. ' +
  '`// The folio list page: filters, table and paging.` (a `//` or `/** … */` comment as line 1, ' +
  'after the shebang if there is one).';

// True when the line opens a comment at its very start: a line comment or a block (or doc) comment.
function opensWithComment(line) {
  return line.startsWith('//') || line.startsWith('/*');
}

/** @type {import('eslint').Rule.RuleModule} */
const filePurpose = {
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a one-line statement of purpose as the first line of every source file',
    },
    schema: [],
    messages: { missing: MESSAGE },
  },
  create(context) {
    return {
      Program() {
        const lines = context.sourceCode.lines;
        const first = lines[0]?.startsWith('#!') ? lines[1] : lines[0];
        if (first !== undefined && opensWithComment(first)) return;
        context.report({ loc: { line: 1, column: 0 }, messageId: 'missing' });
      },
    };
  },
};

/** The local plugin, registered in eslint.config.js as `local`. */
export default { rules: { 'file-purpose': filePurpose } };
