// The panel's "Propose a change" form: what to change (edit-kinds.ts), a one-line summary and the
// evidence, sent as one change set. The server's refusals are shown where they belong: a quote
// not found in its source under the quote, CONFLICT as a notice with the current version
// reloaded. After proposing, the editor sees the change set's state and where to follow it.
import '../curation.css';
import { ApiError, mutate, request } from '../../api/client.js';
import { ItemHistoryDocument, ProposeChangeDocument, RegisteredSourcesDocument } from '../../generated/graphql.js';
import { appLink, clear, h } from '../../ui/dom.js';
import { evidenceFields, field, fieldError, type SourceChoice } from '../../ui/evidence-fields.js';
import { sourceName } from '../../ui/evidence.js';
import { STATE_LABEL } from '../changes/change-set-card.js';
import { EDIT_KINDS, FieldProblem, type EditFields } from './edit-kinds.js';
import type { NodeDetails } from './panel.js';

export const versionOf = async (id: string): Promise<number> => (await request(ItemHistoryDocument, { id })).history.version;

/** The sources a change can cite: the ones this node and its lines already cite, and those registered by upload. */
async function sourcesFor(node: NodeDetails): Promise<SourceChoice[]> {
  const seen = new Map<string, string>();
  for (const ev of [...node.evidence, ...node.lines.flatMap((l) => l.evidence)]) {
    if (ev.basis !== 'ATTESTED' && !seen.has(ev.source.id)) seen.set(ev.source.id, sourceName(ev));
  }
  for (const s of (await request(RegisteredSourcesDocument, {})).registeredSources) if (!seen.has(s.id)) seen.set(s.id, s.title);
  return [...seen].map(([id, title]) => ({ id, title }));
}

export interface EditHost {
  /** load the node again (after CONFLICT), then render the panel */
  reload(): Promise<void>;
}

/** One editing session of one node: kept across panel renders so what the editor typed stays. */
export class EditForm {
  readonly element = h('section', { class: 'edit-form', 'aria-labelledby': 'edit-title' });
  private version = 0;
  private fields: EditFields | null = null;

  constructor(
    private node: NodeDetails,
    private readonly partnershipId: string,
    private readonly host: EditHost,
  ) {}

  get nodeId(): string {
    return this.node.id;
  }

  async open(): Promise<void> {
    clear(this.element, h('p', { role: 'status' }, 'Loading the form…'));
    const [version, sources] = await Promise.all([versionOf(this.node.id), sourcesFor(this.node)]);
    this.version = version;
    this.build(sources);
  }

  /** The node as it is now (after a reload): edits are made against its current version. */
  async refresh(node: NodeDetails): Promise<void> {
    this.node = node;
    this.version = await versionOf(node.id);
  }

  private build(sources: SourceChoice[]): void {
    const prefix = 'edit';
    const kinds = EDIT_KINDS.filter((k) => k.applies(this.node));
    const kind = h('select', { id: `${prefix}-kind` }, kinds.map((k) => h('option', { value: k.key }, k.label)));
    const kindBox = h('div', { class: 'edit-kind-fields' });
    const summary = h('input', { id: `${prefix}-summary`, type: 'text' });
    let summaryTouched = false;
    summary.addEventListener('input', () => (summaryTouched = true));
    const evidence = evidenceFields(`${prefix}-ev`, sources);
    const notice = h('div', { class: 'form-error', role: 'alert', tabindex: -1, hidden: true });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Propose the change');
    const showKind = () => {
      const k = kinds.find((x) => x.key === kind.value)!;
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the context reads the version current at submit (it moves after a CONFLICT)
      const self = this;
      this.fields = k.fields({
        get node() {
          return self.node;
        },
        get version() {
          return self.version;
        },
        partnershipId: this.partnershipId,
        prefix,
        lineVersion: versionOf,
      });
      clear(kindBox, this.fields.element);
      if (!summaryTouched) summary.value = this.fields.summary();
    };
    kind.addEventListener('change', showKind);
    kindBox.addEventListener('change', () => !summaryTouched && this.fields && (summary.value = this.fields.summary()));
    const form = h(
      'form',
      {
        novalidate: true,
        onsubmit: async (e: Event) => {
          e.preventDefault();
          fieldError(form, null, null);
          notice.hidden = true;
          submit.disabled = true;
          try {
            const changes = await this.fields!.build();
            if (!summaryTouched && !summary.value.trim()) summary.value = this.fields!.summary();
            if (!summary.value.trim()) throw new FieldProblem(summary, 'Say what changed and why, in one line.');
            const done = await mutate(ProposeChangeDocument, { input: { partnershipId: this.partnershipId, summary: summary.value.trim(), evidence: evidence.read(), changes } });
            this.proposed(done.proposeChange);
          } catch (err) {
            const fieldFor = (arg: string) => (arg === 'input.summary' ? summary : arg.startsWith('input.evidence') ? evidence.fieldFor(arg) : (this.fields?.fieldFor(arg) ?? null));
            await this.refused(err, form, notice, fieldFor, evidence.explain);
          } finally {
            submit.disabled = false;
          }
        },
      },
      notice,
      field(kind.id, 'What changed', kind),
      kindBox,
      field(summary.id, 'Summary', summary, 'What changed and why, in one line: the reviewer and the record keep it.'),
      evidence.element,
      h('p', { class: 'form-actions' }, submit),
      h('p', { class: 'hint' }, 'Nothing changes in the graph until a reviewer of the partnership approves it.'),
    );
    clear(this.element, h('h3', { id: 'edit-title' }, 'Propose a change'), form);
    showKind();
  }

  private async refused(err: unknown, form: HTMLElement, notice: HTMLElement, fieldFor: (arg: string) => HTMLElement | null, explain: (arg: string, message: string) => string): Promise<void> {
    if (err instanceof FieldProblem) return fieldError(form, err.control, err.message);
    const api = err instanceof ApiError ? err : null;
    if (api?.code === 'CONFLICT') {
      await this.host.reload();
      const v = api.conflicts?.[0];
      const versions = v ? ` (you edited version ${v.expected}; it is now at version ${v.actual})` : '';
      notice.textContent = `Another approved change reached this item after you opened it${versions}. The panel now shows the current version: check it, then propose your change again.`;
      notice.hidden = false;
      notice.focus();
      return;
    }
    const control = api?.argument ? fieldFor(api.argument) : null;
    // the field shows where: the message need not repeat the argument's name or the path
    if (control) return fieldError(form, control, explain(api!.argument!, api!.message.replace(/ \(at [^)]*\)$/, '').replace(`${api!.argument}: `, '')));
    notice.textContent = (err as Error).message;
    notice.hidden = false;
  }

  private proposed(cs: { id: string; state: keyof typeof STATE_LABEL; summary: string }): void {
    const done = h(
      'div',
      { class: 'proposed', role: 'status', tabindex: -1, 'data-change-set': cs.id },
      h('p', {}, h('strong', {}, 'Proposed. '), `“${cs.summary}” (${cs.id}): ${STATE_LABEL[cs.state].toLowerCase()}.`),
      h('p', {}, 'A reviewer of the partnership approves or rejects it. ', appLink('/changes?tab=mine', 'Follow your change sets')),
      h('button', { type: 'button', class: 'btn', onclick: () => void this.open() }, 'Propose another change'),
    );
    clear(this.element, h('h3', { id: 'edit-title' }, 'Propose a change'), done);
    done.focus();
  }
}
