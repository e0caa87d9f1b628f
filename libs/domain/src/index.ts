export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/project';
export * from './lib/organisation';
export * from './lib/limits';
export * from './lib/document-name';
export * from './lib/hypothesis';
export * from './lib/calendar';
