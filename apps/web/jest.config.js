// Unit specs of the web app's plain logic (no DOM): `npx jest -c apps/web/jest.config.js`.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
