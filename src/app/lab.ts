// The page's one lab: built once from the URL (`?preset=`, `?motion=off`, `?theme=`, `?view=`,
// `?side=`, `?lang=`), shared by the views through <LabContext>, and by anything else through this module.
import { createLab } from '../store/lab.ts';
import { parseParams } from '../view/params.ts';
import { installTestProbe } from './testProbe.ts';

const params = parseParams(
  typeof location === 'undefined' ? '' : location.search,
  typeof navigator === 'undefined' ? [] : navigator.languages,
);

export const lab = createLab(params.preset ?? 'web', params);
installTestProbe(lab, typeof location === 'undefined' ? '' : location.search);
