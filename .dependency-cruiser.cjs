// The layer rule of src, checked by `npm run lint` (depcruise src --config .dependency-cruiser.cjs):
// domain ← io ← state ← map/ui. Pure rules at the bottom, files in and out above them, the store
// above that, the screen (map, ui) on top; workers, i18n and the command line may not reach into
// the store or the screen. Type-only imports count for the layers: a type from an upper layer ties
// the lower one to it just the same. tests/ and scripts/ are not cruised, so they may import any
// layer. tests/unit/lint-boundaries.test.ts shows each kind of rule failing on a small tree.

/** An error: a module whose path matches `from` imports one whose path matches `to`. */
function layer(name, from, to, comment) {
  return { name, comment, severity: 'error', from: { path: from }, to: { path: to } };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'Modules that import each other, directly or round a loop, cannot be loaded, read or moved alone; ' +
        'a loop closed by `import type` counts too (the slices take the whole state type from state-types.ts).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    layer('domain-imports-domain-only', '^src/domain/', '^src/(?!domain/)', 'src/domain: nothing of ours but domain.'),
    layer('io-imports-domain-only', '^src/io/', '^src/(?!(domain|io)/)', 'src/io: files in and out, on domain alone.'),
    layer('state-not-screen', '^src/state/', '^src/(ui|map)/', 'src/state, the store: nothing from ui or map.'),
    layer('map-not-store-or-ui', '^src/map/', '^src/(state|ui)/', 'src/map draws what it is handed: no state, no ui.'),
    layer('workers-not-app', '^src/workers/', '^src/(state|ui|map)/', 'src/workers: no state/ui/map.'),
    layer('i18n-not-app', '^src/i18n/', '^src/(state|ui|map)/', 'src/i18n holds the words: nothing from state/ui/map.'),
    layer('cli-not-app', '^src/cli/', '^src/(state|ui|map)/', 'src/cli, in Node: nothing from state/ui/map.'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
