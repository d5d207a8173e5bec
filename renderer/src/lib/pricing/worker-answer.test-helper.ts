import type { PricingResult } from '../../../../electron/common/pricing';
import { evaluateReplySchema } from '../../../../electron/common/pricing-ipc';

/**
 * A pricing worker's result as the page receives it: sent as JSON and parsed
 * by the reply schema, which writes each object's keys in the schema's order.
 */
export function asReceivedFromWorker(result: PricingResult): PricingResult {
  const reply = evaluateReplySchema.parse(JSON.parse(JSON.stringify({ status: 'done', result })));
  if (reply.status !== 'done') throw new Error('expected a done reply');
  return reply.result;
}
