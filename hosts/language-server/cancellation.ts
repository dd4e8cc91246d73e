/**
 * `$/cancelRequest` for handlers that wait (on the client's settings, on a check): the request is answered
 * with RequestCancelled (-32800) as soon as the client cancels it, instead of when the wait ends, and the
 * late answer of the work is dropped.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

function cancelledWith<D>(data?: D): ResponseError<D> {
  return new ResponseError<D>(LSPErrorCodes.RequestCancelled, 'The request was cancelled by the client.', data);
}

/**
 * Runs `work`; its answer, or RequestCancelled the moment `token` is cancelled (whichever comes first).
 * `data` goes with the error (pull diagnostics carry `{ retriggerRequest }`).
 */
export function cancellable<R, D = void>(token: CancellationToken | undefined, work: () => Promise<R>, data?: D): Promise<R | ResponseError<D>> {
  if (!token) return work();
  const cancelledError = () => cancelledWith(data);
  if (token.isCancellationRequested) return Promise.resolve(cancelledError());
  return new Promise((resolve, reject) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      resolve(cancelledError());
    });
    work().then(
      (result) => {
        listener.dispose();
        resolve(token.isCancellationRequested ? cancelledError() : result);
      },
      (error: unknown) => {
        listener.dispose();
        reject(error);
      },
    );
  });
}
