import * as migration_20261122_151312_initial from './20261122_151312_initial';
import * as migration_20261202_160420_company_offers_training from './20261202_160420_company_offers_training';

export const migrations = [
  {
    up: migration_20261122_151312_initial.up,
    down: migration_20261122_151312_initial.down,
    name: '20261122_151312_initial',
  },
  {
    up: migration_20261202_160420_company_offers_training.up,
    down: migration_20261202_160420_company_offers_training.down,
    name: '20261202_160420_company_offers_training'
  },
];
