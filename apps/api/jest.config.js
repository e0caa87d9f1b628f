module.exports = {
  ...require('../../jest.preset'),
  displayName: 'api',
  rootDir: __dirname,
  // Unit specs (*.spec.ts) always; integration specs (*.int-spec.ts) when asked for, once per database.
  testMatch:
    process.env.KETENLAB_TEST_TIER === 'integration'
      ? ['<rootDir>/src/**/*.int-spec.ts']
      : ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 30000,
};
