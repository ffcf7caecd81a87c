import type { Input, Operation, Output } from '../../../shared/contract';
import { transport } from './transport';
import { unwrap } from './unwrap';

/**
 * The renderer's one client for the contract: resolves with the operation's output or throws `AppError`
 * with the core's code and field issues, whichever transport carries it.
 */
export async function call<O extends Operation>(operation: O, input: Input<O>): Promise<Output<O>> {
  return unwrap(await transport.call(operation, input)) as Output<O>;
}
