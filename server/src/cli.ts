/** Entry point of the `followup` command. */
import { main } from './cli/main';
import { useNodeLanguageData } from './node/languageData';

useNodeLanguageData();
process.exitCode = main(process.argv.slice(2));
