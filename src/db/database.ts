import { LotseDatabase } from './lotse-database';

export const DATABASE_NAME = 'lotse';

/** The one place the device's database is opened. */
export const db = new LotseDatabase(DATABASE_NAME);
