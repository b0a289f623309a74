// The link to the third-party licence list the production build writes beside index.html
// (build/licenses.ts). Relative, so it works wherever the static site is hosted.
import { useT } from './hooks/useT.ts';

export const LICENSES_URL = './licenses.txt';

export function LicensesLink() {
  const t = useT();
  return (
    <a href={LICENSES_URL} target="_blank" rel="noopener" data-testid="licenses">
      {t('robust.licenses')}
    </a>
  );
}
