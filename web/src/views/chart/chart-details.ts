// The chart page's side panel as a controller: it loads the selected node's details and, when
// asked, its line to the top, keeps only the latest answer of each (a late answer for a node no
// longer selected is dropped), highlights that line on the chart and renders the panel.
import { ApiError, request } from '../../api/client.js';
import type { CyChart } from '../../chart/cy-chart.js';
import { abbreviation } from '../../chart/labels.js';
import { NodeDetailsDocument, ReportingChainDocument } from '../../generated/graphql.js';
import { chartSearch, pathOfView, type ChartState } from '../../state/url.js';
import { announce, clear, errorState, h, loading } from '../../ui/dom.js';
import { revealIfOffscreen } from '../../ui/touch.js';
import { can, onViewer, type Viewer } from '../../api/session.js';
import { EditForm } from './edit-form.js';
import { historyTab } from './history-tab.js';
import { renderPanel, type Chain, type NodeDetails } from './panel.js';

type Mode = 'details' | 'history' | 'edit';
const MODE_LABEL: Record<Mode, string> = { details: 'Details', history: 'History', edit: 'Propose a change' };

export interface DetailsHost {
  state(): ChartState;
  chart: CyChart;
  /** change the chart's state (as the page does for any control) */
  apply(next: ChartState, how: 'push' | 'replace'): void;
  /** select a node from a link in the panel */
  go(id: string): Promise<void>;
  /** fetch and draw the levels below a node, centring it */
  more(id: string): void;
  /** the panel was closed */
  close(): void;
}

export class ChartDetails {
  /** a line picked on the chart, to open and scroll to in the panel */
  focusLine: string | null = null;
  /** the selection came from a tap on the chart: bring the panel into view once it shows the node (it is under the chart on a phone) */
  reveal = false;
  private details: { id: string; node: NodeDetails | null; error: unknown; loading: boolean } | null = null;
  private chain: { id: string; paths: Chain | null; error: string | null; loading: boolean } | null = null;
  private detailSeq = 0;
  private chainSeq = 0;
  private mode: Mode = 'details';
  private viewer: Viewer | null = null;
  /** the open edit form, kept across renders (and a CONFLICT reload) so what was typed stays */
  private editor: EditForm | null = null;
  private readonly stopViewer: () => void;

  constructor(
    /** the panel's element, in the page before the chart is made */
    readonly element: HTMLElement,
    private readonly host: DetailsHost,
  ) {
    this.stopViewer = onViewer((v) => {
      this.viewer = v;
      if (!v && this.mode === 'edit') this.mode = 'details';
      if (this.details) this.render();
    });
  }

  dispose(): void {
    this.stopViewer();
  }

  /** The partnership a change to this node is proposed for: its own, else the chart's first. */
  private partnershipOf(node: NodeDetails): string | null {
    return node.partnership?.id ?? this.host.state().partnerships[0] ?? null;
  }

  private modeBar(node: NodeDetails): HTMLElement {
    const modes: Mode[] = ['details', 'history', ...(can(this.viewer, 'edit', this.partnershipOf(node)) ? (['edit'] as const) : [])];
    return h(
      'div',
      { class: 'panel-modes', role: 'group', 'aria-label': 'Show' },
      modes.map((m) =>
        h(
          'button',
          { type: 'button', class: 'btn', 'data-mode': m, 'aria-pressed': String(this.mode === m), onclick: () => this.switchMode(m, node) },
          MODE_LABEL[m],
        ),
      ),
    );
  }

  private switchMode(mode: Mode, node: NodeDetails): void {
    this.mode = mode;
    if (mode === 'edit' && this.editor?.nodeId !== node.id) {
      this.editor = new EditForm(node, this.partnershipOf(node)!, { reload: () => this.reload() });
      void this.editor.open().catch((e: unknown) => clear(this.editor!.element, errorState('the edit form', e)));
    }
    this.render();
    this.element.querySelector<HTMLElement>(`[data-mode="${mode}"]`)?.focus();
  }

  /** Loads the node again (its current version, after a CONFLICT) and keeps the open form. */
  private async reload(): Promise<void> {
    const id = this.details?.id;
    if (!id) return;
    const editor = this.editor;
    await this.loadDetails(id, true);
    if (editor && this.details?.node) await editor.refresh(this.details.node);
  }

  /** Follows the selection after a state change: loads what is missing, else renders what it has. */
  sync(prev: ChartState, state: ChartState): void {
    const id = state.selected;
    const dateChanged = prev.asOf !== state.asOf;
    if (!id) {
      this.details = null;
      this.render();
    } else if (this.details?.id !== id || dateChanged) void this.loadDetails(id);
    else this.render();
    if (state.chain && id) {
      if (this.chain?.id !== id || dateChanged || !this.chain.paths) void this.loadChain(id);
      else this.highlightChain();
    } else {
      this.chain = null;
      this.host.chart.clearHighlight();
    }
  }

  /** Draws the line to the top again (after the chart was drawn anew). */
  highlightChain(): void {
    if (!this.chain?.paths) return;
    this.host.chart.highlightPaths(
      this.chain.paths.map((p) => p.map((b) => b.id)),
      'REPORTS_TO',
    );
  }

  private async loadDetails(id: string, keepMode = false): Promise<void> {
    const seq = ++this.detailSeq;
    if (!keepMode && this.details?.id !== id) {
      this.mode = 'details';
      this.editor = null;
    }
    this.details = { id, node: null, error: null, loading: true };
    this.render();
    try {
      const data = await request(NodeDetailsDocument, { id, asOf: this.host.state().asOf });
      if (seq !== this.detailSeq) return;
      this.details = { id, node: data.node, error: data.node ? null : new ApiError(`No node has the id “${id}”.`, 'NOT_FOUND'), loading: false };
    } catch (e) {
      if (seq !== this.detailSeq) return;
      this.details = { id, node: null, error: e, loading: false };
    }
    this.render();
  }

  private async loadChain(id: string): Promise<void> {
    const seq = ++this.chainSeq;
    this.chain = { id, paths: null, error: null, loading: true };
    this.render();
    try {
      const data = await request(ReportingChainDocument, { id, asOf: this.host.state().asOf });
      if (seq !== this.chainSeq) return;
      this.chain = { id, paths: data.reportingChain, error: null, loading: false };
      this.highlightChain();
      const path = data.reportingChain[0];
      announce(path ? `Line to the top shown: ${path.map((b) => abbreviation(b.aliases, b.name) ?? b.name).join(', then ')}.` : 'No line to the top.');
    } catch (e) {
      if (seq !== this.chainSeq) return;
      this.chain = { id, paths: null, error: (e as Error).message, loading: false };
    }
    this.render();
  }

  render(): void {
    const panel = this.element;
    const { details } = this;
    if (!details) {
      clear(
        panel,
        h(
          'div',
          { class: 'panel-empty' },
          h('h2', {}, 'Details'),
          h('p', {}, 'Select a body in the chart or the list, or use Find, to see who chairs it, who sits on it, its lines up and down, what it leads or oversees, and the evidence from the plans.'),
        ),
      );
      return;
    }
    if (details.loading) return clear(panel, loading('details'));
    if (details.error || !details.node) return clear(panel, errorState('the details', details.error, () => void this.loadDetails(details.id)));
    const node = details.node;
    const state = this.host.state();
    const { chart } = this.host;
    const hadFocus = panel.contains(document.activeElement);
    clear(
      panel,
      renderPanel(node, {
        inChart: (id) => chart.has(id),
        href: (id) => `${pathOfView('chart')}${chartSearch({ ...state, selected: id, chain: false })}`,
        go: (id) => {
          this.focusLine = null;
          void this.host.go(id).then(() => panel.querySelector<HTMLElement>('#panel-title')?.focus());
        },
        toggleChain: () => this.host.apply({ ...state, chain: !state.chain }, 'replace'),
        collapse: () => this.host.apply({ ...state, collapsed: [...state.collapsed, node.id] }, 'replace'),
        expand: () => this.host.apply({ ...state, collapsed: state.collapsed.filter((c) => c !== node.id) }, 'replace'),
        more: () => this.host.more(node.id),
        close: () => this.host.close(),
        collapsed: state.collapsed.includes(node.id),
        chain: this.chain?.id === node.id ? { shown: state.chain, ...this.chain } : { shown: state.chain, paths: null, loading: state.chain, error: null },
        focusLine: this.focusLine,
        modes: this.modeBar(node),
        alt: this.mode === 'history' ? historyTab(node) : this.mode === 'edit' && this.editor ? this.editor.element : null,
      }),
    );
    if (this.focusLine) panel.querySelector(`[data-line="${CSS.escape(this.focusLine)}"]`)?.scrollIntoView({ block: 'nearest' });
    if (hadFocus) panel.querySelector<HTMLElement>('#panel-title')?.focus();
    if (this.reveal) {
      this.reveal = false;
      revealIfOffscreen(panel);
    }
  }
}
