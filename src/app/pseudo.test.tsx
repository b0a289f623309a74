// @vitest-environment jsdom
// The check that keeps the shell localised: render it in the `pseudo` language, where every
// message shows as [[key]], and look for English left over. What may remain is what kubectl
// prints and what the student typed: object names, kinds, STATUS values, commands, key names.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../i18n/all.ts';
import type { Lang } from '../i18n/index.ts';
import type { World } from '../sim/engine/world.ts';
import { GHOST, KUBIA, STUCK, worldAfter } from '../view/layout/testing.ts';
import { ClusterPicture } from '../view/picture/ClusterPicture.tsx';
import { App } from './App.tsx';
import { lab } from './lab.ts';

beforeAll(registerAllLocales);
afterEach(cleanup);

/** Words that are not ours to translate. */
const KUBECTL = new Set(
  [
    // kinds and API words
    'StatefulSet StatefulSets ReplicaSet ReplicaSets Pod Node Service PVC PV ClusterIP API SRV NXDOMAIN TTL DNS IP',
    'PersistentVolumeClaim PersistentVolume Endpoints',
    // STATUS values, phases, conditions, policies
    'Running Pending Ready NotReady Terminating ContainerCreating Bound Available Released Unknown',
    'SchedulingDisabled RollingUpdate OnDelete OrderedReady Parallel Delete Retain',
    'Idle Scaling ScalingDown Updating Deleting',
    // commands, flags, images, files
    'kubectl get pods describe sts pvc wide dig short sim status json o force grace period delete pod',
    'registry k8s io nginx slim luksa kubia pet peers GET data',
    // object names of the presets
    'web www cattle node default svc cluster local',
    // key names
    'Space K Shift Tab PageUp PageDown',
    // units; taints (key and effects) and fields as kubectl prints them
    'Gi Mi',
    'unreachable NoSchedule NoExecute kubernetes partition',
  ]
    .join(' ')
    .split(/\s+/),
);

/** The names of every object in the world (pods with random suffixes, claims…): data, not text. */
function objectNames(world: World = lab.worldNow()): string[] {
  const objects = world.objects as unknown as Record<string, Record<string, unknown>>;
  const past = lab.timeline().markers.map((m) => m.object.split('/')[1] ?? '');
  return [...new Set([...Object.values(objects).flatMap((byName) => Object.keys(byName)), ...past])]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
}

/** Everything a person could see or hear, but not kubectl's own output (terminal, code). */
function visibleWords(world?: World): string[] {
  const root = document.body.cloneNode(true) as HTMLElement;
  for (const el of root.querySelectorAll('pre, code, kbd, .event-message')) el.remove();
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '');
  for (const el of root.querySelectorAll('*'))
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'label'])
      texts.push(el.getAttribute(attr) ?? '');
  // A message in the pseudo language: `[[key]]`, or `[[key…` when the picture cut it to fit.
  let text = texts.join(' ').replace(/\[\[[\w.-]*(?:\]\]|…)/g, ' ');
  for (const name of objectNames(world)) {
    text = text.split(name).join(' ');
    // A name cut to fit the picture (`…ttle-phssn`, `web-…`), at least three of its characters left.
    for (let cut = 1; cut < name.length; cut++) {
      if (name.length - cut >= 3) text = text.split(`…${name.slice(cut)}`).join(' ');
      if (cut >= 3) text = text.split(`${name.slice(0, cut)}…`).join(' ');
    }
  }
  // A word cut to fit (`NoExecu…`) is fine when it is the start of an allowed word.
  text = text.replace(/([A-Za-z]+)…/g, (whole, start: string) =>
    [...KUBECTL].some((w) => w.startsWith(start)) ? ' ' : start,
  );
  return text
    .split(/[^A-Za-z’'-]+/)
    .flatMap((w) => w.split(/[-’']/))
    .filter((w) => /[A-Za-z]{2,}/.test(w) || w === 'K');
}

function strayEnglish(world?: World): string[] {
  return [...new Set(visibleWords(world).filter((w) => !KUBECTL.has(w)))].sort();
}

function pseudo() {
  act(() => lab.store.setState({ lang: 'pseudo' as Lang }));
}

describe('the shell in the pseudo language', () => {
  it('has no hard-coded English in the picture, inspector, time bar, terminal chrome and stream', () => {
    render(<App />);
    pseudo();
    act(() => {
      lab.loadPreset('web');
      lab.advance(40);
    });
    act(() => lab.select({ kind: 'Pod', name: 'web-0' }));
    expect(strayEnglish()).toEqual([]);
    act(() => lab.select({ kind: 'StatefulSet', name: 'web' }));
    expect(strayEnglish()).toEqual([]);
    act(() => lab.select({ kind: 'Node', name: 'node-1' }));
    expect(strayEnglish()).toEqual([]);
    act(() => lab.select({ kind: 'PersistentVolumeClaim', name: 'www-web-0' }));
    expect(strayEnglish()).toEqual([]);
    act(() => lab.select({ kind: 'Service', name: 'nginx' }));
    expect(strayEnglish()).toEqual([]);
    fireEvent.click(screen.getByTestId('sidebar.stream'));
    fireEvent.click(screen.getByTestId('stream.tab.dns'));
    expect(strayEnglish()).toEqual([]);
  });

  it('has none in the table view, side by side, or while the controller is blocked', () => {
    render(<App />);
    pseudo();
    act(() => {
      lab.loadPreset('cattle-vs-cows');
      lab.advance(60);
      lab.setSideBySide(true);
    });
    expect(strayEnglish()).toEqual([]);
    act(() => lab.setTableView(true));
    expect(strayEnglish()).toEqual([]);
    act(() => {
      lab.setTableView(false);
      lab.setSideBySide(false);
      lab.runCommand('sim partition node-1');
      lab.advance(70);
      lab.runCommand('kubectl delete pod web-0 --wait=false');
      lab.advance(5);
      lab.runCommand('kubectl delete pod web-0 --force --grace-period=0');
      lab.advance(30);
    });
    // A ghost (an alert in the picture), a blocked or waiting controller, a node cut off.
    expect(document.querySelector('[data-testid="alert"]')).not.toBeNull();
    expect(strayEnglish()).toEqual([]);
    act(() => lab.select({ kind: 'Pod', name: 'web-0' }));
    expect(strayEnglish()).toEqual([]);
  });

  it('has none in the picture drawn large (full density: volume data, notes, signs)', () => {
    const worlds = [
      worldAfter([...KUBIA, 'kubectl exec kubia-0 -- sh -c "echo kubia-0 > /var/data/kubia.txt"'], {
        storage: 'manual',
      }),
      worldAfter(GHOST),
      worldAfter(STUCK),
      worldAfter(['kubectl apply -f web.yaml', 'sim poweroff node-2', 'kubectl cordon node-3', 'sleep 90']),
    ];
    for (const world of worlds) {
      const { unmount } = render(<ClusterPicture world={world} size={{ width: 1920, height: 1080 }} lang="pseudo" />);
      console.log(
        objectNames(world)
          .filter((n) => n.length < 8)
          .join(' '),
      );
      expect(strayEnglish(world)).toEqual([]);
      unmount();
    }
  });

  it('notices English that slips in (the check itself works)', () => {
    render(<App />);
    pseudo();
    act(() => lab.loadPreset('web'));
    const p = document.createElement('p');
    p.textContent = 'Nothing has happened yet';
    document.body.append(p);
    expect(strayEnglish()).toEqual(['Nothing', 'happened', 'has', 'yet']);
  });
});
