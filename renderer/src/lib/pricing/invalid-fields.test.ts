import { describe, expect, it } from 'vitest';
import { lastValidNotice, saveRefusal } from './invalid-fields';

const memory = { key: 'memoryMB', label: 'Memory per invocation or task', error: 'Between 128 and 122,880.' };
const duration = { key: 'durationMs', label: 'Average duration', error: '“abc” is not a number.' };

describe('refused fields', () => {
  it('names every refused field, with what it needs, when Save refuses', () => {
    expect(saveRefusal([memory, duration])).toBe(
      'Not saved: fix “Memory per invocation or task” and “Average duration” first. ' +
        'Memory per invocation or task: Between 128 and 122,880. Average duration: “abc” is not a number.',
    );
    expect(saveRefusal([])).toBeNull();
  });

  it('says the results are for the last valid inputs while a field is refused', () => {
    expect(lastValidNotice([memory])).toBe(
      'Showing costs for the last valid inputs: “Memory per invocation or task” is not valid yet.',
    );
    expect(lastValidNotice([])).toBeNull();
  });
});
