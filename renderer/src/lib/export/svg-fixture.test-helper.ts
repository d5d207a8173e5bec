/** A cut-down Mermaid flowchart in the shape Mermaid 11 writes it, for unit tests. */
function iconNode(id: string, icon: string, x: number, y: number, halfHeight = 44): string {
  return (
    `<g class="icon-shape default" id="d-flowchart-${id}" data-look="classic" transform="translate(${x}, ${y})">` +
    `<g transform="translate(0,-16)"><path d="M-28 -28 L28 -28 L28 28 L-28 28" stroke="none" stroke-width="0" fill="none"></path></g>` +
    `<g class="label" transform="translate(0,20)"><text y="-10.1"><tspan class="text-outer-tspan row">${id}&nbsp;node</tspan></text></g>` +
    `<g><path d="M-50 -${halfHeight} L50 -${halfHeight} L50 ${halfHeight} L-50 ${halfHeight}" stroke="none" stroke-width="0" fill="transparent"></path></g>` +
    `<g transform="translate(-28,-44)"><g><svg xmlns="http://www.w3.org/2000/svg" width="56" height="56" viewBox="0 0 48 48">` +
    `<g data-aws-icon="${icon}"><path fill="currentColor" d="M0 0h48v48H0z"></path></g></svg></g></g></g>`
  );
}

export const MERMAID_LIKE_SVG =
  '<svg id="diagram-svg-7" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" ' +
  'style="max-width: 600.5px;" viewBox="0 0 600.5 300" role="graphics-document document">' +
  '<style>#diagram-svg-7{font-family:Inter,"Helvetica Neue",Arial,sans-serif;fill:#333;}</style>' +
  '<g><g class="root"><g class="nodes">' +
  iconNode('alb', 'alb', 100, 100) +
  iconNode('web1', 'ec2-instance', 300, 100, 52.8) +
  iconNode('web2', 'ec2-instance', 300, 240) +
  iconNode('users', 'users', 500, 100) +
  '</g></g></g></svg>';
