/**
 * The step whose outcome is someone else's action: asking Microsoft Support. It records the request (day and
 * case number) as a waiting state; its tick means Support has acted.
 */
export const REQUEST_STEP = 'contact-support';
