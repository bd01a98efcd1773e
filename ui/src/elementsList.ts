/**
 * The keyboard's way into the graph: every entity and fact in view as a button. Enter on an entity
 * expands it; on a fact, opens its claims. Long lists are cut, with a count of the rest.
 */
import { h } from './dom';
import type { EntityRef, Relationship } from './types';
import { humanize } from './vocabulary';

const SHOWN = 300;

export function renderElements(nodesList: HTMLElement, edgesList: HTMLElement, nodes: EntityRef[], edges: Relationship[], handlers: { node(id: string): void; edge(id: string): void }): void {
  const sortedNodes = [...nodes].sort((a, b) => a.name.localeCompare(b.name));
  nodesList.replaceChildren(
    ...sortedNodes.slice(0, SHOWN).map((n) => h('li', {}, h('button', { type: 'button', class: 'element', 'data-node-id': n.id, onclick: () => handlers.node(n.id) }, n.name, ' ', h('span', { class: 'muted' }, humanize(n.kind).toLowerCase())))),
    ...(nodes.length > SHOWN ? [h('li', { class: 'muted' }, `… and ${nodes.length - SHOWN} more`)] : []),
  );
  edgesList.replaceChildren(
    ...edges.slice(0, SHOWN).map((e) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: `element${e.disputed ? ' disputed' : ''}`, 'data-edge-id': e.id, 'data-edge-type': e.type, onclick: () => handlers.edge(e.id) },
          `${e.from.name} — ${humanize(e.type).toLowerCase()} → ${e.to.name}`,
          e.disputed ? h('span', { class: 'badge disputed' }, 'Disputed') : null,
        ),
      ),
    ),
    ...(edges.length > SHOWN ? [h('li', { class: 'muted' }, `… and ${edges.length - SHOWN} more`)] : []),
  );
}
