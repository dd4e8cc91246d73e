/** Entry point of the `followup` command. */
import { main } from './cli/main';
import { useNodeLanguageData } from './node/languageData';
import { compileRegExpsOnce } from './node/regexpTier';

useNodeLanguageData();
compileRegExpsOnce();
process.exitCode = main(process.argv.slice(2));
