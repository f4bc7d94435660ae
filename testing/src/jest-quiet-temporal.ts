import { DefaultLogger, Runtime } from '@temporalio/worker';

// Tests start many short-lived workers; their state-change INFO and expected-failure WARN lines would bury the test output.
// Jest runs this before each test file, in that file's module registry, so it installs once per file.
Runtime.install({ logger: new DefaultLogger('ERROR') });
