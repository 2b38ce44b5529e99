// Before the end-to-end tests: make sure there is a Chromium to run them in, and say how to get one if not.
import { chromiumProblem } from './browser';

const problem = chromiumProblem();
if (problem) {
  console.error(`The end-to-end tests need a Chromium. ${problem}`);
  process.exit(1);
}
