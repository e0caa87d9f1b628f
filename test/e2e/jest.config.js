// Browser tests against the built API and web app. Build first:
//   npx nx run-many -t build --projects=api,web
// then: npx jest -c test/e2e/jest.config.js
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  // One browser and one API for the whole run; specs take turns rather than fight over two cores.
  maxWorkers: 1,
  testTimeout: 60_000,
};
