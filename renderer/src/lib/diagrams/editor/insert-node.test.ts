import { describe, expect, it } from 'vitest';
import { pickableIcon } from '../icon-catalog';
import { NODE_ICON_NAMES } from '../icon-names';
import { parseEditableSource } from '../edits/parse-source';
import { freshNodeId, iconNodeStatement } from './insert-node';

const HEADER = 'flowchart LR\n';

describe('a node inserted from the icon picker', () => {
  it('gets an id from the icon’s name that nothing else in the text uses', () => {
    expect(freshNodeId('route-53', HEADER)).toBe('route53');
    expect(freshNodeId('step-functions', HEADER)).toBe('stepFunctions');
    expect(freshNodeId('sqs', `${HEADER}  sqs@{ icon: "aws:sqs", label: "Orders" }\n`)).toBe('sqs2');
    expect(freshNodeId('sqs', `${HEADER}  sqs["a"]\n  sqs2["b"]\n`)).toBe('sqs3');
  });

  it('reads back as a node with the icon and AWS’s name for it', () => {
    const source = `${HEADER}  sqs["Taken"]\n`;
    const { id, statement } = iconNodeStatement(pickableIcon('sqs')!, source);
    const parsed = parseEditableSource(`${source}  ${statement}\n`, NODE_ICON_NAMES);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.model.nodes).toContainEqual({ id: 'sqs2', icon: 'sqs', lines: ['Amazon SQS'] });
    expect(id).toBe('sqs2');
  });
});
