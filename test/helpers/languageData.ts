/** vitest setupFiles: the engine reads its language data as the Node hosts give it (bin/followup.js, the server). */
import { useNodeLanguageData } from '../../server/src/node/languageData';

useNodeLanguageData();
