module.exports = {
  ...require('../../jest.preset'),
  displayName: 'datasets',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
