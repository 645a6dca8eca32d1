import * as migration_20261122_124219_initial from './20261122_124219_initial';

export const migrations = [
  {
    up: migration_20261122_124219_initial.up,
    down: migration_20261122_124219_initial.down,
    name: '20261122_124219_initial'
  },
];
