import type { GuideCode, StepId } from '../../domain/guides';
import type { Lang } from '../../domain/languages';
import { GuideComplete } from '../guide-nav/guide-complete';
import { NeutralCopyLink } from '../guide-nav/neutral-copy-link';
import { PrintChecklist } from '../guide-nav/print-checklist';
import { StepAside } from '../guide-nav/step-aside';
import { SupportRequest } from '../guide-nav/support-request';
import { LanguageOffer } from '../language/language-offer';

export type GuidePartProps =
  | { name: 'step-aside' | 'support-request' | 'neutral-copy-link'; code: GuideCode; step: StepId }
  | { name: 'guide-complete'; code: GuideCode }
  | { name: 'print-checklist'; code: GuideCode; steps: readonly StepId[] }
  | { name: 'language-offer'; current: Lang };

/** One entry for the on-demand parts of pages, so the app's script names one lazy component, not six. */
export function GuidePart(props: GuidePartProps) {
  switch (props.name) {
    case 'step-aside':
      return <StepAside code={props.code} step={props.step} />;
    case 'support-request':
      return <SupportRequest code={props.code} step={props.step} />;
    case 'neutral-copy-link':
      return <NeutralCopyLink code={props.code} step={props.step} />;
    case 'guide-complete':
      return <GuideComplete code={props.code} />;
    case 'print-checklist':
      return <PrintChecklist code={props.code} steps={props.steps} />;
    case 'language-offer':
      return <LanguageOffer current={props.current} />;
  }
}
