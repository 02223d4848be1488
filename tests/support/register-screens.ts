/** Steps the e2e specs take on the same screens: the first-run wizard's agency steps, Văn bản đi's form. */
import type { Page } from '@playwright/test';
import type { AgencyProfileInput } from '../../src-shared/contracts/agency.contract';

/** The wizard's three agency steps, each ended with Tiếp; `partyChoice`: the Party option's label, clicked on the first step. */
export async function fillAgencySteps(page: Page, a: AgencyProfileInput, partyChoice?: string): Promise<void> {
  await page.getByTestId('agency-name').fill(a.name!);
  await page.getByTestId('agency-parentName').fill(a.parentName!);
  if (partyChoice) await page.getByText(partyChoice).click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('agency-code').fill(a.code!);
  await page.getByTestId('agency-abbreviation').fill(a.abbreviation!);
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('agency-address').fill(a.address!);
  await page.getByTestId('agency-placeName').fill(a.placeName!);
  await page.getByTestId('wizard-next').click();
}

/** Opens Văn bản đi's registration form and picks the type that typing `typeQuery` finds first. */
export async function openOutgoingForm(page: Page, typeQuery: string, open: { timeout?: number } = {}): Promise<void> {
  await page.getByTestId('open-register-form').click(open);
  await page.getByTestId('outgoing-form').getByTestId('field-TypeName').click();
  await page.keyboard.type(typeQuery);
  await page.keyboard.press('Enter');
}
