/** Entry point of the `followup` command. */
import { main } from './cli/main';

process.exitCode = main(process.argv.slice(2));
