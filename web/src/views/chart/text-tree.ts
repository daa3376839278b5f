// The chart's text alternative: the same structure as an ARIA tree (each body under the bodies
// it reports or feeds into, a body with two parents under both), and the lines between peers as
// a list. Keys follow the WAI-ARIA tree pattern.
import { abbreviation, displayName } from '../../chart/labels.js';
import { chartTree, peerLines, type ChartModel, type TreeItem } from '../../chart/model.js';
import { KIND_STYLE, REL_STYLE } from '../../chart/vocab.js';
import { h } from '../../ui/dom.js';

export interface TextTreeOptions {
  selected: string | null;
  /** ids hidden by collapsing, and the count each collapsed node hides */
  hidden: ReadonlySet<string>;
  hiddenBelow: ReadonlyMap<string, number>;
  /** `via`: a click or tap (the answer is brought into view on a phone), or Enter/Space on the focused item */
  onSelect(id: string, via: 'pointer' | 'keyboard'): void;
}

export function describeNode(model: ChartModel, id: string): string {
  const n = model.nodes.get(id);
  if (!n) return id;
  const kind = n.kind ? KIND_STYLE[n.kind].label : 'Group';
  return `${displayName(n.name, [n.shortLabel])} (${kind})`;
}

/** How an item hangs from its parent, in words: "reports to Havering CSP". */
function viaText(model: ChartModel, item: TreeItem): string {
  const e = item.via;
  if (!e) return '';
  const r = REL_STYLE[e.type];
  const name = (id: string) => {
    const n = model.nodes.get(id);
    return n ? (abbreviation([n.shortLabel], n.name) ?? n.name) : id;
  };
  const phrase = e.source === item.id ? `${r.verb} ${name(e.target)}` : `${name(e.source)} ${r.verb} it`;
  return `${phrase}${e.label ? ` (${e.label})` : ''}${e.validFrom || e.validTo ? `, ${e.validFrom ?? '…'} to ${e.validTo ?? '…'}` : ''}`;
}

export function textTree(model: ChartModel, opts: TextTreeOptions): HTMLElement {
  const items = chartTree(model, opts.hidden);
  const tree = h('ul', { role: 'tree', class: 'tree', 'aria-label': 'Structure chart as a list' });

  const render = (item: TreeItem, level: number, pos: number, size: number): HTMLElement => {
    const more = opts.hiddenBelow.get(item.id);
    const label = h(
      'span',
      { class: 'tree-label' },
      h('span', { class: 'tree-name' }, describeNode(model, item.id)),
      item.via ? h('span', { class: 'tree-via' }, ` — ${viaText(model, item)}`) : null,
      item.repeat ? h('span', { class: 'tree-note' }, ' — also listed above') : null,
      model.nodes.get(item.id)?.unlinked ? h('span', { class: 'tree-note' }, ' — no stated line') : null,
      more ? h('span', { class: 'tree-note' }, ` — ${more} hidden below (collapsed)`) : null,
    );
    const li = h('li', {
      role: 'treeitem',
      'aria-level': level,
      'aria-posinset': pos,
      'aria-setsize': size,
      'aria-selected': String(item.id === opts.selected),
      'data-id': item.id,
      tabindex: -1,
    }, label);
    if (item.children.length) {
      li.setAttribute('aria-expanded', 'true');
      li.append(h('ul', { role: 'group' }, item.children.map((c, i) => render(c, level + 1, i + 1, item.children.length))));
    }
    return li;
  };
  tree.append(...items.map((it, i) => render(it, 1, i + 1, items.length)));

  const all = () => [...tree.querySelectorAll<HTMLElement>('[role=treeitem]')];
  const visible = () => all().filter((li) => !li.parentElement?.closest('[aria-expanded=false]'));
  const focusItem = (li: HTMLElement | undefined) => {
    if (!li) return;
    all().forEach((x) => x.setAttribute('tabindex', '-1'));
    li.setAttribute('tabindex', '0');
    li.focus();
  };
  const start = all().find((li) => li.dataset.id === opts.selected) ?? all()[0];
  start?.setAttribute('tabindex', '0');

  tree.addEventListener('click', (e) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('[role=treeitem]');
    if (!li) return;
    focusItem(li);
    opts.onSelect(li.dataset.id!, 'pointer');
  });
  tree.addEventListener('keydown', (e) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('[role=treeitem]');
    if (!li) return;
    const vis = visible();
    const i = vis.indexOf(li);
    const expanded = li.getAttribute('aria-expanded');
    switch (e.key) {
      case 'ArrowDown':
        focusItem(vis[i + 1]);
        break;
      case 'ArrowUp':
        focusItem(vis[i - 1]);
        break;
      case 'ArrowRight':
        if (expanded === 'false') li.setAttribute('aria-expanded', 'true');
        else if (expanded === 'true') focusItem(li.querySelector<HTMLElement>('[role=treeitem]') ?? undefined);
        break;
      case 'ArrowLeft':
        if (expanded === 'true') li.setAttribute('aria-expanded', 'false');
        else focusItem(li.parentElement?.closest<HTMLElement>('[role=treeitem]') ?? undefined);
        break;
      case 'Home':
        focusItem(vis[0]);
        break;
      case 'End':
        focusItem(vis[vis.length - 1]);
        break;
      case 'Enter':
      case ' ':
        opts.onSelect(li.dataset.id!, 'keyboard');
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  const peers = peerLines(model, opts.hidden);
  return h(
    'section',
    { class: 'chart-list', 'aria-labelledby': 'chart-list-title' },
    h('h2', { id: 'chart-list-title' }, 'Structure as a list'),
    h(
      'p',
      { class: 'muted' },
      'Each body is listed under the bodies it reports to or feeds into. A body with two parents is listed under both. Use the arrow keys to move, Enter to show details.',
    ),
    items.length ? tree : h('p', {}, 'Nothing to list.'),
    peers.length
      ? h(
          'div',
          {},
          h('h3', {}, 'Links between peers'),
          h('ul', { class: 'peer-lines' }, peers.map((e) => h('li', {}, `${describeNode(model, e.source)} ${REL_STYLE[e.type].verb} ${describeNode(model, e.target)}`))),
        )
      : null,
  );
}
