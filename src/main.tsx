import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { lab } from './app/lab.ts';
import { classroom } from './embed/page.ts';
import { loadLocale } from './i18n/index.ts';
import { loadExecutor } from './timeline/executor.ts';
import { preloadInspector } from './view/inspector/preload.ts';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('StatefulSet Lab: #root element missing from index.html');

// Only the page's language is fetched; the first paint waits for it so no text flashes as a key.
const lang = lab.store.getState().lang;
document.documentElement.lang = lang;
await loadLocale(lang);
// A shared link (`#s=`) or an embed's seed and script shape the first frame, so apply them first.
await classroom.boot(location.hash);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The command executor is most of the app's code and the first paint needs none of it: fetch it
// right after that paint (the preset's commands, and any typed meanwhile, run when it arrives).
requestAnimationFrame(() =>
  setTimeout(() => {
    void loadExecutor();
    preloadInspector();
  }),
);
