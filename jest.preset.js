// Shared Jest settings. NestJS 12 and some of its dependencies ship ES modules only, which
// Jest 30 cannot load natively: swc transforms them to CommonJS alongside our TypeScript.
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@utrecht|y-websocket)/)'],
  moduleNameMapper: {
    '^@ketenlab/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@ketenlab/collab$': path.join(__dirname, 'libs/collab/src/index.ts'),
    '^@ketenlab/datasets$': path.join(__dirname, 'libs/datasets/src/index.ts'),
    '^@ketenlab/collab/testing/(.*)$': path.join(__dirname, 'libs/collab/src/testing/$1'),
    '^@ketenlab/datasets/testing/(.*)$': path.join(__dirname, 'libs/datasets/src/testing/$1'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};
