import type { BlockId } from '../../src/domain/guides';

/**
 * The English originals that identify each block of the guide model, by
 * article section. Translations are aligned by matching the English original
 * of each of their sentences against these, so order, duplicates and gaps in
 * a translation do not matter.
 *
 * `newest` is the wording of the newest revision (sv-SE, 29 Jan 2020) and is
 * the English catalog's text. `variants` are wordings of earlier revisions
 * that say the same thing (the June 2019 revision of ja-JP and fr-FR, the
 * January 2020 wording of de-DE and zh-CN): a block aligned through one is
 * reported as older wording.
 */
export type Section = 'article' | '5.7.705' | '5.7.750' | 'unblock' | 'more-info';

export interface BlockSpec {
  id: BlockId;
  section: Section;
  newest: string[];
  variants?: { sentences: string[] }[];
}

/** Heading anchors (`<a name>`) of every revision, mapped to their section. */
export const SECTION_ANCHORS: Record<string, Section> = {
  'fix-email-delivery-issues-for-error-code-577xx-in-exchange-online': 'article',
  '57705-tenant-has-exceeded-threshold-restriction-what-you-need-to-know': '5.7.705',
  '57750-unregistered-domain-email-restriction-what-you-need-to-know': '5.7.750',
  'problems-with-unregistered-domains': '5.7.750',
  'unblocking-tenant-in-order-to-send-again': 'unblock',
  'how-to-unblocking-tenant-in-order-to-send-again': 'unblock',
  'for-more-information': 'more-info',
};

const NDR_INTRO = 'Users will receive an NDR that states:';
const NDR_INTRO_OLDER = 'Users will receive a Non-Delivery Report (NDR) that states:';

export const BLOCK_SPECS: BlockSpec[] = [
  { id: 'article.title', section: 'article', newest: ['Fix email delivery issues for error code 5.7.7xx in Exchange Online'] },
  {
    id: 'article.intro',
    section: 'article',
    newest: [
      'This topic describes what you can do if you see status code 550 5.7.7xx in a non-delivery report (also known as an NDR, bounce message, delivery status notification, or DSN).',
      "You'll see this automated notification when your tenant is restricted from sending email in one way or another.",
      'These error codes will usually come in as 705 or 750.',
    ],
  },
  { id: '705.heading', section: '5.7.705', newest: ['5.7.705: Tenant has exceeded threshold restriction: What you need to know'] },
  {
    id: '705.meaning',
    section: '5.7.705',
    newest: [
      'Once your users (collectively, as organization) send a certain amount of suspicious email through the service, all users can be prevented from sending any email until the problem is fixed.',
    ],
    variants: [
      {
        sentences: [
          'Once your users collectively, as a tenant, send a certain amount of suspicious mail through the service, all users can be prevented from sending any mail until the problem is fixed.',
        ],
      },
    ],
  },
  {
    id: '705.causes',
    section: '5.7.705',
    newest: ['This is usually the result of a compromise (most common) or sending too much bulk mail.'],
    variants: [
      {
        sentences: [
          'Internal senders could see this NDR whenever you try to send mail if your tenant was compromised.',
          'This usually occus when the majority of traffic from your tenant has been detected as suspicious and has resulted in a ban on sending ability for the tenant.',
          'This can also occur if your users send an large amount of bulk mail from Office 365.',
          'As stated in the service description, Exchange Online customers who need to send legitimate bulk commercial email (for example, customer newsletters) should use third-party providers that specialize in these services.',
        ],
      },
    ],
  },
  {
    id: '705.ndr-intro',
    section: '5.7.705',
    newest: [NDR_INTRO],
    variants: [{ sentences: [NDR_INTRO_OLDER] }],
  },
  {
    id: '705.expired',
    section: '5.7.705',
    newest: [
      'In rare cases, this could also happen if you renew your subscription after it has already expired.',
      'It takes time for the service to sync the new subscription information (typically, no more than one day), but your organization could be blocked from sending email in the meantime.',
      'The best way to prevent this is to make sure your subscription does not expire.',
    ],
  },
  { id: '750.heading', section: '5.7.750', newest: ['5.7.750: Unregistered Domain Email restriction: What you need to know'] },
  {
    id: '750.relay-intro',
    section: '5.7.750',
    newest: ['Office 365 allows tenants to relay some messages through Exchange Online Protection (EOP).', 'For example:'],
    variants: [{ sentences: ['Office 365 allows for tenants to relay some messages through Exchange Online Protection (EOP).'] }],
  },
  {
    id: '750.relay-forwarding',
    section: '5.7.750',
    newest: [
      'An Office 365 mailbox receives email from an external sender.',
      "Mail forwarding is configured on the Office 365 mailbox, so the message goes back out to the user's external email address.",
      'This scenario is most common in education environments where students want to use their personal email accounts to view school-related messages.',
    ],
    variants: [
      {
        sentences: [
          "One supported example of this would be when users have an Office 365 mailbox and someone external sends them email but email forwarding is configured so that it goes back out to the user's external mailbox.",
          'This is most common in education environments where students want to leverage their personal email interface but still get emails related to school.',
        ],
      },
    ],
  },
  {
    id: '750.relay-hybrid',
    section: '5.7.750',
    newest: ['Hybrid environments that have on-premises email servers that send outgoing mail through EOP.'],
    variants: [
      { sentences: ['Another example is when customers are in a hybrid scenario and have on-premises servers that send email out of EOP.'] },
    ],
  },
  { id: '750.problem-heading', section: '5.7.750', newest: ['Problems with unregistered domains'] },
  {
    id: '750.problem',
    section: '5.7.750',
    newest: [
      'The problem is when compromised on-premises email servers relay a large volume of spam through EOP.',
      'In almost all cases, the connectors are set up correctly, but email is being sent from unregistered (also known as unprovisioned) domains.',
      'Office 365 allows a reasonable amount of email from unregistered domains, but you should configure every domain that you use to send email as an accepted domain.',
    ],
    variants: [
      {
        sentences: [
          'The problem is when on-premises servers get compromised and end up relaying a large volume of spam out of EOP.',
          'In almost all cases, the right connectors are set up but email is being sent from unregistered, also known as unprovisioned, domains.',
          'Office 365 does allow a reasonable amount of mail to come from unregistered domains, but an Accepted Domain should be configured in the Admin Center for each domain you plan on sending out of.',
        ],
      },
    ],
  },
  {
    id: '750.blocked',
    section: '5.7.750',
    newest: ['Once compromised, tenants will be prevented from sending outbound email for unregistered domains.'],
    variants: [{ sentences: ['Once compromised, tenants will be prevented from sending outbound mail for unregistered domains.'] }],
  },
  {
    id: '750.ndr-intro',
    section: '5.7.750',
    newest: [NDR_INTRO],
    variants: [{ sentences: [NDR_INTRO_OLDER] }],
  },
  {
    id: 'unblock.heading',
    section: 'unblock',
    newest: ['Unblocking tenant in order to send again'],
    variants: [{ sentences: ['How to unblocking tenant in order to send again'] }],
  },
  {
    id: 'unblock.intro',
    section: 'unblock',
    newest: ['There are several things you need to do if your tenant is blocked from sending email:'],
    variants: [{ sentences: ['There are several things you need to do if your tenant get blocked for sending email:'] }],
  },
  {
    id: 'step.change-admin-passwords',
    section: 'unblock',
    newest: [
      'Change the password for your admin accounts.',
      "If a tenant is blocked from sending, it's most likely that an admin account was compromised.",
      'Changing passwords is the first step to prevent the attacker from doing more harm.',
    ],
  },
  { id: 'step.enable-mfa', section: 'unblock', newest: ['Enable MFA for all admins in your Office 365 organization.'] },
  {
    id: 'step.register-domains',
    section: 'unblock',
    newest: [
      'Verify that all of your email domains are registered.',
      'For more information, see Add a domain to Office 365 and Manage accepted domains in Exchange Online.',
    ],
    variants: [
      {
        sentences: ['Make sure that you register all of your domains in Microsoft 365 admin center.', 'More information can be found here.'],
      },
    ],
  },
  {
    id: 'step.review-connectors',
    section: 'unblock',
    newest: [
      'Look for unusual connectors.',
      'Malicious actors will often create new inbound connectors in your Office 365 organization to send spam.',
      'To view your existing connectors, see Validate connectors in Office 365.',
    ],
    variants: [
      {
        sentences: [
          'Look for unusual connectors.',
          'Malicious actors will often create new inbound connectors in your Office 365 tenant to send spam.',
          'More information on checking your connectors can be found here.',
        ],
      },
    ],
  },
  {
    id: 'step.check-compromised-accounts',
    section: 'unblock',
    newest: ['Check for compromised users as described in Responding to a compromised email account in Office 365.'],
  },
  {
    id: 'step.secure-on-premises-servers',
    section: 'unblock',
    newest: ['Lock down your on-premises email servers and verify that they are not compromised.'],
    variants: [{ sentences: ['Lock down your on-premises servers and ensure that they are not compromised.'] }],
  },
  {
    id: 'step.secure-on-premises-servers.tip',
    section: 'unblock',
    newest: [
      "There are many factors here, especially if you're using third-party servers.",
      "Regardless, you'll need to verify that your outgoing mail does not include spam.",
    ],
    variants: [
      {
        sentences: [
          "There are many factors here, especially if you're using third-party servers.",
          "Regardless, you'll need to verify that all of your outgoing email is now legitimate.",
        ],
      },
      {
        sentences: [
          'There are many factors involved here, especially if these are third-party servers.',
          'Regardless, you will need to be able confirm that all mail leaving your servers are legitimate.',
        ],
      },
    ],
  },
  {
    id: 'step.contact-support',
    section: 'unblock',
    newest: [
      'Call Microsoft Support and ask to get your tenant unblocked to send email again.',
      "The error code is helpful, but you'll need to prove that your environment has been secured and is incapable of sending spam.",
      'To open a support case, see Contact support for business products - Admin Help.',
    ],
    variants: [
      {
        sentences: [
          'Call Microsoft Support and ask to get your tenant unblocked to send from unregistered domains again.',
          "The error code is helpful, but you'll need to prove that your environment has been secured and is incapable of sending spam.",
          'To open a support case, see Contact support for business products - Admin Help.',
        ],
      },
      {
        sentences: [
          'Once done, you will need to call Microsoft Support and ask to get your tenant unblocked to send from unregistered domains again.',
          'Providing the error code is helpful, but you will need to prove that your environment is secured and that spam will not be sent again.',
          'More information on opening a support case can be found here.',
        ],
      },
    ],
  },
  { id: 'more-info.heading', section: 'more-info', newest: ['For more information'] },
  { id: 'related.anti-spam', section: 'more-info', newest: ['Office 365 email anti-spam protection'] },
  {
    id: 'related.bulk-mail',
    section: 'more-info',
    newest: ['Bulk Mail guidance in the sending limits section of the Exchange Online service description'],
  },
  { id: 'related.ndr-reports', section: 'more-info', newest: ['Email non-delivery reports in Office 365'] },
  { id: 'related.forwarding', section: 'more-info', newest: ['Configure email forwarding for a mailbox'] },
  {
    id: 'related.multifunction',
    section: 'more-info',
    newest: ['How to set up a multifunction device or application to send email using Office 365'],
  },
  { id: 'related.accepted-domains', section: 'more-info', newest: ['Manage accepted domains in Exchange Online.'] },
];

/**
 * NDR lines that the June 2019 revision put in translatable spans. Exchange
 * sends them in English, so they are recognised and dropped, never imported.
 */
export const NDR_LINE_SENTENCES: Partial<Record<Section, string[]>> = {
  '5.7.705': ['550 5.7.705 Access denied, tenant has exceeded threshold'],
  '5.7.750': ['550 5.7.750 Service unavailable.', 'Client blocked from sending from unregistered domains'],
};
