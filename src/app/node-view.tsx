/**
 * How `<gradio-app>` renders its layout tree: one element per node, keyed so that updates keep elements, with
 * the block wrapper (scale, min width), the status tracker of each component, and what the runtime hands
 * particular elements (upload, folder listing, the Hugging Face buttons' helpers). The element gives the
 * context; nothing here holds state.
 */
import { h } from '@stencil/core';
import { fileTypes, folderListTypes, inlineValidationTypes, invisibleTypes, layoutTypes, serverFunctionTypes } from './registry';
import type { AppStore } from './store';
import { type TreeNode, nodeKey } from './tree';
import type { FileTreeLister } from '../utils/file-tree';
import type { UploadFunction } from '../utils/upload';

/** What the tree's rendering needs from `<gradio-app>`. */
export interface NodeViewContext {
  store: AppStore | undefined;
  /** `<gr-status-tracker>` is defined (in the one-tag embed it loads after the first render): trackers show. */
  trackers: boolean;
  /** The root node's id (it renders as `gr-blocks-root`). */
  rootId: number | undefined;
  root: string | null;
  maxFileSize: number | null;
  fillHeight: boolean;
  fillWidth: boolean;
  /** Tabs shown at least once (Gradio 6 renders a tab's children then). */
  shownTabs: ReadonlySet<number>;
  showTab(id: number): void;
  upload: UploadFunction;
  lister(id: number): FileTreeLister;
  /** Calls a server function of component `id` by name. */
  serverFunctions(id: number): (fnName: string, data: unknown) => Promise<unknown>;
  /** Calls one of the app's endpoints by api name and resolves to its output list. */
  predict(apiName: string, data: unknown[]): Promise<unknown[]>;
  hubProps(id: number): Record<string, unknown>;
  /** Whether a listener runs on `event` of component `id`. */
  listens(id: number, event: string): boolean;
}

/** The element (and what it holds) for one node of the layout tree. */
export function renderNode(node: TreeNode, view: NodeViewContext): unknown {
  const entry = view.store?.get(node.id);
  const props = entry?.props ?? {};
  // A hidden block keeps a keyed node in its place (an empty placeholder for a component, the container
  // itself with `visible: false` for a layout block, which hides it and its children, as Gradio 5 keeps
  // hidden blocks in its DOM): going from nothing to an element inside a scoped container would make
  // Stencil append the element and then relocate it first into the container's slot, before its siblings.
  const hidden = (props.visible === false || props.visible === 'hidden') && node.id !== view.rootId;
  const elementProps = props.visible === 'hidden' ? { ...props, visible: false } : props;
  const Tag = node.tag;
  // A gr.Navbar configures the bar above the page (renderNavbar), not a block in the layout.
  if (node.type === 'navbar') return null;
  if (node.tag === 'gr-fallback') {
    return (
      <gr-fallback
        key={nodeKey(node)}
        data-gr-id={String(node.id)}
        class={{ hidden }}
        style={{ display: hidden ? 'none' : undefined }}
        type={node.type}
        label={(props.label as string) ?? null}
        root={view.root}
      />
    );
  }
  const children = () => node.children.map((child) => renderNode(child, view));
  if (node.id === view.rootId) {
    return (
      <gr-blocks-root key={nodeKey(node)} data-gr-id={String(node.id)} app={false} fillHeight={view.fillHeight} fillWidth={view.fillWidth}>
        {children()}
      </gr-blocks-root>
    );
  }
  if (node.type === 'tabitem' || node.type === 'walkthroughstep') {
    // A Tab's own `id` (or its component id) is what the Tabs' `selected` names; `id` is no element prop.
    const { id, ...tabProps } = elementProps;
    // Gradio 6 (which sends render_children: false) renders a tab's children once it is first shown.
    const deferred = props.renderChildren === false && !view.shownTabs.has(node.id);
    return (
      <gr-tab
        key={nodeKey(node)}
        data-gr-id={String(node.id)}
        {...tabProps}
        tabId={(id as string | number | null) ?? node.id}
        onGr-first-show={() => view.showTab(node.id)}
      >
        {deferred ? null : children()}
      </gr-tab>
    );
  }
  if (layoutTypes.has(node.type)) {
    return (
      <Tag key={nodeKey(node)} data-gr-id={String(node.id)} {...elementProps}>
        {children()}
      </Tag>
    );
  }
  if (invisibleTypes.has(node.type)) return <Tag key={nodeKey(node)} data-gr-id={String(node.id)} {...elementProps} />;
  const status = entry?.status;
  const validation = entry?.validationError ?? null;
  const bannerValidation = inlineValidationTypes.has(node.type) ? null : validation;
  if (props.visible === false) {
    // Not shown: only the keyed placeholder (the element is not created until shown, so an update that
    // hides it removes it, as before), class `hidden` so a gr-form whose children are all hidden hides too.
    return <div key={nodeKey(node)} class={{ component: true, [`component-${node.type}`]: true, hidden: true }} style={{ display: 'none' }} />;
  }
  return (
    <div
      key={nodeKey(node)}
      class={{ component: true, [`component-${node.type}`]: true, hidden }}
      style={{
        'flex-grow': typeof props.scale === 'number' ? String(props.scale) : undefined,
        'min-width': typeof props.minWidth === 'number' ? `min(${props.minWidth}px, 100%)` : undefined,
        display: hidden ? 'none' : undefined,
      }}
    >
      <Tag
        data-gr-id={String(node.id)}
        {...elementProps}
        {...(node.type === 'chatbot' ? { pending: status?.status === 'pending' } : {})}
        {...(fileTypes.has(node.type) ? { upload: view.upload, maxFileSize: view.maxFileSize } : {})}
        {...(folderListTypes.has(node.type) ? { ls: view.lister(node.id) } : {})}
        {...(serverFunctionTypes.has(node.type) ? { server: view.serverFunctions(node.id), predict: view.predict } : {})}
        {...(node.type === 'imageeditor' && view.listens(node.id, 'apply') ? { showApply: true } : {})}
        {...view.hubProps(node.id)}
        {...(inlineValidationTypes.has(node.type) ? { validationError: validation } : {})}
      />
      {view.trackers && ((status && status.showProgress !== 'hidden') || bannerValidation) ? (
        <gr-status-tracker
          status={status?.status ?? null}
          showProgress={status?.showProgress ?? 'full'}
          validationError={bannerValidation}
          onGr-clear-validation={() => view.store?.put(node.id, { validationError: null })}
          queuePosition={status?.queuePosition ?? null}
          queueSize={status?.queueSize ?? null}
          eta={status?.eta ?? null}
          progress={status?.progress ?? null}
          message={status?.message ?? null}
          timeStart={status?.timeStart ?? null}
          onGr-clear-status={() => view.store?.put(node.id, { status: null })}
        />
      ) : null}
    </div>
  );
}
