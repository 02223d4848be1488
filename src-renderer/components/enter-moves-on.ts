import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'input:not([disabled]):not([type=file]):not([type=hidden]):not([type=radio]), textarea:not([disabled])';

/**
 * Enter moves to the next field, the way clerks fill paper-like forms (Shift+Enter keeps a newline
 * in a text area); on the last field it calls `onLastEnter`. Ctrl/Cmd+Enter submits from anywhere.
 * Attach to the element wrapping the form's fields.
 */
export function enterMovesOn(onLastEnter: () => void, onSubmit: () => void = onLastEnter) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey) return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      onSubmit();
      return;
    }
    const target = e.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    e.preventDefault();
    const fields = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
    const next = fields[fields.indexOf(target) + 1];
    if (next) next.focus();
    else onLastEnter();
  };
}
