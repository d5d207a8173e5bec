import { describe, expect, it } from 'vitest';
import { EXTRA_ICON_NAMES, iconDrawing, pickableIcon, PICKABLE_ICONS, searchIcons } from './icon-catalog';
import { NODE_ICON_NAMES } from './icon-names';

/**
 * The extras issue 11 asks for, each with its AWS Architecture Icons category
 * colour as AWS's icon guidelines give them (Application Integration #E7157B,
 * Database #C925D1, Storage #7AA116, Networking & Content Delivery #8C4FFF,
 * Security, Identity & Compliance #DD344C), written out here, not read from the catalogue.
 */
const EXTRAS_AND_COLOURS: Record<string, string> = {
  sqs: '#e7157b',
  sns: '#e7157b',
  eventbridge: '#e7157b',
  'step-functions': '#e7157b',
  rds: '#c925d1',
  aurora: '#c925d1',
  dynamodb: '#c925d1',
  elasticache: '#c925d1',
  s3: '#7aa116',
  cloudfront: '#8c4fff',
  'route-53': '#8c4fff',
  'nat-gateway': '#8c4fff',
  cognito: '#dd344c',
  waf: '#dd344c',
};

describe('the icon picker’s catalogue', () => {
  it('offers one-click extras for exactly the services issue 11 lists, each in the bundled pack', () => {
    expect([...EXTRA_ICON_NAMES].sort()).toEqual(Object.keys(EXTRAS_AND_COLOURS).sort());
    for (const name of EXTRA_ICON_NAMES) expect(NODE_ICON_NAMES.has(name), name).toBe(true);
  });

  it('draws each extra in its AWS category colour', () => {
    for (const [name, colour] of Object.entries(EXTRAS_AND_COLOURS)) {
      // The first fill is the icon's tile (service icons) or its glyph (resource icons like the NAT gateway).
      const firstFill = /fill="(#[0-9a-f]{6})"/i.exec(iconDrawing(name)!.body)?.[1]?.toLowerCase();
      expect(firstFill, name).toBe(colour);
    }
  });

  it('names every icon in the pack as AWS does, and offers no group frame as a node', () => {
    expect(PICKABLE_ICONS.length).toBe(NODE_ICON_NAMES.size);
    expect(PICKABLE_ICONS.some((icon) => icon.name.startsWith('group-'))).toBe(false);
    // A title equal to the raw pack name would mean the icon was never given AWS's name.
    for (const icon of PICKABLE_ICONS) expect(icon.title, icon.name).not.toBe(icon.name);
    expect(pickableIcon('route-53')?.title).toBe('Amazon Route 53');
    expect(pickableIcon('step-functions')?.title).toBe('AWS Step Functions');
  });

  it('finds icons by service name, abbreviation or what they do, best match first', () => {
    expect(searchIcons('sqs')[0]?.name).toBe('sqs');
    expect(searchIcons('queue').map((icon) => icon.name)).toEqual(['sqs', 'batch']);
    expect(
      searchIcons('database')
        .map((icon) => icon.name)
        .sort(),
    ).toEqual(['aurora', 'dynamodb', 'elasticache', 'rds']);
    expect(searchIcons('DNS').map((icon) => icon.name)).toEqual(['route-53']);
    expect(
      searchIcons('load bal')
        .map((icon) => icon.name)
        .sort(),
    ).toEqual(['alb', 'elb']);
    expect(searchIcons('redis').map((icon) => icon.name)).toEqual(['elasticache']);
    // "Aurora" starts its title; RDS only mentions the word "postgres" among its keywords.
    expect(searchIcons('aur').map((icon) => icon.name)).toEqual(['aurora']);
    expect(
      searchIcons('postgres')
        .map((icon) => icon.name)
        .sort(),
    ).toEqual(['aurora', 'rds']);
    expect(searchIcons('no such service')).toEqual([]);
    expect(searchIcons('   ').length).toBe(NODE_ICON_NAMES.size);
  });
});
