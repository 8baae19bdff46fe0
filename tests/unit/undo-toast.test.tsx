// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOAST_AFTER_LEAVE_MS, TOAST_MS, UndoToast } from '../../src/ui/UndoToast';

let root: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.useRealTimers();
});

function show(takeFocus = false) {
  const onUndo = vi.fn();
  const onClose = vi.fn();
  act(() =>
    render(
      <UndoToast message="Vladimir Putin muted." takeFocus={takeFocus} onUndo={onUndo} onClose={onClose} />,
      root,
    ),
  );
  const toast = root.querySelector<HTMLElement>('.fl-toast');
  const undo = root.querySelector<HTMLButtonElement>('.fl-undo');
  if (!toast || !undo) throw new Error('no toast');
  return { toast, undo, onUndo, onClose };
}

describe('UndoToast', () => {
  it('closes by itself after a few seconds when nobody touches it', () => {
    const { onClose } = show();
    act(() => {
      vi.advanceTimersByTime(TOAST_MS - 10);
    });
    expect(onClose).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(20);
    });
    expect(onClose).toHaveBeenCalledWith('timeout');
  });

  it('stays while hovered, and closes a while after the pointer leaves', () => {
    const { toast, onClose } = show();
    act(() => {
      toast.dispatchEvent(new PointerEvent('pointerenter'));
    });
    act(() => {
      vi.advanceTimersByTime(TOAST_MS * 5);
    });
    expect(onClose).not.toHaveBeenCalled();
    act(() => {
      toast.dispatchEvent(new PointerEvent('pointerleave'));
    });
    act(() => {
      vi.advanceTimersByTime(TOAST_AFTER_LEAVE_MS + 10);
    });
    expect(onClose).toHaveBeenCalledWith('timeout');
  });

  it('takes focus on Undo when asked, stays while focused, and Escape dismisses it', () => {
    const { undo, onClose, onUndo } = show(true);
    expect(document.activeElement).toBe(undo);
    act(() => {
      undo.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    act(() => {
      vi.advanceTimersByTime(TOAST_MS * 5);
    });
    expect(onClose).not.toHaveBeenCalled();
    act(() => {
      undo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledWith('dismiss');
    act(() => undo.click());
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('shows an error instead of the Undo button', () => {
    act(() =>
      render(
        <UndoToast
          message="m"
          error="Could not undo."
          takeFocus={false}
          onUndo={() => {}}
          onClose={() => {}}
        />,
        root,
      ),
    );
    expect(root.querySelector('.fl-undo')).toBeNull();
    expect(root.textContent).toContain('Could not undo.');
  });
});
