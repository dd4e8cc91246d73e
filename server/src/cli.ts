/** Entry point of the `followup` command. */
import { main } from './cli/main';
import { compileRegExpsOnce } from './node/regexpTier';

compileRegExpsOnce();
process.exitCode = main(process.argv.slice(2));
