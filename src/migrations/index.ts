import * as migration_20261122_142708_initial from './20261122_142708_initial';

export const migrations = [
  {
    up: migration_20261122_142708_initial.up,
    down: migration_20261122_142708_initial.down,
    name: '20261122_142708_initial'
  },
];
