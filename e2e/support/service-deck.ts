import { OPTIONS } from '../../renderer/src/lib/catalog';

/**
 * The default deck of a service workload (the default workload, the service
 * examples): the title, one slide per option but Batch (it cannot serve
 * requests, so its slide is left out by default), the comparison, break-even,
 * recommendation and assumptions. Slide numbers count from 1, as the counter does.
 */
export const SERVICE_OPTION_SLIDES = OPTIONS.filter((option) => option.id !== 'batch');

const afterOptions = SERVICE_OPTION_SLIDES.length + 1;

export const SERVICE_DECK = {
  count: afterOptions + 4,
  comparison: afterOptions + 1,
  breakEven: afterOptions + 2,
  recommendation: afterOptions + 3,
  assumptions: afterOptions + 4,
} as const;
