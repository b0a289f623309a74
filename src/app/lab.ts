// The page's one lab: built once from the URL (`?preset=`, `?motion=off`, `?theme=`, `?view=`,
// `?side=`, `?lang=`), shared by the views through <LabContext>, and by anything else through this module.
import { createLab } from '../store/lab.ts';
import { parseParams } from '../view/params.ts';

const params = parseParams(
  typeof location === 'undefined' ? '' : location.search,
  typeof navigator === 'undefined' ? [] : navigator.languages,
);

export const lab = createLab(params.preset ?? 'web', params);
// Only the soak test asks for the probe (`?test=1`): it stays out of every reader's download.
if (typeof location !== 'undefined' && new URLSearchParams(location.search).get('test') === '1')
  void import('./testProbe.ts').then((m) => m.installTestProbe(lab, location.search));
