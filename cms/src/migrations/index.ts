import * as migration_20261126_114017_initial from './20261126_114017_initial';

export const migrations = [
  {
    up: migration_20261126_114017_initial.up,
    down: migration_20261126_114017_initial.down,
    name: '20261126_114017_initial'
  },
];
