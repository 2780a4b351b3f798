import { EXIT, UsageError, type CommandIo } from './io';
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
  --version          print the version`;

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
  const [command, ...rest] = argv;
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
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`wire ${command}: ${(error as Error).message}\nTry "wire ${command} --help".\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
