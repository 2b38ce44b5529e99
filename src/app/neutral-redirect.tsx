import { useParams } from 'react-router';
import { isGuideStep, type GuideCode } from '../domain/guides';
import { NotFoundRoute } from './language-route';
import { RootRedirect } from './root-redirect';

/** "/<code>/" and "/<code>/<step>": the page in the reader's language (see RootRedirect). */
export function NeutralRedirect({ code }: { code: GuideCode }) {
  const { step } = useParams();
  if (step === undefined) return <RootRedirect page={{ kind: 'overview', code }} />;
  if (!isGuideStep(code, step)) return <NotFoundRoute />;
  return <RootRedirect page={{ kind: 'step', code, step }} />;
}
