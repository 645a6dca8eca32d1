import * as migration_20261122_115452_initial from './20261122_115452_initial';

export const migrations = [
  {
    up: migration_20261122_115452_initial.up,
    down: migration_20261122_115452_initial.down,
    name: '20261122_115452_initial'
  },
];
