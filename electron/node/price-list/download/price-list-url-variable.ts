/**
 * Another endpoint serving AWS's layout (a mirror, or the tests' local server).
 * A file of its own so that the hosts, which only read the variable, do not
 * load the update command's code at start.
 */
export const PRICE_LIST_URL_VARIABLE = 'COMPUTE_EXPLORER_PRICE_LIST_URL';
