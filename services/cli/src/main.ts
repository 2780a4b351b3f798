import { BrokerUnreachable, EXIT, UsageError, type CommandIo } from './io';
import { dlqCommand } from './dlq-command';
import { publishCommand } from './publish-command';
import { runCommand } from './run-command';
import { tailCommand } from './tail-command';
import { topCommand } from './top-command';

export type { CommandIo } from './io';

const USAGE = `Usage: wire <command> [options]

Commands:
  run PATH... | -      run the pipeline embedded and print enriched events (wire run --help)
  publish PATH... | -  publish dispatches onto dispatch.raw for the distributed pipeline
  tail TOPIC           print the records of a topic as they are committed
  dlq                  list dead letters with their reasons; re-drive chosen ones
  top                  live per-stage metrics of the running pipeline

Options:
  -h, --help         this help
  --version          print the version
  --debug            print an internal error's stack

Exit codes: 0 ok, 1 some input rejected, 2 usage, 69 Kafka unreachable, 70 internal error.`;

const COMMANDS: Record<
  string,
  (argv: readonly string[], io: CommandIo, env: NodeJS.ProcessEnv) => Promise<number>
> = {
  run: runCommand,
  publish: publishCommand,
  tail: tailCommand,
  dlq: dlqCommand,
  top: topCommand,
};

/** Entry point of the `wire` command line; returns the exit code. */
export async function main(
  argv: readonly string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  // --debug anywhere: an internal error prints its stack (never otherwise).
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv.filter((a) => a !== '--debug');
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version') {
    io.stdout.write('wire 0.1.0\n');
    return EXIT.ok;
  }
  const handler = COMMANDS[command];
  if (handler === undefined) {
    io.stderr.write(`wire: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  try {
    return await handler(rest, io, env);
  } catch (error) {
    return reportFailure(command, error, io, debug);
  }
}

/** One line on stderr for what stopped a command, and its exit code; the stack only with --debug. */
export function reportFailure(command: string, error: unknown, io: CommandIo, debug: boolean): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.stderr.write(`wire ${command}: ${(error as Error).message}\nTry "wire ${command} --help".\n`);
    return EXIT.usage;
  }
  if (error instanceof BrokerUnreachable) {
    io.stderr.write(`wire ${command}: ${error.message}\n`);
    return EXIT.unavailable;
  }
  const detail = debug && error instanceof Error && error.stack ? error.stack : String(error);
  io.stderr.write(`wire ${command}: internal error: ${detail}${debug ? '' : ' (--debug shows where)'}\n`);
  return EXIT.internal;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
