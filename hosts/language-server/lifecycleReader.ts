/** The lifecycle (lifecycle.ts) for transports that carry messages as objects (Node IPC). */
import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver';
import { Lifecycle } from './lifecycle';

export function lifecycleReader(inner: MessageReader): MessageReader {
  const lifecycle = new Lifecycle();
  return {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    dispose: () => inner.dispose(),
    listen(callback: DataCallback): Disposable {
      return inner.listen((message: Message) => {
        const verdict = lifecycle.judge(message);
        if (verdict.pass) callback(message);
        else if (verdict.replacement) callback(verdict.replacement as Message);
      });
    },
  };
}
