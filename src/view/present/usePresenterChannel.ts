// The lab window's side of the presenter window: sends the speaker notes whenever the step, the
// language or the blank screen changes, and does what the notes window's buttons ask.
import { useEffect } from 'react';
import { channelName, parseRequest } from '../../embed/channel.ts';
import type { Classroom } from '../../embed/classroom.ts';
import type { Lab } from '../../store/lab.ts';
import { notesFor } from './notes.ts';

export function usePresenterChannel(lab: Lab, classroom: Classroom): void {
  useEffect(() => {
    const ns = classroom.namespace;
    if (classroom.params.embed || classroom.params.notesWindow || !ns || typeof BroadcastChannel === 'undefined')
      return;
    const channel = new BroadcastChannel(channelName(ns));
    let last = '';
    const send = () => {
      const notes = notesFor(lab, classroom.stepper, lab.store.getState().lang, classroom.store.getState().blanked);
      const json = JSON.stringify(notes);
      if (json === last) return;
      last = json;
      channel.postMessage(notes);
    };
    // While time plays the sandbox's position moves every frame: a few updates a second will do.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        send();
      }, 250);
    };
    channel.onmessage = (e: MessageEvent) => {
      const req = parseRequest(e.data);
      if (!req) return;
      if (req.type === 'do') {
        if (req.action === 'next') classroom.stepper.next();
        else if (req.action === 'previous') classroom.stepper.previous();
        else classroom.toggleBlank();
      }
      last = '';
      send();
    };
    const offStep = classroom.stepper.subscribe(soon);
    const offLang = lab.store.subscribe((s, p) => {
      if (s.lang !== p.lang) send();
    });
    const offBlank = classroom.store.subscribe((s, p) => {
      if (s.blanked !== p.blanked) send();
    });
    send();
    return () => {
      offStep();
      offLang();
      offBlank();
      if (timer) clearTimeout(timer);
      channel.close();
    };
  }, [lab, classroom]);
}
