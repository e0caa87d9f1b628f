export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/project';
export * from './lib/organisation';
export * from './lib/limits';
export * from './lib/document-name';
export * from './lib/hypothesis';
<<<<<<< HEAD
export * from './lib/quality-report';
export * from './lib/data-change';
=======
export * from './lib/dataset';
>>>>>>> wip-datasets
