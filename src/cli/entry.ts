import { run } from "./main.js";

/** Process glue: real stdout/stderr, exit code, and a quiet end when a pipe closes early. */
export function main(): void {
  // `extract ... | head` closes stdout early: stop quietly instead of printing EPIPE.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  run(process.argv.slice(2), {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // Only a bug in extract itself gets here: user mistakes are reported by run().
      process.stderr.write(`extract: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
