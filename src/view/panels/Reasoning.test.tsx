// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAllLocales } from '../../i18n/all.ts';
import { STUCK, WEB, worldAfter } from '../layout/testing.ts';
import { Reasoning } from './Reasoning.tsx';

beforeAll(registerAllLocales);

afterEach(cleanup);

describe('<Reasoning>', () => {
  it('says what the controller is waiting for', () => {
    render(<Reasoning world={worldAfter(['kubectl apply -f web.yaml', 'sleep 2'])} />);
    const card = screen.getByTestId('reasoning.web');
    expect(card.getAttribute('data-state')).toBe('Scaling');
    expect(card.textContent).toContain(
      'Scaling: waiting for web-0 to be Running and Ready before creating or updating web-1',
    );
    expect(card.textContent).toContain('0/2 ready');
  });

  it('says blocked, and how to unblock, when the pod is Terminating on an unreachable node', () => {
    const onSelect = vi.fn();
    render(<Reasoning world={worldAfter(STUCK)} onSelect={onSelect} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('blocked: web-0 is Terminating on an unreachable node');
    expect(note.textContent).toContain('kubectl delete pod web-0 --force --grace-period=0');
    fireEvent.click(screen.getByRole('button', { name: 'Show web-0' }));
    fireEvent.click(screen.getByRole('button', { name: 'StatefulSet web' }));
    expect(onSelect.mock.calls).toEqual([[{ kind: 'Pod', name: 'web-0' }], [{ kind: 'StatefulSet', name: 'web' }]]);
  });

  it('is calm when there is nothing to do', () => {
    render(<Reasoning world={worldAfter(WEB)} />);
    expect(screen.getByTestId('reasoning.web').textContent).toContain('Idle: nothing to do, 2 of 2 ready');
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('fits a one-line strip in the inline variant', () => {
    render(<Reasoning world={worldAfter(STUCK)} variant="inline" />);
    const line = screen.getByTestId('reasoning.web');
    expect(line.textContent).toMatch(/^web \(1\/2 ready\) Scaling: waiting for web-0 to terminate/);
    expect(screen.getByRole('note').textContent).toMatch(/^blocked: web-0 is Terminating on an unreachable node\./);
  });
});
