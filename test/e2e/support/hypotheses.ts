import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { graphql } from './graphql';
import { arrangeSharedQuestion, type SharedQuestion } from './live-editor';
import { unique } from './unique';

export interface SharedHypothesis extends SharedQuestion {
  hypothesisId: string;
  statement: string;
  boardPath: string;
}

/**
 * A project with the CBS contributor and an observer as members (see arrangeSharedQuestion), a
 * question, and a hypothesis of the lead's under it, moved to `status` through the API.
 */
export async function arrangeHypothesis(
  lead: APIRequestContext,
  status: 'proposed' | 'under_investigation' = 'under_investigation',
): Promise<SharedHypothesis> {
  const question = await arrangeSharedQuestion(lead);
  const statement = `Huurachterstand voorspelt schulden ${unique()}`;
  const { proposeHypothesis } = await graphql<{ proposeHypothesis: { id: string } }>(
    lead,
    'mutation P($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }',
    { input: { questionId: question.questionId, statement, tags: ['huur'] } },
  );
  if (status === 'under_investigation') {
    await graphql(
      lead,
      'mutation T($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id } }',
      { input: { hypothesisId: proposeHypothesis.id, to: 'under_investigation' } },
    );
  }
  return {
    ...question,
    hypothesisId: proposeHypothesis.id,
    statement,
    boardPath: `/projecten/${question.projectId}/hypothesen`,
  };
}

/** A board column, by its status as the page names it ("Ondersteund"). */
export function columnOf(page: Page, name: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${name} `) });
}

/** The card with this statement, wherever it stands. */
export function cardOf(page: Page, statement: string): Locator {
  return page.locator('article', { hasText: statement });
}

/** The card's Move button, the keyboard's way to drag it. */
export function moveButtonOf(page: Page, statement: string): Locator {
  return page.getByRole('button', { name: `Verplaatsen: ${statement}` });
}

/** Drags with the mouse as a person does: press, move in steps, release. */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('Nothing to drag, or nowhere to drop it');
  await page.mouse.move(start.x + start.width / 2, start.y + 20);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + 30, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + 60, { steps: 12 });
  await page.mouse.up();
}
