module.exports = {
  ...require('../../jest.preset'),
  displayName: 'collab',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The stock y-websocket client is an ES module first. Jest picks its CommonJS build through
  // the `require` export condition today; should a release drop that build, swc transforms it.
  transformIgnorePatterns: ['/node_modules/(?!(y-websocket|@nestjs|@utrecht)/)'],
};
