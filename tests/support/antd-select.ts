import { expect, type Locator, type Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chooses an option of an antd Select the way a keyboard user does: open it, type to search (when
 * `typed` is given), move the active option to the wanted one, press Enter — then the select must
 * show it, so a lost choice fails here and not a minute later.
 * Not by clicking the option: the list moves while it opens and again when search results arrive,
 * and a click on an option that was "stable" for Playwright was lost more than once (workflow.spec on
 * a fresh clone: the reply went out as a plain outgoing document; register.spec's độ mật before).
 * Pointing at an option adds nothing the tests check; the keyboard path is also what a clerk uses.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  option: string,
  opts: { typed?: string; exact?: boolean } = {},
): Promise<void> {
  await select.click();
  if (opts.typed !== undefined) await page.keyboard.type(opts.typed);
  const text = opts.exact ? new RegExp(`^${escape(option)}$`) : option;
  const wanted = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  await expect(wanted).toBeVisible();
  // Down the list until the wanted option is the active one (antd makes the first one active).
  await expect(async () => {
    const active = await wanted.evaluate((el) => el.classList.contains('ant-select-item-option-active'));
    if (!active) await page.keyboard.press('ArrowDown');
    await expect(wanted).toHaveClass(/ant-select-item-option-active/, { timeout: 250 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await expect(select).toContainText(option);
}
