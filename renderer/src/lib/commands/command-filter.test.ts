import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS } from '../../../../electron/common/commands';
import { filterCommands } from './command-filter';

const ALL = COMMAND_IDS.map((id) => ({ id, ...COMMANDS[id] }));
const ids = (query: string) => filterCommands(ALL, query).map((command) => command.id);

describe('filterCommands', () => {
  it('lists every command in menu order when nothing is typed', () => {
    expect(ids('  ')).toEqual([...COMMAND_IDS]);
  });

  it('finds by a word of the label, word starts first', () => {
    expect(ids('save')).toEqual(['save-profile', 'save-profile-as']);
    expect(ids('expo')[0]).toBe('export-profile');
    expect(ids('about')).toEqual(['about']);
  });

  it('finds by the group too, and needs every word to fit', () => {
    expect(ids('diagram')).toEqual(expect.arrayContaining(['export-diagram', 'copy-diagram', 'export-all']));
    expect(ids('export diagram')[0]).toBe('export-diagram');
    expect(ids('save zebra')).toEqual([]);
  });

  it('accepts letters typed in order, ranked below real words', () => {
    expect(ids('svas')).toContain('save-profile-as');
    expect(ids('nxt')).toEqual(['next-service']);
  });
});
