/** Entry point of the `followup` command. */
import { main } from './main';
import { useNodeLanguageData } from '../../packages/node-host/languageData';
import { compileRegExpsOnce } from '../../packages/node-host/regexpTier';

useNodeLanguageData();
compileRegExpsOnce();
void Promise.resolve(main(process.argv.slice(2))).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`followup: ${(error as Error)?.stack ?? String(error)}
`);
    process.exitCode = 2;
  },
);
