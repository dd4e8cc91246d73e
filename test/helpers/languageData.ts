/**
 * vitest setupFiles: the engine reads its language data as the Node hosts give it (bin/followup.js, the
 * server), and the server core's modules, tested directly, run on the Node server host as the stdio server does.
 */
import { nodeServerHost } from '../../packages/node-host/nodeServerHost';
import { useNodeLanguageData } from '../../packages/node-host/languageData';
import { useServerHost } from '../../hosts/language-server/serverHost';

useNodeLanguageData();
useServerHost(nodeServerHost());
