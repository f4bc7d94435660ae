// The TypeORM CLI's entry (migration:generate / migration:revert); reads DATABASE_URL like the app does.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../config/load-config.js';
import { dataSourceOptions } from './data-source-options.js';

export default new DataSource(dataSourceOptions(loadConfigOrExit('typeorm')));
