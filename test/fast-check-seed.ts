/** Every fast-check property runs from one fixed seed, so a failure is the same on every run (a test's own seed wins). */
import fc from "fast-check";

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20261129 });
