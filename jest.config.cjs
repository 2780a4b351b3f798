// Every project's unit tests in one jest run (one worker pool, one summary). Nx's per-project
// `test` targets use the same per-project configs.
module.exports = {
  projects: [
    '<rootDir>/libs/*/jest.config.cjs',
    '<rootDir>/libs/nlp/*/jest.config.cjs',
    '<rootDir>/services/*/jest.config.cjs',
    '<rootDir>/test/jest.config.cjs',
  ],
};
