// electron-builder only reaches @electron/rebuild to compile native modules. Dossier Desk has
// none and packs with npmRebuild: false, so this stand-in is never called; if it is, say why.
'use strict';
function rebuild() {
  throw new Error(
    'Dossier Desk has no native modules: @electron/rebuild is replaced by a stand-in ' +
      '(package.json overrides). Remove the override to rebuild native modules (needs Node 22.12+).',
  );
}
// eslint-disable-next-line no-undef -- a CommonJS module
module.exports = { rebuild };
