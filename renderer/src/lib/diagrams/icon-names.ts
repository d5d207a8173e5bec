import iconSet from '../../../../assets/aws-icons/aws-icons.json';

/** Icons a node can take: the bundled AWS pack, less the group frames (a group's kind draws those). */
export const NODE_ICON_NAMES: ReadonlySet<string> = new Set(
  Object.keys(iconSet.icons).filter((name) => !name.startsWith('group-')),
);
